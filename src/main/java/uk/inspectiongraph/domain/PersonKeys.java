package uk.inspectiongraph.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One person across documents: the key a name is known by, whatever the honorific, case,
 * spacing or punctuation ("Councillor Jeff Morgan", "Mr Jeff  Morgan" and "jeff morgan" are one).
 */
public final class PersonKeys {

	private static final Pattern HONORIFIC = Pattern.compile(
			"^(?:(?:councillor|cllr|mr|mrs|ms|miss|mx|dr|professor|prof|sir|dame|rev|the)\\.?\\s+)+",
			Pattern.CASE_INSENSITIVE);

	private PersonKeys() {
	}

	/** The identity key of a person's name. */
	public static String of(String name) {
		String plain = Normalizer.normalize(displayName(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip();
	}

	/** The name as it should be shown: honorifics dropped, white space tidied. */
	public static String displayName(String name) {
		String tidy = name.replaceAll("\\s+", " ").strip();
		return HONORIFIC.matcher(tidy).replaceFirst("").strip();
	}
}
