/** Authorities: the list of those inspected, and one authority's timeline, themes, people, documents and neighbours. */
import { findingKinds, gql } from '../api.js';
import { bindFilters, saidForm } from '../filters.js';
import { date, esc, links, table, words } from '../ui.js';
import { neighbourSection, sortableNeighbourTables } from './neighbours.js';
import { drawGradeHistory, gradeHistory, gradeHistorySection } from './grades.js';

const LIST = `{ documents { authority { name code region type } } }`;

const PROFILE = `query Authority($name: String) { authority(name: $name) {
  name code type region
  events { key kind startDate startPrecision endDate focus judgements { area grade }
    inspectorates { name } outcome { value wording } partnership { council healthBody }
    inspectors { lead person { name } } findings { kind themes { theme { slug name } polarity } } }
  roles { title organisation relation asOf person { name } document { hash title } }
  documents { hash kind title date }
} }`;

export async function authorityList(root) {
  const data = await gql(LIST);
  const byName = new Map(data.documents.filter((d) => d.authority).map((d) => [d.authority.name, d.authority]));
  const rows = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  root.innerHTML = `<h1>Authorities</h1><p>Authorities that documents in the graph are about.</p>
    ${table({ caption: 'Authorities with documents', file: 'authorities', rows, columns: [
    { label: 'Authority', text: (a) => a.name, html: (a) => links.authority(a.name) },
    { label: 'ONS code', text: (a) => a.code ?? '' },
    { label: 'Region', text: (a) => a.region ?? '' },
    { label: 'Type', text: (a) => words(a.type) }] })}`;
}

/**
 * Per event, the concern themes raised (by findings of the kinds given, every kind when null) and
 * which of them an earlier event had raised too.
 */
export function themesAtEvents(events, kinds = null) {
  const seen = new Map();
  return events.map((event) => {
    const raised = new Map();
    event.findings.filter((f) => !kinds || kinds.includes(f.kind))
      .flatMap((f) => f.themes).filter((t) => t.polarity === 'CONCERN')
      .forEach((t) => raised.set(t.theme.slug, t.theme));
    const themes = [...raised.values()].sort((a, b) => a.name.localeCompare(b.name))
      .map((theme) => ({ theme, persisting: seen.has(theme.slug) }));
    themes.forEach(({ theme }) => seen.set(theme.slug, true));
    return { event, themes };
  });
}

function grades(event) {
  return event.judgements.map((j) => `${words(j.area)}: ${words(j.grade)}`).join('; ');
}

/** The outcomes of area SEND inspections, in the framework's own words (a scale apart from grades). */
const OUTCOMES = {
  POSITIVE_EXPERIENCES: 'Typically positive experiences and outcomes',
  INCONSISTENT_EXPERIENCES: 'Inconsistent experiences and outcomes',
  WIDESPREAD_SYSTEMIC_FAILINGS: 'Widespread and/or systemic failings',
  SUFFICIENT_PROGRESS: 'Sufficient progress (monitoring inspection)',
  INSUFFICIENT_PROGRESS: 'Insufficient progress (monitoring inspection)',
};

/** An event's verdict: its outcome where it has one (area SEND), else its grades. */
function verdict(event) {
  return event.outcome ? `Outcome: ${OUTCOMES[event.outcome.value] ?? words(event.outcome.value)}`
    : `Grades: ${grades(event) || 'not graded'}`;
}

function partnership(event) {
  const p = event.partnership;
  return p ? `<p>Local area partnership: ${esc([p.council, p.healthBody].filter(Boolean).join(' and '))}</p>` : '';
}

function themeList(themes) {
  return themes.map(({ theme, persisting }) => links.theme(theme.slug, theme.name) +
    (persisting ? ' <strong class="persisting">(persisting)</strong>' : '')).join(', ');
}

