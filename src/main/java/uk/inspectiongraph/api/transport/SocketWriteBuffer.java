package uk.inspectiongraph.api.transport;


import org.apache.catalina.connector.Connector;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives Tomcat's connections a write buffer of {@code inspection-graph.http.write-buffer} instead
 * of its 8 KiB. With 8 KiB, an answer of a hundred kilobytes or more (recurringThemes is about
 * 160 KB on the dev corpus) reached the socket as a run of small writes, and in about one request
 * in fourteen on loopback its last 20 KB arrived 40-80 ms after the rest (the benchmark's
 * {@code --reads}, docs/benchmarks.md; a delayed TCP window update, as far as we can tell).
 * Written in one piece, the same answer arrives whole. The buffer is per open connection, on the heap.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(Connector.class)
class SocketWriteBuffer {

	static final String PROPERTY = "socket.appWriteBufSize";

	@Bean
	TomcatConnectorCustomizer largerSocketWriteBuffer(HttpProperties properties) {
		String size = String.valueOf(properties.writeBuffer().toBytes());
		return connector -> {
			if (!connector.setProperty(PROPERTY, size)) {
				throw new IllegalStateException("Tomcat did not accept " + PROPERTY + "=" + size
						+ ": check inspection-graph.http.write-buffer");
			}
		};
	}
}
