package uk.inspectiongraph.reading.taxonomy;

import uk.inspectiongraph.reading.FindingItems;

import uk.inspectiongraph.reading.ExtractedFinding;
import uk.inspectiongraph.reading.Classification;
import uk.inspectiongraph.reading.DocumentClassifier;
import uk.inspectiongraph.reading.FindingSplitter;
import uk.inspectiongraph.reading.SourceReader;


import uk.inspectiongraph.reading.taxonomy.ThemeTag;

import uk.inspectiongraph.reading.taxonomy.ThemeTagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.inspectiongraph.domain.Polarity;

/**
 * Measures the tagger against the hand labels of {@code theme-labels.csv} on the improvement
 * items of dev-corpus documents, read with {@link SourceReader} and split by the product's
 * {@link FindingSplitter} (its improvement items ({@link FindingItems#improvementItems}) are the
 * numbering the labels use). Skips when the corpus is absent. Both the tuning documents and the
 * held-out ones must meet the targets, and the documents labelled blind must hold a regression
 * floor; run with {@code -Dinspectiongraph.theme-debug=true} to print every item whose themes differ
 * from its labels.
 */
class ThemeQualityEvaluationTest {

	/** The improvement items of a document's text, as the product's splitter finds them. */
	static List<ExtractedFinding> items(String text) {
		Classification classification = new DocumentClassifier().classify("document.pdf", text);
		return FindingItems.improvementItems(new FindingSplitter().split(text, classification, List.of()));
	}

	private static Path corpus;

	private static ThemeLabels labels;

	private static final boolean FILTERED = Boolean
		.parseBoolean(System.getProperty("inspectiongraph.theme-filter", "true"));

	/**
	 * The shipped tagger, or with {@code -Dinspectiongraph.theme-filter=false} the rules alone. The
	 * shipped filter was trained on these very labels, so with it these figures are training figures
	 * (the floors guard against regressions only); {@link ThemeCrossValidationTest} estimates unseen
	 * documents.
	 */
	private static final ThemeTagger TAGGER = FILTERED ? ThemeTagger.withDefaultTaxonomy()
			: new ThemeTagger(Taxonomy.loadDefault(), ThemeFilter.none());

	@BeforeAll
	static void locateCorpus() throws IOException {
		String configured = System.getProperty("inspectiongraph.dev-corpus");
		corpus = Path.of(configured != null ? configured : "../shared/corpus/ofsted-dev");
		labels = ThemeLabels.load("theme-labels.csv");
	}

	@Test
	void tuningDocumentsMeetTheTargets() throws IOException {
		ThemeScores scores = score("dev");
		report("Tuning set", scores);
		assertMeetsTargets(scores);
	}

	@Test
	void heldOutDocumentsMeetTheTargets() throws IOException {
		ThemeScores scores = score("heldout");
		report("Held-out set", scores);
		assertMeetsTargets(scores);
	}

	/**
	 * The documents labelled blind, before the tagger was run on them. The issue's target is
	 * precision 0.92, micro-F1 0.90 and polarity 0.95; the floors here are today's figures rounded
	 * down (rules alone 0.913, 0.933; with the filter, trained on these labels, 1.000, 0.977), guards
	 * against regressions. The context rules were written from this set's errors, and the filter
	 * trained on it.
	 */
	@Test
	void blindLabelledDocumentsHoldTheirFloor() throws IOException {
		ThemeScores scores = score("blind");
		report("Blind set", scores);
		assertThat(scores.precision()).as("micro precision").isGreaterThanOrEqualTo(FILTERED ? 0.99 : 0.91);
		assertThat(scores.f1()).as("micro F1").isGreaterThanOrEqualTo(FILTERED ? 0.97 : 0.93);
		assertThat(scores.polarityAccuracy()).as("polarity accuracy").isGreaterThanOrEqualTo(1.00);
	}

