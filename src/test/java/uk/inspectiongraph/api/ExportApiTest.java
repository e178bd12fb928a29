package uk.inspectiongraph.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Excel exports on the seed-graph fixture: the filtered findings set with its provenance
 * ({@code GET /export/findings.xlsx}) and a dashboard table posted back as a workbook
 * ({@code POST /export/table.xlsx}), each opened with Apache POI to check its cells and types.
 */
class ExportApiTest extends ApiTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void theCaseloadConcernsComeWithTheirProvenanceAsTypedCells() throws Exception {
		HttpResponse<byte[]> reply = get("/export/findings.xlsx?theme=caseloads&polarity=CONCERN&region=");

		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains("findings.xlsx"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(0))).containsExactly("Authority", "ONS code", "Event", "Event kind", "Date",
					"Finding kind", "Section", "Themes (polarity)", "Evidence", "Finding", "Document", "Link");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L" + (sheet.getLastRowNum() + 1));
			assertThat(sheet.getLastRowNum()).isEqualTo(8);
			assertThat(texts(sheet.getRow(1))).containsExactly("Warrington Borough Council", "E06000007",
					"E06000007|FOCUSED_VISIT|2021-12", "Focused visit", "date:2021-12-15", "Finding", "",
					"Caseloads and workloads (concern); Recruitment and retention (concern)",
					"Caseloads and workloads: Caseloads are too high; Recruitment and retention: staff turnover",
					"Caseloads are too high in some teams and staff turnover means that there are still too many "
							+ "changes of social worker for some children.",
					"Focused visit to Warrington children's services", "Open the passage");
			assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(11).getHyperlink().getAddress())
				.isEqualTo("http://localhost:" + port + "/#/document/h-warr-2022?finding=h-warr-2022:f1");
			assertThat(texts(sheet.getRow(8))).startsWith("Worcestershire County Council", "E10000034",
					"E10000034|MONITORING_VISIT|2018-01", "Monitoring visit", "date:2018-01-01", "Weakness");
		}
	}

	@Test
	void whatOfstedSaidMustImproveKeepsTheAreasForImprovementOnly() throws Exception {
		HttpResponse<byte[]> reply = get("/export/findings.xlsx?theme=caseloads&polarity=CONCERN&said=improve&from=2018&to=2018");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> kinds = new ArrayList<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				kinds.add(sheet.getRow(i).getCell(0).getStringCellValue() + ": " + sheet.getRow(i).getCell(5).getStringCellValue());
			}
			assertThat(kinds).containsExactly("Warwickshire County Council: Area for improvement",
					"Staffordshire County Council: Area for improvement", "Staffordshire County Council: Area for improvement");
		}
	}

	@Test
	void anUnknownFilterIsABadRequestSayingWhatToGive() throws Exception {
		HttpResponse<byte[]> reply = get("/export/findings.xlsx?polarity=SOMETIMES");

		assertThat(reply.statusCode()).isEqualTo(400);
		assertThat(new String(reply.body(), StandardCharsets.UTF_8)).contains("Unknown polarity 'SOMETIMES'");
	}

	@Test
	void aPostedTableComesBackWithCountsAsNumbersSharesAsPercentagesAndDatesAsDates() throws Exception {
		String table = """
				{"title": "Trend over years", "file": "caseloads-trend",
				 "columns": [{"label": "Year", "type": "number"}, {"label": "Events", "type": "number"},
				   {"label": "Share", "type": "percent"}, {"label": "Start", "type": "date"}, {"label": "Note", "type": "text"}],
				 "rows": [["2018", 3, "45%", "2018-07-17", "first"], ["2019", "", "not known", "November 2021", null]]}""";
		HttpResponse<byte[]> reply = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/table.xlsx"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("table=" + URLEncoder.encode(table, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains("caseloads-trend.xlsx"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
			XSSFSheet sheet = workbook.getSheet("Trend over years");
			assertThat(texts(sheet.getRow(0))).containsExactly("Year", "Events", "Share", "Start", "Note");
			assertThat(texts(sheet.getRow(1))).containsExactly("number:2018.0", "number:3.0", "number:0.45",
					"date:2018-07-17", "first");
			assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0%");
			assertThat(texts(sheet.getRow(2))).containsExactly("number:2019.0", "", "not known", "November 2021", "");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
		}
	}

	@Test
	void aTableThatIsNotJsonIsRefusedWithTheReason() throws Exception {
		HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/table.xlsx"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("table=nonsense"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(reply.statusCode()).isEqualTo(400);
		assertThat(reply.body()).contains("not the JSON the dashboard sends");
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < row.getLastCellNum(); i++) {
			Cell cell = row.getCell(i);
			texts.add(cell == null ? "" : switch (cell.getCellType()) {
				case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? "date:" + cell.getLocalDateTimeCellValue().toLocalDate()
						: "number:" + cell.getNumericCellValue();
				case STRING -> cell.getStringCellValue();
				case BLANK -> "";
				default -> cell.getCellType().toString();
			});
		}
		return texts;
	}
}
