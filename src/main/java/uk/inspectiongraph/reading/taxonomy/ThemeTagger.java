package uk.inspectiongraph.reading.taxonomy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.Polarity;

/**
 * Tags a finding with the themes of the taxonomy it speaks of, each with a polarity and the
 * words that triggered it, exactly as they occur in the finding's text. Areas for improvement,
 * priority actions, recommendations and weaknesses are concerns by nature; for other findings
 * the polarity is read from the clause around the trigger (see {@link PolarityJudge}). The rules
 * of the taxonomy propose the tags; a {@link ThemeFilter} trained on hand labels may then drop a
 * proposed tag of a concern whose context it judges unlike the theme, so every tag kept is still a
 * rule's, with its evidence. Patterns are compiled once, so one tagger serves a whole corpus; it is
 * immutable and thread-safe.
 */
public final class ThemeTagger {

	private static final Set<FindingKind> CONCERNS = EnumSet.of(FindingKind.AREA_FOR_IMPROVEMENT,
			FindingKind.PRIORITY_ACTION, FindingKind.RECOMMENDATION, FindingKind.WEAKNESS);

	/** What the rules raised in one text: the tags with every hit behind them, for a filter to read. */
	record RuleTags(FindingKind kind, String normalised, List<ThemeMatcher.Hit> hits, List<ThemeTag> tags) {

		static final RuleTags NONE = new RuleTags(null, "", List.of(), List.of());

		/** The hits that raised {@code slug}, in order of position. */
		List<ThemeMatcher.Hit> hitsOf(String slug) {
			return hits.stream().filter(h -> h.slug().equals(slug)).toList();
		}
	}

	private final List<ThemeMatcher> matchers;

	private final PolarityJudge judge;

	/** The filter, read on first use (the shipped weights take a few hundred ms to read cold). */
	private final Supplier<ThemeFilter> filter;

	/** A tagger with the taxonomy shipped in {@code graph-seed/themes.yml} and the shipped filter. */
	public ThemeTagger() {
		this(Taxonomy.loadDefault());
	}

	/** A tagger with the given taxonomy and the shipped filter. */
	public ThemeTagger(Taxonomy taxonomy) {
		this(taxonomy, ThemeFilter::shipped);
	}

	/** A tagger with the given taxonomy and filter ({@link ThemeFilter#none()} for the rules alone). */
	public ThemeTagger(Taxonomy taxonomy, ThemeFilter filter) {
		this(taxonomy, () -> filter);
	}

	private ThemeTagger(Taxonomy taxonomy, Supplier<ThemeFilter> filter) {
		this.matchers = taxonomy.taggable().stream().map(ThemeMatcher::new).toList();
		this.judge = new PolarityJudge(taxonomy.polarityCues());
		this.filter = filter;
	}

	public static ThemeTagger withDefaultTaxonomy() {
		return new ThemeTagger();
	}

	/** Tags a text of the given kind: one tag per theme raised, in order of first mention. */
	public List<ThemeTag> tag(FindingKind kind, String text) {
		RuleTags proposed = ruleTags(kind, text);
		if (proposed.tags().isEmpty() || !isConcern(kind)) {
			return proposed.tags();
		}
		ThemeFilter judge = filter.get();
		return proposed.tags().stream().filter(t -> judge.keeps(proposed, t.slug())).toList();
	}

	/** The tags the taxonomy's rules alone raise in a text, with their hits. */
	RuleTags ruleTags(FindingKind kind, String text) {
		if (text == null || text.isBlank()) {
			return RuleTags.NONE;
		}
		String normalised = PhrasePattern.normalise(text);
		WordIndex words = new WordIndex(normalised);
		List<ThemeMatcher.Hit> hits = new ArrayList<>();
		for (ThemeMatcher matcher : matchers) {
			hits.addAll(matcher.find(normalised, words));
		}
		if (hits.isEmpty()) {
			return new RuleTags(kind, normalised, List.of(), List.of());
		}
		hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
		boolean concernByKind = isConcern(kind);
		List<List<PolarityJudge.Clause>> clauses = concernByKind ? List.of() : judge.clauses(normalised, hits);
		Map<String, ThemeTag> tags = new LinkedHashMap<>();
		for (ThemeMatcher.Hit hit : hits) {
			Polarity polarity = concernByKind ? Polarity.CONCERN : judge.judge(clauses, hit.start(), hits);
			ThemeTag tag = new ThemeTag(hit.slug(), polarity, text.substring(hit.start(), hit.end()));
			tags.merge(hit.slug(), tag, ThemeTagger::moreSevere);
		}
		return new RuleTags(kind, normalised, List.copyOf(hits), List.copyOf(tags.values()));
	}

	static boolean isConcern(FindingKind kind) {
		return kind != null && CONCERNS.contains(kind);
	}

	private static ThemeTag moreSevere(ThemeTag first, ThemeTag later) {
		return rank(later.polarity()) > rank(first.polarity()) ? later : first;
	}

	private static int rank(Polarity polarity) {
		return switch (polarity) {
			case CONCERN -> 2;
			case STRENGTH -> 1;
			case NEUTRAL -> 0;
		};
	}
}
