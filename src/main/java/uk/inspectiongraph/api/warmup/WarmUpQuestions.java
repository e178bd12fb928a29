package uk.inspectiongraph.api.warmup;

import java.util.List;
import java.util.Map;

/**
 * The questions the warm-up asks: the lookups and pages a dashboard opens with, each small enough
 * to cost a few milliseconds, so the whole warm-up stays within a few seconds of one core's time
 * per hundred requests. The variables name what the graph holds (an authority it lists, words
 * every inspection report uses), so the answers walk the same code as analysts' answers do.
 */
final class WarmUpQuestions {

	static final String AUTHORITY_NAMES = "query WarmUpAuthorities { authorities { name } }";

	private static final String PROFILE = """
			query WarmUpProfile($name: String!) {
			  authority(name: $name) { name code events { key kind startDate endDate
			    judgements { area grade } inspectors { lead person { name } } } }
			}""";

	private static final String SEARCH = """
			query WarmUpSearch($text: String!) {
			  search(text: $text, first: 20) { findings { score finding { id text authority { name } } } }
			}""";

	private static final String FINDINGS = """
			query WarmUpFindings($theme: ID!) {
			  findings(first: 20, where: { themes: [$theme] }) { edges { node { id text document { title } authority { name } } } }
			}""";

	private static final String RECURRING = """
			query WarmUpRecurring { recurringThemes(minAuthorities: 2) { theme { slug } authorityCount years } }""";

	private static final List<String> WORDS = List.of("supervision", "caseloads", "neglect", "permanence",
			"assessments", "care leavers");

	private static final List<String> THEMES = List.of("caseloads", "supervision", "neglect", "planning",
			"drift-delay", "voice-of-child");

	private WarmUpQuestions() {
	}

	/** The {@code n}th request of the warm-up: a document and its variables. */
	static Map<String, Object> request(int n, List<String> authorities) {
		String word = WORDS.get(n % WORDS.size());
		return switch (n % 4) {
			case 0 -> authorities.isEmpty() ? body(SEARCH, Map.of("text", word))
					: body(PROFILE, Map.of("name", authorities.get((n / 4) % authorities.size())));
			case 1 -> body(SEARCH, Map.of("text", word));
			case 2 -> body(FINDINGS, Map.of("theme", THEMES.get(n % THEMES.size())));
			default -> body(RECURRING, Map.of());
		};
	}

	private static Map<String, Object> body(String query, Map<String, Object> variables) {
		return Map.of("query", query, "variables", variables);
	}
}
