/**
 * England at a glance: the 153 children's-services authorities on an offline map (shapes shipped
 * as england.json), coloured by each one's latest overall grade, by the share of its events
 * raising a chosen theme, or by whether it raised the theme against how many of its statistical
 * neighbours did. Hovering or focusing an authority shows its figure; selecting it opens its page.
 * Colours come with patterns and a labelled legend, and a table lists the same figures.
 */
import { gql } from '../api.js';
import { heat } from '../charts.js';
import { href, seg } from '../router.js';
import { esc, table, words } from '../ui.js';

const GRADES = `{ latestGrades { authority { code } overall event { kind startDate startPrecision } } }`;

const THEMES = `{ themes { slug name } }`;

const SHARE = `query Share($theme: ID!) { themeTrend(theme: $theme, by: AUTHORITY, polarity: CONCERN) {
  key eventCount totalEvents rate } }`;

const AMONG_NEIGHBOURS = `query AmongNeighbours($theme: ID!) { themeAmongNeighbours(theme: $theme, polarity: CONCERN) {
  authority { code } eventCount raisingEvents raised neighboursWithEvents neighboursRaising neighbourShare } }`;

let shapes;

/** The map's shapes, fetched once: { width, height, licence, authorities: [{ code, name, path }] }. */
function england() {
  shapes ??= fetch('dashboard/england.json').then((response) => {
    if (!response.ok) throw new Error(`The map's shapes could not be loaded (${response.status}).`);
    return response.json();
  });
  return shapes;
}

/** Grade classes: colour-blind-safe colours, each with its own pattern so colour is never the only cue. */
const GRADE_CLASSES = [
  { key: 'OUTSTANDING', label: 'Outstanding', colour: '#0072B2', pattern: 'solid' },
  { key: 'GOOD', label: 'Good', colour: '#56B4E9', pattern: 'dots' },
  { key: 'REQUIRES_IMPROVEMENT', label: 'Requires improvement', colour: '#E69F00', pattern: 'hatch' },
  { key: 'INADEQUATE', label: 'Inadequate', colour: '#D55E00', pattern: 'cross' },
  { key: '', label: 'No graded inspection held', colour: '#f2f2f2', pattern: 'solid' },
];

const SHARE_CLASSES = [0, 0.25, 0.5, 0.75, 1].map((share, i, all) => ({
  key: String(i), label: i === 0 ? 'None of its events' : `Up to ${Math.round(share * 100)}% (over ${Math.round(all[i - 1] * 100)}%)`,
  colour: heat(share).background, pattern: 'solid', upTo: share,
})).concat([{ key: 'none', label: 'No event held', colour: '#f2f2f2', pattern: 'hatch' }]);

/**
 * Against neighbours: warm where the authority raised the theme, cool where it did not; dark where
 * that differs from most of its neighbours with events, light where it is like them.
 */
const NEIGHBOUR_CLASSES = [
  { key: 'raised-unlike', label: 'Raised here; by fewer than half its neighbours', colour: '#D55E00', pattern: 'cross' },
  { key: 'raised-like', label: 'Raised here and by half or more of its neighbours', colour: '#E69F00', pattern: 'hatch' },
  { key: 'missing-unlike', label: 'Not raised here; raised by half or more of its neighbours', colour: '#0072B2', pattern: 'dots' },
  { key: 'missing-like', label: 'Not raised here, nor by half its neighbours', colour: '#9AD0F0', pattern: 'solid' },
  { key: 'none', label: 'No comparison: no event here or at its neighbours', colour: '#f2f2f2', pattern: 'solid' },
];

const MARKS = {
  solid: () => '',
  dots: () => '<circle cx="3" cy="3" r="1.1" fill="#000" fill-opacity=".55"/>',
  hatch: () => '<path d="M-1 1 L1 -1 M0 6 L6 0 M5 7 L7 5" stroke="#000" stroke-opacity=".6" stroke-width="1"/>',
  cross: () => '<path d="M0 0 L6 6 M6 0 L0 6" stroke="#000" stroke-opacity=".7" stroke-width="1"/>',
};

function patterns(classes) {
  return classes.map((c, i) => `<pattern id="fill-${i}" width="6" height="6" patternUnits="userSpaceOnUse">
    <rect width="6" height="6" fill="${c.colour}"/>${MARKS[c.pattern]()}</pattern>`).join('');
}

