package uk.inspectiongraph.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlService;

import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.web.HeadlessChromium;

/**
 * Times how long each dashboard view takes to become interactive in headless Chromium, and prints
 * p50/p95/max per view as a Markdown table (see docs/benchmarks.md, "Dashboard pages").
 * <p>
 * Interactive means the view's data has rendered: the dashboard then sets {@code aria-busy="false"}
 * on {@code <main>} and puts the mark {@code inspection-graph:view-ready} on the page's Performance
 * timeline, whose time is measured from the navigation's start; GraphiQL puts the same mark once
 * its editors hold the linked query and its schema has arrived. The upload view is timed last,
 * with the editor signed in through the dashboard's form (a password made up for the run). Each load is a fresh navigation
 * (to {@code about:blank} and then to the view's URL), so every load parses the page and its
 * modules and sends all its GraphQL requests again; the browser's HTTP cache stays warm, as for a
 * returning analyst. The table also gives how many GraphQL requests the view sent, how long the
 * slowest of them took and each one's median, in the order the view sent them (Resource Timing,
 * request start to end of response).
 * <p>
 * Arguments: those of {@link BenchmarkApplication} (the data directory, {@code --ingest=DIR},
 * {@code --fixture}), {@code --iterations=N} (default 10) and {@code --warmup=N} (default 3).
 */
public final class PageBenchmark {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** Null until the view is ready, then what the page measured of its own loading. */
	private static final String READY = """
			const mark = performance.getEntriesByName('inspection-graph:view-ready')[0];
			if (!mark) return null;
			const status = document.getElementById('status');
			const graphql = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/graphql');
			return { ready: mark.startTime, requests: graphql.map((e) => e.duration),
			  error: status?.classList.contains('error') ? status.textContent : null };""";

	/** The editor's password for this run, so that the upload view can be timed signed in. */
	private static final String EDITOR_PASSWORD = UUID.randomUUID().toString();

	private final Map<String, String> options;

	private PageBenchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) {
		new PageBenchmark(BenchmarkApplication.options(args)).run();
		System.exit(0);
	}

	private void run() {
		options.put("editor-password", EDITOR_PASSWORD);
		ConfigurableApplicationContext context = BenchmarkApplication.start(options);
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			BenchmarkApplication.prepareGraph(context, options);
			List<DashboardPage> pages = DashboardPage.inGraph(context.getBean(CypherReader.class),
					context.getBean(ExecutionGraphQlService.class));
			String origin = "http://127.0.0.1:" + BenchmarkApplication.port(context) + "/";
			System.out.println("Load average before: " + BenchmarkApplication.loadAverage());
			System.out.println("| view | URL | GraphQL requests | ready p50 | ready p95 | ready max "
					+ "| slowest GraphQL p50 | slowest GraphQL p95 | each GraphQL p50, in the order sent |");
			System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
			for (DashboardPage page : pages.stream().filter(p -> !p.signedIn()).toList()) {
				measure(chromium, origin, page);
			}
			signIn(chromium, origin);
			for (DashboardPage page : pages.stream().filter(DashboardPage::signedIn).toList()) {
				measure(chromium, origin, page);
			}
			System.out.println("Load average after: " + BenchmarkApplication.loadAverage());
		}
		finally {
			context.close();
		}
	}

	private void measure(HeadlessChromium chromium, String origin, DashboardPage page) {
		int iterations = Integer.parseInt(options.getOrDefault("iterations", "10"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
		PageLoads loads = new PageLoads(iterations);
		for (int i = 0; i < warmup + iterations; i++) {
			Map<?, ?> load = load(chromium, origin + page.route());
			if (load.get("error") != null) {
				throw new IllegalStateException(page.name() + " failed: " + load.get("error"));
			}
			if (i >= warmup) {
				@SuppressWarnings("unchecked")
				List<Number> requests = (List<Number>) load.get("requests");
				loads.add((Number) load.get("ready"), requests);
			}
		}
		System.out.println(loads.row(page));
	}

	/** Signs the editor in through the dashboard's form, as a person would. */
	private static void signIn(HeadlessChromium chromium, String origin) {
		chromium.open(origin + "#/sign-in");
		chromium.waitUpTo(TIMEOUT).until(driver -> driver.findElements(By.cssSelector("form.sign-in input[name=password]")).size() == 1);
		chromium.driver().findElement(By.cssSelector("form.sign-in input[name=password]")).sendKeys(EDITOR_PASSWORD);
		chromium.driver().findElement(By.cssSelector("form.sign-in button")).click();
		chromium.waitUpTo(TIMEOUT).until(driver -> !"Sign in".equals(driver.findElement(By.id("who")).getText()));
	}

	/** One fresh navigation to the URL, waited on until the view is ready. */
	private static Map<?, ?> load(HeadlessChromium chromium, String url) {
		chromium.open("about:blank");
		chromium.open(url);
		return chromium.waitUpTo(TIMEOUT).until(driver -> (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(READY));
	}
}
