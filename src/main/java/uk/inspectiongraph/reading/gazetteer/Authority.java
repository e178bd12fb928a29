package uk.inspectiongraph.reading.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An English local authority with children's services duties, as the gazetteer holds it: its ONS
 * code, the council's official name, the short name Ofsted uses, its kind and region, its Ofsted
 * URN when known, the days it existed (both ends inclusive, {@code null} when open), the other
 * names documents give it, the authorities that replaced it and the ONS codes it carried before.
 */
public record Authority(String code, String name, String shortName, AuthorityType type, Region region, String urn,
		LocalDate validFrom, LocalDate validTo, List<String> aliases, List<String> successorCodes,
		List<String> formerCodes) {

	public Authority {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(shortName, "shortName");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(region, "region");
		aliases = List.copyOf(aliases);
		successorCodes = List.copyOf(successorCodes);
		formerCodes = List.copyOf(formerCodes);
	}

	/** Whether the authority existed on {@code date}. */
	public boolean validOn(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}

	/** Whether the authority still exists (it has no end date). */
	public boolean isCurrent() {
		return validTo == null;
	}

	/** Every name the authority goes by: official name, short name, then aliases. */
	public List<String> names() {
		List<String> names = new ArrayList<>();
		names.add(name);
		names.add(shortName);
		names.addAll(aliases);
		return names;
	}
}
