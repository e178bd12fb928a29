package uk.inspectiongraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Two small edits to Neo4j Browser's files as they are served, so that its page asks nothing of
 * the internet and starts ready: any style sheet its UI bundle imports from another host (web
 * fonts) is left out (the page falls back to system fonts; the request would only be refused by
 * the Content Security Policy and logged as a console error), and its page runs
 * {@code project-preset.js} ({@link NeoBrowserPreset}) before the Browser starts.
 */
final class NeoBrowserPageTransformer implements ResourceTransformer {

	/** A CSS import of a style sheet on another host: {@code @import url(https://...);}. */
	static final Pattern REMOTE_IMPORT = Pattern.compile("@import url\\((?:https?:)?//[^)]*\\);?");

	private static final String FIRST_SCRIPT = "<script src=\"ui-libs-";

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		Resource served = chain.transform(request, resource);
		String name = served.getFilename();
		if ("index.html".equals(name)) {
			return edited(served, text -> text.replaceFirst(FIRST_SCRIPT,
					"<script src=\"project-preset.js\"></script>" + FIRST_SCRIPT));
		}
		if (name != null && name.startsWith("ui-libs-") && name.endsWith(".bundle.js")) {
			return edited(served, text -> REMOTE_IMPORT.matcher(text).replaceAll(""));
		}
		return served;
	}

	private static Resource edited(Resource resource, UnaryOperator<String> edit) throws IOException {
		String text = resource.getContentAsString(StandardCharsets.UTF_8);
		return new TransformedResource(resource, edit.apply(text).getBytes(StandardCharsets.UTF_8));
	}
}
