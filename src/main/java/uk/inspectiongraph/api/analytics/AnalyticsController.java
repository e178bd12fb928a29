package uk.inspectiongraph.api.analytics;

import uk.inspectiongraph.api.scope.ScopeInput;
import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.scope.Scopes;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.Polarity;
import uk.inspectiongraph.api.protection.InvalidArgumentException;

/**
 * Answers the analyst questions about themes: recurrence across authorities and years,
 * persistence at an authority, trends and matrices, and co-occurrence. Each field validates its
 * arguments into a {@link Scope} (with the finding kinds that count, every kind when none are
 * given) and runs one Cypher statement.
 */
@Controller
class AnalyticsController {

	private final Scopes scopes;

	private final RecurringThemesQueries recurring;

	private final PersistenceQueries persistence;

	private final MatrixQueries matrix;

	private final CoOccurrenceQueries coOccurrence;

	AnalyticsController(Scopes scopes, RecurringThemesQueries recurring, PersistenceQueries persistence,
			MatrixQueries matrix, CoOccurrenceQueries coOccurrence) {
		this.scopes = scopes;
		this.recurring = recurring;
		this.persistence = persistence;
		this.matrix = matrix;
		this.coOccurrence = coOccurrence;
	}

	@QueryMapping
	List<ThemeRecurrence> recurringThemes(@Argument Integer from, @Argument Integer to, @Argument Polarity polarity,
			@Argument Integer minAuthorities, @Argument ScopeInput where, @Argument Integer limit,
			@Argument List<FindingKind> findingKinds) {
		InvalidArgumentException.requireNotNegative("limit", limit);
		InvalidArgumentException.requireNotNegative("minAuthorities", minAuthorities);
		return recurring.run(scopes.of(from, to, polarity, findingKinds, where), minAuthorities == null ? 2 : minAuthorities,
				limit);
	}

	@QueryMapping
	List<ThemePersistence> themePersistence(@Argument String authority, @Argument Integer from, @Argument Integer to,
			@Argument Polarity polarity, @Argument List<String> status, @Argument ScopeInput where,
			@Argument Integer limit, @Argument List<FindingKind> findingKinds) {
		return persistence.rows(persistenceScope(authority, from, to, polarity, findingKinds, where, limit), status,
				limit);
	}

	@QueryMapping
	List<AuthorityPersistence> persistenceByAuthority(@Argument String authority, @Argument Integer from,
			@Argument Integer to, @Argument Polarity polarity, @Argument List<String> status, @Argument ScopeInput where,
			@Argument Integer limit, @Argument List<FindingKind> findingKinds) {
		return persistence.byAuthority(persistenceScope(authority, from, to, polarity, findingKinds, where, limit),
				status, limit);
	}

	/** The scope of a persistence question: one authority (or all) within the filters; the limit checked. */
	private Scope persistenceScope(String authority, Integer from, Integer to, Polarity polarity,
			List<FindingKind> findingKinds, ScopeInput where, Integer limit) {
		InvalidArgumentException.requireNotNegative("limit", limit);
		return scopes.of(from, to, polarity, findingKinds,
				(where == null ? ScopeInput.NONE : where).withAuthority(authority));
	}

	@QueryMapping
	List<ThemeMatrix.TrendPoint> themeTrend(@Argument String theme, @Argument Dimension by, @Argument Integer from,
			@Argument Integer to, @Argument Polarity polarity, @Argument ScopeInput where,
			@Argument List<FindingKind> findingKinds) {
		List<String> branch = scopes.branch(theme);
		Scope scope = scopes.of(from, to, polarity, findingKinds, where).withThemes(branch);
		ThemeMatrix trend = matrix.run(scope, orYear(by), false, List.of(theme), theme);
		ThemeMatrix.Row row = trend.rows().get(0);
		return IntStream.range(0, trend.columns().size()).mapToObj(i -> {
			ThemeMatrix.Column column = trend.columns().get(i);
			int events = row.eventCounts().get(i);
			return new ThemeMatrix.TrendPoint(column.key(), column.label(), events, row.findingCounts().get(i),
					column.totalEvents(), MatrixQueries.rate(events, column.totalEvents()));
		}).toList();
	}

	@QueryMapping
	ThemeMatrix themeMatrix(@Argument Dimension by, @Argument Integer from, @Argument Integer to,
			@Argument Polarity polarity, @Argument Boolean normalise, @Argument ScopeInput where,
			@Argument List<FindingKind> findingKinds) {
		List<String> rows = where == null ? null : where.themes();
		return matrix.run(scopes.of(from, to, polarity, findingKinds, where), orYear(by), Boolean.TRUE.equals(normalise),
				rows, null);
	}

	@QueryMapping
	List<CoOccurrence> coOccurringThemes(@Argument String theme, @Argument String within, @Argument Polarity polarity,
			@Argument Integer from, @Argument Integer to, @Argument Integer minCount, @Argument ScopeInput where,
			@Argument List<FindingKind> findingKinds) {
		List<String> anchor = scopes.branch(theme);
		return coOccurrence.run(scopes.of(from, to, polarity, findingKinds, where), anchor,
				within == null ? "FINDING" : within,
				minCount == null ? 1 : minCount);
	}

	private static Dimension orYear(Dimension by) {
		return by == null ? Dimension.YEAR : by;
	}

}
