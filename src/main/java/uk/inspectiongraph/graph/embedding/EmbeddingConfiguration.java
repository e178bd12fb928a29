package uk.inspectiongraph.graph.embedding;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.inspectiongraph.reading.meaning.MiniLmEmbedder;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

/**
 * The embedding model, one per application: the findings' backfill and the API's questions share
 * it. It is loaded and warmed in the background ({@link BackgroundLoadedEmbedder}), off the start's
 * path, so that ONNX Runtime's first, slow inference is paid neither by the ready line nor by the
 * first question within its time budget.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddingProperties.class)
class EmbeddingConfiguration {

	@Bean
	TextEmbedder textEmbedder() {
		return new BackgroundLoadedEmbedder(MiniLmEmbedder.MODEL, MiniLmEmbedder::new);
	}
}
