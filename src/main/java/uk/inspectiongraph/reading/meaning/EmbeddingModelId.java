package uk.inspectiongraph.reading.meaning;

/**
 * Which model made a vector: its name, the version of the artifact that ships it and the length
 * of its vectors. {@link #id()} is what each finding records beside its vector.
 *
 * @param name the model's name
 * @param version the version of the Maven artifact holding the model
 * @param dimensions how many floats a vector has
 */
public record EmbeddingModelId(String name, String version, int dimensions) {

	/** The model's name and version as one string, e.g. {@code all-MiniLM-L6-v2-q@1.19.0-beta29}. */
	public String id() {
		return name + "@" + version;
	}
}
