package uk.inspectiongraph.reading.findings;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.FindingKind;

/**
 * The section headings of Ofsted letters and reports and what the text under each is: "What
 * needs to improve" (areas for improvement), "Areas for priority action", "Recommendations",
 * overviews ("Headline findings", "Executive summary"), findings and judgement sections ("The
 * experiences and progress of children who need help and protection: good", "The local authority's
 * strengths", "Key strengths and weaknesses of the LSCB", "The local authority has the following strengths:"),
 * and sections that hold no findings
 * ("Contents", "Information about this inspection", "What the inspection judgements mean"); an area
 * SEND report's questions ("What is the area partnership doing that is effective?") and its
 * partnership and team sections. Headings are matched whole,
 * in any case, with markdown, a trailing "?" or ":", a footnote mark or a grade allowed.
 */
final class Headings {

	/** A recognised heading: the findings kind of its section, or null when it holds none. */
	record Heading(FindingKind kind, boolean subheading) {
	}

	private static final Heading SKIP = new Heading(null, false);

	private static final Heading SUB = new Heading(null, true);

	private static final String GRADE = "(?:outstanding|good|adequate|inadequate|requires improvement(?: to be good)?)";

	private static final Pattern GRADE_ONLY = Pattern
		.compile("(?i)^(?:" + GRADE + "|requires|improvement|requires improvement to|(?:improvement )?to be good|be good)"
				+ "\\.?$");

	private static final Pattern EMBEDDED_GRADE = Pattern
		.compile("(?<![:–-]\\s?)\\s+(?:Requires improvement(?: to be good)?|Good|Outstanding|Adequate|Inadequate)\\b");

	private static final Pattern TRAILING_GRADE = Pattern.compile("\\s*[:–-]?\\s*" + GRADE + "$");

	private static final Pattern GRADED_FULL_STOP = Pattern.compile("(?i)(:\\s*" + GRADE + ")\\.\\s*$");

	private static final Pattern GRADE_ANYWHERE = Pattern.compile("\\b" + GRADE + "\\b");

	private static final Map<String, Heading> EXACT = Map.ofEntries(
			Map.entry("overview", new Heading(FindingKind.OVERVIEW, false)),
			Map.entry("headline findings", new Heading(FindingKind.OVERVIEW, false)),
			Map.entry("executive summary", new Heading(FindingKind.OVERVIEW, false)),
			Map.entry("summary for children and young people", new Heading(FindingKind.OVERVIEW, false)),
			Map.entry("what needs to improve", new Heading(FindingKind.AREA_FOR_IMPROVEMENT, false)),
			Map.entry("what needs to improve in this area of social work practice",
					new Heading(FindingKind.AREA_FOR_IMPROVEMENT, false)),
			Map.entry("areas for improvement", new Heading(FindingKind.AREA_FOR_IMPROVEMENT, false)),
			Map.entry("areas for priority action", new Heading(FindingKind.PRIORITY_ACTION, false)),
			Map.entry("area for priority action", new Heading(FindingKind.PRIORITY_ACTION, false)),
			Map.entry("recommendations", new Heading(FindingKind.RECOMMENDATION, false)),
			Map.entry("what does the lscb need to improve", new Heading(FindingKind.RECOMMENDATION, false)),
			Map.entry("what does the local authority need to improve", new Heading(FindingKind.RECOMMENDATION, false)),
			Map.entry("priority and immediate action", new Heading(FindingKind.PRIORITY_ACTION, false)),
			Map.entry("inspection judgement about the lscb", new Heading(FindingKind.FINDING, false)),
			Map.entry("findings", new Heading(FindingKind.FINDING, false)),
			Map.entry("main findings", new Heading(FindingKind.FINDING, false)),
			Map.entry("findings and evaluation of progress", new Heading(FindingKind.FINDING, false)),
			Map.entry("evaluation of progress", new Heading(FindingKind.FINDING, false)),
			Map.entry("strengths", new Heading(FindingKind.FINDING, false)),
			Map.entry("key strengths", new Heading(FindingKind.FINDING, false)),
			Map.entry("areas covered by the visit", SKIP), Map.entry("next steps", SKIP),
			Map.entry("leadership, management and governance", new Heading(FindingKind.FINDING, false)),
			Map.entry("the local safeguarding children board", new Heading(FindingKind.FINDING, false)),
			Map.entry("outcomes for looked after children and young people", new Heading(FindingKind.FINDING, false)),
			Map.entry("quality of provision", new Heading(FindingKind.FINDING, false)),
			Map.entry("leadership and management", new Heading(FindingKind.FINDING, false)),
			Map.entry("capacity to improve", new Heading(FindingKind.FINDING, false)),
			Map.entry("about this inspection", SKIP), Map.entry("service information", SKIP),
			Map.entry("record of main findings", SKIP),
			Map.entry("contents", SKIP), Map.entry("the local authority", SKIP),
			Map.entry("information about this local authority area", SKIP),
			Map.entry("information about this inspection", SKIP), Map.entry("judgement grade", SKIP),
			Map.entry("summary", SUB), Map.entry("inspection findings", SUB),
			Map.entry("adoption performance", SUB), Map.entry("experiences and progress of care leavers", SUB),
			// area SEND reports (2023 framework)
			Map.entry("what is it like to be a child or young person with send in this area",
					new Heading(FindingKind.OVERVIEW, false)),
			Map.entry("what is it like to be a child or young person with special educational needs and/or "
					+ "disabilities (send) in this area", new Heading(FindingKind.OVERVIEW, false)),
			Map.entry("what is the area partnership doing that is effective", new Heading(FindingKind.FINDING, false)),
			Map.entry("what does the area partnership need to do better", new Heading(FindingKind.FINDING, false)),
			Map.entry("inspection outcome", SKIP), Map.entry("information about the local area partnership", SKIP),
			Map.entry("local area partnership details", SKIP), Map.entry("inspection team", SKIP));

