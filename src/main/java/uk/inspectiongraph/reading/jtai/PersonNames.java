package uk.inspectiongraph.reading.jtai;

import java.util.regex.Pattern;

/**
 * Tells a person's name from a title or an organisation on a line of a joint letter: two to four
 * capitalised words with no job or body word among them, once honorifics ("Dr", "Sir") and
 * post-nominal letters ("QPM", "OBE", "BSc MB ChB") are set aside. A name run together by the PDF's
 * text layer ("YvetteStanley") is split at its inner capital.
 */
final class PersonNames {

	private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Professor|Prof"
			+ "|Cllr|Councillor)\\.?\\s+)+");

	private static final Pattern POST_NOMINALS = Pattern.compile("(?:[\\s,]+(?:[A-Z]{2,5}|BSc|MSc|ChB|MA|BA|PhD|MB"
			+ "|MBA|QC|KC))+\\s*$");

	private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*");

	private static final Pattern CAMEL = Pattern.compile("^(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{Ll}+)$");

	private static final Pattern NOT_A_NAME = Pattern.compile("\\b(?:Director|Executive|Officer|Head|Assistant|Deputy"
			+ "|Chief|Commissioner|Interim|Acting|Manager|Lead|Chair|Inspector|Inspectorate|Majesty|Majesty’s|Council"
			+ "|Borough|County|City|Services?|Care|Health|Healthcare|Police|Constabulary|Probation|Commission|Social"
			+ "|Group|Board|Partnership|Trust|Company|Team|Commissioning|Integrated|Nursing|Nurse|National|Regional"
			+ "|Scrutineer|Safeguarding|Youth|Justice|Children|Children’s|Families|Medical|Hospitals|Fire|Rescue"
			+ "|Primary|Quality|Superintendent|Constable|Commander|Mayor|Policing|Crime|Independent|Designated|Doctor|Place"
			+ "|Foundation|Offending|Metropolitan|Local|Authority|Area|Next|Yours|Dear|Education|Skills)\\b");

	private PersonNames() {
	}

	/** The person's name {@code phrase} is, without honorifics and letters after it; null when it is none. */
	static String nameOf(String phrase) {
		String value = POST_NOMINALS.matcher(HONORIFIC.matcher(phrase.strip()).replaceFirst("")).replaceFirst("").strip();
		var camel = CAMEL.matcher(value);
		if (camel.matches()) {
			value = camel.group(1) + " " + camel.group(2);
		}
		String[] words = value.split("\\s+");
		if (words.length < 2 || words.length > 4 || NOT_A_NAME.matcher(value).find()) {
			return null;
		}
		for (String word : words) {
			if (!WORD.matcher(word).matches() || word.length() > 1 && word.equals(word.toUpperCase())) {
				return null;
			}
		}
		return value;
	}
}