function swatch(i) {
  return `<svg width="28" height="18" aria-hidden="true" focusable="false"><rect width="28" height="18" fill="url(#fill-${i})" stroke="#444"/></svg>`;
}

/** By grade: each authority's class and the figure hovering shows. */
async function byGrade() {
  const rows = (await gql(GRADES)).latestGrades;
  const byCode = new Map(rows.map((r) => [r.authority.code, r]));
  return {
    classes: GRADE_CLASSES,
    title: 'Latest overall grade',
    of: (code) => {
      const row = byCode.get(code);
      const at = GRADE_CLASSES.findIndex((c) => c.key === (row?.overall ?? ''));
      const figure = row?.overall ? `${words(row.overall)} (${words(row.event.kind)}, ${row.event.startDate ?? 'date not known'})`
        : 'no graded inspection held';
      return { at: at < 0 ? GRADE_CLASSES.length - 1 : at, figure, value: row?.overall ? words(row.overall) : '' };
    },
  };
}

/** By theme: the share of each authority's events (in the graph) that raised the theme as a concern. */
async function byTheme(slug) {
  const points = (await gql(SHARE, { theme: slug })).themeTrend;
  const byCode = new Map(points.map((p) => [p.key, p]));
  return {
    classes: SHARE_CLASSES,
    title: `Share of its events raising “${slug}” as a concern`,
    named(name) { this.title = `Share of its events raising “${name}” as a concern`; },
    of: (code) => {
      const point = byCode.get(code);
      if (!point || !point.totalEvents) return { at: SHARE_CLASSES.length - 1, figure: 'no event held', value: '' };
      const at = point.eventCount === 0 ? 0 : SHARE_CLASSES.findIndex((c, i) => i > 0 && point.rate <= c.upTo);
      return { at, value: `${Math.round(point.rate * 100)}%`,
        figure: `${Math.round(point.rate * 100)}% (${point.eventCount} of ${point.totalEvents} events)` };
    },
  };
}

/** Against neighbours: whether each authority raised the theme as a concern, and how many of its neighbours did. */
async function byNeighbours(slug) {
  const rows = (await gql(AMONG_NEIGHBOURS, { theme: slug })).themeAmongNeighbours;
  const byCode = new Map(rows.map((r) => [r.authority.code, r]));
  const named = (name) => `“${name}” as a concern, here and at its statistical neighbours`;
  return {
    classes: NEIGHBOUR_CLASSES,
    title: named(slug),
    named(name) { this.title = named(name); },
    of: (code) => neighbourFigure(byCode.get(code)),
  };
}

function neighbourFigure(row) {
  if (!row || !row.eventCount || row.neighbourShare == null) {
    const why = !row || !row.eventCount ? 'no event held' : 'no event held at its neighbours';
    return { at: NEIGHBOUR_CLASSES.length - 1, figure: why, value: '' };
  }
  const most = row.neighbourShare >= 0.5;
  const at = row.raised ? (most ? 1 : 0) : (most ? 2 : 3);
  const events = row.eventCount === 1 ? 'its one event' : `its ${row.eventCount} events`;
  const every = row.eventCount === 1 ? events : `all ${events}`;
  const here = !row.raised ? `not raised at ${events}`
    : `raised at ${row.raisingEvents === row.eventCount ? every : `${row.raisingEvents} of ${events}`}`;
  const share = `${Math.round(row.neighbourShare * 100)}%`;
  return { at, value: `${row.raised ? 'Raised' : 'Not raised'}; ${share} of neighbours`,
    figure: `${here}; ${row.neighboursRaising} of its ${row.neighboursWithEvents} neighbours with events raised it (${share})` };
}

const COLOURINGS = { grade: () => byGrade(), theme: (slug) => byTheme(slug), neighbours: (slug) => byNeighbours(slug) };

function form(themes, by, slug) {
  const theme = themes.map((t) => `<option value="${esc(t.slug)}"${t.slug === slug ? ' selected' : ''}>${esc(t.name)}</option>`).join('');
  const option = (value, label) => `<option value="${value}"${by === value ? ' selected' : ''}>${label}</option>`;
  return `<form class="filters" aria-label="Map colouring">
    <label>Colour by <select name="by">${option('grade', 'Latest overall grade')}
    ${option('theme', 'Share of events raising a theme')}
    ${option('neighbours', 'A theme here and at statistical neighbours')}</select></label>
    <label>Theme <select name="theme">${theme}</select></label>
    <button type="submit">Apply</button></form>`;
}

