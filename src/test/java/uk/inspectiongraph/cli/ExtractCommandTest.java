package uk.inspectiongraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import uk.inspectiongraph.hostile.HostileInput;
import uk.inspectiongraph.hostile.HostileInputs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code extract} over a decompression bomb beside a real letter: one line of error for the bomb,
 * the letter still read, no stack trace, and a non-zero exit.
 */
class ExtractCommandTest {

	@Test
	void aBombGetsOneLineOfErrorTheOtherFilesAreReadAndTheExitIsNonZero(@TempDir Path directory) throws IOException {
		HostileInput bomb = HostileInputs.all().stream().filter(input -> input.kind().startsWith("large bomb")).findFirst()
			.orElseThrow();
		Files.write(directory.resolve("a-bomb.pdf"), bomb.bytes().get());
		String letter = "2018-08-09-warwickshire-focused-visit-letter.txt";
		Files.write(directory.resolve("b-" + letter), new ClassPathResource("graph-seed/documents/" + letter)
			.getContentAsByteArray());
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int status = new ExtractCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).extract(List.of(directory));

		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(status).isEqualTo(1);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).contains("a-bomb.pdf")
			.contains("too large: a compressed stream inflates to over 64 MB (inspection-graph.reading.max-stream-size)");
		assertThat(lines.get(1)).contains("\"kind\":\"FOCUSED_VISIT_LETTER\"").contains("\"error\":null");
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void anAreaSendReportPrintsItsPreviousInspectionOutcomeAndPartnership(@TempDir Path directory) throws IOException {
		Files.write(directory.resolve("send.txt"), new ClassPathResource("fixtures/area-send-staffordshire.txt")
			.getContentAsByteArray());
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int status = new ExtractCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).extract(List.of(directory));

		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"kind\":\"AREA_SEND_REPORT\"")
			.contains("\"previousInspection\":{\"startDate\":\"2018-05-14\",\"endDate\":\"2018-05-18\"}")
			.contains("\"outcome\":{\"value\":\"WIDESPREAD_SYSTEMIC_FAILINGS\"")
			.contains("\"partnership\":{\"council\":\"Staffordshire County Council\"");
	}
}
