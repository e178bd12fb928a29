package uk.inspectiongraph.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The inspectorates that inspect an area's children's services together: Ofsted leads every joint
 * inspection; the health, police and probation inspectorates take part as the inspection's remit asks.
 * Each names the words by which a letter's sign-off or opening refers to it.
 */
public enum Inspectorate {
	/** The Office for Standards in Education, Children's Services and Skills. */
	OFSTED("Ofsted", "\\bOfsted\\b|\\bSocial\\s+Care\\b"),
	/** The Care Quality Commission, the health and care regulator. */
	CQC("Care Quality Commission", "Care\\s+Quality\\s+Commission|\\bCQC\\b|Health\\s*care|Hospitals|Primary\\s+Medical"),
	/** His (earlier Her) Majesty's Inspectorate of Constabulary (and, from 2017, Fire & Rescue Services). */
	HMICFRS("HM Inspectorate of Constabulary and Fire & Rescue Services", "Constabulary|\\bHMICFRS\\b|\\bHMIC\\b"),
	/** His (earlier Her) Majesty's Inspectorate of Probation. */
	HMI_PROBATION("HM Inspectorate of Probation", "(?:Inspectorate|Inspector|HMI)\\s+(?:of\\s+)?Prob\\w*|\\bHMIP\\b");

	private final String title;

	private final Pattern words;

	Inspectorate(String title, String words) {
		this.title = title;
		this.words = Pattern.compile(words, Pattern.CASE_INSENSITIVE);
	}

	/** The inspectorate's name as the graph shows it. */
	public String title() {
		return title;
	}

	/** Whether {@code text} refers to this inspectorate. */
	public boolean namedIn(String text) {
		return words.matcher(text).find();
	}

	/** The first inspectorate (in this enum's order) {@code text} refers to, if any. */
	public static Optional<Inspectorate> firstNamedIn(String text) {
		for (Inspectorate inspectorate : values()) {
			if (inspectorate.namedIn(text)) {
				return Optional.of(inspectorate);
			}
		}
		return Optional.empty();
	}

	/** The inspectorate whose {@link #title()} or name is {@code value}, if any. */
	public static Optional<Inspectorate> fromTitle(String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (Inspectorate inspectorate : values()) {
			if (inspectorate.title.equalsIgnoreCase(value) || inspectorate.name().equals(value.toUpperCase(Locale.ROOT))) {
				return Optional.of(inspectorate);
			}
		}
		return Optional.empty();
	}
}
