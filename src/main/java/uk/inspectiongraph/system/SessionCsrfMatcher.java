package uk.inspectiongraph.system;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests must carry the session's CSRF token: those that may change something and ride on
 * a signed-in session (its cookie, no {@code Authorization} header), i.e. the ones a signed-in
 * browser could be tricked into sending. A session nobody signed into carries no right to write,
 * so its requests (a query, a table's Excel download) are not asked for one, nor are scripts (no
 * cookie, or their own Basic credentials); {@link CrossSiteRequestFilter} guards all of them
 * against other sites.
 */
final class SessionCsrfMatcher implements RequestMatcher {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	public boolean matches(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& signedIn(request.getSession(false));
	}

	private static boolean signedIn(HttpSession session) {
		Object context = session == null ? null
				: session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context instanceof SecurityContext security && security.getAuthentication() != null
				&& security.getAuthentication().isAuthenticated();
	}
}
