package uk.inspectiongraph.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.inspectiongraph.reading.gazetteer.Gazetteer;
import uk.inspectiongraph.reading.DocumentExtractor;
import uk.inspectiongraph.reading.taxonomy.ThemeTagger;

/** The extractor as a bean: the gazetteer and theme tagger it resolves and tags with. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	@Bean
	DocumentExtractor documentExtractor(Gazetteer gazetteer, ThemeTagger themeTagger) {
		return new DocumentExtractor(gazetteer, themeTagger);
	}
}