export async function authorityPage(root, [name], params) {
  const asked = gradeHistory(name).catch(() => null);
  const [a, neighbours] = await Promise.all([gql(PROFILE, { name }).then((data) => data.authority),
    neighbourSection(name, params).catch((error) => `<section id="neighbours"><h2>Compared with its neighbours</h2>
      <p class="error">${esc(error.message)}</p></section>`)]);
  const histories = (await asked) ?? await gradeHistory(a.code ?? a.name);
  const kinds = findingKinds(params);
  const timeline = themesAtEvents(a.events, kinds);
  const concerns = kinds ? 'Concerns Ofsted said must improve' : 'Concerns raised';
  const inspectors = new Map();
  a.events.forEach((e) => e.inspectors.forEach((i) => inspectors.set(i.person.name, i.person)));
  root.innerHTML = `<h1>${esc(a.name)}</h1>
    <p>${esc([a.code, words(a.type), a.region].filter(Boolean).join(' · '))}</p>
    ${gradeHistorySection(histories, a.code ?? a.name)}
    <h2>Timeline of inspection events</h2>
    ${saidForm(params)}
    <ol class="timeline">${timeline.map(({ event, themes }) => `<li><h3>${esc(words(event.kind))}, ${esc(date(event.startDate, event.startPrecision))}</h3>
      ${event.focus ? `<p>Focus: ${esc(event.focus)}</p>` : ''}
      ${event.inspectorates.length ? `<p>Inspectorates: ${esc(event.inspectorates.map((i) => i.name).join(', '))}</p>` : ''}
      <p>${esc(verdict(event))}</p>${partnership(event)}
      <p>Inspectors: ${event.inspectors.map((i) => links.person(i.person.name) + (i.lead ? ' (lead)' : '')).join(', ') || 'not named'}</p>
      <p>${concerns}: ${themeList(themes) || 'none recorded'}</p></li>`).join('')}</ol>
    ${table({ caption: 'Inspection events', file: `${a.code ?? a.name}-events`, rows: timeline, columns: [
    { label: 'Start', text: (t) => t.event.startDate ?? '' },
    { label: 'When', text: (t) => date(t.event.startDate, t.event.startPrecision) },
    { label: 'Kind', text: (t) => words(t.event.kind) },
    { label: 'Grades or outcome', text: (t) => (t.event.outcome ? verdict(t.event) : grades(t.event)) },
    { label: concerns, text: (t) => t.themes.map((x) => x.theme.name + (x.persisting ? ' (persisting)' : '')).join('; ') }] })}
    <h2>People and roles over time</h2>
    ${table({ caption: 'People and roles', file: `${a.code ?? a.name}-roles`, rows: a.roles, columns: [
    { label: 'As of', text: (r) => r.asOf ?? '' },
    { label: 'Person', text: (r) => r.person.name, html: (r) => links.person(r.person.name) },
    { label: 'Role', text: (r) => r.title ?? '' },
    { label: 'Organisation', text: (r) => r.organisation ?? '' },
    { label: 'Source', text: (r) => r.document.title ?? '', html: (r) => links.document(r.document.hash, r.document.title) }] })}
    <h2>Inspectors</h2>
    ${table({ caption: 'Inspectors of its events', file: `${a.code ?? a.name}-inspectors`, rows: [...inspectors.values()], columns: [
    { label: 'Inspector', text: (p) => p.name, html: (p) => links.person(p.name) }] })}
    <h2>Documents</h2>
    ${table({ caption: 'Documents about it', file: `${a.code ?? a.name}-documents`, rows: a.documents, columns: [
    { label: 'Date', text: (d) => d.date ?? '' },
    { label: 'Title', text: (d) => d.title ?? '', html: (d) => links.document(d.hash, d.title) },
    { label: 'Kind', text: (d) => words(d.kind) }] })}
    ${neighbours}`;
  sortableNeighbourTables(root);
  bindFilters(root, '/authority/' + encodeURIComponent(name));
  root.addEventListener('rendered', () => drawGradeHistory(root, histories));
}
