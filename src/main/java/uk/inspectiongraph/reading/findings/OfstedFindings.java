package uk.inspectiongraph.reading.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.FindingKind;

/**
 * Walks an Ofsted letter or report section by section: text before the first recognised heading
 * (letterhead, address, salutation, the visit's scope) and under sections that hold no findings
 * is passed over; the text under each findings heading is rebuilt into blocks; the sign-off
 * ("Yours sincerely", "Ofsted will take the findings...") and the publication boilerplate end it
 * once a section has begun (older reports print their copyright line on the cover).
 * An ILACS report's unheaded summary after its grade table is its overview. In a table of
 * contents, a heading whose page number was lost is an entry when one of the next entries has one.
 */
final class OfstedFindings {

	private static final List<String> ENDINGS = List.of("ofsted will take the findings", "ofsted will publish this",
			"yours sincerely", "your sincerely", "the office for standards in education, children's services and skills",
			"if you would like a copy of this document", "you may reuse this information", "© crown copyright",
			"ofsted has a statutory duty to");

	private static final Pattern TABLE_WORDS = Pattern.compile("(?i)experiences and progress|impact of leaders"
			+ "|overall effectiveness|practice with children|help and protection|^children in care|^(care )?leavers");

	private static final Pattern ENDS_WITH_GRADE = Pattern
		.compile("\\b(Good|Outstanding|Inadequate|Requires improvement|to be good|Not judged)\\W*$");

	private static final Pattern PROSE_WORDS = Pattern.compile(
			"(?i) (is|are|was|were|has|have|been|the|their|that|this|there|now|not|continue|receive|since) ");

