package uk.inspectiongraph.api.theme;

import uk.inspectiongraph.api.scope.Scope;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.domain.Polarity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The themes raised on inspectors' visits in a range of years, read from the people's roll-up (its
 * sums per year), are what the events' roll-up of those visits gives, on the seeded demo corpus:
 * same themes, counts, years and order, for whole lists and the first few; and the loader reads
 * the roll-up only when years alone narrow the visits.
 */
@EmbeddedGraphTest
class ThemesRaisedInYearsTest {

	private static final String INSPECTORS = "MATCH (p:Person)-[:INSPECTED]->() RETURN DISTINCT p.key AS key ORDER BY key";

	@Autowired
	Neo4jClient neo4j;

	static List<Scope> years() {
		return List.of(years(2019, 2022), years(null, 2018), years(2021, null), years(2018, 2018), years(2040, null));
	}

	@ParameterizedTest
	@MethodSource("years")
	void thePeoplesRollUpByYearGivesWhatTheirVisitsGive(Scope scope) {
		List<String> people = neo4j.query(INSPECTORS).fetchAs(String.class).all().stream().toList();
		assertThat(people).hasSizeGreaterThan(5);
		for (int first : new int[] { 3, 1000 }) {
			Map<String, Object> parameters = scope.parameters(Map.of("keys", people, "first", first));

			List<Map<String, Object>> fromRollUp = rows(ThemeQueries.THEMES_ON_VISITS_IN_YEARS, parameters);

			assertThat(fromRollUp).as("first %d", first)
				.containsExactlyInAnyOrderElementsOf(rows(ThemeQueries.THEMES_ON_VISITS_IN_SCOPE, parameters));
			if (scope.from() == null || scope.from() < 2030) {
				assertThat(fromRollUp).as("some inspector has visits in %s-%s", scope.from(), scope.to()).isNotEmpty();
			}
		}
	}

	@Test
	void theRollUpIsReadOnlyWhenYearsAloneNarrowTheVisits() {
		assertThat(new ThemesRaisedLoader.Question(5, years(2019, null)).statement())
			.isEqualTo(ThemeQueries.THEMES_ON_VISITS_IN_YEARS);
		assertThat(new ThemesRaisedLoader.Question(5, new Scope(2019, null, Polarity.CONCERN, null, null, null, null, null))
			.statement()).isEqualTo(ThemeQueries.THEMES_ON_VISITS_IN_SCOPE);
		assertThat(new ThemesRaisedLoader.Question(5, new Scope(2019, null, null, null, List.of("west midlands"), null,
				null, null)).statement()).isEqualTo(ThemeQueries.THEMES_ON_VISITS_IN_SCOPE);
		assertThat(new ThemesRaisedLoader.Question(5, years(2019, null).withFindingKinds(List.of("RECOMMENDATION")))
			.statement()).isEqualTo(ThemeQueries.THEMES_ON_VISITS_BY_KIND);
	}

	private static Scope years(Integer from, Integer to) {
		return new Scope(from, to, null, null, null, null, null, null);
	}

	/** Each person's row: the key and the counts in the statement's order, the years of each theme ascending. */
	private List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher).bindAll(parameters).fetch().all().stream().map(row -> Map.<String, Object>of("key",
				row.get("key"), "counts", ((List<?>) row.get("counts")).stream().map(count -> {
					Map<?, ?> map = (Map<?, ?>) count;
					return map.get("slug") + " " + map.get("concernCount") + "/" + map.get("strengthCount") + "/"
							+ map.get("findingCount") + " " + ((List<?>) map.get("years")).stream().map(String::valueOf)
								.sorted().toList();
				}).toList())).toList();
	}
}
