import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step (run by {@code ./mvnw package} as a single-file program, before the class data sharing
 * training start): rewrites every signed jar of the extracted application's {@code lib} folder
 * without its signature. The JVM archives no class of a signed jar and checks the digest of each
 * class it loads from one; Neo4j loads hundreds of classes from the signed Eclipse Collections
 * jars at every start. The classes are the same bytes; only the signature and the manifest's
 * per-entry digests are left out.
 *
 * Usage: java src/build/UnsignJars.java target/app/lib
 */
public class UnsignJars {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		List<Path> jars;
		try (Stream<Path> files = Files.list(folder)) {
			jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
		}
		for (Path jar : jars) {
			if (isSigned(jar)) {
				unsign(jar);
				System.out.println("Unsigned " + jar.getFileName());
			}
		}
	}

	private static boolean isSigned(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile(), false)) {
			return file.stream().anyMatch(entry -> SIGNATURE.matcher(entry.getName()).matches());
		}
	}

	private static void unsign(Path jar) throws IOException {
		Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (JarFile in = new JarFile(jar.toFile(), false);
				JarOutputStream out = new JarOutputStream(Files.newOutputStream(unsigned), mainAttributesOnly(in))) {
			for (JarEntry entry : in.stream().toList()) {
				if (!SIGNATURE.matcher(entry.getName()).matches() && !entry.getName().equals(JarFile.MANIFEST_NAME)) {
					copy(in, entry, out);
				}
			}
		}
		Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING);
	}

	private static Manifest mainAttributesOnly(JarFile jar) throws IOException {
		Manifest manifest = new Manifest();
		if (jar.getManifest() != null) {
			manifest.getMainAttributes().putAll(jar.getManifest().getMainAttributes());
		}
		return manifest;
	}

	private static void copy(JarFile in, JarEntry entry, JarOutputStream out) throws IOException {
		out.putNextEntry(new JarEntry(entry.getName()));
		try (InputStream bytes = in.getInputStream(entry)) {
			bytes.transferTo(out);
		}
		out.closeEntry();
	}
}
