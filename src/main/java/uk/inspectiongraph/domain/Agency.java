package uk.inspectiongraph.domain;

/**
 * The kind of body a person named in a joint inspection letter works for: the letters are addressed
 * to every agency's leader in the area and signed by each inspectorate, and an analyst asks which
 * agencies were held to account.
 */
public enum Agency {
	LOCAL_AUTHORITY, POLICE, HEALTH, PROBATION, YOUTH_JUSTICE, SAFEGUARDING_PARTNERSHIP, INSPECTORATE, OTHER
}
