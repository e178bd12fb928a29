package uk.inspectiongraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's ways out and its map, driven in headless Chromium on the demo corpus: a table
 * and the filtered findings downloaded as Excel workbooks (opened with Apache POI to check their
 * cells), a chart downloaded as PNG and SVG, the map of England opened in each colouring and an
 * authority selected on it; and every view of the dashboard checked by axe-core.
 */
@EmbeddedGraphTest
class ExportsBrowserTest extends DashboardPageTest {

	private Path downloads;

	@BeforeEach
	void downloadIntoAFolderOfItsOwn() throws IOException {
		downloads = Files.createDirectories(Path.of("target", "downloads")).toAbsolutePath();
		try (var files = Files.list(downloads)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		((ChromeDriver) chromium.driver()).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
	}

	@Test
	void everyViewPassesTheAccessibilityEngine() {
		open("/#/", "Latest inspection events");
		open("/#/themes", "Download “Recurring themes” as CSV");
		open("/#/heatmap?by=REGION&normalise=true", "Total events");
		open("/#/theme/caseloads", "Evidence: findings raising the theme");
		open("/#/authorities", "Authorities with documents");
		open("/#/grades", "Latest grades");
		open("/#/authority/Warwickshire", "Timeline of inspection events");
		open("/#/inspectors", "Inspectors and their visits");
		open("/#/person/Nigel%20Minns", "Roles");
		open("/#/map", "Map of England");
		open("/#/map?by=theme&theme=caseloads", "Map of England");
		open("/#/map?by=neighbours&theme=caseloads", "Map of England");
		open("/#/search?q=caseloads", "Matching findings");
		chromium.driver().findElement(By.cssSelector("a[href*='#/document/']")).click();
		waitForText("Document text");
		assertAccessible("a document");
	}

	@Test
	void theMapShowsEveryAuthorityAndSelectingOneOpensItsPage() {
		open("/#/map", "Map of England");
		List<WebElement> shapes = chromium.driver().findElements(By.cssSelector("figure.map g.shapes a[data-code]"));
		assertThat(shapes).hasSize(153);
		assertThat(chromium.driver().findElement(By.cssSelector(".legend")).getText())
			.contains("Outstanding", "Good", "Requires improvement", "Inadequate", "No graded inspection held");

		WebElement warwickshire = chromium.driver().findElement(By.cssSelector("a[data-code='E10000031']"));
		new Actions(chromium.driver()).moveToElement(warwickshire.findElement(By.tagName("path"))).perform();
		chromium.waitUpTo(TIMEOUT).until(driver -> driver.findElement(By.cssSelector(".map-figure")).getText().startsWith("Warwickshire: Good"));
		chromium.screenshot("dashboard-map-grades");

		warwickshire.findElement(By.tagName("path")).click();
		waitForText("Timeline of inspection events");
		assertThat(chromium.driver().getCurrentUrl()).endsWith("/#/authority/Warwickshire");
		assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).contains("Warwickshire");
	}

	@Test
	void theMapColouredByAThemeSaysEachShare() {
		open("/#/map?by=theme&theme=caseloads", "Map of England");
		chromium.screenshot("dashboard-map-caseloads");

		assertThat(chromium.driver().findElement(By.cssSelector("a[data-code='E10000028']")).getAttribute("aria-label"))
			.matches("Staffordshire: \\d+% \\(\\d+ of \\d+ events\\)");
		assertThat(chromium.driver().findElement(By.cssSelector("a[data-code='E09000001']")).getAttribute("aria-label"))
			.isEqualTo("City of London: no event held");
	}

