package uk.inspectiongraph.reading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.inspectiongraph.domain.JudgementArea;

class EvaluatorTest {

	@TempDir
	Path dir;

	@Test
	void scoresEachFieldAndListsDisagreements() throws Exception {
		Files.writeString(dir.resolve("letter.txt"), """
				enquiries@ofsted.gov.uk

				4 March 2019

				Pat Example
				Director of Children's Services

				Dear Pat

				Focused visit to Exampleshire children's services

				This letter summarises the findings of a focused visit on 5 and 6 February 2019. The inspectors
				were Robin Sample and Alex Placeholder, Her Majesty's Inspectors.
				""");
		Files.writeString(dir.resolve("truth.csv"), String.join(",", TruthFile.COLUMNS) + "\n"
				+ "letter.txt,FOCUSED_VISIT_LETTER,,2019-02-05,2019-02-07,2019-03-04,Robin Sample,"
				+ "Robin Sample;Alex Placeholder;Kim Missing,,,,,,,,,Pat Example,Director of Children’s Services\n");

		EvaluationReport report = new Evaluator().evaluate(dir, dir.resolve("truth.csv"));

		assertThat(report.score("start").rate()).isEqualTo(1.0);
		assertThat(report.score("end").rate()).isEqualTo(0.0);
		assertThat(report.score("recipient_role").rate()).isEqualTo(1.0);
		assertThat(report.score("inspectors recall")).isEqualTo(new EvaluationReport.FieldScore("inspectors recall", 3, 2));
		assertThat(report.score("inspectors precision").rate()).isEqualTo(1.0);
		assertThat(report.disagreements()).extracting(EvaluationReport.Disagreement::field)
			.containsExactly("end", "inspectors");
		assertThat(report.toMarkdown()).contains("| end | 0 | 1 | 0.0% |").contains("letter.txt: end expected [2019-02-07]");
	}

	@Test
	void readsTheScraperShapeKeepingOnlyItsFilledCells() throws Exception {
		Path csv = dir.resolve("inspections.csv");
		Files.writeString(csv, "urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,"
				+ "inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,"
				+ "impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version\n"
				+ "1,exampleshire,http://x,report - 1 may 2019.pdf,01/05/19,short,Robin Sample,04/03/2019,08/03/2019,"
				+ "good,requires improvement,data_unreadable,good,inspection_pre_dates_judgement,1\n");

		TruthFile.Truth truth = TruthFile.read(csv).get(0);

		assertThat(truth.complete()).isFalse();
		FactRow row = truth.row();
		assertThat(row.file()).isEqualTo("inspections/1_exampleshire/report - 1 may 2019.pdf");
		assertThat(row.framework()).isEqualTo("ILACS_SHORT");
		assertThat(row.start()).isEqualTo("2019-03-04");
		assertThat(row.grades()).isEqualTo(Map.of(JudgementArea.OVERALL_EFFECTIVENESS, "GOOD",
				JudgementArea.IMPACT_OF_LEADERS, "REQUIRES_IMPROVEMENT", JudgementArea.CHILDREN_IN_CARE, "GOOD"));
		assertThat(row.inspectors()).isNull();
	}

	@Test
	void writesRowsItCanReadBack() throws Exception {
		FactRow row = new FactRow("a, b.pdf", "INSPECTION_REPORT", "SIF", "2014-06-02", "2014-06-25", "2014-08-08",
				"Robin Sample", List.of(), Map.of(JudgementArea.LSCB, "GOOD"), null, null);
		Path csv = dir.resolve("t.csv");
		Files.writeString(csv, String.join(",", TruthFile.COLUMNS) + "\n" + TruthFile.line(row) + "\n");
		FactRow back = TruthFile.read(csv).get(0).row();
		assertThat(back.file()).isEqualTo("a, b.pdf");
		assertThat(back.grades()).isEqualTo(Map.of(JudgementArea.LSCB, "GOOD"));
		assertThat(back.inspectors()).isNull();
	}
}
