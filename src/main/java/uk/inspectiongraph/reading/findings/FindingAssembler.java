package uk.inspectiongraph.reading.findings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.ExtractedFinding;
import uk.inspectiongraph.domain.FindingKind;

/**
 * Turns drafts into findings: drops what is no finding (stray headings and grade lines, contact
 * details, addresses and URLs, notices to the Department for Education, a list of actions that says
 * it has none: "There are no priority or immediate actions."), drops repeats, numbers the rest 1..n
 * in document order and ties each to its event.
 */
final class FindingAssembler {

	private static final Pattern TERMINAL = Pattern.compile("[.!?:;][\"'’”)\\]]*$");

	private static final Pattern CONTACT = Pattern.compile("(?i)\\S+@\\S+\\.\\S+|www\\.|https?://|\\b0300 123 1231\\b"
			+ "|(?-i:\\b[A-Z]{1,2}\\d{1,2}[A-Z]? \\d[A-Z]{2}\\b)");

	private static final Pattern NOTICE = Pattern.compile("(?i)^(we have notified the department for education"
			+ "|this letter summarises|dear )");

	private static final Pattern FOLLOWING = Pattern.compile("(?i)\\bthe following\\b[^.]*\\.$");

	private static final Pattern NONE_TO_TAKE = Pattern.compile("(?i)^(?:there (?:are|were|is) no|no "
			+ "|(?:the )?(?:inspection|inspectors?) (?:did|does|has|have) not (?:find|identif))[^.]*"
			+ "\\b(?:priorit|actions?\\b|areas? for improvement|recommendations?\\b)[^.]*\\.?$");

	private static final int MAX_STRAY_WORDS = 8;

	private static final int MAX_INTRO_WORDS = 12;

	private static final Set<FindingKind> ACTION_LISTS = EnumSet.of(FindingKind.AREA_FOR_IMPROVEMENT,
			FindingKind.PRIORITY_ACTION, FindingKind.RECOMMENDATION);

	private FindingAssembler() {
	}

	static List<ExtractedFinding> assemble(List<Draft> drafts, ToIntFunction<String> eventOf) {
		List<ExtractedFinding> findings = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < drafts.size(); i++) {
			Draft draft = drafts.get(i);
			Block block = draft.block();
			if (block.isEmpty() || isNoFinding(block) || isListIntro(draft, nextFinding(drafts, i + 1))
					|| saysNoneToTake(draft)) {
				continue;
			}
			String text = block.text();
			if (seen.add(text.toLowerCase(Locale.ROOT))) {
				findings.add(new ExtractedFinding(draft.kind(), draft.section(), findings.size() + 1, text,
						block.span(), eventOf.applyAsInt(text), List.of()));
			}
		}
		return findings;
	}

	private static Draft nextFinding(List<Draft> drafts, int from) {
		for (int i = from; i < drafts.size(); i++) {
			Block block = drafts.get(i).block();
			boolean shortIntro = !block.isItem() && block.text().endsWith(":") && words(block.text()) < MAX_INTRO_WORDS;
			if (!block.isEmpty() && !isNoFinding(block) && !shortIntro) {
				return drafts.get(i);
			}
		}
		return null;
	}

	/**
	 * A sentence ending in a colon that opens a list ("...address the following areas:") is no item
	 * of a list of actions, and no finding elsewhere when it is short.
	 */
	private static boolean isListIntro(Draft draft, Draft next) {
		Block block = draft.block();
		if (block.isItem() && !block.isNumbered() || next == null || !next.block().isItem()
				|| next.block().isNumbered() || next.kind() != draft.kind()) {
			return false;
		}
		String text = block.text();
		boolean opensList = text.endsWith(":") || text.contains("the following") && FOLLOWING.matcher(text).find();
		if (!opensList) {
			return false;
		}
		return ACTION_LISTS.contains(draft.kind()) || words(block.text()) < MAX_INTRO_WORDS;
	}

	/** A list of actions that says it has none: "The inspection did not find any areas for priority action." */
	private static boolean saysNoneToTake(Draft draft) {
		String text = draft.block().text();
		return ACTION_LISTS.contains(draft.kind()) && words(text) < MAX_INTRO_WORDS * 2
				&& NONE_TO_TAKE.matcher(text).matches();
	}

	/** A cheap test before the contact pattern: an at sign, a web address, a digit next to a capital. */
	private static boolean mayHoldContact(String text) {
		if (text.indexOf('@') >= 0 || text.contains("www.") || text.contains("http") || text.contains("0300")) {
			return true;
		}
		for (int i = 1; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i)) && text.charAt(i - 1) >= 'A' && text.charAt(i - 1) <= 'Z') {
				return true;
			}
		}
		return false;
	}

	/** The number of words of a repaired text (single spaces between words). */
	private static int words(String text) {
		int words = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == ' ') {
				words++;
			}
		}
		return words;
	}

	private static boolean isNoFinding(Block block) {
		String text = block.text();
		if (mayHoldContact(text) && CONTACT.matcher(text).find() || NOTICE.matcher(text).find()
				|| Headings.isGrade(text)) {
			return true;
		}
		boolean stray = !block.isItem() && block.lineCount() == 1 && !TERMINAL.matcher(text).find()
				&& words(text) < MAX_STRAY_WORDS;
		return stray || !text.chars().anyMatch(Character::isLetter);
	}
}
