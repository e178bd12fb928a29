package uk.inspectiongraph.reading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Tells whether a PDF was read whole. PDFBox repairs a file cut short by scanning it for the
 * objects that survive, so a truncated report opens and yields the text of its first pages as if
 * that were all of it. The signs looked for: the last {@code startxref} of the file, followed by
 * {@code %%EOF}, pointing at a cross-reference section inside the file (bytes appended after the
 * end-of-file marker do not matter); as many pages found as the page tree declares; no page whose
 * content stream is referenced but missing.
 */
final class PdfCompleteness {

	private static final int TRAILER_REACH = 64;

	private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);

	private PdfCompleteness() {
	}

	static Completeness of(PDDocument document, byte[] bytes) {
		int pages = 0;
		int missingContent = 0;
		for (PDPage page : document.getPages()) {
			pages++;
			if (referencedButMissing(page.getCOSObject().getItem(COSName.CONTENTS))) {
				missingContent++;
			}
		}
		List<String> problems = new ArrayList<>();
		String trailer = trailerProblem(bytes);
		if (trailer != null) {
			problems.add(trailer);
		}
		if (document.getNumberOfPages() > pages) {
			problems.add("it declares " + document.getNumberOfPages() + " pages but " + pages + " could be read");
		}
		if (missingContent > 0) {
			problems.add(missingContent + " of its " + pages + " pages have lost their content");
		}
		return problems.isEmpty() ? Completeness.whole(pages)
				: Completeness.incomplete(pages, "incomplete PDF: " + String.join("; ", problems) + " (cut short?)");
	}

	private static boolean referencedButMissing(COSBase contents) {
		return contents instanceof COSObject reference && reference.getObject() == null;
	}

	/** Why the file's end is not a PDF's end, or null when its last trailer is sound. */
	static String trailerProblem(byte[] bytes) {
		int startxref = Bytes.lastIndexOf(bytes, STARTXREF);
		if (startxref < 0) {
			return "the file ends before its trailer and end-of-file marker";
		}
		String[] parts = window(bytes, startxref + STARTXREF.length).strip().split("\\s+", 2);
		if (parts.length < 2 || !parts[1].startsWith("%%EOF") || !parts[0].matches("\\d{1,12}")) {
			return "the file ends before its end-of-file marker";
		}
		long offset = Long.parseLong(parts[0]);
		if (offset >= bytes.length || !crossReferenceAt(window(bytes, (int) offset).stripLeading())) {
			return "its trailer points at a cross-reference table the file does not hold";
		}
		return null;
	}

	/** Whether a cross-reference table or stream object starts the text. */
	private static boolean crossReferenceAt(String head) {
		return head.startsWith("xref") || head.matches("(?s)\\d+\\s+\\d+\\s+obj.*");
	}

	private static String window(byte[] bytes, int from) {
		return new String(bytes, from, Math.min(TRAILER_REACH, bytes.length - from), StandardCharsets.ISO_8859_1);
	}
}
