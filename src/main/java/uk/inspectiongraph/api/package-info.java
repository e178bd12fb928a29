/**
 * The GraphQL API (and the upload endpoint): controllers by feature, each with its views and its
 * queries class holding the feature's Cypher; scopes, errors and request limits shared by all.
 * Cypher is written only in classes named {@code …Queries}, as named, parameterised constants:
 * {@code <Feature>Queries} in each feature package, and one {@code <Question>Queries} per question
 * where a question's statements and their reading make a class of their own (the four analytics,
 * inspection's grades). The map projections views are read from stay on the views. No controller
 * holds Cypher, and every batched field runs through {@code cypher.BatchReader}.
 */
@ApplicationModule(displayName = "API", allowedDependencies = { "domain", "reading :: gazetteer",
		"reading :: taxonomy", "reading :: meaning", "ingest" })
package uk.inspectiongraph.api;

import org.springframework.modulith.ApplicationModule;
