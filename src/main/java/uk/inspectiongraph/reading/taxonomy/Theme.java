package uk.inspectiongraph.reading.taxonomy;

import java.util.List;

/**
 * One theme of the taxonomy: its slug (the stable identifier), display name, description, the
 * slug of its broader theme (null for a top-level group), and the analyst-written trigger phrases
 * that raise it and exclusion phrases that veto a trigger they overlap. Role phrases name the
 * people of a theme ("senior leaders", "team managers"): they raise it only where the finding is
 * about those people, not where it names them as the ones to act or to be told (see
 * {@link RoleMention}). Weak phrases ("referrals", "timely", "plans") are words inspectors also
 * use in passing: they raise the theme only in the opening words of a finding, where its subject
 * is named (see {@link FindingOpening}). A group theme has no triggers: findings are tagged with
 * its narrower themes only.
 */
public record Theme(String slug, String name, String description, String parent, List<String> triggers,
		List<String> exclusions, List<String> roles, List<String> weak) {

	public Theme {
		if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("Theme slug must be lower-case words joined by hyphens: " + slug);
		}
		triggers = List.copyOf(triggers);
		exclusions = List.copyOf(exclusions);
		roles = List.copyOf(roles);
		weak = List.copyOf(weak);
	}

	/** A theme without role or weak phrases. */
	public Theme(String slug, String name, String description, String parent, List<String> triggers,
			List<String> exclusions) {
		this(slug, name, description, parent, triggers, exclusions, List.of(), List.of());
	}

	/** Whether this theme only groups narrower themes. */
	public boolean isGroup() {
		return triggers.isEmpty() && weak.isEmpty();
	}
}
