package uk.inspectiongraph.reading.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.ExtractedJudgement;
import uk.inspectiongraph.domain.Grade;
import uk.inspectiongraph.domain.JudgementArea;
import uk.inspectiongraph.domain.Span;

/**
 * Reads the grades a council paper restates for an inspection: a list of areas under a sentence
 * that grades them ("graded the following areas as good:" then one area per line), or a blanket
 * statement ("graded ... 'good' in all areas") that grades every area of the framework of the
 * inspection's year (children in care and care leavers are one area before 2023, two after).
 */
public final class CouncilJudgementReader {

	private static final String GRADE = "(outstanding|good|requires improvement(?: to be good)?|inadequate)";

	private static final Pattern ALL_AREAS = Pattern.compile(
			"(?i)(?:graded|judged|rated)[^.\\n]{0,80}?['‘’\"“”]?" + GRADE + "['‘’\"“”]? in all (?:areas|judgements)");

	private static final Pattern LIST_INTRO = Pattern.compile(
			"(?i)(?:graded|judged|rated)[^\\n]{0,120}?\\b" + GRADE + "\\b[^\\n]{0,40}:\\s*$", Pattern.MULTILINE);

	private static final Pattern LIST_ITEM = Pattern.compile("\\G\\n?[ \\t]*[-•●■◼▪*]?[ \\t]*([^\\n]*)\\n");

	private static final int MAX_AREA_WORDING = 100;

	/** The judgements of an inspection {@code year}, from {@code text}. */
	public List<ExtractedJudgement> read(String text, int year) {
		List<ExtractedJudgement> judgements = new ArrayList<>();
		Matcher list = LIST_INTRO.matcher(text);
		while (list.find()) {
			readList(text, list.end(), grade(list.group(1)), judgements);
		}
		Matcher all = ALL_AREAS.matcher(text);
		if (all.find()) {
			Span span = new Span(all.start(), all.end());
			for (JudgementArea area : areasOf(year)) {
				add(judgements, new ExtractedJudgement(area, grade(all.group(1)), all.group(), span));
			}
		}
		return judgements;
	}

	private static void readList(String text, int from, Grade grade, List<ExtractedJudgement> judgements) {
		Matcher item = LIST_ITEM.matcher(text).region(from, text.length());
		while (item.find() && !item.group(1).isBlank()) {
			JudgementArea area = item.group(1).length() > MAX_AREA_WORDING ? null : areaOf(item.group(1));
			if (area == null) {
				return;
			}
			add(judgements, new ExtractedJudgement(area, grade, item.group(1).strip(), new Span(item.start(1),
					item.start(1) + item.group(1).stripTrailing().length())));
		}
	}

	static JudgementArea areaOf(String wording) {
		String w = wording.toLowerCase(Locale.ROOT);
		if (w.contains("overall effectiveness")) {
			return JudgementArea.OVERALL_EFFECTIVENESS;
		}
		if (w.contains("impact of leaders") || w.contains("leadership")) {
			return JudgementArea.IMPACT_OF_LEADERS;
		}
		if (w.contains("help and protection")) {
			return JudgementArea.HELP_AND_PROTECTION;
		}
		boolean inCare = w.contains("in care") || w.contains("looked after");
		if (inCare && w.contains("care leavers")) {
			return JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
		}
		if (inCare) {
			return JudgementArea.CHILDREN_IN_CARE;
		}
		return w.contains("care leavers") ? JudgementArea.CARE_LEAVERS : null;
	}

	private static List<JudgementArea> areasOf(int year) {
		List<JudgementArea> areas = new ArrayList<>(List.of(JudgementArea.OVERALL_EFFECTIVENESS,
				JudgementArea.IMPACT_OF_LEADERS, JudgementArea.HELP_AND_PROTECTION));
		if (year >= 2023) {
			areas.addAll(List.of(JudgementArea.CHILDREN_IN_CARE, JudgementArea.CARE_LEAVERS));
		}
		else {
			areas.add(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS);
		}
		return areas;
	}

	private static void add(List<ExtractedJudgement> judgements, ExtractedJudgement judgement) {
		if (judgements.stream().noneMatch(j -> j.area() == judgement.area())) {
			judgements.add(judgement);
		}
	}

	private static Grade grade(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		if (w.startsWith("requires")) {
			return Grade.REQUIRES_IMPROVEMENT;
		}
		return Grade.valueOf(w.toUpperCase(Locale.ROOT));
	}
}
