package uk.inspectiongraph.api.finding;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;

import uk.inspectiongraph.api.protection.InvalidArgumentException;

/**
 * Checks a search's text with the same query parser Neo4j's full-text indexes use (Lucene's
 * classic syntax) before it reaches the database, so a mistake of the caller's (an unbalanced
 * quote, a lone {@code AND}, a stray brace) is a {@code BAD_REQUEST} that says how to write it,
 * not a failed procedure call.
 */
final class FullTextSyntax {

	private static final String HINT = "put quotes around phrases in pairs, balance brackets ( ) [ ] { }, give words on both sides "
			+ "of AND and OR, or put a backslash before any of + - ! ( ) { } [ ] ^ \" ~ * ? : / to search for it as a character.";

	private FullTextSyntax() {
	}

	/** Returns {@code text} when Lucene can parse it; otherwise an {@link InvalidArgumentException} with advice. */
	static String checked(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidArgumentException("text must not be empty: give words to look for, e.g. \"caseloads\".");
		}
		try (StandardAnalyzer analyzer = new StandardAnalyzer()) {
			new QueryParser("text", analyzer).parse(text);
			return text;
		}
		catch (ParseException | TokenMgrError | IllegalArgumentException ex) {
			throw new InvalidArgumentException("text '" + text + "' is not a valid full-text query: " + HINT);
		}
	}
}
