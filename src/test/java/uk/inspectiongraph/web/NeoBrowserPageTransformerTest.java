package uk.inspectiongraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edits to Neo4j Browser's files, checked against the files of the Browser version the build
 * uses (the {@code neo4j-browser} jar): each edit finds its code exactly once, so an upgrade that
 * moves it fails here before the browser test shows the console errors.
 */
class NeoBrowserPageTransformerTest {

	@Test
	void theApplicationBundleLoadsNoExternalScriptAndSetsUpNoSentry() throws IOException {
		String bundle = browserFile("app-*.js");

		assertThat(NeoBrowserPageTransformer.EXTERNAL_SCRIPTS.matcher(bundle).results()).hasSize(1);
		assertThat(NeoBrowserPageTransformer.SENTRY_SETUP.matcher(bundle).results()).hasSize(1);
		String edited = NeoBrowserPageTransformer.withoutOutsideServices(bundle, "app");
		assertThat(edited).contains("loadExternalScripts:!1,").contains("t.setupSentry=function");
		assertThat(NeoBrowserPageTransformer.EXTERNAL_SCRIPTS.matcher(edited).find()).isFalse();
		assertThat(NeoBrowserPageTransformer.SENTRY_SETUP.matcher(edited).find()).isFalse();
	}

	@Test
	void theUiBundleImportsNoStyleSheetFromAnotherHost() throws IOException {
		String bundle = browserFile("ui-libs-*.bundle.js");

		assertThat(NeoBrowserPageTransformer.REMOTE_IMPORT.matcher(bundle).find()).isTrue();
		assertThat(NeoBrowserPageTransformer.REMOTE_IMPORT.matcher(bundle).replaceAll("")).doesNotContain("fonts.googleapis.com");
	}

	@Test
	void thePageRunsTheProjectsPresetFirst() throws IOException {
		String page = NeoBrowserPageTransformer.withPreset(browserFile("index.html"));

		assertThat(page).containsSubsequence("<script src=\"project-preset.js\"></script>", "<script src=\"ui-libs-");
	}

	private static String browserFile(String pattern) throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:/browser/" + pattern);
		assertThat(found).as("classpath:/browser/" + pattern).hasSize(1);
		return found[0].getContentAsString(StandardCharsets.UTF_8);
	}
}
