package uk.inspectiongraph.benchmark;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.inspectiongraph.reading.gazetteer.Authority;

/**
 * One real document's text made into another authority's at another time, for the synthetic
 * corpus: every name of the authority it is about becomes the matching name of the new one (the
 * official name for the official name, the short name for the short name and each alias), and every
 * year from 2000 on moves by the same number of years, so the document's dates keep their order and
 * distance. Findings, letters and inspectors' names stay as written.
 */
final class CorpusRewrite {

	private static final Pattern YEAR = Pattern.compile("\\b(20[0-9]{2})\\b");

	private final Map<String, String> names;

	private final Pattern anyName;

	private final int yearShift;

	private CorpusRewrite(Map<String, String> names, int yearShift) {
		this.names = names;
		this.anyName = Pattern.compile(names.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|", "(?i)(?<!\\p{L})(?:", ")(?!\\p{L})")));
		this.yearShift = yearShift;
	}

	/** From the authority the document is about to {@code to}, moving its years by {@code yearShift}. */
	static CorpusRewrite of(Authority from, Authority to, int yearShift) {
		Map<String, String> names = new HashMap<>();
		from.aliases().forEach(alias -> names.put(alias.toLowerCase(Locale.ROOT), to.shortName()));
		names.put(from.shortName().toLowerCase(Locale.ROOT), to.shortName());
		names.put(from.name().toLowerCase(Locale.ROOT), to.name());
		return new CorpusRewrite(names, yearShift);
	}

	/** The text with the authority's names replaced (in one pass, longest first) and its years moved. */
	String apply(String text) {
		String renamed = anyName.matcher(text)
			.replaceAll(match -> Matcher.quoteReplacement(names.get(match.group().toLowerCase(Locale.ROOT))));
		return shiftYears(renamed);
	}

	/** Every four-digit year from 2000 on moved by the shift. */
	String shiftYears(String text) {
		return YEAR.matcher(text).replaceAll(match -> String.valueOf(Integer.parseInt(match.group(1)) + yearShift));
	}
}
