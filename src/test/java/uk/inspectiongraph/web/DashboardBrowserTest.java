package uk.inspectiongraph.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the analyst dashboard at {@code /} in headless Chromium against the application seeded with
 * the demo corpus, checking what a person sees in each view: recurring themes, an authority's
 * timeline and its statistical neighbours, a theme's evidence leading to its source document, search
 * highlights and CSV downloads, with no console errors and no request leaving this machine. One
 * browser serves the whole class.
 */
@EmbeddedGraphTest
class DashboardBrowserTest extends DashboardPageTest {

	@Test
	void recurringThemesChartAndTableListCaseloadsAcrossFourAuthorities() {
		open("/#/themes", "Download “Recurring themes” as CSV");
		chromium.screenshot("dashboard-recurring-themes");

		WebElement caseloads = row("Recurring themes", "Caseloads");
		assertThat(cells(caseloads)).startsWith("Caseloads", "4");
		assertThat(caseloads.getText()).contains("Staffordshire", "Warrington", "Warwickshire", "Worcestershire");
		assertThat(chromium.driver().findElement(By.cssSelector("figure.chart canvas")).getSize().getHeight()).isGreaterThan(100);

		caseloads.findElement(By.linkText("Caseloads")).click();
		waitForText("Theme: Caseloads");
		assertThat(chromium.driver().getCurrentUrl()).endsWith("/#/theme/caseloads");
	}

	@Test
	void csvDownloadLinkProducesTheTableAsCsvText() {
		open("/#/themes?from=2018&to=2022", "Download “Recurring themes” as CSV");
		WebElement link = chromium.driver().findElement(By.partialLinkText("Download “Recurring themes”"));
		String csv = (String) ((JavascriptExecutor) chromium.driver()).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
				link.getAttribute("href"));

