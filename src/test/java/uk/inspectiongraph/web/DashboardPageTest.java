package uk.inspectiongraph.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test of the dashboard shares: one headless Chromium per class, pages opened
 * on the application under test and waited for until the view has rendered, and after every test
 * no console error and no request that left this machine or went anywhere but the application.
 */
abstract class DashboardPageTest {

	static final Duration TIMEOUT = Duration.ofSeconds(20);

	static final By MAIN = By.id("main");

	static HeadlessChromium chromium;

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
		assertThat(chromium.requestedUrls()).allMatch(url -> url.startsWith(origin() + "/"));
	}

	/** Opens a dashboard URL and waits until the view shows {@code expected} and is no longer busy. */
	void open(String path, String expected) {
		chromium.open(origin() + path);
		waitForText(expected);
	}

	static void waitForText(String text) {
		chromium.waitUpTo(TIMEOUT).until(ExpectedConditions.and(ExpectedConditions.textToBePresentInElementLocated(MAIN, text),
				ExpectedConditions.attributeToBe(MAIN, "aria-busy", "false")));
	}

	static WebElement table(String caption) {
		return chromium.driver().findElement(By.xpath("//table[caption[normalize-space()='" + caption + "']]"));
	}

	static List<String> cells(WebElement row) {
		return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
	}

	static String normalised(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	String origin() {
		return "http://localhost:" + port;
	}
}
