package uk.inspectiongraph.graph.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 digest of reference rows (maps, lists and plain values) that depends on their content
 * only: the rows are a set (each is merged on its own key), and maps are read in key order, so
 * neither the order a source hands its rows in nor the random iteration order of {@code Map.of}
 * changes it from one start to the next. Lists inside a row keep their order.
 */
final class ReferenceFingerprint {

	private ReferenceFingerprint() {
	}

	/** The digest of the given rows, as 64 hexadecimal digits. */
	static String of(List<?> rows) {
		List<String> sorted = rows.stream().map(row -> String.valueOf(canonical(row))).sorted().toList();
		try {
			byte[] text = String.join("\n", sorted).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

	private static Object canonical(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((key, entry) -> sorted.put(String.valueOf(key), canonical(entry)));
			return sorted;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(ReferenceFingerprint::canonical).toList();
		}
		return value;
	}
}
