package uk.inspectiongraph.graph;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's loggers follow the application's levels, so the driver does not format each Bolt
 * message (a vector's 384 numbers among them) into a debug line nobody logs.
 */
class DriverLoggingTest {

	@Test
	void theDriverFormatsNoDebugLineTheLogLevelsDrop() {
		Config.ConfigBuilder builder = Config.builder();
		new DriverLogging().driverLoggingThroughSlf4j().customize(builder);

		Logger outbound = builder.build().logging().getLog("org.neo4j.bolt.connection.netty.impl.async.outbound.OutboundMessageHandler");
		Logger driver = builder.build().logging().getLog("org.neo4j.driver.internal.InternalSession");

		assertThat(outbound.isDebugEnabled()).isFalse();
		assertThat(driver.isDebugEnabled()).isFalse();
	}
}
