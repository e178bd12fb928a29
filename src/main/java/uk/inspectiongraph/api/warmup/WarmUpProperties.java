package uk.inspectiongraph.api.warmup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app warms its query paths once it is ready ({@link QueryPathWarmUp}).
 *
 * @param requests how many GraphQL requests the warm-up sends to the app itself; {@code 0} turns it off
 * @param limit the warm-up stops after this long, whatever it has sent
 * @param pace after each request the warm-up rests this many times as long as the request took
 *     ({@code 0}: none), so that it allocates at most half the time and the collector grows the
 *     heap less for it while the embedding model loads beside it
 */
@ConfigurationProperties("inspection-graph.warm-up")
public record WarmUpProperties(@DefaultValue("1500") int requests, @DefaultValue("150s") Duration limit,
		@DefaultValue("1") double pace) {
}
