package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes text as a plain PDF with PDFBox: one page of the PDF per page of the text (a form feed
 * between them), further pages when a page holds more lines than fit, each line as it was, in
 * Helvetica, so that reading the PDF back gives the same lines in the same order. Characters the
 * font cannot encode are written as the nearest plain character, or left out.
 */
final class TextPdf {

	private static final float FONT_SIZE = 8;

	private static final float LEADING = 10;

	private static final float MARGIN = 40;

	/** One instance for every document: a standard font is not bound to a document. */
	private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	/** Whether the font encodes each character met so far. */
	private static final Map<String, Boolean> ENCODABLE = new ConcurrentHashMap<>();

	private TextPdf() {
	}

	static void write(List<String> pages, Path file) throws IOException {
		PDType1Font font = FONT;
		int linesPerPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
		try (PDDocument document = new PDDocument()) {
			for (String page : pages) {
				List<String> lines = page.lines().map(line -> encodable(font, line)).toList();
				for (int first = 0; first < Math.max(1, lines.size()); first += linesPerPage) {
					addPage(document, font, lines.subList(first, Math.min(lines.size(), first + linesPerPage)));
				}
			}
			document.save(file.toFile());
		}
	}

	private static void addPage(PDDocument document, PDType1Font font, List<String> lines) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.beginText();
			content.setFont(font, FONT_SIZE);
			content.setLeading(LEADING);
			content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
			for (String line : lines) {
				content.showText(line);
				content.newLine();
			}
			content.endText();
		}
	}

	/** The line with each character the font cannot encode replaced by a plain one, or dropped. */
	private static String encodable(PDType1Font font, String line) {
		StringBuilder out = new StringBuilder(line.length());
		line.codePoints().forEach(codePoint -> {
			String character = plain(codePoint);
			if (ENCODABLE.computeIfAbsent(character, c -> canEncode(font, c))) {
				out.append(character);
			}
		});
		return out.toString();
	}

	private static String plain(int codePoint) {
		return switch (codePoint) {
			case '\t', '\u00a0' -> " ";
			case '\u25a0', '\u25aa', '\u25cf', '\uf0b7', '\uf0a7' -> "\u2022";
			case '\ufb01' -> "fi";
			case '\ufb02' -> "fl";
			default -> Character.toString(codePoint);
		};
	}

	private static boolean canEncode(PDType1Font font, String text) {
		try {
			font.encode(text);
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}
}
