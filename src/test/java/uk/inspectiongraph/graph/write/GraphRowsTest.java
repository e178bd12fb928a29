package uk.inspectiongraph.graph.write;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.reading.DateValue;
import uk.inspectiongraph.reading.ExtractedDocument;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.gazetteer.AuthorityMention;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows of a document key its events by their identity: authority, family, start month. */
class GraphRowsTest {

	@Test
	void eventsAreKeyedByTheirIdentityInTheDocumentsOrder() {
		ExtractedDocument paper = new ExtractedDocument("council-paper.txt", "abcdef0123456789".repeat(4), "text",
				DocumentKind.COUNCIL_REPORT, null, "Children's services update", null,
				new AuthorityMention("Barnsley", "E08000016", new Span(0, 8)),
				List.of(event(EventKind.ILACS_STANDARD, DateValue.day(LocalDate.of(2023, 3, 6))),
						event(EventKind.MONITORING_VISIT, DateValue.month(YearMonth.of(2017, 5))),
						event(EventKind.JTAI, null)),
				List.of(), List.of());

		assertThat(GraphRows.of(paper).eventKeys()).containsExactly("E08000016|INSPECTION|2023-03",
				"E08000016|MONITORING_VISIT|2017-05", "E08000016|JTAI|doc-abcdef012345-2");
	}

	private static ExtractedEvent event(EventKind kind, DateValue start) {
		return new ExtractedEvent(kind, start, null, null, List.of(), List.of(), null);
	}
}
