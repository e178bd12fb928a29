package uk.inspectiongraph.reading.taxonomy;


import uk.inspectiongraph.reading.taxonomy.WordIndex;
import uk.inspectiongraph.reading.taxonomy.Taxonomy;
import uk.inspectiongraph.reading.taxonomy.ThemeMatcher;
import uk.inspectiongraph.reading.taxonomy.PhrasePattern;
import uk.inspectiongraph.reading.taxonomy.PolarityJudge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.Polarity;

/**
 * Tags a finding with the themes of the taxonomy it speaks of, each with a polarity and the
 * words that triggered it, exactly as they occur in the finding's text. Areas for improvement,
 * priority actions, recommendations and weaknesses are concerns by nature; for other findings
 * the polarity is read from the clause around the trigger (see {@link PolarityJudge}). Patterns
 * are compiled once, so one tagger serves a whole corpus; it is immutable and thread-safe.
 */
public final class ThemeTagger {

	private static final Set<FindingKind> CONCERNS = EnumSet.of(FindingKind.AREA_FOR_IMPROVEMENT,
			FindingKind.PRIORITY_ACTION, FindingKind.RECOMMENDATION, FindingKind.WEAKNESS);

	private final List<ThemeMatcher> matchers;

	private final PolarityJudge judge;

	/** A tagger with the taxonomy shipped in {@code graph-seed/themes.yml}. */
	public ThemeTagger() {
		this(Taxonomy.loadDefault());
	}

	public ThemeTagger(Taxonomy taxonomy) {
		this.matchers = taxonomy.taggable().stream().map(ThemeMatcher::new).toList();
		this.judge = new PolarityJudge(taxonomy.polarityCues());
	}

	public static ThemeTagger withDefaultTaxonomy() {
		return new ThemeTagger();
	}

	/** Tags a text of the given kind: one tag per theme raised, in order of first mention. */
	public List<ThemeTag> tag(FindingKind kind, String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String normalised = PhrasePattern.normalise(text);
		WordIndex words = new WordIndex(normalised);
		List<ThemeMatcher.Hit> hits = new ArrayList<>();
		for (ThemeMatcher matcher : matchers) {
			hits.addAll(matcher.find(normalised, words));
		}
		if (hits.isEmpty()) {
			return List.of();
		}
		hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
		boolean concernByKind = kind != null && CONCERNS.contains(kind);
		List<List<PolarityJudge.Clause>> clauses = concernByKind ? List.of() : judge.clauses(normalised, hits);
		Map<String, ThemeTag> tags = new LinkedHashMap<>();
		for (ThemeMatcher.Hit hit : hits) {
			Polarity polarity = concernByKind ? Polarity.CONCERN : judge.judge(clauses, hit.start(), hits);
			ThemeTag tag = new ThemeTag(hit.slug(), polarity, text.substring(hit.start(), hit.end()));
			tags.merge(hit.slug(), tag, ThemeTagger::moreSevere);
		}
		return List.copyOf(tags.values());
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
