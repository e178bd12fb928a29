/** A source document: its text, with a chosen finding marked, and everything extracted from it. */
import { gql } from '../api.js';
import { esc, links, table, words } from '../ui.js';
import { href } from '../router.js';

const QUERY = `query Document($hash: ID!) { document(hash: $hash) {
  hash kind title fileName date text authority { name }
  reports { event { key kind startDate } }
  findings { id order kind section text spanStart spanEnd themes { theme { slug name } polarity evidence } }
  judgements { area grade }
  roles { title person { name } }
  inspections { lead person { name } }
} }`;

const SIMILAR = `query SimilarFindings($hash: ID!) { document(hash: $hash) { findings { id
  similar(first: 5) { similarity finding { id text authority { name } event { year } document { hash title date } } }
} } }`;

/** The findings elsewhere that say much the same as the chosen one; null when it has none or the question failed. */
async function similarTo(hash, id) {
  try {
    const d = (await gql(SIMILAR, { hash })).document;
    return d.findings.find((f) => f.id === id)?.similar ?? [];
  } catch (error) {
    return null;
  }
}

const shortened = (text) => (text.length > 220 ? text.slice(0, 217) + '\u2026' : text);

/** The panel of findings like the chosen one, in other authorities or years, most similar first. */
function similarPanel(similar) {
  if (similar === null) return '<section class="similar"><h2 id="similar-findings">Similar findings elsewhere</h2><p class="error">Similar findings could not be found just now.</p></section>';
  return `<section class="similar" aria-labelledby="similar-findings"><h2 id="similar-findings">Similar findings elsewhere</h2>
    <p>What other authorities, or this one in other years, were told in other words: nearest in meaning first.</p>
    ${table({ caption: 'Similar findings', file: 'similar-findings', rows: similar,
    empty: 'None yet: findings get their meaning a few seconds after they are ingested.', columns: [
      { label: 'Similarity', num: true, text: (s) => s.similarity.toFixed(2) },
      { label: 'Authority', text: (s) => s.finding.authority?.name ?? '', html: (s) => links.authority(s.finding.authority?.name) },
      { label: 'Year', num: true, text: (s) => s.finding.event?.year ?? s.finding.document.date?.slice(0, 4) ?? '' },
      { label: 'Finding', text: (s) => s.finding.text,
        html: (s) => links.document(s.finding.document.hash, shortened(s.finding.text), { finding: s.finding.id }) }] })}
  </section>`;
}

/** Where a sentence ends: its stop (with any closing quote) and the space after, a blank line, or a bullet. */
const BOUNDARY = /[.!?]["'’”)\]]*\s+|\n\s*\n|\n\s*[•●▪◦*-]\s+/g;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The offsets of the evidence words in text[start, end), any run of white space matching any other; null when absent. */
export function locate(text, start, end, evidence) {
  const words = String(evidence ?? '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const match = new RegExp(words.map(escapeRegExp).join('\\s+'), 'i').exec(text.slice(start, end));
  return match ? [start + match.index, start + match.index + match[0].length] : null;
}

/** The sentence of text[start, end) holding [from, to): from the previous boundary to the end of its own stop. */
export function sentenceAround(text, start, end, from, to) {
  let first = start;
  for (const m of text.slice(start, from).matchAll(BOUNDARY)) first = start + m.index + m[0].length;
  const next = new RegExp(BOUNDARY.source).exec(text.slice(to, end));
  const last = !next ? end : to + next.index + (/^[.!?]/.test(next[0]) ? next[0].trimEnd().length : 0);
  return [first, last];
}

/** The sentences of a finding carrying its tags' evidence (of one theme when given), merged, in text order. */
export function evidenceSentences(text, finding, slug) {
  const chosen = finding.themes.filter((t) => t.theme.slug === slug);
  const tags = chosen.length ? chosen : finding.themes;
  const ranges = tags.map((t) => locate(text, finding.spanStart, finding.spanEnd, t.evidence))
    .filter(Boolean).map(([from, to]) => sentenceAround(text, finding.spanStart, finding.spanEnd, from, to))
    .sort((a, b) => a[0] - b[0]);
  return ranges.reduce((merged, range) => {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
    return merged;
  }, []);
}

/**
 * The document's text, escaped for HTML, with one finding's span wrapped in <mark id="marked-finding">
 * and, within it, each sentence carrying a tag's evidence in <mark class="evidence">.
 */
export function markedText(text, finding, slug) {
  if (!finding || finding.spanStart == null || finding.spanEnd == null || finding.spanEnd > text.length) return esc(text);
  let inner = '';
  let at = finding.spanStart;
  for (const [from, to] of evidenceSentences(text, finding, slug)) {
    inner += esc(text.slice(at, from)) + '<mark class="evidence">' + esc(text.slice(from, to)) + '</mark>';
    at = to;
  }
  inner += esc(text.slice(at, finding.spanEnd));
  return esc(text.slice(0, finding.spanStart)) + '<mark id="marked-finding" class="finding">' + inner + '</mark>' +
    esc(text.slice(finding.spanEnd));
}

export async function documentPage(root, [hash], params) {
  const d = (await gql(QUERY, { hash })).document;
  const chosen = d.findings.find((f) => f.id === params.get('finding'));
  const similar = chosen ? await similarTo(hash, chosen.id) : undefined;
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
    { label: 'Themes', text: tags },
    { label: 'Similar', text: () => '', html: (f) => `<a href="${href('/document/' + encodeURIComponent(d.hash), { finding: f.id })}">similar</a>` }] })}
    ${chosen ? similarPanel(similar) : ''}
    <h2 id="document-text">Document text</h2>
    ${chosen ? '<p>The finding you followed is marked in the text, and the sentence that carries its theme\u2019s evidence is highlighted within it.</p>' : ''}
    <pre class="doc-text" tabindex="0" aria-labelledby="document-text">${markedText(d.text ?? '', chosen, params.get('theme'))}</pre>`;
  if (chosen) {
    root.addEventListener('rendered', () => (root.querySelector('#marked-finding .evidence') ??
      root.querySelector('#marked-finding'))?.scrollIntoView({ block: 'center' }));
  }
}
