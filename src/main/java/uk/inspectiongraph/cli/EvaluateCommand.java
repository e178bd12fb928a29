package uk.inspectiongraph.cli;

import uk.inspectiongraph.reading.evaluation.Evaluator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code evaluate --documents DIR --truth CSV}: extracts every document the truth file names and
 * prints, as Markdown, the agreement per field and every disagreement. The truth may be the
 * project's checked truth file or a scraper's {@code inspections.csv} (only its filled cells are
 * compared). Needs no database.
 */
public final class EvaluateCommand {

	private static final String USAGE = "usage: evaluate --documents DIR --truth CSV";

	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		Path documents = option(arguments, "--documents");
		Path truth = option(arguments, "--truth");
		if (documents == null || truth == null) {
			err.println(USAGE);
			return 2;
		}
		if (!Files.isDirectory(documents) || !Files.isRegularFile(truth)) {
			err.println("evaluate: " + (Files.isDirectory(documents) ? "no truth file at " + truth
					: "no documents directory at " + documents));
			return 2;
		}
		try {
			out.println(new Evaluator().evaluate(documents, truth).toMarkdown());
			return 0;
		}
		catch (IOException ex) {
			err.println("evaluate: cannot read the truth file: " + ex.getMessage());
			return 1;
		}
	}

	private static Path option(List<String> arguments, String name) {
		int at = arguments.indexOf(name);
		return at >= 0 && at + 1 < arguments.size() ? Path.of(arguments.get(at + 1)) : null;
	}
}
