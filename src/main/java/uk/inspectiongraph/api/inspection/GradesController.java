package uk.inspectiongraph.api.inspection;

import java.util.Comparator;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.scope.ScopeInput;
import uk.inspectiongraph.api.scope.Scopes;

/**
 * Answers the judgement questions: an authority's grade history in an area, and which
 * authorities improved or declined between consecutive graded inspections, and each authority's
 * latest grades.
 */
@Controller
class GradesController {

	private final Scopes scopes;

	private final GradeQueries grades;

	GradesController(Scopes scopes, GradeQueries grades) {
		this.scopes = scopes;
		this.grades = grades;
	}

	@QueryMapping
	List<GradeHistory> gradeHistory(@Argument String area, @Argument Integer from, @Argument Integer to,
			@Argument ScopeInput where) {
		return grades.history(scopes.of(from, to, null, where), area == null ? "OVERALL_EFFECTIVENESS" : area);
	}

	/** Event kinds in {@code where} narrow which inspections count; themes play no part. */
	@QueryMapping
	List<LatestGrades> latestGrades(@Argument ScopeInput where) {
		return grades.latest(scopes.of(null, null, null, where));
	}

	/** Years bound the later inspection only, so the earlier one is looked up whatever its year. */
	@QueryMapping
	List<GradeHistory.GradeChange> gradeChanges(@Argument String area, @Argument List<String> direction,
			@Argument Integer from, @Argument Integer to, @Argument ScopeInput where) {
		scopes.of(from, to, null, null);
		List<GradeHistory> histories = grades.history(scopes.of(null, null, null, where),
				area == null ? "OVERALL_EFFECTIVENESS" : area);
		return GradeQueries.changes(histories, from, to)
			.stream()
			.filter(change -> direction == null || direction.isEmpty() || direction.contains(change.direction()))
			.sorted(Comparator.comparing((GradeHistory.GradeChange change) -> change.after().event().startDate()))
			.toList();
	}
}
