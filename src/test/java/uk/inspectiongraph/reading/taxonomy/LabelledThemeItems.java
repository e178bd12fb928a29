package uk.inspectiongraph.reading.taxonomy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.inspectiongraph.domain.Polarity;
import uk.inspectiongraph.reading.ExtractedFinding;
import uk.inspectiongraph.reading.SourceReader;

/**
 * Every hand-labelled improvement item of {@code theme-labels.csv}, of all sets, with what the
 * taxonomy's rules alone raise in it: the material of the grouped cross-validation and of the
 * filter's trainer. Read once per test run (the documents are PDFs of the dev corpus).
 */
final class LabelledThemeItems {

	/** One labelled item: its set, document, authority, labels and the rules' proposal. */
	record Item(String set, String file, String authority, Map<String, Polarity> labels,
			ThemeTagger.RuleTags rules) {
	}

	private static final ThemeTagger RULES = new ThemeTagger(Taxonomy.loadDefault(), ThemeFilter.none());

	private static List<Item> cached;

	private LabelledThemeItems() {
	}

	static synchronized List<Item> load(Path corpus) throws IOException {
		if (cached == null) {
			cached = read(corpus);
		}
		return cached;
	}

	private static List<Item> read(Path corpus) throws IOException {
		Map<String, List<ThemeLabels.Label>> byFile = ThemeLabels.load("theme-labels.csv").labels().stream()
			.collect(Collectors.groupingBy(ThemeLabels.Label::file, LinkedHashMap::new, Collectors.toList()));
		SourceReader reader = new SourceReader();
		List<Item> items = new ArrayList<>();
		for (Map.Entry<String, List<ThemeLabels.Label>> doc : byFile.entrySet()) {
			List<ExtractedFinding> findings = ThemeQualityEvaluationTest
				.items(reader.read(corpus.resolve(doc.getKey())).text());
			for (ThemeLabels.Label label : doc.getValue()) {
				ExtractedFinding finding = findings.get(label.item() - 1);
				items.add(new Item(label.set(), label.file(), authority(label.file()), label.themes(),
						RULES.ruleTags(finding.kind(), finding.text())));
			}
		}
		return List.copyOf(items);
	}

	/** The authority of a corpus path: its second segment ("inspections/80549_sandwell/…"). */
	static String authority(String file) {
		return file.split("/")[1];
	}
}
