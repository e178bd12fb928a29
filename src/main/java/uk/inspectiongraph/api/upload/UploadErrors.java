package uk.inspectiongraph.api.upload;

import uk.inspectiongraph.ingest.IngestService;
import uk.inspectiongraph.ingest.ReadingBusyException;
import uk.inspectiongraph.ingest.Requester;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Clear answers for uploads that cannot be taken: too large (or with a file name longer than the
 * web server reads), malformed (a file name with a null byte, say), without the {@code file} part,
 * or arriving while every reader stays busy. Multipart parsing fails before a controller is chosen,
 * so this advice is global. A document too large to receive is recorded in the ingest history as
 * refused (its name is not known by then).
 */
@RestControllerAdvice
class UploadErrors {

	private final IngestService ingest;

	UploadErrors(IngestService ingest) {
		this.ingest = ingest;
	}

	/** Who is uploading, for the ingest history. */
	static Requester requester(Principal editor) {
		return new Requester(Requester.Door.UPLOAD, editor == null ? "anonymous" : editor.getName());
	}

	@ExceptionHandler(ReadingBusyException.class)
	ResponseEntity<ProblemDetail> busy(ReadingBusyException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		if (causeMentions(ex, "header")) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The upload's part headers are longer than the web server accepts: shorten the file name.");
		}
		String reason = "The document is larger than the upload limit (spring.servlet.multipart.max-file-size); "
				+ "ingest it from the command line instead.";
		ingest.refused(null, reason, requester(request.getUserPrincipal()));
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, reason);
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail malformed(MultipartException ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String why = String.valueOf(cause.getMessage()).replaceAll("\\p{Cntrl}", "?");
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The upload is not multipart form data the server can read: " + why);
	}

	private static boolean causeMentions(Throwable ex, String word) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains(word)) {
				return true;
			}
		}
		return false;
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MissingServletRequestParameterException.class })
	ProblemDetail missingFile(Exception ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Send the document as a multipart form field named 'file'.");
	}
}
