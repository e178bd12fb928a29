package uk.inspectiongraph.api;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the Cypher statements a request sends are bounded by the query's depth, whatever the
 * number of parents or the page size. Counted at the driver.
 */
class RoundTripApiTest extends ApiTest {

	private static final String FINDINGS = """
			query($first: Int) {
			  findings(first: $first) {
			    edges { node { id event { key authority { name } judgements { grade } } authority { code }
			                   document { hash roles { person { name } } } themes { theme { slug } } } }
			  }
			}""";

	private static final String AUTHORITIES = """
			query($regions: [String!]) {
			  authorities(regions: $regions) {
			    name
			    events { key judgements { grade document { hash } } inspectors { person { name roles { title } } }
			             findings { id themes { polarity } } documents { hash } }
			    roles { person { name } document { hash } }
			    themes { findingCount }
			  }
			}""";

	@Test
	void aPageOfTwoAndAPageOfTwentyFiveCostTheSameStatements() {
		int small = statements(FINDINGS, Map.of("first", 2));
		int large = statements(FINDINGS, Map.of("first", 25));

		assertThat(large).isEqualTo(small);
		// findings; event, authority, document, themes; event.authority, judgements, document.roles; role.person
		assertThat(large).isEqualTo(9);
	}

	private static final String INSPECTORS = """
			query($from: Int, $themes: Int) {
			  inspectors(from: $from) { person { name themesRaised(first: $themes) { theme { slug } findingCount } } }
			}""";

	@Test
	void inspectorsThemesCostOneStatementWhateverTheirNumberOrLimit() {
		int twoInspectors = statements(INSPECTORS, Map.of("from", 2021, "themes", 1));
		int everyInspector = statements(INSPECTORS, Map.of());

		assertThat(everyInspector).isEqualTo(twoInspectors).isEqualTo(2);
	}

	@Test
	void threeAuthoritiesAndFourCostTheSameStatements() {
		int three = statements(AUTHORITIES, Map.of("regions", java.util.List.of("West Midlands")));
		int four = statements(AUTHORITIES, Map.of());

		assertThat(four).isEqualTo(three);
		assertThat(four).isEqualTo(13);
	}

	private static final String PROFILE = """
			query($name: String!) {
			  authority(name: $name) { name events { key startDate judgements { area grade }
			    inspectors { lead person { name } } } }
			}""";

	private static final String VISITS = """
			query($name: String!) {
			  person(name: $name) { name inspections { lead event { key startDate authority { name } } } }
			}""";

	private static final String THEME_PAGE = """
			query($theme: ID!) {
			  findings(first: 20, where: { themes: [$theme] }) {
			    edges { node { id document { title } authority { name } } } }
			}""";

	private static final String SEARCH = """
			query($text: String!) {
			  search(text: $text, first: 20) { findings { score finding { id authority { name } } } }
			}""";

	@Test
	void eachPeerQuestionButTheFindingsPageIsOneStatement() {
		assertThat(statements(PROFILE, Map.of("name", "Warwickshire"))).as("authority profile").isEqualTo(1);
		assertThat(statements(VISITS, Map.of("name", "Nigel Minns"))).as("inspector visits").isEqualTo(1);
		// the page, its documents, their authorities
		assertThat(statements(THEME_PAGE, Map.of("theme", "caseloads"))).as("findings about a theme").isEqualTo(3);
		assertThat(statements(SEARCH, Map.of("text", "caseloads"))).as("search").isEqualTo(1);
	}

	@Test
	void aQueryBeginsNoTransactionEachStatementIsOneAutoCommitRead() {
		graphql.send(AUTHORITIES, null, Map.of());
		cypherCounter.reset();
		graphql.send(AUTHORITIES, null, Map.of());

		assertThat(cypherCounter.count()).isEqualTo(13);
		assertThat(cypherCounter.transactions()).as("explicit transactions begun").isZero();
	}

	private int statements(String query, Map<String, Object> variables) {
		graphql.send(query, null, variables);
		cypherCounter.reset();
		JsonNode body = graphql.send(query, null, variables).body();
		assertThat(body.has("errors")).as(body.toString()).isFalse();
		return cypherCounter.reset();
	}
}
