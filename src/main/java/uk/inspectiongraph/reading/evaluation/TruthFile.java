package uk.inspectiongraph.reading.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;

import uk.inspectiongraph.domain.JudgementArea;
import uk.inspectiongraph.reading.gazetteer.CsvRows;

/**
 * Reads truth for evaluation from a CSV in one of two shapes: the project's own truth file (a
 * {@code file} column relative to the documents folder, every fact stated, blank meaning the
 * document states none: {@link #COLUMNS}), or the scraper's {@code inspections.csv} (one row per
 * inspection report, blanks and flags such as {@code data_unreadable} meaning "unknown", so only
 * its filled cells are compared). Also writes rows in the project's shape.
 */
public final class TruthFile {

	/** The columns of the project's truth file. */
	public static final List<String> COLUMNS = List.of("file", "kind", "framework", "start", "end", "document_date",
			"lead", "inspectors", "overall", "leaders", "help_protection", "in_care_and_leavers", "in_care",
			"care_leavers", "adoption", "lscb", "recipient_name", "recipient_role");

	private static final Map<String, JudgementArea> GRADE_COLUMNS = gradeColumns();

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private TruthFile() {
	}

	/** A truth row and whether blanks in it mean "not stated" (complete) or "unknown". */
	public record Truth(FactRow row, boolean complete) {
	}

	/** Reads the truth rows of {@code csv}, recognising its shape by its header. */
	public static List<Truth> read(Path csv) throws IOException {
		List<Map<String, String>> rows;
		try (Reader reader = Files.newBufferedReader(csv)) {
			rows = CsvRows.read(reader);
		}
		List<Truth> truths = new ArrayList<>();
		for (Map<String, String> row : rows) {
			truths.add(row.containsKey("file") ? new Truth(own(row), true) : new Truth(scraped(row), false));
		}
		return truths;
	}

	/** One line of the project's truth file for {@code row}. */
	public static String line(FactRow row) {
		List<String> cells = new ArrayList<>(List.of(row.file(), nz(row.kind()), nz(row.framework()), nz(row.start()),
				nz(row.end()), nz(row.documentDate()), nz(row.lead()),
				row.inspectors() == null ? "" : String.join(";", row.inspectors())));
		for (JudgementArea area : GRADE_COLUMNS.values()) {
			cells.add(nz(row.grades().get(area)));
		}
		cells.add(nz(row.recipientName()));
		cells.add(nz(row.recipientRole()));
		return CSVFormat.DEFAULT.format(cells.toArray());
	}

	private static FactRow own(Map<String, String> row) {
		Map<JudgementArea, String> grades = new EnumMap<>(JudgementArea.class);
		GRADE_COLUMNS.forEach((column, area) -> {
			String grade = blank(row.get(column));
			if (grade != null) {
				grades.put(area, grade.toUpperCase(Locale.ROOT));
			}
		});
		String inspectors = blank(row.get("inspectors"));
		return new FactRow(row.get("file"), blank(row.get("kind")), blank(row.get("framework")), blank(row.get("start")),
				blank(row.get("end")), blank(row.get("document_date")), blank(row.get("lead")),
				inspectors == null ? null : Arrays.asList(inspectors.split("\\s*;\\s*")), grades,
				blank(row.get("recipient_name")), blank(row.get("recipient_role")));
	}

	private static FactRow scraped(Map<String, String> row) {
		String file = "inspections/" + row.get("urn") + "_" + row.get("local_authority") + "/" + row.get("pdf_filename");
		String framework = switch (row.getOrDefault("inspection_framework", "")) {
			case "standard" -> "ILACS_STANDARD";
			case "short" -> "ILACS_SHORT";
			default -> null;
		};
		Map<JudgementArea, String> grades = new EnumMap<>(JudgementArea.class);
		putGrade(grades, JudgementArea.OVERALL_EFFECTIVENESS, row.get("overall_effectiveness_grade"));
		putGrade(grades, JudgementArea.IMPACT_OF_LEADERS, row.get("impact_of_leaders_grade"));
		putGrade(grades, JudgementArea.HELP_AND_PROTECTION, row.get("help_and_protection_grade"));
		putGrade(grades, JudgementArea.CHILDREN_IN_CARE, row.get("in_care_grade"));
		putGrade(grades, JudgementArea.CARE_LEAVERS, row.get("care_leavers_grade"));
		return new FactRow(file, "INSPECTION_REPORT", framework, date(row.get("inspection_start_date")),
				date(row.get("inspection_end_date")), null, scrapedValue(row.get("inspector_name")), null, grades, null,
				null);
	}

	private static void putGrade(Map<JudgementArea, String> grades, JudgementArea area, String value) {
		String grade = scrapedValue(value);
		if (grade != null && grade.matches("(?i)outstanding|good|requires improvement|inadequate")) {
			grades.put(area, grade.toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
	}

	private static String date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip(), DMY).toString();
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static String scrapedValue(String value) {
		String v = blank(value);
		return v == null || v.contains("_") ? null : v;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

	private static Map<String, JudgementArea> gradeColumns() {
		Map<String, JudgementArea> columns = new LinkedHashMap<>();
		columns.put("overall", JudgementArea.OVERALL_EFFECTIVENESS);
		columns.put("leaders", JudgementArea.IMPACT_OF_LEADERS);
		columns.put("help_protection", JudgementArea.HELP_AND_PROTECTION);
		columns.put("in_care_and_leavers", JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS);
		columns.put("in_care", JudgementArea.CHILDREN_IN_CARE);
		columns.put("care_leavers", JudgementArea.CARE_LEAVERS);
		columns.put("adoption", JudgementArea.ADOPTION);
		columns.put("lscb", JudgementArea.LSCB);
		return columns;
	}
}
