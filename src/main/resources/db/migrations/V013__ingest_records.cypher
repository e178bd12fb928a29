// The ingest history (graph/write/IngestRecordWriter.java): one :IngestRecord per document an
// editor or the ingest command offered, kept up to inspection-graph.ingest.history.keep records.
// Numbered after issue 17, which brought it, leaving V010..V016 to changes made alongside it.
CREATE CONSTRAINT ingest_record_id IF NOT EXISTS FOR (r:IngestRecord) REQUIRE r.id IS UNIQUE;
CREATE RANGE INDEX ingest_record_at IF NOT EXISTS FOR (r:IngestRecord) ON (r.at);
