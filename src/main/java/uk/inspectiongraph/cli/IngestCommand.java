package uk.inspectiongraph.cli;

import uk.inspectiongraph.ingest.IngestService;
import uk.inspectiongraph.ingest.IngestReport;
import uk.inspectiongraph.ingest.DocumentOutcome;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * {@code ingest FILE|DIR... [--setting=value...]}: writes documents to the configured graph with a
 * progress bar on standard error and a summary on standard output (ingested, copies, unchanged, and
 * each copy, warning and failure with its reason). The settings go to Spring, which starts without
 * a web server, without seeding and without embedding: the findings get their vectors when the
 * application next runs (see {@code graph/embedding}). Exits 1 when any document failed, 0 otherwise.
 */
@Command(name = "ingest", customSynopsis = "${COMMAND-FULL-NAME} FILE|DIR... [--setting=value...]",
		parameterListHeading = "%n", footer = InspectionGraphCommand.SETTINGS,
		description = "write documents into the graph (the embedded one in ./data: stop the app first; or spring.neo4j.uri)")
final class IngestCommand implements Callable<Integer> {

	@Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "PDF or plain-text documents, or folders of them")
	private List<Path> inputs = List.of();

	@Unmatched
	private List<String> settings = new ArrayList<>();

	@ParentCommand
	private InspectionGraphCommand parent;

	private final Launcher launcher;

	private final PrintStream out;

	private final PrintStream progressOut;

	IngestCommand(Launcher launcher, PrintStream out, PrintStream progressOut) {
		this.launcher = launcher;
		this.out = out;
		this.progressOut = progressOut;
	}

	@Override
	public Integer call() {
		ConfigurableApplicationContext context = launcher.startWithoutServer(parent.settingsWith(settings),
				"inspection-graph.seed.enabled=false", "inspection-graph.embedding.background=false",
				"logging.level.root=WARN");
		try {
			return ingest(context.getBean(IngestService.class));
		}
		finally {
			SpringApplication.exit(context);
		}
	}

	private int ingest(IngestService ingest) {
		ProgressBar bar = new ProgressBar(progressOut);
		IngestReport report = ingest.ingestFiles(inputs, bar::update);
		bar.finish();
		out.println(report.summary());
		report.outcomes()
			.stream()
			.filter(outcome -> outcome.status() == DocumentOutcome.Status.COPY)
			.forEach(copy -> out.println("  copy: " + copy.file() + ": " + copy.reason()));
		report.warned()
			.forEach(warned -> warned.warnings().forEach(warning -> out.println("  warning: " + warned.file() + ": " + warning)));
		report.failures().forEach(failure -> out.println("  failed: " + failure.file() + ": " + failure.reason()));
		return report.failures().isEmpty() ? 0 : 1;
	}

	/** A one-line text progress bar, redrawn in place. */
	static final class ProgressBar {

		private static final int WIDTH = 30;

		private final PrintStream out;

		ProgressBar(PrintStream out) {
			this.out = out;
		}

		void update(int done, int total) {
			int filled = total == 0 ? WIDTH : done * WIDTH / total;
			out.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total);
			out.flush();
		}

		void finish() {
			out.println();
		}
	}
}
