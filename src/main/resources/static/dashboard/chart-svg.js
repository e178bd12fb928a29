/**
 * A drawn Chart.js chart as SVG, for slides and print: the vector shapes are written from the
 * geometry Chart.js has already laid out (its scales' ticks, its bars' and points' positions, its
 * legend's boxes), so the SVG shows the same chart as the canvas, sharp at any size. It covers what
 * the dashboard draws: bar charts (either way round) and line charts, with their axes and legend.
 */

function escape(text) {
  return String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

const round = (n) => Math.round(n * 10) / 10;

function text(x, y, value, anchor = 'middle', extra = '') {
  return `<text x="${round(x)}" y="${round(y)}" text-anchor="${anchor}"${extra}>${escape(value)}</text>`;
}

function tickLabel(tick) {
  return Array.isArray(tick.label) ? tick.label.join(' ') : tick.label;
}

/** A scale's grid lines, tick labels and title. */
function axis(scale, area) {
  const parts = [];
  scale.ticks.forEach((tick, i) => {
    const at = scale.getPixelForTick(i);
    if (scale.isHorizontal()) {
      parts.push(`<line x1="${round(at)}" y1="${round(area.top)}" x2="${round(at)}" y2="${round(area.bottom)}" class="grid"/>`);
      parts.push(text(at, scale.top + 16, tickLabel(tick)));
    }
    else {
      parts.push(`<line x1="${round(area.left)}" y1="${round(at)}" x2="${round(area.right)}" y2="${round(at)}" class="grid"/>`);
      parts.push(text(scale.right - 8, at + 4, tickLabel(tick), 'end'));
    }
  });
  const title = scale.options.title;
  if (title?.display && title.text) {
    parts.push(scale.isHorizontal() ? text((area.left + area.right) / 2, scale.bottom - 2, title.text)
      : text(0, 0, title.text, 'middle', ` transform="translate(${round(scale.left + 12)} ${round((area.top + area.bottom) / 2)}) rotate(-90)"`));
  }
  return parts.join('');
}

function colour(value, i) {
  return Array.isArray(value) ? value[i % value.length] : value;
}

function bars(meta, set, horizontal) {
  return meta.data.map((bar, i) => {
    const { x, y, base, width, height } = bar.getProps(['x', 'y', 'base', 'width', 'height'], true);
    const box = horizontal
      ? { x: Math.min(x, base), y: y - height / 2, w: Math.abs(x - base), h: height }
      : { x: x - width / 2, y: Math.min(y, base), w: width, h: Math.abs(base - y) };
    return `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.w)}" height="${round(box.h)}" fill="${colour(set.backgroundColor, i)}"/>`;
  }).join('');
}

function line(meta, set) {
  const points = meta.data.filter((point) => !point.skip);
  const path = points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
  const radius = set.pointRadius ?? 3;
  return `<polyline points="${path}" fill="none" stroke="${set.borderColor}" stroke-width="${set.borderWidth ?? 2}"/>`
    + points.map((p) => `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${radius}" fill="${set.backgroundColor}"/>`).join('');
}

function legend(chart) {
  const items = chart.legend?.legendItems ?? [];
  const boxes = chart.legend?.legendHitBoxes ?? [];
  return items.map((item, i) => {
    const box = boxes[i];
    if (!box) return '';
    const size = Math.min(12, box.height);
    return `<rect x="${round(box.left)}" y="${round(box.top + (box.height - size) / 2)}" width="${size}" height="${size}" fill="${item.fillStyle}"/>`
      + text(box.left + size + 6, box.top + box.height / 2 + 4, item.text, 'start');
  }).join('');
}

/** The chart as an SVG document titled {@code title}. */
export function chartSvg(chart, title = '') {
  const { width, height, chartArea: area } = chart;
  const horizontal = chart.options.indexAxis === 'y';
  const axes = Object.values(chart.scales).map((scale) => axis(scale, area)).join('');
  const data = chart.data.datasets.map((set, i) => {
    const meta = chart.getDatasetMeta(i);
    if (meta.hidden) return '';
    return meta.type === 'line' ? line(meta, set) : bars(meta, set, horizontal);
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">
<title>${escape(title)}</title>
<style>text{font:12px system-ui,Arial,sans-serif;fill:#333}.grid{stroke:#e0e0e0;stroke-width:1}</style>
<rect width="100%" height="100%" fill="#ffffff"/>
${axes}${data}${legend(chart)}
</svg>
`;
}
