package uk.inspectiongraph.api.cypher;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * Reading Neo4j values into the API's records: dates as ISO strings, absent values as null,
 * lists as string lists.
 */
public final class Rows {

	private Rows() {
	}

	/** A Date value as yyyy-MM-dd, or null. */
	public static String date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate().toString();
	}

	/**
	 * A date as precisely as it is known: {@code yyyy-mm-dd}, or {@code yyyy-mm} when its precision
	 * is MONTH.
	 */
	public static String date(Value value, Value precision) {
		String date = date(value);
		return date != null && "MONTH".equals(text(precision)) ? date.substring(0, 7) : date;
	}

	/** A string, or null. */
	public static String text(Value value) {
		return value == null || value.isNull() ? null : value.asString();
	}

	/** An integer, or null. */
	public static Integer integer(Value value) {
		return value == null || value.isNull() ? null : value.asInt();
	}

	/** A list of strings, empty when absent. */
	public static List<String> texts(Value value) {
		return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
	}
}
