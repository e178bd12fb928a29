package uk.inspectiongraph.reading.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strips the words that dress an authority's name without changing which authority it is: "the",
 * "Royal Borough of", "City of", "County Council", "Metropolitan Borough Council", "children's
 * services", "local authority", ", City of"... "Warwickshire County Council children's services"
 * comes down to "warwickshire".
 */
final class NameVariants {

	private static final List<List<String>> PREFIXES = phrases("the", "royal borough of", "london borough of",
			"metropolitan borough of", "borough of", "city of", "county of", "council of the", "council of");

	private static final List<List<String>> SUFFIXES = phrases("childrens social care services",
			"childrens social care", "childrens services", "children and young peoples services",
			"local authority", "unitary authority", "council", "county", "city", "borough", "metropolitan",
			"district", "corporation", "mbc", "city of", "county of");

	private NameVariants() {
	}

	/** The core of a name: its words without dressing, or all its words if nothing else is left. */
	static String core(String name) {
		List<String> words = new ArrayList<>(Tokenizer.words(name));
		boolean stripped = true;
		while (stripped && !words.isEmpty()) {
			stripped = stripPrefix(words) || stripSuffix(words);
		}
		return words.isEmpty() ? Tokenizer.normalise(name) : String.join(" ", words);
	}

	private static boolean stripPrefix(List<String> words) {
		for (List<String> prefix : PREFIXES) {
			if (words.size() > prefix.size() && words.subList(0, prefix.size()).equals(prefix)) {
				words.subList(0, prefix.size()).clear();
				return true;
			}
		}
		return false;
	}

	private static boolean stripSuffix(List<String> words) {
		for (List<String> suffix : SUFFIXES) {
			int from = words.size() - suffix.size();
			if (from > 0 && words.subList(from, words.size()).equals(suffix)) {
				words.subList(from, words.size()).clear();
				return true;
			}
		}
		return false;
	}

	private static List<List<String>> phrases(String... phrases) {
		return Arrays.stream(phrases).map(Tokenizer::words).toList();
	}
}
