package uk.inspectiongraph.reading.ofsted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.DateRange;
import uk.inspectiongraph.reading.ExtractedPerson;
import uk.inspectiongraph.domain.Relation;
import uk.inspectiongraph.domain.Span;

/**
 * Reads the addressees of a letter from the block between its date and its salutation. Usually
 * the first line is the person (honorifics dropped), the next line(s) their role as written, and the
 * first line naming a council or other body their organisation; a block may instead give one
 * addressee per line as "Name, Role[, Organisation]". A line after the name is a role only when it
 * reads as a job title (director, executive, officer...): a bare address gives no role.
 */
public final class RecipientReader {

	private static final Pattern LINE = Pattern.compile("(?m)^[ \\t*■•\\-]*(.*?)[ \\t*]*$");

	private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame"
			+ "|Professor|Prof)\\.?\\s+)+");

	private static final Pattern PERSON = Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3}$");

	private static final Pattern TRAILING_COUNCIL = Pattern.compile(
			"^(.*\\S)\\s+((?:\\p{Lu}[\\p{L}’'\\-]*\\s+){1,2}(?:City|County|Borough)\\s+Council)$");

	private RecipientReader() {
	}

	/** The letter's first recipient, if its address block names a person. */
	public static Optional<ExtractedPerson> read(String text) {
		return readAll(text).stream().findFirst();
	}

	/** Every recipient of the letter, in the order of its address block. */
	public static List<ExtractedPerson> readAll(String text) {
		int salutation = LetterHeader.salutation(text);
		Optional<DateRange> date = LetterHeader.date(text);
		if (salutation < 0 || date.isEmpty()) {
			return List.of();
		}
		List<AddressLine> lines = lines(text, date.get().span().end(), salutation);
		List<ExtractedPerson> inline = inlineRecipients(lines);
		if (!inline.isEmpty()) {
			return inline;
		}
		if (lines.isEmpty()) {
			return List.of();
		}
		if (personName(lines.get(0).value()) == null) {
			return OneLineAddress.read(lines.get(0)).map(List::of).orElse(List.of());
		}
		AddressLine first = lines.get(0);
		String name = personName(first.value());
		String role = role(lines);
		String organisation = organisation(lines);
		Matcher council = role == null ? null : TRAILING_COUNCIL.matcher(role);
		if (council != null && council.matches()) {
			role = council.group(1);
			organisation = organisation == null ? council.group(2) : organisation;
		}
		return List.of(new ExtractedPerson(name, role, organisation, Relation.RECIPIENT, nameSpan(first, name)));
	}

	private static List<ExtractedPerson> inlineRecipients(List<AddressLine> lines) {
		List<ExtractedPerson> people = new ArrayList<>();
		for (AddressLine line : lines) {
			String[] parts = line.value().split("\\s*,\\s*", 3);
			String name = parts.length >= 2 ? personName(parts[0]) : null;
			AddressLine role = parts.length >= 2 ? new AddressLine(parts[1], line.span()) : null;
			if (name == null || !role.role()) {
				break;
			}
			String organisation = parts.length == 3 ? parts[2] : null;
			people.add(new ExtractedPerson(name, parts[1], organisation, Relation.RECIPIENT, nameSpan(line, name)));
		}
		return people;
	}

	private static String personName(String value) {
		String name = trimComma(HONORIFIC.matcher(value).replaceFirst(""));
		return PERSON.matcher(name).matches() ? name : null;
	}

	private static String trimComma(String value) {
		return value.strip().replaceAll("[,\\s]+$", "");
	}

	private static Span nameSpan(AddressLine line, String name) {
		int offset = Math.max(0, line.value().indexOf(name));
		int start = Math.min(line.span().end(), line.span().start() + offset);
		return new Span(start, Math.min(line.span().end(), start + name.length()));
	}

	private static String role(List<AddressLine> lines) {
		StringBuilder role = new StringBuilder();
		for (int i = 1; i < lines.size(); i++) {
			AddressLine line = lines.get(i);
			if (role.length() == 0 && !line.role()) {
				break;
			}
			if (role.length() > 0 && !(endsOpen(role) || line.continuation())) {
				break;
			}
			role.append(role.length() == 0 ? "" : " ").append(line.value());
		}
		return role.length() == 0 ? null : trimComma(role.toString().replaceAll("\\s+", " "));
	}

	private static boolean endsOpen(StringBuilder role) {
		return new AddressLine(role.toString(), new Span(0, 0)).continues();
	}

	private static String organisation(List<AddressLine> lines) {
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).organisation()) {
				return trimComma(lines.get(i).value());
			}
		}
		return null;
	}

	private static List<AddressLine> lines(String text, int from, int to) {
		List<AddressLine> lines = new ArrayList<>();
		Matcher m = LINE.matcher(text).region(from, to);
		while (m.find()) {
			String value = m.group(1).replaceAll("\\s+", " ").strip();
			if (!value.isEmpty()) {
				lines.add(new AddressLine(value, new Span(m.start(1), m.start(1) + m.group(1).strip().length())));
			}
			if (m.end() >= to) {
				break;
			}
		}
		return lines;
	}
}
