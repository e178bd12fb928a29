package uk.inspectiongraph.reading.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.Span;

/**
 * A paragraph or list item being put back together from the lines PDF text cut it into: the
 * repaired text (markers and markdown removed, lines joined, words split by a line-end hyphen
 * rejoined) and where it starts and ends in the original text.
 */
final class Block {

	private static final Pattern MARKDOWN = Pattern.compile("\\*+|^#+\\s*|_{2,}");

	private final boolean item;

	private final boolean numbered;

	private final int number;

	private boolean hasSubItems;

	private final List<SourceLine> lines = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private int start = -1;

	private int end = -1;

	private String repaired;

	/** @param number the number the block opened with, -1 for none */
	Block(boolean item, boolean numbered, int number) {
		this.item = item;
		this.numbered = numbered;
		this.number = number;
	}

	/** The number the block opened with ("12." gives 12), -1 for none. */
	int number() {
		return number;
	}

	/** Whether the block opened with a number ("1.", "(a)"). */
	boolean isNumbered() {
		return numbered;
	}

	/** Whether sub-items have been added to the block. */
	boolean hasSubItems() {
		return hasSubItems;
	}

	/** Adds a sub-item line, without its marker, set off by a dash. */
	void addSubItem(SourceLine line, int skip) {
		hasSubItems = true;
		add(line, skip, " – ");
	}

	/** Whether the block opened with a bullet or a number. */
	boolean isItem() {
		return item;
	}

	SourceLine lastLine() {
		return lines.get(lines.size() - 1);
	}

	int lineCount() {
		return lines.size();
	}

	/** Adds a line, without its first {@code skip} characters (a marker), to the block. */
	void add(SourceLine line, int skip, String joiner) {
		lines.add(line);
		repaired = null;
		String piece = MARKDOWN.matcher(line.text().substring(skip)).replaceAll("").strip();
		if (piece.isEmpty()) {
			return;
		}
		int offset = firstContent(line, skip);
		if (start < 0) {
			start = offset;
		}
		end = line.end();
		if (!text.isEmpty()) {
			boolean hyphenated = endsWithWordHyphen(text) && Character.isLowerCase(piece.charAt(0));
			text.append(hyphenated ? "" : joiner);
		}
		text.append(piece);
	}

	String text() {
		if (repaired == null) {
			repaired = collapseSpaces(text);
		}
		return repaired;
	}

	Span span() {
		return new Span(start, end);
	}

	boolean isEmpty() {
		return start < 0 || text().isEmpty();
	}

	/** The text with every run of spaces as one space and none at either end. */
	private static String collapseSpaces(CharSequence s) {
		StringBuilder out = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (LineReader.isSpace(c)) {
				space = !out.isEmpty();
			}
			else {
				if (space) {
					out.append(' ');
				}
				out.append(c);
				space = false;
			}
		}
		return out.toString();
	}

	private static int firstContent(SourceLine line, int skip) {
		String t = line.text();
		int i = skip;
		while (i < t.length() && (LineReader.isSpace(t.charAt(i)) || t.charAt(i) == '*' || t.charAt(i) == '#')) {
			i++;
		}
		return line.start() + i;
	}

	private static boolean endsWithWordHyphen(CharSequence s) {
		int n = s.length();
		return n >= 2 && s.charAt(n - 1) == '-' && Character.isLetter(s.charAt(n - 2));
	}
}
