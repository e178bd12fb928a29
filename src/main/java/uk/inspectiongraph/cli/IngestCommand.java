package uk.inspectiongraph.cli;

import uk.inspectiongraph.ingest.IngestService;
import uk.inspectiongraph.ingest.IngestReport;
import uk.inspectiongraph.ingest.DocumentOutcome;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * {@code ingest FILE|DIR...}: writes documents to the configured graph with a progress bar on
 * standard error and a summary on standard output (ingested, copies, unchanged, and each copy,
 * warning and failure with its reason). Exits 1 when any document failed, 0 otherwise.
 */
@Component
public class IngestCommand {

	private final IngestService ingest;

	IngestCommand(IngestService ingest) {
		this.ingest = ingest;
	}

	public int run(List<String> arguments, PrintStream out, PrintStream progressOut) {
		List<Path> inputs = arguments.stream().filter(arg -> !arg.startsWith("--")).map(Path::of).toList();
		if (inputs.isEmpty()) {
			progressOut.println("usage: ingest FILE|DIR...");
			return 2;
		}
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
