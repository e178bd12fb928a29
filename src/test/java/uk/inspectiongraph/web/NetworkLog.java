package uk.inspectiongraph.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.logging.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network requests a Chromium page made, read from chromedriver's performance log (DevTools
 * network events): ordinary requests and WebSocket connections such as Neo4j Browser's Bolt
 * connection. Requests the browser itself blocked (by the page's Content Security Policy, say) are
 * told apart, since they never reached the network. Browser-internal pages ({@code chrome:},
 * {@code data:}, {@code about:}) are not network requests and are left out.
 */
final class NetworkLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss");

	private final Map<String, String> urlsByRequest = new LinkedHashMap<>();

	private final Set<String> blockedRequests = new HashSet<>();

	void read(Iterable<LogEntry> performanceEntries) {
		for (LogEntry entry : performanceEntries) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			JsonNode params = message.path("params");
			String requestId = params.path("requestId").asString("");
			switch (message.path("method").asString("")) {
				case "Network.requestWillBeSent" -> record(requestId, params.path("request").path("url").asString(""));
				case "Network.webSocketCreated" -> record(requestId, params.path("url").asString(""));
				case "Network.loadingFailed" -> {
					if (params.hasNonNull("blockedReason")) {
						blockedRequests.add(requestId);
					}
				}
				default -> {
				}
			}
		}
	}

	/** The URLs of the requests that went out to the network. */
	List<String> sent() {
		return urlsByRequest.entrySet().stream().filter(e -> !blockedRequests.contains(e.getKey())).map(Map.Entry::getValue).toList();
	}

	/** The URLs of the requests the browser blocked before they reached the network. */
	List<String> blocked() {
		return urlsByRequest.entrySet().stream().filter(e -> blockedRequests.contains(e.getKey())).map(Map.Entry::getValue).toList();
	}

	private void record(String requestId, String url) {
		int colon = url.indexOf(':');
		if (colon > 0 && NETWORK_SCHEMES.contains(url.substring(0, colon))) {
			urlsByRequest.putIfAbsent(requestId, url);
		}
	}
}
