package uk.inspectiongraph.api.transport;

import uk.inspectiongraph.api.transport.HttpProperties;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The socket write buffer is refused, with the range, when it is too small or too large. */
class HttpPropertiesTest {

	@Test
	void aWriteBufferOutsideEightKilobytesToFourMegabytesIsRefusedSayingTheRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HttpProperties(DataSize.ofKilobytes(4)))
			.withMessageContaining("between 8KB and 4MB");
		assertThatIllegalArgumentException().isThrownBy(() -> new HttpProperties(DataSize.ofGigabytes(3)))
			.withMessageContaining("between 8KB and 4MB");
		assertThat(new HttpProperties(DataSize.ofKilobytes(256)).writeBuffer().toBytes()).isEqualTo(262_144);
	}
}
