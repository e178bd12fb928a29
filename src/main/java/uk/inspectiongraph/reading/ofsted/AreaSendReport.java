package uk.inspectiongraph.reading.ofsted;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.AreaSendOutcome;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.reading.AreaSendFacts;
import uk.inspectiongraph.reading.DateParser;
import uk.inspectiongraph.reading.DateRange;
import uk.inspectiongraph.reading.ExtractedInspector;

/**
 * Reads what is particular to an area SEND report (Ofsted and CQC, 2023 framework): its title
 * ("Area SEND inspection of X Local Area Partnership", which PDF text may cut over two lines), its
 * inspection team (Ofsted's and the CQC's inspectors, side by side in two columns), the
 * dates of the previous inspection, the outcome stated under "Inspection outcome" (or a
 * monitoring inspection's finding on progress) and the partnership named in the first sentence of
 * "Information about the local area partnership". The outcome is read from the framework's fixed
 * phrases, so a report that rewords its preamble still gets the right value.
 */
public final class AreaSendReport {

	private static final Pattern TITLE = Pattern.compile(
			"(?im)^[\\s*#]*(Area\\s+SEND\\s+(?:full\\s+|monitoring\\s+)?(?:re)?inspection\\s+(?:of|in)\\b[^\\n]*"
					+ "(?:\\n[ \\t]*[^\\s:][^\\n:]{0,60}$)?)");

	private static final Pattern LETTER_SUBJECT = Pattern.compile(
			"(?im)^[\\s*#]*(?:Joint\\s+)?local\\s+area\\s+SEND\\s+(?:inspection|revisit)\\s+(?:in|of)\\b[^\\n]*$");

	/** Two full dates that are one span: "13 May 2019 and 17 May 2019", "13 May 2019 to 17 May 2019". */
	private static final Pattern JOINED = Pattern.compile("\\s*(?:and|to|until|[-–])\\s*", Pattern.CASE_INSENSITIVE);

	private static final Pattern TEAM = Pattern.compile("(?im)^[\\s*#]*Inspection\\s+team[\\s*:]*$");

	private static final String NAME_WORD = "(?!HMI\\b)\\p{Lu}[\\p{L}'’-]+";

	/**
	 * One member of the inspection team, wherever the two columns (Ofsted, CQC) put them:
	 * "Adam Example HMI, Ofsted lead inspector", "Una Example, HMI, Ofsted Lead inspector",
	 * "Pat Example, CQC inspector".
	 */
	private static final Pattern TEAM_MEMBER = Pattern.compile("(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?[ \\t]+)?(?<name>" + NAME_WORD
			+ "(?:[ \\t]+" + NAME_WORD + "){1,3})(?:[ \\t]+HMI)?,[ \\t]*(?:HMI,[ \\t]*)?(?<org>Ofsted|CQC)"
			+ "(?<role>(?:[ \\t]*,?[ \\t]*(?i:HMI|inspector|lead[ \\t]+inspector|\\(social[ \\t]+care\\)))*)");

	private static final int TEAM_REACH = 1500;

	private static final Pattern PREVIOUS = Pattern.compile("Dates?\\s+of\\s+(?:the\\s+)?previous\\s+(?:full\\s+)?"
			+ "inspection\\s*[:*]*", Pattern.CASE_INSENSITIVE);

	private static final Pattern OUTCOME_HEADING = Pattern.compile("(?im)^[\\s*#]*(?:Inspection\\s+outcome|Monitoring"
			+ "\\s+inspection\\s+outcome|Outcome)[\\s*:]*$");

	private static final List<Phrase> OUTCOMES = List.of(
			new Phrase("widespread\\s+and/or\\s+systemic\\s+failings|widespread\\s+or\\s+systemic\\s+failings",
					AreaSendOutcome.WIDESPREAD_SYSTEMIC_FAILINGS),
			new Phrase("lead\\s+to\\s+inconsistent\\s+experiences", AreaSendOutcome.INCONSISTENT_EXPERIENCES),
			new Phrase("typically\\s+lead\\s+to\\s+positive\\s+experiences", AreaSendOutcome.POSITIVE_EXPERIENCES),
			new Phrase("(?:not\\s+made|made\\s+insufficient|insufficient)\\s+progress", AreaSendOutcome.INSUFFICIENT_PROGRESS),
			new Phrase("made\\s+sufficient\\s+progress", AreaSendOutcome.SUFFICIENT_PROGRESS));

	private static final Pattern PARTNERS = Pattern.compile("(?is)Information\\s+about\\s+the\\s+local\\s+area\\s+"
			+ "partnership[\\s*]*(.{10,400}?)\\s+(?:are|is)\\s+(?:jointly\\s+)?responsible");

	private static final Pattern COUNCIL_END = Pattern.compile("(?i)\\b(?:Council|local\\s+authority)\\b");

	private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HEALTH_BODY = Pattern.compile("(?:Integrated\\s+Care\\s+Board|Clinical\\s+Commissioning"
			+ "\\s+Group|\\bICB\\b|\\bCCG\\b)(?:\\s*\\((?:ICB|CCG)\\))?");

	private static final int REACH = 3000;

	private static final int OUTCOME_REACH = 700;

	private record Phrase(Pattern pattern, AreaSendOutcome outcome) {

