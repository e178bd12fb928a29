package uk.inspectiongraph.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.inspectiongraph.extraction.Polarity;

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
		try (InputStream in = ThemeLabels.class.getClassLoader().getResourceAsStream(resource)) {
			String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<Label> labels = new ArrayList<>();
			String[] lines = csv.split("\n");
			for (int i = 1; i < lines.length; i++) {
				if (!lines[i].isBlank()) {
					labels.add(parse(fields(lines[i])));
				}
			}
			return new ThemeLabels(labels);
		}
	}

	private static Label parse(List<String> f) {
		Map<String, Polarity> themes = new LinkedHashMap<>();
		for (String tag : f.get(3).split(";")) {
			if (!tag.isBlank()) {
				String[] parts = tag.split(":");
				themes.put(parts[0], Polarity.valueOf(parts[1]));
			}
		}
		return new Label(f.get(0), f.get(1), Integer.parseInt(f.get(2)), themes);
	}

	/** Splits one CSV line, honouring double-quoted fields. */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else {
					quoted = !quoted;
				}
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}
