package uk.inspectiongraph.reading.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Checks the shipped gazetteer {@code graph-seed/authorities.csv}: the 153 current authorities,
 * the former ones with their successors, codes consistent with types, and the reorganisation
 * dates.
 */
class GazetteerDataTest {

	private final Gazetteer gazetteer = Gazetteer.loadDefault();

	@Test
	void holdsTheCurrentAuthoritiesByTypeAndTheFormerOnes() {
		List<Authority> current = gazetteer.all().stream().filter(Authority::isCurrent).toList();
		Map<AuthorityType, Long> byType = current.stream()
			.collect(Collectors.groupingBy(Authority::type, Collectors.counting()));

		assertThat(current).hasSize(153);
		assertThat(byType).containsEntry(AuthorityType.COUNTY, 21L)
			.containsEntry(AuthorityType.UNITARY, 63L)
			.containsEntry(AuthorityType.METROPOLITAN_DISTRICT, 36L)
			.containsEntry(AuthorityType.LONDON_BOROUGH, 33L);
		assertThat(gazetteer.all().stream().filter(a -> !a.isCurrent()).map(Authority::shortName))
			.containsExactlyInAnyOrder("Bournemouth", "Poole", "Buckinghamshire", "Cumbria", "Dorset",
					"Northamptonshire", "North Yorkshire", "Somerset");
	}

	@Test
	void codesAreUniqueAndMatchTheirType() {
		List<String> codes = gazetteer.all().stream().map(Authority::code).toList();
		Map<String, AuthorityType> prefixes = Map.of("E06", AuthorityType.UNITARY, "E08",
				AuthorityType.METROPOLITAN_DISTRICT, "E09", AuthorityType.LONDON_BOROUGH, "E10", AuthorityType.COUNTY);

		assertThat(Set.copyOf(codes)).hasSameSizeAs(codes);
		assertThat(gazetteer.all()).allSatisfy(a -> {
			assertThat(a.code()).matches("E(06|08|09|10)\\d{6}");
			assertThat(a.type()).isEqualTo(prefixes.get(a.code().substring(0, 3)));
		});
	}

	@Test
	void formerAuthoritiesEndTheDayBeforeTheirSuccessorsBegin() {
		List<Authority> former = gazetteer.all().stream().filter(a -> !a.isCurrent()).toList();

		assertThat(former).allSatisfy(a -> {
			assertThat(a.successorCodes()).isNotEmpty();
			assertThat(a.successorCodes()).allSatisfy(code -> {
				Authority successor = gazetteer.byCode(code).orElseThrow();
				assertThat(successor.validFrom()).isEqualTo(a.validTo().plusDays(1));
			});
		});
	}

	@Test
	void recordsTheReorganisationsOfTheBrief() {
		assertThat(successorsOf("E10000021")).containsExactly("North Northamptonshire", "West Northamptonshire");
		assertThat(successorsOf("E10000006")).containsExactly("Cumberland", "Westmorland and Furness");
		assertThat(successorsOf("E06000028")).containsExactly("Bournemouth, Christchurch and Poole");
		assertThat(successorsOf("E06000029")).containsExactly("Bournemouth, Christchurch and Poole");
		assertThat(successorsOf("E10000009")).containsExactly("Dorset", "Bournemouth, Christchurch and Poole");
		assertThat(gazetteer.byCode("E06000058").orElseThrow().validFrom()).isEqualTo(LocalDate.of(2019, 4, 1));
		assertThat(gazetteer.byCode("E10000006").orElseThrow().validTo()).isEqualTo(LocalDate.of(2023, 3, 31));
	}

	@Test
	void includesTheSmallestAuthoritiesAndTheDevelopmentCorpusUrns() {
		assertThat(gazetteer.resolve("Isles of Scilly")).map(Authority::code).contains("E06000053");
		assertThat(gazetteer.resolve("City of London")).map(Authority::code).contains("E09000001");
		assertThat(gazetteer.all().stream().filter(a -> a.urn() != null).map(Authority::urn).distinct())
			.hasSize(54);
		assertThat(gazetteer.byCode("E10000031")).map(Authority::urn).contains("80576");
	}

	@Test
	void findsAnAuthorityByTheCodeItCarriedBeforeARecoding() {
		assertThat(gazetteer.byCode("E08000020")).map(Authority::shortName).contains("Gateshead");
		assertThat(gazetteer.byCode("e06000048")).map(Authority::code).contains("E06000057");
		assertThat(gazetteer.byCode("E99999999")).isEmpty();
	}

	private List<String> successorsOf(String code) {
		return gazetteer.byCode(code)
			.orElseThrow()
			.successorCodes()
			.stream()
			.map(successor -> gazetteer.byCode(successor).orElseThrow().shortName())
			.toList();
	}
}
