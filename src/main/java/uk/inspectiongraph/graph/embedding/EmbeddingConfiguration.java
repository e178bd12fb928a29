package uk.inspectiongraph.graph.embedding;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Configuration;

import uk.inspectiongraph.reading.meaning.MiniLmEmbedder;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

/**
 * The embedding model, one per application: the findings' backfill and the API's questions share
 * it. It is loaded and warmed in the background ({@link BackgroundLoadedEmbedder}) from the
 * moment the application is ready, so that loading ONNX Runtime takes no CPU from the start and
 * its first, slow inference is not paid by the first question.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddingProperties.class)
class EmbeddingConfiguration {

	@Bean
	BackgroundLoadedEmbedder textEmbedder() {
		return new BackgroundLoadedEmbedder(MiniLmEmbedder.MODEL, MiniLmEmbedder::load);
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadModelOnceReady(ApplicationReadyEvent ready) {
		ready.getApplicationContext().getBean(BackgroundLoadedEmbedder.class).startLoading();
	}
}
