package uk.inspectiongraph.cli;

import uk.inspectiongraph.ingest.DocumentFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
public final class ExtractCommand {

	private final DocumentExtractor extractor;

	private final SourceReader reader = new SourceReader();

	private final JsonMapper json = JsonMapper.builder().build();

	public ExtractCommand(DocumentExtractor extractor) {
		this.extractor = extractor;
	}

	/** The command with the default gazetteer and taxonomy from {@code graph-seed/}. */
	public static ExtractCommand withDefaults() {
		return new ExtractCommand(new DocumentExtractor(Gazetteer.loadDefault(), ThemeTagger.withDefaultTaxonomy()));
	}

	public int run(List<String> arguments, PrintStream out) {
		List<Path> inputs = arguments.stream().filter(arg -> !arg.equals("--json")).map(Path::of).toList();
		if (inputs.isEmpty()) {
			System.err.println("usage: extract [--json] FILE|DIR...");
			return 2;
		}
		List<Path> files = DocumentFiles.expand(inputs);
		List<Map<String, Object>> lines = files.parallelStream().map(this::extractOne).toList();
		lines.forEach(line -> out.println(json.writeValueAsString(line)));
		out.flush();
		return lines.stream().anyMatch(line -> line.get("error") != null) ? 1 : 0;
	}

	private Map<String, Object> extractOne(Path file) {
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
