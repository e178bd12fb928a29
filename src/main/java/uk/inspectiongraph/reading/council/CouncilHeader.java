package uk.inspectiongraph.reading.council;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the first lines of a council paper say about it: its title (the first line that
 * speaks of Ofsted, an inspection or a visit, else the first substantial line), its date (the
 * first full date: the meeting's, "Cabinet 12 April 2022"), and the council that wrote it (the
 * "... County Council" or "... Council" named most often in the whole text).
 */
public final class CouncilHeader {

	private static final int HEAD_LINES = 25;

	private static final Pattern TOPIC = Pattern.compile("(?i)ofsted|inspection|visit|children'?s services");

	private static final Pattern COUNCIL = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}-]+ (?:and |upon |on |of )?){1,4}"
			+ "(?:County |City |Borough |District |Metropolitan Borough )?Council)\\b");

	private static final Pattern NOT_A_PLACE = Pattern.compile("^(The|This|A|Our|Each|Every|Full|County|City) ");

	private CouncilHeader() {
	}

	/** The paper's title, or null when its head has no line of text. */
	public static String title(String text) {
		String fallback = null;
		int seen = 0;
		for (String raw : text.split("\n")) {
			String line = clean(raw);
			if (line.isEmpty() || seen++ > HEAD_LINES) {
				continue;
			}
			boolean isDate = !CouncilDates.findAll(line, 0, line.length()).isEmpty() && line.length() < 30;
			if (TOPIC.matcher(line).find() && !isDate) {
				return line;
			}
			if (fallback == null && line.length() >= 20 && !isDate) {
				fallback = line;
			}
		}
		return fallback;
	}

	/** The first date given to the day in the paper's head, or null. */
	public static CouncilDates.Found date(String text) {
		int end = 0;
		int lines = 0;
		while (end < text.length() && lines < HEAD_LINES * 2) {
			int next = text.indexOf('\n', end);
			end = next < 0 ? text.length() : next + 1;
			lines++;
		}
		return CouncilDates.firstDay(text, 0, end);
	}

	/** The council most often named in {@code text}, or null. */
	public static String council(String text) {
		Map<String, Integer> counts = new HashMap<>();
		Matcher m = COUNCIL.matcher(text);
		String best = null;
		while (m.find()) {
			String name = NOT_A_PLACE.matcher(m.group(1)).replaceFirst("");
			if (name.equals("Council") || !Character.isUpperCase(name.charAt(0)) || name.split(" ").length < 2) {
				continue;
			}
			int count = counts.merge(name, 1, Integer::sum);
			if (best == null || count > counts.get(best)) {
				best = name;
			}
		}
		return best;
	}

	private static String clean(String line) {
		return line.replace("**", "").replaceAll("^[#\\s*-]+", "").strip();
	}
}
