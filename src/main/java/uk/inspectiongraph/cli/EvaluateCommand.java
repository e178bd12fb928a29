package uk.inspectiongraph.cli;

import uk.inspectiongraph.reading.evaluation.EvaluationReport;
import uk.inspectiongraph.reading.evaluation.Evaluator;
import uk.inspectiongraph.reading.DocumentExtractor;
import uk.inspectiongraph.reading.evaluation.AreaSendEvaluator;
import uk.inspectiongraph.reading.evaluation.JointEvaluator;
import uk.inspectiongraph.reading.gazetteer.Gazetteer;
import uk.inspectiongraph.reading.taxonomy.ThemeTagger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate --documents DIR --truth CSV}: extracts every document the truth file names and
 * prints, as Markdown, the agreement per field and every disagreement. The truth may be the
 * project's checked truth file, a scraper's {@code inspections.csv} (only its filled cells are
 * compared) or the truth file of joint inspections ({@code joint-truth.csv}, recognised by its header:
 * then the whole reading, authority and findings included, is measured). Needs no database. Exits 2 when either path is missing, 1 when the truth file cannot
 * be read.
 */
@Command(name = "evaluate", separator = " ", optionListHeading = "%n",
		description = "measure the extractor against a truth file, as Markdown; needs no database")
final class EvaluateCommand implements Callable<Integer> {

	@Option(names = "--documents", paramLabel = "DIR", required = true,
			description = "the folder that the truth file's paths are relative to")
	private Path documents;

	@Option(names = "--truth", paramLabel = "CSV", required = true,
			description = "the project's truth file, or a scraper's inspections.csv")
	private Path truth;

	private final PrintStream out;

	private final PrintStream err;

	EvaluateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		CommandLineInterface.logWarningsOnly();
		if (!Files.isDirectory(documents) || !Files.isRegularFile(truth)) {
			err.println("evaluate: " + (Files.isDirectory(documents) ? "no truth file at " + truth
					: "no documents directory at " + documents));
			return 2;
		}
		try {
			if (JointEvaluator.isJointTruth(truth)) {
				out.println(new JointEvaluator().evaluate(documents, truth).toMarkdown());
				out.println(new AreaSendEvaluator(new DocumentExtractor(Gazetteer.loadDefault(),
						ThemeTagger.withDefaultTaxonomy())).evaluate(documents, truth).toMarkdown());
			}
			else {
				out.println(new Evaluator().evaluate(documents, truth).toMarkdown());
			}
			return 0;
		}
		catch (IOException ex) {
			err.println("evaluate: cannot read the truth file: " + ex.getMessage());
			return 1;
		}
	}
}
