package uk.inspectiongraph.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.graph.embedding.FindingEmbeddings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search by meaning and the similar-findings panel in headless Chromium against the seeded demo
 * corpus: the "By meaning" switch finds findings in other words and stays in the URL; following a
 * hit opens its document with the findings elsewhere that say much the same.
 */
@EmbeddedGraphTest
class SemanticSearchBrowserTest extends DashboardPageTest {

	@Autowired
	FindingEmbeddings embeddings;

	/** The demo corpus's findings with their vectors before the pages ask (the background thread may lag). */
	@BeforeEach
	void everyFindingHasItsVector() {
		embeddings.embedPending();
	}

	@Test
	void searchByMeaningFindsFindingsAndFollowingOneShowsSimilarFindingsElsewhere() {
		chromium.open(origin() + "/#/search?q=children%20wait%20too%20long%20for%20a%20social%20worker&by=meaning");
		waitLongerFor("By meaning: findings that say the same");
		assertThat(chromium.driver().findElement(By.cssSelector("input[name=meaning]")).isSelected()).isTrue();
		WebElement hits = table("Matching findings");
		assertThat(hits.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThan(3);
		assertThat(chromium.driver().findElements(By.xpath("//table[caption[normalize-space()='Matching documents']]")))
			.isEmpty();
		chromium.screenshot("dashboard-search-by-meaning");

		hits.findElement(By.cssSelector("tbody tr td:last-child a")).click();
		waitLongerFor("Similar findings elsewhere");
		WebElement similar = table("Similar findings");
		assertThat(similar.findElements(By.cssSelector("tbody tr"))).isNotEmpty()
			.allMatch(row -> Double.parseDouble(cells(row).get(0)) > 0);
		((JavascriptExecutor) chromium.driver()).executeScript("arguments[0].scrollIntoView()",
				chromium.driver().findElement(By.id("similar-findings")));
		chromium.screenshot("dashboard-similar-findings");
	}

	/**
	 * Waits for a view that asks a question by meaning: the first such question plans its
	 * statements cold, which on a busy machine takes longer than the pages' usual wait.
	 */
	private static void waitLongerFor(String text) {
		chromium.waitUpTo(Duration.ofSeconds(90)).until(ExpectedConditions.and(
				ExpectedConditions.textToBePresentInElementLocated(MAIN, text),
				ExpectedConditions.attributeToBe(MAIN, "aria-busy", "false")));
	}
}
