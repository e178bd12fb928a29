package uk.inspectiongraph.reading.jtai;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.DeepDive;
import uk.inspectiongraph.domain.Inspectorate;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.reading.JointFacts;

/**
 * Reads a joint targeted area inspection's subject and inspectorates from the letter's opening.
 * Letters to 2020 state a "'deep dive' focus on ..." beside a broad title ("the multi-agency
 * response to abuse and neglect"); letters from 2022 name the subject in the title sentence ("the
 * multi-agency response to serious youth violence in Merton"). The deep-dive sentence wins when it
 * names a subject of the controlled list, then the response the letter is about. The inspectorates
 * are those the opening names as inspecting, with those whose leaders signed it.
 */
final class JointSubject {

	private static final Pattern DEEP_DIVE = Pattern.compile("deep\\s+dive\\W{0,3}\\s+(?:focus\\s+)?(?:on|into)\\s+"
			+ "([^.]{5,300})", Pattern.CASE_INSENSITIVE);

	private static final Pattern RESPONSE = Pattern.compile("multi-agency\\s+response\\s+to\\s+([^.]{5,300})",
			Pattern.CASE_INSENSITIVE);

	private static final Map<DeepDive, Pattern> WORDS = Map.of(
			DeepDive.SEXUAL_ABUSE_IN_THE_FAMILY, words("sexual\\s+abuse\\s+in\\s+the\\s+family"),
			DeepDive.CHILD_SEXUAL_EXPLOITATION, words("sexual\\s+exploitation"),
			DeepDive.CRIMINAL_EXPLOITATION, words("criminal\\s+exploitation"),
			DeepDive.DOMESTIC_ABUSE, words("domestic\\s+abuse"),
			DeepDive.NEGLECT, words("\\bneglect(?:ed)?\\b"),
			DeepDive.MENTAL_HEALTH, words("mental\\s+health"),
			DeepDive.SERIOUS_YOUTH_VIOLENCE, words("serious\\s+youth\\s+violence"),
			DeepDive.INITIAL_NEED_AND_RISK, words("initial\\s+need|front\\s+door"),
			DeepDive.EARLY_HELP, words("who\\s+need\\s+help|early\\s+help"));

	/** The order in which subjects are tried on one phrase: the narrower first. */
	private static final List<DeepDive> ORDER = List.of(DeepDive.SEXUAL_ABUSE_IN_THE_FAMILY,
			DeepDive.CHILD_SEXUAL_EXPLOITATION, DeepDive.CRIMINAL_EXPLOITATION, DeepDive.SERIOUS_YOUTH_VIOLENCE,
			DeepDive.DOMESTIC_ABUSE, DeepDive.MENTAL_HEALTH, DeepDive.INITIAL_NEED_AND_RISK, DeepDive.EARLY_HELP,
			DeepDive.NEGLECT);

	private static final int OPENING_REACH = 2500;

	private JointSubject() {
	}

	static JointFacts read(String text, int opening, List<Inspectorate> signing) {
		int from = Math.max(0, opening);
		int to = Math.min(text.length(), from + OPENING_REACH);
		DeepDive deepDive = null;
		Span span = new Span(from, from);
		String wording = null;
		for (Pattern phrase : List.of(DEEP_DIVE, RESPONSE)) {
			Matcher m = phrase.matcher(text).region(from, to);
			while (deepDive == null && m.find()) {
				deepDive = subjectOf(m.group(1));
				if (deepDive != null) {
					wording = m.group(1).replaceAll("\\s+", " ").strip();
					span = new Span(m.start(1), m.end(1));
				}
			}
		}
		return new JointFacts(deepDive, wording, inspectorates(text.substring(from, to), signing), span);
	}

	private static DeepDive subjectOf(String phrase) {
		String flat = phrase.replaceAll("\\s+", " ");
		for (DeepDive candidate : ORDER) {
			if (WORDS.get(candidate).matcher(flat).find()) {
				return candidate;
			}
		}
		return null;
	}

	private static List<Inspectorate> inspectorates(String opening, List<Inspectorate> signing) {
		Set<Inspectorate> found = EnumSet.of(Inspectorate.OFSTED);
		String flat = opening.replaceAll("\\s+", " ");
		Matcher m = Pattern.compile("(?:Ofsted|HMCI)[^.]{0,400}?(?:undertook|carried out|carry out|conducted|"
				+ "inspectors from|\\.)", Pattern.CASE_INSENSITIVE).matcher(flat);
		while (m.find()) {
			for (Inspectorate inspectorate : Inspectorate.values()) {
				if (inspectorate.namedIn(m.group())) {
					found.add(inspectorate);
				}
			}
		}
		found.addAll(signing);
		return new ArrayList<>(found);
	}

	private static Pattern words(String regex) {
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
	}
}
