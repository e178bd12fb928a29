package uk.inspectiongraph.reading.taxonomy;

import java.util.regex.Pattern;

/**
 * Tells whether a mention of people ("senior managers", "team managers") is what a finding is
 * about or only who is to act on it. Inspectors write "Senior managers should ensure that care
 * leavers…" (the managers are the actor; the finding is about care leavers) or "…reported to senior
 * leaders" (the audience), but "senior leaders' understanding of practice", "the capacity of team
 * managers", "the challenge provided by senior leaders" and "capacity in the senior management team"
 * (the people themselves, or what they do, are in question). A mention is about the people when it
 * is possessive or the complement of "of", "by" (the agent of what the finding names) or "in".
 */
final class RoleMention {

	private static final Pattern COMPLEMENT_BEFORE = Pattern
		.compile("(?i)\\b(?:of|by|in)\\s+(?:the\\s+|all\\s+|its\\s+|their\\s+|some\\s+)?$");

	private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^(?:'s?|s')(?![\\w])");

	private RoleMention() {
	}

	/** Whether the role matched at [start, end) of {@code text} is the subject matter of the text. */
	static boolean isSubjectMatter(String text, int start, int end) {
		String matched = text.substring(start, end);
		if (matched.endsWith("'") || matched.endsWith("'s")) {
			return true;
		}
		String after = text.substring(end, Math.min(text.length(), end + 3));
		String before = text.substring(Math.max(0, start - 20), start);
		return POSSESSIVE_AFTER.matcher(after).find() || COMPLEMENT_BEFORE.matcher(before).find();
	}
}
