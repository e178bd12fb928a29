package uk.inspectiongraph.reading.findings;

import uk.inspectiongraph.domain.FindingKind;

/** A finding before it is numbered and tied to an event: its kind, section and block. */
record Draft(FindingKind kind, String section, Block block) {
}
