package uk.inspectiongraph.reading.meaning;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;

/**
 * Runs a BERT-style encoder in ONNX Runtime and mean-pools its last hidden state, with as little
 * memory as the runtime allows. The session runs each text on the calling thread alone (one
 * intra-op thread, no spinning: a short question gains nothing from a second thread on a server
 * whose other core answers the database), allocates from the system rather than from an arena that
 * keeps its largest size for good, and plans no memory pattern (each text has its own length).
 * Inputs and the output live in direct buffers reused from one text to the next: ONNX Runtime
 * writes the hidden state into them, and the pooling reads it there, instead of copying it into
 * one Java array per token (most of the garbage a text made through the library's own path).
 */
final class OnnxEncoder {

	private final OrtEnvironment environment;

	private final OrtSession session;

	private final boolean tokenTypes;

	private final String output;

	private final int dimensions;

	private final int longestInput;

	private final ConcurrentLinkedDeque<Workspace> idle = new ConcurrentLinkedDeque<>();

	OnnxEncoder(byte[] model, int dimensions, int longestInput) throws OrtException {
		this.environment = OrtEnvironment.getEnvironment();
		try (SessionOptions options = options()) {
			this.session = environment.createSession(model, options);
		}
		this.tokenTypes = session.getInputNames().contains("token_type_ids");
		this.output = session.getOutputNames().iterator().next();
		this.dimensions = dimensions;
		this.longestInput = longestInput;
	}

	static SessionOptions options() throws OrtException {
		SessionOptions options = new SessionOptions();
		options.setIntraOpNumThreads(1);
		options.setInterOpNumThreads(1);
		options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
		options.addConfigEntry("session.intra_op.allow_spinning", "0");
		options.setCPUArenaAllocator(false);
		options.setMemoryPatternOptimization(false);
		return options;
	}

	/**
	 * The mean of the hidden states of the tokens {@code ids} (with their attention mask and token
	 * types), summed in token order then divided by their count, as langchain4j's encoder does.
	 */
	float[] meanPooled(long[] ids, long[] attentionMask, long[] typeIds) {
		if (ids.length > longestInput) {
			throw new IllegalArgumentException(ids.length + " tokens: the model reads " + longestInput + " at most");
		}
		Workspace workspace = idle.pollFirst();
		if (workspace == null) {
			workspace = new Workspace(longestInput, dimensions);
		}
		try {
			return run(workspace, ids, attentionMask, typeIds);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime failed to embed a text", ex);
		}
		finally {
			idle.offerFirst(workspace);
		}
	}

	private float[] run(Workspace workspace, long[] ids, long[] attentionMask, long[] typeIds) throws OrtException {
		int length = ids.length;
		long[] shape = { 1, length };
		try (OnnxTensor idTensor = tensor(workspace.ids, ids, shape);
				OnnxTensor maskTensor = tensor(workspace.mask, attentionMask, shape);
				OnnxTensor typeTensor = tensor(workspace.types, typeIds, shape);
				OnnxTensor hidden = OnnxTensor.createTensor(environment,
						workspace.hidden.clear().limit(length * dimensions).slice(), new long[] { 1, length, dimensions })) {
			Map<String, OnnxTensor> inputs = new HashMap<>();
			inputs.put("input_ids", idTensor);
			inputs.put("attention_mask", maskTensor);
			if (tokenTypes) {
				inputs.put("token_type_ids", typeTensor);
			}
			session.run(inputs, Map.of(output, hidden)).close();
			return mean(workspace.hidden, length);
		}
	}

	private OnnxTensor tensor(LongBuffer buffer, long[] values, long[] shape) throws OrtException {
		buffer.clear().put(values).flip();
		return OnnxTensor.createTensor(environment, buffer.slice(), shape);
	}

	private float[] mean(FloatBuffer hidden, int length) {
		float[] sum = new float[dimensions];
		for (int token = 0; token < length; token++) {
			int at = token * dimensions;
			for (int d = 0; d < dimensions; d++) {
				sum[d] += hidden.get(at + d);
			}
		}
		for (int d = 0; d < dimensions; d++) {
			sum[d] /= length;
		}
		return sum;
	}

	/** One caller's native buffers, sized for the longest input: about 0.8 MB for MiniLM. */
	private static final class Workspace {

		final LongBuffer ids;

		final LongBuffer mask;

		final LongBuffer types;

		final FloatBuffer hidden;

		Workspace(int longestInput, int dimensions) {
			this.ids = longs(longestInput);
			this.mask = longs(longestInput);
			this.types = longs(longestInput);
			this.hidden = ByteBuffer.allocateDirect(longestInput * dimensions * Float.BYTES)
				.order(ByteOrder.nativeOrder())
				.asFloatBuffer();
		}

		private static LongBuffer longs(int size) {
			return ByteBuffer.allocateDirect(size * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
		}
	}
}
