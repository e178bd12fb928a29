package uk.inspectiongraph.reading.jtai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.domain.Agency;
import uk.inspectiongraph.domain.DeepDive;
import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.Inspectorate;
import uk.inspectiongraph.domain.Relation;
import uk.inspectiongraph.reading.DocumentFacts;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.ExtractedPerson;

/**
 * The two shapes of JTAI letter on made-up text: an older letter (dates "Between ... and ...", a
 * "deep dive" sentence, signatures in two columns under inspectorate headings) and a newer one
 * (dates "took place from ... to ...", the subject in the title sentence, stacked signatures).
 */
class JtaiLetterTest {

	private static final String OLDER = """
			1
			12 May 2017
			Ann Example, Director of Children’s Services, Exampleshire County Council
			Bob Sample QPM, Chief Constable of Exampleshire Police
			Cat Person, Designated Nurse for NHS Exampleshire
			Clinical Commissioning Group
			Dan Other, Chair of Exampleshire LSCB

			Dear local partnership
			Joint targeted area inspection of the multi-agency response to abuse and
			neglect in Exampleshire
			Between 6 March 2017 and 10 March 2017, Ofsted, the Care Quality Commission (CQC),
			HMI Constabulary (HMIC) and HMI Probation (HMI Prob) undertook a joint inspection of the
			multi-agency response to abuse and neglect in Exampleshire. This inspection included a
			‘deep dive’ focus on the response to children living with domestic abuse.
			Key strengths
			 Partners share information about domestic abuse quickly.
			Areas for improvement
			 Strategy meetings are not always held when they should be.
			Yours sincerely
			Ofsted Care Quality Commission
			Eve Signer
			National Director, Social Care
			Fay Holt
			Deputy Chief Inspector
			HMI Constabulary HMI Probation
			Gil Price
			Her Majesty’s Inspector of Constabulary
			Hal Pike
			Assistant Chief Inspector
			2 A footnote about the regulations.
			""";

	private static final String NEWER = """
			3 March 2024
			Ian Leader, Director of Children’s Services, Sampleton Council
			Jo Bird, Chief Executive, NHS Sampleton Integrated Care Board
			Kim Watch, Independent Scrutineer, Sampleton Safeguarding Children Partnership

			Dear Sampleton Safeguarding Children Partnership
			Joint targeted area inspection of Sampleton
			This letter summarises the findings of the joint targeted area inspection (JTAI) of the
			multi-agency response to serious youth violence in Sampleton.
			This inspection took place from 15 to 19 January 2024. It was carried out by inspectors
			from Ofsted, the Care Quality Commission (CQC) and His Majesty’s Inspectorate of
			Constabulary and Fire & Rescue Services (HMICFRS).
			What needs to improve?
			◼ The timeliness of strategy meetings.
			Yours sincerely
			Lou Lamb
			National Director Regulation and Social Care, Ofsted
			Dr Mo Carr BSc MB ChB
			Chief Inspector of Health Care, CQC
			Ned Force OBE QPM
			His Majesty’s Inspector of Constabulary
			""";

	@Test
	void readsAnOlderLetter() {
		DocumentFacts facts = JtaiLetter.read(OLDER);
		ExtractedEvent event = facts.events().get(0);
		assertThat(facts.documentDate()).hasToString("2017-05-12");
		assertThat(event.kind()).isEqualTo(EventKind.JTAI);
		assertThat(event.startDate()).hasToString("2017-03-06");
		assertThat(event.endDate()).hasToString("2017-03-10");
		assertThat(event.joint().deepDive()).isEqualTo(DeepDive.DOMESTIC_ABUSE);
		assertThat(event.joint().inspectorates()).containsExactly(Inspectorate.values());
		assertThat(people(facts, Relation.SIGNATORY)).containsExactly("Eve Signer Ofsted",
				"Fay Holt Care Quality Commission", "Gil Price " + Inspectorate.HMICFRS.title(),
				"Hal Pike " + Inspectorate.HMI_PROBATION.title());
		assertThat(people(facts, Relation.RECIPIENT)).containsExactly("Ann Example LOCAL_AUTHORITY",
				"Bob Sample POLICE", "Cat Person HEALTH", "Dan Other SAFEGUARDING_PARTNERSHIP");
	}

	@Test
	void readsANewerLetter() {
		DocumentFacts facts = JtaiLetter.read(NEWER);
		ExtractedEvent event = facts.events().get(0);
		assertThat(event.startDate()).hasToString("2024-01-15");
		assertThat(event.endDate()).hasToString("2024-01-19");
		assertThat(event.joint().deepDive()).isEqualTo(DeepDive.SERIOUS_YOUTH_VIOLENCE);
		assertThat(event.focus()).isEqualTo(DeepDive.SERIOUS_YOUTH_VIOLENCE.title());
		assertThat(event.joint().inspectorates()).containsExactly(Inspectorate.OFSTED, Inspectorate.CQC,
				Inspectorate.HMICFRS);
		assertThat(people(facts, Relation.SIGNATORY)).containsExactly("Lou Lamb Ofsted",
				"Mo Carr Care Quality Commission", "Ned Force " + Inspectorate.HMICFRS.title());
		ExtractedPerson ian = facts.people().get(0);
		assertThat(ian.role()).isEqualTo("Director of Children’s Services");
		assertThat(ian.organisation()).isEqualTo("Sampleton Council");
		assertThat(people(facts, Relation.RECIPIENT)).containsExactly("Ian Leader LOCAL_AUTHORITY",
				"Jo Bird HEALTH", "Kim Watch SAFEGUARDING_PARTNERSHIP");
	}

	@Test
	void tellsAgenciesApart() {
		assertThat(Agencies.of("Manager, Exampleshire Youth Offending Team")).isEqualTo(Agency.YOUTH_JUSTICE);
		assertThat(Agencies.of("Head of the National Probation Service")).isEqualTo(Agency.PROBATION);
		assertThat(Agencies.of("Deputy Mayor for Policing and Crime")).isEqualTo(Agency.POLICE);
		assertThat(Agencies.of("Independent Chair at NHS Black Country ICB")).isEqualTo(Agency.HEALTH);
	}

	private static List<String> people(DocumentFacts facts, Relation relation) {
		return facts.people().stream().filter(p -> p.relation() == relation)
			.map(p -> p.name() + " " + (relation == Relation.SIGNATORY ? p.organisation() : p.agency().name()))
			.toList();
	}
}
