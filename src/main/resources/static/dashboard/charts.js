/** Chart.js (served by the application as a WebJar) with a colour-blind-safe palette. */

/** Okabe–Ito colours, distinguishable with the common kinds of colour blindness. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

const live = [];

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
  });
  live.push(chart);
  return chart;
}

const VIRIDIS = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];

/** A viridis colour for a share between 0 and 1, with a text colour that keeps its contrast. */
export function heat(share) {
  const t = Math.max(0, Math.min(1, share)) * (VIRIDIS.length - 1);
  const i = Math.min(Math.floor(t), VIRIDIS.length - 2);
  const f = t - i;
  const rgb = VIRIDIS[i].map((c, k) => Math.round(c + (VIRIDIS[i + 1][k] - c) * f));
  return { background: `rgb(${rgb.join(',')})`, text: t / (VIRIDIS.length - 1) > 0.55 ? '#000' : '#fff' };
}
