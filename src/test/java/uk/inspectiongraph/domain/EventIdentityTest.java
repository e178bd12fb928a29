package uk.inspectiongraph.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule that decides when two documents speak of one event, and the keys it gives the graph's
 * events (keys already in a graph must never change).
 */
class EventIdentityTest {

	private static final String BARNSLEY = "E08000016";

	private static final String HASH = "0123456789abcdef".repeat(4);

	@Test
	void aDatedEventIsKeyedByAuthorityFamilyAndStartMonth() {
		assertThat(key(BARNSLEY, EventKind.ILACS_STANDARD, LocalDate.of(2023, 3, 6))).isEqualTo("E08000016|INSPECTION|2023-03");
		assertThat(key("E10000031", EventKind.FOCUSED_VISIT, LocalDate.of(1992, 3, 2)))
			.isEqualTo("E10000031|FOCUSED_VISIT|1992-03");
		assertThat(key(BARNSLEY, EventKind.MONITORING_VISIT, LocalDate.of(2019, 11, 30)))
			.isEqualTo("E08000016|MONITORING_VISIT|2019-11");
		assertThat(key(BARNSLEY, EventKind.JTAI, LocalDate.of(2021, 1, 1))).isEqualTo("E08000016|JTAI|2021-01");
	}

	@Test
	void everyGradedInspectionIsOneFamily() {
		for (EventKind kind : EventKind.values()) {
			EventIdentity identity = EventIdentity.of(BARNSLEY, kind, LocalDate.of(2018, 7, 17), HASH, 0);

			assertThat(identity.family()).as(kind.name()).isEqualTo(kind.graded() ? "INSPECTION" : kind.name());
		}
		assertThat(key(BARNSLEY, EventKind.SIF_INSPECTION, LocalDate.of(2018, 7, 2)))
			.isEqualTo(key(BARNSLEY, EventKind.ILACS_STANDARD, LocalDate.of(2018, 7, 20)))
			.isEqualTo(key(BARNSLEY, EventKind.ILACS_SHORT, LocalDate.of(2018, 7, 31)));
	}

	@Test
	void theStartMonthAloneDatesTheEvent() {
		assertThat(key(BARNSLEY, EventKind.FOCUSED_VISIT, LocalDate.of(2018, 7, 1)))
			.isEqualTo(key(BARNSLEY, EventKind.FOCUSED_VISIT, LocalDate.of(2018, 7, 31)))
			.isNotEqualTo(key(BARNSLEY, EventKind.FOCUSED_VISIT, LocalDate.of(2018, 8, 1)))
			.isNotEqualTo(key(BARNSLEY, EventKind.FOCUSED_VISIT, LocalDate.of(2019, 7, 1)));
		assertThat(key(BARNSLEY, EventKind.FOCUSED_VISIT, LocalDate.of(2018, 7, 1)))
			.isNotEqualTo(key(BARNSLEY, EventKind.MONITORING_VISIT, LocalDate.of(2018, 7, 1)))
			.isNotEqualTo(key("E10000031", EventKind.FOCUSED_VISIT, LocalDate.of(2018, 7, 1)));
	}

	@Test
	void aDatedEventDoesNotDependOnTheDocumentStatingIt() {
		EventIdentity report = EventIdentity.of(BARNSLEY, EventKind.ILACS_STANDARD, LocalDate.of(2023, 3, 6), HASH, 0);
		EventIdentity councilPaper = EventIdentity.of(BARNSLEY, EventKind.ILACS_STANDARD, LocalDate.of(2023, 3, 17),
				"f".repeat(64), 3);

		assertThat(report.key()).isEqualTo(councilPaper.key());
	}

	@Test
	void anUndatedEventIsKnownOnlyThroughItsDocument() {
		assertThat(key(BARNSLEY, EventKind.JTAI, null)).isEqualTo("E08000016|JTAI|doc-0123456789ab-2");
		assertThat(EventIdentity.of(BARNSLEY, EventKind.ILACS_SHORT, null, HASH, 0).key())
			.isEqualTo("E08000016|INSPECTION|doc-0123456789ab-0");
		assertThat(EventIdentity.of(BARNSLEY, EventKind.JTAI, null, "f".repeat(64), 2).key())
			.isNotEqualTo(key(BARNSLEY, EventKind.JTAI, null));
	}

	private static String key(String authorityCode, EventKind kind, LocalDate start) {
		return EventIdentity.of(authorityCode, kind, start, HASH, 2).key();
	}
}
