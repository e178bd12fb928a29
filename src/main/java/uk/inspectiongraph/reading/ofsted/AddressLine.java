package uk.inspectiongraph.reading.ofsted;

import java.util.regex.Pattern;

import uk.inspectiongraph.domain.Span;

/**
 * One non-blank line of a letter's address block, trimmed of layout damage (markdown stars,
 * trailing commas), with the span of its words and tests for what the line is.
 */
record AddressLine(String value, Span span) {

	private static final Pattern ORGANISATION = Pattern.compile(
			"\\b(Council|Borough|County|City of|Metropolitan|Trust|Partnership|Authority|Children's Services Ltd|"
					+ "Children First|Company|Limited|Ltd)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PLACE = Pattern.compile("\\d|\\b(Street|Road|Lane|Avenue|Place|Square|Way|Hall|House"
			+ "|Centre|Center|Building|Buildings|Drive|Walk|Parade|Gate|Court|Offices|Office|Box|Floor|Civic|Row|"
			+ "Terrace|Close|Crescent|Quay|Wharf|Park|Hill|Green|Town|Mall|Plaza|Precinct)\\b");

	private static final Pattern ROLE = Pattern.compile("\\b(Director|Executive|Officer|Head|Assistant|Deputy|Chief"
			+ "|Commissioner|Interim|Acting|Corporate|Strategic|Manager|Lead|Leader|Chair|Member|Councillor|DCS)\\b");

	private static final Pattern CONTINUES = Pattern.compile("(?i)(,|&|\\band|\\bof|\\bfor|\\bto|-|–)$");

	/** Whether the line names an organisation (a council, trust, partnership...). */
	boolean organisation() {
		return ORGANISATION.matcher(value.replace('’', '\'')).find() && !role();
	}

	/** Whether the line looks like a job title. */
	boolean role() {
		return ROLE.matcher(value).find();
	}

	/** Whether the line is a postal address (a street, building or postcode) or a town. */
	boolean place() {
		return PLACE.matcher(value).find() && !role();
	}

	/** Whether the line ends mid-phrase and so continues on the next line. */
	boolean continues() {
		return CONTINUES.matcher(value).find();
	}

	/** Whether the line starts as the continuation of a phrase begun on the line before. */
	boolean continuation() {
		return !value.isEmpty() && (Character.isLowerCase(value.charAt(0)) || value.startsWith("& ")
				|| value.startsWith("and ") || value.startsWith("("));
	}
}
