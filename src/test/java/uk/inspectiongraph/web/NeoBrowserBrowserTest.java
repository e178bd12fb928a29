package uk.inspectiongraph.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.graph.embedded.EmbeddedBolt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads Neo4j Browser from {@code /browser/}, pointed at the embedded database's Bolt port, logs in
 * as {@code neo4j} with the Bolt password, and runs Cypher in it through headless Chromium, as a
 * person would on a fresh browser profile. The page stays quiet: no request leaves this machine or
 * is refused by the page's policy (no Google Fonts, Segment, Canny or Sentry), the console shows no
 * error beside the single sign-on discovery probes, and no "we collect usage" banner shows. It
 * starts ready: the project's queries are among its favourites and the project's style sheet
 * (graph-seed/browser/style.grass) is applied with no manual step, so an authority's neighbourhood
 * is drawn in the project's colours and captions; that screenshot,
 * {@code target/screenshots/neo4j-browser-graph.png}, is the README's docs/images/neo4j-browser.png.
 */
@EmbeddedGraphTest
class NeoBrowserBrowserTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final By CONNECT_BUTTON = By.cssSelector("[data-testid='connect']");

	private static final By PASSWORD = By.cssSelector("[data-testid='password']");

	private static final By EDITOR = By.cssSelector("[data-testid='activeEditor'] textarea");

	private static final By RUN_BUTTON = By.cssSelector("[data-testid='editor-Run']");

	private static final By RESULT_TABLE = By.cssSelector("[data-testid='frame-loaded-contents'] table");

	private static final String CONNECTED = "Connected to Neo4j";

	private static final By FULLSCREEN = By.cssSelector("[data-testid='frame'] [title='Fullscreen']");

	private static final By GRAPH_NODE_CIRCLES = By.cssSelector("[data-testid='frame-loaded-contents'] svg g.node circle.b-outline");

	private static final By ZOOM_TO_FIT = By.cssSelector("[aria-label='zoom-to-fit']");

	private static final By GRAPH_NODE_CAPTIONS = By.cssSelector("[data-testid='frame-loaded-contents'] svg g.node text");

	/** The Browser's banner asking for consent to usage data, shown when telemetry is left to the browser. */
	private static final String USAGE_BANNER = "collect information on product usage";

	/** Warwickshire's neighbourhood: the first query of graph-seed/browser/queries.cypher. */
	private static final String NEIGHBOURHOOD = """
			MATCH (a:Authority) WHERE toLower(a.name) = 'warwickshire'
			MATCH (e:Event)-[:AT]->(a)
			OPTIONAL MATCH (d:Document)-[:REPORTS]->(e)
			OPTIONAL MATCH (j:Judgement)-[:OF_EVENT]->(e)
			OPTIONAL MATCH (p:Person)-[:INSPECTED]->(e)
			OPTIONAL MATCH (h:Person)-[:HELD]->(r:Role)-[:STATED_IN]->(d)
			OPTIONAL MATCH (e)<-[:ABOUT]-(f:Finding)-[:TAGGED {polarity: 'CONCERN'}]->(t:Theme)
			  WHERE f.kind IN ['AREA_FOR_IMPROVEMENT', 'PRIORITY_ACTION', 'RECOMMENDATION']
			RETURN a, e, d, j, p, h, r, f, t""";

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedBolt bolt;

	@Autowired
	Driver neo4j;

	@BeforeAll
	static void chromiumInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void logsInAndRunsCypher() {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			chromium.open(origin() + "/browser/?" + browserQuery());
			connect(chromium);
			pasteAndRun(chromium, "MATCH (n) RETURN count(n)");
			WebElement result = chromium.waitUpTo(TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(RESULT_TABLE));
			chromium.screenshot("neo4j-browser");

			List<String> cells = result.getText().lines().map(String::strip).toList();
			assertThat(cells).first().isEqualTo("count(n)");
			assertThat(cells).last().isEqualTo(String.valueOf(nodesInGraph()));
			assertQuiet(chromium);
			assertThat(savedQueries(chromium)).contains("An authority's neighbourhood", "A theme's recurrence");
		}
	}

	@Test
	void drawsWarwickshiresNeighbourhoodInTheProjectsStyleWithNoManualStep() {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			chromium.open(origin() + "/browser/?" + browserQuery());
			connect(chromium);
			pasteAndRun(chromium, NEIGHBOURHOOD);
			chromium.waitUpTo(TIMEOUT).until(ExpectedConditions.numberOfElementsToBeMoreThan(GRAPH_NODE_CIRCLES, 0));
			chromium.driver().findElement(FULLSCREEN).click();
			sleep(3000); // the force layout settles
			chromium.driver().findElement(ZOOM_TO_FIT).click();
			sleep(1000);
			List<String> colours = chromium.driver().findElements(GRAPH_NODE_CIRCLES).stream()
				.map(circle -> circle.getAttribute("fill").toUpperCase(Locale.ROOT))
				.toList();
			List<String> captions = chromium.driver().findElements(GRAPH_NODE_CAPTIONS).stream()
				.map(caption -> String.valueOf(caption.getDomProperty("textContent")).strip())
				.toList();
			chromium.screenshot("neo4j-browser-graph");

			assertThat(colours).as("Authority, Event, Document and Theme colours of style.grass")
				.contains("#0072B2", "#E69F00", "#999999", "#000000");
			assertThat(captions).as("the Authority's caption of style.grass, {name}").contains("Warwickshire");
			assertQuiet(chromium);
		}
	}

	/**
	 * Nothing left this machine or was refused by the page's policy, no console error but the
	 * discovery probes, and no usage banner.
	 */
	private void assertQuiet(HeadlessChromium chromium) {
		String boltHttp = "http://127.0.0.1:" + bolt.port() + "/";
		List<String> unexpectedErrors = chromium.severeConsoleMessages().stream()
			.filter(message -> !isDiscoveryProbe(message, origin() + "/", boltHttp))
			.toList();
		assertThat(chromium.requestsLeavingThisMachine()).as("requests to another host").isEmpty();
		assertThat(chromium.blockedUrls()).as("requests the page's policy had to stop").isEmpty();
		assertThat(unexpectedErrors).as("console errors").isEmpty();
		assertThat(chromium.driver().findElement(By.tagName("body")).getText()).doesNotContain(USAGE_BANNER);
	}

	private String origin() {
		return "http://localhost:" + port;
	}

	/** The favourites the Browser keeps in the page's local storage, as JSON text. */
	private static String savedQueries(HeadlessChromium chromium) {
		return String.valueOf(((JavascriptExecutor) chromium.driver()).executeScript(
				"return window.localStorage.getItem('neo4j.documents');"));
	}

	/** The Browser's address as the app prints it: the Bolt URL with the user name, no password. */
	private String browserQuery() {
		return "dbms=bolt://neo4j@127.0.0.1:" + bolt.port() + "&preselectAuthMethod=NATIVE";
	}

	/** Types the Bolt password into the Browser's login form and clicks Connect. */
	private void connect(HeadlessChromium chromium) {
		chromium.waitUpTo(TIMEOUT).until(ExpectedConditions.elementToBeClickable(PASSWORD))
			.sendKeys(bolt.login().password());
		chromium.driver().findElement(CONNECT_BUTTON).click();
		chromium.waitUpTo(TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), CONNECTED));
	}

	/** Pastes text into the editor, as from the clipboard (no auto-closed brackets), and runs it. */
	private static void pasteAndRun(HeadlessChromium chromium, String text) {
		WebElement editor = chromium.waitUpTo(TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(EDITOR));
		new Actions(chromium.driver()).click(editor).perform();
		((JavascriptExecutor) chromium.driver()).executeScript("""
				const data = new DataTransfer();
				data.setData('text/plain', arguments[1]);
				arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));""",
				editor, text);
		chromium.driver().findElement(RUN_BUTTON).click();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Looking for single sign-on, the Browser asks the page's origin and the Bolt port over HTTP for
	 * Neo4j's discovery document; neither serves one, which the Browser handles.
	 */
	private static boolean isDiscoveryProbe(String message, String... discoveryUrls) {
		return List.of(discoveryUrls).stream()
			.anyMatch(url -> message.startsWith(url + " ") && message.contains("Failed to load resource"));
	}

	private long nodesInGraph() {
		return neo4j.executableQuery("MATCH (n) RETURN count(n) AS nodes").execute().records().get(0).get("nodes").asLong();
	}
}
