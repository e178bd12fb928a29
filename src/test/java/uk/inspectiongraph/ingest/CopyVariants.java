package uk.inspectiongraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/**
 * One publication as five byte-different files, the way copies turn up: the file as published, the
 * same re-saved, re-encrypted with an owner password, padded with junk after its end, and cut short
 * to its first third. Built in the test with PDFBox from a PDF's bytes, or from a text rendered to a
 * PDF here.
 */
record CopyVariants(Map<String, byte[]> files) {

	static final String WHOLE = "whole.pdf";

	static final String RESAVED = "resaved.pdf";

	static final String ENCRYPTED = "encrypted.pdf";

	static final String PADDED = "padded.pdf";

	static final String TRUNCATED = "truncated.pdf";

	static final List<String> NAMES = List.of(WHOLE, RESAVED, ENCRYPTED, PADDED, TRUNCATED);

	static CopyVariants of(byte[] pdf) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put(WHOLE, pdf);
		files.put(RESAVED, resaved(pdf));
		files.put(ENCRYPTED, encrypted(pdf));
		files.put(PADDED, padded(pdf));
		files.put(TRUNCATED, Arrays.copyOf(pdf, pdf.length / 3));
		return new CopyVariants(files);
	}

	byte[] get(String name) {
		return files.get(name);
	}

	/** A text as a PDF of as many A4 pages as it needs, in Helvetica, saved without object streams. */
	static byte[] render(String text) {
		try (PDDocument document = new PDDocument()) {
			List<String> lines = text.lines().flatMap(line -> wrap(line, 95).stream()).toList();
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int first = 0; first < lines.size(); first += 60) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 9);
					content.setLeading(12);
					content.newLineAtOffset(50, 800);
					for (String line : lines.subList(first, Math.min(lines.size(), first + 60))) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
			return save(document, CompressParameters.NO_COMPRESSION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> wrap(String line, int width) {
		if (line.length() <= width) {
			return List.of(line);
		}
		int cut = line.lastIndexOf(' ', width);
		cut = cut <= 0 ? width : cut;
		return java.util.stream.Stream
			.concat(java.util.stream.Stream.of(line.substring(0, cut)), wrap(line.substring(cut).strip(), width).stream())
			.toList();
	}

	private static byte[] resaved(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			document.getDocumentInformation().setProducer("a re-saving tool");
			return save(document, CompressParameters.DEFAULT_COMPRESSION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Encrypted with an owner password only: it opens without one, but may not be changed or copied from. */
	private static byte[] encrypted(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			AccessPermission permissions = new AccessPermission();
			permissions.setCanModify(false);
			permissions.setCanExtractContent(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", permissions);
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			return save(document, CompressParameters.DEFAULT_COMPRESSION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] padded(byte[] pdf) {
		byte[] junk = new byte[4096];
		new Random(7).nextBytes(junk);
		byte[] padded = Arrays.copyOf(pdf, pdf.length + junk.length);
		System.arraycopy(junk, 0, padded, pdf.length, junk.length);
		return padded;
	}

	private static byte[] save(PDDocument document, CompressParameters compression) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out, compression);
		return out.toByteArray();
	}
}
