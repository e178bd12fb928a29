package uk.inspectiongraph.reading.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the gazetteer file {@code authorities.csv} through {@link CsvRows}: a header row, then one
 * authority per row; list fields (aliases, successor and former codes) separate their items with
 * {@code ;}.
 */
final class AuthorityCsv {

	static final List<String> COLUMNS = List.of("code", "name", "short_name", "type", "region", "ofsted_urn",
			"valid_from", "valid_to", "successor_codes", "former_codes", "aliases");

	private AuthorityCsv() {
	}

	static List<Authority> read(Reader reader) {
		List<Map<String, String>> rows = rowsOf(reader);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("The gazetteer file is empty");
		}
		for (String column : COLUMNS) {
			if (!rows.get(0).containsKey(column)) {
				throw new IllegalArgumentException("The gazetteer file has no column " + column);
			}
		}
		return rows.stream().map(AuthorityCsv::authorityOf).toList();
	}

	private static List<Map<String, String>> rowsOf(Reader reader) {
		try (reader) {
			return CsvRows.read(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the gazetteer file", ex);
		}
	}

	private static Authority authorityOf(Map<String, String> field) {
		return new Authority(field.get("code"), field.get("name"), field.get("short_name"),
				AuthorityType.fromLabel(field.get("type")), Region.fromLabel(field.get("region")),
				blankToNull(field.get("ofsted_urn")), date(field.get("valid_from")), date(field.get("valid_to")),
				list(field.get("aliases")), list(field.get("successor_codes")), list(field.get("former_codes")));
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
