/** Hash routes: every view has a URL such as #/theme/caseloads?from=2018&to=2022. */
export function currentRoute() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(query) };
}

/** The URL of a view; parameters left empty are left out. */
export function href(path, params = {}) {
  const entries = Object.entries(params).filter(([, v]) => v !== '' && v !== null && v !== undefined);
  const query = new URLSearchParams(entries).toString();
  return '#' + path + (query ? '?' + query : '');
}

/** A path segment for a name or key, encoded for the URL. */
export function seg(value) {
  return encodeURIComponent(value);
}
