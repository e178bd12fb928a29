package uk.inspectiongraph.reading.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;


/**
 * Deciding which authority a whole document is about, on short texts written for the purpose:
 * Ofsted's own address is no answer, titles beat mentions of neighbours, and a former authority
 * is found for documents written before it was replaced.
 */
class GazetteerFindInTest {

	private static final String OFSTED_HEADER = """
			Ofsted
			Piccadilly Gate
			Store Street
			Manchester
			M1 2WD
			T 0300 123 1231
			www.gov.uk/ofsted

			""";

	private final Gazetteer gazetteer = Gazetteer.loadDefault();

	@Test
	void looksPastOfstedsManchesterAddressToTheFocusedVisitTitle() {
		String text = OFSTED_HEADER + """
				3 March 2021
				Jo Bloggs
				Director of Children's Services
				Town Hall
				Oldham
				OL1 1UL

				Focused visit to Oldham children's services
				Manchester and Stockport were among the comparators considered.
				""";

		AuthorityMention found = find(text).orElseThrow();

		assertThat(found.code()).isEqualTo("E08000004");
		assertThat(found.name()).isEqualTo("Oldham Council");
		assertThat(found.span().of(text)).isEqualTo("Oldham");
		assertThat(found.span().start()).isGreaterThan(text.indexOf("Focused visit"));
	}

	@Test
	void doesNotCountTheManchesterOfOfstedsAddressAgainstABareMention() {
		String text = OFSTED_HEADER + "Inspectors found that children in Trafford are safe.";

		assertThat(find(text)).map(AuthorityMention::code).contains("E08000009");
	}

	@Test
	void letterOnePostalAddressAloneNamesNoAuthority() {
		assertThat(find(OFSTED_HEADER + "Dear colleague, thank you for your help with the survey.")).isEmpty();
	}

	@Test
	void titleOutweighsFrequentMentionsOfNeighbours() {
		String text = """
				Inspection of the Royal Borough of Kensington and Chelsea local authority children's services
				The service is shared with Westminster. Westminster and Hammersmith and Fulham staff joined
				Westminster colleagues; Westminster, Westminster and Westminster again.
				""";

		AuthorityMention found = find(text).orElseThrow();

		assertThat(found.code()).isEqualTo("E09000020");
		assertThat(found.span().of(text)).isEqualTo("Royal Borough of Kensington and Chelsea");
	}

	@Test
	void readsTheOldInspectionTitleWithTheCouncilNameAboveIt() {
		String text = """
				Leicester City
				Inspection of services for children in need of help and protection, children looked after and
				care leavers
				Inspection date: 2 March 2015 – 26 March 2015
				Children in Leicestershire and Rutland are served by other authorities.
				""";

		assertThat(find(text)).map(AuthorityMention::code).contains("E06000016");
	}

	@Test
	void readsLocalAuthorityLinesAndJointInspectionTitles() {
		assertThat(find("Local authority: Isles of Scilly\nThe islands have few children.")).map(AuthorityMention::code)
			.contains("E06000053");
		String jtai = """
				Joint targeted area inspection of the multi-agency response to children's mental health in
				St. Helens
				Knowsley was not visited. Knowsley, Knowsley and Knowsley partners shared Knowsley data.
				""";
		assertThat(find(jtai)).map(AuthorityMention::code).contains("E08000013");
	}

	@Test
	void namesTheCouncilThatWroteACabinetReport() {
		String text = """
				Cabinet
				12 April 2022
				Report of the Strategic Director for People, Warwickshire County Council
				Ofsted published its report on children's services at Warwickshire. Coventry was inspected too.
				The Council thanks staff across Warwickshire.
				""";

		assertThat(find(text)).map(AuthorityMention::code).contains("E10000031");
	}

	@Test
	void findsTheFormerAuthorityForADocumentWrittenBeforeItWasReplaced() {
		assertThat(find("14 May 2014\nInspection of Dorset County Council children's services")).map(
				AuthorityMention::code)
			.contains("E10000009");
		assertThat(find("14 May 2024\nInspection of Dorset local authority children's services")).map(
				AuthorityMention::code)
			.contains("E06000059");
		assertThat(find("2 June 2014\nFocused visit to Northamptonshire children's services")).map(
				AuthorityMention::code)
			.contains("E10000021");
		assertThat(find("2 June 2023\nMonitoring visit to North Northamptonshire children's services"))
			.map(AuthorityMention::code)
			.contains("E06000061");
		assertThat(find("9 February 2022\nInspection of Somerset local authority children's services"))
			.map(AuthorityMention::name)
			.contains("Somerset County Council");
	}

	@Test
	void ignoresLowerCaseWordsAndPlacesThatOnlyBeginLikeAnAuthority() {
		String text = """
				Reading the case files, inspectors saw work in Greater Manchester, Newcastle-under-Lyme and
				Bury St Edmunds. Suffolk children's services lead this work across Suffolk.
				reading, bury and wirral in lower case are no names.
				""";

		assertThat(find(text)).map(AuthorityMention::code).contains("E10000029");
	}

	@Test
	void takesAFileNameOnlyAsAHint() {
		assertThat(gazetteer.findIn("A note with no place in it at all.", "2018-08-09-warwickshire-letter.txt"))
			.map(AuthorityMention::code)
			.contains("E10000031");
		assertThat(gazetteer.findIn("Focused visit to Wigan children's services", "bolton-letter.txt"))
			.map(AuthorityMention::code)
			.contains("E08000010");
	}

	private Optional<AuthorityMention> find(String text) {
		return gazetteer.findIn(text, "document.pdf");
	}
}
