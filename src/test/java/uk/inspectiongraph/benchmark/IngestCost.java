package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.ProfiledPlan;

import org.springframework.context.ConfigurableApplicationContext;

import uk.inspectiongraph.DriverSpy;
import uk.inspectiongraph.graph.embedded.EmbeddedBolt;
import uk.inspectiongraph.graph.write.EventRollupQueries;
import uk.inspectiongraph.graph.write.PersonRollupQueries;
import uk.inspectiongraph.graph.write.ThemeYearRollupQueries;
import uk.inspectiongraph.ingest.DocumentOutcome;
import uk.inspectiongraph.ingest.IngestService;

/**
 * What writing one more document costs the database, in db hits (load-independent), on a graph
 * of a given size: each PDF under {@code --probe=DIR} is ingested while its statements are
 * recorded, deleted again, and its statements are replayed with {@code PROFILE} in one
 * transaction that is rolled back. Prints, per document, the db hits of the roll-up statements
 * (the theme-year and inspectors' roll-ups' {@code SUBTRACT} and {@code ADD}, the event roll-up)
 * and of the whole write, and beside them the db hits of the whole-cell refreshes these roll-ups
 * replaced (profiled in the same transaction after the write, for the same events), then the
 * medians. Arguments: those of {@link BenchmarkApplication} ({@code --data-directory},
 * {@code --ingest=DIR} to build the graph first) and {@code --probe=DIR}.
 */
public final class IngestCost {

	/** The theme-year refresh before it was incremental: every cell of the events' years and kinds rebuilt. */
	private static final String WHOLE_CELLS = """
			CALL () {
			  UNWIND $keys AS key
			  MATCH (e:Event {key: key})
			  WHERE e.kind IS NOT NULL
			  RETURN e.year AS year, e.kind AS kind
			}
			CALL (year, kind) {
			  MATCH (old:ThemeYear {kind: kind})
			  WHERE old.year = year OR (old.year IS NULL AND year IS NULL)
			  DETACH DELETE old
			}
			CALL (year, kind) {
			  MATCH (old:ThemeYearKind {kind: kind})
			  WHERE old.year = year OR (old.year IS NULL AND year IS NULL)
			  DETACH DELETE old
			}
			CALL (year, kind) {
			  MATCH (a:Authority)<-[:AT]-(e:Event {kind: kind})-[r:RAISED]->(t:Theme)
			  WHERE e.year = year OR (e.year IS NULL AND year IS NULL)
			  WITH t, a, e, r ORDER BY a.name, e.startDate
			  UNWIND [r.polarity, 'ANY'] AS polarity
			  WITH t, polarity, count(DISTINCT e) AS events, sum(r.findings) AS findings,
			       collect(DISTINCT a.code) AS authorities, min(e.startDate) AS firstSeen,
			       max(e.startDate) AS lastSeen, collect(r.findingIds[..3]) AS ids
			  CREATE (c:ThemeYear {theme: t.slug, year: year, kind: kind, polarity: polarity, events: events,
			          findings: findings, authorities: authorities, firstSeen: firstSeen, lastSeen: lastSeen,
			          samples: reduce(s = [], l IN ids | CASE WHEN size(s) >= 3 THEN s ELSE s + l END)[..3]})-[:OF]->(t)
			}
			CALL (year, kind) {
			  MATCH (a:Authority)<-[:AT]-(e:Event {kind: kind})-[r:RAISED_AS]->(t:Theme)
			  WHERE e.year = year OR (e.year IS NULL AND year IS NULL)
			  WITH t, a, e, r ORDER BY a.name, e.startDate
			  UNWIND [r.polarity, 'ANY'] AS polarity
			  WITH t, r.findingKind AS findingKind, polarity, collect(DISTINCT e.key) AS eventKeys,
			       sum(r.findings) AS findings, collect(DISTINCT a.code) AS authorities, min(e.startDate) AS firstSeen,
			       max(e.startDate) AS lastSeen, collect(r.findingIds[..3]) AS ids
			  CREATE (c:ThemeYearKind {theme: t.slug, year: year, kind: kind, polarity: polarity,
			          findingKind: findingKind, events: size(eventKeys), eventKeys: eventKeys, findings: findings,
			          authorities: authorities, firstSeen: firstSeen, lastSeen: lastSeen,
			          samples: reduce(s = [], l IN ids | CASE WHEN size(s) >= 3 THEN s ELSE s + l END)[..3]})-[:OF]->(t)
			}""";

