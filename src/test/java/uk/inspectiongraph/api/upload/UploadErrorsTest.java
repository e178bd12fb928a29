package uk.inspectiongraph.api.upload;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import uk.inspectiongraph.ingest.ReadingBusyException;

import static org.assertj.core.api.Assertions.assertThat;

class UploadErrorsTest {

	@Test
	void aBusyRefusalIsA503WithItsReasonAndWhenToRetry() {
		ResponseEntity<ProblemDetail> answer = new UploadErrors(null)
			.busy(new ReadingBusyException("busy: try again later", Duration.ofSeconds(7)));

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
		assertThat(answer.getBody().getDetail()).isEqualTo("busy: try again later");
	}
}