	@Test
	void theMapAgainstNeighboursSaysWhatEachAuthorityAndItsNeighboursRaised() {
		open("/#/map?by=neighbours&theme=caseloads", "Map of England");
		assertThat(chromium.driver().findElement(By.cssSelector(".legend")).getText()).contains(
				"Raised here; by fewer than half its neighbours", "Raised here and by half or more of its neighbours",
				"Not raised here; raised by half or more of its neighbours", "Not raised here, nor by half its neighbours",
				"No comparison: no event here or at its neighbours");
		assertThat(chromium.driver().findElement(By.cssSelector("a[data-code='E06000049']"))
			.getAttribute("aria-label")).isEqualTo("Cheshire East: no event held");

		WebElement warrington = chromium.driver().findElement(By.cssSelector("a[data-code='E06000007']"));
		new Actions(chromium.driver()).moveToElement(warrington.findElement(By.tagName("path"))).perform();
		chromium.waitUpTo(TIMEOUT).until(driver -> driver.findElement(By.cssSelector(".map-figure")).getText()
			.startsWith("Warrington: "));
		chromium.screenshot("dashboard-map-neighbours");
		assertThat(chromium.driver().findElement(By.cssSelector(".map-figure")).getText()).matches(
				"Warrington: (not )?raised at [^;]+; \\d of its 3 neighbours with events raised it \\(\\d+%\\)");

		warrington.findElement(By.tagName("path")).click();
		waitForText("Timeline of inspection events");
		assertThat(chromium.driver().getCurrentUrl()).endsWith("/#/authority/Warrington");
	}

	@Test
	void aTableDownloadsAsAnExcelWorkbookWithTypedCells() throws Exception {
		open("/#/themes?from=2018&to=2022", "Download “Recurring themes” as Excel");
		chromium.driver().findElement(By.xpath("//button[normalize-space()='Download “Recurring themes” as Excel']")).click();

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(downloaded("recurring-themes.xlsx")))) {
			Sheet sheet = workbook.getSheet("Recurring themes");
			assertThat(texts(sheet.getRow(0))).containsExactly("Theme", "Authorities", "Authority names", "Years", "Events",
					"Findings");
			Row caseloads = find(sheet, "Caseloads");
			assertThat(caseloads.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(caseloads.getCell(1).getNumericCellValue()).isEqualTo(4);
			assertThat(caseloads.getCell(2).getStringCellValue()).isEqualTo("Staffordshire; Warrington; Warwickshire; Worcestershire");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		}
	}

	@Test
	void theFindingsOfAThemeDownloadWithTheirProvenance() throws Exception {
		open("/#/theme/caseloads", "Evidence: findings raising the theme");
		WebElement link = chromium.driver().findElement(By.cssSelector("a.findings-xlsx"));
		assertThat(link.getText()).matches("Download all \\d+ findings raising it as Excel");
		link.click();

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(downloaded("findings.xlsx")))) {
			Sheet sheet = workbook.getSheet("Findings");
			assertThat(texts(sheet.getRow(0))).startsWith("Authority", "ONS code", "Event", "Event kind", "Date");
			assertThat(sheet.getLastRowNum()).isEqualTo(Integer.parseInt(link.getText().replaceAll("\\D+", "")));
			Row first = sheet.getRow(1);
			assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(7).getStringCellValue()).contains("Caseloads (concern)");
			assertThat(first.getCell(11).getHyperlink().getAddress()).startsWith(origin() + "/#/document/");
		}
	}

	@Test
	void aChartDownloadsAsPngAndAsSvg() throws Exception {
		open("/#/theme/caseloads", "Trend over years");
		chromium.driver().findElement(By.xpath("//button[normalize-space()='Download chart as PNG']")).click();
		Path png = downloaded("events-raising-caseloads-per-year.png");
		chromium.driver().findElement(By.xpath("//button[normalize-space()='Download chart as SVG']")).click();
		Path svg = downloaded("events-raising-caseloads-per-year.svg");

		try (InputStream in = Files.newInputStream(png)) {
			assertThat(in.readNBytes(8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
		}
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		assertThat(text).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "<title>Events raising Caseloads per year.</title>",
				">2018</text>", "Events raising it</text>");
		assertThat(text.split("<rect ").length).isGreaterThan(3);
	}

	private Path downloaded(String name) throws InterruptedException {
		Path file = downloads.resolve(name);
		for (int i = 0; i < 200 && !(Files.exists(file) && sizeSettled(file)); i++) {
			Thread.sleep(100);
		}
		assertThat(file).as("downloaded " + name + " (folder holds " + listing() + ")").exists();
		return file;
	}

	private static boolean sizeSettled(Path file) {
		try {
			long size = Files.size(file);
			Thread.sleep(150);
			return size > 0 && size == Files.size(file);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private String listing() {
		try (var files = Files.list(downloads)) {
			return files.map(p -> p.getFileName().toString()).toList().toString();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static Row find(Sheet sheet, String first) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && first.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + first);
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.toString()));
		return texts;
	}
}
