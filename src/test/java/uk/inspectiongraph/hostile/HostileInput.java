package uk.inspectiongraph.hostile;

import java.util.function.Supplier;

/**
 * One kind of hostile or broken input: the name it is uploaded under, how its bytes are made (on
 * first use, then kept), the HTTP status an upload of it gets and the reason it must be refused
 * with (a fragment of the refusal).
 */
public record HostileInput(String kind, String fileName, Supplier<byte[]> bytes, int status, String reason) {

	public HostileInput {
		bytes = memoized(bytes);
	}

	/** An input the reader refuses: 422 on upload. */
	public HostileInput(String kind, String fileName, Supplier<byte[]> bytes, String reason) {
		this(kind, fileName, bytes, 422, reason);
	}

	@Override
	public String toString() {
		return kind;
	}

	private static Supplier<byte[]> memoized(Supplier<byte[]> maker) {
		byte[][] made = new byte[1][];
		return () -> {
			synchronized (made) {
				if (made[0] == null) {
					made[0] = maker.get();
				}
				return made[0];
			}
		};
	}
}
