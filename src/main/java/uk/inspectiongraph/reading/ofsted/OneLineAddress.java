package uk.inspectiongraph.reading.ofsted;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.ExtractedPerson;
import uk.inspectiongraph.domain.Relation;
import uk.inspectiongraph.domain.Span;

/**
 * Reads an address block that text damage has run onto one line ("Nigel Minns Strategic Director
 * of People Group Warwickshire County Council Market Square ..."): the name is the capitalised
 * words before the first job-title word, the role runs from there to the council's name.
 */
final class OneLineAddress {

	private static final Pattern BLOCK = Pattern.compile("^(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?"
			+ "(?<name>\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,2}?)\\s+(?<role>(?:Interim\\s+|Acting\\s+)?"
			+ "(?:Strategic|Executive|Corporate|Deputy|Assistant|Chief|Director|Group|Managing|Head|Bi-Borough)\\b.*?)\\s+"
			+ "(?<org>\\p{Lu}[\\p{L}'’\\-]+\\s+(?:County|City|Borough|Metropolitan\\s+Borough)\\s+Council|London\\s+Borough\\s+of"
			+ "\\s+\\p{Lu}[\\p{L}'’\\-]+|\\p{Lu}[\\p{L}'’\\-]+\\s+Council)\\b");

	private OneLineAddress() {
	}

	static Optional<ExtractedPerson> read(AddressLine line) {
		Matcher m = BLOCK.matcher(line.value());
		if (!m.find()) {
			return Optional.empty();
		}
		int start = line.span().start() + m.start("name");
		Span span = new Span(start, Math.min(line.span().end(), start + m.group("name").length()));
		return Optional.of(new ExtractedPerson(m.group("name"), m.group("role"), m.group("org"), Relation.RECIPIENT,
				span));
	}
}
