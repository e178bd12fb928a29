package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import uk.inspectiongraph.reading.gazetteer.Authority;
import uk.inspectiongraph.reading.gazetteer.Gazetteer;

/**
 * Writes a synthetic corpus of N times a real one, for measuring how the product scales: each copy
 * of each real PDF is its text (findings, letters, judgements, inspectors as written) moved to an
 * authority drawn from the gazetteer's authorities that existed then and to a year drawn from the
 * years its framework ran (the single inspection framework's to 2013-2017, the rest to 2018-2026),
 * with every year in it moved alike ({@link CorpusRewrite}), written as a plain PDF
 * ({@link TextPdf}). Copy K of every document goes to {@code OUT/copy-KK/}, so that the first
 * three copies of a ten-times corpus are its three-times corpus. The draws are seeded by the
 * document and the copy: the same arguments write the same files. The text is the source's: keep
 * the output outside the repository.
 * <p>
 * Arguments: {@code --source=DIR} (default ../shared/corpus/ofsted-dev), {@code --out=DIR},
 * {@code --copies=N} (default 10).
 */
public final class SyntheticCorpus {

	private static final Pattern FILE_YEAR = Pattern.compile("\\b(20[0-9]{2})\\b");

	private static final int LAST_PRE_2018_YEAR = 2017;

	private final Gazetteer gazetteer = Gazetteer.loadDefault();

	private final Path out;

	private SyntheticCorpus(Path out) {
		this.out = out;
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = BenchmarkApplication.options(args);
		Path source = Path.of(options.getOrDefault("source", "../shared/corpus/ofsted-dev"));
		Path out = Path.of(options.getOrDefault("out", "target/synthetic-corpus"));
		int copies = Integer.parseInt(options.getOrDefault("copies", "10"));
		long begun = System.nanoTime();
		List<SourceDocument> documents = new SyntheticCorpus(out).read(source);
		AtomicInteger written = new AtomicInteger();
		IntStream.range(0, copies * documents.size()).parallel().forEach(job -> {
			if (new SyntheticCorpus(out).write(documents.get(job % documents.size()), job / documents.size())) {
				written.incrementAndGet();
			}
		});
		System.out.printf("%d source documents, %d copies each: %d PDFs in %s (%.0f s)%n", documents.size(), copies,
				written.get(), out.toAbsolutePath(), (System.nanoTime() - begun) / 1e9);
	}

	/** A real document: where it came from, its text page by page, its authority and year. */
	record SourceDocument(int index, String fileName, List<String> pages, Authority authority, int year) {
	}

	private List<SourceDocument> read(Path source) throws IOException {
		List<Path> pdfs;
		try (Stream<Path> files = Files.walk(source)) {
			pdfs = files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
		}
		return IntStream.range(0, pdfs.size())
			.parallel()
			.mapToObj(i -> readOne(i, pdfs.get(i)))
			.flatMap(Optional::stream)
			.toList();
	}

	private Optional<SourceDocument> readOne(int index, Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setPageEnd("\f");
			String text = stripper.getText(document);
			String name = pdf.getFileName().toString();
			Optional<Authority> authority = gazetteer.findIn(text, name).flatMap(m -> gazetteer.byCode(m.code()));
			Optional<Integer> year = firstYear(name).or(() -> firstYear(text));
			if (authority.isEmpty() || year.isEmpty()) {
				System.err.println("skipped (no authority or year): " + pdf);
				return Optional.empty();
			}
			return Optional.of(new SourceDocument(index, name, Arrays.asList(text.split("\f")), authority.get(),
					year.get()));
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("skipped (unreadable: " + ex.getMessage() + "): " + pdf);
			return Optional.empty();
		}
	}

	private static Optional<Integer> firstYear(String text) {
		Matcher year = FILE_YEAR.matcher(text);
		return year.find() ? Optional.of(Integer.parseInt(year.group(1))) : Optional.empty();
	}

	/** Copy {@code copy} of the document: drawn, rewritten and written; false if it could not be. */
	private boolean write(SourceDocument document, int copy) {
		Random random = new Random(document.fileName().hashCode() * 31L + document.index() * 1_000_003L + copy);
		int year = document.year() <= LAST_PRE_2018_YEAR ? 2013 + random.nextInt(5) : 2018 + random.nextInt(9);
		List<Authority> existing = gazetteer.all()
			.stream()
			.filter(a -> a.validOn(LocalDate.of(year, 7, 1)) && a.validOn(LocalDate.of(year, 12, 31)))
			.toList();
		Authority authority = existing.get(random.nextInt(existing.size()));
		CorpusRewrite rewrite = CorpusRewrite.of(document.authority(), authority, year - document.year());
		String name = rewrite.shiftYears(document.fileName()).replaceFirst("\\.pdf$", "") + " - " + document.index()
				+ ".pdf";
		Path file = out.resolve("copy-%02d".formatted(copy)).resolve(authority.shortName()).resolve(name);
		try {
			Files.createDirectories(file.getParent());
			TextPdf.write(document.pages().stream().map(rewrite::apply).toList(), file);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}
}
