package uk.inspectiongraph.reading.jtai;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.Agency;
import uk.inspectiongraph.domain.Inspectorate;
import uk.inspectiongraph.domain.Relation;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.reading.ExtractedPerson;

/**
 * Reads who signed a joint letter, for which inspectorate and in what role, from the lines after
 * "Yours sincerely". Two layouts occur. Older letters print two columns under headings naming the
 * inspectorates ("Ofsted Care Quality Commission", then "HMI Constabulary HMI Probation"): the text
 * layer gives the heading, then each column's name and title in turn, so each name takes the next
 * inspectorate of the heading. Later letters print name and title one under the other, the title
 * naming the inspectorate ("Chief Inspector of Health Care, CQC"). A line naming only an
 * inspectorate is a heading, unless it follows a name (it is then that person's title). Footnotes
 * and links end the block.
 */
final class Signatories {

	private static final Pattern SIGN_OFF = Pattern.compile("(?i)Yours\\s+sincerely");

	private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S.*?)[ \\t]*$");

	private static final Pattern END = Pattern.compile("^(?:\\d+\\s+\\p{L}|www\\.|https?:|©|Ofsted will)");

	private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");

	private static final Pattern HEADING_WORDS = Pattern.compile("(?i)^(?:\\s*(?:Ofsted|Care\\s+Quality\\s+Commission"
			+ "|HMI\\s+Constabulary(?:\\s+and\\s+Fire\\s*&\\s*Rescue(?:\\s+Services)?)?|HMI\\s+Probation|CQC"
			+ "|HMICFRS)\\s*)+$");

	private static final Pattern HEADING_PART = Pattern.compile("(?i)Ofsted|Care\\s+Quality\\s+Commission|CQC"
			+ "|HMI\\s+Constabulary|HMI\\s+Probation|HMICFRS");

	private Signatories() {
	}

	static List<ExtractedPerson> read(String text) {
		Matcher sign = SIGN_OFF.matcher(text);
		if (!sign.find()) {
			return List.of();
		}
		List<Draft> drafts = new ArrayList<>();
		Deque<Inspectorate> columns = new ArrayDeque<>();
		Matcher m = LINE.matcher(text).region(sign.end(), text.length());
		boolean afterHeading = false;
		while (m.find()) {
			String line = m.group(1).replaceAll("\\s+", " ");
			if (END.matcher(line).find()) {
				break;
			}
			if (PAGE_NUMBER.matcher(line).matches()) {
				continue;
			}
			Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
			String name = PersonNames.nameOf(line.replaceAll(",\\s*$", "").replaceAll(",\\s+(?=[A-Z]{2,})", " "));
			boolean heading = HEADING_WORDS.matcher(line).matches() && (last == null || last.role.length() > 0);
			if (heading) {
				headings(line).forEach(columns::add);
			}
			else if (afterHeading && name == null) {
				continue;
			}
			else if (name != null) {
				drafts.add(new Draft(name, new Span(m.start(1), m.start(1) + m.group(1).length()), columns.poll()));
			}
			else if (last != null) {
				last.role.append(last.role.isEmpty() ? "" : " ").append(line);
			}
			afterHeading = heading;
		}
		return drafts.stream().map(Draft::person).toList();
	}

	private static List<Inspectorate> headings(String line) {
		List<Inspectorate> found = new ArrayList<>();
		Matcher m = HEADING_PART.matcher(line);
		while (m.find()) {
			Inspectorate.firstNamedIn(m.group()).ifPresent(found::add);
		}
		return found;
	}

	private static final class Draft {

		private final String name;

		private final Span span;

		private final Inspectorate column;

		private final StringBuilder role = new StringBuilder();

		Draft(String name, Span span, Inspectorate column) {
			this.name = name;
			this.span = span;
			this.column = column;
		}

		ExtractedPerson person() {
			String title = role.toString().strip();
			Optional<Inspectorate> named = Inspectorate.firstNamedIn(title);
			Inspectorate inspectorate = column != null ? column : named.orElse(null);
			return new ExtractedPerson(name, title.isEmpty() ? null : title,
					inspectorate == null ? null : inspectorate.title(), Relation.SIGNATORY, span, Agency.INSPECTORATE);
		}
	}
}
