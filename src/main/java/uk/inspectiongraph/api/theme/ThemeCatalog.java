package uk.inspectiongraph.api.theme;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.protection.InvalidArgumentException;
import uk.inspectiongraph.ingest.DocumentsChanged;

/**
 * The theme taxonomy held in memory, so that validating a slug, expanding a parent theme into its
 * branch and naming a theme cost no database round trip. Read from the graph on first use and
 * again a minute later (the taxonomy is reference data, loaded at start-up), or at once after
 * {@link #refresh()}, which every change of the documents brings about ({@link DocumentsChanged},
 * whichever door it came through).
 */
@Component
public class ThemeCatalog {

	private static final Duration LIFETIME = Duration.ofMinutes(1);

	private final ThemeQueries queries;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.EPOCH);

	ThemeCatalog(ThemeQueries queries) {
		this.queries = queries;
	}

	/** Every theme, by name. */
	public List<ThemeView> all() {
		return List.copyOf(current().themes().values());
	}

	/** The theme with this slug; one named from the row when the catalog does not know it yet. */
	public ThemeView view(String slug, String name) {
		ThemeView known = current().themes().get(slug);
		return known != null ? known : new ThemeView(slug, name, null, null);
	}

	/**
	 * The slugs asked for with every narrower theme under them, or null when none were asked for;
	 * an unknown slug is an {@link InvalidArgumentException}.
	 */
	public List<String> withNarrower(Collection<String> slugs) {
		if (slugs == null || slugs.isEmpty()) {
			return null;
		}
		Map<String, ThemeView> themes = current().themes();
		Set<String> branch = new LinkedHashSet<>();
		for (String slug : slugs) {
			requireKnown(themes, slug);
			collectBranch(themes, slug, branch);
		}
		return new ArrayList<>(branch);
	}

	/** Forgets the taxonomy, to be read again on next use. */
	public void refresh() {
		snapshot = new Snapshot(Map.of(), Instant.EPOCH);
	}

	@EventListener
	void documentsChanged(DocumentsChanged changed) {
		refresh();
	}

	private static void requireKnown(Map<String, ThemeView> themes, String slug) {
		if (!themes.containsKey(slug)) {
			throw new InvalidArgumentException("Unknown theme '" + slug
					+ "': use a slug listed by the `themes` query (e.g. " + themes.keySet().stream().limit(3).toList()
					+ ").");
		}
	}

	private static void collectBranch(Map<String, ThemeView> themes, String slug, Set<String> branch) {
		if (!branch.add(slug)) {
			return;
		}
		themes.values().stream().filter(t -> slug.equals(t.parentSlug())).forEach(t -> collectBranch(themes, t.slug(), branch));
	}

	private Snapshot current() {
		Snapshot now = snapshot;
		if (now.themes().isEmpty() || now.loadedAt().plus(LIFETIME).isBefore(Instant.now())) {
			now = new Snapshot(load(), Instant.now());
			snapshot = now;
		}
		return now;
	}

	private Map<String, ThemeView> load() {
		Map<String, ThemeView> themes = new LinkedHashMap<>();
		queries.all().forEach(theme -> themes.put(theme.slug(), theme));
		return themes;
	}

	private record Snapshot(Map<String, ThemeView> themes, Instant loadedAt) {
	}
}
