package uk.inspectiongraph.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The hostile and broken inputs every way in must refuse, each generated here (no file of them is
 * kept): decompression bombs small and large, pages of millions of operators, lying and looping
 * page trees, recursion, deep nesting, wrong formats, bad names. Each is listed with the reason a
 * user must be given. Shared by the upload test, the reader's test and bench/hostile-inputs.sh.
 */
public final class HostileInputs {

	private static final String HELVETICA = "4 0 R";

	private static final String PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
			+ "/Resources << /Font << /F1 " + HELVETICA + " >> %s >> /Contents 5 0 R >>";

	/** The reason for a document that is read but is no inspection document (the reader lets it through). */
	public static final String NOT_OFSTED = "not an inspection document";

	private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

	private HostileInputs() {
	}

	/** Every kind, in a fixed order. */
	public static List<HostileInput> all() {
		return List.of(
				new HostileInput("small bomb: 19 MB of text operators", "small-bomb.pdf",
						() -> onePage("BT /F1 1 Tf (x) Tj\n", 1_000_000), "max-page-characters"),
				new HostileInput("large bomb: a stream inflating to 1 GiB", "large-bomb.pdf",
						() -> onePage("BT /F1 1 Tf (x) Tj\n", (1L << 30) / 19), "max-stream-size"),
				new HostileInput("nested bomb: Flate inside Flate to 1 GiB", "nested-bomb.pdf",
						HostileInputs::nestedBomb, "max-stream-size"),
				new HostileInput("many streams each under the limit: 6 of 60 MB", "many-streams.pdf",
						HostileInputs::manyStreams, "in all"),
				new HostileInput("drawing bomb: 4 million path operators", "drawing-bomb.pdf",
						() -> onePage("0 0 m 1 1 l\n", 2_000_000), "max-operators"),
				new HostileInput("glyph bomb: a form XObject of text drawn 10,000 times", "form-bomb.pdf",
						HostileInputs::formBomb, "max-page-characters"),
				new HostileInput("text bomb over 60 pages: 2.7 million characters", "many-pages-text.pdf",
						HostileInputs::manyPagesOfText, "max-characters"),
				new HostileInput("declared page count of two billion", "count.pdf", HostileInputs::hugeDeclaredCount,
						"max-pages"),
				new HostileInput("10,000 pages", "ten-thousand-pages.pdf", HostileInputs::tenThousandPages, "max-pages"),
				new HostileInput("page tree nested 5,000 deep", "deep-tree.pdf", HostileInputs::deepPageTree, "nested over 256 levels"),
				new HostileInput("page tree loop", "tree-loop.pdf", HostileInputs::pageTreeLoop, "loops back on itself"),
				new HostileInput("form XObject that draws itself", "recursive-form.pdf", () -> recursiveForm("BT /F1 1 Tf (x) Tj ET /X1 Do"), "forms drawn inside forms"),
				new HostileInput("form XObject that draws itself twice: 2^n draws", "forked-form.pdf",
						() -> recursiveForm("0 0 m 1 1 l /X1 Do /X1 Do"), "forms drawn inside forms"),
				new HostileInput("reference loop: an object that is a reference to itself", "ref-loop.pdf",
						HostileInputs::referenceLoop, "corrupt PDF"),
				new HostileInput("arrays nested 100,000 deep", "deep-arrays.pdf", () -> deepNesting("[", "]"), "no readable text"),
				new HostileInput("dictionaries nested 100,000 deep", "deep-dicts.pdf", () -> deepNesting("<< /A ", " >>"),
						"no readable text"),
				new HostileInput("huge ToUnicode map: 100,000 entries", "to-unicode.pdf", HostileInputs::hugeToUnicode,
						NOT_OFSTED),
				new HostileInput("huge embedded font: 1 GiB inflated", "font.pdf", HostileInputs::hugeFont,
						"max-stream-size"),
				new HostileInput("malformed cross-reference table", "xref.pdf", () -> textPage().bytes(7), NOT_OFSTED),
				new HostileInput("truncated PDF", "truncated.pdf", HostileInputs::truncated, "no readable text"),
				new HostileInput("user-password encrypted PDF", "encrypted.pdf", HostileInputs::encrypted, "encrypted PDF"),
				new HostileInput("scan: an image and no text", "scan.pdf", HostileInputs::scan, "no readable text"),
				new HostileInput("PNG named .pdf", "image.pdf", HostileInputs::png, "not a PDF"),
				new HostileInput("ZIP named .pdf", "archive.pdf", HostileInputs::zip, "not a PDF"),
				new HostileInput("HTML named .pdf", "page.pdf",
						() -> ascii("<!DOCTYPE html><html><body>Report not found</body></html>"), "HTML"),
				new HostileInput("Word document", "minutes.docx", HostileInputs::zip, "unsupported format"),
				new HostileInput("empty file", "empty.pdf", () -> new byte[0], "empty file"),
				new HostileInput("whitespace only", "blank.txt", () -> ascii(" \n\t\r\n ".repeat(1000)), "no readable text"),
				new HostileInput("binary junk named .pdf", "junk.pdf", () -> junk(1 << 20), "not a PDF"),
				new HostileInput("binary junk after a PDF header", "header.pdf", HostileInputs::junkAfterHeader,
						"corrupt PDF"),
				new HostileInput("invalid UTF-8 text", "latin1.txt", () -> new byte[] { 'O', 'f', 's', 't', 'e', 'd',
						(byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, (byte) 0xFE }, "not valid UTF-8"),
				new HostileInput("text file of 10 MB", "huge.txt", () -> ascii("Ofsted inspection. ".repeat(530_000)),
						"max-characters"),
				new HostileInput("text file of 3 million characters", "long.txt",
						() -> ascii("Ofsted inspection. ".repeat(160_000)), "max-characters"),
				new HostileInput("path traversal in the name", "../../etc/passwd.pdf", () -> ascii("<html></html>"),
						"not a PDF"),
				new HostileInput("a 200-character name", "a".repeat(200) + ".pdf", () -> ascii("<html></html>"),
						"not a PDF"),
				new HostileInput("a 5,000-character name", "a".repeat(5_000) + ".pdf", () -> ascii("<html></html>"), 413,
						"shorten the file name"),
				new HostileInput("control characters in the name", "re\u0001port\u007f.txt", () -> ascii(" "),
						"no readable text"),
				new HostileInput("a null byte in the name", "report\u0000.pdf", () -> ascii("<html></html>"), 400,
						"Invalid file name"),
				new HostileInput("no extension and no name", "", () -> junk(100), "unsupported format"));
	}

	private static byte[] onePage(String operators, long times) {
		byte[] content = RawPdf.deflated(operators, times);
		return skeleton(String.format(PAGE, "")).stream("/Filter /FlateDecode", content).bytes();
	}

	private static RawPdf skeleton(String page) {
		return new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
			.object(page)
			.object(FONT);
	}

	/** One ordinary page of text that is not an inspection document. */
	static RawPdf textPage() {
		return skeleton(String.format(PAGE, ""))
			.stream("", ascii("BT /F1 12 Tf 72 700 Td (A shopping list: eggs, flour, milk and tea.) Tj ET"));
	}

	private static byte[] nestedBomb() {
		byte[] once = RawPdf.deflated("BT /F1 1 Tf (x) Tj\n", (1L << 30) / 19);
		return skeleton(String.format(PAGE, ""))
			.stream("/Filter [/FlateDecode /FlateDecode]", RawPdf.deflated(once))
			.bytes();
	}

	private static byte[] manyStreams() {
		byte[] stream = RawPdf.deflated("0 0 m 1 1 l\n", 5_000_000);
		RawPdf pdf = new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
			.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 5 0 R 6 0 R 7 0 R 8 0 R 9 0 R] >>");
		for (int i = 0; i < 6; i++) {
			pdf.stream("/Filter /FlateDecode", stream);
		}
		return pdf.bytes();
	}

