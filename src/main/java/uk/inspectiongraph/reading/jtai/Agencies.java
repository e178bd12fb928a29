package uk.inspectiongraph.reading.jtai;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.Agency;

/**
 * Tells which kind of agency an addressee of a joint letter answers for from their title and
 * organisation as written. The narrower services are tried first (a youth offending team or a
 * probation service before the council that may host it; a health body's "independent chair"
 * before a safeguarding partnership's), the council last.
 */
final class Agencies {

	private static final Map<Agency, Pattern> WORDS = new LinkedHashMap<>();

	static {
		WORDS.put(Agency.YOUTH_JUSTICE, words("Youth\\s+Offending|Youth\\s+Justice|\\bYOT\\b|Targeted\\s+Youth"
				+ "|Youth\\s+and\\s+Community"));
		WORDS.put(Agency.PROBATION, words("Probation|Community\\s+Rehabilitation|\\bCRC\\b|Community\\s+Payback"
				+ "|\\bNPS\\b"));
		WORDS.put(Agency.POLICE, words("Police|Constab|Crime\\s+Commissioner|Policing|Borough\\s+Commander"
				+ "|Superintendent|Public\\s+Protection|\\bBCU\\b"));
		WORDS.put(Agency.HEALTH, words("\\bNHS\\b|\\bCCGs?\\b|\\bICB\\b|Clinical\\s+Commissioning|Integrated\\s+Care"
				+ "|Health|Nurs|Hospital|\\bTrust\\b|Foundation|Medical|Integrated\\s+Commissioning|Place\\s+Director"
				+ "|Designated\\s+Doctor|\\bPHT\\b"));
		WORDS.put(Agency.SAFEGUARDING_PARTNERSHIP, words("Safeguarding|\\bLSCB\\b|\\bLSCP\\b|Scrutineer|Independent"
				+ "|Chair\\b"));
		WORDS.put(Agency.OTHER, words("CAFCASS"));
		WORDS.put(Agency.LOCAL_AUTHORITY, words("Children|Council|Director|Chief\\s+Executive|local\\s+authority"
				+ "|People|Families|Education"));
	}

	private Agencies() {
	}

	/** The agency {@code description} (a title with its organisation) answers for; OTHER when none is named. */
	static Agency of(String description) {
		String flat = description.replace('’', '\'');
		for (Map.Entry<Agency, Pattern> entry : WORDS.entrySet()) {
			if (entry.getValue().matcher(flat).find()) {
				return entry.getKey();
			}
		}
		return Agency.OTHER;
	}

	private static Pattern words(String regex) {
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
	}
}
