package uk.inspectiongraph.api.analytics;

import java.util.List;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.theme.ThemeView;

/**
 * One authority's answer to {@code persistenceByAuthority}: its events in scope with findings,
 * listed once in time order, and each theme raised at them with what became of it, naming the
 * events by key. The same facts as the authority's {@link ThemePersistence} rows, which repeat
 * the events on every theme's row.
 *
 * @param authority the authority
 * @param events its events in scope with findings, in time order
 * @param themes the themes raised at them, most often raised first
 */
public record AuthorityPersistence(AuthorityView authority, List<EventView> events, List<PersistedTheme> themes) {

	/** The same answer as {@code themePersistence} rows: one per theme, the events written out. */
	List<ThemePersistence> rows() {
		return themes.stream().map(theme -> new ThemePersistence(authority, theme.theme(), theme.status(),
				theme.recurred(), theme.raisedEvents(), theme.laterEventsAfter(), theme.firstYear(), theme.lastYear()))
			.toList();
	}

	/**
	 * A theme's history at the authority of an {@link AuthorityPersistence}.
	 *
	 * @param theme the theme
	 * @param status PERSISTED, STOPPED or NEW
	 * @param recurred whether it was raised at two or more events
	 * @param raisedEvents the events raising it, in time order
	 * @param laterEventsAfter the authority's events with findings after the last one raising it
	 * @param firstYear the year it was first raised
	 * @param lastYear the year it was last raised
	 */
	public record PersistedTheme(ThemeView theme, String status, boolean recurred, List<EventView> raisedEvents,
			List<EventView> laterEventsAfter, int firstYear, int lastYear) {

		/** The keys of the events raising the theme ({@code raisedAt} in the schema). */
		public List<String> raisedAt() {
			return raisedEvents.stream().map(EventView::key).toList();
		}

		/** The keys of the events after the last one raising it ({@code laterEvents} in the schema). */
		public List<String> laterEvents() {
			return laterEventsAfter.stream().map(EventView::key).toList();
		}
	}
}
