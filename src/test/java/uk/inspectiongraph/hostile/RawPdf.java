package uk.inspectiongraph.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A PDF written byte by byte, for documents PDFBox would refuse to write: objects numbered from 1
 * in the order added, a cross-reference table with their true offsets (unless told to lie), and a
 * trailer whose root is object 1.
 */
final class RawPdf {

	private final List<byte[]> objects = new ArrayList<>();

	/** Adds an object written as {@code body} (without "n 0 obj"); returns its number. */
	RawPdf object(String body) {
		objects.add(body.getBytes(StandardCharsets.ISO_8859_1));
		return this;
	}

	/** Adds a stream object: its dictionary entries besides /Length, and its data as stored. */
	RawPdf stream(String dictionaryEntries, byte[] data) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "<< " + dictionaryEntries + " /Length " + data.length + " >>\nstream\n";
		body.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
		body.writeBytes(data);
		body.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
		objects.add(body.toByteArray());
		return this;
	}

	/** The PDF with a true cross-reference table. */
	byte[] bytes() {
		return bytes(0);
	}

	/** The PDF with every cross-reference offset moved by {@code lie} bytes (0: the truth). */
	byte[] bytes(int lie) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n");
			out.writeBytes(objects.get(i));
			write(out, "\nendobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (int offset : offsets) {
			table.append(String.format("%010d 00000 n \n", offset + lie));
		}
		table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref + lie).append("\n%%EOF\n");
		write(out, table.toString());
		return out.toByteArray();
	}

	/** {@code text} repeated {@code times}, deflated as a FlateDecode stream stores it. */
	static byte[] deflated(String text, long times) {
		byte[] unit = text.getBytes(StandardCharsets.ISO_8859_1);
		byte[] block = new byte[Math.max(unit.length, 1 << 16) / unit.length * unit.length];
		for (int i = 0; i < block.length; i += unit.length) {
			System.arraycopy(unit, 0, block, i, unit.length);
		}
		long total = unit.length * times;
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1 << 16];
		for (long written = 0; written < total; written += block.length) {
			deflater.setInput(block, 0, (int) Math.min(block.length, total - written));
			drain(deflater, buffer, out);
		}
		deflater.finish();
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	/** Bytes deflated as a FlateDecode stream stores them. */
	static byte[] deflated(byte[] data) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
		deflater.setInput(data);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1 << 16];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
		while (!deflater.needsInput()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}
}
