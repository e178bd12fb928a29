package uk.inspectiongraph.reading.ofsted;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.Span;

/**
 * Splits a run of text that lists people ("Jan Edwards, Her Majesty's Inspector, and Ian Young
 * HMI") into the names it holds, with their spans. Capitalised words standing together make a run;
 * titles and inspector grades ("Her Majesty's Inspector", "HMI", "Senior") cut runs; what remains of
 * two to four words is a name.
 */
final class NameList {

	private static final Pattern WORD = Pattern.compile("(?<![\\p{L}’'\\-])\\p{Lu}[\\p{L}’'\\-]*(?![\\p{L}’'])");

	private static final Pattern STOP = Pattern.compile("(?i)Majesty|Majesty’s|Majesty's|Inspectors?|HMIs?|Ofsted"
			+ "|Social|Care|Schools?|Senior|Designate|Lead|Deputy|Team|Associate|Additional|Children|Services?|Her"
			+ "|His|The|Chief|Education|Skills|Council|Authority|Local|Regional|Director|Quality|Assurance|Manager"
			+ "|Analysts?|Data|Inspection|Framework|Visit|This|These|Yours|Dr|Mr|Mrs|Ms|Miss|Judgement|Grade|Page"
			+ "|In|On|And|With|All|Two|Both|Inspectors’|OI|AI|SHMI|Principal|Officer|Professor");

	private static final Pattern GAP = Pattern.compile("[ \\t]*(?:\\r?\\n[ \\t]*){0,2}");

	private NameList() {
	}

	record Name(String name, Span span) {
	}

	/** The personal names in {@code text[from, to)}, in order. */
	static List<Name> names(String text, int from, int to) {
		List<Name> names = new ArrayList<>();
		List<int[]> run = new ArrayList<>();
		Matcher m = WORD.matcher(text).region(from, to);
		int lastEnd = -1;
		while (m.find()) {
			boolean stop = STOP.matcher(m.group()).matches();
			boolean adjacent = lastEnd >= 0 && GAP.matcher(text.substring(lastEnd, m.start())).matches();
			if (stop || !adjacent) {
				flush(text, run, names);
			}
			if (!stop) {
				run.add(new int[] { m.start(), m.end() });
			}
			lastEnd = m.end();
		}
		flush(text, run, names);
		return names;
	}

	private static void flush(String text, List<int[]> run, List<Name> names) {
		if (run.size() >= 2 && run.size() <= 4) {
			int start = run.get(0)[0];
			int end = run.get(run.size() - 1)[1];
			names.add(new Name(text.substring(start, end).replaceAll("\\s+", " "), new Span(start, end)));
		}
		run.clear();
	}
}
