/** Ingest history: what was ingested when, and why a file was refused, newest first, by outcome. */
import { gql } from '../api.js';
import { href } from '../router.js';
import { esc, links, table, words } from '../ui.js';

const PAGE = 50;

const OUTCOMES = ['INGESTED', 'COPY', 'UNCHANGED', 'FAILED', 'REFUSED'];

const QUERY = `query IngestHistory($outcome: IngestOutcome, $first: Int, $offset: Int) {
  ingestHistory(outcome: $outcome, first: $first, offset: $offset) {
    totalCount records { at file outcome reason by door hash document { hash title } }
  }
}`;

/** "7 December 2026, 01:52:35" in the reader's time zone, from an ISO instant. */
function when(iso) {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'medium' });
}

export async function historyPage(root, parts, params) {
  const outcome = OUTCOMES.includes(params.get('outcome')) ? params.get('outcome') : null;
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const { ingestHistory: page } = await gql(QUERY, { outcome, first: PAGE, offset });
  const options = ['<option value="">Every outcome</option>', ...OUTCOMES.map((o) =>
    `<option value="${o}"${o === outcome ? ' selected' : ''}>${esc(words(o))}</option>`)].join('');
  const link = (to) => href('/history', { outcome: outcome ?? '', offset: to || '' });
  root.innerHTML = `<h1>Ingest history</h1>
    <p class="hint">Every document an editor uploaded or the ingest command offered, newest first; refusals too.
      The newest records are kept (10,000 by default). <a href="#/upload">Upload documents</a></p>
    <form class="filters"><label>Outcome <select name="outcome">${options}</select></label>
      <button type="submit">Show</button></form>
    <p class="showing">${page.totalCount} record${page.totalCount === 1 ? '' : 's'}${outcome ? ' ' + esc(words(outcome).toLowerCase()) : ''};
      showing ${page.records.length ? `${offset + 1} to ${offset + page.records.length}` : 'none'}.</p>
    ${table({ caption: 'Ingest history', file: 'ingest-history', rows: page.records, empty: 'Nothing recorded yet.', columns: [
      { label: 'Time', text: (r) => r.at, html: (r) => `<time datetime="${esc(r.at)}">${esc(when(r.at))}</time>` },
      { label: 'File', text: (r) => r.file },
      { label: 'Outcome', text: (r) => words(r.outcome) },
      { label: 'Reason', text: (r) => r.reason ?? '' },
      { label: 'By', text: (r) => r.by ?? '' },
      { label: 'Through', text: (r) => words(r.door) },
      { label: 'Document', text: (r) => r.document?.title ?? '',
        html: (r) => (r.document ? links.document(r.document.hash, r.document.title) : '') }] })}
    <nav aria-label="Pages of the history" class="pages">
      ${offset > 0 ? `<a href="${link(Math.max(0, offset - PAGE))}">Newer records</a>` : ''}
      ${offset + PAGE < page.totalCount ? `<a href="${link(offset + PAGE)}">Older records</a>` : ''}
    </nav>`;
  root.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = href('/history', { outcome: root.querySelector('select').value });
  });
}
