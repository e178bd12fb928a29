package uk.inspectiongraph.benchmark;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

import uk.inspectiongraph.DriverSpy;

/**
 * Prints the PROFILE of each statement a query ran: total db hits, rows, its median time through the
 * driver, and the operators used.
 */
final class Profiles {

	private Profiles() {
	}

	static void print(Driver driver, String name, List<DriverSpy.Statement> statements) {
		print(driver, name, statements, true);
	}

	/** As {@link #print(Driver, String, List)}; without {@code timed}, db hits and rows only (no median). */
	static void print(Driver driver, String name, List<DriverSpy.Statement> statements, boolean timed) {
		try (Session session = driver.session()) {
			for (DriverSpy.Statement statement : statements) {
				ProfiledPlan plan = session.executeRead(tx -> {
					Result result = tx.run("PROFILE " + statement.text(), statement.parameters());
					result.list();
					return result.consume().profile();
				});
				System.err.printf("PROFILE %s: %d db hits, %d rows, p50 %.1f ms through the driver; %s%n", name,
						dbHits(plan), plan.records(), timed ? medianMillis(session, statement) : Double.NaN, operators(plan));
			}
		}
	}

	/** The statement's median time through the driver over 100 runs after 50 to warm up, in ms. */
	private static double medianMillis(Session session, DriverSpy.Statement statement) {
		Timings timings = new Timings(100);
		for (int i = 0; i < 150; i++) {
			long started = System.nanoTime();
			session.executeRead(tx -> tx.run(statement.text(), statement.parameters()).list());
			if (i >= 50) {
				timings.add(System.nanoTime() - started);
			}
		}
		return timings.percentile(50);
	}

	private static long dbHits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(Profiles::dbHits).sum();
	}

	private static String operators(ProfiledPlan plan) {
		String own = plan.operatorType().replace("@neo4j", "") + "(" + plan.dbHits() + ")";
		return plan.children().isEmpty() ? own
				: own + " <- " + String.join(" + ", plan.children().stream().map(Profiles::operators).toList());
	}
}
