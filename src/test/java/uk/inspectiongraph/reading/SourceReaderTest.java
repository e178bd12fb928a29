package uk.inspectiongraph.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceReaderTest {

	private static final String LETTER_LINE = "Focused visit to Exampleshire children's services";

	private final SourceReader reader = new SourceReader();

	@Test
	void readsTheTextOfAPdf() throws IOException {
		SourceText source = reader.read("letter.pdf", pdf(LETTER_LINE, null));

		assertThat(source.text()).contains(LETTER_LINE);
		assertThat(source.fileName()).isEqualTo("letter.pdf");
		assertThat(source.contentHash()).hasSize(64);
	}

	@Test
	void readsPlainTextAsUtf8() {
		SourceText source = reader.read("letter.txt", (LETTER_LINE + " \u2013 2018").getBytes(StandardCharsets.UTF_8));

		assertThat(source.text()).isEqualTo(LETTER_LINE + " \u2013 2018");
	}

	@Test
	void sameBytesGiveTheSameHash() {
		byte[] bytes = LETTER_LINE.getBytes(StandardCharsets.UTF_8);

		assertThat(reader.read("a.txt", bytes).contentHash()).isEqualTo(reader.read("b.txt", bytes).contentHash());
	}

	@Test
	void refusesAnHtmlPageNamedPdf() {
		byte[] html = "<!DOCTYPE html><html><body>Error 404</body></html>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> reader.read("report.pdf", html)).isInstanceOf(ExtractionException.class)
			.hasMessageContaining("not a PDF")
			.hasMessageContaining("HTML");
	}

	@Test
	void refusesAnEncryptedPdf() throws IOException {
		assertThatThrownBy(() -> reader.read("secret.pdf", pdf(LETTER_LINE, "owner-and-user")))
			.isInstanceOf(ExtractionException.class)
			.hasMessageContaining("encrypted");
	}

	@Test
	void refusesACorruptPdf() {
		byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> reader.read("broken.pdf", corrupt)).isInstanceOf(ExtractionException.class)
			.hasMessageContaining("corrupt PDF");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> reader.read("empty.pdf", new byte[0])).isInstanceOf(ExtractionException.class)
			.hasMessageContaining("empty");
	}

	@Test
	void refusesOtherFormats() {
		assertThatThrownBy(() -> reader.read("minutes.docx", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)))
			.isInstanceOf(ExtractionException.class)
			.hasMessageContaining("only PDF and plain text");
	}

	@Test
	void refusesAPdfWithNoText() throws IOException {
		assertThatThrownBy(() -> reader.read("scan.pdf", pdf("", null))).isInstanceOf(ExtractionException.class)
			.hasMessageContaining("no readable text");
	}

	static byte[] pdf(String line, String password) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(line);
				content.endText();
			}
			if (password != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password, new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}
