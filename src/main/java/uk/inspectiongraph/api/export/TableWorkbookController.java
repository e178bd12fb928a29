package uk.inspectiongraph.api.export;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /export/table.xlsx}: any dashboard table as an Excel workbook. The page posts the
 * rows it shows (form field {@code table}, a {@link TableExport} as JSON) and gets them back as a
 * download: the least code that stays correct, since the rows are exactly the ones on screen and
 * no view's query is repeated. It reads nothing and changes nothing; like every {@code POST} it is
 * refused from another site's pages.
 */
@RestController
class TableWorkbookController {

	static final int MAX_ROWS = 50_000;

	static final int MAX_COLUMNS = 300;

	private final JsonMapper json;

	TableWorkbookController(JsonMapper json) {
		this.json = json;
	}

	@PostMapping("/export/table.xlsx")
	void table(@RequestParam("table") String body, HttpServletResponse response) throws IOException {
		TableExport table = parse(body);
		List<String> headings = table.columns().stream().map(TableExport.Column::label).toList();
		try (Workbook workbook = new Workbook(table.title(), headings, headings.stream().map(h -> Math.max(10, h.length() + 4)).toList())) {
			for (List<JsonNode> row : table.rows()) {
				Workbook.Line line = workbook.row();
				for (int i = 0; i < table.columns().size(); i++) {
					cell(line, table.columns().get(i).type(), i < row.size() ? row.get(i) : null);
				}
			}
			Downloads.attachment(response, table.file(), "table");
			workbook.write(response.getOutputStream());
		}
	}

	private TableExport parse(String body) {
		TableExport table;
		try {
			table = json.readValue(body, TableExport.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The table is not the JSON the dashboard sends: " + ex.getOriginalMessage());
		}
		if (table.columns() == null || table.columns().isEmpty() || table.rows() == null) {
			throw new IllegalArgumentException("The table needs columns and rows.");
		}
		if (table.rows().size() > MAX_ROWS || table.columns().size() > MAX_COLUMNS) {
			throw new IllegalArgumentException("The table is larger than " + MAX_ROWS + " rows or " + MAX_COLUMNS
					+ " columns: export the findings with GET /export/findings.xlsx instead.");
		}
		return table;
	}

	/** Writes one value as its column's type says, or as text when it is not of that type. */
	static void cell(Workbook.Line line, String type, JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode() || value.asString("").isEmpty() && !value.isNumber()) {
			line.text(null);
			return;
		}
		String text = value.isNumber() ? value.numberValue().toString() : value.asString("");
		switch (type == null ? "text" : type.toLowerCase(Locale.ROOT)) {
			case "number" -> number(line, value, text.strip());
			case "percent" -> {
				if (value.isNumber()) {
					line.percent(value.numberValue());
				}
				else {
					number(line, value, text.strip());
				}
			}
			case "date" -> date(line, text.strip());
			default -> line.text(text);
		}
	}

	private static void number(Workbook.Line line, JsonNode value, String text) {
		if (value.isNumber()) {
			line.number(value.numberValue());
		}
		else if (text.matches("-?\\d+(\\.\\d+)?%")) {
			line.percent(Double.parseDouble(text.substring(0, text.length() - 1)) / 100);
		}
		else if (text.matches("-?\\d+(\\.\\d+)?")) {
			line.number(Double.parseDouble(text));
		}
		else {
			line.text(text);
		}
	}

	private static void date(Workbook.Line line, String text) {
		try {
			line.date(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			line.text(text);
		}
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail refused(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}
}
