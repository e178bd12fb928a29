package uk.inspectiongraph.reading.ofsted;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.ExtractedJudgement;
import uk.inspectiongraph.domain.JudgementArea;
import uk.inspectiongraph.domain.Span;

/**
 * Reads the graded judgements at the head of an inspection report: the ILACS table ("The impact of
 * leaders on social work practice with children and families | Good", ... "Overall effectiveness")
 * and the single inspection framework's list ("1. Children who need help and protection",
 * "2.1 Adoption performance", "The overall judgement is ...", the LSCB review). Each judgement keeps
 * the report's wording of its area.
 */
public final class JudgementReader {

	private static final String S = "[\\s*]+";

	private static final Map<JudgementArea, Pattern> LABELS = labels();

	private static final Pattern SIF_OVERALL = Pattern.compile("(?:overall\\s+judgement\\s+is(?:\\s+that)?"
			+ "(?:\\s+children.s\\s+services)?|Children.s\\s+services\\s+in\\s+[^.]{1,80}?)(?:\\s+(?:are|is))?[\\s*]+"
			+ GradeWords.GRADE, Pattern.CASE_INSENSITIVE);

	private static final Pattern LSCB = Pattern.compile("(?:(?:Local\\s+Safeguarding\\s+Children\\s+Board|LSCB)"
			+ "(?:\\s*\\([^)]{1,20}\\))?(?:\\s+in\\s+\\p{Lu}[^.]{0,40}?)?(?:\\s+(?:is|are))?)[\\s*]+" + GradeWords.GRADE,
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AFTER_LABEL = Pattern.compile("^[\\s*:|.]*(?:[a-z,’' ]{0,40}?[\\s*]+)??"
			+ GradeWords.GRADE, Pattern.CASE_INSENSITIVE);

	private static final int TABLE_REACH = 3500;

	private static final int GAP_REACH = 60;

	private static final int ROW_GAP = 120;

	private static final Pattern NUMBERED = Pattern.compile(
			"[\\s*]*\\d(?:\\.\\d)?\\.?[\\s*]*(?:(?:The\\s+)?Experiences\\s+and\\s+progress\\s+of\\s+)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}[.!?](?:\\s|$)");

	private JudgementReader() {
	}

	/** The graded judgements of a report, in the order of its table. */
	public static List<ExtractedJudgement> read(String text, boolean sif) {
		int to = Math.min(text.length(), TABLE_REACH);
		List<ExtractedJudgement> found = new ArrayList<>(tableRows(text, to));
		if (sif) {
			firstMatch(text, SIF_OVERALL, 0, to, JudgementArea.OVERALL_EFFECTIVENESS).ifPresent(j -> found.add(0, j));
			firstMatch(text, LSCB, 0, text.length(), JudgementArea.LSCB).ifPresent(found::add);
		}
		return dedupe(found);
	}

	/**
	 * The rows of the judgement table: the longest run of area labels each followed by a grade, the
	 * rows close together with no sentence between them (a graded area named in prose stands alone),
	 * plus numbered rows ("2.2 ...", "3. ...") cut from it by a page break.
	 */
	private static List<ExtractedJudgement> tableRows(String text, int to) {
		List<ExtractedJudgement> best = List.of();
		List<ExtractedJudgement> run = new ArrayList<>();
		List<ExtractedJudgement> numbered = new ArrayList<>();
		int at = 0;
		Row row = nextRow(text, at, to);
		while (row != null) {
			if (!run.isEmpty() && !closeTo(text, at, row.label().start())) {
				best = run.size() > best.size() ? run : best;
				run = new ArrayList<>();
			}
			run.add(row.judgement());
			if (NUMBERED.matcher(lineBefore(text, row.label().start())).matches()) {
				numbered.add(row.judgement());
			}
			at = row.judgement().span().end();
			row = nextRow(text, at, to);
		}
		List<ExtractedJudgement> rows = new ArrayList<>(run.size() > best.size() ? run : best);
		rows.addAll(numbered);
		return rows;
	}

	private static String lineBefore(String text, int at) {
		int start = text.lastIndexOf('\n', at - 1) + 1;
		return text.substring(start, at);
	}

	private record Row(Span label, ExtractedJudgement judgement) {
	}

	/** The first label at or after {@code from} that a grade follows. */
	private static Row nextRow(String text, int from, int to) {
		Row best = null;
		for (Map.Entry<JudgementArea, Pattern> label : LABELS.entrySet()) {
			Matcher m = label.getValue().matcher(text).region(from, to);
			while (m.find() && (best == null || m.start() < best.label().start())) {
				Matcher g = AFTER_LABEL.matcher(text.substring(m.end(), Math.min(to, m.end() + GAP_REACH)));
				if (g.find()) {
					Span span = new Span(m.start(), m.end() + g.end());
					best = new Row(new Span(m.start(), m.end()), new ExtractedJudgement(label.getKey(),
							GradeWords.grade(g.group("grade")), m.group().replaceAll("[\\s*]+", " ").strip(), span));
					break;
				}
			}
		}
		return best;
	}

	private static boolean closeTo(String text, int previousEnd, int nextStart) {
		String gap = text.substring(previousEnd, nextStart);
		return gap.length() <= ROW_GAP && !SENTENCE_END.matcher(gap).find();
	}

	private static java.util.Optional<ExtractedJudgement> firstMatch(String text, Pattern pattern, int from, int to,
			JudgementArea area) {
		Matcher m = pattern.matcher(text).region(from, to);
		if (!m.find()) {
			return java.util.Optional.empty();
		}
		String wording = text.substring(m.start(), m.start("grade")).replaceAll("[\\s*]+", " ").strip();
		return java.util.Optional.of(new ExtractedJudgement(area, GradeWords.grade(m.group("grade")), wording,
				new Span(m.start(), m.end())));
	}

	private static List<ExtractedJudgement> dedupe(List<ExtractedJudgement> judgements) {
		Map<JudgementArea, ExtractedJudgement> byArea = new EnumMap<>(JudgementArea.class);
		List<ExtractedJudgement> kept = new ArrayList<>();
		for (ExtractedJudgement j : judgements) {
			if (byArea.putIfAbsent(j.area(), j) == null) {
				kept.add(j);
			}
		}
		return kept;
	}

	private static Map<JudgementArea, Pattern> labels() {
		Map<JudgementArea, Pattern> labels = new EnumMap<>(JudgementArea.class);
		labels.put(JudgementArea.OVERALL_EFFECTIVENESS, label("Overall" + S + "effectiveness"));
		labels.put(JudgementArea.IMPACT_OF_LEADERS, label("(?:impact" + S + "of" + S + "leaders" + S + "on" + S
				+ "social" + S + "work" + S + "practice(?:" + S + "with" + S + "children" + S + "and" + S + "families)?"
				+ "|Leadership," + S + "management" + S + "and" + S + "governance)"));
		labels.put(JudgementArea.HELP_AND_PROTECTION, label("children" + S + "who" + S + "need" + S + "help" + S + "and"
				+ S + "protection"));
		labels.put(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, label("children" + S + "(?:in" + S + "care|looked"
				+ S + "after)" + S + "and" + S + "(?:care" + S + "leavers|achieving" + S + "permanence)"));
		labels.put(JudgementArea.CHILDREN_IN_CARE, label("children" + S + "in" + S + "care(?!" + S + "and)"));
		labels.put(JudgementArea.CARE_LEAVERS, label("(?<!and[\\s*]{1,4})(?:children" + S + ")?care"
				+ S + "leavers"));
		labels.put(JudgementArea.ADOPTION, label("Adoption" + S + "performance"));
		return labels;
	}

	private static Pattern label(String regex) {
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
	}
}
