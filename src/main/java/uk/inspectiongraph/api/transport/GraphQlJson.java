package uk.inspectiongraph.api.transport;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a GraphQL answer (the specification's map of {@code data}, {@code errors} and
 * {@code extensions}) as JSON through Jackson's streaming generator, straight to the response. An answer is made of
 * maps, lists, strings, numbers, booleans and nulls, which are written directly; anything else
 * goes to the application's {@link JsonMapper}. This skips the serializer look-up that Jackson's
 * general map serializer makes for every value it meets; the bytes are the same. Writing JSON is
 * still about a quarter of the request thread's time on large answers (docs/benchmarks.md).
 */
final class GraphQlJson {

	private final JsonMapper json;

	GraphQlJson(JsonMapper json) {
		this.json = json.rebuild().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
	}

	/** Writes the answer as UTF-8 JSON to the stream, which stays open. */
	void write(Map<String, Object> answer, OutputStream out) {
		try (JsonGenerator generator = json.createGenerator(out)) {
			value(generator, answer);
		}
	}

	private static void value(JsonGenerator generator, Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof Map<?, ?> map) {
			object(generator, map);
		}
		else if (value instanceof List<?> list) {
			array(generator, list);
		}
		else {
			scalar(generator, value);
		}
	}

	private static void object(JsonGenerator generator, Map<?, ?> map) {
		generator.writeStartObject();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			generator.writeName(String.valueOf(entry.getKey()));
			value(generator, entry.getValue());
		}
		generator.writeEndObject();
	}

	private static void array(JsonGenerator generator, List<?> list) {
		generator.writeStartArray();
		for (Object item : list) {
			value(generator, item);
		}
		generator.writeEndArray();
	}

	private static void scalar(JsonGenerator generator, Object value) {
		if (value instanceof Integer number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Boolean flag) {
			generator.writeBoolean(flag);
		}
		else {
			generator.writePOJO(value);
		}
	}
}
