package uk.inspectiongraph.system;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests must carry the session's CSRF token: those that may change something and come
 * with a session cookie but no {@code Authorization} header, i.e. the ones a signed-in browser
 * could be tricked into sending. Scripts (no cookie, or their own Basic credentials on each
 * request) are not asked for one; {@link CrossSiteRequestFilter} guards them against other sites.
 */
final class SessionCsrfMatcher implements RequestMatcher {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	public boolean matches(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod()) && request.getRequestedSessionId() != null
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null;
	}
}
