package uk.inspectiongraph.api.theme;

import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code themes} and a theme's {@code parent}, both from the in-memory {@link ThemeCatalog}. */
@Controller
class ThemeController {

	private final ThemeCatalog catalog;

	ThemeController(ThemeCatalog catalog) {
		this.catalog = catalog;
	}

	@QueryMapping
	List<ThemeView> themes() {
		return catalog.all();
	}

	@SchemaMapping(typeName = "Theme")
	ThemeView parent(ThemeView theme) {
		return theme.parentSlug() == null ? null : catalog.view(theme.parentSlug(), theme.parentSlug());
	}
}
