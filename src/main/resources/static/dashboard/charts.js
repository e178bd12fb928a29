/**
 * Chart.js (served by the application as a WebJar) with a colour-blind-safe palette; every chart
 * offers itself as PNG (Chart.js's own image of the canvas) and SVG (chart-svg.js).
 */
import { chartSvg } from './chart-svg.js';

/** Okabe–Ito colours, distinguishable with the common kinds of colour blindness. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

const live = [];

/** Paints the chart's background white, so that a downloaded PNG is not transparent. */
const PAPER = {
  id: 'paper',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Forgets the charts of the previous view. */
export function destroyCharts() {
  live.splice(0).forEach((chart) => chart.destroy());
}

/** Draws a chart on a canvas; `onPick(index)` is called when a bar or point is clicked. */
export function drawChart(canvas, { type, labels, datasets, horizontal = false, onPick, yTitle }) {
  const chart = new window.Chart(canvas, {
    type,
    data: {
      labels,
      datasets: datasets.map((set, i) => ({
        backgroundColor: PALETTE[i % PALETTE.length], borderColor: PALETTE[i % PALETTE.length], ...set,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 }, title: { display: !!yTitle, text: yTitle } } },
      onClick: (event, elements) => { if (onPick && elements.length) onPick(elements[0].index); },
      onHover: (event, elements) => { event.native.target.style.cursor = onPick && elements.length ? 'pointer' : 'default'; },
    },
    plugins: [PAPER],
  });
  live.push(chart);
  offerDownloads(canvas, chart);
  return chart;
}

const VIRIDIS = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];

/** WCAG relative luminance of an sRGB colour given as [r, g, b] in 0..255. */
function luminance(rgb) {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A viridis colour for a share between 0 and 1, with the text colour (black or white) of higher contrast on it. */
export function heat(share) {
  const t = Math.max(0, Math.min(1, share)) * (VIRIDIS.length - 1);
  const i = Math.min(Math.floor(t), VIRIDIS.length - 2);
  const f = t - i;
  const rgb = VIRIDIS[i].map((c, k) => Math.round(c + (VIRIDIS[i + 1][k] - c) * f));
  const light = luminance(rgb);
  const text = (light + 0.05) / 0.05 >= 1.05 / (light + 0.05) ? '#000' : '#fff';
  return { background: `rgb(${rgb.join(',')})`, text };
}

/**
 * A line chart of grades (scores 1 to 4) with outstanding at the top and the grades' names on
 * its axis; an area not judged at an inspection leaves a gap that the line spans.
 */
export function drawGradeChart(canvas, { labels, datasets, grades }) {
  const chart = new window.Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: datasets.map((set, i) => ({
        borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length],
        spanGaps: true, pointRadius: 5, borderWidth: 2, ...set,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { reverse: true, min: 0.8, max: 4.2, afterBuildTicks: (axis) => { axis.ticks = [1, 2, 3, 4].map((value) => ({ value })); },
        ticks: { callback: (value) => grades[value - 1] ?? '' } } },
    },
    plugins: [PAPER],
  });
  live.push(chart);
  offerDownloads(canvas, chart);
  return chart;
}

/**
 * Year points with every year of the range present: a year with no point gets one of zeros, so
 * that a chart does not set 2018 beside 2021. The range is `from`..`to` where given, else the
 * points' own first and last years; points not labelled with a year keep their place at the end.
 */
export function everyYear(points, from, to, zero = (year) => ({ label: String(year) })) {
  const byYear = new Map(points.filter((p) => /^\d{4}$/.test(p.label)).map((p) => [Number(p.label), p]));
  const others = points.filter((p) => !/^\d{4}$/.test(p.label));
  if (!byYear.size && (from == null || to == null)) return points;
  const first = from ?? Math.min(...byYear.keys());
  const last = to ?? Math.max(...byYear.keys());
  const years = [];
  for (let year = first; year <= last; year++) years.push(byYear.get(year) ?? zero(year));
  return [...years, ...others];
}

/** The chart's file name: its caption in lower case with dashes. */
function fileName(canvas) {
  const caption = canvas.closest('figure')?.querySelector('figcaption')?.textContent ?? 'chart';
  return caption.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'chart';
}

function save(href, file) {
  const link = document.createElement('a');
  link.href = href;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Buttons under the chart downloading it as PNG and as SVG. */
function offerDownloads(canvas, chart) {
  const figure = canvas.closest('figure');
  if (!figure || figure.querySelector('.chart-downloads')) return;
  const name = fileName(canvas);
  const title = figure.querySelector('figcaption')?.textContent ?? '';
  const buttons = document.createElement('p');
  buttons.className = 'chart-downloads';
  buttons.innerHTML = '<button type="button" class="link" data-format="png">Download chart as PNG</button> '
    + '<button type="button" class="link" data-format="svg">Download chart as SVG</button>';
  buttons.addEventListener('click', (event) => {
    const format = event.target.dataset?.format;
    if (format === 'png') save(chart.toBase64Image('image/png', 1), name + '.png');
    if (format === 'svg') {
      const url = URL.createObjectURL(new Blob([chartSvg(chart, title)], { type: 'image/svg+xml' }));
      save(url, name + '.svg');
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
  });
  figure.append(buttons);
}
