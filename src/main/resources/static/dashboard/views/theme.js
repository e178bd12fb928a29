/** A theme: its trend over years, the authorities raising it, co-occurring themes and the evidence. */
import { gql, scopeArgs } from '../api.js';
import { drawChart, everyYear } from '../charts.js';
import { bindFilters, filtersForm } from '../filters.js';
import { esc, findingsWorkbook, links, table, words } from '../ui.js';
import { carried } from './themes.js';

const QUERY = `query Theme($theme: ID!, $from: Int, $to: Int, $polarity: Polarity, $where: Scope,
    $findingKinds: [FindingKind!]) {
  themes { slug name description parent { slug name } }
  years: themeTrend(theme: $theme, by: YEAR, from: $from, to: $to, polarity: $polarity, where: $where,
      findingKinds: $findingKinds) {
    label eventCount findingCount totalEvents rate }
  authorities: themeTrend(theme: $theme, by: AUTHORITY, from: $from, to: $to, polarity: $polarity, where: $where,
      findingKinds: $findingKinds) {
    label eventCount findingCount totalEvents rate }
  coOccurringThemes(theme: $theme, from: $from, to: $to, polarity: $polarity, where: $where,
      findingKinds: $findingKinds) {
    theme { slug name } count lift }
}`;

const EVIDENCE = `query Evidence($from: Int, $to: Int, $polarity: Polarity, $themes: Scope, $kinds: [FindingKind!]) {
  findings(first: 50, from: $from, to: $to, polarity: $polarity, kinds: $kinds, where: $themes) {
    totalCount edges { node { id text kind authority { name } event { year kind }
      document { hash title } themes { theme { slug } polarity evidence } } } }
}`;

const percent = (rate) => Math.round(rate * 100) + '%';

export async function themePage(root, [slug], params) {
  const args = scopeArgs(params);
  const [data, found, form] = await Promise.all([gql(QUERY, { ...args, theme: slug }),
    gql(EVIDENCE, { from: args.from, to: args.to, polarity: args.polarity, kinds: args.findingKinds,
      themes: { ...args.where, themes: [slug] } }),
    filtersForm(params)]);
  data.findings = found.findings;
  data.years = everyYear(data.years, args.from, args.to,
    (year) => ({ label: String(year), eventCount: 0, findingCount: 0, totalEvents: 0, rate: 0 }));
  const theme = data.themes.find((t) => t.slug === slug) ?? { slug, name: slug };
  const raising = data.authorities.filter((a) => a.eventCount > 0);
  const evidence = data.findings.edges.map((e) => e.node);
  const keep = carried(params);
  root.innerHTML = `<h1>Theme: ${esc(theme.name)}</h1>
    <p>${esc(theme.description ?? '')}${theme.parent ? ` Part of ${links.theme(theme.parent.slug, theme.parent.name, keep)}.` : ''}</p>
    ${form}
    <h2>Trend over years</h2>
    <figure class="chart"><div class="chart-box" style="height:260px"><canvas role="img"
      aria-label="Bar chart: events raising the theme per year; the table below lists the same figures"></canvas></div>
    <figcaption>Events raising ${esc(theme.name)} per year.</figcaption></figure>
    ${table({ caption: 'Trend over years', file: `${slug}-trend`, rows: data.years, columns: [
    { label: 'Year', text: (p) => p.label },
    { label: 'Events raising it', num: true, text: (p) => p.eventCount },
    { label: 'Findings', num: true, text: (p) => p.findingCount },
    { label: 'All events', num: true, text: (p) => p.totalEvents },
    { label: 'Share of events', num: true, text: (p) => percent(p.rate) }] })}
    <h2>Authorities raising it</h2>
    ${table({ caption: 'Authorities raising the theme', file: `${slug}-authorities`, rows: raising, columns: [
    { label: 'Authority', text: (p) => p.label, html: (p) => links.authority(p.label) },
    { label: 'Events raising it', num: true, text: (p) => p.eventCount },
    { label: 'Findings', num: true, text: (p) => p.findingCount },
    { label: 'Share of its events', num: true, text: (p) => percent(p.rate) }] })}
    <h2>Co-occurring themes</h2>
    ${table({ caption: 'Themes raised in the same findings', file: `${slug}-co-occurring`, rows: data.coOccurringThemes, columns: [
    { label: 'Theme', text: (c) => c.theme.name, html: (c) => links.theme(c.theme.slug, c.theme.name, keep) },
    { label: 'Findings with both', num: true, text: (c) => c.count },
    { label: 'Lift', num: true, text: (c) => c.lift.toFixed(2) }] })}
    <h2>Evidence (${data.findings.totalCount} findings)</h2>
    ${findingsWorkbook(params, [slug], `Download all ${data.findings.totalCount} findings raising it as Excel`)}
    ${table({ caption: 'Evidence: findings raising the theme', file: `${slug}-evidence`, rows: evidence, columns: [
    { label: 'Authority', text: (f) => f.authority?.name ?? '', html: (f) => links.authority(f.authority?.name) },
    { label: 'Year', text: (f) => f.event?.year ?? '' },
    { label: 'Kind', text: (f) => words(f.kind) },
    { label: 'Finding', text: (f) => f.text, html: (f) => `<span class="finding">${esc(f.text)}</span>` },
    { label: 'Source document', text: (f) => f.document.title ?? f.document.hash,
      html: (f) => links.document(f.document.hash, f.document.title, { finding: f.id, theme: slug }) }] })}`;
  bindFilters(root, '/theme/' + encodeURIComponent(slug));
  root.addEventListener('rendered', () => drawChart(root.querySelector('canvas'), {
    type: 'bar', labels: data.years.map((p) => p.label),
    datasets: [{ label: 'Events raising it', data: data.years.map((p) => p.eventCount) }],
    yTitle: 'Events',
  }));
}
