package uk.inspectiongraph.reading.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of an evaluation: for each field, how many documents stated it and how many the
 * extractor agreed on, plus every disagreement (file, field, expected, extracted), and the time
 * taken. {@link #toMarkdown()} prints it as a table and a list.
 */
public final class EvaluationReport {

	/** Agreement on one field: {@code agreed} of {@code compared}. */
	public record FieldScore(String field, int compared, int agreed) {

		/** The share of compared values the extractor agreed on, 1 when none were compared. */
		public double rate() {
			return compared == 0 ? 1 : (double) agreed / compared;
		}
	}

	/** One value the extractor got wrong or missed. */
	public record Disagreement(String file, String field, String expected, String extracted) {
	}

	private final Map<String, int[]> counts = new TreeMap<>();

	private final List<Disagreement> disagreements = new ArrayList<>();

	private int documents;

	private double seconds;

	synchronized void count(String field, int compared, int agreed) {
		int[] c = counts.computeIfAbsent(field, f -> new int[2]);
		c[0] += compared;
		c[1] += agreed;
	}

	synchronized void disagree(Disagreement disagreement) {
		disagreements.add(disagreement);
	}

	synchronized void finish(int documentCount, double elapsedSeconds) {
		this.documents = documentCount;
		this.seconds = elapsedSeconds;
	}

	/** The score of every field compared, by field name. */
	public synchronized List<FieldScore> scores() {
		return counts.entrySet().stream().map(e -> new FieldScore(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
	}

	/** The score of one field (0 of 0 when it was never compared). */
	public FieldScore score(String field) {
		return scores().stream().filter(s -> s.field().equals(field)).findFirst().orElse(new FieldScore(field, 0, 0));
	}

	public synchronized List<Disagreement> disagreements() {
		return disagreements.stream().sorted(Comparator.comparing(Disagreement::file).thenComparing(Disagreement::field))
			.toList();
	}

	public int documents() {
		return documents;
	}

	public double seconds() {
		return seconds;
	}

	/** A Markdown table of the scores, the throughput, then the disagreements. */
	public String toMarkdown() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%d documents in %.1f s (%.1f docs/s, read + classify + extract)%n%n",
				documents, seconds, seconds == 0 ? 0 : documents / seconds));
		out.append("| field | agreed | compared | rate |\n| --- | ---: | ---: | ---: |\n");
		for (FieldScore s : scores()) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% |%n", s.field(), s.agreed(), s.compared(),
					100 * s.rate()));
		}
		out.append("\nDisagreements:\n\n");
		for (Disagreement d : disagreements()) {
			out.append(String.format("- %s: %s expected [%s] extracted [%s]%n", d.file(), d.field(), d.expected(),
					d.extracted()));
		}
		return out.toString();
	}
}
