package uk.inspectiongraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 403 and a reason, every request that may change something ({@code POST},
 * {@code PUT}, {@code PATCH}, {@code DELETE}) sent by a page of another site or origin. A browser
 * that holds the editor's Basic login sends it with such a request too, so without this a page
 * anywhere on the web could upload, delete or reindex. The browser says where a request comes
 * from: {@code Sec-Fetch-Site} (anything but {@code same-origin}, or {@code none} for what the
 * person typed), and {@code Origin} (when present it must be this server's own scheme, host and
 * port). Scripts and {@code curl} send neither and are not affected; the dashboard and GraphiQL
 * are same-origin.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

	static final String REASON = "Cross-site request refused: requests that change the graph must come from this "
			+ "application's own pages or from a client that is not a browser (no Origin header).";

	private static final Set<String> UNSAFE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

	private static final String FETCH_SITE = "Sec-Fetch-Site";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (UNSAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
			refuse(response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** From another site or origin, as far as the browser's headers tell; a client without them is not. */
	static boolean isCrossSite(HttpServletRequest request) {
		String fetchSite = request.getHeader(FETCH_SITE);
		if (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite)) {
			return true;
		}
		return request.getHeader(HttpHeaders.ORIGIN) != null && CorsUtils.isCorsRequest(request);
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"" + REASON + "\"}");
	}
}
