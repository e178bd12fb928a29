package uk.inspectiongraph.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.extraction.ExtractedFinding;
import uk.inspectiongraph.extraction.FindingKind;
import uk.inspectiongraph.extraction.Span;

/**
 * Test-side reader of the improvement items of an Ofsted document: the bullets, numbered points
 * or paragraphs under its "What needs to improve", "Areas for priority action", "Areas for
 * improvement" and "Recommendations" headings, numbered 1..n in document order across all such
 * sections (the item numbering the theme labels use). A stand-in for
 * {@code uk.inspectiongraph.extraction.FindingSplitter} until that splitter reads these sections:
 * it returns the same {@link ExtractedFinding} values so the two can be swapped.
 */
final class ImprovementItemReader {

	private static final Pattern HEADING = Pattern.compile("(?i)(what needs to improve\\b[^.]{0,70}?"
			+ "|what does the (local authority|lscb|board) need to improve|areas? for priority action"
			+ "|priority and immediate action|areas for improvement|recommendations)\\s*[?:]?\\s*\\d?");

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s*(.*)$");

	private static final Pattern BULLET = Pattern.compile("^([\\u25A0-\\u25FF\\u2022\\u2023\\u2043\\u2219\\uF0A7"
			+ "\\uE000-\\uF8FF\\u25AA\\u0336\\u2013\\u2014\\u2212\\-*o])\\s+(.*)$");

	private static final Pattern TERMINAL = Pattern.compile("[.;!?)'\u2019\u201d]$");

	private static final int LOOKAHEAD = 3;

	/** Reads the improvement items of {@code text}. */
	List<ExtractedFinding> read(String text) {
		List<Line> lines = lines(text);
		List<ExtractedFinding> items = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			Line line = lines.get(i);
			if (!line.noise() && Character.isUpperCase(line.text().charAt(0))
					&& HEADING.matcher(line.text()).matches()) {
				i = readSection(lines, i, items);
			}
			else {
				i++;
			}
		}
		return items;
	}

	private int readSection(List<Line> lines, int headingIndex, List<ExtractedFinding> items) {
		FindingKind kind = kindOf(lines.get(headingIndex).text());
		String section = lines.get(headingIndex).text();
		SectionReader reader = new SectionReader(lines, headingIndex + 1);
		for (Block block : reader.blocks()) {
			String itemText = block.text();
			if (itemText.length() < 150 && SectionReader.NOTHING_TO_IMPROVE.matcher(itemText).matches()) {
				continue;
			}
			items.add(new ExtractedFinding(kind, section, items.size() + 1, itemText,
					new Span(block.start(), block.end()), -1, List.of()));
		}
		return reader.next();
	}

	private static FindingKind kindOf(String heading) {
		String h = heading.toLowerCase(Locale.ROOT);
		if (h.contains("priority")) {
			return FindingKind.PRIORITY_ACTION;
		}
		return h.startsWith("recommendation") ? FindingKind.RECOMMENDATION : FindingKind.AREA_FOR_IMPROVEMENT;
	}

	/** One line of the document, its offset, and whether it is page furniture. */
	record Line(String text, int start, boolean noise) {
	}

	/** One item's text and where it lies. */
	record Block(String text, int start, int end) {
	}

	private static List<Line> lines(String text) {
		String[] raw = text.split("\n", -1);
		Map<String, Integer> counts = new HashMap<>();
		for (String r : raw) {
			counts.merge(furnitureKey(r), 1, Integer::sum);
		}
		List<Line> lines = new ArrayList<>();
		int offset = 0;
		for (String r : raw) {
			String t = r.strip().replaceFirst("^#+\\s*", "");
			boolean noise = t.isEmpty() || t.matches("\\d{1,3}") || t.matches("(?i)page \\d+ of \\d+")
					|| (t.length() > 3 && counts.get(furnitureKey(r)) >= 3 && !HEADING.matcher(t).matches()
						&& !SectionReader.nextSection(t));
			lines.add(new Line(t, offset, noise));
			offset += r.length() + 1;
		}
		return lines;
	}

	private static String furnitureKey(String raw) {
		return raw.strip().replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
	}

	static Matcher bullet(String text) {
		return BULLET.matcher(text);
	}

	static Matcher numbered(String text) {
		return NUMBERED.matcher(text);
	}

	static boolean complete(String text) {
		return TERMINAL.matcher(text).find();
	}

	static int lookahead() {
		return LOOKAHEAD;
	}
}
