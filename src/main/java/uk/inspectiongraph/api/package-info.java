/**
 * The GraphQL API (and the upload endpoint): controllers by feature, each with its views and its
 * queries class holding the feature's Cypher; scopes, errors and request limits shared by all.
 */
@ApplicationModule(displayName = "API", allowedDependencies = { "domain", "reading :: gazetteer",
		"reading :: taxonomy", "ingest" })
package uk.inspectiongraph.api;

import org.springframework.modulith.ApplicationModule;
