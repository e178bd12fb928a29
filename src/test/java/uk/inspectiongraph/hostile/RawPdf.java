package uk.inspectiongraph.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Adler32;
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

	/**
	 * {@code text} repeated {@code times}, deflated as a FlateDecode stream stores it (zlib), made
	 * fast however large: a block of the repeated text is compressed once with a full flush (so it
	 * refers to nothing before it) and its compressed bytes are repeated, then the rest and the
	 * checksum of the whole are added.
	 */
	static byte[] deflated(String text, long times) {
		byte[] unit = text.getBytes(StandardCharsets.ISO_8859_1);
		byte[] block = new byte[Math.max(unit.length, 1 << 16) / unit.length * unit.length];
		for (int i = 0; i < block.length; i += unit.length) {
			System.arraycopy(unit, 0, block, i, unit.length);
		}
		long total = unit.length * times;
		long blocks = total / block.length;
		int rest = (int) (total % block.length);
		byte[] segment = rawDeflate(block, block.length, false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0x78);
		out.write(0xDA);
		for (long i = 0; i < blocks; i++) {
			out.writeBytes(segment);
		}
		out.writeBytes(rawDeflate(block, rest, true));
		long sum = combine(repeated(adler32(block, block.length), block.length, blocks), adler32(block, rest), rest);
		out.writeBytes(new byte[] { (byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum });
		return out.toByteArray();
	}

	private static long adler32(byte[] data, int length) {
		Adler32 checksum = new Adler32();
		checksum.update(data, 0, length);
		return checksum.getValue();
	}

	/** The Adler-32 of {@code times} copies of data of {@code length} bytes whose Adler-32 is {@code once}. */
	private static long repeated(long once, long length, long times) {
		long result = 1;
		long power = once;
		long powerLength = length;
		for (long left = times; left > 0; left >>= 1) {
			if ((left & 1) == 1) {
				result = combine(result, power, powerLength);
			}
			power = combine(power, power, powerLength);
			powerLength *= 2;
		}
		return result;
	}

	/** The Adler-32 of A followed by B, from theirs and B's length (as zlib's adler32_combine). */
	private static long combine(long first, long second, long secondLength) {
		final long base = 65521;
		long remainder = secondLength % base;
		long sum1 = first & 0xFFFF;
		long sum2 = (remainder * sum1) % base;
		sum1 += (second & 0xFFFF) + base - 1;
		sum2 += ((first >>> 16) & 0xFFFF) + ((second >>> 16) & 0xFFFF) + base - remainder;
		sum1 %= base;
		sum2 %= base;
		return sum1 | (sum2 << 16);
	}

	private static byte[] rawDeflate(byte[] data, int length, boolean last) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(data, 0, length);
		if (last) {
			deflater.finish();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1 << 16];
		int count;
		do {
			count = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
			out.write(buffer, 0, count);
		}
		while (last ? !deflater.finished() : count == buffer.length);
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

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}
}
