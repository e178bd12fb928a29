/** Grades: the league table of each authority's latest grades, and an authority's grade history. */
import { gql, regions } from '../api.js';
import { drawGradeChart } from '../charts.js';
import { href } from '../router.js';
import { date, downloads, esc, links, words } from '../ui.js';

const QUERY = `query LatestGrades($where: Scope) { latestGrades(where: $where) {
  authority { name region type }
  event { kind startDate startPrecision endDate endPrecision }
  overall judgements { area grade score } publishedDate daysToPublication
} }`;

/** The judgement areas in the order of the API's JudgementArea. */
export const AREAS = ['OVERALL_EFFECTIVENESS', 'IMPACT_OF_LEADERS', 'HELP_AND_PROTECTION', 'CHILDREN_IN_CARE',
  'CARE_LEAVERS', 'CHILDREN_IN_CARE_AND_CARE_LEAVERS', 'ADOPTION', 'LSCB'];

const GRADES = ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];

const TYPES = ['county', 'unitary', 'metropolitan district', 'London borough'];

const DAY = 24 * 60 * 60 * 1000;

/** When the inspection ended (or started, when no end is known), as a Date at midnight UTC. */
function inspected(event) {
  const iso = event.endDate ?? event.startDate ?? '';
  const [year, month, day] = iso.split('-').map(Number);
  return year ? new Date(Date.UTC(year, (month || 1) - 1, day || 1)) : null;
}

/** Whole days from the inspection to `today`: computed here, the API's answer does not change with the clock. */
export function daysSince(event, today = new Date()) {
  const then = inspected(event);
  return then ? Math.floor((Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - then) / DAY) : null;
}

/** A number of days for people: "2 years 3 months", "5 months", "12 days". */
export function elapsed(days) {
  if (days == null) return '';
  const months = Math.floor(days / 30.4375);
  if (months < 1) return `${days} day${days === 1 ? '' : 's'}`;
  const [years, rest] = [Math.floor(months / 12), months % 12];
  const parts = [years && `${years} year${years === 1 ? '' : 's'}`, rest && `${rest} month${rest === 1 ? '' : 's'}`];
  return parts.filter(Boolean).join(' ');
}

function grade(row, area) {
  return row.judgements.find((j) => j.area === area);
}

/** The league table's columns: each with a label, a CSV text, an optional cell markup and a sort key. */
function columns(areas) {
  return [
    { key: 'authority', label: 'Authority', text: (r) => r.authority.name, html: (r) => links.authority(r.authority.name) },
    { key: 'region', label: 'Region', text: (r) => r.authority.region ?? '' },
    { key: 'type', label: 'Type', text: (r) => words(r.authority.type) },
    ...areas.map((area) => ({
      key: area, label: words(area), text: (r) => words(grade(r, area)?.grade), sort: (r) => grade(r, area)?.score ?? 9,
    })),
    { key: 'inspected', label: 'Latest graded inspection', text: (r) => r.event.startDate ?? '',
      html: (r) => esc(`${words(r.event.kind)}, ${date(r.event.startDate, r.event.startPrecision)}`) },
    { key: 'since', label: 'Time since it', csvLabel: 'Days since it', num: true, text: (r) => daysSince(r.event) ?? '',
      html: (r) => esc(elapsed(daysSince(r.event))), sort: (r) => daysSince(r.event) ?? -1 },
    { key: 'published', label: 'Published', text: (r) => r.publishedDate ?? '', html: (r) => esc(r.publishedDate ? date(r.publishedDate) : 'not known') },
    { key: 'toPublication', label: 'Days to publication', num: true, text: (r) => r.daysToPublication ?? '',
      sort: (r) => r.daysToPublication ?? Infinity },
  ];
}

function sorted(rows, column, descending) {
  const key = column.sort ?? column.text;
  const order = (a, b) => {
    const [x, y] = [key(a), key(b)];
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  };
  const result = [...rows].sort((a, b) => order(a, b) || a.authority.name.localeCompare(b.authority.name));
  return descending ? result.reverse() : result;
}

function select(name, label, options, chosen) {
  const items = options.map(([value, text]) =>
    `<option value="${esc(value)}"${value === chosen ? ' selected' : ''}>${esc(text)}</option>`).join('');
  return `<label>${esc(label)} <select name="${name}">${items}</select></label>`;
}

async function form(params) {
  const regionOptions = [['', 'All regions'], ...(await regions()).map((r) => [r, r])];
  return `<form class="filters" aria-label="Filters">
    ${select('region', 'Region', regionOptions, params.get('region') ?? '')}
    ${select('type', 'Authority type', [['', 'All types'], ...TYPES.map((t) => [t, words(t)])], params.get('type') ?? '')}
    ${select('grade', 'Overall grade', [['', 'Any grade'], ...GRADES.map((g) => [g, words(g)])], params.get('grade') ?? '')}
    <input type="hidden" name="sort" value="${esc(params.get('sort') ?? '')}">
    <input type="hidden" name="dir" value="${esc(params.get('dir') ?? '')}">
    <button type="submit">Apply</button></form>`;
}

