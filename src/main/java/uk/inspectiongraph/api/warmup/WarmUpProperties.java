package uk.inspectiongraph.api.warmup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app warms its query paths once it is ready ({@link QueryPathWarmUp}).
 *
 * @param requests how many GraphQL requests the warm-up sends to the app itself; {@code 0} turns it off
 * @param limit the warm-up stops after this long, whatever it has sent
 */
@ConfigurationProperties("inspection-graph.warm-up")
public record WarmUpProperties(@DefaultValue("1500") int requests, @DefaultValue("60s") Duration limit) {
}
