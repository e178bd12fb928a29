package uk.inspectiongraph.reading.taxonomy;

import java.util.List;

/**
 * One theme of the taxonomy: its slug (the stable identifier), display name, description, the
 * slug of its broader theme (null for a top-level group), and the analyst-written trigger phrases
 * that raise it and exclusion phrases that veto a trigger they overlap. A group theme has no
 * triggers: findings are tagged with its narrower themes only.
 */
public record Theme(String slug, String name, String description, String parent, List<String> triggers,
		List<String> exclusions) {

	public Theme {
		if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("Theme slug must be lower-case words joined by hyphens: " + slug);
		}
		triggers = List.copyOf(triggers);
		exclusions = List.copyOf(exclusions);
	}

	/** Whether this theme only groups narrower themes. */
	public boolean isGroup() {
		return triggers.isEmpty();
	}
}
