package uk.inspectiongraph.reading.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Resolution of the many written forms of an authority's name to its gazetteer entry. */
class GazetteerResolveTest {

	private final Gazetteer gazetteer = Gazetteer.loadDefault();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Warwickshire County Council          | E10000031
			Warwickshire children's services     | E10000031
			warwickshire                         | E10000031
			WARWICKSHIRE                         | E10000031
			the Warwickshire local authority     | E10000031
			Windsor & Maidenhead                 | E06000040
			The Royal Borough of Windsor and Maidenhead | E06000040
			Bath & North East Somerset           | E06000022
			B&NES                                | E06000022
			Durham                               | E06000047
			County Durham                        | E06000047
			Durham County Council                | E06000047
			Bristol, City of                     | E06000023
			Bristol City Council                 | E06000023
			Kingston upon Hull                   | E06000010
			Hull                                 | E06000010
			Kingston upon Hull City Council      | E06000010
			St Helens                            | E08000013
			St. Helens Council                   | E08000013
			Herefordshire, County of             | E06000019
			County of Herefordshire              | E06000019
			Council of the Isles of Scilly       | E06000053
			City of London                       | E09000001
			City of Bradford Metropolitan District Council | E08000032
			Leicester City Council               | E06000016
			London Borough of Hammersmith & Fulham | E09000013
			Stoke on Trent                       | E06000021
			Tameside Metropolitan Borough Council | E08000008
			Newcastle                            | E08000021
			Bournemouth, Christchurch and Poole  | E06000058
			BCP Council                          | E06000058
			""")
	void resolvesNameVariants(String name, String code) {
		assertThat(gazetteer.resolve(name)).map(Authority::code).contains(code);
	}

	@ParameterizedTest
	@CsvSource({ "London", "Greater Manchester", "Cheshire", "Ofsted", "''" })
	void resolvesNothingForNamesOfNoAuthority(String name) {
		assertThat(gazetteer.resolve(name)).isEmpty();
	}

	@Test
	void prefersTheCurrentAuthorityForANameTwoAuthoritiesShared() {
		assertThat(gazetteer.resolve("Dorset")).map(Authority::code).contains("E06000059");
		assertThat(gazetteer.resolve("Somerset children's services")).map(Authority::code).contains("E06000066");
	}

	@Test
	void keepsAFormerCouncilWhenItsOwnFullNameIsGiven() {
		assertThat(gazetteer.resolve("Somerset County Council")).map(Authority::code).contains("E10000027");
		assertThat(gazetteer.resolve("Buckinghamshire County Council")).map(Authority::code).contains("E10000002");
	}

	@Test
	void prefersTheAuthorityThatExistedOnTheGivenDate() {
		assertThat(gazetteer.resolve("Dorset", LocalDate.of(2015, 6, 1))).map(Authority::code).contains("E10000009");
		assertThat(gazetteer.resolve("Dorset", LocalDate.of(2019, 4, 1))).map(Authority::code).contains("E06000059");
		assertThat(gazetteer.resolve("Northamptonshire", LocalDate.of(2014, 3, 1))).map(Authority::code)
			.contains("E10000021");
		assertThat(gazetteer.resolve("North Yorkshire", LocalDate.of(2023, 3, 31))).map(Authority::code)
			.contains("E10000023");
	}

	@Test
	void loadsAGazetteerFromAnyReader() {
		String csv = """
				code,name,short_name,type,region,ofsted_urn,valid_from,valid_to,successor_codes,former_codes,aliases
				E06000099,"Borsetshire, County of",Borsetshire,unitary,South West,12345,2020-04-01,,,,"Borset;Borsetshire Council"
				""";
		Gazetteer small = Gazetteer.from(new StringReader(csv));

		assertThat(small.all()).singleElement().satisfies(a -> {
			assertThat(a.name()).isEqualTo("Borsetshire, County of");
			assertThat(a.region()).isEqualTo(Region.SOUTH_WEST);
			assertThat(a.urn()).isEqualTo("12345");
			assertThat(a.validFrom()).isEqualTo(LocalDate.of(2020, 4, 1));
			assertThat(a.aliases()).containsExactly("Borset", "Borsetshire Council");
		});
		assertThat(small.resolve("Borset")).isPresent();
		assertThat(small.resolve("Warwickshire")).isEmpty();
	}
}
