package uk.inspectiongraph.ingest;

/**
 * Who offered a document, and through which door: what the ingest history records beside the
 * outcome.
 *
 * @param door UPLOAD (the dashboard or {@code POST /api/documents}), GRAPHQL (the mutation) or COMMAND
 * @param by the editor's user name, or for the command the operating system's user
 */
public record Requester(Door door, String by) {

	/** The ways in that are recorded; the demo seed is not. */
	public enum Door {
		UPLOAD, GRAPHQL, COMMAND
	}

	/** The {@code ingest} command, run by this process's user. */
	static Requester command() {
		return new Requester(Door.COMMAND, System.getProperty("user.name", "unknown"));
	}
}
