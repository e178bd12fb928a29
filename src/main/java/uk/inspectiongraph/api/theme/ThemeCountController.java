package uk.inspectiongraph.api.theme;

import uk.inspectiongraph.reading.taxonomy.Theme;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.finding.FindingView;
import uk.inspectiongraph.api.people.PersonView;
import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.cypher.Batches;
import uk.inspectiongraph.api.cypher.Batches.Keyed;
import uk.inspectiongraph.api.cypher.CypherReader;

/**
 * Resolves the theme fields of other types, one batched statement per field and level (for the
 * themes raised on visits, per distinct {@code first} and scope, through {@link ThemesRaisedLoader}): the
 * themes raised about an authority (from the roll-up {@code RAISED} of the events, see
 * {@code ingest/EventRollup}; a finding has at most one tag per theme, so sums of the roll-up
 * count each finding once), the themes raised on an inspector's visits (from the person's
 * roll-up {@code RAISED_ON_VISITS}, see {@code ingest/PersonRollup}, or from the events' roll-up
 * of the visits in scope for a person listed by a filtered {@code inspectors}), and the tags of a
 * finding.
 */
@Controller
class ThemeCountController {

	/**
	 * The tail of a statement that has matched {@code key} and events {@code e}: per key and theme
	 * whose roll-up {@code r} passes {@code raised} (a predicate over {@code r} and {@code t}), the
	 * sums of the roll-up of the distinct events of each key, most findings first (ties by slug).
	 * Each event's roll-up is read once however many keys share the event.
	 */
	static String countsOfEvents(String raised) {
		return """
				WITH DISTINCT key, e
				WITH e, e.year AS year, collect(key) AS keys
				MATCH (e)-[r:RAISED]->(t:Theme)
				WHERE %s
				WITH year, keys, t, sum(CASE r.polarity WHEN 'CONCERN' THEN r.findings ELSE 0 END) AS concerns,
				     sum(CASE r.polarity WHEN 'STRENGTH' THEN r.findings ELSE 0 END) AS strengths,
				     sum(r.findings) AS findings
				UNWIND keys AS key
				WITH key, t, sum(concerns) AS concernCount, sum(strengths) AS strengthCount, sum(findings) AS findingCount,
				     collect(DISTINCT year) AS years
				RETURN key, t.slug AS slug, t.name AS name, concernCount, strengthCount, findingCount, years
				ORDER BY findingCount DESC, slug""".formatted(raised);
	}

	static final String THEMES_OF_AUTHORITIES = """
			UNWIND $keys AS key
			MATCH (:Authority {code: key})<-[:AT]-(e:Event)
			""" + countsOfEvents("true");

	static final String TAGS_OF_FINDINGS = """
			UNWIND $keys AS key
			MATCH (:Finding {id: key})-[tg:TAGGED]->(t:Theme)
			RETURN key, t.slug AS slug, t.name AS name, tg.polarity AS polarity, tg.evidence AS evidence
			ORDER BY tg.polarity, t.name""";

	private final CypherReader cypher;

	private final ThemeCatalog catalog;

	private final ApiProperties limits;

	ThemeCountController(CypherReader cypher, ThemeCatalog catalog, ApiProperties limits) {
		this.cypher = cypher;
		this.catalog = catalog;
		this.limits = limits;
	}

	@BatchMapping(typeName = "Authority", field = "themes")
	Map<AuthorityView, List<ThemeCount>> authorityThemes(List<AuthorityView> authorities) {
		return batch(authorities, AuthorityView::code, THEMES_OF_AUTHORITIES, row -> ThemeCount.of(row, catalog));
	}

	/**
	 * The themes raised on a person's visits, through the {@link ThemesRaisedLoader}: a
	 * {@code @BatchMapping} cannot see the field's {@code first}, so the loader's keys carry it,
	 * with the scope of the visits that a person listed by a filtered {@code inspectors} carries.
	 */
	@SchemaMapping(typeName = "Person", field = "themesRaised")
	CompletableFuture<List<ThemeCount>> themesRaised(PersonView person, @Argument Integer first,
			DataLoader<ThemesRaisedLoader.Key, List<ThemeCount>> themesRaised) {
		return themesRaised.load(new ThemesRaisedLoader.Key(person.key(), limits.limit(first), person.visits()));
	}

	@BatchMapping(typeName = "Finding", field = "themes")
	Map<FindingView, List<ThemeTagView>> findingThemes(List<FindingView> findings) {
		return batch(findings, FindingView::id, TAGS_OF_FINDINGS, row -> new ThemeTagView(theme(row),
				row.get("polarity").asString(), row.get("evidence").asString(null)));
	}

	private <P, V> Map<P, List<V>> batch(List<P> parents, Function<P, String> keyOf, String statement,
			Function<Record, V> mapper) {
		List<Keyed<String, V>> rows = cypher.list(statement, Map.of("keys", Batches.keys(parents, keyOf)),
				row -> new Keyed<>(row.get("key").asString(), mapper.apply(row)));
		return Batches.lists(parents, keyOf, rows);
	}

	private ThemeView theme(Record row) {
		return catalog.view(row.get("slug").asString(), row.get("name").asString());
	}
}
