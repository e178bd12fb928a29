package uk.inspectiongraph.authority;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the gazetteer file {@code authorities.csv}: a header row, then one authority per row.
 * Fields may be quoted with double quotes (a doubled quote inside stands for one); list fields
 * (aliases, successor and former codes) separate their items with {@code ;}.
 */
final class AuthorityCsv {

	static final List<String> COLUMNS = List.of("code", "name", "short_name", "type", "region", "ofsted_urn",
			"valid_from", "valid_to", "successor_codes", "former_codes", "aliases");

	private AuthorityCsv() {
	}

	static List<Authority> read(Reader reader) {
		try (BufferedReader lines = new BufferedReader(reader)) {
			String header = lines.readLine();
			if (header == null) {
				throw new IllegalArgumentException("The gazetteer file is empty");
			}
			Map<String, Integer> columns = columnsOf(splitRow(header.replace("\uFEFF", "")));
			List<Authority> authorities = new ArrayList<>();
			String line;
			while ((line = lines.readLine()) != null) {
				if (!line.isBlank()) {
					authorities.add(authorityOf(splitRow(line), columns));
				}
			}
			return authorities;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the gazetteer file", ex);
		}
	}

	private static Map<String, Integer> columnsOf(List<String> header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i).strip(), i);
		}
		for (String column : COLUMNS) {
			if (!columns.containsKey(column)) {
				throw new IllegalArgumentException("The gazetteer file has no column " + column);
			}
		}
		return columns;
	}

	private static Authority authorityOf(List<String> row, Map<String, Integer> columns) {
		Map<String, String> field = new HashMap<>();
		columns.forEach((column, index) -> field.put(column, index < row.size() ? row.get(index).strip() : ""));
		return new Authority(field.get("code"), field.get("name"), field.get("short_name"),
				AuthorityType.fromLabel(field.get("type")), Region.fromLabel(field.get("region")),
				blankToNull(field.get("ofsted_urn")), date(field.get("valid_from")), date(field.get("valid_to")),
				list(field.get("aliases")), list(field.get("successor_codes")), list(field.get("former_codes")));
	}

	/** Splits one CSV row into its fields, honouring double-quoted fields. */
	static List<String> splitRow(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
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

	private static List<String> list(String field) {
		return Arrays.stream(field.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	private static LocalDate date(String field) {
		return field.isEmpty() ? null : LocalDate.parse(field);
	}

	private static String blankToNull(String field) {
		return field.isEmpty() ? null : field;
	}
}
