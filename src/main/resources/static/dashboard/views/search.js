/** Search over findings and documents, with the matched words highlighted. */
import { gql } from '../api.js';
import { href } from '../router.js';
import { esc, links, snippet, table } from '../ui.js';

const QUERY = `query Search($text: String!) { search(text: $text, first: 20) {
  findings { score snippet finding { id authority { name } document { hash title } } }
  documents { score snippet document { hash title date } }
} }`;

function plain(html) {
  return String(html).replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The hits for the text, or the server's reason why it cannot search for it (the box stays to fix it). */
async function find(text) {
  if (!text.trim()) return {};
  try {
    return { results: (await gql(QUERY, { text })).search };
  } catch (error) {
    return { error: error.message };
  }
}

export async function searchPage(root, parts, params) {
  const text = params.get('q') ?? '';
  const { results, error } = await find(text);
  root.innerHTML = `<h1>Search</h1>
    <form class="filters" role="search"><label>Words or "a phrase" <input type="search" name="q" value="${esc(text)}"></label>
    <button type="submit">Search</button></form>
    ${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
    ${results ? `<h2>Findings</h2>${table({ caption: 'Matching findings', file: 'search-findings', rows: results.findings,
    empty: 'No finding matches.', columns: [
      { label: 'Snippet', text: (h) => plain(h.snippet), html: (h) => `<span class="snippet">${snippet(h.snippet)}</span>` },
      { label: 'Authority', text: (h) => h.finding.authority?.name ?? '', html: (h) => links.authority(h.finding.authority?.name) },
      { label: 'Source', text: (h) => h.finding.document.title ?? '',
        html: (h) => links.document(h.finding.document.hash, h.finding.document.title, { finding: h.finding.id }) }] })}
    <h2>Documents</h2>${table({ caption: 'Matching documents', file: 'search-documents', rows: results.documents,
    empty: 'No document matches.', columns: [
      { label: 'Document', text: (h) => h.document.title ?? '', html: (h) => links.document(h.document.hash, h.document.title) },
      { label: 'Date', text: (h) => h.document.date ?? '' },
      { label: 'Snippet', text: (h) => plain(h.snippet), html: (h) => `<span class="snippet">${snippet(h.snippet)}</span>` }] })}`
    : error ? '' : '<p>Type words to look for in findings and documents.</p>'}`;
  root.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = href('/search', { q: root.querySelector('input[name=q]').value });
  });
}
