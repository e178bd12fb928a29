package uk.inspectiongraph.graph.reference;

import uk.inspectiongraph.reading.taxonomy.Taxonomy;
import uk.inspectiongraph.reading.taxonomy.ThemeTagger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The theme taxonomy and its tagger as beans, loaded once from {@code graph-seed/themes.yml}. */
@Configuration(proxyBeanMethods = false)
class ThemeConfiguration {

	@Bean
	Taxonomy taxonomy() {
		return Taxonomy.loadDefault();
	}

	@Bean
	ThemeTagger themeTagger(Taxonomy taxonomy) {
		return new ThemeTagger(taxonomy);
	}
}
