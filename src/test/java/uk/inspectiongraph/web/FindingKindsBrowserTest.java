package uk.inspectiongraph.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's switch between what Ofsted said must improve and everything inspectors said,
 * in headless Chromium against the seeded demo corpus: each view says which it shows, keeps the
 * choice in its URL and counts only the findings it names.
 */
@EmbeddedGraphTest
class FindingKindsBrowserTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final By MAIN = By.id("main");

	private static final String MUST_IMPROVE = "Showing what Ofsted said must improve";

	private static final String EVERYTHING = "Showing everything inspectors said";

	private static HeadlessChromium chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startChromium() {
		chromium = HeadlessChromium.start();
	}

	@AfterAll
	static void stopChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@AfterEach
	void nothingFailedAndNothingLeftTheMachine() {
		assertThat(chromium.severeConsoleMessages()).isEmpty();
		assertThat(chromium.requestsLeavingThisMachine()).isEmpty();
	}

	@Test
	void recurringThemesSwitchToWhatOfstedSaidMustImproveAndBack() {
		open("/#/themes", EVERYTHING);
		List<String> everything = firstCells("Recurring themes");

		choose("What Ofsted said must improve");
		waitForText(MUST_IMPROVE);
		chromium.screenshot("dashboard-themes-must-improve");
		assertThat(chromium.driver().getCurrentUrl()).contains("said=improve");
		List<String> mustImprove = firstCells("Recurring themes");
		assertThat(mustImprove).isNotEmpty().isNotEqualTo(everything);

		choose("Everything inspectors said");
		waitForText(EVERYTHING);
		assertThat(chromium.driver().getCurrentUrl()).doesNotContain("said=");
		assertThat(firstCells("Recurring themes")).isEqualTo(everything);
	}

	@Test
	void heatmapAndThemePageSayWhichFindingsTheyCount() {
		open("/#/heatmap?said=improve", MUST_IMPROVE);
		chromium.screenshot("dashboard-heatmap-must-improve");
		assertThat(new Select(chromium.driver().findElement(By.cssSelector("select[name=said]")))
			.getFirstSelectedOption().getText()).isEqualTo("What Ofsted said must improve");

		open("/#/theme/caseloads?said=improve", MUST_IMPROVE);
		WebElement evidence = table("Evidence: findings raising the theme");
		assertThat(evidence.findElements(By.cssSelector("tbody tr"))).isNotEmpty()
			.allMatch(row -> row.getText().contains("Area for improvement") || row.getText().contains("Priority action")
					|| row.getText().contains("Recommendation"));
	}

	@Test
	void authorityAndPersonPagesKeepTheSwitchInTheirUrl() {
		open("/#/authority/Warwickshire?said=improve", MUST_IMPROVE);
		chromium.screenshot("dashboard-authority-must-improve");
		assertThat(chromium.driver().findElement(By.cssSelector("ol.timeline")).getText())
			.contains("Concerns Ofsted said must improve");

		choose("Everything inspectors said");
		waitForText(EVERYTHING);
		assertThat(chromium.driver().findElement(By.cssSelector("ol.timeline")).getText()).contains("Concerns raised");
	}

	private static void choose(String option) {
		WebElement form = chromium.driver().findElement(By.cssSelector("main form.filters"));
		new Select(form.findElement(By.cssSelector("select[name=said]"))).selectByVisibleText(option);
		form.findElement(By.cssSelector("button[type=submit]")).click();
	}

	/** The first cell of every row of the table with this caption. */
	private static List<String> firstCells(String caption) {
		return table(caption).findElements(By.cssSelector("tbody tr")).stream()
			.map(tr -> tr.findElements(By.tagName("td")).get(0).getText())
			.toList();
	}

	private void open(String path, String expected) {
		chromium.open("http://localhost:" + port + path);
		waitForText(expected);
	}

	/** Waits until the view shows the text and is ready: its data rendered, {@code <main>} no longer aria-busy. */
	private static void waitForText(String text) {
		chromium.waitUpTo(TIMEOUT).until(ExpectedConditions.and(ExpectedConditions.textToBePresentInElementLocated(MAIN, text),
				ExpectedConditions.attributeToBe(MAIN, "aria-busy", "false")));
	}

	private static WebElement table(String caption) {
		return chromium.driver().findElement(By.xpath("//table[caption[normalize-space()='" + caption + "']]"));
	}
}
