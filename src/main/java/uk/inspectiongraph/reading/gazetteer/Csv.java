package uk.inspectiongraph.reading.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal RFC 4180 reading and writing, the project's one CSV reader (gazetteer, truth files,
 * labels): quoted fields, doubled quotes, commas and newlines inside quotes, a leading byte-order
 * mark ignored.
 */
public final class Csv {

	private Csv() {
	}

	/** The rows of {@code content} as maps from header name to cell (header names lower-cased). */
	public static List<Map<String, String>> read(String content) {
		List<List<String>> rows = rows(content.replace("\uFEFF", "").replace("\r\n", "\n"));
		List<Map<String, String>> maps = new ArrayList<>();
		if (rows.isEmpty()) {
			return maps;
		}
		List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() == 1 && row.get(0).isBlank()) {
				continue;
			}
			Map<String, String> map = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				map.put(header.get(i), i < row.size() ? row.get(i).strip() : "");
			}
			maps.add(map);
		}
		return maps;
	}

	private static List<List<String>> rows(String content) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

	/** One CSV line of {@code cells}, quoting where needed. */
	public static String line(List<String> cells) {
		StringBuilder out = new StringBuilder();
		for (String cell : cells) {
			if (out.length() > 0) {
				out.append(',');
			}
			String value = cell == null ? "" : cell;
			boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n");
			out.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
		}
		return out.toString();
	}
}
