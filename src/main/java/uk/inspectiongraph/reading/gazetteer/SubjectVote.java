package uk.inspectiongraph.reading.gazetteer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.inspectiongraph.domain.Span;

/**
 * Tallies a document's mentions of authorities, each weighed by what surrounds it, and names the
 * authority with the heaviest tally. A name two authorities share goes to the one that existed
 * on the document's date.
 */
final class SubjectVote {

	/** What a name in the file name adds: less than one heading, more than a passing mention. */
	static final int FILE_NAME_HINT = 2;

	private final PhraseIndex phrases;

	private final LocalDate date;

	private final Map<String, Tally> tallies = new LinkedHashMap<>();

	SubjectVote(PhraseIndex phrases, LocalDate date) {
		this.phrases = phrases;
		this.date = date;
	}

	SubjectVote count(String text) {
		List<Token> tokens = Tokenizer.tokenize(text);
		MentionWeigher weigher = new MentionWeigher(text, tokens);
		for (Mention mention : phrases.find(tokens, true)) {
			Authority authority = Gazetteer.pick(mention.candidates(), date);
			Span span = new Span(tokens.get(mention.first()).start(), tokens.get(mention.last() - 1).end());
			tally(authority).add(weigher.weigh(mention), span);
		}
		return this;
	}

	SubjectVote countHint(String fileName) {
		if (fileName == null) {
			return this;
		}
		phrases.find(Tokenizer.tokenize(fileName), false)
			.stream()
			.map(mention -> Gazetteer.pick(mention.candidates(), date))
			.distinct()
			.forEach(authority -> tally(authority).add(FILE_NAME_HINT, null));
		return this;
	}

	Optional<AuthorityMention> winner(String text) {
		return tallies.values()
			.stream()
			.filter(tally -> tally.total > 0)
			.max(Comparator.comparingInt((Tally tally) -> tally.total)
				.thenComparingInt(tally -> tally.bestWeight)
				.thenComparing(tally -> -tally.order))
			.map(Tally::toMention);
	}

	private Tally tally(Authority authority) {
		return tallies.computeIfAbsent(authority.code(), code -> new Tally(authority, tallies.size()));
	}

	/** One authority's running score and its most telling mention. */
	private static final class Tally {

		private final Authority authority;

		private final int order;

		private int total;

		private int bestWeight = -1;

		private Span bestSpan;

		Tally(Authority authority, int order) {
			this.authority = authority;
			this.order = order;
		}

		void add(int weight, Span span) {
			total += weight;
			if (span != null && weight > bestWeight) {
				bestWeight = weight;
				bestSpan = span;
			}
		}

		AuthorityMention toMention() {
			return new AuthorityMention(authority.name(), authority.code(), bestSpan == null ? new Span(0, 0) : bestSpan);
		}
	}
}
