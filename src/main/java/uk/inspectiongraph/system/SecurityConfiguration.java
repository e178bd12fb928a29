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
 * editor: {@code POST}/{@code PUT}/{@code DELETE} under {@code /api/} here, GraphQL mutations
 * through method security. Two ways to be the editor: HTTP Basic on every request (scripts,
 * {@code curl}; stateless, no session), or the dashboard's sign-in form ({@code POST /login}), which
 * opens a session ended by {@code POST /logout}. Cross-site protection is twofold: every
 * state-changing request from another origin is refused first ({@link CrossSiteRequestFilter}),
 * whichever way it is authenticated; and a request riding on a session cookie must also carry the
 * session's CSRF token ({@link SessionCsrfMatcher}), which the dashboard reads from
 * {@code GET /api/session}. Clients without a session are not asked for a token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String EDITOR = "EDITOR";

	static final String SIGN_IN_PAGE = "/sign-in";

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(new SessionCsrfMatcher()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
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
			.formLogin(form -> form.loginPage(SIGN_IN_PAGE)
				.loginProcessingUrl("/login")
				.defaultSuccessUrl("/#/upload", true)
				.failureUrl("/#/sign-in?failed=1"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/#/sign-in?signed-out=1"))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
			.build();
	}

	@Bean
	UserDetailsService editors(SecurityProperties properties) {
		if (!StringUtils.hasText(properties.editorPassword())) {
			log.warn("No editor password is set (inspection-graph.security.editor-password): "
					+ "sign-in, uploads, deletions and GraphQL mutations are refused until one is.");
			return new InMemoryUserDetailsManager();
		}
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String password = properties.editorPassword().startsWith("{") ? properties.editorPassword()
				: encoder.encode(properties.editorPassword());
		return new InMemoryUserDetailsManager(
				User.withUsername(properties.editorUsername()).password(password).roles(EDITOR).build());
	}
}
