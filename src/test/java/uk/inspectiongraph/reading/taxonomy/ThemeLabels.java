package uk.inspectiongraph.reading.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.inspectiongraph.domain.Polarity;
import uk.inspectiongraph.reading.gazetteer.CsvRows;

/**
 * The hand labels of {@code theme-labels.csv}: for an improvement item of a dev-corpus document
 * (its path under ofsted-dev and its number in the item sequence), the themes an analyst saw in
 * it, each with its polarity, and whether the document is in the tuning set or held out.
 */
record ThemeLabels(List<Label> labels) {

	/** One labelled item. */
	record Label(String set, String file, int item, Map<String, Polarity> themes) {
	}

	static ThemeLabels load(String resource) throws IOException {
		try (InputStream in = ThemeLabels.class.getClassLoader().getResourceAsStream(resource);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			List<Label> labels = CsvRows.read(reader)
				.stream()
				.map(ThemeLabels::parse)
				.toList();
			return new ThemeLabels(labels);
		}
	}

	private static Label parse(Map<String, String> row) {
		Map<String, Polarity> themes = new LinkedHashMap<>();
		for (String tag : row.get("themes").split(";")) {
			if (!tag.isBlank()) {
				String[] parts = tag.split(":");
				themes.put(parts[0], Polarity.valueOf(parts[1]));
			}
		}
		return new Label(row.get("set"), row.get("file"), Integer.parseInt(row.get("item")), themes);
	}
}
