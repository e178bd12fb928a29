package uk.inspectiongraph.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * The bytes of the {@link HostileInputs}, generated (no file of them is kept): PDFs written byte
 * by byte with {@link RawPdf} where PDFBox would refuse to write them, or with PDFBox, and other
 * formats.
 */
final class HostilePdfs {

	private static final String HELVETICA = "4 0 R";

	private static final String PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
			+ "/Resources << /Font << /F1 " + HELVETICA + " >> %s >> /Contents 5 0 R >>";

	private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

	private HostilePdfs() {
	}

	static byte[] onePage(String operators, long times) {
		byte[] content = RawPdf.deflated(operators, times);
		return skeleton(String.format(PAGE, "")).stream("/Filter /FlateDecode", content).bytes();
	}

	static RawPdf skeleton(String page) {
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

	static byte[] nestedBomb() {
		byte[] once = RawPdf.deflated("BT /F1 1 Tf (x) Tj\n", (1L << 30) / 19);
		return skeleton(String.format(PAGE, ""))
			.stream("/Filter [/FlateDecode /FlateDecode]", RawPdf.deflated(once))
			.bytes();
	}

	static byte[] manyStreams() {
		byte[] stream = RawPdf.deflated("0 0 m 1 1 l\n", 5_000_000);
		RawPdf pdf = new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
			.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 5 0 R 6 0 R 7 0 R 8 0 R 9 0 R] >>");
		for (int i = 0; i < 6; i++) {
			pdf.stream("/Filter /FlateDecode", stream);
		}
		return pdf.bytes();
	}

	static byte[] formBomb() {
		String draws = "/X1 Do\n".repeat(10_000);
		return skeleton(String.format(PAGE, "/XObject << /X1 6 0 R >>"))
			.stream("", ascii(draws))
			.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 " + HELVETICA
					+ " >> >>", ascii("BT /F1 1 Tf " + "(x) Tj ".repeat(1_000) + "ET"))
			.bytes();
	}

	static byte[] manyPagesOfText() {
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

	static byte[] hugeDeclaredCount() {
		return new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>")
			.object(String.format(PAGE, ""))
			.object(FONT)
			.stream("", ascii("BT /F1 12 Tf 72 700 Td (A page of a document that claims two billion.) Tj ET"))
			.bytes();
	}

	static byte[] tenThousandPages() {
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

	static byte[] deepPageTree() {
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

	static byte[] pageTreeLoop() {
		return new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
			.object("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 /Parent 2 0 R >>")
			.bytes();
	}

	static byte[] recursiveForm(String formContent) {
		return skeleton(String.format(PAGE, "/XObject << /X1 6 0 R >>"))
			.stream("", ascii("/X1 Do"))
			.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 6 0 R >> /Font << /F1 "
					+ HELVETICA + " >> >>", ascii(formContent))
			.bytes();
	}

	static byte[] referenceLoop() {
		return new RawPdf().object("<< /Type /Catalog /Pages 2 0 R >>")
			.object("3 0 R")
			.object("2 0 R")
			.bytes();
	}

	static byte[] deepNesting(String open, String close) {
		int depth = 100_000;
		String nested = open.repeat(depth) + close.repeat(depth);
		return skeleton(String.format(PAGE, "/Deep " + nested))
			.stream("", ascii("BT /F1 12 Tf 72 700 Td (Deeply nested resources.) Tj ET"))
			.bytes();
	}

	static byte[] hugeToUnicode() {
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

	static String hex4(int value) {
		String hex = Integer.toHexString(0x10000 | value).toUpperCase(java.util.Locale.ROOT);
		return hex.substring(1);
	}

	static byte[] hugeFont() {
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

	static byte[] truncated() {
		byte[] whole = textPage().bytes();
		return Arrays.copyOf(whole, whole.length / 2);
	}

	static byte[] encrypted() {
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

	static byte[] scan() {
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

	static java.awt.image.BufferedImage picture() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 280,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, (x * 7 + y * 13) % 2 == 0 ? 0xFFFFFF : 0x202020);
			}
		}
		return image;
	}

	static byte[] png() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			javax.imageio.ImageIO.write(picture(), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] zip() {
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

	static byte[] junkAfterHeader() {
		byte[] junk = junk(1 << 20);
		byte[] header = ascii("%PDF-1.7\n");
		System.arraycopy(header, 0, junk, 0, header.length);
		return junk;
	}

	static byte[] junk(int size) {
		byte[] junk = new byte[size];
		new Random(42).nextBytes(junk);
		junk[0] = 0x01;
		return junk;
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