function shapesMarkup(map, colouring, counts) {
  return map.authorities.map((a) => {
    const { at, figure } = colouring.of(a.code);
    counts[at] = (counts[at] ?? 0) + 1;
    return `<a href="${href('/authority/' + seg(a.name))}" aria-label="${esc(`${a.name}: ${figure}`)}" data-code="${esc(a.code)}"
      data-figure="${esc(`${a.name}: ${figure}`)}"><path id="shape-${esc(a.code)}" d="${a.path}" fill="url(#fill-${at})"><title>${esc(`${a.name}: ${figure}`)}</title></path></a>`;
  }).join('');
}

/** London's boroughs again, enlarged in the empty sea to the south-east, for pointing at. */
function londonInset(map, colouring) {
  const boroughs = map.authorities.filter((a) => a.code.startsWith('E09'));
  return `<g class="inset" aria-hidden="true"><rect x="455" y="590" width="150" height="125" fill="#fff" stroke="#444"/>
    <text x="460" y="603">London, enlarged</text>
    <g transform="translate(462 606) scale(2.25) translate(-436 -500)">${boroughs.map((a) =>
  `<a href="${href('/authority/' + seg(a.name))}" tabindex="-1" data-figure="${esc(`${a.name}: ${colouring.of(a.code).figure}`)}"><use href="#shape-${esc(a.code)}"/></a>`).join('')}</g></g>`;
}

export async function mapPage(root, parts, params) {
  const by = Object.hasOwn(COLOURINGS, params.get('by') ?? '') ? params.get('by') : 'grade';
  const slug = params.get('theme') || 'caseloads';
  const [map, themes, colouring] = await Promise.all([england(), gql(THEMES).then((d) => d.themes),
    COLOURINGS[by](slug)]);
  const chosen = themes.find((t) => t.slug === slug) ?? { slug, name: slug };
  colouring.named?.(chosen.name);
  const counts = [];
  const body = shapesMarkup(map, colouring, counts);
  const legend = colouring.classes.map((c, i) => `<li>${swatch(i)} ${esc(c.label)} <span class="count">(${counts[i] ?? 0})</span></li>`).join('');
  const rows = map.authorities.map((a) => ({ ...a, ...colouring.of(a.code) })).sort((x, y) => x.name.localeCompare(y.name));
  root.innerHTML = `<h1>Map of England</h1>${form(themes, by, chosen.slug)}
    <div class="map-layout"><figure class="map"><svg viewBox="0 0 ${map.width} ${map.height}" role="group"
      aria-label="Map of England's children's services authorities: ${esc(colouring.title)}">
      <defs>${patterns(colouring.classes)}</defs><g class="shapes">${body}</g>${londonInset(map, colouring)}</svg>
      <figcaption>${esc(colouring.title)}. Select an authority to open its page. ${esc(map.licence)}</figcaption></figure>
    <div class="map-side"><p class="map-figure" role="status" aria-live="polite">Point at or tab to an authority to see its figure.</p>
    <h2 class="legend-title">${esc(colouring.title)}</h2><ul class="legend">${legend}</ul></div></div>
    ${table({ caption: 'Authorities on the map', file: `map-${{ grade: 'grades', theme: chosen.slug }[by] ?? `neighbours-${chosen.slug}`}`, rows, columns: [
    { label: 'Authority', text: (r) => r.name, html: (r) => `<a href="${href('/authority/' + seg(r.name))}">${esc(r.name)}</a>` },
    { label: 'ONS code', text: (r) => r.code },
    { label: colouring.title, text: (r) => r.value }] })}`;
  bindMap(root);
}

function bindMap(root) {
  const info = root.querySelector('.map-figure');
  const show = (event) => {
    const link = event.target.closest('a[data-figure]');
    if (link?.dataset.figure) info.textContent = link.dataset.figure;
  };
  const svg = root.querySelector('figure.map svg');
  svg.addEventListener('mouseover', show);
  svg.addEventListener('focusin', show);
  root.querySelector('form.filters').addEventListener('submit', (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.target));
    location.hash = href('/map', values);
  });
}
