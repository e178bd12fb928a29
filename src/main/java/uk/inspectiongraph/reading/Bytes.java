package uk.inspectiongraph.reading;

/**
 * Searches in a file's raw bytes, for the checks that run before (or beside) PDFBox: the format's
 * magic number, the {@code stream} keywords of {@link InflatedStreams}, the trailer of
 * {@link PdfCompleteness}.
 */
final class Bytes {

	private Bytes() {
	}

	/** Whether {@code needle} stands at {@code at} in {@code bytes}. */
	static boolean at(byte[] bytes, int at, byte[] needle) {
		if (at < 0 || at > bytes.length - needle.length) {
			return false;
		}
		for (int k = 0; k < needle.length; k++) {
			if (bytes[at + k] != needle[k]) {
				return false;
			}
		}
		return true;
	}

	/** Where {@code needle} first stands at or after {@code from}, or -1. */
	static int indexOf(byte[] bytes, byte[] needle, int from) {
		for (int i = Math.max(from, 0); i <= bytes.length - needle.length; i++) {
			if (at(bytes, i, needle)) {
				return i;
			}
		}
		return -1;
	}

	/** Where {@code needle} last stands, or -1. */
	static int lastIndexOf(byte[] bytes, byte[] needle) {
		for (int i = bytes.length - needle.length; i >= 0; i--) {
			if (at(bytes, i, needle)) {
				return i;
			}
		}
		return -1;
	}
}
