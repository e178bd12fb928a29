package uk.inspectiongraph.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.util.StringUtils;

/**
 * Reads are open to anyone who can reach the app (bound to localhost by default); writes need the
 * editor's HTTP Basic credentials: {@code POST}/{@code DELETE} under {@code /api/} here, GraphQL
 * mutations through method security. The API is stateless, with no sessions or cookies, but a
 * browser that holds the editor's Basic login sends it with any request, including one a page of
 * another site makes: so every state-changing request from another origin is refused first
 * ({@link CrossSiteRequestFilter}), which is CSRF protection without tokens that scripts would
 * have to fetch.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String EDITOR = "EDITOR";

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/**")
				.hasRole(EDITOR)
				.requestMatchers(HttpMethod.DELETE, "/api/**")
				.hasRole(EDITOR)
				.requestMatchers(HttpMethod.PUT, "/api/**")
				.hasRole(EDITOR)
				.anyRequest()
				.permitAll())
			.addFilterBefore(new CrossSiteRequestFilter(), BasicAuthenticationFilter.class)
			.httpBasic(Customizer.withDefaults())
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
			.build();
	}

	@Bean
	UserDetailsService editors(SecurityProperties properties) {
		if (!StringUtils.hasText(properties.editorPassword())) {
			log.warn("No editor password is set (inspection-graph.security.editor-password): "
					+ "uploads, deletions and GraphQL mutations are refused until one is.");
			return new InMemoryUserDetailsManager();
		}
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String password = properties.editorPassword().startsWith("{") ? properties.editorPassword()
				: encoder.encode(properties.editorPassword());
		return new InMemoryUserDetailsManager(
				User.withUsername(properties.editorUsername()).password(password).roles(EDITOR).build());
	}
}
