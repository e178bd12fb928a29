package uk.inspectiongraph.reading.gazetteer;

import java.util.Arrays;

/**
 * The kind of council, following the ONS code class: county councils (E10), unitary authorities
 * (E06), metropolitan districts (E08) and London boroughs (E09, which also holds the City of
 * London).
 */
public enum AuthorityType {

	COUNTY("county"), UNITARY("unitary"), METROPOLITAN_DISTRICT("metropolitan district"),
	LONDON_BOROUGH("London borough");

	private final String label;

	AuthorityType(String label) {
		this.label = label;
	}

	/** The wording used in {@code authorities.csv}. */
	public String label() {
		return label;
	}

	/** The type written as {@code label} in the gazetteer file. */
	public static AuthorityType fromLabel(String label) {
		return Arrays.stream(values())
			.filter(type -> type.label.equalsIgnoreCase(label.strip()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown authority type: " + label));
	}
}
