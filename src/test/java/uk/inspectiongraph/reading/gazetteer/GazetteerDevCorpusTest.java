package uk.inspectiongraph.reading.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.reading.ExtractionException;
import uk.inspectiongraph.reading.SourceReader;
import uk.inspectiongraph.reading.SourceText;

/**
 * Runs {@link Gazetteer#findIn} over every PDF of the development corpus (folders named
 * {@code <URN>_<authority>}) and checks that each readable document resolves to the authority of
 * its folder, compared by Ofsted URN. The folder name is never shown to the gazetteer. Skipped
 * when the corpus is absent (set {@code -Dinspectiongraph.dev-corpus=...} to point at it).
 */
class GazetteerDevCorpusTest {

	private final Gazetteer gazetteer = Gazetteer.loadDefault();

	private final SourceReader reader = new SourceReader();

	@Test
	void resolvesEveryReadableDevDocumentToItsFoldersAuthority() throws IOException {
		Path corpus = Path.of(System.getProperty("inspectiongraph.dev-corpus", "../shared/corpus/ofsted-dev"));
		assumeTrue(Files.isDirectory(corpus), "development corpus not found at " + corpus.toAbsolutePath());
		List<Path> pdfs = pdfsUnder(corpus);
		List<Outcome> outcomes = pdfs.parallelStream().map(this::resolve).toList();

		List<Outcome> readable = outcomes.stream().filter(o -> !o.unreadable()).toList();
		List<Outcome> wrong = readable.stream().filter(o -> !o.correct()).toList();
		System.out.printf("Gazetteer on dev corpus: %d files, %d unreadable, %d/%d readable correct (%.1f%%)%n",
				outcomes.size(), outcomes.size() - readable.size(), readable.size() - wrong.size(), readable.size(),
				100.0 * (readable.size() - wrong.size()) / Math.max(1, readable.size()));
		wrong.forEach(o -> System.out.println("  WRONG " + corpus.relativize(o.file()) + " -> " + o.found()));

		assertThat(pdfs).isNotEmpty();
		assertThat(wrong).isEmpty();
	}

	private Outcome resolve(Path pdf) {
		String expectedUrn = pdf.getParent().getFileName().toString().split("_", 2)[0];
		SourceText source;
		try {
			source = reader.read(pdf);
		}
		catch (ExtractionException ex) {
			return new Outcome(pdf, true, false, ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Optional<AuthorityMention> found = gazetteer.findIn(source.text(), source.fileName());
		Optional<Authority> authority = found.flatMap(mention -> gazetteer.byCode(mention.code()));
		boolean correct = authority.map(a -> expectedUrn.equals(a.urn())).orElse(false);
		return new Outcome(pdf, false, correct, found.map(m -> m.name() + " " + m.code()).orElse("nothing"));
	}

	private static List<Path> pdfsUnder(Path corpus) throws IOException {
		try (Stream<Path> files = Files.walk(corpus)) {
			return files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".pdf")).sorted().toList();
		}
	}

	private record Outcome(Path file, boolean unreadable, boolean correct, String found) {
	}
}
