package uk.inspectiongraph.graph.write;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import uk.inspectiongraph.reading.AreaSendFacts;

/**
 * The parameter row of an area SEND event's outcome and partnership, for
 * {@link AreaSendWriteQueries}. A health body is keyed by its name with the words reports vary on
 * left out ("NHS", "the", "ICB" for "Integrated Care Board"), so that "NHS Devon ICB" and "Devon
 * Integrated Care Board" are one node.
 */
final class AreaSendRows {

	private AreaSendRows() {
	}

	static Map<String, Object> row(String hash, String eventKey, AreaSendFacts facts) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", hash + ":" + eventKey);
		row.put("eventKey", eventKey);
		AreaSendFacts.Outcome outcome = facts.outcome();
		row.put("outcome", outcome == null ? null : outcome.value().name());
		row.put("score", outcome == null ? null : outcome.value().score());
		row.put("monitoring", outcome == null ? null : outcome.value().monitoring());
		row.put("wording", outcome == null ? null : outcome.wording());
		row.put("outcomeStart", outcome == null ? null : outcome.span().start());
		row.put("outcomeEnd", outcome == null ? null : outcome.span().end());
		AreaSendFacts.Partnership partnership = facts.partnership();
		row.put("council", partnership == null ? null : partnership.council());
		row.put("healthBody", partnership == null ? null : partnership.healthBody());
		row.put("healthBodyKey", partnership == null ? null : healthBodyKey(partnership.healthBody()));
		row.put("partnershipStart", partnership == null ? null : partnership.span().start());
		row.put("partnershipEnd", partnership == null ? null : partnership.span().end());
		return row;
	}

	/** The key of a health body's name, or null for none. */
	static String healthBodyKey(String name) {
		if (name == null) {
			return null;
		}
		String key = name.toLowerCase(Locale.ROOT)
			.replace("&", "and")
			.replaceAll("\\bintegrated care board\\b", "icb")
			.replaceAll("\\bclinical commissioning group\\b", "ccg")
			.replaceAll("^(?:the\\s+)?(?:nhs\\s+)?", "")
			.replaceAll("[^a-z0-9]+", " ");
		return key.strip();
	}
}
