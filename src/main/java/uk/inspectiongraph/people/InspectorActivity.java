package uk.inspectiongraph.people;

import java.util.List;

import uk.inspectiongraph.authority.AuthorityView;

/**
 * An inspector with the events and authorities in scope they inspected, the answer to
 * {@code inspectors}.
 *
 * @param person the inspector
 * @param eventCount events inspected
 * @param ledCount events led
 * @param authorities authorities visited, by name
 */
public record InspectorActivity(PersonView person, int eventCount, int ledCount, List<AuthorityView> authorities) {

	/**
	 * The key of the local GraphQL context in which {@code inspectors} hands its scope (an
	 * {@code analytics.Scope}) to the fields under it, so that {@code person.themesRaised} counts
	 * the visits in scope only.
	 */
	public static final String VISITS = "visits";
}
