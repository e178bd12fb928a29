package uk.inspectiongraph.ingest;

import java.io.IOException;

/**
 * The bytes of an uploaded document, fetched only once its turn to be read has come, so that
 * uploads waiting for a reader do not hold their bytes on the heap.
 */
@FunctionalInterface
public interface UploadedBytes {

	byte[] read() throws IOException;
}
