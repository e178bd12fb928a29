package uk.inspectiongraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /browser/project-preset.js}: a script Neo4j Browser's page runs before the Browser starts
 * (see {@link NeoBrowserPageTransformer}), which puts the project's style sheet
 * ({@code graph-seed/browser/style.grass}) and ready queries ({@code graph-seed/browser/queries.cypher},
 * as Favorites in a folder "Inspection Graph") into the Browser's local storage, where the Browser
 * keeps them. The style is written in the form the Browser itself stores after {@code :style}
 * (values without their quotes: a quoted caption would be drawn with its quotes), once per browser
 * profile and again when the project's style changes or the Browser's storage was cleared; the
 * person may restyle in between. A favourite is added when missing.
 */
@RestController
class NeoBrowserPreset {

	/** A rule: its selector, then its declarations in braces; braces and semicolons inside quotes are text. */
	private static final Pattern GRASS_RULE = Pattern.compile("([^{}]+)\\{((?:\"[^\"]*\"|'[^']*'|[^}\"'])*)\\}");

	/** One declaration of a rule, up to a semicolon outside quotes. */
	private static final Pattern GRASS_DECLARATION = Pattern.compile("(?:\"[^\"]*\"|'[^']*'|[^;\"'])+");

	private static final Pattern QUERY_TITLE = Pattern.compile("^// \\d+\\. (.*)$");

	private static final String FOLDER = "inspection-graph";

	/** Where the script notes which version of the project's style it last wrote (outside the Browser's keys). */
	static final String STYLE_VERSION_KEY = "inspection-graph.browser-style";

	/** The script: the style (as JSON, and its version), then the folder and the favourites to add when missing. */
	private static final String SCRIPT = """
			// The project's graph style and saved queries for Neo4j Browser (uk.inspectiongraph.web.NeoBrowserPreset).
			(function () {
			  var store = window.localStorage;
			  function read(key, fallback) {
			    try { return JSON.parse(store.getItem(key)) || fallback; } catch (e) { return fallback; }
			  }
			  var style = %s, styleVersion = '%s';
			  if (!read('neo4j.grass', null) || store.getItem('%s') !== styleVersion) {
			    store.setItem('neo4j.grass', JSON.stringify(style));
			    store.setItem('%s', styleVersion);
			  }
			  var folders = read('neo4j.folders', []);
			  if (!folders.some(function (f) { return f.id === '%s'; })) {
			    folders.push({ id: '%s', name: 'Inspection Graph' });
			    store.setItem('neo4j.folders', JSON.stringify(folders));
			  }
			  var documents = read('neo4j.documents', []);
			  %s.forEach(function (query) {
			    if (!documents.some(function (d) { return d.id === query.id; })) documents.push(query);
			  });
			  store.setItem('neo4j.documents', JSON.stringify(documents));
			})();
			""";

	private final JsonMapper json = JsonMapper.builder().build();

	private final String script = script();

	@GetMapping(value = "/browser/project-preset.js")
	ResponseEntity<String> preset() {
		return ResponseEntity.ok().contentType(MediaType.valueOf("text/javascript;charset=UTF-8")).body(script);
	}

	private String script() {
		String queries = json.writeValueAsString(favourites(read("graph-seed/browser/queries.cypher")));
		String style = json.writeValueAsString(grass(read("graph-seed/browser/style.grass")));
		return SCRIPT.formatted(style, Integer.toHexString(style.hashCode()), STYLE_VERSION_KEY, STYLE_VERSION_KEY,
				FOLDER, FOLDER, queries);
	}

	/** The style sheet as the Browser stores it: selector to property to value, values without their quotes. */
	static Map<String, Map<String, String>> grass(String text) {
		Map<String, Map<String, String>> rules = new LinkedHashMap<>();
		Matcher rule = GRASS_RULE.matcher(text);
		while (rule.find()) {
			Map<String, String> properties = new LinkedHashMap<>();
			Matcher declarations = GRASS_DECLARATION.matcher(rule.group(2));
			while (declarations.find()) {
				String declaration = declarations.group();
				int colon = declaration.indexOf(':');
				if (colon > 0) {
					properties.put(declaration.substring(0, colon).strip(), unquoted(declaration.substring(colon + 1).strip()));
				}
			}
			rules.put(rule.group(1).strip(), properties);
		}
		return rules;
	}

	private static String unquoted(String value) {
		boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
				&& value.charAt(value.length() - 1) == value.charAt(0);
		return quoted ? value.substring(1, value.length() - 1) : value;
	}

	/** Each numbered block of queries.cypher as a favourite: its title as the first line, then its statements. */
	static List<Map<String, String>> favourites(String text) {
		List<Map<String, String>> favourites = new ArrayList<>();
		for (String block : text.split("\\n\\s*\\n")) {
			List<String> lines = block.strip().lines().toList();
			Matcher title = lines.isEmpty() ? null : QUERY_TITLE.matcher(lines.get(0));
			if (title == null || !title.matches()) {
				continue;
			}
			List<String> statements = lines.stream().filter(line -> !line.startsWith("//")).toList();
			Map<String, String> favourite = new LinkedHashMap<>();
			favourite.put("id", FOLDER + "-" + (favourites.size() + 1));
			favourite.put("folder", FOLDER);
			favourite.put("content", "// " + name(title.group(1)) + "\n" + String.join("\n", statements));
			favourites.add(favourite);
		}
		return favourites;
	}

	/** A favourite's name: the title up to its colon, without a closing full stop. */
	private static String name(String title) {
		int colon = title.indexOf(':');
		String name = colon > 0 ? title.substring(0, colon) : title;
		return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
	}

	private static String read(String location) {
		try {
			return new ClassPathResource(location).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}
}
