package uk.inspectiongraph.reading.ofsted;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a visit looked at: the sentence "Inspectors looked at the local authority's
 * arrangements for ..." (or "evaluated", "reviewed", "considered"), returned from "arrangements"
 * on, up to the end of its sentence or the colon that opens a list of particular foci.
 */
public final class VisitFocus {

	private static final Pattern FOCUS = Pattern.compile("Inspectors\\s+(?:looked\\s+at|evaluated|reviewed|considered)"
			+ "\\s+(?:the\\s+)?(?:local\\s+authority.s\\s+|council.s\\s+)?(?<focus>arrangements[\\s\\S]{5,400}?)(?:[.:](?=\\s)|$)",
			Pattern.CASE_INSENSITIVE);

	private static final int REACH = 4000;

	private VisitFocus() {
	}

	/** The focus of the visit whose letter opens at {@code from}. */
	public static Optional<String> read(String text, int from) {
		Matcher m = FOCUS.matcher(text).region(Math.max(0, from), Math.min(text.length(), Math.max(0, from) + REACH));
		if (!m.find()) {
			return Optional.empty();
		}
		return Optional.of(m.group("focus").replaceAll("[\\s*]+", " ").strip());
	}
}
