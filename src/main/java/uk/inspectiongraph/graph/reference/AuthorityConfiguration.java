package uk.inspectiongraph.graph.reference;

import uk.inspectiongraph.reading.gazetteer.Gazetteer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gazetteer as a bean, loaded once from {@code graph-seed/authorities.csv}. */
@Configuration(proxyBeanMethods = false)
class AuthorityConfiguration {

	@Bean
	Gazetteer gazetteer() {
		return Gazetteer.loadDefault();
	}
}
