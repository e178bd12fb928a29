package uk.inspectiongraph.system;

import java.security.Principal;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/session}: who is signed in (if anyone) and the session's CSRF token, which the
 * dashboard puts in its sign-in and sign-out forms and in the header of every request it sends.
 * Asking opens a session (to hold the token); it holds no one until the sign-in form succeeds.
 */
@RestController
class SessionController {

	/** The signed-in editor's name (null when nobody is), and where the CSRF token goes. */
	record Session(boolean signedIn, String username, String csrfHeader, String csrfParameter, String csrfToken) {
	}

	@GetMapping("/api/session")
	Session session(Principal principal, CsrfToken csrf) {
		return new Session(principal != null, principal == null ? null : principal.getName(), csrf.getHeaderName(),
				csrf.getParameterName(), csrf.getToken());
	}
}
