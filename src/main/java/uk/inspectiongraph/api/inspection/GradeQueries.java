package uk.inspectiongraph.api.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.cypher.Rows;
import uk.inspectiongraph.domain.JudgementArea;

/**
 * Grade history: per authority in scope, its graded inspections in one area in time order, one
 * grade per event (from Ofsted's own report where several documents state it). Grade changes are
 * the consecutive pairs of that history, computed from the same single statement. Latest grades:
 * per authority, its newest graded inspection with every area's grade and its publication date.
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
			WITH a, collect({event: %s, grade: j.grade, score: j.score}) AS grades
			RETURN %s AS authority, grades ORDER BY a.name""".formatted(Scope.EVENT_PREDICATE, EventView.PROJECTION,
			AuthorityView.PROJECTION);

	/**
	 * Per authority in scope, its latest event with judgements (latest start, then key), one
	 * judgement per area (Ofsted's own report's first, as in {@link #GRADE_HISTORY}, then by
	 * document hash), and the earliest day-precise date of a document that is Ofsted's own
	 * account of the event (its publication).
	 */
	static final String LATEST_GRADES = """
			MATCH (a:Authority)<-[:AT]-(e:Event)
			WHERE %s AND EXISTS { (e)<-[:OF_EVENT]-(:Judgement) }
			WITH a, e ORDER BY e.startDate DESC, e.key DESC
			WITH a, head(collect(e)) AS e
			MATCH (e)<-[:OF_EVENT]-(j:Judgement)-[:STATED_IN]->(d:Document)
			OPTIONAL MATCH (d)-[r:REPORTS]->(e)
			WITH a, e, j, d ORDER BY coalesce(r.authoritative, false) DESC, d.hash
			WITH a, e, j.area AS area, head(collect(%s)) AS judgement
			WITH a, e, collect(judgement) AS judgements
			OPTIONAL MATCH (p:Document)-[:REPORTS {authoritative: true}]->(e)
			WHERE p.datePrecision = 'DAY'
			WITH a, e, judgements, min(p.date) AS published
			RETURN %s AS authority, %s AS event, judgements, published ORDER BY a.name""".formatted(Scope.EVENT_PREDICATE,
			JudgementView.PROJECTION, AuthorityView.PROJECTION, EventView.PROJECTION);

	private final CypherReader cypher;

	GradeQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	List<GradeHistory> history(Scope scope, String area) {
		return cypher.list(GRADE_HISTORY, scope.parameters(Map.of("area", area)), row -> history(row, area));
	}

	/** Each authority's latest graded inspection in scope, its judgements in the order of the areas' enum. */
	List<LatestGrades> latest(Scope scope) {
		return cypher.list(LATEST_GRADES, scope.parameters(), GradeQueries::latest);
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

	private static LatestGrades latest(Record row) {
		List<JudgementView> judgements = row.get("judgements")
			.asList(JudgementView::of)
			.stream()
			.sorted(Comparator.comparing((JudgementView judgement) -> JudgementArea.valueOf(judgement.area())))
			.toList();
		return new LatestGrades(AuthorityView.of(row.get("authority")), EventView.of(row.get("event")), judgements,
				Rows.date(row.get("published")));
	}

	private static GradeHistory history(Record row, String area) {
		List<GradeHistory.GradedInspection> grades = row.get("grades").asList((Value grade) -> new GradeHistory.GradedInspection(
				EventView.of(grade.get("event")), area, grade.get("grade").asString(), grade.get("score").asInt()));
		return new GradeHistory(AuthorityView.of(row.get("authority")), grades);
	}
}
