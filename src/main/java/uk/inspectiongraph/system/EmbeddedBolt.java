package uk.inspectiongraph.system;

/** Where the embedded database's Bolt connector actually listens (the port may have been picked at start). */
public record EmbeddedBolt(String host, int port) {

	public String uri() {
		return "bolt://" + host + ":" + port;
	}
}
