package uk.inspectiongraph.reading.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts the paragraphs and list items of a run of lines back together. A line continues the block
 * before it when the block's last line stops mid-sentence, ends in a word split by a hyphen, or is
 * followed by a lower-case word, even across a page break; after a full stop a new block starts
 * when the last line ended well short of the text width (a paragraph's last line), after a line of
 * spaces, or at a bullet or number; the next number of a numbered list starts a new item even when
 * the item before it stops mid-sentence. Text that was never wrapped (one paragraph per line) breaks
 * at every full stop. Sub-items ("–", "o") stay in the item they belong to.
 */
final class BlockBuilder {

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'’”)\\]*]*\\d{0,2}$");

	private static final int UNWRAPPED_WIDTH = 160;

	private static final double EARLY_END = 0.85;

	private static final int SHORT_UNWRAPPED_LINE = 60;

	private final int width;

	/** @param width the usual length of a full line of the document's text */
	BlockBuilder(int width) {
		this.width = width;
	}

	/** The usual length of a full line: the 90th percentile of content line lengths. */
	static int widthOf(List<SourceLine> lines) {
		int[] lengths = lines.stream().mapToInt(l -> l.text().length()).filter(n -> n >= 20).sorted().toArray();
		return lengths.length == 0 ? Integer.MAX_VALUE : lengths[(int) (lengths.length * 0.9)];
	}

	List<Block> build(List<SourceLine> lines) {
		List<Block> blocks = new ArrayList<>();
		Block current = null;
		for (SourceLine line : lines) {
			String t = line.text();
			if (current != null && isSubItem(current, t)) {
				current.addSubItem(line, Bullets.isSub(t) ? Bullets.subMarkerLength(t) : Bullets.markerLength(t));
			}
			else if (current == null || Bullets.isGlyph(t) || opensNextNumber(current, t)
					|| !continues(current.lastLine(), line)) {
				current = new Block(Bullets.startsItem(t), Bullets.isNumbered(t), Bullets.numberOf(t));
				current.add(line, Bullets.markerLength(t), " ");
				blocks.add(current);
			}
			else {
				current.add(line, 0, " ");
			}
		}
		return blocks;
	}

	/**
	 * A dash under an item or a list intro is a sub-item; so is a bullet under a numbered item, or a
	 * bullet opening in lower case under an item that ends with a colon or has sub-items already.
	 */
	private static boolean isSubItem(Block current, String t) {
		if (Bullets.isSub(t)) {
			return current.isItem() || endsWith(current, ':');
		}
		if (!Bullets.isGlyph(t) || !current.isItem()) {
			return false;
		}
		String content = t.substring(Bullets.markerLength(t));
		boolean lowerCase = !content.isEmpty() && Character.isLowerCase(content.charAt(0));
		return current.isNumbered() || lowerCase && (endsWith(current, ':') || current.hasSubItems());
	}

	/**
	 * Whether {@code line} goes on with the block whose last line is {@code prev}. A blank line
	 * parts paragraphs only where the text is single-spaced: after a line that had none above it.
	 */
	private boolean continues(SourceLine prev, SourceLine line) {
		String p = prev.text().replace("*", "").strip();
		String next = line.text().replace("*", "").strip();
		if (p.isEmpty() || next.isEmpty()) {
			return false;
		}
		if (p.endsWith("-") && p.length() > 1 && Character.isLetter(p.charAt(p.length() - 2))
				|| Character.isLowerCase(next.charAt(0))) {
			return true;
		}
		boolean unwrapped = width > UNWRAPPED_WIDTH;
		if (!SENTENCE_END.matcher(p).find()) {
			return unwrapped ? p.length() >= SHORT_UNWRAPPED_LINE : !endedEarly(p, next);
		}
		if (unwrapped || endedEarly(p, next)) {
			return false;
		}
		if (line.pageBreakBefore()) {
			return true;
		}
		return !line.spacedBefore() && !(line.blankBefore() && !prev.blankBefore());
	}

	private boolean endedEarly(String prev, String next) {
		int space = next.indexOf(' ');
		int firstWord = space < 0 ? next.length() : space;
		return prev.length() + 1 + firstWord < width * EARLY_END;
	}

	/** A number after a finished sentence, or the number after the block's own, opens an item. */
	private static boolean opensNextNumber(Block current, String t) {
		if (!Bullets.isNumbered(t)) {
			return false;
		}
		return endsSentence(current) || current.number() >= 0 && Bullets.numberOf(t) == current.number() + 1;
	}

	private static boolean endsSentence(Block block) {
		return SENTENCE_END.matcher(block.lastLine().text().strip()).find();
	}

	private static boolean endsWith(Block block, char c) {
		String t = block.lastLine().text().strip();
		return !t.isEmpty() && t.charAt(t.length() - 1) == c;
	}
}
