package uk.inspectiongraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import uk.inspectiongraph.ingest.IngestService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JTAI letter (made-up text about Barnsley, {@code joint/barnsley-jtai-letter.txt}) ingested through the one door and read back: the
 * event's deep dive and its themes, the inspectorates, signatories with their inspectorate and
 * addressees with their agency, all batched; and an analytic's event-kind filter that includes or
 * leaves out JTAI events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "inspection-graph.embedded.bolt-port=0",
				"inspection-graph.embedded.data-directory=target/test-neo4j/${random.uuid}",
				"inspection-graph.seed.enabled=false", "inspection-graph.security.editor-password=joint-secret",
				"server.address=127.0.0.1" })
class JointInspectionApiTest {

	private static final String EVENTS = """
			{ authority(name: "Barnsley") { events {
			    kind startDate endDate focus
			    deepDive { slug name themes { slug } }
			    inspectorates { code name }
			    signatories { person { name } title inspectorate { code } relation }
			    addressees { person { name } title organisation agency relation }
			    findings { kind }
			} } }""";

	private static final String RECURRING = """
			query($kinds: [EventKind!]) {
			  recurringThemes(minAuthorities: 1, polarity: null, where: { authorities: ["Barnsley"], eventKinds: $kinds }) {
			    theme { slug }
			  }
			}""";

	private static boolean ingested;

	@LocalServerPort
	int port;

	@Autowired
	IngestService ingest;

	GraphQlHttp graphql;

	@BeforeEach
	void ingestTheLetterOnce() {
		graphql = new GraphQlHttp(port);
		synchronized (JointInspectionApiTest.class) {
			if (!ingested) {
				ingest.ingest("barnsley-jtai-letter.txt", letter());
				ingested = true;
			}
		}
	}

	@Test
	void theJtaiEventHasItsDeepDiveInspectoratesSignatoriesAndAddressees() {
		JsonNode body = graphql.send(EVENTS, null, Map.of()).body();
		assertThat(body.has("errors")).as(body.toString()).isFalse();
		JsonNode event = body.path("data").path("authority").path("events").get(0);

		assertThat(event.path("kind").asString()).isEqualTo("JTAI");
		assertThat(event.path("startDate").asString()).isEqualTo("2023-04-17");
		assertThat(event.path("endDate").asString()).isEqualTo("2023-04-21");
		assertThat(event.path("focus").asString()).isEqualTo("Serious youth violence");
		assertThat(event.path("deepDive").path("slug").asString()).isEqualTo("SERIOUS_YOUTH_VIOLENCE");
		assertThat(texts(event.path("deepDive").path("themes"), "slug"))
			.containsExactly("exploitation-missing", "youth-justice");
		assertThat(texts(event.path("inspectorates"), "code")).containsExactly("OFSTED", "CQC", "HMICFRS");
		assertThat(event.path("signatories").valueStream()
			.map(s -> s.path("person").path("name").asString() + "/" + s.path("inspectorate").path("code").asString()
					+ "/" + s.path("relation").asString())
			.toList()).containsExactly("Ria Lamb/OFSTED/SIGNATORY", "Tom Carr/CQC/SIGNATORY",
					"Una Price/HMICFRS/SIGNATORY");
		assertThat(event.path("addressees").valueStream()
			.map(a -> a.path("person").path("name").asString() + "/" + a.path("agency").asString() + "/"
					+ a.path("organisation").asString())
			.toList()).containsExactly("Pat Example/LOCAL_AUTHORITY/Barnsley Metropolitan Borough Council",
					"Sam Sample/POLICE/South Yorkshire Police",
					"Lee Other/SAFEGUARDING_PARTNERSHIP/Barnsley Safeguarding Children Partnership");
		assertThat(texts(event.path("findings"), "kind")).contains("AREA_FOR_IMPROVEMENT", "STRENGTH");
	}

	@Test
	void anAnalyticsEventKindFilterIncludesOrLeavesOutJtaiEvents() {
		JsonNode withJtai = graphql.send(RECURRING, null, Map.of("kinds", List.of("JTAI"))).body();
		JsonNode withoutJtai = graphql.send(RECURRING, null, Map.of("kinds", List.of("FOCUSED_VISIT"))).body();

		assertThat(withJtai.path("data").path("recurringThemes").size()).as(withJtai.toString()).isPositive();
		assertThat(withoutJtai.path("data").path("recurringThemes").size()).as(withoutJtai.toString()).isZero();
	}

	@Test
	void theDocumentedExamplesAnswer() {
		JsonNode events = graphql.post("joint-inspections", "JointInspections", Map.of("name", "Barnsley"));
		JsonNode themes = graphql.post("joint-inspections", "JointInspectionThemes", Map.of());

		assertThat(events.toString()).contains("\"SERIOUS_YOUTH_VIOLENCE\"", "\"HMICFRS\"", "\"Una Price\"");
		assertThat(themes.toString()).contains("\"authorityCount\":1");
	}

	/** A made-up JTAI letter about Barnsley (test resource), as the bytes of a text file. */
	static byte[] letter() {
		try (var in = JointInspectionApiTest.class.getResourceAsStream("/joint/barnsley-jtai-letter.txt")) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<String> texts(JsonNode array, String field) {
		return array.valueStream().map(n -> n.path(field).asString()).toList();
	}
}
