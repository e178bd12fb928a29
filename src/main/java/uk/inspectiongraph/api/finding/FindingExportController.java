package uk.inspectiongraph.api.finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import uk.inspectiongraph.api.export.Downloads;
import uk.inspectiongraph.api.export.Workbook;
import uk.inspectiongraph.api.protection.InvalidArgumentException;
import uk.inspectiongraph.api.protection.NotFoundException;
import uk.inspectiongraph.api.scope.ScopeInput;
import uk.inspectiongraph.api.scope.Scopes;
import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.Polarity;

/**
 * {@code GET /export/findings.xlsx}: the whole filtered findings set as an Excel workbook with its
 * provenance, for the analyst who goes on in Excel or Power BI. It takes the dashboard's own
 * filters (the view's query string: {@code from}, {@code to}, {@code region}, {@code type},
 * {@code kind}, {@code polarity}, {@code said}, and {@code theme}, {@code authority}), resolved as
 * the {@code findings} query resolves them, and only reads.
 */
@RestController
class FindingExportController {

	private static final List<String> HEADINGS = List.of("Authority", "ONS code", "Event", "Event kind", "Date",
			"Finding kind", "Section", "Themes (polarity)", "Evidence", "Finding", "Document", "Link");

	private static final List<Integer> WIDTHS = List.of(26, 11, 34, 18, 11, 22, 24, 40, 50, 80, 50, 30);

	private static final List<String> MUST_IMPROVE = List.of(FindingKind.AREA_FOR_IMPROVEMENT.name(),
			FindingKind.PRIORITY_ACTION.name(), FindingKind.RECOMMENDATION.name());

	private final FindingExportQueries queries;

	private final Scopes scopes;

	FindingExportController(FindingExportQueries queries, Scopes scopes) {
		this.queries = queries;
		this.scopes = scopes;
	}

	@GetMapping("/export/findings.xlsx")
	void findings(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) String polarity, @RequestParam(required = false) List<String> region,
			@RequestParam(required = false) List<String> type, @RequestParam(required = false) List<String> kind,
			@RequestParam(required = false) List<String> authority, @RequestParam(required = false) List<String> theme,
			@RequestParam(required = false) String said, HttpServletResponse response) throws IOException {
		ScopeInput where = new ScopeInput(given(authority), given(region), given(type), eventKinds(given(kind)),
				given(theme));
		FindingPage.Filter filter = new FindingPage.Filter(scopes.of(from, to, polarity(polarity), where),
				"improve".equals(said) ? MUST_IMPROVE : null);
		List<FindingExportQueries.FindingRow> rows = queries.rows(filter);
		String dashboard = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString();
		try (Workbook workbook = new Workbook("Findings", HEADINGS, WIDTHS)) {
			rows.forEach(row -> write(workbook.row(), row, dashboard));
			Downloads.attachment(response, "findings", "findings");
			workbook.write(response.getOutputStream());
		}
	}

	private static void write(Workbook.Line line, FindingExportQueries.FindingRow row, String dashboard) {
		line.text(row.authority()).text(row.code()).text(row.event()).text(words(row.eventKind())).date(row.date())
			.text(words(row.kind())).text(row.section())
			.text(row.tags().stream().map(t -> t.theme() + " (" + words(t.polarity()).toLowerCase(Locale.ROOT) + ")")
				.collect(Collectors.joining("; ")))
			.text(row.tags().stream().filter(t -> t.evidence() != null).map(t -> t.theme() + ": " + t.evidence())
				.collect(Collectors.joining("; ")))
			.text(row.text()).text(row.title())
			.link("Open the passage", dashboard + "#/document/" + encode(row.hash()) + "?finding=" + encode(row.id()));
	}

	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value == null ? "" : value, StandardCharsets.UTF_8);
	}

	/** A constant for people, as the dashboard writes it: FOCUSED_VISIT becomes "Focused visit". */
	static String words(String constant) {
		if (constant == null || constant.isEmpty()) {
			return constant;
		}
		String text = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static Polarity polarity(String value) {
		if (value == null || value.isBlank() || "ANY".equalsIgnoreCase(value)) {
			return null;
		}
		return parse(Polarity.class, value, "polarity");
	}

	/** The values given, without the blanks an empty form field sends; null when none is left. */
	private static List<String> given(List<String> values) {
		List<String> kept = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
		return kept.isEmpty() ? null : kept;
	}

	private static List<EventKind> eventKinds(List<String> values) {
		return values == null ? null : values.stream().map(v -> parse(EventKind.class, v, "kind")).toList();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("Unknown " + name + " '" + value + "': give one of "
					+ Arrays.toString(type.getEnumConstants()) + ".");
		}
	}

	@ExceptionHandler(InvalidArgumentException.class)
	ProblemDetail invalid(InvalidArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}
}
