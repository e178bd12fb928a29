/** Recurring themes: themes by breadth (authorities and years) under the analyst filters. */
import { gql, scopeArgs } from '../api.js';
import { drawChart } from '../charts.js';
import { bindFilters, filtersForm } from '../filters.js';
import { href, seg } from '../router.js';
import { findingsWorkbook, links, table } from '../ui.js';

const QUERY = `query Recurring($from: Int, $to: Int, $polarity: Polarity, $where: Scope, $min: Int,
    $findingKinds: [FindingKind!]) {
  recurringThemes(from: $from, to: $to, polarity: $polarity, where: $where, minAuthorities: $min,
      findingKinds: $findingKinds) {
    theme { slug name } authorityCount authorities { name } years eventCount findingCount firstSeen lastSeen
  }
}`;

/** The filters a theme link carries on, so the theme page keeps the same scope. */
export function carried(params) {
  const keep = {};
  ['from', 'to', 'region', 'kind', 'polarity', 'said'].forEach((k) => { if (params.get(k)) keep[k] = params.get(k); });
  return keep;
}

export async function recurringThemes(root, parts, params) {
  const min = Number(params.get('min') || 2);
  const minControl = `<label>At least this many authorities <input type="number" name="min" min="1" max="200"
    value="${min}"></label>`;
  const [data, form] = await Promise.all([gql(QUERY, { ...scopeArgs(params), min }), filtersForm(params, minControl)]);
  const rows = data.recurringThemes;
  const keep = carried(params);
  root.innerHTML = `<h1>Recurring themes</h1>${form}${findingsWorkbook(params)}
    ${rows.length ? `<figure class="chart"><div class="chart-box" style="height:${Math.max(220, rows.length * 34 + 80)}px">
    <canvas role="img" aria-label="Bar chart: authorities and years per theme; the table below lists the same figures"></canvas></div>
    <figcaption>Themes by breadth: authorities and years raising each. Click a bar to open its theme.</figcaption></figure>` : ''}
    ${table({
    caption: 'Recurring themes', file: 'recurring-themes', rows, empty: 'No theme recurs under these filters.',
    columns: [
      { label: 'Theme', text: (r) => r.theme.name, html: (r) => links.theme(r.theme.slug, r.theme.name, keep) },
      { label: 'Authorities', num: true, text: (r) => r.authorityCount },
      { label: 'Authority names', text: (r) => r.authorities.map((a) => a.name).join('; '),
        html: (r) => r.authorities.map((a) => links.authority(a.name)).join(', ') },
      { label: 'Years', text: (r) => r.years.join('; ') },
      { label: 'Events', num: true, text: (r) => r.eventCount },
      { label: 'Findings', num: true, text: (r) => r.findingCount },
    ],
  })}`;
  bindFilters(root, '/themes');
  if (!rows.length) return;
  root.addEventListener('rendered', () => drawChart(root.querySelector('canvas'), {
    type: 'bar', horizontal: true, labels: rows.map((r) => r.theme.name),
    datasets: [{ label: 'Authorities', data: rows.map((r) => r.authorityCount) },
      { label: 'Years', data: rows.map((r) => r.years.length) }],
    onPick: (i) => { location.hash = href('/theme/' + seg(rows[i].theme.slug), keep); },
  }));
}
