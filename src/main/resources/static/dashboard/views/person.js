/** People: the inspectors list and one person's roles, inspections, documents and themes. */
import { findingKinds, gql } from '../api.js';
import { bindFilters, saidForm } from '../filters.js';
import { date, esc, links, table, words } from '../ui.js';

const INSPECTORS = `{ inspectors { person { name } eventCount ledCount authorities { name } } }`;

const PERSON = `query Person($name: String!, $findingKinds: [FindingKind!]) { person(name: $name) {
  name inspector
  roles { title organisation asOf authority { name } document { hash title } }
  inspections { lead event { startDate startPrecision kind authority { name } } }
  documents { hash title date }
  themesRaised(findingKinds: $findingKinds) { theme { slug name } concernCount findingCount years }
} }`;

export async function inspectorList(root) {
  const rows = (await gql(INSPECTORS)).inspectors;
  root.innerHTML = `<h1>Inspectors</h1>
    ${table({ caption: 'Inspectors and their visits', file: 'inspectors', rows, columns: [
    { label: 'Inspector', text: (i) => i.person.name, html: (i) => links.person(i.person.name) },
    { label: 'Events', num: true, text: (i) => i.eventCount },
    { label: 'Led', num: true, text: (i) => i.ledCount },
    { label: 'Authorities', text: (i) => i.authorities.map((a) => a.name).join('; '),
      html: (i) => i.authorities.map((a) => links.authority(a.name)).join(', ') }] })}`;
}

export async function personPage(root, [name], params) {
  const p = (await gql(PERSON, { name, findingKinds: findingKinds(params) })).person;
  const file = p.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  root.innerHTML = `<h1>${esc(p.name)}</h1><p>${p.inspector ? 'Inspector' : 'Named in documents'}</p>
    <h2>Roles over time</h2>
    ${table({ caption: 'Roles', file: `${file}-roles`, rows: p.roles, columns: [
    { label: 'As of', text: (r) => r.asOf ?? '' },
    { label: 'Role', text: (r) => r.title ?? '' },
    { label: 'Organisation', text: (r) => r.organisation ?? '' },
    { label: 'Authority', text: (r) => r.authority?.name ?? '', html: (r) => links.authority(r.authority?.name) },
    { label: 'Source', text: (r) => r.document.title ?? '', html: (r) => links.document(r.document.hash, r.document.title) }] })}
    <h2>Inspections</h2>
    ${table({ caption: 'Events inspected', file: `${file}-inspections`, rows: p.inspections, columns: [
    { label: 'Start', text: (i) => i.event.startDate ?? '', html: (i) => esc(date(i.event.startDate, i.event.startPrecision)) },
    { label: 'Authority', text: (i) => i.event.authority.name, html: (i) => links.authority(i.event.authority.name) },
    { label: 'Kind', text: (i) => words(i.event.kind) },
    { label: 'Lead', text: (i) => (i.lead ? 'yes' : 'no') }] })}
    <h2>Themes raised on their visits</h2>
    ${saidForm(params)}
    ${table({ caption: 'Themes raised', file: `${file}-themes`, rows: p.themesRaised, columns: [
    { label: 'Theme', text: (t) => t.theme.name, html: (t) => links.theme(t.theme.slug, t.theme.name) },
    { label: 'Concerns', num: true, text: (t) => t.concernCount },
    { label: 'Findings', num: true, text: (t) => t.findingCount },
    { label: 'Years', text: (t) => t.years.join('; ') }] })}
    <h2>Documents</h2>
    ${table({ caption: 'Documents naming them', file: `${file}-documents`, rows: p.documents, columns: [
    { label: 'Date', text: (d) => d.date ?? '' },
    { label: 'Title', text: (d) => d.title ?? '', html: (d) => links.document(d.hash, d.title) }] })}`;
  bindFilters(root, '/person/' + encodeURIComponent(name));
}
