package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The splitter over the real Ofsted PDFs of the development corpus, read as the product reads them.
 * Skips when the corpus is absent. Prints totals by kind, the letters without areas for
 * improvement, and the CPU time spent reading PDFs against the CPU time spent splitting (splitting,
 * JIT warm-up included, must cost less than a fifth of reading; it is usually 10 to 25 times cheaper).
 */
class FindingSplitterDevCorpusTest {

	private static final Pattern NOT_A_FINDING = Pattern.compile("(?i)page \\d+ of \\d+|www\\.|https?://"
			+ "|\\S+@\\S+\\.[a-z]{2,}|yours sincerely|© crown copyright|if you would like a copy|inspection of [^.]{3,80}"
			+ "children.s services \\d|(?-i:\\b[A-Z]{1,2}\\d{1,2}[A-Z]? \\d[A-Z]{2}\\b)|piccadilly gate");

	private static final Pattern IMPROVE_HEADING = Pattern
		.compile("(?m)^\\s*(What needs to improve|Areas? for priority action)[^.\\n]{0,60}$");

	private static final int MIN_SPEED_UP = 5;

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private final SourceReader reader = new SourceReader();

	private final FindingSplitter splitter = new FindingSplitter();

	static Path corpus() {
		String configured = System.getProperty("inspectiongraph.dev-corpus");
		return configured != null ? Paths.get(configured) : Paths.get("../shared/corpus/ofsted-dev");
	}

	@Test
	void everyDevDocumentSplitsIntoCleanFindings() throws IOException {
		Path root = corpus();
		Assumptions.assumeTrue(Files.isDirectory(root), "dev corpus not found at " + root.toAbsolutePath());
		List<Path> pdfs;
		try (Stream<Path> walk = Files.walk(root)) {
			pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
		}
		Map<FindingKind, Integer> totals = new EnumMap<>(FindingKind.class);
		List<String> problems = new ArrayList<>();
		List<String> withoutItems = new ArrayList<>();
		long readNanos = 0;
		long splitNanos = 0;
		long characters = 0;
		int documents = 0;
		for (Path pdf : pdfs) {
			long t0 = CPU.getCurrentThreadCpuTime();
			SourceText source;
			try {
				source = reader.read(pdf);
			}
			catch (ExtractionException unreadable) {
				continue; // e.g. an HTML page saved as .pdf: the reader's business, not the splitter's
			}
			long t1 = CPU.getCurrentThreadCpuTime();
			boolean letter = pdf.getParent().getParent().getFileName().toString().startsWith("focused");
			DocumentKind kind = letter ? DocumentKind.FOCUSED_VISIT_LETTER : DocumentKind.INSPECTION_REPORT;
			List<ExtractedFinding> findings = splitter.split(source.text(), new Classification(kind, null),
					List.of(event()));
			long t2 = CPU.getCurrentThreadCpuTime();
			readNanos += t1 - t0;
			splitNanos += t2 - t1;
			characters += source.text().length();
			documents++;
			String name = root.relativize(pdf).toString();
			check(name, source.text(), findings, problems);
			findings.forEach(f -> totals.merge(f.kind(), 1, Integer::sum));
			boolean hasItems = !FindingItems.items(findings).isEmpty();
			boolean recommendations = findings.stream().anyMatch(f -> f.kind() == FindingKind.RECOMMENDATION);
			if (!hasItems && IMPROVE_HEADING.matcher(source.text()).find()) {
				problems.add(name + ": has a 'what needs to improve' heading but no item");
			}
			if (!hasItems) {
				withoutItems.add(name + (recommendations ? " (SIF: recommendations instead)" : ""));
			}
			if (!letter && !hasItems && !recommendations) {
				problems.add(name + ": report with neither areas for improvement nor recommendations");
			}
		}
		System.out.printf("dev corpus: %d documents, findings by kind %s%n", documents, totals);
		System.out.printf("documents without areas for improvement: %d%n", withoutItems.size());
		withoutItems.forEach(n -> System.out.println("  " + n));
		System.out.printf("CPU time reading PDFs: %d ms; splitting %d characters: %d ms (%.0f times faster)%n",
				readNanos / 1_000_000, characters, splitNanos / 1_000_000, (double) readNanos / splitNanos);
		assertThat(problems).isEmpty();
		assertThat(documents).isGreaterThan(250);
		assertThat(splitNanos * MIN_SPEED_UP).isLessThan(readNanos);
	}

	private static void check(String name, String text, List<ExtractedFinding> findings, List<String> problems) {
		Set<String> seen = new HashSet<>();
		for (ExtractedFinding f : findings) {
			if (NOT_A_FINDING.matcher(f.text()).find()) {
				problems.add(name + ": page furniture or contact details in finding " + f.order() + ": " + f.text());
			}
			if (!seen.add(f.text())) {
				problems.add(name + ": duplicate finding " + f.order());
			}
			String first = f.text().split(" ", 2)[0];
			if (!f.span().of(text).startsWith(first)) {
				problems.add(name + ": span of finding " + f.order() + " does not start at its text");
			}
		}
	}

	private static ExtractedEvent event() {
		return new ExtractedEvent(EventKind.FOCUSED_VISIT, null, null, null, List.of(), List.of(), new Span(0, 0));
	}
}
