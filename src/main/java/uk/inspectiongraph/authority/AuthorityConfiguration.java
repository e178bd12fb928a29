package uk.inspectiongraph.authority;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gazetteer as a bean, loaded once from {@code graph-seed/}. */
@Configuration(proxyBeanMethods = false)
class AuthorityConfiguration {

	@Bean
	Gazetteer gazetteer() {
		return new Gazetteer();
	}
}
