package uk.inspectiongraph.reading.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.ExtractedPerson;
import uk.inspectiongraph.domain.Relation;
import uk.inspectiongraph.domain.Span;

/**
 * Reads the people of a council paper's contact table: rows that start with a role label
 * ("Report Author", "Strategic Director", "Portfolio Holder", "Lead Member"...) followed, after a
 * tab or a wide gap, by a cell naming one or more people, sometimes with their full title
 * ("Strategic Director for People Nigel Minns", "Councillor Jeff Morgan"). Report authors and
 * contact officers are {@link Relation#AUTHOR}s, everyone else {@link Relation#NAMED}.
 * Councillors named by surname only ("Councillors Dahmash, Roodhouse and Brown") are left out:
 * a surname alone does not identify a person.
 */
public final class CouncilPeopleReader {

	private static final String LABEL = "(Report Authors?|Author|Contact Officers?|Report Writer|Assistant Director"
			+ "|Strategic Director|Executive Director|Corporate Director|Interim Director|Deputy Director"
			+ "|Director of Children[’']s Services|Director|Head of Service|Portfolio Holder|Lead Member"
			+ "|Cabinet Member|Lead Cabinet Member|Chief Executive)";

	private static final Pattern ROW = Pattern
		.compile("(?m)^[ \\t]*" + LABEL + "[ \\t]*(?::|\\t| {2,})[ \\t]*([^\\t\\n]+)");

	private static final Pattern COUNCILLOR = Pattern.compile("\\b(?:Councillor|Cllr\\.?)\\s+");

	private static final Pattern NAME = Pattern
		.compile("\\b(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.?)?(?:\\s+\\p{Lu}[\\p{L}'’-]+)+)");

	private static final Pattern ROLE_WORD = Pattern.compile("(?i)^(assistant|strategic|executive|corporate|interim|"
			+ "deputy|director|head|portfolio|cabinet|lead|chief|service|manager|member|children|families|people|"
			+ "education|services|and|for|of|the|councillor|cllr|social|care)$");

	private final String organisation;

	/** @param organisation the council the paper is from, given to everyone it names (may be null) */
	public CouncilPeopleReader(String organisation) {
		this.organisation = organisation;
	}

	/** The people of {@code text}'s contact table, in text order. */
	public List<ExtractedPerson> read(String text) {
		List<ExtractedPerson> people = new ArrayList<>();
		Matcher row = ROW.matcher(text);
		while (row.find()) {
			String label = row.group(1);
			Relation relation = isAuthor(label) ? Relation.AUTHOR : Relation.NAMED;
			String cell = row.group(2);
			int cellStart = row.start(2);
			if (cell.contains(",") && !COUNCILLOR.matcher(cell).find() && !ROLE_WORD.matcher(firstWord(cell)).find()) {
				readNameList(cell, cellStart, label, relation, people);
			}
			else {
				readTitledName(cell, cellStart, label, relation, people);
			}
		}
		return people;
	}

	private void readNameList(String cell, int cellStart, String label, Relation relation,
			List<ExtractedPerson> people) {
		Matcher name = NAME.matcher(cell);
		while (name.find()) {
			add(people, name.group(1), label, relation, cellStart + name.start(1), cellStart + name.end(1));
		}
	}

	private void readTitledName(String cell, int cellStart, String label, Relation relation,
			List<ExtractedPerson> people) {
		Matcher councillor = COUNCILLOR.matcher(cell);
		boolean isCouncillor = councillor.find();
		String before = isCouncillor ? cell.substring(0, councillor.start()) : cell;
		int nameFrom = isCouncillor ? councillor.end() : 0;
		Matcher name = NAME.matcher(cell).region(nameFrom, cell.length());
		while (name.find()) {
			int[] bounds = trimRoleWords(cell, name.start(1), name.end(1));
			if (bounds != null) {
				String role = roleOf(cell, before, bounds, isCouncillor, label);
				add(people, cell.substring(bounds[0], bounds[1]), role, relation, cellStart + bounds[0],
						cellStart + bounds[1]);
				return;
			}
		}
	}

	private static String roleOf(String cell, String before, int[] bounds, boolean isCouncillor, String label) {
		String around = isCouncillor ? before : (cell.substring(0, bounds[0]) + " " + cell.substring(bounds[1]));
		String role = around.replaceAll("\\S+@\\S+", "").strip().replaceAll("\\s+", " ");
		return role.length() > label.length() ? role : label;
	}

	/** Drops role words from both ends of a capitalised run; null when fewer than two words remain. */
	private static int[] trimRoleWords(String cell, int start, int end) {
		String[] words = cell.substring(start, end).split("\\s+");
		int first = 0;
		int last = words.length - 1;
		while (first <= last && ROLE_WORD.matcher(words[first]).find()) {
			first++;
		}
		while (last >= first && ROLE_WORD.matcher(words[last]).find()) {
			last--;
		}
		if (last - first < 1) {
			return null;
		}
		int from = cell.indexOf(words[first], start);
		int to = cell.lastIndexOf(words[last], end - 1) + words[last].length();
		return new int[] { from, to };
	}

	private void add(List<ExtractedPerson> people, String name, String role, Relation relation, int from, int to) {
		if (people.stream().noneMatch(p -> p.name().equals(name))) {
			people.add(new ExtractedPerson(name, role, organisation, relation, new Span(from, to)));
		}
	}

	private static boolean isAuthor(String label) {
		String l = label.toLowerCase(Locale.ROOT);
		return l.contains("author") || l.contains("contact officer") || l.contains("writer");
	}

	private static String firstWord(String cell) {
		String[] words = cell.strip().split("\\s+", 2);
		return words[0];
	}
}
