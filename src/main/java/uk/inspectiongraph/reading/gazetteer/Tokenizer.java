package uk.inspectiongraph.reading.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words the same way for names and for documents, so that "St. Helens",
 * "Stoke-on-Trent", "children’s" and "Windsor &amp; Maidenhead" compare equal to "st helens",
 * "stoke on trent", "childrens" and "windsor and maidenhead".
 */
final class Tokenizer {

	private Tokenizer() {
	}

	static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int line = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				i = readWord(text, i, line, tokens);
				continue;
			}
			if (c == '&') {
				tokens.add(new Token("and", i, i + 1, line, false));
			}
			else if (c == '\n') {
				line++;
			}
			i++;
		}
		return tokens;
	}

	/** Reads the word starting at {@code start}, adds it and returns the offset after it. */
	private static int readWord(String text, int start, int line, List<Token> tokens) {
		StringBuilder word = new StringBuilder();
		int i = start;
		int end = start;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				word.append(c);
				end = i + 1;
			}
			else if (!isApostrophe(c) || i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1))) {
				break;
			}
			i++;
		}
		boolean capitalised = Character.isUpperCase(text.charAt(start)) || Character.isDigit(text.charAt(start));
		tokens.add(new Token(word.toString().toLowerCase(Locale.ROOT), start, end, line, capitalised));
		return end;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
	}

	/** The words of {@code text}, lower case, joined by single spaces. */
	static String normalise(String text) {
		return String.join(" ", words(text));
	}

	static List<String> words(String text) {
		return tokenize(text).stream().map(Token::word).toList();
	}
}