	private static final Pattern FIRST_PARAGRAPH = Pattern.compile("1\\.\\s");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?;][\"'’”)]*$");

	private static final Pattern PAGE_REFERENCE = Pattern.compile("\\p{L}[\\s\\u00a0.]+\\d{1,3}$");

	private static final int MAX_HEADING_LINES = 3;

	private static final int MAX_TABLE_LINE = 95;

	private final List<SourceLine> lines;

	private final BlockBuilder builder;

	private final List<Draft> drafts = new ArrayList<>();

	private final List<SourceLine> run = new ArrayList<>();

	private FindingKind kind;

	private String section;

	private boolean inGradeTable;

	private boolean lastTableRow;

	private String judgementSection;

	private boolean inContents;

	OfstedFindings(List<SourceLine> lines) {
		this.lines = lines;
		this.builder = new BlockBuilder(BlockBuilder.widthOf(lines));
	}

	List<Draft> split() {
		int i = 0;
		while (i < lines.size() && !(section != null && isEnding(lines.get(i).text()))) {
			int consumed = tryHeading(i);
			if (consumed == 0) {
				accept(lines.get(i));
				consumed = 1;
			}
			i += consumed;
		}
		flush();
		return drafts;
	}

	private void accept(SourceLine line) {
		if (inGradeTable && line.text().toLowerCase(Locale.ROOT).startsWith("overall effectiveness")) {
			lastTableRow = true;
			return;
		}
		if (inGradeTable && (lastTableRow ? !Headings.isGrade(line.text()) : !isTableLine(line.text()))) {
			inGradeTable = false;
			kind = FindingKind.OVERVIEW;
			section = "Overview";
		}
		if (isActionList() && FIRST_PARAGRAPH.matcher(line.text()).lookingAt() && runHasGlyphItem()) {
			openMissedJudgement();
		}
		if (kind != null) {
			run.add(line);
		}
	}

	private boolean isActionList() {
		return kind == FindingKind.AREA_FOR_IMPROVEMENT || kind == FindingKind.PRIORITY_ACTION;
	}

	private boolean runHasGlyphItem() {
		return run.stream().anyMatch(l -> Bullets.isGlyph(l.text()));
	}

	/**
	 * A paragraph numbered 1 after a bulleted list of improvements opens a judgement section whose
	 * heading was not recognised: the lines after the last finished item are taken as that heading.
	 */
	private void openMissedJudgement() {
		int k = run.size();
		while (k > 0 && run.size() - k < MAX_HEADING_LINES && !Bullets.isGlyph(run.get(k - 1).text())
				&& !SENTENCE_END.matcher(run.get(k - 1).text()).find()) {
			k--;
		}
		StringBuilder heading = new StringBuilder();
		run.subList(k, run.size()).forEach(l -> heading.append(heading.isEmpty() ? "" : " ").append(l.text()));
		run.subList(k, run.size()).clear();
		flush();
		kind = FindingKind.FINDING;
		section = heading.isEmpty() ? "Findings" : Headings.sectionName(heading.toString());
		judgementSection = section;
	}

	/** Lines taken by a heading starting at line {@code i}, 0 when none starts there. */
	private int tryHeading(int i) {
		StringBuilder joined = new StringBuilder();
		int maxLines = inGradeTable ? 1 : MAX_HEADING_LINES;
		int textLines = 0;
		for (int j = i; j < lines.size() && textLines < maxLines; j++) {
			String t = lines.get(j).text();
			if (j > i && (Bullets.startsItem(t) || lines.get(j).pageBreakBefore())) {
				return 0;
			}
			if (Headings.isGrade(t) && j > i) {
				continue;
			}
			textLines++;
			joined.append(joined.isEmpty() ? "" : " ").append(t);
			Headings.Heading heading = Headings.match(joined.toString());
			if (heading != null && !(inGradeTable && heading.kind() == FindingKind.FINDING) && !isContentsEntry(j + 1)) {
				open(heading, joined.toString());
				return j - i + 1;
			}
		}
		return 0;
	}

	/** Whether, inside the table of contents, one of the lines from {@code next} is an entry with a page number. */
	private boolean isContentsEntry(int next) {
		if (!inContents) {
			return false;
		}
		for (int j = next; j < lines.size() && j < next + MAX_HEADING_LINES; j++) {
			if (PAGE_REFERENCE.matcher(lines.get(j).text()).find()) {
				return true;
			}
		}
		return false;
	}

	private void open(Headings.Heading heading, String text) {
		flush();
		if (heading.subheading()) {
			backToJudgement(text);
			return;
		}
		inGradeTable = Headings.sectionName(text).equalsIgnoreCase("judgement grade");
		inContents = Headings.sectionName(text).equalsIgnoreCase("contents");
		kind = heading.kind();
		section = Headings.sectionName(text);
		if (kind == FindingKind.FINDING) {
			judgementSection = section;
		}
	}

	/** "Inspection findings" or "Summary" after a list of recommendations goes back to the judgement. */
	private void backToJudgement(String text) {
		if (kind != null && kind != FindingKind.FINDING) {
			kind = FindingKind.FINDING;
			section = judgementSection != null ? judgementSection : Headings.sectionName(text);
		}
	}

	private void flush() {
		if (kind != null) {
			for (Block block : builder.build(run)) {
				drafts.add(new Draft(kind, section, block));
			}
		}
		run.clear();
	}

	private static boolean isTableLine(String t) {
		if (t.length() < 30 || Headings.isGrade(t)) {
			return true;
		}
		return !PROSE_WORDS.matcher(t).find() && !t.endsWith("-")
				&& (ENDS_WITH_GRADE.matcher(t).find() || t.length() < MAX_TABLE_LINE && TABLE_WORDS.matcher(t).find());
	}

	private static boolean isEnding(String line) {
		if (line.isEmpty() || "oOyYiItT©*".indexOf(line.charAt(0)) < 0) {
			return false;
		}
		String t = line.replace('’', '\'').toLowerCase(Locale.ROOT).replace("*", "").strip();
		return ENDINGS.stream().anyMatch(t::startsWith);
	}
}
