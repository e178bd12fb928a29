package uk.inspectiongraph.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's switch between what Ofsted said must improve and everything inspectors said,
 * in headless Chromium against the seeded demo corpus: each view says which it shows, keeps the
 * choice in its URL and counts only the findings it names.
 */
@EmbeddedGraphTest
class FindingKindsBrowserTest extends DashboardPageTest {

	private static final String MUST_IMPROVE = "Showing what Ofsted said must improve";

	private static final String EVERYTHING = "Showing everything inspectors said";

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

	/** Waits until the view shows the text and is ready: its data rendered, {@code <main>} no longer aria-busy. */

}
