package uk.inspectiongraph.reading.gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How strongly one mention says "this document is about me", read from the words around it: a
 * title ("Focused visit to X", "Inspection of the Royal Borough of X", "X / Inspection of services
 * for children...", "Local authority: X", "Joint targeted area inspection of ... in X") weighs most; a council's own name ("X County Council",
 * "London Borough of X") next; "X children's services" a little more than a bare mention; a place
 * in a postal address (Ofsted's own "Manchester M1 2WD") nothing.
 */
final class MentionWeigher {

	static final int TITLE = 20;

	static final int COUNCIL = 5;

	static final int SERVICES = 3;

	static final int PLAIN = 1;

	static final int ADDRESS = 0;

	private static final Set<String> SUFFIX_DRESSING = Set.of("county", "city", "borough", "metropolitan",
			"district", "council", "unitary", "corporation", "mbc");

	private static final Set<String> COUNCIL_WORDS = Set.of("council", "borough", "metropolitan", "corporation",
			"mbc");

	private static final List<List<String>> TITLE_BEFORE = phrases("inspection of", "inspections of", "visit to",
			"visit of", "visits to");

	private static final List<List<String>> TITLE_AFTER = phrases("inspection of", "re inspection of",
			"reinspection of");

	private static final List<List<String>> SERVICES_AFTER = phrases("childrens services", "childrens social care",
			"childrens trust", "children and families trust", "local authority", "unitary authority");

	private static final List<String> JTAI = List.of("targeted", "area", "inspection");

	/** How many words a JTAI title may run before naming its area. */
	private static final int JTAI_REACH = 25;

	private final String text;

	private final List<Token> tokens;

	private final AddressLines addresses;

	MentionWeigher(String text, List<Token> tokens) {
		this.text = text;
		this.tokens = tokens;
		this.addresses = new AddressLines(text);
	}

	int weigh(Mention mention) {
		int before = startOfPrefix(mention.first());
		int after = endOfSuffix(mention.last());
		if (isTitleBefore(before, mention.first()) || startsAt(after, TITLE_AFTER)) {
			return TITLE;
		}
		if (before < mention.first() && hasCouncilPrefix(before, mention.first())
				|| hasWord(mention.last(), after, COUNCIL_WORDS)) {
			return COUNCIL;
		}
		if (addresses.isAddress(tokens.get(mention.first()).line())) {
			return ADDRESS;
		}
		return startsAt(after, SERVICES_AFTER) ? SERVICES : PLAIN;
	}

	/** The first token of the dressing before a name ("the Royal Borough of", "City of"). */
	private int startOfPrefix(int first) {
		int p = first;
		if (endsAt(p, List.of("borough", "of"))) {
			p -= 2;
			if (p > 0 && Set.of("royal", "london", "metropolitan").contains(word(p - 1))) {
				p--;
			}
		}
		else if (endsAt(p, List.of("city", "of")) || endsAt(p, List.of("county", "of"))) {
			p -= 2;
		}
		else if (endsAt(p, List.of("council", "of", "the"))) {
			p -= 3;
		}
		return p > 0 && word(p - 1).equals("the") ? p - 1 : p;
	}

	/** The token after the dressing that follows a name ("County Council", "Metropolitan Borough"). */
	private int endOfSuffix(int last) {
		int q = last;
		while (q < tokens.size() && SUFFIX_DRESSING.contains(word(q))) {
			q++;
		}
		return q;
	}

	private boolean isTitleBefore(int before, int first) {
		for (List<String> cue : TITLE_BEFORE) {
			if (endsAt(before, cue)) {
				return true;
			}
		}
		return isJointInspectionArea(before) || endsAt(before, List.of("local", "authority"))
				&& text.substring(tokens.get(before - 1).end(), tokens.get(first).start()).contains(":");
	}

	/** "Joint targeted area inspection of the multi-agency response to ... in X". */
	private boolean isJointInspectionArea(int before) {
		if (!endsAt(before, List.of("in"))) {
			return false;
		}
		for (int end = before - 1; end >= Math.max(3, before - JTAI_REACH); end--) {
			if (endsAt(end, JTAI)) {
				return true;
			}
		}
		return false;
	}

	private boolean hasCouncilPrefix(int from, int to) {
		return hasWord(from, to, Set.of("borough", "city", "council"));
	}

	private boolean hasWord(int from, int to, Set<String> words) {
		for (int i = from; i < to; i++) {
			if (words.contains(word(i))) {
				return true;
			}
		}
		return false;
	}

	private boolean endsAt(int end, List<String> phrase) {
		int from = end - phrase.size();
		if (from < 0) {
			return false;
		}
		for (int k = 0; k < phrase.size(); k++) {
			if (!word(from + k).equals(phrase.get(k))) {
				return false;
			}
		}
		return true;
	}

	private boolean startsAt(int start, List<List<String>> phrases) {
		for (List<String> phrase : phrases) {
			if (start + phrase.size() <= tokens.size() && endsAt(start + phrase.size(), phrase)) {
				return true;
			}
		}
		return false;
	}

	private String word(int index) {
		return tokens.get(index).word();
	}

	private static List<List<String>> phrases(String... phrases) {
		return Arrays.stream(phrases).map(Tokenizer::words).toList();
	}
}
