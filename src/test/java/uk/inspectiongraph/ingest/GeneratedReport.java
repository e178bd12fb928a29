package uk.inspectiongraph.ingest;

import java.util.List;

/**
 * The text of an ILACS inspection report made up for the tests: a judgement table, areas for
 * improvement and some pages of findings, each sentence its own (so that no two reports share more
 * than their boilerplate).
 */
final class GeneratedReport {

	private static final List<String> TEAMS = List.of("assessment", "children in care", "care leavers", "disabled children",
			"front door", "fostering", "adoption");

	private static final List<String> QUALITIES = List.of("thorough", "timely", "patchy", "careful", "inconsistent",
			"child-centred", "well-recorded");

	private GeneratedReport() {
	}

	static String text(String authority, String dates) {
		StringBuilder text = new StringBuilder("""
				Ofsted
				Inspection of %s local authority children's services
				Inspection dates: %s
				Lead inspector: Robin Sample, His Majesty's Inspector
				Judgement Grade
				The impact of leaders on social work
				practice with children and families
				Good
				The experiences and progress of
				children who need help and protection
				Requires improvement to be good
				The experiences and progress of
				children in care
				Good
				The experiences and progress of care
				leavers
				Good
				Overall effectiveness Good

				What needs to improve in this local authority?

				- The timeliness of assessments for children in need in the %s area.
				- The quality and specificity of pathway plans for care leavers.
				- Management oversight of social work caseloads in the assessment teams.

				Main findings

				""".formatted(authority, dates, authority));
		for (int i = 1; i <= 180; i++) {
			text.append("In the %s team, the record of child %d showed %s work: the social worker visited %d times and "
				.formatted(TEAMS.get(i % TEAMS.size()), i, QUALITIES.get(i % QUALITIES.size()), i % 9 + 1))
				.append("the plan was reviewed after %d weeks, case %d of %s.%n".formatted(i % 13 + 2, i, authority));
			if (i % 12 == 0) {
				text.append('\n');
			}
		}
		return text.toString();
	}
}
