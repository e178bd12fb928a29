package uk.inspectiongraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.test.context.TestPropertySource;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's morning, as a person does it in headless Chromium, on an application of its own
 * (no seed, so that the letters are new): a wrong password is refused on the sign-in form; signed
 * in, the header names the editor; three seed letters and a file that is not a document are
 * picked at once, each shows its outcome as it happens (ingested, refused with the reason), the
 * same letter again is unchanged; the ingest history lists them all, filterable by outcome; and
 * signing out ends the session. Screenshots under target/screenshots/.
 */
@EmbeddedGraphTest
@TestPropertySource(properties = "inspection-graph.seed.enabled=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadBrowserTest extends DashboardPageTest {

	private static final Path LETTERS = Path.of("graph-seed", "documents");

	private static final String WARWICKSHIRE = "2018-08-09-warwickshire-focused-visit-letter.txt";

	private static final String STAFFORDSHIRE = "2018-07-19-staffordshire-focused-visit-letter.txt";

	private static final String WARRINGTON = "2022-01-31-warrington-focused-visit-letter.txt";

	private static final By UPLOADS = By.cssSelector("#uploads li");

	/** The refused upload is answered 422, which the browser logs; anything else logged fails. */
	@AfterEach
	@Override
	void nothingFailedAndNothingLeftTheMachine() {
		List<String> unexpected = chromium.severeConsoleMessages().stream()
			.filter(message -> !(message.contains("/api/documents") && message.contains("422")))
			.toList();
		assertThat(unexpected).isEmpty();
		assertThat(chromium.requestsLeavingThisMachine()).isEmpty();
		assertThat(chromium.requestedUrls()).allMatch(url -> url.startsWith(origin() + "/"));
	}

	@Test
	@Order(1)
	void aWrongPasswordIsRefusedAndUploadAsksToSignIn() {
		open("/#/upload", "Sign in first");
		chromium.driver().findElement(MAIN).findElement(By.linkText("Sign in")).click();
		waitForText("Editors sign in");
		signIn("not-the-password");
		waitForText("Wrong user name or password");
		chromium.screenshot("upload-sign-in-refused");

		assertThat(chromium.driver().findElement(By.id("who")).getText()).isEqualTo("Sign in");
	}

	@Test
	@Order(2)
	void theEditorUploadsSeveralFilesAndWatchesEachOutcome() throws IOException {
		open("/#/sign-in", "Editors sign in");
		signIn(EmbeddedGraphTest.EDITOR_PASSWORD);
		waitForText("Drop files here");
		assertThat(chromium.driver().findElement(By.id("who")).getText()).contains("Signed in as editor", "Sign out");

		Path notADocument = Files.write(Files.createTempDirectory(Path.of("target"), "upload").resolve("empty.pdf"),
				new byte[0]);
		pick(letter(WARWICKSHIRE), letter(STAFFORDSHIRE), notADocument.toAbsolutePath(), letter(WARRINGTON));
		waitForOutcomes(4);
		chromium.screenshot("upload-outcomes");

		List<WebElement> rows = chromium.driver().findElements(UPLOADS);
		assertThat(rows).extracting(row -> row.getAttribute("data-outcome"))
			.containsExactly("ingested", "ingested", "refused", "ingested");
		assertThat(rows.get(0).getText()).contains(WARWICKSHIRE, "Ingested", "Open the document");
		assertThat(rows.get(2).getText()).contains("empty.pdf", "Refused: ");
		assertThat(rows.get(0).findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("100");

		pick(letter(WARWICKSHIRE));
		waitForOutcomes(5);
		assertThat(chromium.driver().findElements(UPLOADS).get(4).getText()).contains("Unchanged: already held");
	}

	@Test
	@Order(3)
	void theIngestHistoryListsEveryFileNewestFirstAndFiltersByOutcome() {
		open("/#/history", "Download “Ingest history” as CSV");
		chromium.screenshot("ingest-history");

		List<WebElement> rows = table("Ingest history").findElements(By.cssSelector("tbody tr"));
		assertThat(rows).extracting(row -> cells(row).get(1) + " " + cells(row).get(2))
			.containsExactly(WARWICKSHIRE + " Unchanged", WARRINGTON + " Ingested", "empty.pdf Failed",
					STAFFORDSHIRE + " Ingested", WARWICKSHIRE + " Ingested");
		assertThat(cells(rows.get(1))).contains("editor", "Upload");
		assertThat(rows.get(1).findElement(By.partialLinkText("Warrington")).getAttribute("href")).contains("#/document/");

		new Select(chromium.driver().findElement(By.cssSelector("form.filters select"))).selectByVisibleText("Failed");
		chromium.driver().findElement(By.cssSelector("form.filters button")).click();
		waitForText("1 record failed");
		assertThat(table("Ingest history").findElements(By.cssSelector("tbody tr"))).hasSize(1);
		assertThat(chromium.driver().getCurrentUrl()).endsWith("#/history?outcome=FAILED");
	}

	@Test
	@Order(4)
	void signingOutEndsTheSession() {
		open("/#/upload", "Drop files here");
		chromium.driver().findElement(By.cssSelector("#who button")).click();
		waitForText("You are signed out.");

		assertThat(chromium.driver().findElement(By.id("who")).getText()).isEqualTo("Sign in");
	}

	private void signIn(String password) {
		chromium.driver().findElement(By.name("password")).sendKeys(password);
		chromium.driver().findElement(By.cssSelector("form.sign-in button")).click();
	}

	private static String letter(String name) {
		return LETTERS.resolve(name).toAbsolutePath().toString();
	}

	private static void pick(Object... files) {
		String paths = String.join("\n", Arrays.stream(files).map(String::valueOf).toList());
		chromium.driver().findElement(By.id("file-picker")).sendKeys(paths);
	}

	private static void waitForOutcomes(int count) {
		chromium.waitUpTo(TIMEOUT.multipliedBy(6)).until(driver -> driver.findElements(UPLOADS).size() == count
				&& driver.findElements(UPLOADS).stream().allMatch(row -> row.getAttribute("data-outcome") != null));
	}
}