	/** The inspectors' refresh before it was incremental: each inspector's roll-up from all their visits. */
	private static final String WHOLE_PEOPLE = """
			UNWIND $keys AS key
			MATCH (:Event {key: key})<-[:INSPECTED]-(p:Person)
			WITH DISTINCT p
			CALL (p) {
			  MATCH (p)-[old:RAISED_ON_VISITS]->(:Theme)
			  DELETE old
			}
			CALL (p) {
			  MATCH (p)-[:INSPECTED]->(e:Event)
			  WITH DISTINCT e
			  MATCH (e)-[r:RAISED]->(t:Theme)
			  WITH t, sum(CASE r.polarity WHEN 'CONCERN' THEN r.findings ELSE 0 END) AS concerns,
			       sum(CASE r.polarity WHEN 'STRENGTH' THEN r.findings ELSE 0 END) AS strengths,
			       sum(r.findings) AS findings, collect(DISTINCT e.year) AS years
			  ORDER BY findings DESC, t.slug
			  WITH collect({theme: t, concerns: concerns, strengths: strengths, findings: findings, years: years}) AS sums
			  UNWIND range(0, size(sums) - 1) AS rank
			  WITH sums[rank] AS s, sums[rank].theme AS t, rank
			  CREATE (p)-[:RAISED_ON_VISITS {concerns: s.concerns, strengths: s.strengths, findings: s.findings,
			         years: s.years, rank: rank}]->(t)
			}""";

	private static final Map<String, String> ROLLUPS = Map.of(ThemeYearRollupQueries.SUBTRACT, "themeYear-", 
			ThemeYearRollupQueries.ADD, "themeYear+", PersonRollupQueries.SUBTRACT, "person-", PersonRollupQueries.ADD,
			"person+", EventRollupQueries.REFRESH, "event");

	private IngestCost() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = BenchmarkApplication.options(args);
		System.setProperty("inspection-graph.embedding.background", "false");
		StatementRecorder recorder = new StatementRecorder();
		ConfigurableApplicationContext context = BenchmarkApplication.start(options, recorder);
		try {
			BenchmarkApplication.prepareGraph(context, options);
			EmbeddedBolt bolt = context.getBean(EmbeddedBolt.class);
			IngestService ingest = context.getBean(IngestService.class);
			try (Driver driver = GraphDatabase.driver(bolt.uri(), bolt.authToken(), Config.builder().withoutEncryption().build());
					Session session = driver.session()) {
				System.out.println("events " + count(session, "MATCH (e:Event) RETURN count(e)") + ", findings "
						+ count(session, "MATCH (f:Finding) RETURN count(f)"));
				List<Map<String, Long>> rows = new ArrayList<>();
				for (Path pdf : pdfs(Path.of(options.get("probe")))) {
					byte[] bytes = Files.readAllBytes(pdf);
					List<DriverSpy.Statement> statements = new ArrayList<>();
					DocumentOutcome[] outcome = new DocumentOutcome[1];
					statements.addAll(recorder.record(() -> outcome[0] = ingest.ingest(pdf.getFileName().toString(), bytes)));
					if (outcome[0].status() != DocumentOutcome.Status.INGESTED) {
						continue;
					}
					ingest.delete(outcome[0].contentHash());
					Map<String, Long> row = profile(session, statements);
					System.out.println(pdf.getFileName() + "\t" + row);
					rows.add(row);
				}
				System.out.println("median over " + rows.size() + " documents: " + medians(rows));
			}
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	private static Map<String, Long> profile(Session session, List<DriverSpy.Statement> statements) {
		Map<String, Long> hits = new LinkedHashMap<>();
		try (Transaction tx = session.beginTransaction()) {
			Value keys = null;
			for (DriverSpy.Statement statement : statements) {
				long h = dbHits(tx, statement.text(), statement.parameters());
				hits.merge("write", h, Long::sum);
				String label = ROLLUPS.get(statement.text());
				if (label != null) {
					hits.merge(label, h, Long::sum);
				}
				if (ThemeYearRollupQueries.ADD.equals(statement.text())) {
					keys = statement.parameters().get("keys");
				}
			}
			if (keys != null) {
				hits.put("before themeYear", dbHits(tx, WHOLE_CELLS, Values.parameters("keys", keys)));
				hits.put("before person", dbHits(tx, WHOLE_PEOPLE, Values.parameters("keys", keys)));
			}
			tx.rollback();
		}
		return hits;
	}

	private static long dbHits(Transaction tx, String cypher, Value parameters) {
		var result = tx.run("PROFILE " + cypher, parameters);
		result.list();
		return total(result.consume().profile());
	}

	private static long total(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(IngestCost::total).sum();
	}

	private static long count(Session session, String cypher) {
		return session.run(cypher).single().get(0).asLong();
	}

	private static List<Path> pdfs(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
		}
	}

	private static Map<String, Long> medians(List<Map<String, Long>> rows) {
		Map<String, Long> medians = new LinkedHashMap<>();
		rows.stream().flatMap(row -> row.keySet().stream()).distinct().forEach(key -> {
			List<Long> values = rows.stream().map(row -> row.getOrDefault(key, 0L)).sorted().toList();
			medians.put(key, values.get(values.size() / 2));
		});
		return medians;
	}
}
