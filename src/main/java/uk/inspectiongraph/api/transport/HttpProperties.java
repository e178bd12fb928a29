package uk.inspectiongraph.api.transport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the web server writes answers to its sockets.
 *
 * @param writeBuffer how much of an answer the server gathers before it writes to the socket; an
 * answer up to this size leaves in one write (Tomcat's own default is 8 KiB). Each open connection
 * holds a buffer of this size on the heap.
 */
@ConfigurationProperties("inspection-graph.http")
public record HttpProperties(@DefaultValue("256KB") DataSize writeBuffer) {

	static final DataSize SMALLEST = DataSize.ofKilobytes(8);

	static final DataSize LARGEST = DataSize.ofMegabytes(4);

	public HttpProperties {
		if (writeBuffer.compareTo(SMALLEST) < 0 || writeBuffer.compareTo(LARGEST) > 0) {
			throw new IllegalArgumentException("inspection-graph.http.write-buffer must be between 8KB and 4MB (was "
					+ writeBuffer + "): 256KB sends answers of up to 256 KB in one write.");
		}
	}
}
