package uk.inspectiongraph.reading.taxonomy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening words of a finding, where inspectors name what it is about: the subject of an area
 * for improvement ("The quality of referrals from partners"), the object of a recommendation
 * ("Ensure that plans are specific") or of a letter's first sentence ("The quality of plans is
 * variable"). Words that also occur in passing ("…so that the dip in performance is quickly
 * rectified", "…to promote appropriate referrals") raise their theme only here. Stock openings
 * ("Ensure that", "The local authority should") do not count towards the opening's length.
 */
final class FindingOpening {

	/** How many words, after a stock opening, still name the finding's subject. */
	static final int WORDS = 8;

	private static final Pattern STOCK_OPENING = Pattern.compile("(?i)^\\W*(?:(?:the )?(?:local authority|council|"
			+ "board|lscb|partnership|senior (?:leaders|managers)) (?:should|must|needs? to) )?(?:take (?:immediate |urgent )?"
			+ "action to |urgently |continue to )?(?:ensure|make sure|improve|strengthen|review|develop)?(?: that)?\\s*");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*");

	private FindingOpening() {
	}

	/** Whether {@code offset} of {@code text} lies within the finding's opening words. */
	static boolean holds(String text, int offset) {
		Matcher stock = STOCK_OPENING.matcher(text);
		int from = stock.lookingAt() ? stock.end() : 0;
		if (offset < from) {
			return true;
		}
		Matcher word = WORD.matcher(text).region(from, text.length());
		int count = 0;
		while (word.find() && word.start() <= offset) {
			count++;
		}
		return count <= WORDS;
	}
}
