package uk.inspectiongraph.theme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The theme taxonomy and tagger as beans, loaded once from {@code graph-seed/}. */
@Configuration(proxyBeanMethods = false)
class ThemeConfiguration {

	@Bean
	ThemeTagger themeTagger() {
		return new ThemeTagger();
	}
}
