package uk.inspectiongraph.web.map;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped map of England: one shape for each of the 153 current authorities in the gazetteer,
 * named as Ofsted writes them, small enough to load at once, with its licence stated.
 */
class EnglandMapTest {

	@Test
	void everyCurrentAuthorityHasOneShapeAndNothingElseDoes() throws IOException {
		JsonNode map = JsonMapper.builder().build().readTree(EnglandMapBuilder.OUTPUT.toFile());
		Set<String> codes = new TreeSet<>();
		map.get("authorities").forEach(a -> {
			codes.add(a.get("code").asString());
			assertThat(a.get("path").asString()).as(a.get("code").asString()).startsWith("M").endsWith("Z");
			assertThat(a.get("name").asString()).doesNotMatch("E\\d{8}");
		});

		assertThat(codes).hasSize(153).isEqualTo(currentAuthorities());
		assertThat(map.get("licence").asString()).contains("Open Government Licence v3.0", "Contains OS data");
		assertThat(Files.size(EnglandMapBuilder.OUTPUT)).isLessThan(150_000);
	}

	@Test
	void everyCountyIsMadeOfItsDistricts() throws IOException {
		Set<String> counties = new TreeSet<>();
		try (Reader reader = Files.newBufferedReader(Path.of("src/test/resources/map/district-county-2023.csv"))) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				assertThat(row.get("district_code")).startsWith("E07");
				counties.add(row.get("county_code"));
			}
		}
		assertThat(counties).hasSize(21).allMatch(code -> code.startsWith("E10")).allMatch(currentAuthorities()::contains);
	}

	private static Set<String> currentAuthorities() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Reader reader = Files.newBufferedReader(Path.of("graph-seed/authorities.csv"), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				if (row.get("valid_to").isBlank()) {
					codes.add(row.get("code"));
				}
			}
		}
		return codes;
	}
}
