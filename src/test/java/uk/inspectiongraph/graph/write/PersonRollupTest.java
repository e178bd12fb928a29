package uk.inspectiongraph.graph.write;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.graph.schema.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspectors' roll-up ({@code RAISED_ON_VISITS}) keeps the contract of every roll-up
 * ({@link RollupContract}): it is what walking every finding about the events each person
 * inspected gives, with the same sums per year, each theme ranked among the person's themes.
 */
@EmbeddedGraphTest
class PersonRollupTest extends RollupContract {

	/**
	 * What the roll-up should hold, from the findings' tags: per person and theme the sums, and the
	 * theme's rank among the person's themes by findings (ties by slug).
	 */
	private static final String WALKED = """
			MATCH (p:Person)-[:INSPECTED]->(e:Event)
			WITH DISTINCT p, e
			MATCH (e)<-[:ABOUT]-(:Finding)-[tg:TAGGED]->(t:Theme)
			WITH p, t, e.year AS year, count(CASE tg.polarity WHEN 'CONCERN' THEN 1 END) AS concerns,
			     count(CASE tg.polarity WHEN 'STRENGTH' THEN 1 END) AS strengths, count(tg) AS findings
			WITH p, t, sum(concerns) AS concerns, sum(strengths) AS strengths, sum(findings) AS findings,
			     collect(year) AS years,
			     collect(CASE WHEN year IS NOT NULL THEN year + ':' + concerns + '/' + strengths + '/' + findings END) AS byYear
			ORDER BY findings DESC, t.slug
			WITH p, collect({theme: t.slug, concerns: concerns, strengths: strengths, findings: findings,
			     years: years, byYear: byYear}) AS sums
			UNWIND range(0, size(sums) - 1) AS rank
			RETURN p.key AS person, sums[rank].theme AS theme, sums[rank].concerns AS concerns,
			       sums[rank].strengths AS strengths, sums[rank].findings AS findings, sums[rank].years AS years,
			       sums[rank].byYear AS byYear, rank""";

	/** What the roll-up holds. */
	private static final String ROLLED_UP = """
			MATCH (p:Person)-[r:RAISED_ON_VISITS]->(t:Theme)
			RETURN p.key AS person, t.slug AS theme, r.concerns AS concerns, r.strengths AS strengths,
			       r.findings AS findings, r.years AS years, r.rank AS rank,
			       [i IN range(0, size(r.years) - 1) | r.years[i] + ':' + r.yearConcerns[i] + '/' + r.yearStrengths[i]
			         + '/' + r.yearFindings[i]] AS byYear""";

	@Test
	void theMigrationIsTheRefreshAlone() throws IOException {
		assertThat(SchemaMigrations.statementsOf(new ClassPathResource("db/migrations/" + migration())))
			.containsExactly(refreshOverEverything());
	}

	@Override
	List<String> rolledUp() {
		return rows(ROLLED_UP);
	}

	@Override
	List<String> walked() {
		return rows(WALKED);
	}

	@Override
	List<String> stored() {
		return propertyRows("MATCH (p:Person)-[v:RAISED_ON_VISITS]->(t:Theme) RETURN p.key + ' ' + t.slug AS name, properties(v) AS properties");
	}

	@Override
	void spoil() {
		neo4j.query("MATCH ()-[r:RAISED_ON_VISITS]->() WITH r LIMIT 5 DELETE r").run();
		neo4j.query("MATCH ()-[r:RAISED_ON_VISITS]->() SET r.findings = -1").run();
	}

	@Override
	String migration() {
		return "V019__person_rollup_by_year.cypher";
	}

	@Override
	String refreshOverEverything() {
		return PersonRollupQueries.REFRESH_ALL;
	}

	/**
	 * Each row as text, its years ascending (collect gives them in no set order), then its sums per
	 * year ({@code year:concerns/strengths/findings}), its rank last.
	 */
	private List<String> rows(String cypher) {
		return List.copyOf(neo4j.query(cypher).fetch().all().stream().map(row -> row.get("person") + " "
				+ row.get("theme") + " " + row.get("concerns") + " " + row.get("strengths") + " " + row.get("findings")
				+ " " + ((List<?>) row.get("years")).stream().map(String::valueOf).distinct().sorted().toList() + " "
				+ ((List<?>) row.get("byYear")).stream().map(String::valueOf).sorted().toList() + " #" + row.get("rank"))
			.toList());
	}

}
