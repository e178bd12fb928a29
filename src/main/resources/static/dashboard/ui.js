/** Small HTML helpers shared by the views: escaping, tables with CSV downloads, labels. */
import { href, seg } from './router.js';

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) =>
    ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A server snippet is HTML-escaped with <mark> around matches; anything else tag-like is escaped again. */
export function snippet(html) {
  return String(html ?? '').replace(/<(?!\/?mark>)/g, '&lt;');
}

const NAMES = {
  SIF_INSPECTION: 'SIF inspection', ILACS_STANDARD: 'ILACS standard inspection', ILACS_SHORT: 'ILACS short inspection',
  JTAI: 'JTAI', LSCB: 'LSCB', COUNTY: 'County', LONDON_BOROUGH: 'London borough',
  AREA_SEND: 'Area SEND inspection', AREA_SEND_REPORT: 'Area SEND report',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** An ISO date for people: "17 July 2018", or "November 2021" when only the month is known. */
export function date(iso, precision = 'DAY') {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso ?? '');
  if (!match) return iso ?? '';
  const month = MONTHS[Number(match[2]) - 1] + ' ' + match[1];
  return precision === 'MONTH' || !match[3] ? month : Number(match[3]) + ' ' + month;
}

/** An enum constant for people: FOCUSED_VISIT becomes "Focused visit". */
export function words(constant) {
  if (!constant) return '';
  if (NAMES[constant]) return NAMES[constant];
  const text = constant.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const links = {
  theme: (slug, name, params) => `<a href="${href('/theme/' + seg(slug), params)}">${esc(name ?? slug)}</a>`,
  authority: (name) => (name ? `<a href="${href('/authority/' + seg(name))}">${esc(name)}</a>` : ''),
  person: (name) => `<a href="${href('/person/' + seg(name))}">${esc(name)}</a>`,
  document: (hash, title, params) => `<a href="${href('/document/' + seg(hash), params)}">${esc(title || hash.slice(0, 12))}</a>`,
};

function csvCell(value) {
  const text = String(value ?? '');
  return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** CSV text (RFC 4180) for a header row and data rows. */
export function csv(header, rows) {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const NUMBER = /^-?\d+(\.\d+)?%?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A column's type for the workbook: counts and shares as numbers, ISO dates as dates, the rest text. */
function columnType(values, num) {
  const given = values.map((v) => String(v ?? '')).filter((v) => v !== '');
  if (num === 'percent') return 'percent';
  if (num || (given.length && given.every((v) => NUMBER.test(v)))) return 'number';
  return given.length && given.every((v) => ISO_DATE.test(v)) ? 'date' : 'text';
}

/**
 * The downloads beside a table: the rows as CSV (made here) and as an Excel workbook (the rows are
 * posted to the server, which writes them with typed cells, a frozen header and filters).
 */
export function downloads({ caption, file, header, rows, numeric = [] }) {
  const data = csv(header, rows);
  const table = { title: caption, file, rows,
    columns: header.map((label, i) => ({ label, type: columnType(rows.map((row) => row[i]), numeric[i]) })) };
  return `<div class="downloads"><a class="csv" href="data:text/csv;charset=utf-8,${encodeURIComponent(data)}"
    download="${esc(file)}.csv">Download “${esc(caption)}” as CSV</a>
    <form class="xlsx" method="post" action="export/table.xlsx"><input type="hidden" name="table" value="${esc(JSON.stringify(table))}">
    <button type="submit" class="link">Download “${esc(caption)}” as Excel</button></form></div>`;
}

/** The link downloading every finding the view's filters select (with the themes given) as a workbook. */
export function findingsWorkbook(params, themes = [], label = 'Download all the findings under these filters as Excel') {
  const query = new URLSearchParams();
  ['from', 'to', 'region', 'kind', 'said'].forEach((k) => { if (params.get(k)) query.set(k, params.get(k)); });
  query.set('polarity', params.get('polarity') || 'CONCERN');
  themes.forEach((slug) => query.append('theme', slug));
  return `<p><a class="findings-xlsx" href="export/findings.xlsx?${esc(query.toString())}" download>${esc(label)}</a>
    (authority, event, date, kind, section, themes with polarity, evidence, document and a link to each passage)</p>`;
}

/**
 * A table with a caption and its downloads (CSV and Excel). Each column has a label, a `text`
 * function giving the downloaded value, an optional `html` function giving the cell's markup, and
 * `num` when it holds numbers.
 */
export function table({ caption, columns, rows, file, empty = 'Nothing to show.' }) {
  if (!rows.length) return `<section class="block"><h3>${esc(caption)}</h3><p>${esc(empty)}</p></section>`;
  const head = columns.map((c) => `<th scope="col"${c.num ? ' class="num"' : ''}>${esc(c.label)}</th>`).join('');
  const body = rows.map((row) => '<tr>' + columns.map((c) =>
    `<td${c.num ? ' class="num"' : ''}>${c.html ? c.html(row) : esc(c.text(row))}</td>`).join('') + '</tr>').join('');
  return `<section class="block"><div class="table-wrap"><table>
    <caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>
    ${downloads({ caption, file, header: columns.map((c) => c.label), rows: rows.map((row) => columns.map((c) => c.text(row))),
    numeric: columns.map((c) => !!c.num) })}</section>`;
}

/** Counts shown as labelled figures. */
export function figures(items) {
  return '<dl class="figures">' + items.map(([label, value]) =>
    `<div><dt>${esc(label)}</dt><dd>${esc(value)}</dd></div>`).join('') + '</dl>';
}
