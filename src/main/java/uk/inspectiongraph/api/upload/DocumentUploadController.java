package uk.inspectiongraph.api.upload;

import uk.inspectiongraph.ingest.IngestService;
import uk.inspectiongraph.ingest.IngestReport;
import uk.inspectiongraph.ingest.DocumentOutcome;
import uk.inspectiongraph.ingest.ReadingProperties;
import uk.inspectiongraph.ingest.Requester;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The HTTP way in for documents, for the editor only (see the security configuration):
 * {@code POST /api/documents} with a multipart {@code file} ingests one document,
 * {@code DELETE /api/documents/{hash}} removes one with everything derived from it, and
 * {@code POST /api/documents/reindex} re-extracts them all. A document that cannot be read, or
 * would cost more to read than {@link ReadingProperties} allows, is answered 422 with the reason;
 * an upload that found no free reader in time, 503 (see {@link UploadErrors}). Every upload's
 * outcome, refusals included, goes into the ingest history with the editor's name.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentUploadController {

	private final IngestService ingest;

	DocumentUploadController(IngestService ingest) {
		this.ingest = ingest;
	}

	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<DocumentOutcome> upload(@RequestParam("file") MultipartFile file, Principal editor) {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
				: file.getOriginalFilename();
		DocumentOutcome outcome = ingest.ingest(name, file::getBytes, UploadErrors.requester(editor));
		HttpStatus status = switch (outcome.status()) {
			case INGESTED -> HttpStatus.CREATED;
			case COPY, UNCHANGED -> HttpStatus.OK;
			case FAILED -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		return ResponseEntity.status(status).body(outcome);
	}

	@DeleteMapping("/{hash}")
	ResponseEntity<Void> delete(@PathVariable String hash) {
		return ingest.delete(hash) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	@PostMapping("/reindex")
	IngestReport reindex() {
		return ingest.reindex();
	}
}
