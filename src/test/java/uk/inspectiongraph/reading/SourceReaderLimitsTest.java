package uk.inspectiongraph.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each reading limit on its own, with tiny limits and small generated documents: the document is
 * refused with a reason naming the limit and its setting, and one within the limits is read.
 */
class SourceReaderLimitsTest {

	private static final String LINE = "Focused visit to Exampleshire children's services";

	private static final ReadingLimits DEFAULTS = ReadingLimits.defaults();

	@Test
	void aDocumentWithinEveryLimitIsRead() throws IOException {
		SourceReader reader = new SourceReader(limits(3, 200, 100, 200, 10_000, Duration.ofSeconds(30)));

		assertThat(reader.read("letter.pdf", pdf(3, LINE)).text()).contains(LINE);
	}

	@Test
	void refusesMorePagesThanAllowed() throws IOException {
		SourceReader reader = new SourceReader(limits(2, 10_000, 1_000, 10_000, 100_000, Duration.ofSeconds(30)));

		assertThatThrownBy(() -> reader.read("long.pdf", pdf(3, LINE))).isInstanceOf(ReadingLimitException.class)
			.hasMessage("too large: 3 pages, over 2 (inspection-graph.reading.max-pages)");
	}

	@Test
	void refusesMoreCharactersThanAllowedInAPdfOrAText() throws IOException {
		SourceReader reader = new SourceReader(limits(10, 100, 1_000, 10_000, 100_000, Duration.ofSeconds(30)));

		assertThatThrownBy(() -> reader.read("long.pdf", pdf(3, LINE))).isInstanceOf(ReadingLimitException.class)
			.hasMessage("too large: over 100 characters of text (inspection-graph.reading.max-characters)");
		assertThatThrownBy(() -> reader.read("long.txt", (LINE + LINE + LINE).getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("max-characters");
	}

	@Test
	void refusesAPageDrawingMoreCharactersThanAllowed() throws IOException {
		SourceReader reader = new SourceReader(limits(10, 10_000, 40, 10_000, 100_000, Duration.ofSeconds(30)));

		assertThatThrownBy(() -> reader.read("dense.pdf", pdf(1, LINE))).isInstanceOf(ReadingLimitException.class)
			.hasMessage("too large: a page draws over 40 characters (inspection-graph.reading.max-page-characters)");
	}

	@Test
	void refusesMoreOperatorsThanAllowed() throws IOException {
		SourceReader reader = new SourceReader(limits(10, 10_000, 1_000, 4, 100_000, Duration.ofSeconds(30)));

		assertThatThrownBy(() -> reader.read("busy.pdf", pdf(1, LINE))).isInstanceOf(ReadingLimitException.class)
			.hasMessage("too complex: over 4 drawing operators (inspection-graph.reading.max-operators)");
	}

	@Test
	void refusesAStreamThatInflatesPastTheLimitBeforePdfBoxReadsIt() throws IOException {
		SourceReader reader = new SourceReader(limits(10, 10_000_000, 1_000_000, 10_000_000, 1_000, Duration.ofSeconds(30)));
		byte[] bomb = pdfWithContent(("BT /F1 12 Tf (" + LINE + ") Tj ET\n").repeat(100));

		assertThatThrownBy(() -> reader.read("bomb.pdf", bomb)).isInstanceOf(ReadingLimitException.class)
			.hasMessage("too large: a compressed stream inflates to over 1,000 bytes (inspection-graph.reading.max-stream-size)");
	}

	@Test
	void followsAStreamCompressedTwice() throws IOException {
		SourceReader reader = new SourceReader(limits(10, 10_000_000, 1_000_000, 10_000_000, 10_000, Duration.ofSeconds(30)));
		byte[] twice = deflate(deflate(("BT /F1 12 Tf (" + LINE + ") Tj ET\n").repeat(1_000).getBytes(StandardCharsets.US_ASCII)));

		assertThat(twice.length).isLessThan(1_000);
		assertThatThrownBy(() -> reader.read("nested.pdf", pdfWithStream(twice, "[/FlateDecode /FlateDecode]")))
			.hasMessageContaining("max-stream-size");
	}

	@Test
	void refusesADocumentThatTakesLongerThanAllowed() throws IOException {
		SourceReader reader = new SourceReader(limits(10, 10_000_000, 1_000_000, 10_000_000, 100_000_000, Duration.ofMillis(1)));
		byte[] slow = pdfWithContent("0 0 m 1 1 l\n".repeat(200_000));

		assertThatThrownBy(() -> reader.read("slow.pdf", slow)).isInstanceOf(ReadingLimitException.class)
			.hasMessage("took too long: longer than 1 ms to read (inspection-graph.reading.max-seconds)");
	}

	@Test
	void refusesAFileLargerThanAllowedBeforeLoadingIt(@TempDir Path directory) throws IOException {
		Path big = Files.write(directory.resolve("big.txt"), new byte[2_000]);
		SourceReader reader = new SourceReader(new ReadingLimits(10, 100, 100, 100, 100, Duration.ofSeconds(1), 1_000, 1_000));

		assertThatThrownBy(() -> reader.read(big)).isInstanceOf(ReadingLimitException.class)
			.hasMessage("too large: the file has 2,000 bytes, over 1,000 bytes (inspection-graph.reading.max-file-size)");
	}

	@Test
	void limitsThatAreNotPositiveAreRefusedNamingTheSetting() {
		assertThatThrownBy(() -> new ReadingLimits(0, 1, 1, 1, 1, Duration.ofSeconds(1), 1, 1))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("inspection-graph.reading.max-pages");
		assertThatThrownBy(() -> new ReadingLimits(1, 1, 1, 1, 1, Duration.ZERO, 1, 1))
			.hasMessageContaining("inspection-graph.reading.max-seconds");
	}

	private static ReadingLimits limits(int pages, long characters, int pageCharacters, long operators, long streamBytes,
			Duration time) {
		return new ReadingLimits(pages, characters, pageCharacters, operators, streamBytes, time,
				DEFAULTS.maxMemoryBytes(), DEFAULTS.maxFileBytes());
	}

	/** A PDF of {@code pages} pages, each showing {@code line}. */
	private static byte[] pdf(int pages, String line) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					content.newLineAtOffset(72, 700);
					content.showText(line);
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	/** A one-page PDF whose content stream is {@code operators}, Flate-compressed. */
	private static byte[] pdfWithContent(String operators) throws IOException {
		return pdfWithStream(deflate(operators.getBytes(StandardCharsets.US_ASCII)), "/FlateDecode");
	}

	private static byte[] pdfWithStream(byte[] encoded, String filters) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDStream stream = new PDStream(document);
			try (var raw = stream.getCOSObject().createRawOutputStream()) {
				raw.write(encoded);
			}
			stream.getCOSObject().setItem(COSName.FILTER, filters.startsWith("[")
					? new COSArray(List.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE)) : COSName.FLATE_DECODE);
			page.setContents(stream);
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] deflate(byte[] data) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
			deflater.write(data);
		}
		return out.toByteArray();
	}
}
