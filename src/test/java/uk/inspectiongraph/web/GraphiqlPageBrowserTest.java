package uk.inspectiongraph.web;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.EmbeddedGraphTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads {@code /graphiql} in headless Chromium and runs its example query against the application,
 * checking that the page renders and answers with nothing fetched from outside the application.
 */
@EmbeddedGraphTest
class GraphiqlPageBrowserTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final Pattern NODE_COUNT = Pattern.compile("\"nodeCount\":\\s*(\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	Driver neo4j;

	@BeforeAll
	static void chromiumInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void runsTheExampleQueryWithEverythingServedByTheApplication() {
		String origin = "http://localhost:" + port;
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			chromium.open(origin + "/graphiql");
			chromium.waitUpTo(TIMEOUT)
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button")))
				.click();
			chromium.waitUpTo(TIMEOUT)
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-window"), "\"nodeCount\""));
			openSchemaDocs(chromium, "GraphStats", "relationshipCount");
			String result = chromium.driver().findElement(By.cssSelector(".result-window")).getText();
			chromium.screenshot("graphiql");

			Matcher nodeCount = NODE_COUNT.matcher(result);
			assertThat(nodeCount.find()).as("result pane: %s", result).isTrue();
			assertThat(Long.parseLong(nodeCount.group(1))).isEqualTo(nodesInGraph());
			assertThat(chromium.requestedUrls()).isNotEmpty().allMatch(url -> url.startsWith(origin + "/"));
			assertThat(chromium.severeConsoleMessages()).isEmpty();
		}
	}

	/**
	 * A shared link opens GraphiQL on its query, variables and operation; running it answers for
	 * those variables; "Copy link" gives back a link holding the same; the examples of docs/queries
	 * are offered, and picking one opens it.
	 */
	@Test
	void opensALinkAsGivenCopiesItBackAndOffersTheProjectsExamples() {
		String origin = "http://localhost:" + port;
		String query = "query Other { graphStats { nodeCount } }\nquery Profile($name: String!) { authority(name: $name) { name code } }";
		String variables = "{\"name\": \"Warwickshire\"}";
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			chromium.open(origin + "/graphiql?query=" + encode(query) + "&variables=" + encode(variables)
					+ "&operationName=Profile");
			chromium.waitUpTo(TIMEOUT)
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button")))
				.click();
			chromium.waitUpTo(TIMEOUT)
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-window"), "E10000031"));
			chromium.driver().findElement(By.id("graphiql-copy")).click();
			chromium.waitUpTo(TIMEOUT).until(driver -> !driver.findElement(By.id("graphiql-link")).getAttribute("value").isEmpty());
			chromium.screenshot("graphiql-link");
			String link = chromium.driver().findElement(By.id("graphiql-link")).getAttribute("value");
			chromium.waitUpTo(TIMEOUT).until(driver -> driver.findElement(By.id("graphiql-examples")).isEnabled());
			String examples = chromium.driver().findElement(By.id("graphiql-examples")).getText();

			assertThat(chromium.driver().findElement(By.cssSelector(".graphiql-query-editor")).getText()).contains("query Profile");
			assertThat(link).startsWith(origin + "/graphiql/?query=").contains("operationName=Profile",
					"variables=" + encode(variables), "authority%28name");
			assertThat(examples).contains("RecurringThemes", "AuthorityProfile", "IngestHistory");
			assertThat(chromium.severeConsoleMessages()).isEmpty();
			assertThat(chromium.requestsLeavingThisMachine()).isEmpty();
		}
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The docs explorer is open from the start; following a type shows its fields, read by introspection. */
	private static void openSchemaDocs(HeadlessChromium chromium, String type, String field) {
		By docs = By.cssSelector(".graphiql-doc-explorer");
		chromium.waitUpTo(TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(docs, type));
		chromium.driver().findElement(docs).findElement(By.linkText(type)).click();
		chromium.waitUpTo(TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(docs, field));
	}

	private long nodesInGraph() {
		return neo4j.executableQuery("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS nodes")
			.execute()
			.records()
			.get(0)
			.get("nodes")
			.asLong();
	}
}
