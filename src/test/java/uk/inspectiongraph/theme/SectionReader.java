package uk.inspectiongraph.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.theme.ImprovementItemReader.Block;
import uk.inspectiongraph.theme.ImprovementItemReader.Line;

/**
 * Reads the items of one improvement section, from the line after its heading: bullets (the
 * section's first bullet character marks its items; other bullets are sub-bullets of the item),
 * numbered points (in sequence, across short group subheadings) or, failing both, paragraphs.
 * The section ends at the next heading or at the first line that continues no item.
 */
final class SectionReader {

	static final Pattern NEXT_SECTION = Pattern.compile("(?i)^((main )?findings|summary\\b.*|overview"
			+ "|the experiences and progress.*|the impact of leaders.*|information about.*|inspection judgements.*"
			+ "|what does the .* need to improve.*|areas? for priority action.*|areas for improvement.*"
			+ "|what needs to improve.*|recommendations.*|inspection findings.*|inspection judgements?\\b.*"
			+ "|executive summary.*|key findings.*|key strengths.*)$");

	private static final Pattern NOT_A_SUBHEADING = Pattern.compile(
			"(?i).*\\b(strengths?|weakness(es)?|inspection|findings|judgements?|summary|context|about)\\b.*");

	private static final Pattern LEAD_IN = Pattern.compile("(?i).*\\b(the following|as follows)\\b.*");

	private static final Pattern SUBHEADING_LEAD_IN = Pattern.compile("(?i)^(immediately|within \\w+ months)\\b.*|.*:$");

	static final Pattern NOTHING_TO_IMPROVE = Pattern.compile(
			"(?i).*\\b(no|not (find|identify) any)\\b.*\\b(priority|areas? for improvement|recommendations?)\\b.*");

	static boolean nextSection(String t) {
		return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && NEXT_SECTION.matcher(t).matches();
	}

	private final List<Line> lines;

	private final List<Block> blocks = new ArrayList<>();

	private int next;

	SectionReader(List<Line> lines, int start) {
		this.lines = lines;
		this.next = start;
		read();
	}

	List<Block> blocks() {
		return blocks;
	}

	/** The index of the first line after the section. */
	int next() {
		return next;
	}

	private void read() {
		int first = firstMarker();
		if (first < 0) {
			readParagraphs();
			return;
		}
		Line head = lines.get(first);
		Matcher bullet = ImprovementItemReader.bullet(head.text());
		if (bullet.matches()) {
			readItems(first, bullet.group(1), -1);
		}
		else {
			Matcher numbered = ImprovementItemReader.numbered(head.text());
			numbered.matches();
			readItems(first, null, Integer.parseInt(numbered.group(1)));
		}
	}

	private int firstMarker() {
		int seen = 0;
		for (int i = next; i < lines.size() && seen <= ImprovementItemReader.lookahead(); i++) {
			Line line = lines.get(i);
			if (line.noise()) {
				continue;
			}
			if (nextSection(line.text())) {
				return -1;
			}
			boolean marker = ImprovementItemReader.bullet(line.text()).matches()
					|| ImprovementItemReader.numbered(line.text()).matches();
			if (marker && !leadInAt(i)) {
				return i;
			}
			if (!marker && !SUBHEADING_LEAD_IN.matcher(line.text()).matches()) {
				seen++;
			}
		}
		return -1;
	}

	private boolean leadInAt(int index) {
		StringBuilder joined = new StringBuilder();
		for (int i = index; i < lines.size() && i < index + 8; i++) {
			if (lines.get(i).noise()) {
				continue;
			}
			joined.append(lines.get(i).text()).append(' ');
			if (ImprovementItemReader.complete(lines.get(i).text())) {
				break;
			}
		}
		return LEAD_IN.matcher(joined.toString().strip()).matches();
	}

	private void readItems(int first, String marker, int number) {
		int expected = number;
		ItemBuilder item = new ItemBuilder(lines.get(first), stripMarker(lines.get(first).text()));
		int i = first + 1;
		for (; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (line.noise()) {
				continue;
			}
			String t = line.text();
			if (nextSection(t)) {
				break;
			}
			if (startsItem(t, marker, expected + 1)) {
				blocks.add(item.build());
				item = new ItemBuilder(line, stripMarker(t));
				expected++;
			}
			else if (continues(item, t, marker)) {
				item.add(line);
			}
			else if (marker == null && subheadingBefore(i, expected + 1)) {
				continue;
			}
			else {
				break;
			}
		}
		blocks.add(item.build());
		next = i;
	}

	private static boolean startsItem(String t, String marker, int expected) {
		if (marker != null) {
			Matcher b = ImprovementItemReader.bullet(t);
			return b.matches() && b.group(1).equals(marker);
		}
		Matcher n = ImprovementItemReader.numbered(t);
		return n.matches() && Integer.parseInt(n.group(1)) == expected;
	}

	private static boolean continues(ItemBuilder item, String t, String marker) {
		if (nextSection(t) || ImprovementItemReader.numbered(t).matches()) {
			return false;
		}
		Matcher b = ImprovementItemReader.bullet(t);
		boolean subBullet = b.matches() && !b.group(1).equals(marker);
		return subBullet || !item.complete() || Character.isLowerCase(t.charAt(0));
	}

	private boolean subheadingBefore(int index, int expected) {
		int seen = 0;
		for (int i = index; i < lines.size() && seen <= ImprovementItemReader.lookahead(); i++) {
			Line line = lines.get(i);
			if (line.noise()) {
				continue;
			}
			Matcher n = ImprovementItemReader.numbered(line.text());
			if (n.matches()) {
				return Integer.parseInt(n.group(1)) == expected;
			}
			if (ImprovementItemReader.complete(line.text()) && !line.text().endsWith(":")
					|| line.text().length() > 80 || NOT_A_SUBHEADING.matcher(line.text()).matches()) {
				return false;
			}
			seen++;
		}
		return false;
	}

	private void readParagraphs() {
		int i = next;
		while (i < lines.size() && lines.get(i).noise()) {
			i++;
		}
		ItemBuilder item = null;
		for (; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (line.text().isEmpty()) {
				if (item != null && item.complete()) {
					blocks.add(item.build());
					item = null;
				}
				continue;
			}
			if (line.noise()) {
				continue;
			}
			if (item == null) {
				if (!prose(line.text())) {
					break;
				}
				item = new ItemBuilder(line, line.text());
			}
			else {
				item.add(line);
			}
		}
		if (item != null && item.complete()) {
			blocks.add(item.build());
		}
		next = Math.max(i, next);
	}

	private static boolean prose(String t) {
		return t.split("\\s+").length >= 8 && Character.isUpperCase(t.charAt(0))
				&& !nextSection(t) && !ImprovementItemReader.numbered(t).matches()
				&& !NOTHING_TO_IMPROVE.matcher(t).matches();
	}

	private static String stripMarker(String t) {
		Matcher b = ImprovementItemReader.bullet(t);
		if (b.matches()) {
			return b.group(2);
		}
		Matcher n = ImprovementItemReader.numbered(t);
		return n.matches() ? n.group(2) : t;
	}
}
