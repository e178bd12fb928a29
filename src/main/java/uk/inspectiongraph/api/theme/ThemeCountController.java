package uk.inspectiongraph.api.theme;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.finding.FindingView;
import uk.inspectiongraph.api.people.PersonView;
import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.domain.FindingKind;

/**
 * Resolves the theme fields of other types, one batched statement per field and level (for the
 * themes raised on visits, per distinct {@code first} and scope, through {@link ThemesRaisedLoader}):
 * the themes raised about an authority, the themes raised on an inspector's visits (all of them, or
 * the visits in scope for a person listed by a filtered {@code inspectors}), and the tags of a
 * finding. The statements, and where their counts come from, are {@link ThemeQueries}'.
 */
@Controller
class ThemeCountController {

	private final BatchReader batches;

	private final ThemeCatalog catalog;

	private final ApiProperties limits;

	ThemeCountController(BatchReader batches, ThemeCatalog catalog, ApiProperties limits) {
		this.batches = batches;
		this.catalog = catalog;
		this.limits = limits;
	}

	@BatchMapping(typeName = "Authority", field = "themes")
	Map<AuthorityView, List<ThemeCount>> authorityThemes(List<AuthorityView> authorities) {
		return batches.lists(ThemeQueries.THEMES_OF_AUTHORITIES, authorities, AuthorityView::code,
				row -> ThemeCount.of(row, catalog));
	}

	/**
	 * The themes raised on a person's visits, through the {@link ThemesRaisedLoader}: a
	 * {@code @BatchMapping} cannot see the field's {@code first}, so the loader's keys carry it,
	 * with the scope of the visits that a person listed by a filtered {@code inspectors} carries.
	 */
	@SchemaMapping(typeName = "Person", field = "themesRaised")
	CompletableFuture<List<ThemeCount>> themesRaised(PersonView person, @Argument Integer first,
			@Argument List<FindingKind> findingKinds, DataLoader<ThemesRaisedLoader.Key, List<ThemeCount>> themesRaised) {
		return themesRaised.load(new ThemesRaisedLoader.Key(person.key(), limits.limit(first),
				visits(person.visits(), findingKinds)));
	}

	/** The visits that count, with the field's finding kinds (when given) in place of the scope's. */
	private static Scope visits(Scope scope, List<FindingKind> findingKinds) {
		if (findingKinds == null || findingKinds.isEmpty()) {
			return scope;
		}
		List<String> kinds = findingKinds.stream().map(Enum::name).distinct().sorted().toList();
		return (scope == null ? Scope.EVERYTHING : scope).withFindingKinds(kinds);
	}

	@BatchMapping(typeName = "Finding", field = "themes")
	Map<FindingView, List<ThemeTagView>> findingThemes(List<FindingView> findings) {
		return batches.lists(ThemeQueries.TAGS_OF_FINDINGS, findings, FindingView::id,
				row -> ThemeTagView.of(row, catalog));
	}
}
