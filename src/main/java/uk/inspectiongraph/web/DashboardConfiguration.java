package uk.inspectiongraph.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the analyst dashboard ({@code static/index.html} and its modules under
 * {@code static/dashboard/}) at {@code /}. The dashboard is plain HTML and JavaScript that reads
 * everything through the public GraphQL API; its views live in the URL's hash, so the server only
 * ever serves this one page. {@code /sign-in}, where the security configuration sends a browser
 * that must sign in, is the dashboard's sign-in view.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/").setViewName("forward:/index.html");
		registry.addRedirectViewController("/sign-in", "/#/sign-in");
	}
}
