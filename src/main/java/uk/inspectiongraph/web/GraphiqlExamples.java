package uk.inspectiongraph.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists the example queries GraphiQL offers: the documents of docs/queries, which the build copies
 * to {@code static/graphiql/examples/}, so that an analyst starts from the project's own questions.
 */
@RestController
class GraphiqlExamples {

	private static final String EXAMPLES = "classpath*:/static/graphiql/examples/*.graphql";

	/** The example documents' file names, sorted; each is served at {@code /graphiql/examples/NAME}. */
	@GetMapping(GraphiqlConfiguration.PATH + "/examples")
	List<String> examples() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources(EXAMPLES);
		return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull).distinct().sorted().toList();
	}
}
