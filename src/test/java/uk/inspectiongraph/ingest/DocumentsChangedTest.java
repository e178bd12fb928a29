package uk.inspectiongraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.client.RestClient;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.api.theme.ThemeCatalog;
import uk.inspectiongraph.api.theme.ThemeView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change of the documents is announced, whichever door it came through, and nothing else is:
 * so the theme catalog held in memory is read again after a reindex through the upload endpoint
 * just as after one through the GraphQL mutation.
 */
@EmbeddedGraphTest
@RecordApplicationEvents
class DocumentsChangedTest {

	private static final String CREDENTIALS = "editor:" + EmbeddedGraphTest.EDITOR_PASSWORD;

	private static final String LATE_THEME = "documents-changed-test-theme";

	@LocalServerPort
	int port;

	@Autowired
	IngestService ingest;

	@Autowired
	ThemeCatalog themes;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEvents events;

	@Test
	void writingAndDeletingAreAnnouncedAndWhatChangesNothingIsNot() throws IOException {
		byte[] copy = (new String(new ClassPathResource("graph-seed/documents/2018-08-09-warwickshire-focused-visit-letter.txt")
			.getContentAsByteArray(), StandardCharsets.UTF_8) + "\n\n").getBytes(StandardCharsets.UTF_8);

		DocumentOutcome written = ingest.ingest("warwickshire-copy.txt", copy);
		DocumentOutcome again = ingest.ingest("warwickshire-copy.txt", copy);
		DocumentOutcome failed = ingest.ingest("empty.pdf", new byte[0]);
		boolean deleted = ingest.delete(written.contentHash());
		boolean deletedAgain = ingest.delete(written.contentHash());

		assertThat(List.of(written.status(), again.status(), failed.status())).containsExactly(
				DocumentOutcome.Status.COPY, DocumentOutcome.Status.UNCHANGED, DocumentOutcome.Status.FAILED);
		assertThat(List.of(deleted, deletedAgain)).containsExactly(true, false);
		assertThat(events.stream(DocumentsChanged.class).map(DocumentsChanged::change))
			.containsExactly(DocumentsChanged.Change.INGESTED, DocumentsChanged.Change.DELETED);
	}

	@Test
	void theUploadEndpointsReindexRefreshesTheThemeCatalog() {
		assertReindexRefreshesTheThemeCatalog(() -> client().post().uri("/api/documents/reindex").retrieve().toBodilessEntity());
	}

	@Test
	void theMutationsReindexRefreshesTheThemeCatalog() {
		assertReindexRefreshesTheThemeCatalog(() -> client().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"query\": \"mutation { reindex { documentCount } }\"}")
			.retrieve()
			.toBodilessEntity());
	}

	private void assertReindexRefreshesTheThemeCatalog(Runnable reindex) {
		assertThat(slugs()).doesNotContain(LATE_THEME);
		neo4j.query("CREATE (:Theme {slug: $slug, name: $slug})").bindAll(Map.of("slug", LATE_THEME)).run();
		try {
			assertThat(slugs()).as("held in memory").doesNotContain(LATE_THEME);

			reindex.run();

			assertThat(slugs()).as("read again").contains(LATE_THEME);
		}
		finally {
			neo4j.query("MATCH (t:Theme {slug: $slug}) DETACH DELETE t").bindAll(Map.of("slug", LATE_THEME)).run();
			themes.refresh();
		}
	}

	private List<String> slugs() {
		return themes.all().stream().map(ThemeView::slug).toList();
	}

	private RestClient client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder().encodeToString(CREDENTIALS.getBytes(StandardCharsets.UTF_8)))
			.build();
	}
}
