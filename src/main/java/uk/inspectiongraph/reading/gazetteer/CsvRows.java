package uk.inspectiongraph.reading.gazetteer;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The project's CSV files (the gazetteer, truth files, hand labels) as rows of named cells, parsed
 * by Commons CSV: quoted cells with doubled quotes, commas and newlines inside them, and leniency
 * towards hand-edited files (blanks around cells and blank lines ignored, a leading byte-order mark
 * skipped, a cell a short row lacks read as empty), so that a column is found by its lower-cased
 * name wherever it stands.
 */
public final class CsvRows {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setIgnoreSurroundingSpaces(true)
		.setTrailingData(true)
		.setLenientEof(true)
		.get();

	private CsvRows() {
	}

	/** The rows after the header, each a map from header name (lower-cased) to stripped cell. */
	public static List<Map<String, String>> read(Reader reader) throws IOException {
		try (CSVParser parser = FORMAT.parse(withoutByteOrderMark(reader))) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				return List.of();
			}
			List<String> header = records.next().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
			List<Map<String, String>> rows = new ArrayList<>();
			records.forEachRemaining(record -> {
				if (!isBlank(record)) {
					rows.add(row(header, record));
				}
			});
			return rows;
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static Reader withoutByteOrderMark(Reader reader) throws IOException {
		PushbackReader pushback = new PushbackReader(reader);
		int first = pushback.read();
		if (first != -1 && first != BYTE_ORDER_MARK) {
			pushback.unread(first);
		}
		return pushback;
	}

	private static boolean isBlank(CSVRecord record) {
		return record.size() == 1 && record.get(0).isBlank();
	}

	private static Map<String, String> row(List<String> header, CSVRecord record) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			row.put(header.get(i), i < record.size() ? record.get(i).strip() : "");
		}
		return row;
	}
}
