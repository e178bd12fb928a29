/**
 * Upload: the signed-in editor drops files (or picks them) and watches each one's progress and
 * outcome, through the same upload endpoint as every other client (POST api/documents).
 */
import { session, writeHeaders } from '../session.js';
import { esc, links } from '../ui.js';

export async function uploadPage(root) {
  const current = await session();
  if (!current.signedIn) {
    root.innerHTML = `<h1>Upload documents</h1>
      <p>Uploading needs an editor. <a href="#/sign-in">Sign in</a> first; reading needs no sign-in.</p>`;
    return;
  }
  root.innerHTML = `<h1>Upload documents</h1>
    <p class="hint">PDF or text files of Ofsted reports and letters, or council papers. The same file twice changes
      nothing; a copy of a publication already held is recorded as its copy. <a href="#/history">Ingest history</a></p>
    <div class="drop" id="drop-zone">
      <p id="drop-label">Drop files here, or</p>
      <label class="picker">Choose files… <input type="file" id="file-picker" multiple accept=".pdf,.txt,application/pdf,text/plain"
        aria-describedby="drop-label"></label>
    </div>
    <h2 id="uploads-heading">Uploads</h2>
    <ol class="uploads" id="uploads" aria-labelledby="uploads-heading" aria-live="polite"></ol>`;
  const list = root.querySelector('#uploads');
  const zone = root.querySelector('#drop-zone');
  root.querySelector('#file-picker').addEventListener('change', (event) => {
    uploadAll([...event.target.files], list);
    event.target.value = '';
  });
  zone.addEventListener('dragover', (event) => { event.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    uploadAll([...event.dataTransfer.files], list);
  });
}

/** One file after another, so that the readers are not asked for more than they hold. */
async function uploadAll(files, list) {
  const items = files.map((file) => ({ file, row: addRow(list, file) }));
  for (const { file, row } of items) {
    await uploadOne(file, row);
  }
}

function addRow(list, file) {
  const row = document.createElement('li');
  row.className = 'upload';
  row.innerHTML = `<span class="name">${esc(file.name)}</span>
    <progress max="100" value="0" aria-label="${esc(file.name)}: sent"></progress>
    <span class="outcome">Waiting</span>`;
  list.append(row);
  return row;
}

async function uploadOne(file, row) {
  const progress = row.querySelector('progress');
  const outcome = row.querySelector('.outcome');
  outcome.textContent = 'Sending…';
  try {
    const { status, body } = await send(file, (sent) => {
      progress.value = sent;
      if (sent >= 100) outcome.textContent = 'Reading…';
    });
    progress.value = 100;
    show(row, status, body);
  } catch (error) {
    show(row, 0, { detail: error.message });
  }
}

/** POSTs the file as multipart form data, reporting the share sent; resolves with the status and JSON body. */
async function send(file, onProgress) {
  const headers = await writeHeaders();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', 'api/documents');
    Object.entries(headers).forEach(([name, value]) => request.setRequestHeader(name, value));
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(Math.round((100 * event.loaded) / event.total));
    });
    request.addEventListener('load', () => {
      let body = {};
      try { body = JSON.parse(request.responseText); } catch { body = {}; }
      resolve({ status: request.status, body });
    });
    request.addEventListener('error', () => reject(new Error('the connection to the server failed')));
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

/** The outcome in words: ingested, unchanged, copy of …, or refused with the reason. */
export function describe(status, body) {
  if (status === 401 || status === 403) {
    return ['refused', 'Refused: ' + (body.detail ?? 'sign in again as the editor.')];
  }
  switch (body.status) {
    case 'INGESTED': return ['ingested', 'Ingested'];
    case 'UNCHANGED': return ['unchanged', body.copyOf ? `Unchanged: already held, ${body.reason}` : 'Unchanged: already held'];
    case 'COPY': return ['copy', body.reason ? body.reason.charAt(0).toUpperCase() + body.reason.slice(1) : 'Copy'];
    case 'FAILED': return ['refused', 'Refused: ' + body.reason];
    default: return ['refused', 'Refused: ' + (body.detail ?? `the server answered ${status}`)];
  }
}

function show(row, status, body) {
  const [kind, text] = describe(status, body);
  const outcome = row.querySelector('.outcome');
  row.dataset.outcome = kind;
  const document = body.contentHash && kind !== 'refused' ? ' ' + links.document(body.contentHash, 'Open the document') : '';
  const warnings = (body.warnings ?? []).map((w) => `<span class="warning">Check: ${esc(w)}</span>`).join(' ');
  outcome.innerHTML = `${esc(text)}${document} ${warnings}`;
}
