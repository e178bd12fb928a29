package uk.inspectiongraph.system;

import uk.inspectiongraph.web.NeoBrowserConfiguration;
import uk.inspectiongraph.graph.embedded.EmbeddedBolt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started the app where everything is, once it is ready to serve: the
 * dashboard, GraphQL, GraphiQL, Neo4j Browser (pre-pointed at the embedded Bolt port), Bolt, and
 * where to find Bolt's password (never the password itself). It speaks first among the listeners
 * of the ready event: the others start background work (seeding, the findings' vectors, the
 * embedding model, the query warm-up) that must not delay the line saying the app is ready.
 */
@Component
class StartupUrls {

	private static final Logger log = LoggerFactory.getLogger(StartupUrls.class);

	private final ObjectProvider<EmbeddedBolt> embeddedBolt;

	StartupUrls(ObjectProvider<EmbeddedBolt> embeddedBolt) {
		this.embeddedBolt = embeddedBolt;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void announce(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		String base = "http://localhost:" + web.getWebServer().getPort();
		StringBuilder message = new StringBuilder("\n\nInspection Graph is ready\n");
		urls(base, Optional.ofNullable(embeddedBolt.getIfAvailable()))
			.forEach((name, url) -> message.append("  %-14s %s%n".formatted(name, url)));
		log.info(message.toString());
	}

	static Map<String, String> urls(String base, Optional<EmbeddedBolt> bolt) {
		Map<String, String> urls = new LinkedHashMap<>();
		urls.put("Dashboard", base + "/");
		urls.put("GraphQL", base + "/graphql");
		urls.put("GraphiQL", base + "/graphiql");
		bolt.ifPresent(b -> {
			urls.put("Neo4j Browser", base + "/browser/?" + NeoBrowserConfiguration.connectQuery(b));
			urls.put("Bolt", b.uri());
			urls.put("Bolt login", "user " + b.login().username() + ", password in " + b.login().source());
		});
		return urls;
	}
}
