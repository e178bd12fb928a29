package uk.inspectiongraph.reading.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.Polarity;

/**
 * Decides whether a theme is raised as a concern or a strength from the clause around its
 * trigger. A sentence is cut into clauses at contrast words; a clause scores concern cues
 * ("not", "too", "insufficient", "remain", "delay"...) against strength cues ("good",
 * "effective", "timely"...), a strength cue shortly after a negation counting as a concern. When
 * the trigger's clause concedes ("although...") or is contradicted by the next clause ("... but
 * ..."), and that next clause raises no theme of its own, the next clause's verdict wins.
 */
public final class PolarityJudge {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+|\\n\\s*\\n");

	private static final Pattern CONTRAST = Pattern.compile(
			"(?i)(?:,\\s*|\\s)(?=(?:but|however|yet(?!\\s+to)|although|though|while|whilst|despite|except)\\b)");

	private static final Pattern ADVERSATIVE_START = Pattern.compile("(?i)^\\s*(but|however|yet)\\b");

	private static final Pattern CONCESSIVE_START = Pattern.compile("(?i)^\\s*(although|though|while|whilst|despite"
			+ "|even though)\\b");

	private final Pattern concern;

	private final Pattern strength;

	private final Pattern negation;

	PolarityJudge(PolarityCues cues) {
		this.concern = PhrasePattern.compile(cues.concern());
		this.strength = PhrasePattern.compile(cues.strength());
		this.negation = PhrasePattern.compile(cues.negations());
	}

	/** A clause of the text: its offsets and its concern-minus-strength score. */
	record Clause(int start, int end, int score, boolean adversative, boolean concessive) {

		boolean contains(int offset) {
			return offset >= start && offset < end;
		}

		boolean containsAny(List<ThemeMatcher.Hit> hits) {
			return hits.stream().anyMatch(h -> contains(h.start()));
		}
	}

	/** Splits the sentences of {@code text} that hold a hit into scored clauses. */
	List<List<Clause>> clauses(String text, List<ThemeMatcher.Hit> hits) {
		List<List<Clause>> sentences = new ArrayList<>();
		int sentenceStart = 0;
		Matcher end = SENTENCE_END.matcher(text);
		while (sentenceStart < text.length()) {
			int sentenceEnd = end.find() ? end.end() : text.length();
			if (holdsHit(hits, sentenceStart, sentenceEnd)) {
				sentences.add(clausesOf(text, sentenceStart, sentenceEnd));
			}
			sentenceStart = sentenceEnd;
		}
		return sentences;
	}

	private static boolean holdsHit(List<ThemeMatcher.Hit> hits, int start, int end) {
		return hits.stream().anyMatch(h -> h.start() >= start && h.start() < end);
	}

	private List<Clause> clausesOf(String text, int from, int to) {
		List<Clause> clauses = new ArrayList<>();
		Matcher cut = CONTRAST.matcher(text).region(from, to);
		int start = from;
		while (cut.find()) {
			if (cut.start() > start) {
				addClauses(clauses, text, start, cut.end());
				start = cut.end();
			}
		}
		addClauses(clauses, text, start, to);
		return clauses;
	}

	/** Adds a clause; a concession ("Although X, Y") ends at its first comma, where the main clause starts. */
	private void addClauses(List<Clause> clauses, String text, int start, int end) {
		int comma = text.indexOf(", ", start);
		if (CONCESSIVE_START.matcher(text.substring(start, end)).find() && comma > start && comma < end) {
			clauses.add(clause(text, start, comma + 1));
			clauses.add(clause(text, comma + 1, end));
		}
		else {
			clauses.add(clause(text, start, end));
		}
	}

	private Clause clause(String text, int start, int end) {
		String body = text.substring(start, end);
		return new Clause(start, end, score(body), ADVERSATIVE_START.matcher(body).find(),
				CONCESSIVE_START.matcher(body).find());
	}

	/** Concern cues minus strength cues; negated strength cues count as concern. */
	int score(String clause) {
		int score = concern == null ? 0 : count(concern.matcher(clause));
		Matcher s = strength == null ? null : strength.matcher(clause);
		while (s != null && s.find()) {
			score += negated(clause, s.start()) ? 1 : -1;
		}
		return score;
	}

	private boolean negated(String clause, int cueStart) {
		int windowStart = Math.max(0, cueStart - 30);
		return negation != null && negation.matcher(clause.substring(windowStart, cueStart)).find();
	}

	private static int count(Matcher m) {
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	/** The polarity of a theme triggered at {@code offset}, given every theme hit in the text. */
	Polarity judge(List<List<Clause>> sentences, int offset, List<ThemeMatcher.Hit> allHits) {
		for (List<Clause> sentence : sentences) {
			for (int i = 0; i < sentence.size(); i++) {
				Clause own = sentence.get(i);
				if (own.contains(offset)) {
					return polarity(verdict(sentence, i, allHits));
				}
			}
		}
		return Polarity.NEUTRAL;
	}

	private static int verdict(List<Clause> sentence, int i, List<ThemeMatcher.Hit> allHits) {
		Clause own = sentence.get(i);
		if (i + 1 < sentence.size()) {
			Clause next = sentence.get(i + 1);
			boolean overruled = next.adversative() || own.concessive();
			if (overruled && next.score() != 0 && !next.containsAny(allHits)) {
				return next.score();
			}
		}
		return own.score();
	}

	private static Polarity polarity(int score) {
		if (score > 0) {
			return Polarity.CONCERN;
		}
		return score < 0 ? Polarity.STRENGTH : Polarity.NEUTRAL;
	}
}
