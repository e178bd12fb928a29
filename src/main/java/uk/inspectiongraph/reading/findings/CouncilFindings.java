package uk.inspectiongraph.reading.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.FindingKind;

/**
 * Finds what council papers restate of an inspection. A cabinet or committee report gives the
 * areas for improvement as a list under a sentence that announces them ("...noted four areas for
 * improvement within the report, these being:"): each item is an area for improvement. Slides
 * give short headings over bullets: under a heading about weaknesses each point is a weakness,
 * under one about strengths a strength, under any other heading a finding.
 */
final class CouncilFindings {

	private static final Pattern AREAS_INTRO = Pattern.compile(
			"(?i)(areas? (for|of) (improvement|development)|improvement areas|recommendations)[^:]*:\\s*$");

	private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d+(\\.\\d+)+\\s");

	private static final Pattern WEAKNESS = Pattern.compile("(?i)weakness|concern|challenge|priorit|to do|worries"
			+ "|areas? (for|of) (improvement|development)");

	private static final Pattern STRENGTH = Pattern.compile("(?i)strength|positive|working well|what.s good");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'’”)\\]*]*$");

	private static final int MAX_HEADING = 100;

	private CouncilFindings() {
	}

	/** The areas for improvement a report lists, each with the numbered heading above it. */
	static List<Draft> reportAreas(List<SourceLine> lines) {
		BlockBuilder builder = new BlockBuilder(BlockBuilder.widthOf(lines));
		List<Draft> drafts = new ArrayList<>();
		String section = null;
		for (int i = 0; i < lines.size(); i++) {
			String t = lines.get(i).text();
			if (isReportHeading(t)) {
				section = t.replaceAll("^\\d+\\.?\\s*", "").strip();
			}
			if (AREAS_INTRO.matcher(t).find()) {
				int end = listEnd(lines, i + 1);
				for (Block block : builder.build(lines.subList(i + 1, end))) {
					drafts.add(new Draft(FindingKind.AREA_FOR_IMPROVEMENT, section, block));
				}
				i = end - 1;
			}
		}
		return drafts;
	}

	private static int listEnd(List<SourceLine> lines, int from) {
		int i = from;
		while (i < lines.size()) {
			String t = lines.get(i).text();
			String content = t.substring(Bullets.markerLength(t));
			boolean item = Bullets.startsItem(t) && !SECTION_NUMBER.matcher(content).find();
			boolean continuation = i > from && !t.isEmpty() && Character.isLowerCase(t.charAt(0));
			if (!item && !continuation) {
				break;
			}
			i++;
		}
		return i;
	}

	private static boolean isReportHeading(String t) {
		return t.matches("^\\d+\\.?\\s+\\p{Lu}.*") && t.length() < MAX_HEADING && !SENTENCE_END.matcher(t).find();
	}

	/** The points of a slide deck, under the slide headings they sit below. */
	static List<Draft> slides(List<SourceLine> lines) {
		BlockBuilder builder = new BlockBuilder(BlockBuilder.widthOf(lines));
		List<Draft> drafts = new ArrayList<>();
		String section = null;
		List<SourceLine> run = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			SourceLine line = lines.get(i);
			if (isSlideHeading(lines, i)) {
				addRun(drafts, builder, section, run);
				section = line.text().replace("*", "").strip();
			}
			else if (section != null) {
				run.add(line);
			}
		}
		addRun(drafts, builder, section, run);
		return drafts;
	}

	private static void addRun(List<Draft> drafts, BlockBuilder builder, String section, List<SourceLine> run) {
		if (section != null) {
			FindingKind kind = WEAKNESS.matcher(section).find() ? FindingKind.WEAKNESS
					: STRENGTH.matcher(section).find() ? FindingKind.STRENGTH : FindingKind.FINDING;
			for (Block block : builder.build(run)) {
				drafts.add(new Draft(kind, section, block));
			}
		}
		run.clear();
	}

	private static boolean isSlideHeading(List<SourceLine> lines, int i) {
		String t = lines.get(i).text().replace("*", "").strip();
		if (t.isEmpty() || t.length() > MAX_HEADING || Bullets.startsItem(lines.get(i).text())
				|| SENTENCE_END.matcher(t).find() || !Character.isUpperCase(t.charAt(0))) {
			return false;
		}
		boolean conclusion = t.matches("(?i)(in )?(conclusion|summary|next steps)");
		return conclusion || i + 1 < lines.size() && Bullets.isGlyph(lines.get(i + 1).text());
	}
}
