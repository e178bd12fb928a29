/**
 * The sign-in session: who is signed in and the session's CSRF token (GET api/session), the header
 * every request from the dashboard carries, and the signed-in name with a sign-out button in the
 * page's header.
 */
import { esc } from './ui.js';

let sessionPromise;
let known;

/** { signedIn, username, csrfHeader, csrfParameter, csrfToken }, asked once per page load. */
export function session() {
  sessionPromise ??= fetch('api/session', { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : { signedIn: false }))
    .catch(() => ({ signedIn: false }))
    .then((current) => { known = current; return current; });
  return sessionPromise;
}

/** Headers for a request that may change something: the CSRF token, and no Basic prompt on a 401. */
export async function writeHeaders() {
  const current = await session();
  const headers = { 'X-Requested-With': 'XMLHttpRequest' };
  if (current.csrfHeader && current.csrfToken) headers[current.csrfHeader] = current.csrfToken;
  return headers;
}

/** A hidden form field holding the CSRF token, for the sign-in and sign-out forms. */
export function csrfField(current) {
  return current.csrfParameter
    ? `<input type="hidden" name="${esc(current.csrfParameter)}" value="${esc(current.csrfToken)}">` : '';
}

/** Shows in the header who is signed in, with a sign-out button, or a sign-in link. */
export async function showWhoIsSignedIn(element) {
  const current = await session();
  element.innerHTML = current.signedIn
    ? `<form method="post" action="logout" class="who"><span>Signed in as <strong>${esc(current.username)}</strong></span>
       ${csrfField(current)}<button type="submit">Sign out</button></form>`
    : '<a href="#/sign-in">Sign in</a>';
}

/**
 * Adds the session's CSRF token to every form the page posts (a table's Excel download), as the
 * server asks of a signed-in browser; forms posted before the session is known go without it.
 */
export function tokenForEveryForm(root) {
  root.addEventListener('submit', (event) => {
    const form = event.target;
    if (!known?.csrfParameter || form.method.toLowerCase() !== 'post' || form.elements[known.csrfParameter]) return;
    form.insertAdjacentHTML('beforeend', csrfField(known));
  }, true);
}