	private static byte[] formBomb() {
		String draws = "/X1 Do\n".repeat(10_000);
		return skeleton(String.format(PAGE, "/XObject << /X1 6 0 R >>"))
			.stream("", ascii(draws))
			.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 " + HELVETICA
					+ " >> >>", ascii("BT /F1 1 Tf " + "(x) Tj ".repeat(1_000) + "ET"))
			.bytes();
	}

	private static byte[] manyPagesOfText() {
		int pages = 60;
		RawPdf pdf = new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>");
		StringBuilder kids = new StringBuilder();
		for (int i = 0; i < pages; i++) {
			kids.append(4 + 2 * i).append(" 0 R ");
		}
		pdf.object("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>").object(FONT);
		byte[] content = RawPdf.deflated("BT /F1 1 Tf " + "(xxxxxxxxxx) Tj ".repeat(4_500) + "ET", 1);
		for (int i = 0; i < pages; i++) {
			pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
					+ "/Contents " + (5 + 2 * i) + " 0 R >>");
			pdf.stream("/Filter /FlateDecode", content);
		}
		return pdf.bytes();
	}

	private static byte[] hugeDeclaredCount() {
		return new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>")
			.object(String.format(PAGE, ""))
			.object(FONT)
			.stream("", ascii("BT /F1 12 Tf 72 700 Td (A page of a document that claims two billion.) Tj ET"))
			.bytes();
	}

	private static byte[] tenThousandPages() {
		int pages = 10_000;
		StringBuilder kids = new StringBuilder();
		for (int i = 0; i < pages; i++) {
			kids.append(3 + i).append(" 0 R ");
		}
		RawPdf pdf = new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
		for (int i = 0; i < pages; i++) {
			pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
		}
		return pdf.bytes();
	}

	private static byte[] deepPageTree() {
		int depth = 5_000;
		RawPdf pdf = new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>");
		for (int level = 0; level < depth; level++) {
			int self = 2 + level;
			String parent = level == 0 ? "" : " /Parent " + (self - 1) + " 0 R";
			pdf.object("<< /Type /Pages /Kids [" + (self + 1) + " 0 R] /Count 1" + parent + " >>");
		}
		int page = depth + 2;
		pdf.object("<< /Type /Page /Parent " + (page - 1) + " 0 R /MediaBox [0 0 612 792] /Contents " + (page + 1)
				+ " 0 R >>");
		return pdf.stream("", ascii("0 0 m 1 1 l S")).bytes();
	}

	private static byte[] pageTreeLoop() {
		return new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
			.object("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 /Parent 2 0 R >>")
			.bytes();
	}

	private static byte[] recursiveForm(String formContent) {
		return skeleton(String.format(PAGE, "/XObject << /X1 6 0 R >>"))
			.stream("", ascii("/X1 Do"))
			.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 6 0 R >> /Font << /F1 "
					+ HELVETICA + " >> >>", ascii(formContent))
			.bytes();
	}

	private static byte[] referenceLoop() {
		return new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("3 0 R")
			.object("2 0 R")
			.bytes();
	}

	private static byte[] deepNesting(String open, String close) {
		int depth = 100_000;
		String nested = open.repeat(depth) + close.repeat(depth);
		return skeleton(String.format(PAGE, "/Deep " + nested))
			.stream("", ascii("BT /F1 12 Tf 72 700 Td (Deeply nested resources.) Tj ET"))
			.bytes();
	}

	private static byte[] hugeToUnicode() {
		StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
				+ "/CMapName /Hostile def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
		for (int block = 0; block < 1_000; block++) {
			cmap.append("100 beginbfchar\n");
			for (int i = 0; i < 100; i++) {
				cmap.append('<').append(hex4((block * 100 + i) & 0xFFFF)).append("> <").append(hex4(0x41 + i % 26))
					.append(">\n");
			}
			cmap.append("endbfchar\n");
		}
		cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
		return new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
			.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
					+ "/Contents 5 0 R >>")
			.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>")
			.stream("", ascii("BT /F1 12 Tf 72 700 Td (A font with a very large map of characters.) Tj ET"))
			.stream("/Filter /FlateDecode", RawPdf.deflated(ascii(cmap.toString())))
			.bytes();
	}

	private static String hex4(int value) {
		String hex = Integer.toHexString(0x10000 | value).toUpperCase(java.util.Locale.ROOT);
		return hex.substring(1);
	}

	private static byte[] hugeFont() {
		return new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
			.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
					+ "/Contents 5 0 R >>")
			.object("<< /Type /Font /Subtype /TrueType /BaseFont /Hostile /FirstChar 32 /LastChar 32 /Widths [500] "
					+ "/FontDescriptor 6 0 R >>")
			.stream("", ascii("BT /F1 12 Tf 72 700 Td (A font of a hundred megabytes.) Tj ET"))
			.object("<< /Type /FontDescriptor /FontName /Hostile /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
					+ "/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>")
			.stream("/Filter /FlateDecode", RawPdf.deflated("\0\1\0\0", 1L << 28))
			.bytes();
	}

	private static byte[] truncated() {
		byte[] whole = textPage().bytes();
		return Arrays.copyOf(whole, whole.length / 2);
	}

	private static byte[] encrypted() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("A secret letter about an inspection.");
				content.endText();
			}
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] scan() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDImageXObject image = LosslessFactory.createFromImage(document, picture());
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, 72, 72, 468, 648);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.awt.image.BufferedImage picture() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 280,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, (x * 7 + y * 13) % 2 == 0 ? 0xFFFFFF : 0x202020);
			}
		}
		return image;
	}

	private static byte[] png() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			javax.imageio.ImageIO.write(picture(), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] zip() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(ascii("<w:document><w:body><w:p>Minutes of the meeting</w:p></w:body></w:document>"));
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] junkAfterHeader() {
		byte[] junk = junk(1 << 20);
		byte[] header = ascii("%PDF-1.7\n");
		System.arraycopy(header, 0, junk, 0, header.length);
		return junk;
	}

	private static byte[] junk(int size) {
		byte[] junk = new byte[size];
		new Random(42).nextBytes(junk);
		junk[0] = 0x01;
		return junk;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
