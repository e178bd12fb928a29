package uk.inspectiongraph.api.people;

import java.util.List;

import uk.inspectiongraph.api.authority.AuthorityView;

/**
 * An inspector with the events and authorities in scope they inspected, the answer to
 * {@code inspectors}.
 *
 * @param person the inspector, carrying the scope of the visits (see {@link PersonView#visits()})
 * @param eventCount events inspected
 * @param ledCount events led
 * @param authorities authorities visited, by name
 */
public record InspectorActivity(PersonView person, int eventCount, int ledCount, List<AuthorityView> authorities) {
}
