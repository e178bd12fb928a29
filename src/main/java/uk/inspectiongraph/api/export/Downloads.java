package uk.inspectiongraph.api.export;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The headers of a workbook sent as a download. */
public final class Downloads {

	/** The media type of an {@code .xlsx} workbook. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Downloads() {
	}

	/** Marks the response as an {@code .xlsx} download named after {@code file} (letters, digits, dashes kept). */
	public static void attachment(HttpServletResponse response, String file, String fallback) {
		String name = file == null ? "" : file.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename((name.isEmpty() ? fallback : name) + ".xlsx").build().toString());
	}
}
