package uk.inspectiongraph.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the web server writes answers to its sockets.
 *
 * @param writeBuffer how much of an answer the server gathers before it writes to the socket; an
 * answer up to this size leaves in one write (Tomcat's own default is 8 KiB)
 */
@ConfigurationProperties("inspection-graph.http")
public record HttpProperties(@DefaultValue("256KB") DataSize writeBuffer) {
}
