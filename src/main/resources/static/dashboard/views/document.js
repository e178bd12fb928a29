/** A source document: its text, with a chosen finding marked, and everything extracted from it. */
import { gql } from '../api.js';
import { esc, links, table, words } from '../ui.js';

const QUERY = `query Document($hash: ID!) { document(hash: $hash) {
  hash kind title fileName date text authority { name }
  reports { event { key kind startDate } }
  findings { id order kind section text spanStart spanEnd themes { theme { slug name } polarity } }
  judgements { area grade }
  roles { title person { name } }
  inspections { lead person { name } }
} }`;

/** The document's text with one finding's span wrapped in <mark>, escaped for HTML. */
export function markedText(text, finding) {
  if (!finding || finding.spanStart == null || finding.spanEnd == null || finding.spanEnd > text.length) return esc(text);
  return esc(text.slice(0, finding.spanStart)) + '<mark id="marked-finding">' +
    esc(text.slice(finding.spanStart, finding.spanEnd)) + '</mark>' + esc(text.slice(finding.spanEnd));
}

export async function documentPage(root, [hash], params) {
  const d = (await gql(QUERY, { hash })).document;
  const chosen = d.findings.find((f) => f.id === params.get('finding'));
  const tags = (f) => f.themes.map((t) => `${t.theme.name} (${words(t.polarity).toLowerCase()})`).join('; ');
  root.innerHTML = `<h1>${esc(d.title ?? d.fileName)}</h1>
    <p>${esc(words(d.kind))} · ${esc(d.date ?? '')} · ${links.authority(d.authority?.name)} · file ${esc(d.fileName ?? '')}</p>
    <h2>What was extracted</h2>
    ${table({ caption: 'Events reported', file: 'document-events', rows: d.reports, columns: [
    { label: 'Start', text: (r) => r.event.startDate ?? '' }, { label: 'Kind', text: (r) => words(r.event.kind) }] })}
    ${table({ caption: 'Judgements', file: 'document-judgements', rows: d.judgements, columns: [
    { label: 'Area', text: (j) => words(j.area) }, { label: 'Grade', text: (j) => words(j.grade) }] })}
    ${table({ caption: 'People named', file: 'document-people', rows: [
    ...d.inspections.map((i) => ({ name: i.person.name, role: i.lead ? 'Lead inspector' : 'Inspector' })),
    ...d.roles.map((r) => ({ name: r.person.name, role: r.title ?? '' }))], columns: [
    { label: 'Person', text: (p) => p.name, html: (p) => links.person(p.name) }, { label: 'Role', text: (p) => p.role }] })}
    ${table({ caption: 'Findings', file: 'document-findings', rows: d.findings, columns: [
    { label: '#', num: true, text: (f) => f.order ?? '' },
    { label: 'Kind', text: (f) => words(f.kind) },
    { label: 'Finding', text: (f) => f.text },
    { label: 'Themes', text: tags }] })}
    <h2 id="document-text">Document text</h2>
    ${chosen ? '<p>The finding you followed is marked in the text.</p>' : ''}
    <pre class="doc-text" tabindex="0" aria-labelledby="document-text">${markedText(d.text ?? '', chosen)}</pre>`;
  if (chosen) root.addEventListener('rendered', () => root.querySelector('#marked-finding')?.scrollIntoView({ block: 'center' }));
}
