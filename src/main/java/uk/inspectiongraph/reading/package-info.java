/**
 * Reading a document: PDF text within limits, classification, extraction of events, judgements,
 * people and findings, and theme tagging. Plain Java: no Spring and no database, so that the
 * {@code extract} and {@code evaluate} commands and the tests run it alone. The reference matching
 * it needs sits beneath it in {@code gazetteer} (authority names) and {@code taxonomy} (themes).
 */
@ApplicationModule(displayName = "Reading", allowedDependencies = "domain")
package uk.inspectiongraph.reading;

import org.springframework.modulith.ApplicationModule;
