package uk.inspectiongraph.api.joint;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.people.RoleView;
import uk.inspectiongraph.api.theme.ThemeCatalog;
import uk.inspectiongraph.api.theme.ThemeView;

import static uk.inspectiongraph.api.cypher.BatchReader.value;

/**
 * Resolves what only joint inspections have: an event's deep dive (and the themes it concerns), its
 * inspectorates, and the leaders who signed its letter or were sent it, so that an analyst can ask
 * which areas were inspected on a subject, by whom, and which agencies were held to account. Each
 * field is one batched statement per level of the query.
 */
@Controller
class JointInspectionController {

	private final BatchReader batches;

	private final ThemeCatalog themes;

	JointInspectionController(BatchReader batches, ThemeCatalog themes) {
		this.batches = batches;
		this.themes = themes;
	}

	@BatchMapping(typeName = "Event", field = "deepDive")
	Map<EventView, DeepDiveView> eventDeepDive(List<EventView> events) {
		return batches.singles(JointQueries.DEEP_DIVES_OF_EVENTS, events, EventView::key, value(DeepDiveView::of));
	}

	@BatchMapping(typeName = "Event", field = "inspectorates")
	Map<EventView, List<InspectorateView>> eventInspectorates(List<EventView> events) {
		return batches.lists(JointQueries.INSPECTORATES_OF_EVENTS, events, EventView::key,
				value(InspectorateView::of));
	}

	@BatchMapping(typeName = "Event", field = "signatories")
	Map<EventView, List<RoleView>> eventSignatories(List<EventView> events) {
		return batches.lists(JointQueries.ROLES_OF_EVENTS, Map.of("relation", "SIGNATORY"), events, EventView::key,
				value(RoleView::of));
	}

	@BatchMapping(typeName = "Event", field = "addressees")
	Map<EventView, List<RoleView>> eventAddressees(List<EventView> events) {
		return batches.lists(JointQueries.ROLES_OF_EVENTS, Map.of("relation", "RECIPIENT"), events, EventView::key,
				value(RoleView::of));
	}

	@BatchMapping(typeName = "DeepDive", field = "themes")
	Map<DeepDiveView, List<ThemeView>> deepDiveThemes(List<DeepDiveView> deepDives) {
		return batches.lists(JointQueries.THEMES_OF_DEEP_DIVES, deepDives, DeepDiveView::slug,
				value(slug -> themes.view(slug.asString(), slug.asString())));
	}

	@BatchMapping(typeName = "Role", field = "inspectorate")
	Map<RoleView, InspectorateView> roleInspectorate(List<RoleView> roles) {
		return batches.singles(JointQueries.INSPECTORATES_OF_ROLES, roles, RoleView::id, value(InspectorateView::of));
	}
}
