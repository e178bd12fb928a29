/**
 * The words of the domain that every layer shares: kinds of document, event and finding, grades,
 * judgement areas, polarity, relations and text spans. No Spring, no database, no dependencies.
 */
@ApplicationModule(displayName = "Domain", allowedDependencies = {})
package uk.inspectiongraph.domain;

import org.springframework.modulith.ApplicationModule;
