package uk.inspectiongraph.api.scope;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.reading.gazetteer.Authority;
import uk.inspectiongraph.reading.gazetteer.Gazetteer;
import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.Polarity;
import uk.inspectiongraph.api.protection.InvalidArgumentException;
import uk.inspectiongraph.api.protection.NotFoundException;
import uk.inspectiongraph.api.theme.ThemeCatalog;

/**
 * Turns the filter arguments of a GraphQL field into a validated {@link Scope}: years in order,
 * theme slugs known and expanded to their branches. Needs no database round trip.
 */
@Component
public class Scopes {

	private final ThemeCatalog themes;

	private final Gazetteer gazetteer;

	Scopes(ThemeCatalog themes, Gazetteer gazetteer) {
		this.themes = themes;
		this.gazetteer = gazetteer;
	}

	/** The scope of these arguments; {@code where} may be null. */
	public Scope of(Integer from, Integer to, Polarity polarity, ScopeInput where) {
		return of(from, to, polarity, null, where);
	}

	/** The scope of these arguments, counting findings of these kinds only (every kind when null or empty). */
	public Scope of(Integer from, Integer to, Polarity polarity, List<FindingKind> findingKinds, ScopeInput where) {
		requireOrdered(from, to);
		ScopeInput input = where == null ? ScopeInput.NONE : where;
		return new Scope(from, to, polarity, codes(nonEmpty(input.authorities())), nonEmpty(input.regions()),
				nonEmpty(input.authorityTypes()), kinds(input.eventKinds()),
				nonEmpty(input.themes()) == null ? null : themes.withNarrower(input.themes()), names(findingKinds));
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

	/**
	 * The ONS codes of the authorities named, in any written form ("Warwickshire County Council",
	 * "warwickshire", "E10000031"); an unknown name is a {@link NotFoundException}, as an unknown
	 * authority is wherever the API is asked about one.
	 */
	private List<String> codes(List<String> authorities) {
		if (authorities == null) {
			return null;
		}
		return authorities.stream().map(this::code).toList();
	}

	private String code(String authority) {
		String given = authority.strip().toUpperCase(java.util.Locale.ROOT);
		if (given.matches("E\\d{8}")) {
			return gazetteer.byCode(given).map(known -> given).orElseThrow(() -> unknown(authority));
		}
		return gazetteer.resolve(authority).map(Authority::code).orElseThrow(() -> unknown(authority));
	}

	private static NotFoundException unknown(String authority) {
		return new NotFoundException("Unknown authority '" + authority
				+ "': give a local authority's name as Ofsted writes it (e.g. \"Warwickshire\") or its ONS code.");
	}

	private static List<String> nonEmpty(List<String> values) {
		return values == null || values.isEmpty() ? null : values;
	}

	private static List<String> kinds(List<EventKind> kinds) {
		return kinds == null || kinds.isEmpty() ? null : kinds.stream().map(Enum::name).toList();
	}

	/** The kinds' names, sorted and each once (so that equal filters make equal scopes); null when none. */
	private static List<String> names(List<FindingKind> values) {
		return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).distinct().sorted().toList();
	}
}
