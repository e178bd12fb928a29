package uk.inspectiongraph.reading.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/** The five demo documents shipped in {@code graph-seed/documents} resolve to their authorities. */
class GazetteerSeedDocumentsTest {

	private final Gazetteer gazetteer = Gazetteer.loadDefault();

	@ParameterizedTest
	@CsvSource({ "2018-08-09-warwickshire-focused-visit-letter.txt, E10000031",
			"2018-03-22-worcestershire-scrutiny-panel-monitoring-visit-feedback.txt, E10000034",
			"2022-01-31-warrington-focused-visit-letter.txt, E06000007",
			"2022-04-12-warwickshire-cabinet-inspection-outcome-report.txt, E10000031",
			"2018-07-19-staffordshire-focused-visit-letter.txt, E10000028" })
	void resolvesEachSeedDocumentFromItsTextAlone(String file, String code) throws IOException {
		String text = Files.readString(Path.of("graph-seed/documents", file), StandardCharsets.UTF_8);

		AuthorityMention found = gazetteer.findIn(text, "document.txt").orElseThrow();

		assertThat(found.code()).isEqualTo(code);
		assertThat(gazetteer.resolve(found.span().of(text))).map(Authority::code).contains(code);
	}
}