		assertThat(link.getAttribute("download")).isEqualTo("recurring-themes.csv");
		assertThat(csv.lines().findFirst()).hasValue("Theme,Authorities,Authority names,Years,Events,Findings");
		assertThat(csv).contains("Caseloads,4,Staffordshire; Warrington; Warwickshire; Worcestershire,2018; 2021,");
	}

	@Test
	void authorityPageShowsBothWarwickshireEventsAndItsDirector() {
		open("/#/authority/Warwickshire", "Timeline of inspection events");
		chromium.screenshot("dashboard-authority-warwickshire");

		String timeline = chromium.driver().findElement(By.cssSelector("ol.timeline")).getText();
		assertThat(timeline).contains("Focused visit, 17 July 2018", "ILACS standard inspection", "November 2021",
				"Overall effectiveness: Good", "(persisting)");
		assertThat(row("People and roles", "Nigel Minns").getText()).contains("Strategic Director");
	}

	@Test
	void warringtonIsComparedWithItsNeighboursInSortableTables() {
		open("/#/authority/Warrington", "Themes here and at its neighbours");
		scrollTo("neighbours");
		chromium.screenshot("dashboard-authority-neighbours");

		assertThat(table("Latest grades beside its neighbours").findElements(By.cssSelector("tbody tr"))).hasSize(11);
		WebElement warwickshire = row("Latest grades beside its neighbours", "Warwickshire");
		assertThat(cells(warwickshire)).startsWith("2", "Warwickshire");
		assertThat(warwickshire.getText()).contains("Good (November 2021)");
		assertThat(warwickshire.findElement(By.linkText("Warwickshire")).getAttribute("href")).endsWith("#/authority/Warwickshire");
		assertThat(cells(row("Themes here and at its neighbours", "Caseloads"))).startsWith("Caseloads", "Yes", "1");

		WebElement themes = table("Themes here and at its neighbours");
		WebElement share = themes.findElement(By.xpath(".//th[normalize-space()=\"Share of neighbours' events\"]"));
		share.findElement(By.tagName("button")).click();
		share.findElement(By.tagName("button")).click();
		assertThat(share.getAttribute("aria-sort")).isEqualTo("descending");
		List<Integer> shares = themes.findElements(By.cssSelector("tbody tr")).stream()
			.map(tr -> Integer.valueOf(cells(tr).get(4).replace("%", "")))
			.toList();
		assertThat(shares).isSortedAccordingTo(java.util.Comparator.reverseOrder()).first().isNotEqualTo(0);

		chromium.driver().findElement(By.linkText("Show only what Ofsted said must improve")).click();
		waitForText("Showing what Ofsted said must improve");
		scrollTo("neighbours");
		chromium.screenshot("dashboard-authority-neighbours-must-improve");
		assertThat(chromium.driver().getCurrentUrl()).endsWith("/#/authority/Warrington?said=improve");
		assertThat(table("Themes here and at its neighbours").getText()).contains("Caseloads");
	}

	@Test
	void themeEvidenceLinksOpenTheSourceDocumentShowingItsText() {
		open("/#/theme/caseloads", "Evidence: findings raising the theme");
		chromium.screenshot("dashboard-theme-caseloads");
		WebElement evidence = table("Evidence: findings raising the theme");
		String finding = evidence.findElement(By.cssSelector("tbody tr .finding")).getText();
		evidence.findElement(By.cssSelector("tbody tr a[href*='#/document/']")).click();

		waitForText("Document text");
		chromium.screenshot("dashboard-document");
		String text = chromium.driver().findElement(By.cssSelector("pre.doc-text")).getText();
		assertThat(text.length()).isGreaterThan(1000);
		assertThat(chromium.driver().findElement(By.id("marked-finding")).getText()).isNotBlank();
		assertThat(normalised(text)).contains(normalised(finding).substring(0, 40));
	}

	@Test
	void searchHighlightsTheWordsFound() {
		open("/#/search?q=caseloads", "Matching findings");
		chromium.screenshot("dashboard-search");

		List<String> marked = chromium.driver().findElements(By.cssSelector("table mark")).stream().map(WebElement::getText).toList();
		assertThat(marked).isNotEmpty().allMatch(word -> word.equalsIgnoreCase("caseloads"));
	}

	@Test
	void aSearchTheIndexCannotParseKeepsTheBoxAndSaysHowToWriteIt() {
		open("/#/search?q=%22caseloads%20AND", "not a valid full-text query");
		chromium.screenshot("dashboard-search-error");

		WebElement box = chromium.driver().findElement(By.cssSelector("main input[name=q]"));
		assertThat(box.getAttribute("value")).isEqualTo("\"caseloads AND");
		assertThat(chromium.driver().findElement(By.cssSelector("main p.error")).getText()).contains("quotes around phrases");
	}

	@Test
	void heatmapShowsThemesByRegionAsShares() {
		open("/#/heatmap?by=REGION&normalise=true", "Total events");
		chromium.screenshot("dashboard-heatmap");

		WebElement heatmap = chromium.driver().findElement(By.cssSelector("table.heatmap"));
		assertThat(heatmap.findElement(By.tagName("thead")).getText()).contains("West Midlands", "North West");
		assertThat(heatmap.findElement(By.tagName("tbody")).getText()).contains("Caseloads").contains("%");
	}

	@Test
	void overviewCountsTheGraphAndListsTheLatestEvents() {
		open("/", "Latest inspection events");
		chromium.screenshot("dashboard-overview");

		assertThat(chromium.driver().findElement(By.cssSelector(".figures")).getText()).contains("Documents\n5");
		assertThat(row("Latest inspection events", "Warrington").getText()).contains("15 December 2021");
		assertThat((Long) ((JavascriptExecutor) chromium.driver())
			.executeScript("return performance.getEntriesByName('inspection-graph:view-ready').length")).isPositive();
	}

	private static void scrollTo(String id) {
		((JavascriptExecutor) chromium.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
	}

	/** Waits until the view shows the text and is ready: its data rendered, {@code <main>} no longer aria-busy. */

	private static WebElement row(String caption, String text) {
		return table(caption).findElements(By.cssSelector("tbody tr")).stream()
			.filter(tr -> tr.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row with " + text + " in " + caption));
	}

}
