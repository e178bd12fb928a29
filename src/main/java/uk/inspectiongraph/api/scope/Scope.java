package uk.inspectiongraph.api.scope;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.inspectiongraph.domain.Polarity;

/**
 * A validated analyst filter and the Cypher predicates that apply it. The predicates are
 * constant text over the variables {@code a} (Authority), {@code e} (Event), {@code tg} (TAGGED),
 * {@code r} (RAISED, the roll-up of {@code ingest/EventRollupQueries}), {@code c} (ThemeYear, the roll-up
 * of {@code ingest/ThemeYearRollupQueries}) and {@code t} (Theme); every value reaches Cypher as a
 * parameter from {@link #parameters()}.
 *
 * @param from first year, or null
 * @param to last year, or null
 * @param polarity the polarity of tags, or null for any
 * @param authorities ONS codes or names, or null
 * @param regions regions, or null
 * @param authorityTypes authority types, or null
 * @param eventKinds event kinds by name, or null
 * @param themes theme slugs with their narrower themes, or null
 * @param findingKinds finding kinds by name, or null for every kind
 */
public record Scope(Integer from, Integer to, Polarity polarity, List<String> authorities, List<String> regions,
		List<String> authorityTypes, List<String> eventKinds, List<String> themes, List<String> findingKinds) {

	/** The lists copied, so that a scope used as a key (a DataLoader's) cannot change under its map. */
	public Scope {
		authorities = copy(authorities);
		regions = copy(regions);
		authorityTypes = copy(authorityTypes);
		eventKinds = copy(eventKinds);
		themes = copy(themes);
		findingKinds = copy(findingKinds);
	}

	/** A scope of findings of every kind. */
	public Scope(Integer from, Integer to, Polarity polarity, List<String> authorities, List<String> regions,
			List<String> authorityTypes, List<String> eventKinds, List<String> themes) {
		this(from, to, polarity, authorities, regions, authorityTypes, eventKinds, themes, null);
	}

	/** No filter at all. */
	public static final Scope EVERYTHING = new Scope(null, null, null, null, null, null, null, null, null);

	/** The same scope counting findings of these kinds (names) only. */
	public Scope withFindingKinds(List<String> kinds) {
		return new Scope(from, to, polarity, authorities, regions, authorityTypes, eventKinds, themes, kinds);
	}

	/** The same scope with these themes. */
	public Scope withThemes(List<String> slugs) {
		return new Scope(from, to, polarity, authorities, regions, authorityTypes, eventKinds, slugs, findingKinds);
	}

	private static List<String> copy(List<String> values) {
		return values == null ? null : List.copyOf(values);
	}

	/** Matches authority {@code a} against {@code $authorityCodes} and {@code $authorityNames}. */
	public static final String AUTHORITY_MATCH = """
			(a.code IN $authorityCodes OR toLower(a.name) IN $authorityNames
			 OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) IN $authorityNames)
			 OR any(n IN $authorityNames WHERE toLower(a.name) IN [n + ' county council', n + ' council',
			   n + ' borough council', n + ' city council', n + ' metropolitan borough council']))""";

	/** Keeps authority {@code a} and event {@code e} within the years, authorities, regions, types and kinds. */
	public static final String EVENT_PREDICATE = """
			($from IS NULL OR e.year >= $from) AND ($to IS NULL OR e.year <= $to)
			AND ($eventKinds IS NULL OR e.kind IN $eventKinds)
			AND ($authorityCodes IS NULL OR %s)
			AND ($regions IS NULL OR toLower(a.region) IN $regions)
			AND ($authorityTypes IS NULL OR toLower(a.type) IN $authorityTypes)""".formatted(AUTHORITY_MATCH);

	/** Keeps tag {@code tg} of theme {@code t} to the polarity and themes. */
	public static final String TAG_PREDICATE = """
			($polarity IS NULL OR tg.polarity = $polarity) AND ($themes IS NULL OR t.slug IN $themes)""";

	/**
	 * Keeps roll-up relationship {@code r} to the finding kinds: always true of {@code RAISED}
	 * (read when every kind counts), the kind of {@code RAISED_AS} (read when some kinds do, see
	 * {@link #byFindingKind}).
	 */
	public static final String RAISED_KIND = "($findingKinds IS NULL OR r.findingKind IN $findingKinds)";

	/** Keeps roll-up relationship {@code r} (RAISED, or RAISED_AS) of theme {@code t} to the polarity, themes and kinds. */
	public static final String RAISED_PREDICATE = """
			($polarity IS NULL OR r.polarity = $polarity) AND ($themes IS NULL OR t.slug IN $themes)
			AND """ + RAISED_KIND;

	/**
	 * Keeps theme-year cell {@code c} to the polarity (the cells of polarity {@code ANY} when any),
	 * years and kinds; the cells cannot tell authorities apart, so this is for scopes that do not
	 * {@link #narrowsAuthorities() narrow them}.
	 */
	public static final String CELL_PREDICATE = """
			c.polarity = coalesce($polarity, 'ANY') AND ($from IS NULL OR c.year >= $from)
			AND ($to IS NULL OR c.year <= $to) AND ($eventKinds IS NULL OR c.kind IN $eventKinds)""";

	/**
	 * The number of findings about event {@code e} (of the finding kinds) with a tag of the
	 * polarity (any tag without one); the kinds' counts are the event's {@code taggedKinds} entries
	 * named in {@code $taggedKinds}.
	 */
	public static final String TAGGED_FINDINGS = """
			CASE WHEN $findingKinds IS NOT NULL THEN size([k IN coalesce(e.taggedKinds, []) WHERE k IN $taggedKinds])
			  WHEN $polarity = 'CONCERN' THEN e.taggedConcerns WHEN $polarity = 'STRENGTH' THEN e.taggedStrengths
			  WHEN $polarity = 'NEUTRAL' THEN e.taggedNeutrals ELSE e.taggedFindings END""";

	/**
	 * The statement for some finding kinds: the same text reading the events' roll-up by kind
	 * ({@code RAISED_AS}, one per theme, polarity and finding kind) where it read {@code RAISED}.
	 * Every statement given is a constant whose {@code RAISED} patterns are written {@code :RAISED]}
	 * and whose predicates on them include {@link #RAISED_KIND} (or its like for another variable).
	 */
	public static String byFindingKind(String statement) {
		return statement.replace(":RAISED]", ":RAISED_AS]");
	}

	/** Whether only findings of some kinds count. */
	public boolean narrowsFindingKinds() {
		return findingKinds != null;
	}

	/** Whether the scope keeps only some authorities (by name, region or type), not every one. */
	public boolean narrowsAuthorities() {
		return authorities != null || regions != null || authorityTypes != null;
	}

	/**
	 * Whether the scope keeps every event and tag: no years, polarity, kinds, authorities, regions,
	 * types, themes or finding kinds.
	 */
	public boolean keepsEverything() {
		return from == null && to == null && polarity == null && eventKinds == null && !narrowsAuthorities()
				&& themes == null && findingKinds == null;
	}

	/**
	 * Whether the scope keeps every event and tag but those outside a range of years: a year
	 * bound, and nothing else that {@link #keepsEverything()} names.
	 */
	public boolean narrowsYearsOnly() {
		return (from != null || to != null) && polarity == null && eventKinds == null && !narrowsAuthorities()
				&& themes == null && findingKinds == null;
	}

	/** The parameters the predicates read. */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("polarity", polarity == null ? null : polarity.name());
		parameters.put("authorityCodes", authorities == null ? null : mapped(authorities, Locale.ROOT, true));
		parameters.put("authorityNames", authorities == null ? null : mapped(authorities, Locale.ROOT, false));
		parameters.put("regions", regions == null ? null : mapped(regions, Locale.ROOT, false));
		parameters.put("authorityTypes", authorityTypes == null ? null : mapped(authorityTypes, Locale.ROOT, false));
		parameters.put("eventKinds", eventKinds);
		parameters.put("themes", themes);
		parameters.put("findingKinds", findingKinds);
		parameters.put("taggedKinds", findingKinds == null ? null : findingKinds.stream()
			.map(kind -> kind + " " + (polarity == null ? "ANY" : polarity.name()))
			.toList());
		return parameters;
	}

	/** The parameters with more added. */
	public Map<String, Object> parameters(Map<String, Object> more) {
		Map<String, Object> parameters = parameters();
		parameters.putAll(more);
		return parameters;
	}

	private static List<String> mapped(List<String> values, Locale locale, boolean upper) {
		return values.stream().map(String::strip).map(v -> upper ? v.toUpperCase(locale) : v.toLowerCase(locale)).toList();
	}
}
