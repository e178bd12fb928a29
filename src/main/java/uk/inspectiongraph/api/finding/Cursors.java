package uk.inspectiongraph.api.finding;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import uk.inspectiongraph.api.protection.InvalidArgumentException;

/**
 * Opaque Relay cursors: the position of an item in the query's stable order, base64-encoded.
 * Clients pass them back as {@code after}; anything else is a {@code BAD_REQUEST}.
 */
final class Cursors {

	private static final String PREFIX = "finding:";

	private Cursors() {
	}

	static String of(int position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	/** The number of items before the page that starts after {@code cursor} (0 without one). */
	static int offsetAfter(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(PREFIX)) {
				return Math.addExact(Integer.parseInt(decoded.substring(PREFIX.length())), 1);
			}
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			// reported below
		}
		throw new InvalidArgumentException("after '" + cursor + "' is not a cursor of this connection: pass the "
				+ "endCursor of the previous page, or leave after out for the first page.");
	}
}
