package uk.inspectiongraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

import uk.inspectiongraph.graph.schema.ReferenceDataLoader;
import uk.inspectiongraph.ingest.IngestService;

/**
 * An area SEND report read and written through the one door ({@link IngestService}), then asked
 * for through {@code /graphql} with {@code docs/queries/area-send.graphql}: the event with its
 * previous inspection, the outcome on its own scale and the partnership, with exact answers. The
 * reference data (with the SEND themes) is loaded first, as at start-up, and the seed-graph fixture
 * is restored after each test.
 */
class AreaSendApiTest extends ApiTest {

	@Autowired
	IngestService ingest;

	@Autowired
	List<ReferenceDataLoader> referenceData;

	/** The fixture holds the themes of its day; the application's start-up loads the whole taxonomy, SEND themes too. */
	@BeforeEach
	void ingestAnAreaSendReport() throws IOException {
		referenceData.forEach(ReferenceDataLoader::load);
		byte[] bytes = new ClassPathResource("fixtures/area-send-staffordshire.txt").getContentAsByteArray();
		assertThat(ingest.ingest("area-send-staffordshire.txt", bytes).status().name()).isEqualTo("INGESTED");
	}

	@AfterEach
	void restoreTheFixture() {
		reloadFixture();
	}

	@Test
	void theEventHasItsPreviousInspectionOutcomeAndPartnership() {
		JsonNode events = graphql.post("area-send", "AreaSendInspections", Map.of("authority", "Staffordshire"))
			.at("/data/authority/events");
		JsonNode send = events.valueStream().filter(e -> "AREA_SEND".equals(e.get("kind").asString())).findFirst()
			.orElseThrow();

		assertThat(send.get("key").asString()).isEqualTo("E10000028|AREA_SEND|2024-03");
		assertThat(send.get("startDate").asString()).isEqualTo("2024-03-04");
		assertThat(send.get("endDate").asString()).isEqualTo("2024-03-08");
		assertThat(send.get("previousStartDate").asString()).isEqualTo("2018-05-14");
		assertThat(send.get("previousEndDate").asString()).isEqualTo("2018-05-18");
		assertThat(send.at("/outcome/scale").asString()).isEqualTo("AREA_SEND");
		assertThat(send.at("/outcome/value").asString()).isEqualTo("WIDESPREAD_SYSTEMIC_FAILINGS");
		assertThat(send.at("/outcome/score").asInt()).isEqualTo(3);
		assertThat(send.at("/outcome/monitoring").asBoolean()).isFalse();
		assertThat(send.at("/outcome/wording").asString()).startsWith("There are widespread and/or systemic failings")
			.endsWith("must address urgently.");
		assertThat(send.at("/partnership/council").asString()).isEqualTo("Staffordshire County Council");
		assertThat(send.at("/partnership/authorityCode").asString()).isEqualTo("E10000028");
		assertThat(send.at("/partnership/healthBody").asString())
			.isEqualTo("NHS Staffordshire and Stoke-on-Trent Integrated Care Board");
		assertThat(send.at("/partnership/healthBodyKey").asString()).isEqualTo("staffordshire and stoke on trent icb");
		assertThat(send.get("findings").valueStream().map(f -> f.get("kind").asString()))
			.contains("PRIORITY_ACTION", "AREA_FOR_IMPROVEMENT");
		assertThat(send.get("findings").valueStream().flatMap(f -> f.get("themes").valueStream())
			.map(t -> t.at("/theme/slug").asString())).contains("ehc-plans", "health-waiting-times");
	}

	@Test
	void otherEventsHaveNoOutcomeOrPartnership() {
		JsonNode events = graphql.post("area-send", "AreaSendInspections", Map.of("authority", "Staffordshire"))
			.at("/data/authority/events");

		events.valueStream().filter(e -> !"AREA_SEND".equals(e.get("kind").asString())).forEach(e -> {
			assertThat(e.get("outcome").isNull()).isTrue();
			assertThat(e.get("partnership").isNull()).isTrue();
			assertThat(e.get("previousStartDate").isNull()).isTrue();
		});
	}
}
