package uk.inspectiongraph.domain;

import java.util.List;

/**
 * The controlled list of subjects a joint targeted area inspection (JTAI) looks at in depth: each
 * round of JTAIs since 2016 took one theme of the multi-agency response to child protection, and an
 * analyst compares areas inspected on the same theme. Each subject names the taxonomy themes
 * (slugs of {@code graph-seed/themes.yml}) it concerns.
 */
public enum DeepDive {
	/** Child sexual exploitation and children missing from home, care or education (2016-2018). */
	CHILD_SEXUAL_EXPLOITATION("Child sexual exploitation and missing children", List.of("exploitation-missing")),
	/** Children living with domestic abuse (2017-2018). */
	DOMESTIC_ABUSE("Children living with domestic abuse", List.of("domestic-abuse")),
	/** Neglect, of children aged 7 to 15 (2017-2018). */
	NEGLECT("Neglect", List.of("neglect")),
	/** Child sexual abuse in the family environment (2018-2019). */
	SEXUAL_ABUSE_IN_THE_FAMILY("Sexual abuse in the family", List.of("protection", "strategy-s47")),
	/** Children's mental health (2019-2020). */
	MENTAL_HEALTH("Children's mental health", List.of("health-wellbeing")),
	/** Identification of initial need and risk: the multi-agency front door (2022 on). */
	INITIAL_NEED_AND_RISK("Identification of initial need and risk", List.of("front-door", "thresholds")),
	/** Children and families who need help: early help (2022-2023). */
	EARLY_HELP("Children and families who need help", List.of("early-help")),
	/** The criminal exploitation of children (2022-2023). */
	CRIMINAL_EXPLOITATION("Criminal exploitation of children", List.of("exploitation-missing", "youth-justice")),
	/** Serious youth violence (2023 on). */
	SERIOUS_YOUTH_VIOLENCE("Serious youth violence", List.of("youth-justice", "exploitation-missing"));

	private final String title;

	private final List<String> themes;

	DeepDive(String title, List<String> themes) {
		this.title = title;
		this.themes = themes;
	}

	/** The subject's name as the graph shows it. */
	public String title() {
		return title;
	}

	/** The slugs of the taxonomy themes the subject concerns. */
	public List<String> themes() {
		return themes;
	}
}
