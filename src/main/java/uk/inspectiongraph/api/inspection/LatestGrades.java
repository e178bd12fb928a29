package uk.inspectiongraph.api.inspection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import uk.inspectiongraph.api.authority.AuthorityView;

/**
 * An authority's latest graded inspection, the answer to {@code latestGrades}: what a league table
 * of grades needs in one row. The days since the inspection are left to the client, so that an
 * answer does not change with the clock; the days to publication are fixed facts and are given.
 *
 * @param authority the authority
 * @param event its latest event with judgements
 * @param judgements one per area (Ofsted's own report's where several documents state it), in area order
 * @param publishedDate the date of Ofsted's own report of the event when known to the day, else null
 */
public record LatestGrades(AuthorityView authority, EventView event, List<JudgementView> judgements,
		String publishedDate) {

	/** The overall effectiveness grade, or null when the inspection did not give one. */
	public String overall() {
		return judgements.stream()
			.filter(judgement -> "OVERALL_EFFECTIVENESS".equals(judgement.area()))
			.map(JudgementView::grade)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Days from the end of the inspection (its start when no end is known) to publication, when
	 * both are known to the day; null otherwise.
	 */
	public Integer daysToPublication() {
		boolean ended = event.endDate() != null;
		String inspected = ended ? event.endDate() : event.startDate();
		String precision = ended ? event.endPrecision() : event.startPrecision();
		if (publishedDate == null || inspected == null || !"DAY".equals(precision)) {
			return null;
		}
		return (int) ChronoUnit.DAYS.between(LocalDate.parse(inspected), LocalDate.parse(publishedDate));
	}
}
