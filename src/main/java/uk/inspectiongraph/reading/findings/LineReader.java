package uk.inspectiongraph.reading.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cuts a document's text into its content lines, leaving out page furniture: page numbers
 * ("3", "Page 3 of 9"), running headers and footers (short lines that recur on three or more
 * pages, page numbers aside, but not the ends of sentences in brackets, such as the "(paragraph 40)."
 * that closes many recommendations), footnotes at the foot of a page and letterhead address blocks.
 */
final class LineReader {

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("(?i)^(?:page\\s+)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?$|^-\\s*\\d{1,3}\\s*-$");

	private static final Pattern FOOTNOTE = Pattern.compile("^\\d{1,2}\\s+\\p{Lu}");

	private static final int MIN_REPEATS = 3;

	private static final int MAX_PAGE_NUMBER = 16;

	private static final int MAX_FURNITURE_LENGTH = 110;

	private static final int MAX_FOOTNOTE_LINES = 6;

	private static final int PAGE_BREAK_BLANKS = 4;

	private LineReader() {
	}

	static List<SourceLine> read(String text) {
		List<int[]> raw = rawLines(text);
		Map<String, Integer> repeats = new HashMap<>();
		String[] keys = new String[raw.size()];
		for (int i = 0; i < raw.size(); i++) {
			int[] line = raw.get(i);
			if (line[1] > line[0] && line[1] - line[0] <= MAX_FURNITURE_LENGTH) {
				keys[i] = furnitureKey(text, line);
				repeats.merge(keys[i], 1, Integer::sum);
			}
		}
		boolean[] noise = new boolean[raw.size()];
		for (int i = 0; i < raw.size(); i++) {
			if (keys[i] != null) {
				String content = text.substring(raw.get(i)[0], raw.get(i)[1]);
				noise[i] = content.length() <= MAX_PAGE_NUMBER && PAGE_NUMBER.matcher(content).matches()
						|| isFurniture(content, repeats.get(keys[i]));
			}
		}
		markFootnotes(text, raw, noise);
		AddressBlocks.mark(text, raw, noise);
		return contentLines(text, raw, noise);
	}

	/** Offsets of the trimmed content of every line; blank lines as {start, start} with a flag in [2]. */
	private static List<int[]> rawLines(String text) {
		List<int[]> lines = new ArrayList<>();
		int at = 0;
		while (at <= text.length()) {
			int nl = text.indexOf('\n', at);
			int end = nl < 0 ? text.length() : nl;
			int s = at;
			int e = end;
			while (s < e && isSpace(text.charAt(s))) {
				s++;
			}
			while (e > s && isSpace(text.charAt(e - 1))) {
				e--;
			}
			lines.add(new int[] { s, e, end > at ? 1 : 0 });
			if (nl < 0) {
				break;
			}
			at = nl + 1;
		}
		return lines;
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
	}

	/** The line in lower case with digit runs as '#' and space runs as one space. */
	private static String furnitureKey(String text, int[] line) {
		StringBuilder key = new StringBuilder(line[1] - line[0]);
		char last = 0;
		for (int i = line[0]; i < line[1]; i++) {
			char c = text.charAt(i);
			char k = Character.isDigit(c) ? '#' : isSpace(c) ? ' ' : Character.toLowerCase(c);
			if (!((k == '#' || k == ' ') && k == last)) {
				key.append(k);
			}
			last = k;
		}
		return key.toString();
	}

	private static boolean isFurniture(String content, Integer repeats) {
		return repeats != null && repeats >= MIN_REPEATS && content.charAt(0) != '(' && !Headings.isKnownHeading(content)
				&& !Bullets.startsItem(content) && content.chars().anyMatch(Character::isLetterOrDigit)
				&& !isGradeWord(content);
	}

	private static boolean isGradeWord(String content) {
		return Headings.isGrade(content);
	}

	/** A run of lines just above page furniture that starts "1 Text..." is a footnote. */
	private static void markFootnotes(String text, List<int[]> raw, boolean[] noise) {
		for (int i = 1; i < raw.size(); i++) {
			if (!noise[i] || noise[i - 1]) {
				continue;
			}
			int content = 0;
			int earliest = -1;
			for (int j = i - 1; j >= 0 && content < MAX_FOOTNOTE_LINES && !noise[j]; j--) {
				if (raw.get(j)[0] == raw.get(j)[1]) {
					continue;
				}
				content++;
				if (FOOTNOTE.matcher(text.substring(raw.get(j)[0], raw.get(j)[1])).find()) {
					earliest = j;
				}
			}
			if (earliest >= 0) {
				Arrays.fill(noise, earliest, i, true);
			}
		}
	}

	private static List<SourceLine> contentLines(String text, List<int[]> raw, boolean[] noise) {
		List<SourceLine> lines = new ArrayList<>();
		boolean spaced = false;
		boolean pageBreak = false;
		int blanks = 0;
		for (int i = 0; i < raw.size(); i++) {
			int[] line = raw.get(i);
			if (line[0] == line[1] || noise[i]) {
				spaced |= line[0] == line[1] && line[2] == 1 && !noise[i];
				pageBreak |= noise[i];
				blanks++;
				continue;
			}
			lines.add(new SourceLine(line[0], line[1], text.substring(line[0], line[1]), blanks > 0, spaced,
					pageBreak || blanks >= PAGE_BREAK_BLANKS));
			spaced = false;
			pageBreak = false;
			blanks = 0;
		}
		return lines;
	}
}
