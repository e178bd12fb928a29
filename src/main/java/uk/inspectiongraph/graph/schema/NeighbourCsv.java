package uk.inspectiongraph.graph.schema;

import uk.inspectiongraph.reading.gazetteer.Authority;
import uk.inspectiongraph.reading.gazetteer.CsvRows;
import uk.inspectiongraph.reading.gazetteer.Gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code statistical-neighbours.csv} (one row per authority and neighbour, ranked 1 to 10) in
 * the gazetteer's codes. The file may carry a newer ONS code than the gazetteer (Barnsley's and
 * Sheffield's 2024 recodings): such a code is resolved by the name the file gives its authority,
 * and a code that resolves neither way is set aside for the caller to report rather than failing
 * the start-up over one row.
 */
final class NeighbourCsv {

	static final String RESOURCE = "graph-seed/statistical-neighbours.csv";

	private NeighbourCsv() {
	}

	/**
	 * One authority's neighbours.
	 *
	 * @param code the authority's ONS code, as the gazetteer holds it
	 * @param neighbours its neighbours' codes by rank
	 */
	record Neighbours(String code, Map<Integer, String> neighbours) {
	}

	/**
	 * What the file held.
	 *
	 * @param authorities each authority's neighbours, in file order
	 * @param unknownCodes the codes found neither in the gazetteer nor by their name
	 */
	record Reading(List<Neighbours> authorities, Set<String> unknownCodes) {

		/** The number of neighbour relationships read. */
		int relationships() {
			return authorities.stream().mapToInt(a -> a.neighbours().size()).sum();
		}
	}

	static Reading read(Reader reader, Gazetteer gazetteer) throws IOException {
		List<Map<String, String>> rows = CsvRows.read(reader);
		Map<String, String> names = new HashMap<>();
		rows.forEach(row -> names.putIfAbsent(row.get("ons_code"), row.get("authority")));
		Set<String> unknown = new TreeSet<>();
		Map<String, Map<Integer, String>> byAuthority = new LinkedHashMap<>();
		for (Map<String, String> row : rows) {
			Optional<String> code = resolve(row.get("ons_code"), names, gazetteer);
			Optional<String> neighbour = resolve(row.get("neighbour_ons_code"), names, gazetteer);
			if (code.isEmpty()) {
				unknown.add(row.get("ons_code"));
			}
			if (neighbour.isEmpty()) {
				unknown.add(row.get("neighbour_ons_code"));
			}
			if (code.isPresent() && neighbour.isPresent()) {
				byAuthority.computeIfAbsent(code.get(), c -> new LinkedHashMap<>())
					.put(Integer.valueOf(row.get("neighbour_rank")), neighbour.get());
			}
		}
		List<Neighbours> authorities = new ArrayList<>();
		byAuthority.forEach((code, neighbours) -> authorities.add(new Neighbours(code, neighbours)));
		return new Reading(authorities, unknown);
	}

	private static Optional<String> resolve(String code, Map<String, String> names, Gazetteer gazetteer) {
		return gazetteer.byCode(code)
			.or(() -> Optional.ofNullable(names.get(code)).flatMap(gazetteer::resolve))
			.map(Authority::code);
	}
}
