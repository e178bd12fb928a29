/**
 * The analyst filters form (years, region, event kind, polarity, and which findings count: what
 * Ofsted said must improve or everything inspectors said) kept in the view's URL.
 */
import { EVENT_KINDS, regions } from './api.js';
import { href } from './router.js';
import { esc, words } from './ui.js';

function select(name, label, options, chosen) {
  const items = options.map(([value, text]) =>
    `<option value="${esc(value)}"${value === chosen ? ' selected' : ''}>${esc(text)}</option>`).join('');
  return `<label>${esc(label)} <select name="${name}">${items}</select></label>`;
}

function year(name, label, params) {
  return `<label>${esc(label)} <input type="number" name="${name}" min="2000" max="2100" step="1"
    inputmode="numeric" value="${esc(params.get(name) ?? '')}"></label>`;
}

const SAID = [['', 'Everything inspectors said'], ['improve', 'What Ofsted said must improve']];

/** The control choosing which findings count, kept in the URL as `said`. */
export function saidSelect(params) {
  return select('said', 'Findings', SAID, params.get('said') ?? '');
}

/** A sentence saying which findings the view counts. */
export function showing(params) {
  const text = params.get('said') === 'improve'
    ? 'Showing what Ofsted said must improve: areas for improvement, priority actions and recommendations.'
    : 'Showing everything inspectors said: findings of every kind.';
  return `<p class="showing" role="status">${esc(text)}</p>`;
}

/** A form with the findings switch only, for pages without the other filters. */
export function saidForm(params) {
  return `<form class="filters" aria-label="Filters">${saidSelect(params)}
    <button type="submit">Apply</button></form>${showing(params)}`;
}

/** The form's markup; `extra` adds view-specific controls. */
export async function filtersForm(params, extra = '') {
  const regionOptions = [['', 'All regions'], ...(await regions()).map((r) => [r, r])];
  const kinds = [['', 'All event kinds'], ...EVENT_KINDS.map((k) => [k, words(k)])];
  const polarities = [['CONCERN', 'Concern'], ['STRENGTH', 'Strength'], ['NEUTRAL', 'Neutral'], ['ANY', 'Any polarity']];
  return `<form class="filters" aria-label="Filters">
    ${year('from', 'From year', params)} ${year('to', 'To year', params)}
    ${select('region', 'Region', regionOptions, params.get('region') ?? '')}
    ${select('kind', 'Event kind', kinds, params.get('kind') ?? '')}
    ${select('polarity', 'Polarity', polarities, params.get('polarity') ?? 'CONCERN')}
    ${saidSelect(params)}
    ${extra}
    <button type="submit">Apply</button></form>${showing(params)}`;
}

/** Submitting the form moves to the same view with the chosen filters in its URL. */
export function bindFilters(root, path) {
  const form = root.querySelector('form.filters');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = {};
    new FormData(form).forEach((value, key) => { values[key] = value; });
    form.querySelectorAll('input[type=checkbox]').forEach((box) => { values[box.name] = box.checked ? 'true' : ''; });
    location.hash = href(path, values);
  });
}
