/** Heatmaps: theme by year, region or authority, as event counts or shares of the column's events. */
import { gql, scopeArgs } from '../api.js';
import { heat } from '../charts.js';
import { bindFilters, filtersForm } from '../filters.js';
import { downloads, esc, links } from '../ui.js';
import { carried } from './themes.js';

const QUERY = `query Matrix($by: Dimension, $from: Int, $to: Int, $polarity: Polarity, $normalise: Boolean, $where: Scope,
    $findingKinds: [FindingKind!]) {
  themeMatrix(by: $by, from: $from, to: $to, polarity: $polarity, normalise: $normalise, where: $where,
      findingKinds: $findingKinds) {
    columns { key label totalEvents } rows { theme { slug name } values total } normalised
  }
}`;

const DIMENSIONS = [['YEAR', 'Year'], ['REGION', 'Region'], ['AUTHORITY', 'Authority']];

function controls(by, normalise) {
  const options = DIMENSIONS.map(([v, t]) => `<option value="${v}"${v === by ? ' selected' : ''}>${t}</option>`).join('');
  return `<label>Columns <select name="by">${options}</select></label>
    <label><input type="checkbox" name="normalise"${normalise ? ' checked' : ''}> Share of events (normalised)</label>`;
}

function format(value, normalised) {
  return normalised ? Math.round(value * 100) + '%' : String(value);
}

export async function heatmap(root, parts, params) {
  const by = params.get('by') || 'YEAR';
  const normalise = params.get('normalise') === 'true';
  const [data, form] = await Promise.all([
    gql(QUERY, { ...scopeArgs(params), by, normalise }), filtersForm(params, controls(by, normalise))]);
  const matrix = data.themeMatrix;
  const columns = by === 'AUTHORITY' ? matrix.columns.filter((c) => c.totalEvents > 0) : matrix.columns;
  const index = columns.map((c) => matrix.columns.indexOf(c));
  const max = Math.max(1e-9, ...matrix.rows.flatMap((r) => index.map((i) => r.values[i])));
  const keep = carried(params);
  const head = columns.map((c) => `<th scope="col" class="num">${esc(c.label)}</th>`).join('');
  const body = matrix.rows.map((r) => `<tr><th scope="row">${links.theme(r.theme.slug, r.theme.name, keep)}</th>` +
    index.map((i) => {
      const colour = heat(r.values[i] / max);
      return `<td class="num heat" style="background:${colour.background};color:${colour.text}">${format(r.values[i], matrix.normalised)}</td>`;
    }).join('') + `<td class="num">${r.total}</td></tr>`).join('');
  const rowsCsv = matrix.rows.map((r) => [r.theme.name, ...index.map((i) => r.values[i]), r.total]);
  const what = matrix.normalised ? 'share of the column\u2019s events raising the theme' : 'events raising the theme';
  const caption = `Themes by ${by.toLowerCase()}: ${what}`;
  root.innerHTML = `<h1>Heatmaps</h1>${form}
    ${matrix.rows.length ? `<section class="block"><div class="table-wrap"><table class="heatmap"><caption>${esc(caption)}</caption>
    <thead><tr><th scope="col">Theme</th>${head}<th scope="col" class="num">Total events</th></tr></thead>
    <tbody>${body}</tbody></table></div>
    ${downloads({ caption, file: `theme-by-${by.toLowerCase()}`, header: ['Theme', ...columns.map((c) => c.label), 'Total events'],
    rows: rowsCsv, numeric: [false, ...columns.map(() => (matrix.normalised ? 'percent' : true)), true] })}
    <p class="hint">Darker cells: fewer; brighter (yellow) cells: more. Colours follow the viridis scale.</p></section>`
    : '<p>No theme was raised under these filters.</p>'}`;
  bindFilters(root, '/heatmap');
}
