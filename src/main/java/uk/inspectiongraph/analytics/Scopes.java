package uk.inspectiongraph.analytics;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.extraction.EventKind;
import uk.inspectiongraph.extraction.Polarity;
import uk.inspectiongraph.system.InvalidArgumentException;
import uk.inspectiongraph.theme.ThemeCatalog;

/**
 * Turns the filter arguments of a GraphQL field into a validated {@link Scope}: years in order,
 * theme slugs known and expanded to their branches. Needs no database round trip.
 */
@Component
public class Scopes {

	private final ThemeCatalog themes;

	Scopes(ThemeCatalog themes) {
		this.themes = themes;
	}

	/** The scope of these arguments; {@code where} may be null. */
	public Scope of(Integer from, Integer to, Polarity polarity, ScopeInput where) {
		requireOrdered(from, to);
		ScopeInput input = where == null ? ScopeInput.NONE : where;
		return new Scope(from, to, polarity, nonEmpty(input.authorities()), nonEmpty(input.regions()),
				nonEmpty(input.authorityTypes()), kinds(input.eventKinds()), nonEmpty(input.themes()) == null ? null : themes.withNarrower(input.themes()));
	}

	/** The slugs of one theme's branch; an unknown slug is an {@link InvalidArgumentException}. */
	public List<String> branch(String slug) {
		return themes.withNarrower(List.of(slug));
	}

	static void requireOrdered(Integer from, Integer to) {
		if (from != null && to != null && from > to) {
			throw new InvalidArgumentException("from (" + from + ") is after to (" + to
					+ "): give from <= to, or swap them.");
		}
	}

	private static List<String> nonEmpty(List<String> values) {
		return values == null || values.isEmpty() ? null : values;
	}

	private static List<String> kinds(List<EventKind> kinds) {
		return kinds == null || kinds.isEmpty() ? null : kinds.stream().map(Enum::name).toList();
	}
}
