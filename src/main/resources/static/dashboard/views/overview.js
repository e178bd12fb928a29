/** Overview: how much the graph holds and the latest inspection events. */
import { gql } from '../api.js';
import { date, esc, figures, links, table, words } from '../ui.js';

const QUERY = `{
  graphStats { seeding labels { label count } }
  latestEvents(first: 10) { key kind startDate startPrecision focus authority { name } judgements { area grade } }
}`;

const COUNTED = [['Authority', 'Authorities'], ['Event', 'Inspection events'], ['Document', 'Documents'], ['Finding', 'Findings']];

export function overallGrade(event) {
  return event.judgements.find((j) => j.area === 'OVERALL_EFFECTIVENESS')?.grade ?? '';
}

export async function overview(root) {
  const data = await gql(QUERY);
  const count = (label) => data.graphStats.labels.find((l) => l.label === label)?.count ?? 0;
  root.innerHTML = `<h1>Overview</h1>
    <section aria-labelledby="counts"><h2 id="counts">What the graph holds</h2>
    ${data.graphStats.seeding ? `<p class="hint" role="status">${esc('The demo corpus is still being seeded: reload in a moment for every figure.')}</p>` : ''}
    ${figures(COUNTED.map(([label, name]) => [name, count(label)]))}</section>
    <h2>Latest inspection events</h2>
    ${table({
    caption: 'Latest inspection events', file: 'latest-events', rows: data.latestEvents,
    columns: [
      { label: 'Start', text: (e) => e.startDate, html: (e) => esc(date(e.startDate, e.startPrecision)) },
      { label: 'Authority', text: (e) => e.authority.name, html: (e) => links.authority(e.authority.name) },
      { label: 'Kind', text: (e) => words(e.kind) },
      { label: 'Focus', text: (e) => e.focus ?? '' },
      { label: 'Overall grade', text: (e) => words(overallGrade(e)) },
    ],
  })}
    <p>See also <a href="#/themes">recurring themes</a>, <a href="#/heatmap">heatmaps</a> and <a href="#/search">search</a>.</p>
    <p class="hint">${esc('All figures come from the public GraphQL API at /graphql.')}</p>`;
}
