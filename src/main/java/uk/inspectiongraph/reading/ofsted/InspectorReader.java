package uk.inspectiongraph.reading.ofsted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.ExtractedInspector;

/**
 * Reads the inspectors of an event. Reports: the "Lead inspector:" line (or "Reporting inspector")
 * and, in single-inspection-framework reports, the deputy lead and team inspectors of "The
 * inspection team"; shadow inspectors and analysts are left out. Letters: the sentence naming the
 * inspectors of the visit ("The inspectors were ...", "His Majesty's Inspectors for this visit
 * were ...", "The visit was carried out by ..."); the lead is the signatory when the signatory is
 * one of them, else the first named.
 */
public final class InspectorReader {

	private static final Pattern LEAD = Pattern.compile(
			"(?:Lead\\s+inspectors?|Reporting\\s+inspector)[\\s*]*:?[\\s*]*", Pattern.CASE_INSENSITIVE);

	private static final Pattern TEAM = Pattern.compile(
			"(?m)^[\\s*]*(?:Deputy\\s+lead\\s+inspectors?|Team\\s+inspectors?)[\\s*]*:[\\s*]*");

	private static final Pattern OPEN_END = Pattern.compile("(?:,|\\band|\\bDr\\.?)[\\s*]*$");

	private static final Pattern LETTER_SENTENCE = Pattern.compile("(?:inspectors?|HMIs?)\\b[^.]{0,60}?\\bwere\\b"
			+ "|(?:carried\\s+out|conducted|undertaken|led)\\s+by\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SIGN_OFF = Pattern.compile("Yours?\\s+(?:sincerely|faithfully)",
			Pattern.CASE_INSENSITIVE);

	private static final int SENTENCE_REACH = 600;

	private InspectorReader() {
	}

	/** The inspectors named by an inspection report, leads first. */
	public static List<ExtractedInspector> ofReport(String text) {
		Map<String, ExtractedInspector> found = new LinkedHashMap<>();
		Matcher lead = LEAD.matcher(text);
		if (lead.find()) {
			for (NameList.Name name : NameList.names(text, lead.end(), listEnd(text, lead.end()))) {
				found.putIfAbsent(key(name.name()), new ExtractedInspector(name.name(), true, name.span()));
			}
		}
		Matcher team = TEAM.matcher(text);
		while (team.find()) {
			for (NameList.Name name : NameList.names(text, team.end(), listEnd(text, team.end()))) {
				found.putIfAbsent(key(name.name()), new ExtractedInspector(name.name(), false, name.span()));
			}
		}
		return new ArrayList<>(found.values());
	}

	/** The inspectors named by a letter's opening, the lead marked. */
	public static List<ExtractedInspector> ofLetter(String text, int openingStart) {
		List<NameList.Name> names = letterNames(text, Math.max(0, openingStart));
		if (names.isEmpty()) {
			return List.of();
		}
		String leadKey = signatory(text).filter(s -> names.stream().anyMatch(n -> key(n.name()).equals(s)))
			.orElse(key(names.get(0).name()));
		List<ExtractedInspector> inspectors = new ArrayList<>();
		for (NameList.Name name : names) {
			inspectors.add(new ExtractedInspector(name.name(), key(name.name()).equals(leadKey), name.span()));
		}
		return inspectors;
	}

	private static List<NameList.Name> letterNames(String text, int from) {
		Matcher m = LETTER_SENTENCE.matcher(text).region(from, Math.min(text.length(), from + 2500));
		Map<String, NameList.Name> names = new LinkedHashMap<>();
		while (m.find() && names.isEmpty()) {
			int start = m.end();
			int end = sentenceEnd(text, m.end());
			for (NameList.Name name : NameList.names(text, start, end)) {
				if (!shadowing(text, name, end)) {
					names.putIfAbsent(key(name.name()), name);
				}
			}
		}
		return new ArrayList<>(names.values());
	}

	private static boolean shadowing(String text, NameList.Name name, int sentenceEnd) {
		String after = text.substring(name.span().end(), Math.min(sentenceEnd, name.span().end() + 40));
		return after.toLowerCase(Locale.ROOT).contains("shadow");
	}

	/** The signatory's name key: the first name-shaped line after "Yours sincerely". */
	static Optional<String> signatory(String text) {
		Matcher m = SIGN_OFF.matcher(text);
		int at = -1;
		while (m.find()) {
			at = m.end();
		}
		if (at < 0) {
			return Optional.empty();
		}
		return NameList.names(text, at, Math.min(text.length(), at + 200)).stream().findFirst()
			.map(n -> key(n.name()));
	}

	private static int sentenceEnd(String text, int from) {
		int limit = Math.min(text.length(), from + SENTENCE_REACH);
		for (int i = from; i < limit - 1; i++) {
			if (text.charAt(i) == '.' && Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(text, i)) {
				return i;
			}
		}
		return limit;
	}

	private static boolean abbreviation(String text, int dot) {
		return dot >= 2 && text.startsWith("Dr", dot - 2);
	}

	/** The end of a labelled list: its line, and the next lines while a line ends open ("," or "and"). */
	private static int listEnd(String text, int from) {
		int end = lineEnd(text, from);
		if (text.substring(from, end).isBlank() && end < text.length()) {
			end = lineEnd(text, end + 1);
		}
		int lines = 1;
		while (lines++ < 4 && end < text.length() && OPEN_END.matcher(text.substring(from, end)).find()) {
			end = lineEnd(text, end + 1);
		}
		return end;
	}

	private static int lineEnd(String text, int from) {
		int nl = text.indexOf('\n', from);
		return nl < 0 ? text.length() : nl;
	}

	static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
	}
}
