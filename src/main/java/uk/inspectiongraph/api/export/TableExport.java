package uk.inspectiongraph.api.export;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A dashboard table as the page posts it to be made a workbook: what the reader sees, with each
 * column's type so that counts land as numbers and dates as dates.
 *
 * @param title the table's caption (the sheet's name)
 * @param file the file name without extension
 * @param columns the columns, left to right
 * @param rows the rows, each a list of cell values (text, numbers or null) in column order
 */
public record TableExport(String title, String file, List<Column> columns, List<List<JsonNode>> rows) {

	/**
	 * A column: its heading and type: {@code text}, {@code number}, {@code percent} (a share, or text
	 * such as "45%") or {@code date} (ISO dates; anything else stays text).
	 *
	 * @param label the heading
	 * @param type how its cells are written
	 */
	public record Column(String label, String type) {
	}
}
