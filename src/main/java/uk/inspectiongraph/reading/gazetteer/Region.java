package uk.inspectiongraph.reading.gazetteer;

import java.util.Arrays;

/** The nine English regions (the former government office regions) an authority lies in. */
public enum Region {

	NORTH_EAST("North East"), NORTH_WEST("North West"), YORKSHIRE_AND_THE_HUMBER("Yorkshire and The Humber"),
	EAST_MIDLANDS("East Midlands"), WEST_MIDLANDS("West Midlands"), EAST_OF_ENGLAND("East of England"),
	LONDON("London"), SOUTH_EAST("South East"), SOUTH_WEST("South West");

	private final String label;

	Region(String label) {
		this.label = label;
	}

	/** The region's name as written in {@code authorities.csv}. */
	public String label() {
		return label;
	}

	/** The region named {@code label} (case-insensitive). */
	public static Region fromLabel(String label) {
		return Arrays.stream(values())
			.filter(region -> region.label.equalsIgnoreCase(label.strip()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown region: " + label));
	}
}
