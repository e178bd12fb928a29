package uk.inspectiongraph.api.analytics;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.scope.Scopes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.domain.Polarity;
import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.protection.InvalidArgumentException;
import uk.inspectiongraph.api.theme.ThemeCatalog;
import uk.inspectiongraph.api.theme.ThemeView;
import uk.inspectiongraph.ingest.IngestService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The analytics controller's arguments, defaults and errors, with its queries mocked. */
@GraphQlTest(controllers = AnalyticsController.class,
		properties = "inspection-graph.embedded.data-directory=target/test-neo4j/analytics-slice")
@Import({ Scopes.class, AnalyticsControllerTest.Authorities.class })
@EnableConfigurationProperties(ApiProperties.class)
class AnalyticsControllerTest {

	/** The real gazetteer: scopes resolve authority names through it, with no database. */
	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	static class Authorities {

		@org.springframework.context.annotation.Bean
		uk.inspectiongraph.reading.gazetteer.Gazetteer gazetteer() {
			return uk.inspectiongraph.reading.gazetteer.Gazetteer.loadDefault();
		}
	}


	@Autowired
	GraphQlTester graphQl;

	/** The upload's error mapping records refusals through it; these tests upload nothing. */
	@MockitoBean
	IngestService ingestService;

	@MockitoBean
	ThemeCatalog themes;

	@MockitoBean
	RecurringThemesQueries recurring;

	@MockitoBean
	PersistenceQueries persistence;

	@MockitoBean
	MatrixQueries matrix;

	@MockitoBean
	CoOccurrenceQueries coOccurrence;

	@Test
	void recurringThemesDefaultsToConcernsAtTwoAuthoritiesAndPassesTheScope() {
		ThemeView caseloads = new ThemeView("caseloads", "Caseloads", null, "workforce");
		AuthorityView warwickshire = new AuthorityView("E10000031", "Warwickshire County Council", "county",
				"West Midlands", "80576", List.of());
		when(recurring.run(any(), anyInt(), any())).thenReturn(List.of(new ThemeRecurrence(caseloads, 1,
				List.of(warwickshire), List.of(2018), 1, 2, "2018-07-17", "2018-07-17", List.of())));

		graphQl.document("{ recurringThemes(from: 2018, to: 2021, where: {regions: [\"West Midlands\"]}) "
				+ "{ theme { slug name } authorities { code } years } }")
			.execute()
			.path("recurringThemes[0].theme.name").entity(String.class).isEqualTo("Caseloads")
			.path("recurringThemes[0].authorities[0].code").entity(String.class).isEqualTo("E10000031");

		ArgumentCaptor<Scope> scope = ArgumentCaptor.forClass(Scope.class);
		verify(recurring).run(scope.capture(), eq(2), eq(null));
		assertThat(scope.getValue().polarity()).isEqualTo(Polarity.CONCERN);
		assertThat(scope.getValue().parameters()).containsEntry("from", 2018).containsEntry("to", 2021)
			.containsEntry("regions", List.of("west midlands")).containsEntry("themes", null);
	}

	@Test
	void yearsOutOfOrderAreABadRequestBeforeAnyQuery() {
		graphQl.document("{ recurringThemes(from: 2022, to: 2018) { eventCount } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("from (2022) is after to (2018)");
				});
			});
		verifyNoInteractions(recurring);
	}

	@Test
	void anUnknownThemeIsABadRequest() {
		when(themes.withNarrower(List.of("nope"))).thenThrow(new InvalidArgumentException("Unknown theme 'nope'"));

		graphQl.document("{ coOccurringThemes(theme: \"nope\") { count } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		verifyNoInteractions(coOccurrence);
	}
}