		Phrase(String regex, AreaSendOutcome outcome) {
			this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), outcome);
		}
	}

	private AreaSendReport() {
	}

	/**
	 * The dates of a letter of the framework before 2023, from the sentence after its subject line
	 * ("Between 13 May 2019 and 17 May 2019, Ofsted and the Care Quality Commission conducted ...").
	 */
	public static Optional<DateRange> letterDates(String text) {
		Matcher m = LETTER_SUBJECT.matcher(text).region(0, Math.min(text.length(), REACH * 2));
		if (!m.find()) {
			return Optional.empty();
		}
		List<DateRange> found = DateParser.findDayRanges(text, m.end(), Math.min(text.length(), m.end() + 400), null);
		if (found.size() > 1 && JOINED.matcher(between(text, found.get(0), found.get(1))).matches()) {
			return Optional.of(new DateRange(found.get(0).start(), found.get(1).end(),
					new Span(found.get(0).span().start(), found.get(1).span().end())));
		}
		return found.stream().findFirst();
	}

	private static String between(String text, DateRange first, DateRange second) {
		return text.substring(first.span().end(), Math.max(first.span().end(), second.span().start()));
	}

	/**
	 * The inspection team of Ofsted and the CQC, Ofsted's lead inspector (who leads the
	 * inspection) first and marked as the lead.
	 */
	public static List<ExtractedInspector> inspectors(String text) {
		Matcher heading = TEAM.matcher(text);
		if (!heading.find()) {
			return List.of();
		}
		Matcher m = TEAM_MEMBER.matcher(text).region(heading.end(), Math.min(text.length(), heading.end() + TEAM_REACH));
		List<ExtractedInspector> team = new ArrayList<>();
		while (m.find()) {
			boolean lead = "Ofsted".equals(m.group("org")) && m.group("role").toLowerCase(Locale.ROOT).contains("lead")
					&& team.stream().noneMatch(ExtractedInspector::lead);
			ExtractedInspector member = new ExtractedInspector(m.group("name").replaceAll("\\s+", " "), lead,
					new Span(m.start("name"), m.end("name")));
			if (lead) {
				team.add(0, member);
			}
			else {
				team.add(member);
			}
		}
		return team;
	}

	/** The report's title, its lines joined, or null. */
	public static String title(String text) {
		Matcher m = TITLE.matcher(text).region(0, Math.min(text.length(), REACH));
		if (!m.find()) {
			return null;
		}
		return m.group(1).replaceAll("-\\s*\\n\\s*", "-").replaceAll("\\s+", " ").strip();
	}

	/** Whether the text's head carries an area SEND report's title. */
	public static boolean hasTitle(String head) {
		return TITLE.matcher(head).find();
	}

	/** The dates of the previous inspection, as the report's head states them. */
	public static Optional<DateRange> previousInspection(String text) {
		Matcher m = PREVIOUS.matcher(text).region(0, Math.min(text.length(), REACH));
		if (!m.find()) {
			return Optional.empty();
		}
		List<DateRange> found = DateParser.findDayRanges(text, m.end(), Math.min(text.length(), m.end() + 80), null);
		return found.isEmpty() || found.get(0).span().start() - m.end() > 20 ? Optional.empty()
				: Optional.of(found.get(0));
	}

	/** The outcome and its partnership, or null when the report states neither. */
	public static AreaSendFacts facts(String text) {
		AreaSendFacts.Outcome outcome = outcome(text).orElse(null);
		AreaSendFacts.Partnership partnership = partnership(text).orElse(null);
		return outcome == null && partnership == null ? null : new AreaSendFacts(outcome, partnership);
	}

	/** The outcome stated after the "Inspection outcome" heading: the first fixed phrase found, with its sentence. */
	static Optional<AreaSendFacts.Outcome> outcome(String text) {
		Matcher heading = OUTCOME_HEADING.matcher(text).region(0, Math.min(text.length(), REACH));
		int from = heading.find() ? heading.end() : 0;
		int to = Math.min(text.length(), from + OUTCOME_REACH);
		Matcher best = null;
		AreaSendOutcome value = null;
		for (Phrase phrase : OUTCOMES) {
			Matcher m = phrase.pattern().matcher(text).region(from, to);
			if (m.find() && (best == null || m.start() < best.start())) {
				best = m;
				value = phrase.outcome();
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		Span sentence = sentenceAround(text, best.start(), from);
		return Optional.of(new AreaSendFacts.Outcome(value, sentence.of(text).replaceAll("\\s+", " ").strip(), sentence));
	}

	/** The council and health bodies named as responsible for SEND services in the area. */
	static Optional<AreaSendFacts.Partnership> partnership(String text) {
		Matcher m = PARTNERS.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		String members = m.group(1).replaceAll("\\s+", " ").strip();
		Matcher councilEnd = COUNCIL_END.matcher(members);
		int cut = councilEnd.find() ? councilEnd.end() : Math.max(members.indexOf(" and "), 0);
		String council = members.substring(0, cut).strip();
		Matcher separator = SEPARATOR.matcher(members.substring(cut));
		String rest = separator.find() ? members.substring(cut + separator.end()) : members.substring(cut);
		Matcher health = HEALTH_BODY.matcher(rest);
		String healthBody = health.find() ? cleanHealthBody(rest.substring(0, health.end())) : null;
		return council.isEmpty() ? Optional.empty()
				: Optional.of(new AreaSendFacts.Partnership(council, healthBody, new Span(m.start(1), m.end(1))));
	}

	private static String cleanHealthBody(String name) {
		return name.replaceAll("\\s*\\((?:ICB|CCG)\\)$", "").strip();
	}

	private static Span sentenceAround(String text, int at, int from) {
		int start = at;
		while (start > from && !endsSentence(text, start - 1)) {
			start--;
		}
		while (start < at && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		int end = at;
		while (end < text.length() && !endsSentence(text, end)) {
			end++;
		}
		return new Span(start, Math.min(text.length(), end + 1));
	}

	private static boolean endsSentence(String text, int i) {
		char c = text.charAt(i);
		return c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
	}
}
