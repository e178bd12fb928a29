import { writeHeaders } from './session.js';

/** The dashboard's only data source: the public GraphQL API at /graphql (with the session's CSRF token). */
export async function gql(query, variables = {}) {
  const response = await fetch('graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(await writeHeaders()) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({}));
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  if (!response.ok) {
    throw new Error(`The server answered ${response.status}`);
  }
  return body.data;
}

let regionsPromise;

/** The regions of the authorities in the graph, by name (asked once). */
export function regions() {
  regionsPromise ??= gql('{ authorities { region } }').then((data) =>
    [...new Set(data.authorities.map((a) => a.region).filter(Boolean))].sort());
  return regionsPromise;
}

export const EVENT_KINDS = ['SIF_INSPECTION', 'ILACS_STANDARD', 'ILACS_SHORT', 'FOCUSED_VISIT', 'MONITORING_VISIT', 'JTAI', 'AREA_SEND'];

/** The finding kinds in which Ofsted says what must improve. */
export const MUST_IMPROVE = ['AREA_FOR_IMPROVEMENT', 'PRIORITY_ACTION', 'RECOMMENDATION'];

/** The finding kinds the view's URL asks for (`said=improve`), or null for everything inspectors said. */
export function findingKinds(params) {
  return params.get('said') === 'improve' ? MUST_IMPROVE : null;
}

/** The analyst filters in a view's query string as GraphQL arguments. */
export function scopeArgs(params) {
  const year = (name) => (params.get(name) ? Number(params.get(name)) : null);
  const polarity = params.get('polarity') || 'CONCERN';
  const where = {};
  if (params.get('region')) where.regions = [params.get('region')];
  if (params.get('kind')) where.eventKinds = [params.get('kind')];
  return { from: year('from'), to: year('to'), polarity: polarity === 'ANY' ? null : polarity, where,
    findingKinds: findingKinds(params) };
}
