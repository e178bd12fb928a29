package uk.inspectiongraph.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When two documents speak of one inspection event: the same authority, the same family of event
 * (every graded inspection is one family; focused visits, monitoring visits and joint targeted area
 * inspections are each their own) and the same start month, so that Ofsted's report and a council
 * paper about the same inspection meet at one event even when they date it a few days apart. An
 * event without a start date cannot be matched with any other: it is known only through the
 * document stating it, and is keyed by that document and its place in it. Two events are the same
 * event exactly when their {@link #key() keys} are equal.
 *
 * @param authorityCode the ONS code of the authority inspected
 * @param kind the kind of event the document gives
 * @param startMonth the month the event started, or null when the document gives no start
 * @param documentHash the SHA-256 of the document stating the event
 * @param index the event's place among that document's events
 */
public record EventIdentity(String authorityCode, EventKind kind, YearMonth startMonth, String documentHash,
		int index) {

	/** The family every graded inspection belongs to, whatever its framework. */
	public static final String INSPECTION = "INSPECTION";

	/** The identity of an event starting on {@code start} (null when the document gives no start). */
	public static EventIdentity of(String authorityCode, EventKind kind, LocalDate start, String documentHash,
			int index) {
		return new EventIdentity(authorityCode, kind, start == null ? null : YearMonth.from(start), documentHash, index);
	}

	/** The family of events of this kind: {@link #INSPECTION} for graded kinds, else the kind's name. */
	public String family() {
		return kind.graded() ? INSPECTION : kind.name();
	}

	/**
	 * The event's key in the graph: {@code <authority>|<family>|<yyyy-MM>}, or, without a start,
	 * {@code <authority>|<family>|doc-<first 12 of the document's hash>-<index>}.
	 */
	public String key() {
		if (startMonth == null) {
			return authorityCode + "|" + family() + "|doc-" + documentHash.substring(0, 12) + "-" + index;
		}
		return authorityCode + "|" + family() + "|" + startMonth;
	}
}
