package uk.inspectiongraph.reading.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import uk.inspectiongraph.reading.ExtractedFinding;
import uk.inspectiongraph.reading.ReadingLimits;
import uk.inspectiongraph.reading.SourceReader;
import uk.inspectiongraph.reading.meaning.MiniLmEmbedder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures search by meaning against full-text search on the hand-labelled improvement items of
 * {@code theme-labels.csv} (dev corpus; skips when it is absent): each theme's description in the
 * taxonomy is the question; precision@10 and recall@50 over the labelled items of the ranking by
 * meaning (the application's model, cosine), by words (Lucene's BM25 over the same analyser family
 * as Neo4j's full-text index, the description's words OR-ed) and of both fused by reciprocal rank
 * as {@code semanticSearch} does; and for 20 labelled items whether their 5 nearest items in other
 * documents share a theme with them. Writes {@code target/semantic-quality.md}.
 */
class SemanticQualityEvaluationTest {

	private record Item(String id, String file, String text, Set<String> themes) {
	}

	@Test
	void meaningAgainstWordsOnTheLabelledItems() throws IOException, ParseException {
		Path corpus = Path.of(System.getProperty("inspectiongraph.dev-corpus", "../shared/corpus/ofsted-dev"));
		assumeTrue(Files.isDirectory(corpus), "dev corpus not found at " + corpus.toAbsolutePath());
		List<Item> items = items(corpus);
		MiniLmEmbedder embedder = MiniLmEmbedder.load();
		List<float[]> vectors = embedder.embed(items.stream().map(Item::text).toList());
		IndexSearcher words = fullText(items);
		StringBuilder table = new StringBuilder("| theme | labelled | P@10 meaning | P@10 words | P@10 fused | R@50 meaning | R@50 words | R@50 fused |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
		double[] sums = new double[6];
		int themes = 0;
		for (Theme theme : Taxonomy.loadDefault().taggable()) {
			Set<Integer> relevant = IntStream.range(0, items.size()).filter(i -> items.get(i).themes().contains(theme.slug()))
				.boxed().collect(Collectors.toSet());
			if (relevant.isEmpty()) {
				continue;
			}
			List<Integer> meaning = byMeaning(embedder.embed(theme.description()), vectors);
			List<Integer> byWords = byWords(words, theme.description());
			List<Integer> fused = fused(meaning.subList(0, Math.min(100, meaning.size())),
					byWords.subList(0, Math.min(100, byWords.size())));
			double[] row = { precision(meaning, relevant), precision(byWords, relevant), precision(fused, relevant),
					recall(meaning, relevant), recall(byWords, relevant), recall(fused, relevant) };
			table.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", theme.slug(),
					relevant.size(), row[0], row[1], row[2], row[3], row[4], row[5]));
			IntStream.range(0, 6).forEach(i -> sums[i] += row[i]);
			themes++;
		}
		final int count = themes;
		table.append(String.format(Locale.ROOT, "| **mean of %d themes** | | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", count,
				sums[0] / count, sums[1] / count, sums[2] / count, sums[3] / count, sums[4] / count, sums[5] / count));
		table.append("\n").append(similarCheck(items, vectors));
		System.out.println(table);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "semantic-quality.md"), table);
		assertThat(sums[3]).isPositive();
	}

	/** 20 labelled items spread over the list: does any of their 5 nearest items elsewhere share a theme? */
	private static String similarCheck(List<Item> items, List<float[]> vectors) {
		List<Integer> chosen = IntStream.range(0, items.size()).filter(i -> !items.get(i).themes().isEmpty()).boxed().toList();
		int step = Math.max(1, chosen.size() / 20);
		int hits = 0;
		int asked = 0;
		StringBuilder lines = new StringBuilder();
		for (int k = 0; k < chosen.size() && asked < 20; k += step, asked++) {
			Item item = items.get(chosen.get(k));
			List<Integer> nearest = byMeaning(vectors.get(chosen.get(k)), vectors).stream()
				.filter(i -> !items.get(i).file().equals(item.file())).limit(5).toList();
			long sharing = nearest.stream().filter(i -> items.get(i).themes().stream().anyMatch(item.themes()::contains)).count();
			hits += sharing > 0 ? 1 : 0;
			lines.append(String.format(Locale.ROOT, "- %s %s: %d of 5 share a theme%n", item.id(), item.themes(), sharing));
		}
		return "Similar: " + hits + " of " + asked + " labelled items have an item sharing a theme among their 5 nearest in other documents\n\n" + lines;
	}

	private static List<Item> items(Path corpus) throws IOException {
		Map<String, List<ThemeLabels.Label>> byFile = ThemeLabels.load("theme-labels.csv").labels().stream()
			.collect(Collectors.groupingBy(ThemeLabels.Label::file, LinkedHashMap::new, Collectors.toList()));
		ReadingLimits limits = ReadingLimits.defaults();
		// the product's limits but for time: a busy machine may take longer than 30 s over a PDF
		SourceReader reader = new SourceReader(new ReadingLimits(limits.maxPages(), limits.maxCharacters(),
				limits.maxPageCharacters(), limits.maxOperators(), limits.maxStreamBytes(), Duration.ofMinutes(10),
				limits.maxMemoryBytes(), limits.maxFileBytes()));
		List<Item> items = new ArrayList<>();
		for (Map.Entry<String, List<ThemeLabels.Label>> doc : byFile.entrySet()) {
			List<ExtractedFinding> found = ThemeQualityEvaluationTest.items(reader.read(corpus.resolve(doc.getKey())).text());
			for (ThemeLabels.Label label : doc.getValue()) {
				items.add(new Item(doc.getKey() + "#" + label.item(), doc.getKey(), found.get(label.item() - 1).text(),
						new HashSet<>(label.themes().keySet())));
			}
		}
		return items;
	}

	private static List<Integer> byMeaning(float[] question, List<float[]> vectors) {
		double[] scores = vectors.stream().mapToDouble(vector -> dot(question, vector)).toArray();
		return IntStream.range(0, vectors.size()).boxed()
			.sorted((a, b) -> Double.compare(scores[b], scores[a])).toList();
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static IndexSearcher fullText(List<Item> items) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (int i = 0; i < items.size(); i++) {
				Document document = new Document();
				document.add(new StoredField("index", i));
				document.add(new TextField("text", items.get(i).text(), Field.Store.NO));
				writer.addDocument(document);
			}
		}
		return new IndexSearcher(DirectoryReader.open(directory));
	}

	private static List<Integer> byWords(IndexSearcher searcher, String question) throws IOException, ParseException {
		QueryParser parser = new QueryParser("text", new StandardAnalyzer());
		List<Integer> ranked = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(parser.parse(QueryParser.escape(question.toLowerCase(Locale.ROOT))), 1000).scoreDocs) {
			ranked.add(searcher.storedFields().document(hit.doc).getField("index").numericValue().intValue());
		}
		return ranked;
	}

	private static List<Integer> fused(List<Integer> meaning, List<Integer> words) {
		Map<Integer, Double> scores = new LinkedHashMap<>();
		for (List<Integer> ranking : List.of(meaning, words)) {
			for (int i = 0; i < ranking.size(); i++) {
				scores.merge(ranking.get(i), 1.0 / (60 + i + 1), Double::sum);
			}
		}
		return scores.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
			.map(Map.Entry::getKey).toList();
	}

	private static double precision(List<Integer> ranked, Set<Integer> relevant) {
		return ranked.stream().limit(10).filter(relevant::contains).count() / 10.0;
	}

	private static double recall(List<Integer> ranked, Set<Integer> relevant) {
		return ranked.stream().limit(50).filter(relevant::contains).count() / (double) relevant.size();
	}
}
