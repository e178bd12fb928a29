/** The analyst dashboard: picks the view for the URL's hash route and renders it into <main>. */
import { currentRoute } from './router.js';
import { destroyCharts } from './charts.js';
import { esc } from './ui.js';
import { overview } from './views/overview.js';
import { recurringThemes } from './views/themes.js';
import { heatmap } from './views/heatmap.js';
import { themePage } from './views/theme.js';
import { authorityList, authorityPage } from './views/authority.js';
import { inspectorList, personPage } from './views/person.js';
import { documentPage } from './views/document.js';
import { searchPage } from './views/search.js';
import { gradesPage } from './views/grades.js';
import { mapPage } from './views/map.js';
import { signInPage } from './views/signin.js';
import { uploadPage } from './views/upload.js';
import { historyPage } from './views/history.js';
import { showWhoIsSignedIn, tokenForEveryForm } from './session.js';

const VIEWS = {
  '': overview,
  themes: recurringThemes,
  heatmap,
  theme: themePage,
  authorities: authorityList,
  grades: gradesPage,
  map: mapPage,
  authority: authorityPage,
  inspectors: inspectorList,
  person: personPage,
  document: documentPage,
  search: searchPage,
  'sign-in': signInPage,
  upload: uploadPage,
  history: historyPage,
};

/**
 * A view is ready when its data has rendered: <main> stops being aria-busy, and this mark on the
 * page's Performance timeline records when, for tests and the page benchmark.
 */
const READY_MARK = 'inspection-graph:view-ready';

const main = document.getElementById('main');
const status = document.getElementById('status');
let rendering = 0;

async function render() {
  const ticket = ++rendering;
  const { parts, params } = currentRoute();
  const view = VIEWS[parts[0] ?? ''];
  destroyCharts();
  status.textContent = 'Loading…';
  status.classList.remove('error');
  main.setAttribute('aria-busy', 'true');
  try {
    const content = document.createElement('div');
    if (!view) throw new Error(`There is no view at ${location.hash}.`);
    await view(content, parts.slice(1), params);
    if (ticket !== rendering) return;
    main.replaceChildren(content);
    status.textContent = document.title = (content.querySelector('h1')?.textContent ?? 'Dashboard') + ' · Inspection Graph';
    markCurrentNav(parts[0] ?? '');
    main.focus({ preventScroll: true });
    content.dispatchEvent(new CustomEvent('rendered'));
  } catch (error) {
    if (ticket !== rendering) return;
    status.textContent = 'Could not load this view: ' + error.message;
    status.classList.add('error');
    main.innerHTML = `<h1>Not available</h1><p>${esc(error.message)}</p>`;
  } finally {
    if (ticket === rendering) {
      main.setAttribute('aria-busy', 'false');
      performance.mark(READY_MARK, { detail: location.hash });
    }
  }
}

function markCurrentNav(first) {
  document.querySelectorAll('header nav a').forEach((a) => {
    const target = a.getAttribute('href').replace(/^#\/?/, '').split(/[/?]/)[0];
    if (target === first && a.getAttribute('href').startsWith('#')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', render);
showWhoIsSignedIn(document.getElementById('who'));
tokenForEveryForm(document);
render();