	private static final Pattern JUDGEMENT_SECTION = Pattern.compile("^(?:the )?(?:experiences and progress of "
			+ "(?:children (?:who need help and protection|in care(?: and care leavers)?"
			+ "|looked after and achieving permanence)|care leavers)"
			+ "|impact of leaders on social work practice(?: with children and families)?"
			+ "|inspection findings [–-] the local safeguarding children board)(?: is| are)?$");

	private static final Pattern STRENGTHS = Pattern.compile("^(?:the )?(?:(?:local authority|lscb|board)'s )?"
			+ "(?:key )?strengths(?: and weaknesses)?(?: of the (?:lscb|local authority|board))?$"
			+ "|^(?:the )?(?:local authority|lscb|board|council) (?:has|have) the following (?:key )?strengths$");

	private static final Pattern JUDGEMENTS_EXPLAINED = Pattern
		.compile("^what the inspection judge?ments mean(?:: the (?:lscb|local authority))?$");

	private static final int MAX_HEADING_LENGTH = 130;

	private static final int MAX_GRADE_LENGTH = 40;

	/** The words a heading can start with: a cheap test before the full match. */
	private static final Set<String> FIRST_WORDS = firstWords();

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern LEADING_HASHES = Pattern.compile("^#+\\s*");

	private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?<=[?:\\p{L}])\\d{1,2}$");

	private static final Pattern TRAILING_MARK = Pattern.compile("[?:]$");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[?:.]+$");

	private Headings() {
	}

	/** The heading {@code text} is, or null when it is none. */
	static Heading match(String heading) {
		if (heading.isEmpty() || heading.length() > MAX_HEADING_LENGTH || heading.endsWith(",")
				|| Character.isLowerCase(heading.charAt(0)) || Character.isDigit(heading.charAt(0))
				|| !FIRST_WORDS.contains(firstWord(heading))) {
			return null;
		}
		String text = heading.endsWith(".") ? GRADED_FULL_STOP.matcher(heading).replaceFirst("$1") : heading;
		if (text.endsWith(".")) {
			return null;
		}
		String key = normalise(text);
		Heading exact = EXACT.get(key);
		if (exact != null) {
			return exact;
		}
		if (STRENGTHS.matcher(key).matches()) {
			return new Heading(FindingKind.FINDING, false);
		}
		if (JUDGEMENTS_EXPLAINED.matcher(key).matches()) {
			return SKIP;
		}
		String withoutGrades = SPACES.matcher(GRADE_ANYWHERE.matcher(key).replaceAll(" ")).replaceAll(" ").strip();
		if (JUDGEMENT_SECTION.matcher(withoutGrades).matches() && !text.strip().endsWith(".")) {
			return new Heading(FindingKind.FINDING, false);
		}
		return null;
	}

	/** The first word in lower case, markdown and quotes left out. */
	private static String firstWord(String text) {
		int i = 0;
		while (i < text.length() && !Character.isLetter(text.charAt(i))) {
			i++;
		}
		int j = i;
		while (j < text.length() && Character.isLetter(text.charAt(j))) {
			j++;
		}
		return text.substring(i, j).toLowerCase(Locale.ROOT);
	}

	static boolean isKnownHeading(String text) {
		return match(text) != null;
	}

	static boolean isGrade(String text) {
		String t = text.strip();
		if (t.isEmpty() || t.length() > MAX_GRADE_LENGTH || "rRgGoOiIaAtTbB".indexOf(t.charAt(0)) < 0) {
			return false;
		}
		return GRADE_ONLY.matcher(t).matches();
	}

	/** The heading as a section name: markdown, footnote marks and trailing grades removed. */
	static String sectionName(String text) {
		String name = SPACES.matcher(LEADING_HASHES.matcher(text.replace("*", "")).replaceFirst("")).replaceAll(" ").strip();
		name = EMBEDDED_GRADE.matcher(name).replaceAll("");
		return TRAILING_MARK.matcher(FOOTNOTE_MARK.matcher(name).replaceFirst("")).replaceFirst("").strip();
	}

	private static Set<String> firstWords() {
		Set<String> words = new HashSet<>(Set.of("the", "experiences", "impact", "inspection"));
		EXACT.keySet().forEach(key -> words.add(key.split(" ")[0].replaceAll("[^a-z]", "")));
		return Set.copyOf(words);
	}

	private static String normalise(String text) {
		String key = sectionName(text).toLowerCase(Locale.ROOT).replace('’', '\'');
		key = TRAILING_PUNCTUATION.matcher(key).replaceFirst("").strip();
		String withoutGrade = TRAILING_GRADE.matcher(key).replaceFirst("");
		return withoutGrade.isEmpty() ? key : withoutGrade;
	}
}
