package uk.inspectiongraph.graph.schema;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.reading.gazetteer.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped statistical neighbours in the gazetteer's codes, and what the reader does with codes it cannot place. */
class NeighbourCsvTest {

	private final Gazetteer gazetteer = Gazetteer.loadDefault();

	@Test
	void everyCurrentAuthorityHasTenRankedNeighboursInTheGazetteersCodes() throws IOException {
		NeighbourCsv.Reading reading = shipped();

		assertThat(reading.unknownCodes()).isEmpty();
		assertThat(reading.authorities()).hasSize(153);
		assertThat(reading.relationships()).isEqualTo(1530);
		assertThat(reading.authorities()).allSatisfy(authority -> {
			assertThat(authority.neighbours().keySet()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
			assertThat(authority.neighbours().values()).allMatch(code -> gazetteer.byCode(code).isPresent())
				.doesNotContain(authority.code());
		});
	}

	@Test
	void barnsleysNewerCodeIsPlacedByItsName() throws IOException {
		Map<Integer, String> barnsley = shipped().authorities().stream()
			.filter(authority -> authority.code().equals("E08000016"))
			.findFirst()
			.orElseThrow()
			.neighbours();

		assertThat(barnsley.get(1)).isEqualTo("E08000018");
	}

	@Test
	void aCodePlacedNeitherWayIsSetAsideNotFatal() throws IOException {
		String csv = """
				ons_code,dfe_la_number,authority,neighbour_rank,neighbour_ons_code,neighbour_dfe_la_number
				E10000031,937,Warwickshire,1,E10000013,916
				E10000031,937,Warwickshire,2,E99999999,999
				E99999998,998,Atlantis,1,E10000031,937
				""";

		NeighbourCsv.Reading reading = NeighbourCsv.read(new StringReader(csv), gazetteer);

		assertThat(reading.unknownCodes()).containsExactly("E99999998", "E99999999");
		assertThat(reading.authorities()).containsExactly(new NeighbourCsv.Neighbours("E10000031", Map.of(1, "E10000013")));
	}

	private NeighbourCsv.Reading shipped() throws IOException {
		try (Reader reader = new InputStreamReader(Objects.requireNonNull(
				getClass().getClassLoader().getResourceAsStream(NeighbourCsv.RESOURCE)), StandardCharsets.UTF_8)) {
			return NeighbourCsv.read(reader, gazetteer);
		}
	}
}