	/**
	 * 24 more documents (one per authority, years not labelled before), labelled blind after the
	 * blind set was last scored and never used to tune the tagger: the nearest this corpus comes to
	 * documents the rules were not written from (for the rules alone; the shipped filter was trained
	 * on them too, so with it this is a training figure: see {@link ThemeCrossValidationTest} for the
	 * filter's out-of-fold figure on these items). Its floors (today's figures rounded down: rules
	 * alone 0.895, 0.894; with the filter 1.000, 0.943) guard against regressions only and must not be
	 * tuned to. The area SEND themes, added after these labels were written, cost the rules 0.007 of
	 * precision: they tag two ILACS items (transition to adulthood) with a theme the labels could not
	 * name.
	 */
	@Test
	void holdoutDocumentsHoldTheirFloor() throws IOException {
		ThemeScores scores = score("holdout");
		report("Holdout set", scores);
		assertThat(scores.precision()).as("micro precision").isGreaterThanOrEqualTo(FILTERED ? 0.99 : 0.89);
		assertThat(scores.f1()).as("micro F1").isGreaterThanOrEqualTo(FILTERED ? 0.94 : 0.89);
		assertThat(scores.polarityAccuracy()).as("polarity accuracy").isGreaterThanOrEqualTo(1.00);
	}

	private static void assertMeetsTargets(ThemeScores scores) {
		assertThat(scores.precision()).as("micro precision").isGreaterThanOrEqualTo(0.90);
		assertThat(scores.f1()).as("micro F1").isGreaterThanOrEqualTo(0.85);
		assertThat(scores.polarityAccuracy()).as("polarity accuracy").isGreaterThanOrEqualTo(0.95);
	}

	private ThemeScores score(String set) throws IOException {
		assumeTrue(Files.isDirectory(corpus), "dev corpus not found at " + corpus.toAbsolutePath());
		Map<String, List<ThemeLabels.Label>> byFile = labels.labels().stream()
			.filter(l -> l.set().equals(set))
			.collect(Collectors.groupingBy(ThemeLabels.Label::file, LinkedHashMap::new, Collectors.toList()));
		ThemeScores scores = new ThemeScores();
		SourceReader reader = new SourceReader();
		for (Map.Entry<String, List<ThemeLabels.Label>> doc : byFile.entrySet()) {
			List<ExtractedFinding> items = items(reader.read(corpus.resolve(doc.getKey())).text());
			assertThat(items).as("items of %s", doc.getKey()).hasSize(doc.getValue().size());
			for (ThemeLabels.Label label : doc.getValue()) {
				Map<String, Polarity> tags = tagsOf(items.get(label.item() - 1));
				scores.add(label.themes(), tags);
				debug(label, tags, items.get(label.item() - 1));
			}
		}
		return scores;
	}

	private static Map<String, Polarity> tagsOf(ExtractedFinding item) {
		Map<String, Polarity> tags = new LinkedHashMap<>();
		for (ThemeTag tag : TAGGER.tag(item.kind(), item.text())) {
			tags.put(tag.slug(), tag.polarity());
		}
		return tags;
	}

	private static void debug(ThemeLabels.Label label, Map<String, Polarity> tags, ExtractedFinding item) {
		if (Boolean.getBoolean("inspectiongraph.theme-debug") && !tags.keySet().equals(label.themes().keySet())) {
			Set<String> missed = new TreeSet<>(label.themes().keySet());
			missed.removeAll(tags.keySet());
			Set<String> extra = new TreeSet<>(tags.keySet());
			extra.removeAll(label.themes().keySet());
			System.out.println("MISMATCH " + label.file() + " #" + label.item() + " missed=" + missed + " extra=" + extra
					+ "\n    " + TAGGER.tag(item.kind(), item.text()) + "\n    " + item.text());
		}
	}

	private static void report(String title, ThemeScores scores) throws IOException {
		String table = scores.table(title);
		System.out.println(table);
		Path out = Path.of("target", "theme-quality-" + title.toLowerCase().replace(' ', '-') + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
	}
}
