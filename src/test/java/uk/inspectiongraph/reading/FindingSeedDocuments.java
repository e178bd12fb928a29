package uk.inspectiongraph.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the seed documents the project ships in {@code graph-seed/documents} from the classpath. */
public final class FindingSeedDocuments {

	private FindingSeedDocuments() {
	}

	public static String read(String name) {
		String resource = "graph-seed/documents/" + name;
		try (InputStream in = FindingSeedDocuments.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("seed document missing from the classpath: " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
