package uk.inspectiongraph.graph.write;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A text's fingerprint for recognising copies of one publication whatever their bytes: the set of
 * its five-word shingles (runs of five consecutive words) after normalisation to lower-case letters
 * and digits, each shingle hashed to a long. Re-saving, re-encrypting or padding a PDF leaves its
 * text, and so this set, unchanged; a copy cut short keeps most of its first pages' shingles (fonts
 * lost with the cut garble a few words). Containment, the share of the smaller set found in the
 * larger, is near 1 for such copies and under 0.1 between two reports on one authority, whose
 * common wording is the inspectorate's boilerplate.
 */
final class TextShingles {

	/** Words per shingle. */
	static final int WIDTH = 5;

	/** The containment above which two texts are one publication's. */
	static final double SAME_PUBLICATION = 0.8;

	/** Fewer shingles than this are too little text to call two documents one. */
	static final int MIN_SHINGLES = 20;

	private final Set<Long> shingles;

	private final int words;

	private TextShingles(Set<Long> shingles, int words) {
		this.shingles = shingles;
		this.words = words;
	}

	static TextShingles of(String text) {
		long[] words = wordHashes(text == null ? "" : text);
		Set<Long> shingles = new HashSet<>();
		for (int i = 0; i + WIDTH <= words.length; i++) {
			long hash = 1125899906842597L;
			for (int k = i; k < i + WIDTH; k++) {
				hash = 31 * hash + words[k];
			}
			shingles.add(hash);
		}
		return new TextShingles(shingles, words.length);
	}

	/** A hash of each word: each run of letters and digits, lower-cased; everything else separates words. */
	private static long[] wordHashes(String text) {
		long[] words = new long[16];
		int count = 0;
		long hash = 0;
		boolean inWord = false;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c)) {
				hash = 1099511628211L * (hash ^ Character.toLowerCase(c));
				inWord = true;
			}
			else if (inWord) {
				if (count == words.length) {
					words = Arrays.copyOf(words, count * 2);
				}
				words[count++] = hash;
				hash = 0;
				inWord = false;
			}
		}
		return Arrays.copyOf(words, count);
	}

	/** How many words the normalised text has: its length, whatever its spacing and punctuation. */
	int words() {
		return words;
	}

	/** The share of the smaller text's shingles that the larger one holds too, 0 to 1. */
	double containment(TextShingles other) {
		Set<Long> smaller = shingles.size() <= other.shingles.size() ? shingles : other.shingles;
		Set<Long> larger = smaller == shingles ? other.shingles : shingles;
		if (smaller.size() < MIN_SHINGLES) {
			return 0;
		}
		long shared = smaller.stream().filter(larger::contains).count();
		return (double) shared / smaller.size();
	}

	/** Whether the two texts are one publication's: the smaller is almost all contained in the larger. */
	boolean samePublicationAs(TextShingles other) {
		return containment(other) >= SAME_PUBLICATION;
	}
}
