/**
 * An authority beside its ten statistical neighbours (the section "Compared with its neighbours" of
 * the authority page): their latest grades beside its own, and per theme whether it was raised
 * here and the share of the neighbours' events raising it, in a table sortable by any column.
 */
import { gql } from '../api.js';
import { href, seg } from '../router.js';
import { date, esc, links, table, words } from '../ui.js';

const COMPARISON = `query Neighbours($authority: String!, $findingKinds: [FindingKind!]) {
  neighbourComparison(authority: $authority, findingKinds: $findingKinds) {
    authority { name code } eventCount neighbourEventCount
    latestGrades { area grade event { startDate startPrecision } }
    neighbours { rank eventCount authority { name } latestGrades { area grade event { startDate startPrecision } } }
    themes { theme { slug name } raised events neighbourEvents neighbourShare neighboursRaising }
  }
}`;

/** What Ofsted said must improve: the kinds of finding that state a requirement. */
export const MUST_IMPROVE = ['AREA_FOR_IMPROVEMENT', 'PRIORITY_ACTION', 'RECOMMENDATION'];

const AREAS = ['OVERALL_EFFECTIVENESS', 'IMPACT_OF_LEADERS', 'HELP_AND_PROTECTION', 'CHILDREN_IN_CARE', 'CARE_LEAVERS',
  'CHILDREN_IN_CARE_AND_CARE_LEAVERS', 'ADOPTION', 'LSCB'];

const percent = (share) => Math.round(share * 100) + '%';

function gradeCell(side, area) {
  const grade = side.latestGrades.find((g) => g.area === area);
  return grade ? `${words(grade.grade)} (${date(grade.event.startDate, grade.event.startPrecision)})` : '';
}

function gradesTable(comparison, file) {
  const sides = [{ rank: 0, ...comparison }, ...comparison.neighbours];
  const areas = AREAS.filter((area) => sides.some((s) => s.latestGrades.some((g) => g.area === area)));
  return table({ caption: 'Latest grades beside its neighbours', file: `${file}-neighbour-grades`, rows: sides,
    empty: 'No statistical neighbours are recorded for this authority.', columns: [
      { label: 'Rank', text: (s) => (s.rank ? String(s.rank) : 'itself'), num: true },
      { label: 'Authority', text: (s) => s.authority.name, html: (s) => links.authority(s.authority.name) },
      { label: 'Events', text: (s) => String(s.eventCount), num: true },
      ...areas.map((area) => ({ label: words(area), text: (s) => gradeCell(s, area) }))] });
}

function themesTable(comparison, file) {
  return table({ caption: 'Themes here and at its neighbours', file: `${file}-neighbour-themes`, rows: comparison.themes,
    empty: 'No theme was raised here or at its neighbours.', columns: [
      { label: 'Theme', text: (t) => t.theme.name, html: (t) => links.theme(t.theme.slug, t.theme.name) },
      { label: 'Raised here?', text: (t) => (t.raised ? 'Yes' : 'No') },
      { label: 'Events here raising it', text: (t) => String(t.events), num: true },
      { label: "Neighbours' events raising it", text: (t) => String(t.neighbourEvents), num: true },
      { label: "Share of neighbours' events", text: (t) => percent(t.neighbourShare), num: true },
      { label: 'Neighbours raising it', text: (t) => String(t.neighboursRaising), num: true }] });
}

function kindsChoice(name, improve) {
  const here = (params) => href('/authority/' + seg(name), params);
  return improve
    ? `<p>Showing <strong>what Ofsted said must improve</strong> (areas for improvement, priority actions, recommendations).
       <a href="${here({})}">Show everything inspectors said</a>.</p>`
    : `<p>Showing <strong>everything inspectors said</strong> (every kind of finding).
       <a href="${here({ said: 'improve' })}">Show only what Ofsted said must improve</a>.</p>`;
}

/** The section's markup; `params.said = improve` keeps the findings that state a requirement. */
export async function neighbourSection(name, params) {
  const improve = params?.get('said') === 'improve';
  const data = await gql(COMPARISON, { authority: name, findingKinds: improve ? MUST_IMPROVE : null });
  const c = data.neighbourComparison;
  const file = c.authority.code ?? c.authority.name;
  return `<section id="neighbours"><h2>Compared with its neighbours</h2>
    <p class="hint">Its statistical neighbours are the ten authorities the Department for Education finds most like it.
      A theme is raised at an event when a finding about it raises the theme as a concern. ${esc(c.authority.name)} had
      ${c.eventCount} inspection event(s); its neighbours ${c.neighbourEventCount}.</p>
    ${kindsChoice(name, improve)}
    ${gradesTable(c, file)}
    ${themesTable(c, file)}</section>`;
}

function cellValue(row, index) {
  const text = row.cells[index].textContent.trim();
  const number = Number(text.replace(/%$/, ''));
  return text !== '' && !Number.isNaN(number) ? number : text.toLowerCase();
}

function sortBy(tableElement, index, th) {
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  tableElement.querySelectorAll('thead th').forEach((other) => other.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const body = tableElement.tBodies[0];
  const rows = [...body.rows].sort((a, b) => {
    const [x, y] = [cellValue(a, index), cellValue(b, index)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return ascending ? order : -order;
  });
  body.append(...rows);
}

/** Makes the section's tables sortable: each column header becomes a button; a second click reverses. */
export function sortableNeighbourTables(root) {
  root.querySelectorAll('#neighbours table').forEach((tableElement) => {
    tableElement.querySelectorAll('thead th').forEach((th, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      button.title = `Sort by ${th.textContent}`;
      button.addEventListener('click', () => sortBy(tableElement, index, th));
      th.replaceChildren(button);
    });
  });
}
