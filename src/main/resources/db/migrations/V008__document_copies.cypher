// Copies of one publication (graph/write/Publications.java) and files cut short: each document records
// whether its file was read whole (complete, incompleteReason, pageCount), by which the most
// complete copy is chosen to hold a publication's facts. Documents ingested before were not
// checked: these stay unknown (null), taken as complete. The index finds the incomplete files:
// MATCH (d:Document {complete: false}).
CREATE RANGE INDEX document_complete IF NOT EXISTS FOR (d:Document) ON (d.complete);
