package uk.inspectiongraph.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the dashboard's grade views and the evidence and trend details in headless Chromium on
 * the demo corpus: the league table of latest grades (sorted, filtered, downloaded), an
 * authority's grade history and changes, the sentence carrying a theme's evidence in its
 * document, and a trend with every year of its range. Screenshots go to target/screenshots.
 */
@EmbeddedGraphTest
class GradesDashboardBrowserTest extends DashboardPageTest {

	/**
	 * Grades for Worcestershire, whose documents in the demo corpus state none: inadequate at its
	 * 2016 inspection, requires improvement at a 2019 one.
	 */
	private static final String WORCESTERSHIRE_GRADED_TWICE = """
			MATCH (a:Authority {code: 'E10000034'})<-[:ABOUT]-(d:Document), (sif:Event {key: 'E10000034|INSPECTION|2016-10'})
			WITH a, d, sif ORDER BY d.hash LIMIT 1
			CREATE (e:Event {key: 'E10000034|INSPECTION|2019-03', kind: 'ILACS_STANDARD', startDate: date('2019-03-04'),
			  startPrecision: 'DAY', year: 2019})-[:AT]->(a)
			CREATE (j:Judgement {id: 'test-only:j', area: 'OVERALL_EFFECTIVENESS', grade: 'REQUIRES_IMPROVEMENT', score: 3})
			CREATE (j)-[:OF_EVENT]->(e), (j)-[:STATED_IN]->(d)
			CREATE (i:Judgement {id: 'test-only:i', area: 'OVERALL_EFFECTIVENESS', grade: 'INADEQUATE', score: 4})
			CREATE (i)-[:OF_EVENT]->(sif), (i)-[:STATED_IN]->(d)""";

	private static final String WITHOUT_TEST_GRADES = """
			MATCH (n) WHERE n.id IN ['test-only:j', 'test-only:i'] OR n.key = 'E10000034|INSPECTION|2019-03'
			DETACH DELETE n""";

	@Autowired
	Neo4jClient neo4j;

	@Test
	void leagueTableListsEachAuthoritysLatestGradesSortsAndFilters() {
		try {
			neo4j.query(WORCESTERSHIRE_GRADED_TWICE).run();
			open("/#/grades", "Download “Latest grades” as CSV");
			chromium.screenshot("dashboard-grades");
			leagueTableSortsAndFilters();
		}
		finally {
			neo4j.query(WITHOUT_TEST_GRADES).run();
		}
	}

	private void leagueTableSortsAndFilters() {
		assertThat(cells(row("Warwickshire"))).contains("West Midlands", "County", "Good", "not known");
		assertThat(row("Warwickshire").getText()).contains("ILACS standard inspection, November 2021", "year");
		assertThat(cells(row("Worcestershire"))).contains("Requires improvement");
		assertThat(row("Worcestershire").getText()).contains("4 March 2019");
		assertThat(headings()).contains("Overall effectiveness", "Impact of leaders", "Time since it", "Days to publication");

		chromium.driver().findElement(By.linkText("Overall effectiveness")).click();
		waitForText("Overall effectiveness ▲");
		assertThat(authorities()).containsSubsequence("Warwickshire", "Worcestershire");
		chromium.driver().findElement(By.partialLinkText("Overall effectiveness")).click();
		waitForText("Overall effectiveness ▼");
		assertThat(authorities()).containsSubsequence("Worcestershire", "Warwickshire");

		open("/#/grades?grade=GOOD", "Download “Latest grades” as CSV");
		assertThat(authorities()).containsExactly("Warwickshire");
		open("/#/grades?region=North%20West", "No graded inspection matches these filters.");
	}

	@Test
	void leagueTableDownloadsAsCsvWithDays() {
		open("/#/grades", "Download “Latest grades” as CSV");
		String csv = download("Download “Latest grades”");

		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Authority,Region,Type,Overall effectiveness,")
			.endsWith(",Latest graded inspection,Days since it,Published,Days to publication");
		assertThat(csv.lines()).anyMatch(line -> line.matches("Warwickshire,West Midlands,County,Good,Good,Good,Good,2021-11,\\d+,,"));
	}

