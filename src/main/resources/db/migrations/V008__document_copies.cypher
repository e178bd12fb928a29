// Copies of one publication (ingest/Publications.java): what is known of each document's file, by
// which the most complete copy is chosen to hold the facts. Documents ingested before were not
// checked: their completeness and page count stay unknown (null, taken as complete), their text
// length is that of their stored text. Idempotent: only documents without a length are set.
MATCH (d:Document)
WHERE d.textLength IS NULL AND d.text IS NOT NULL
SET d.textLength = size(d.text);
// Incomplete files, for an analyst to find: MATCH (d:Document {complete: false}).
CREATE RANGE INDEX document_complete IF NOT EXISTS FOR (d:Document) ON (d.complete);
