package uk.inspectiongraph.api.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.cypher.CypherReader;

/**
 * Grade history: per authority in scope, its graded inspections in one area in time order, one
 * grade per event (from Ofsted's own report where several documents state it). Grade changes are
 * the consecutive pairs of that history, computed from the same single statement.
 */
@Component
class GradeQueries {

	static final String GRADE_HISTORY = """
			MATCH (a:Authority)<-[:AT]-(e:Event)<-[:OF_EVENT]-(j:Judgement {area: $area})-[:STATED_IN]->(d:Document)
			WHERE %s
			OPTIONAL MATCH (d)-[r:REPORTS]->(e)
			WITH a, e, j ORDER BY coalesce(r.authoritative, false) DESC
			WITH a, e, head(collect(j)) AS j
			ORDER BY e.startDate
			WITH a, collect({event: e, grade: j.grade, score: j.score}) AS grades
			RETURN a AS authority, grades ORDER BY a.name""".formatted(Scope.EVENT_PREDICATE);

	private final CypherReader cypher;

	GradeQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	List<GradeHistory> history(Scope scope, String area) {
		return cypher.list(GRADE_HISTORY, scope.parameters(Map.of("area", area)), row -> history(row, area));
	}

	/** Consecutive pairs of each history whose later inspection falls within {@code from}..{@code to}. */
	static List<GradeHistory.GradeChange> changes(List<GradeHistory> histories, Integer from, Integer to) {
		List<GradeHistory.GradeChange> changes = new ArrayList<>();
		for (GradeHistory history : histories) {
			List<GradeHistory.GradedInspection> grades = history.grades();
			for (int i = 1; i < grades.size(); i++) {
				Integer year = grades.get(i).event().year();
				if ((from == null || (year != null && year >= from)) && (to == null || (year != null && year <= to))) {
					changes.add(change(history.authority(), grades.get(i - 1), grades.get(i)));
				}
			}
		}
		return changes;
	}

	private static GradeHistory.GradeChange change(AuthorityView authority, GradeHistory.GradedInspection before,
			GradeHistory.GradedInspection after) {
		int steps = before.score() - after.score();
		String direction = steps > 0 ? "IMPROVED" : steps < 0 ? "DECLINED" : "UNCHANGED";
		return new GradeHistory.GradeChange(authority, before, after, direction, steps);
	}

	private static GradeHistory history(Record row, String area) {
		List<GradeHistory.GradedInspection> grades = row.get("grades").asList((Value grade) -> new GradeHistory.GradedInspection(
				EventView.of(grade.get("event")), area, grade.get("grade").asString(), grade.get("score").asInt()));
		return new GradeHistory(AuthorityView.of(row.get("authority")), grades);
	}
}
