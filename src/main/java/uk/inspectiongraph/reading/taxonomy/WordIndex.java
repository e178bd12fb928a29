package uk.inspectiongraph.reading.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each word of a text starts, by lower-case word, sorted: a phrase is only tried at the
 * words its first word could match, instead of at every character of the text.
 */
public final class WordIndex {

	private final TreeMap<String, List<Integer>> starts = new TreeMap<>();

	WordIndex(String text) {
		int i = 0;
		while (i < text.length()) {
			if (!Character.isLetterOrDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			String word = text.substring(start, i).toLowerCase(Locale.ROOT);
			starts.computeIfAbsent(word, w -> new ArrayList<>()).add(start);
		}
	}

	/** The offsets of the words that start with {@code prefix} (lower case), in no particular order. */
	List<Integer> startsOfWordsBeginning(String prefix) {
		Map.Entry<String, List<Integer>> first = starts.ceilingEntry(prefix);
		if (first == null || !first.getKey().startsWith(prefix)) {
			return List.of();
		}
		List<Integer> offsets = new ArrayList<>();
		for (Map.Entry<String, List<Integer>> e : starts.tailMap(prefix, true).entrySet()) {
			if (!e.getKey().startsWith(prefix)) {
				break;
			}
			offsets.addAll(e.getValue());
		}
		return offsets;
	}

	/** Whether some word of the text contains {@code infix} (lower case). */
	boolean hasWordContaining(String infix) {
		return starts.keySet().stream().anyMatch(w -> w.contains(infix));
	}

	/**
	 * The lower-case letters and digits a phrase's first word must contain (after a leading
	 * {@code *}), for phrases whose first word may start with anything.
	 */
	static String firstWordInfix(String phrase) {
		String first = PhrasePattern.normalise(phrase).strip().split("[\\s\\-]+")[0].toLowerCase(Locale.ROOT);
		return firstWordKey(first.replaceFirst("^\\*+", ""));
	}

	/**
	 * The lower-case letters and digits a phrase's matches must begin a word with, or the empty
	 * string when its first word may start with anything.
	 */
	static String firstWordKey(String phrase) {
		String first = PhrasePattern.normalise(phrase).strip().split("[\\s\\-]+")[0].toLowerCase(Locale.ROOT)
			.replaceFirst("^=", "");
		if (first.startsWith("*")) {
			return "";
		}
		int end = 0;
		while (end < first.length() && Character.isLetterOrDigit(first.charAt(end))) {
			end++;
		}
		return first.substring(0, end);
	}
}
