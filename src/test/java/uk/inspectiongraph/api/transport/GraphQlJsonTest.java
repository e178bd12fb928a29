package uk.inspectiongraph.api.transport;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming writer of GraphQL answers gives byte for byte what Jackson's data binding gives
 * for the same answer.
 */
class GraphQlJsonTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private final GraphQlJson writer = new GraphQlJson(json);

	@Test
	void writesAnAnswerAsJacksonWouldWriteIt() {
		Map<String, Object> theme = new LinkedHashMap<>();
		theme.put("slug", "caseloads");
		theme.put("name", "Caseloads \"too high\" \u2013 social workers\n");
		theme.put("parent", null);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("theme", theme);
		row.put("authorityCount", 4);
		row.put("years", List.of(2018, 2021));
		row.put("findingCount", 12_345_678_901L);
		row.put("lift", 1.75);
		row.put("recurred", true);
		row.put("evidence", new ArrayList<>(Arrays.asList("Ofsted's \\ evidence", null)));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("data", Map.of("recurringThemes", List.of(row, Map.of())));
		answer.put("errors", List.of(Map.of("message", "Unknown <theme>", "locations", List.of(Map.of("line", 1)))));

		assertThat(written(answer)).isEqualTo(json.writeValueAsString(answer));
	}

	@Test
	void valuesOutsideTheGraphQlShapesGoToTheMapper() {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("amount", new BigDecimal("12.50"));
		answer.put("date", LocalDate.of(2021, 3, 4));
		answer.put("ratio", 0.5f);

		assertThat(written(answer)).isEqualTo(json.writeValueAsString(answer))
			.contains("\"amount\":12.50");
	}

	@Test
	void leavesTheResponseStreamOpenForTheServerToFinish() {
		AtomicBoolean closed = new AtomicBoolean();
		ByteArrayOutputStream out = new ByteArrayOutputStream() {
			@Override
			public void close() {
				closed.set(true);
			}
		};
		writer.write(Map.of("data", Map.of("graphStats", Map.of("nodeCount", 7))), out);

		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"data\":{\"graphStats\":{\"nodeCount\":7}}}");
		assertThat(closed).isFalse();
	}

	private String written(Map<String, Object> answer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(answer, out);
		return out.toString(StandardCharsets.UTF_8);
	}
}
