package uk.inspectiongraph.api.scope;

import java.util.List;

import uk.inspectiongraph.domain.EventKind;

/**
 * The GraphQL {@code Scope} input: the filters the analyst questions share beside years and
 * polarity. A list left out means no restriction.
 *
 * @param authorities ONS codes or names
 * @param regions region names, any case
 * @param authorityTypes authority types, any case
 * @param eventKinds kinds of inspection event
 * @param themes theme slugs, each standing for its branch of the taxonomy
 */
public record ScopeInput(List<String> authorities, List<String> regions, List<String> authorityTypes,
		List<EventKind> eventKinds, List<String> themes) {

	/** No restriction. */
	public static final ScopeInput NONE = new ScopeInput(null, null, null, null, null);

	/** This scope narrowed to one more authority, when one is given. */
	public ScopeInput withAuthority(String authority) {
		if (authority == null || authority.isBlank()) {
			return this;
		}
		return new ScopeInput(List.of(authority), regions, authorityTypes, eventKinds, themes);
	}
}
