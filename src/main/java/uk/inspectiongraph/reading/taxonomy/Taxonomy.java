package uk.inspectiongraph.reading.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The theme taxonomy: top-level groups and the themes under them, as an analyst maintains them
 * in {@code graph-seed/themes.yml} (see that file for the format). Loaded once and immutable;
 * {@link #read(Reader)} checks that slugs are unique and that every parent exists.
 */
public final class Taxonomy {

	/** The classpath resource the default taxonomy is read from. */
	public static final String DEFAULT_RESOURCE = "graph-seed/themes.yml";

	private final Map<String, Theme> themes;

	private final PolarityCues polarityCues;

	private Taxonomy(Map<String, Theme> themes, PolarityCues polarityCues) {
		this.themes = themes;
		this.polarityCues = polarityCues;
	}

	/** The taxonomy shipped with the application, from the classpath. */
	public static Taxonomy loadDefault() {
		try (InputStream in = Taxonomy.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The theme taxonomy " + DEFAULT_RESOURCE + " is not on the classpath");
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, ex);
		}
	}

	/**
	 * Reads a taxonomy in the YAML format of {@code graph-seed/themes.yml}: a {@code groups} list
	 * and a {@code themes} list, each entry with slug, name, description, and for themes a parent,
	 * triggers and optional exclusions, roles and weak phrases.
	 * @throws IllegalArgumentException when the document is malformed
	 */
	public static Taxonomy read(Reader reader) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		if (!(root instanceof Map<?, ?> document)) {
			throw new IllegalArgumentException("A taxonomy is a YAML mapping with 'groups' and 'themes'");
		}
		Map<String, Theme> themes = new LinkedHashMap<>();
		for (Map<?, ?> entry : entries(document, "groups")) {
			add(themes, theme(entry, false));
		}
		for (Map<?, ?> entry : entries(document, "themes")) {
			add(themes, theme(entry, true));
		}
		checkParents(themes);
		return new Taxonomy(Map.copyOf(themes), polarityCues(document.get("polarity")));
	}

	/** Every theme, groups first, in file order. */
	public List<Theme> themes() {
		return themes.values().stream().sorted((a, b) -> Boolean.compare(!a.isGroup(), !b.isGroup())).toList();
	}

	/** The themes findings can be tagged with (those with triggers). */
	public List<Theme> taggable() {
		return themes.values().stream().filter(t -> !t.isGroup()).sorted((a, b) -> a.slug().compareTo(b.slug()))
			.toList();
	}

	/** The words that tell a concern from a strength around a trigger. */
	public PolarityCues polarityCues() {
		return polarityCues;
	}

	public Optional<Theme> find(String slug) {
		return Optional.ofNullable(themes.get(slug));
	}

	/** The themes directly under {@code parentSlug}. */
	public List<Theme> narrower(String parentSlug) {
		return themes.values().stream().filter(t -> parentSlug.equals(t.parent())).toList();
	}

	private static List<Map<?, ?>> entries(Map<?, ?> document, String key) {
		Object list = document.get(key);
		if (!(list instanceof List<?> items)) {
			throw new IllegalArgumentException("The taxonomy needs a '" + key + "' list");
		}
		List<Map<?, ?>> entries = new ArrayList<>();
		for (Object item : items) {
			if (!(item instanceof Map<?, ?> map)) {
				throw new IllegalArgumentException("Each entry of '" + key + "' is a mapping, not: " + item);
			}
			entries.add(map);
		}
		return entries;
	}

	private static Theme theme(Map<?, ?> entry, boolean needsTriggers) {
		String slug = text(entry, "slug", null);
		List<String> triggers = needsTriggers ? phrases(entry, "triggers", slug) : List.of();
		if (needsTriggers && triggers.isEmpty()) {
			throw new IllegalArgumentException("Theme '" + slug + "' has no triggers");
		}
		return new Theme(slug, text(entry, "name", slug), text(entry, "description", slug),
				needsTriggers ? text(entry, "parent", slug) : null, triggers, phrases(entry, "exclusions", slug),
				phrases(entry, "roles", slug), phrases(entry, "weak", slug));
	}

	private static String text(Map<?, ?> entry, String key, String slug) {
		Object value = entry.get(key);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalArgumentException("Theme " + (slug == null ? "entry" : "'" + slug + "'")
					+ " has no " + key + ": " + entry);
		}
		return value.toString().strip();
	}

	private static List<String> phrases(Map<?, ?> entry, String key, String slug) {
		Object value = entry.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException("'" + key + "' of theme '" + slug + "' must be a list of phrases");
		}
		return list.stream().map(Object::toString).map(String::strip).toList();
	}

	private static PolarityCues polarityCues(Object section) {
		if (section == null) {
			return new PolarityCues(List.of(), List.of(), List.of());
		}
		if (!(section instanceof Map<?, ?> cues)) {
			throw new IllegalArgumentException("'polarity' must map concern, strength and negations to phrase lists");
		}
		return new PolarityCues(phrases(cues, "concern", "polarity"), phrases(cues, "strength", "polarity"),
				phrases(cues, "negations", "polarity"));
	}

	private static void add(Map<String, Theme> themes, Theme theme) {
		if (themes.putIfAbsent(theme.slug(), theme) != null) {
			throw new IllegalArgumentException("Duplicate theme slug '" + theme.slug() + "'");
		}
	}

	private static void checkParents(Map<String, Theme> themes) {
		for (Theme theme : themes.values()) {
			if (theme.parent() != null && (!themes.containsKey(theme.parent())
					|| !themes.get(theme.parent()).isGroup())) {
				throw new IllegalArgumentException(
						"Theme '" + theme.slug() + "' names an unknown group '" + theme.parent() + "' as parent");
			}
		}
	}
}
