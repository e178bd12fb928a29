package uk.inspectiongraph.graph.schema;

import uk.inspectiongraph.reading.gazetteer.Gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Links each authority to its ten DfE statistical neighbours,
 * {@code (:Authority)-[:NEIGHBOUR {rank}]->(:Authority)}, from
 * {@code graph-seed/statistical-neighbours.csv}: councils compare themselves with these first, so
 * the API can answer "compared with its neighbours". Runs after the gazetteer is merged (the
 * relationships need both ends); codes it cannot place are named in the log, not fatal.
 */
@Component
@Order(1)
class StatisticalNeighbourLoader implements ReferenceDataLoader {

	private static final Logger log = LoggerFactory.getLogger(StatisticalNeighbourLoader.class);

	private final Gazetteer gazetteer;

	private final Neo4jClient neo4j;

	StatisticalNeighbourLoader(Gazetteer gazetteer, Neo4jClient neo4j) {
		this.gazetteer = gazetteer;
		this.neo4j = neo4j;
	}

	@Override
	public int load() {
		NeighbourCsv.Reading reading = read();
		if (!reading.unknownCodes().isEmpty()) {
			log.warn("Statistical neighbours: codes in the gazetteer under no code or name, left out: {}",
					reading.unknownCodes());
		}
		neo4j.query(ReferenceDataQueries.MERGE_NEIGHBOURS).bind(rows(reading)).to("authorities").run();
		return reading.relationships();
	}

	@Override
	public String fingerprint() {
		return ReferenceFingerprint.of(rows(read()));
	}

	private static List<Map<String, Object>> rows(NeighbourCsv.Reading reading) {
		return reading.authorities().stream().map(StatisticalNeighbourLoader::row).toList();
	}

	private NeighbourCsv.Reading read() {
		InputStream in = getClass().getClassLoader().getResourceAsStream(NeighbourCsv.RESOURCE);
		if (in == null) {
			throw new IllegalStateException("The statistical neighbours " + NeighbourCsv.RESOURCE + " are missing from the classpath");
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return NeighbourCsv.read(reader, gazetteer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + NeighbourCsv.RESOURCE, ex);
		}
	}

	private static Map<String, Object> row(NeighbourCsv.Neighbours authority) {
		Map<String, Object> row = new HashMap<>();
		row.put("code", authority.code());
		row.put("neighbours", authority.neighbours().entrySet().stream()
			.map(entry -> Map.of("rank", entry.getKey(), "code", entry.getValue()))
			.toList());
		return row;
	}
}
