/** Search over findings and documents, with the matched words highlighted. */
import { gql } from '../api.js';
import { href } from '../router.js';
import { esc, links, snippet, table } from '../ui.js';

const QUERY = `query Search($text: String!) { search(text: $text, first: 20) {
  findings { score snippet finding { id authority { name } document { hash title } } }
  documents { score snippet document { hash title date } }
} }`;

const BY_MEANING = `query SemanticSearch($text: String!) { semanticSearch(text: $text, first: 20) {
  score snippet finding { id authority { name } document { hash title } }
}
graphStats { embeddings { embeddedFindings findingCount } } }`;

function plain(html) {
  return String(html).replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/**
 * The hits for the text, by its words or by meaning (then findings only, with how many findings have
 * their vector yet), or the server's reason why it cannot search for it (the box stays to fix it).
 */
async function find(text, meaning) {
  if (!text.trim()) return {};
  try {
    if (meaning) {
      const data = await gql(BY_MEANING, { text });
      return { results: { findings: data.semanticSearch }, progress: data.graphStats.embeddings };
    }
    return { results: (await gql(QUERY, { text })).search };
  } catch (error) {
    return { error: error.message };
  }
}

export async function searchPage(root, parts, params) {
  const text = params.get('q') ?? '';
  const meaning = params.get('by') === 'meaning';
  const { results, error, progress } = await find(text, meaning);
  root.innerHTML = `<h1>Search</h1>
    <form class="filters" role="search"><label>Words or "a phrase" <input type="search" name="q" value="${esc(text)}"></label>
    <label><input type="checkbox" name="meaning" ${meaning ? 'checked' : ''}> By meaning</label>
    <button type="submit">Search</button></form>
    ${meaning ? '<p>By meaning: findings that say the same in other words as well as in yours.</p>' : ''}
    ${progress && progress.embeddedFindings < progress.findingCount
    ? `<p class="progress" role="status">${progress.embeddedFindings} of ${progress.findingCount} findings can be found by meaning so far; the rest are on their way.</p>` : ''}
    ${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
    ${results ? `<h2>Findings</h2>${table({ caption: 'Matching findings', file: 'search-findings', rows: results.findings,
    empty: 'No finding matches.', columns: [
      { label: 'Snippet', text: (h) => plain(h.snippet), html: (h) => `<span class="snippet">${snippet(h.snippet)}</span>` },
      { label: 'Authority', text: (h) => h.finding.authority?.name ?? '', html: (h) => links.authority(h.finding.authority?.name) },
      { label: 'Source', text: (h) => h.finding.document.title ?? '',
        html: (h) => links.document(h.finding.document.hash, h.finding.document.title, { finding: h.finding.id }) }] })}
    ${meaning ? '' : `<h2>Documents</h2>${table({ caption: 'Matching documents', file: 'search-documents', rows: results.documents,
    empty: 'No document matches.', columns: [
      { label: 'Document', text: (h) => h.document.title ?? '', html: (h) => links.document(h.document.hash, h.document.title) },
      { label: 'Date', text: (h) => h.document.date ?? '' },
      { label: 'Snippet', text: (h) => plain(h.snippet), html: (h) => `<span class="snippet">${snippet(h.snippet)}</span>` }] })}`}`
    : error ? '' : '<p>Type words to look for in findings and documents.</p>'}`;
  root.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = href('/search', { q: root.querySelector('input[name=q]').value,
      by: root.querySelector('input[name=meaning]').checked ? 'meaning' : '' });
  });
}
