package uk.inspectiongraph.reading;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a document file into text: PDF through Apache PDFBox, plain text as UTF-8. Anything else
 * is refused with a reason a user can act on: bytes that are not a PDF behind a .pdf name (an HTML
 * error page saved as a PDF, say), an encrypted or corrupt PDF, an empty file, an unknown format,
 * and a document that would cost more to read than its {@link ReadingLimits} allow. Either way
 * the text's spacing is made plain ({@link UnicodeSpaces}) before anything reads it.
 */
public final class SourceReader {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final int MIN_TEXT_CHARACTERS = 20;

	private final ReadingLimits limits;

	/** A reader with the {@linkplain ReadingLimits#defaults() default limits}. */
	public SourceReader() {
		this(ReadingLimits.defaults());
	}

	/** A reader that refuses documents costing more than {@code limits}. */
	public SourceReader(ReadingLimits limits) {
		this.limits = limits;
	}

	/** Reads the file at {@code path}. */
	public SourceText read(Path path) throws IOException {
		return read(path.getFileName().toString(), load(path));
	}

	/** The bytes of the file at {@code path}; a file over the size limit is refused before it is loaded. */
	public byte[] load(Path path) throws IOException {
		long size = Files.size(path);
		if (size > limits.maxFileBytes()) {
			throw new ReadingLimitException("too large: the file has " + ReadingBudget.size(size) + ", over "
					+ ReadingBudget.size(limits.maxFileBytes()) + " (" + ReadingLimits.SETTINGS + "max-file-size)");
		}
		return Files.readAllBytes(path);
	}

	/** Reads a document given as bytes with its original file name. */
	public SourceText read(String fileName, byte[] bytes) {
		if (bytes.length == 0) {
			throw new ExtractionException("empty file: it has no bytes to read");
		}
		String hash = sha256(bytes);
		ReadingBudget budget = new ReadingBudget(limits);
		SourceText source = switch (formatOf(fileName, bytes)) {
			case PDF -> pdfText(fileName, hash, bytes, budget);
			case TEXT -> new SourceText(fileName, hash, plainText(bytes, budget));
		};
		if (source.text().strip().length() < MIN_TEXT_CHARACTERS) {
			throw new ExtractionException("no text: the document holds no readable text (a scanned image?)");
		}
		return source;
	}

	private enum Format {
		PDF, TEXT
	}

	private static Format formatOf(String fileName, byte[] bytes) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (Bytes.at(bytes, 0, PDF_MAGIC)) {
			return Format.PDF;
		}
		if (name.endsWith(".pdf")) {
			String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
				.toLowerCase(Locale.ROOT);
			String what = head.contains("<html") || head.contains("<!doctype") ? "an HTML page" : "other bytes";
			throw new ExtractionException("not a PDF: the file is named .pdf but holds " + what);
		}
		if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
			return Format.TEXT;
		}
		throw new ExtractionException("unsupported format: only PDF and plain text (.txt) documents can be read");
	}

	private SourceText pdfText(String fileName, String hash, byte[] bytes, ReadingBudget budget) {
		InflatedStreams.check(bytes, budget);
		MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.maxMemoryBytes());
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null, memory.streamCache)) {
			budget.checkPages(document.getNumberOfPages());
			PageTreeCheck.check(document.getPages().getCOSObject(), budget);
			BoundedText text = new BoundedText(budget);
			new BudgetedTextStripper(budget).writeText(document, text);
			return new SourceText(fileName, hash, UnicodeSpaces.plain(text.toString()), PdfCompleteness.of(document, bytes));
		}
		catch (InvalidPasswordException ex) {
			throw new ExtractionException("encrypted PDF: it needs a password to open", ex);
		}
		catch (IOException ex) {
			throw new ExtractionException("corrupt PDF: " + ex.getMessage(), ex);
		}
		catch (StackOverflowError ex) {
			// The last resort: PDFBox follows nested objects recursively; its parser stops at 500 levels
			// and the page tree is walked first, but a structure neither checks could still be too deep.
			throw new ExtractionException("corrupt PDF: its objects are nested too deeply to read");
		}
	}

	private static String plainText(byte[] bytes, ReadingBudget budget) {
		if (bytes.length > budget.limits().maxCharacters() * 4) {
			throw new ReadingLimitException(budget.tooManyCharacters());
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString()
				.replace("\r\n", "\n");
		}
		catch (CharacterCodingException ex) {
			throw new ExtractionException("not plain text: the file is not valid UTF-8", ex);
		}
		budget.spendCharacters(text.length());
		return UnicodeSpaces.plain(text);
	}


	/** The document's identity: the SHA-256 of its bytes, in hex. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}
}
