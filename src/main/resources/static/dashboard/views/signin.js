/** Sign in: the editor's form (user name and password), posted to the server's login, no browser prompt. */
import { session, csrfField } from '../session.js';
import { esc } from '../ui.js';

const MESSAGES = {
  failed: ['error', 'Wrong user name or password. Try again.'],
  'signed-out': ['', 'You are signed out.'],
};

export async function signInPage(root, parts, params) {
  const current = await session();
  const [kind, text] = Object.entries(MESSAGES).find(([key]) => params.has(key))?.[1] ?? [];
  root.innerHTML = `<h1>Sign in</h1>
    ${text ? `<p class="${kind}" role="${kind ? 'alert' : 'status'}">${esc(text)}</p>` : ''}
    ${current.signedIn ? `<p>You are signed in as <strong>${esc(current.username)}</strong>.
      <a href="#/upload">Upload documents</a> or <a href="#/history">see the ingest history</a>.</p>` : ''}
    <form method="post" action="login" class="sign-in">
      <p class="hint">Editors sign in to upload documents. Reading needs no sign-in.</p>
      <label>User name <input name="username" autocomplete="username" required value="editor"></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
      ${csrfField(current)}
      <button type="submit">Sign in</button>
    </form>`;
}
