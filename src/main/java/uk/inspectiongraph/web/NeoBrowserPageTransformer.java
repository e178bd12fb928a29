package uk.inspectiongraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Small edits to Neo4j Browser's files as they are served, so that its page asks nothing of the
 * internet and starts ready. No setting can do this for the Community edition: the Browser treats
 * {@code browser.allow_outgoing_connections} as an Enterprise setting and, connected to any other
 * edition, loads Segment (usage analytics) and the Canny widget (product news) whatever the server
 * says, and it sets up Sentry on every start, whose tracing samples a fifth of page loads even
 * when crash reports are off. Each request would only be refused by the Content Security Policy
 * and logged as a console error. So, in the order the page loads them:
 * <ul>
 * <li>its page runs {@code project-preset.js} ({@link NeoBrowserPreset}) before the Browser
 * starts;</li>
 * <li>any style sheet its UI bundle imports from another host (web fonts) is left out (the page
 * falls back to system fonts);</li>
 * <li>in its application bundle, the Browser's own switch for loading external scripts is set off,
 * which leaves out Segment, Canny and the sign-in frame of Neo4j's browser sync, and Sentry is
 * not set up.</li>
 * </ul>
 * The bundle edits match the minified code of the Browser version the build uses
 * ({@code neo4j-browser.version}); an edit that no longer matches is logged as a warning at the
 * first request, and {@code NeoBrowserBrowserTest} fails on the console errors that return.
 */
final class NeoBrowserPageTransformer implements ResourceTransformer {

	private static final Logger log = LoggerFactory.getLogger(NeoBrowserPageTransformer.class);

	/** A CSS import of a style sheet on another host: {@code @import url(https://...);}. */
	static final Pattern REMOTE_IMPORT = Pattern.compile("@import url\\((?:https?:)?//[^)]*\\);?");

	/** The app's prop deciding whether Segment, Canny and browser sync load: on when connected to Community. */
	static final Pattern EXTERNAL_SCRIPTS = Pattern
		.compile("loadExternalScripts:[^,]*?shouldAllowOutgoingConnections\\(e\\)&&[\\w$]+\\.isConnected\\(e\\)");

	/** The start-up call that sets up Sentry (the function's definition is {@code t.setupSentry=function}). */
	static final Pattern SENTRY_SETUP = Pattern.compile("[\\w$]+\\.setupSentry\\(\\)");

	/** The application bundle's edits: what to find, and what to put instead. */
	static final Map<Pattern, String> APP_EDITS = Map.of(EXTERNAL_SCRIPTS, "loadExternalScripts:!1", SENTRY_SETUP,
			"void 0");

	private static final String FIRST_SCRIPT = "<script src=\"ui-libs-";

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		Resource served = chain.transform(request, resource);
		String name = served.getFilename();
		if ("index.html".equals(name)) {
			return edited(served, NeoBrowserPageTransformer::withPreset);
		}
		if (name != null && name.startsWith("ui-libs-") && name.endsWith(".bundle.js")) {
			return edited(served, text -> REMOTE_IMPORT.matcher(text).replaceAll(""));
		}
		if (name != null && name.startsWith("app-") && name.endsWith(".js")) {
			return edited(served, text -> withoutOutsideServices(text, name));
		}
		return served;
	}

	static String withPreset(String page) {
		return page.replaceFirst(FIRST_SCRIPT, "<script src=\"project-preset.js\"></script>" + FIRST_SCRIPT);
	}

	/** The application bundle with external scripts and Sentry off; a warning for any edit that found nothing. */
	static String withoutOutsideServices(String bundle, String name) {
		String edited = bundle;
		for (Map.Entry<Pattern, String> edit : APP_EDITS.entrySet()) {
			String before = edited;
			edited = edit.getKey().matcher(edited).replaceAll(edit.getValue());
			if (before.equals(edited)) {
				log.warn("Neo4j Browser's {} no longer holds {}: it may call services on the internet "
						+ "(see NeoBrowserPageTransformer)", name, edit.getKey());
			}
		}
		return edited;
	}

	private static Resource edited(Resource resource, UnaryOperator<String> edit) throws IOException {
		String text = resource.getContentAsString(StandardCharsets.UTF_8);
		return new TransformedResource(resource, edit.apply(text).getBytes(StandardCharsets.UTF_8));
	}
}
