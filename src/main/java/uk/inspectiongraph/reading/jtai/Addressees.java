package uk.inspectiongraph.reading.jtai;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.Relation;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.reading.ExtractedPerson;

/**
 * Reads the addressees of a joint letter: the block between its date and the salutation gives one
 * leader per entry, "Name, Title[, Organisation]" (sometimes "Name – Title" or "Name Title" without
 * a comma, or "Title Name, Organisation"), an entry running on over lines that do not start a new
 * name. Each addressee keeps the title and organisation as written and the kind of agency they
 * answer for.
 */
final class Addressees {

	private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S.*?)[ \\t]*$");

	private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|\\s[–-]\\s)\\s*");

	private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:Council|Police|Constabulary|Service|NHS"
			+ "|CCGs?|ICB|Board|Trust|Partnership|Company|Team|Commission|Group|Care|Authority|PHT|LSCB|BSCP|TSCP"
			+ "|Borough)\\b");

	private Addressees() {
	}

	static List<ExtractedPerson> read(String text, int from, int to) {
		List<Entry> entries = new ArrayList<>();
		Matcher m = LINE.matcher(text).region(Math.max(0, from), Math.max(from, to));
		while (m.find()) {
			String line = m.group(1).replaceAll("\\s+", " ");
			if (line.matches("\\d{1,3}")) {
				continue;
			}
			Entry entry = Entry.start(line, m.start(1));
			if (entry != null) {
				entries.add(entry);
			}
			else if (!entries.isEmpty()) {
				entries.get(entries.size() - 1).more(line);
			}
		}
		return entries.stream().map(Entry::person).toList();
	}

	private static final class Entry {

		private final String name;

		private final Span span;

		private final StringBuilder rest;

		private Entry(String name, Span span, String rest) {
			this.name = name;
			this.span = span;
			this.rest = new StringBuilder(rest);
		}

		/** The entry {@code line} starts, or null when it continues the one before. */
		static Entry start(String line, int offset) {
			String[] parts = SEPARATOR.split(line, 2);
			String name = PersonNames.nameOf(parts[0]);
			if (name != null) {
				return new Entry(name, span(line, name, offset), parts.length > 1 ? parts[1] : "");
			}
			String[] words = parts[0].split(" ");
			for (int n = Math.min(4, words.length - 1); n >= 2; n--) {
				String lead = String.join(" ", List.of(words).subList(0, n));
				String tail = String.join(" ", List.of(words).subList(words.length - n, words.length));
				if (PersonNames.nameOf(lead) != null) {
					return new Entry(PersonNames.nameOf(lead), span(line, lead, offset),
							line.substring(line.indexOf(lead) + lead.length()).strip());
				}
				if (parts.length > 1 && PersonNames.nameOf(tail) != null) {
					return new Entry(PersonNames.nameOf(tail), span(line, tail, offset),
							parts[0].substring(0, parts[0].length() - tail.length()).strip() + ", " + parts[1]);
				}
			}
			return null;
		}

		void more(String line) {
			rest.append(rest.isEmpty() ? "" : " ").append(line);
		}

		ExtractedPerson person() {
			String all = rest.toString().strip().replaceAll("[,\\s]+$", "").replaceFirst("^(?:[A-Z]{2,5}\\s*,\\s*)+", "");
			List<String> parts = List.of(SEPARATOR.split(all));
			String organisation = parts.size() > 1 && ORGANISATION.matcher(parts.get(parts.size() - 1)).find()
					? parts.get(parts.size() - 1) : null;
			String title = organisation == null ? all : all.substring(0, all.lastIndexOf(organisation))
				.replaceAll("[,\\s–-]+$", "");
			return new ExtractedPerson(name, title.isEmpty() ? null : title, organisation, Relation.RECIPIENT, span,
					Agencies.of(all));
		}

		private static Span span(String line, String name, int offset) {
			int at = Math.max(0, line.indexOf(name.split(" ")[0]));
			return new Span(offset + at, offset + Math.min(line.length(), at + name.length()));
		}
	}
}
