package uk.inspectiongraph.reading.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every name of every authority as a word sequence, to look names up whole and to find them in a
 * text (longest name first, written with capitals, so that "reading the file" is no mention of
 * Reading). Place names that begin like an authority but are not one ("Greater Manchester",
 * "Newcastle-under-Lyme", "Bury St Edmunds") are passed over.
 */
final class PhraseIndex {

	/** Words of a name that may be written in lower case. */
	private static final Set<String> CONNECTORS = Set.of("and", "upon", "on", "of", "the", "with", "in", "under");

	private static final List<List<String>> NOT_AUTHORITIES = notAuthorities();

	private final Map<String, List<Authority>> byName = new LinkedHashMap<>();

	private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

	PhraseIndex(List<Authority> authorities) {
		for (Authority authority : authorities) {
			for (String name : authority.names()) {
				add(Tokenizer.words(name), authority);
			}
		}
		byFirstWord.values().forEach(phrases -> phrases.sort(Comparator.comparingInt(List<String>::size).reversed()));
	}

	private void add(List<String> words, Authority authority) {
		if (words.isEmpty()) {
			return;
		}
		List<Authority> bearers = byName.computeIfAbsent(String.join(" ", words), key -> new ArrayList<>());
		if (bearers.isEmpty()) {
			byFirstWord.computeIfAbsent(words.get(0), key -> new ArrayList<>()).add(words);
		}
		if (!bearers.contains(authority)) {
			bearers.add(authority);
		}
	}

	/** The authorities whose name, in normalised words, is exactly {@code words}. */
	Optional<List<Authority>> lookUp(String words) {
		return Optional.ofNullable(byName.get(words)).map(List::copyOf);
	}

	/**
	 * Every mention of an authority's name in {@code tokens}, in text order; with {@code capitals},
	 * only names written with capital letters.
	 */
	List<Mention> find(List<Token> tokens, boolean capitals) {
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			int skip = longestMatch(tokens, i, NOT_AUTHORITIES, false);
			if (skip > 0) {
				i += skip;
				continue;
			}
			int length = longestMatch(tokens, i, byFirstWord.getOrDefault(tokens.get(i).word(), List.of()), capitals);
			if (length > 0) {
				String key = key(tokens, i, i + length);
				mentions.add(new Mention(i, i + length, List.copyOf(byName.get(key))));
				i += length;
			}
			else {
				i++;
			}
		}
		return mentions;
	}

	private static int longestMatch(List<Token> tokens, int at, List<List<String>> phrases, boolean capitals) {
		for (List<String> phrase : phrases) {
			if (matches(tokens, at, phrase, capitals)) {
				return phrase.size();
			}
		}
		return 0;
	}

	private static boolean matches(List<Token> tokens, int at, List<String> phrase, boolean capitals) {
		if (at + phrase.size() > tokens.size()) {
			return false;
		}
		for (int k = 0; k < phrase.size(); k++) {
			Token token = tokens.get(at + k);
			if (!token.word().equals(phrase.get(k))) {
				return false;
			}
			boolean needsCapital = capitals && (k == 0 || !CONNECTORS.contains(token.word()));
			if (needsCapital && !token.capitalised()) {
				return false;
			}
		}
		return true;
	}

	private static String key(List<Token> tokens, int from, int to) {
		return String.join(" ", tokens.subList(from, to).stream().map(Token::word).toList());
	}

	private static List<List<String>> notAuthorities() {
		return Arrays.stream(("Greater Manchester|Newcastle-under-Lyme|Bury St Edmunds|Sutton Coldfield|"
				+ "Sutton-in-Ashfield|New York|North York Moors").split("\\|"))
			.map(Tokenizer::words)
			.sorted(Comparator.comparingInt(List<String>::size).reversed())
			.toList();
	}
}