function leagueTable(rows, cols, params) {
  const sort = params.get('sort') || 'authority';
  const descending = params.get('dir') === 'desc';
  const column = cols.find((c) => c.key === sort) ?? cols[0];
  const shown = sorted(rows, column, descending);
  const head = cols.map((c) => {
    const active = c === column;
    const next = { ...Object.fromEntries(params), sort: c.key, dir: active && !descending ? 'desc' : '' };
    const state = active ? ` aria-sort="${descending ? 'descending' : 'ascending'}"` : '';
    const arrow = active ? (descending ? ' ▼' : ' ▲') : '';
    return `<th scope="col"${state}${c.num ? ' class="num"' : ''}><a class="sort" href="${href('/grades', next)}">${esc(c.label)}${arrow}</a></th>`;
  }).join('');
  const body = shown.map((r) => '<tr>' + cols.map((c) =>
    `<td${c.num ? ' class="num"' : ''}>${c.html ? c.html(r) : esc(c.text(r))}</td>`).join('') + '</tr>').join('');
  return `<section class="block"><div class="table-wrap"><table class="league">
    <caption>Latest grades</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>
    ${downloads({ caption: 'Latest grades', file: 'latest-grades', header: cols.map((c) => c.csvLabel ?? c.label),
    rows: shown.map((r) => cols.map((c) => c.text(r))), numeric: cols.map((c) => !!c.num) })}</section>`;
}

export async function gradesPage(root, parts, params) {
  const where = {};
  if (params.get('region')) where.regions = [params.get('region')];
  if (params.get('type')) where.authorityTypes = [params.get('type')];
  const [data, filters] = await Promise.all([gql(QUERY, { where }), form(params)]);
  const rows = data.latestGrades.filter((r) => !params.get('grade') || r.overall === params.get('grade'));
  const areas = AREAS.filter((area) => rows.some((r) => grade(r, area)));
  root.innerHTML = `<h1>Grades</h1>
    <p>Each authority's latest graded inspection with the grade it gave each area. Select a column's heading to sort by it.
    The time since it is counted to today from the inspection's end (its start when no end is known); days to publication
    are shown where Ofsted's own report is held and both dates are known to the day.</p>
    ${filters}
    ${rows.length ? leagueTable(rows, columns(areas), params) : '<p>No graded inspection matches these filters.</p>'}`;
  root.querySelector('form.filters').addEventListener('submit', (event) => {
    event.preventDefault();
    const values = {};
    new FormData(event.target).forEach((value, key) => { values[key] = value; });
    location.hash = href('/grades', values);
  });
}

const HISTORY = `query GradeHistory($where: Scope) { ${AREAS.map((area) =>
  `${area}: gradeHistory(area: ${area}, where: $where) { grades { grade score event { key kind startDate startPrecision } } }`).join(' ')} }`;

/** Consecutive pairs of one area's history, as gradeChanges defines them. */
export function changes(area, grades) {
  return grades.slice(1).map((after, i) => {
    const steps = grades[i].score - after.score;
    return { area, before: grades[i], after, steps, direction: steps > 0 ? 'IMPROVED' : steps < 0 ? 'DECLINED' : 'UNCHANGED' };
  });
}

/** An authority's grade history per area, asked of the API. */
export async function gradeHistory(authority) {
  const data = await gql(HISTORY, { where: { authorities: [authority] } });
  return AREAS.map((area) => ({ area, grades: data[area][0]?.grades ?? [] })).filter((h) => h.grades.length);
}

/** The authority page's section: a chart of its grades over time and the changes between inspections. */
export function gradeHistorySection(histories, code) {
  if (!histories.length) return '<h2>Grades over time</h2><p>No graded inspection is recorded.</p>';
  const rows = histories.flatMap((h) => changes(h.area, h.grades));
  const when = (g) => date(g.event.startDate, g.event.startPrecision);
  const body = rows.map((c) => `<tr><td>${esc(words(c.area))}</td><td>${esc(`${words(c.before.grade)} (${when(c.before)})`)}</td>
    <td>${esc(`${words(c.after.grade)} (${when(c.after)})`)}</td><td>${esc(words(c.direction))}</td></tr>`).join('');
  const changed = { caption: 'Grade changes', file: `${code}-grade-changes`,
    header: ['Area', 'Before', 'Before date', 'After', 'After date', 'Direction'], rows: rows.map((c) =>
      [words(c.area), words(c.before.grade), c.before.event.startDate, words(c.after.grade), c.after.event.startDate, words(c.direction)]) };
  return `<h2>Grades over time</h2>
    <figure class="chart grade-history"><div class="chart-box" style="height:240px"><canvas role="img"
      aria-label="Line chart: the grade of each area at each graded inspection; the table below lists the changes"></canvas></div>
    <figcaption>Grades at each graded inspection, outstanding at the top.</figcaption></figure>
    ${rows.length ? `<section class="block"><div class="table-wrap"><table><caption>Grade changes</caption>
      <thead><tr><th scope="col">Area</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Direction</th></tr></thead>
      <tbody>${body}</tbody></table></div>
      ${downloads(changed)}</section>`
    : '<p>One graded inspection so far: no change to show.</p>'}`;
}

/** Draws the grade-history chart once the section is in the page. */
export function drawGradeHistory(root, histories) {
  const canvas = root.querySelector('.grade-history canvas');
  if (!canvas) return;
  const events = [...new Map(histories.flatMap((h) => h.grades).map((g) => [g.event.key, g.event])).values()]
    .sort((a, b) => String(a.startDate).localeCompare(String(b.startDate)));
  drawGradeChart(canvas, {
    labels: events.map((e) => date(e.startDate, e.startPrecision)),
    datasets: histories.map((h) => ({
      label: words(h.area),
      data: events.map((e) => h.grades.find((g) => g.event.key === e.key)?.score ?? null),
    })),
    grades: GRADES.map(words),
  });
}