	@Test
	void authorityPageChartsItsGradesAndListsTheChanges() {
		open("/#/authority/Warwickshire", "Grades over time");
		assertThat(main()).contains("One graded inspection so far");
		try {
			neo4j.query(WORCESTERSHIRE_GRADED_TWICE).run();
			open("/#/authority/Worcestershire", "Grade changes");
			WebElement canvas = chromium.driver().findElement(By.cssSelector(".grade-history canvas"));
			script("arguments[0].scrollIntoView({ block: 'start' })", canvas);
			chromium.screenshot("dashboard-authority-grades");

			assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
			assertThat(script("return Chart.getChart(arguments[0]).data.datasets[0].data", canvas)).isEqualTo(List.of(4L, 3L));
			assertThat(chromium.driver().findElement(By.xpath("//table[caption='Grade changes']")).getText())
				.contains("Overall effectiveness", "Inadequate (October 2016)", "Requires improvement (4 March 2019)", "Improved");
		}
		finally {
			neo4j.query(WITHOUT_TEST_GRADES).run();
		}
	}

	@Test
	void theDocumentMarksTheSentenceCarryingTheThemesEvidence() {
		open("/#/theme/caseloads", "Evidence: findings raising the theme");
		chromium.driver().findElement(By.cssSelector("table a[href*='#/document/'][href*='theme=caseloads']")).click();
		waitForText("Document text");
		chromium.screenshot("dashboard-document-evidence");

		String url = chromium.driver().getCurrentUrl();
		String hash = url.replaceAll(".*#/document/([^?]+)\\?.*", "$1");
		String finding = url.replaceAll(".*[?&]finding=([^&]+).*", "$1").replace("%3A", ":");
		String evidence = evidenceOf(hash, finding, "caseloads");
		String sentence = normalised(chromium.driver().findElement(By.cssSelector("#marked-finding mark.evidence")).getText());
		String paragraph = normalised(chromium.driver().findElement(By.id("marked-finding")).getText());

		assertThat(sentence.toLowerCase()).contains(normalised(evidence).toLowerCase());
		assertThat(paragraph).contains(sentence);
		assertThat(sentence.length()).isLessThanOrEqualTo(paragraph.length());
	}

	@Test
	void theTrendShowsEveryYearOfTheRangeWithZeros() {
		open("/#/theme/caseloads?from=2016&to=2022", "Trend over years");
		chromium.screenshot("dashboard-theme-trend-every-year");

		List<String> years = chromium.driver().findElements(By.xpath("//table[caption='Trend over years']/tbody/tr/td[1]"))
			.stream().map(WebElement::getText).toList();
		assertThat(years).containsExactly("2016", "2017", "2018", "2019", "2020", "2021", "2022");
		assertThat(cells(chromium.driver().findElement(By.xpath("//table[caption='Trend over years']/tbody/tr[td[1]='2020']"))))
			.containsExactly("2020", "0", "0", "0", "0%");
		WebElement canvas = chromium.driver().findElement(By.cssSelector("figure.chart canvas"));
		assertThat(script("return Chart.getChart(arguments[0]).data.labels", canvas))
			.isEqualTo(List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022"));
	}

	/** The evidence of the finding's tag of the theme, asked of the API from the page. */
	private String evidenceOf(String hash, String finding, String theme) {
		Object answer = ((JavascriptExecutor) chromium.driver()).executeAsyncScript("""
				const [hash, finding, theme, done] = arguments;
				fetch('graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
				  body: JSON.stringify({ query: 'query($h: ID!) { document(hash: $h) { findings { id themes { theme { slug } evidence } } } }',
				    variables: { h: hash } }) })
				  .then(r => r.json())
				  .then(b => done(b.data.document.findings.find(f => f.id === finding).themes.find(t => t.theme.slug === theme).evidence));""",
				hash, finding, theme);
		return (String) answer;
	}

	private String download(String linkText) {
		WebElement link = chromium.driver().findElement(By.partialLinkText(linkText));
		return (String) ((JavascriptExecutor) chromium.driver()).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
				link.getAttribute("href"));
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) chromium.driver()).executeScript(script, arguments);
	}

	private static String main() {
		return chromium.driver().findElement(MAIN).getText();
	}

	private static List<WebElement> leagueRows() {
		return chromium.driver().findElements(By.cssSelector("table.league tbody tr"));
	}

	private static WebElement row(String authority) {
		return leagueRows().stream()
			.filter(tr -> tr.findElement(By.tagName("td")).getText().equals(authority))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + authority));
	}

	private static List<String> authorities() {
		return leagueRows().stream().map(tr -> tr.findElement(By.tagName("td")).getText()).toList();
	}

	private static List<String> headings() {
		return chromium.driver().findElements(By.cssSelector("table.league thead th")).stream()
			.map(th -> th.getText().replaceAll(" [▲▼]$", "")).toList();
	}

}
