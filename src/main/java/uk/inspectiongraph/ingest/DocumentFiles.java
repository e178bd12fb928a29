package uk.inspectiongraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the files and directories a user names into the document files to read: directories
 * are walked recursively in name order, hidden files skipped; every other file is kept, so that
 * a file of an unsupported format is reported rather than silently passed over.
 */
public final class DocumentFiles {

	private DocumentFiles() {
	}

	public static List<Path> expand(List<Path> arguments) {
		List<Path> files = new ArrayList<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				files.addAll(walk(argument));
			}
			else {
				files.add(argument);
			}
		}
		return files;
	}

	private static List<Path> walk(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile)
				.filter(path -> !path.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the documents in " + directory, ex);
		}
	}
}
