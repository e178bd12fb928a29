package uk.inspectiongraph.cli;

import uk.inspectiongraph.ingest.DocumentFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import uk.inspectiongraph.reading.gazetteer.Gazetteer;
import uk.inspectiongraph.reading.DocumentExtractor;
import uk.inspectiongraph.reading.ExtractionException;
import uk.inspectiongraph.reading.ReadingLimits;
import uk.inspectiongraph.reading.SourceReader;
import uk.inspectiongraph.reading.SourceText;
import uk.inspectiongraph.reading.taxonomy.ThemeTagger;

/**
 * {@code extract [--json] FILE|DIR...}: prints what the extractor reads from each document as JSON
 * Lines on standard output, in input order, with no database. A document that cannot be read or
 * understood, or costs more to read than the {@linkplain ReadingLimits#defaults() default reading
 * limits} allow, gets a line with its {@code error} and the others are still read; the command then
 * exits 1 (0 when every document was read).
 */
@Command(name = "extract", parameterListHeading = "%n",
		description = "print what the extractor reads from each document as JSON Lines; needs no database")
final class ExtractCommand implements Callable<Integer> {

	@Option(names = "--json", description = "JSON Lines, the one output format (accepted so that scripts can say so)")
	private boolean json;

	@Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "PDF or plain-text documents, or folders of them")
	private List<Path> inputs = List.of();

	private final PrintStream out;

	ExtractCommand(PrintStream out) {
		this.out = out;
	}

	@Override
	public Integer call() {
		CommandLineInterface.logWarningsOnly();
		return extract(inputs);
	}

	/**
	 * Prints a line for each document of {@code inputs} (folders expanded) and returns 1 when any
	 * failed, 0 otherwise. The gazetteer and taxonomy are the defaults from {@code graph-seed/}.
	 */
	int extract(List<Path> inputs) {
		DocumentExtractor extractor = new DocumentExtractor(Gazetteer.loadDefault(), ThemeTagger.withDefaultTaxonomy());
		SourceReader reader = new SourceReader();
		JsonMapper mapper = JsonMapper.builder().build();
		List<Map<String, Object>> lines = DocumentFiles.expand(inputs)
			.parallelStream()
			.map(file -> extractOne(file, reader, extractor))
			.toList();
		lines.forEach(line -> out.println(mapper.writeValueAsString(line)));
		out.flush();
		return lines.stream().anyMatch(line -> line.get("error") != null) ? 1 : 0;
	}

	private static Map<String, Object> extractOne(Path file, SourceReader reader, DocumentExtractor extractor) {
		try {
			SourceText source = reader.read(file);
			return ExtractJson.of(file.toString(), extractor.extract(source));
		}
		catch (ExtractionException ex) {
			return ExtractJson.failure(file.toString(), ex.getMessage());
		}
		catch (IOException ex) {
			return ExtractJson.failure(file.toString(), "cannot read the file: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			return ExtractJson.failure(file.toString(), "extraction failed: " + ex);
		}
	}
}
