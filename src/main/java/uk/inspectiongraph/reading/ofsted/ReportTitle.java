package uk.inspectiongraph.reading.ofsted;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.DateParser;
import uk.inspectiongraph.reading.DateRange;

/**
 * Reads a document's title: a report's heading ("Inspection of Calderdale local authority
 * children's services", "Inspection of services for children in need of help and protection...")
 * or a letter's subject line ("Focused visit to Barnsley children's services"), and a report's
 * stated publication date.
 */
public final class ReportTitle {


	private static final Pattern HEADING = Pattern.compile("(?m)^[\\s*#]*((?:Inspection|Review)\\s+of\\s+[^\\n]+?)[\\s*]*$");

	private static final Pattern SUBJECT = Pattern.compile(
			"(?m)^[\\s*#]*((?:Focused|Monitoring)\\s+visit\\s+(?:to|of)\\s+[^\\n]+?|Joint\\s+targeted\\s+area\\s+inspection\\s+"
					+ "[^\\n]+?|(?:Joint\\s+)?local\\s+area\\s+SEND\\s+(?:inspection|revisit)\\s+(?:in|of)\\s+[^\\n]+?)[\\s*]*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PUBLISHED = Pattern.compile("(?:Report\\s+)?published\\s*:?[\\s*]*",
			Pattern.CASE_INSENSITIVE);

	private static final int HEAD_REACH = 2500;

	private ReportTitle() {
	}

	/** The heading of a report: its first "Inspection of ..." line, joined with the line after when cut. */
	public static String ofReport(String text) {
		Matcher m = HEADING.matcher(text).region(0, Math.min(text.length(), HEAD_REACH));
		if (!m.find()) {
			return null;
		}
		String title = m.group(1).strip();
		int next = m.end();
		String following = nextLine(text, next);
		if (following != null && !following.contains(":") && following.length() < 60
				&& Character.isLowerCase(following.charAt(0))) {
			title = title + " " + following;
		}
		return title.replaceAll("\\s+", " ");
	}

	/** The subject line of a letter. */
	public static String ofLetter(String text) {
		Matcher m = SUBJECT.matcher(text).region(0, Math.min(text.length(), HEAD_REACH * 2));
		return m.find() ? m.group(1).replaceAll("\\s+", " ").strip() : null;
	}

	/** The publication date a report states ("Report published: 8 August 2014"). */
	public static DateRange published(String text) {
		Matcher m = PUBLISHED.matcher(text).region(0, Math.min(text.length(), HEAD_REACH));
		while (m.find()) {
			var found = DateParser.findDayRanges(text, m.end(), Math.min(text.length(), m.end() + 40), null);
			if (!found.isEmpty() && found.get(0).span().start() - m.end() < 5) {
				return found.get(0);
			}
		}
		return null;
	}

	private static String nextLine(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		int end = text.indexOf('\n', i);
		String line = (end < 0 ? text.substring(i) : text.substring(i, end)).strip();
		return line.isEmpty() ? null : line;
	}
}
