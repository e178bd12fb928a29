package uk.inspectiongraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test of the dashboard shares: one headless Chromium per class, pages opened
 * on the application under test and waited for until the view has rendered, every view so opened
 * checked by the axe-core accessibility engine (WCAG 2.x A and AA, served from the test resources,
 * offline), and after every test no console error and no request that left this machine or went
 * anywhere but the application.
 */
abstract class DashboardPageTest {

	static final Duration TIMEOUT = Duration.ofSeconds(20);

	static final By MAIN = By.id("main");

	/** The WCAG levels axe-core checks every view against. */
	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final String AXE = resource("axe/axe.min.js");

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
		assertAccessible(path);
	}

	/**
	 * Runs axe-core on the page as it stands and fails with each rule broken and where: keyboard
	 * use, names, contrast (WCAG AA) and the rest of WCAG 2.x A/AA that an engine can check.
	 */
	static void assertAccessible(String view) {
		JavascriptExecutor page = (JavascriptExecutor) chromium.driver();
		if (!Boolean.TRUE.equals(page.executeScript("return !!window.axe"))) {
			page.executeScript(AXE);
		}
		Object violations = page.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
				  .then((result) => done(result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
				    + v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']')
				      .join('; '))))
				  .catch((error) => done(['axe failed: ' + error]));""", WCAG);
		assertThat((List<?>) violations).as("accessibility (axe-core) of " + view).isEmpty();
	}

	private static String resource(String name) {
		try (InputStream in = DashboardPageTest.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
