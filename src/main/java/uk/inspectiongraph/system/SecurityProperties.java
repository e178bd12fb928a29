package uk.inspectiongraph.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write. Reads are open; uploads, deletions, reindexing and GraphQL mutations need HTTP
 * Basic authentication as the editor. There is no default password: until one is set
 * (e.g. {@code INSPECTION_GRAPH_SECURITY_EDITOR_PASSWORD}), every write is refused.
 *
 * @param editorUsername the editor's user name
 * @param editorPassword the editor's password, plain or as a {@code {bcrypt}...} hash; unset disables writes
 */
@ConfigurationProperties("inspection-graph.security")
public record SecurityProperties(@DefaultValue("editor") String editorUsername, String editorPassword) {
}
