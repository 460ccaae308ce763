import type { Status } from '../checker/types';
import type { ChartRow } from './compliance';

/**
 * Charts as inline SVG: no script, no fonts or images from the network, readable on paper. A chart is a set of
 * horizontal stacked bars (one per row: a level, a part of the standard), on one scale so that a part with one
 * requirement is visibly smaller than one with five, each segment labelled with its count and a legend that
 * names the statuses in words (colour is never the only cue; outdated and not-applicable are also hatched).
 */

export const STATUS_COLORS: Record<Status, { fill: string; text: string }> = {
  covered: { fill: '#1e7b3a', text: '#ffffff' },
  outdated: { fill: '#e8a317', text: '#1a1a1a' },
  missing: { fill: '#c0392b', text: '#ffffff' },
  'not-applicable': { fill: '#b8bcc2', text: '#1a1a1a' },
};

const KEYS: Array<[Status, keyof ChartRow]> = [
  ['covered', 'covered'],
  ['outdated', 'outdated'],
  ['missing', 'missing'],
  ['not-applicable', 'notApplicable'],
];

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Approximate width of a label in px: CJK and full-width characters are about 1em, the rest about 0.6em. */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 1
        : 0.6;
  return w * fontSize;
}

/** Splits a label that is too wide into two lines, at a space if there is one near the middle. */
function wrap(label: string, max: number, fontSize: number): string[] {
  if (textWidth(label, fontSize) <= max) return [label];
  const chars = [...label];
  const space = label.indexOf(' ');
  if (
    space > 0 &&
    textWidth(label.slice(0, space), fontSize) <= max &&
    textWidth(label.slice(space + 1), fontSize) <= max
  )
    return [label.slice(0, space), label.slice(space + 1)];
  let first = '';
  for (const ch of chars) {
    if (textWidth(first + ch, fontSize) > max) break;
    first += ch;
  }
  let rest = label.slice(first.length).trim();
  if (textWidth(rest, fontSize) > max) {
    let cut = '';
    for (const ch of rest) {
      if (textWidth(cut + ch + '…', fontSize) > max) break;
      cut += ch;
    }
    rest = cut + '…';
  }
  return [first, rest];
}

export interface ChartOptions {
  /** Unique within the page: ids of patterns and titles. */
  id: string;
  title: string;
  /** Words for the statuses, in the report's language. */
  statusLabels: Record<Status, string>;
  /** "covered 3/5"-style text at the end of each row. */
  rowNote: (row: ChartRow) => string;
}

const WIDTH = 760;
const FONT = 13;
const ROW = 34;
const BAR = 20;

/** One stacked horizontal bar per row; segments in the order covered, outdated, missing, not applicable. */
export function stackedBarChart(rows: ChartRow[], o: ChartOptions): string {
  const labelWidth = Math.min(300, Math.max(90, ...rows.map((r) => textWidth(r.label, FONT)))) + 14;
  const noteWidth = Math.max(90, ...rows.map((r) => textWidth(o.rowNote(r), FONT - 1))) + 12;
  const barX = labelWidth;
  const barMax = WIDTH - labelWidth - noteWidth;
  const maxTotal = Math.max(1, ...rows.map((r) => r.total));
  const unit = barMax / maxTotal;
  const top = 8;
  const legendY = top + rows.length * ROW + 14;
  const height = legendY + 26;
  const id = o.id.replace(/[^a-zA-Z0-9_-]/g, '');

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="kijun-chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Yu Gothic',Meiryo,sans-serif" font-size="${FONT}">`,
    `<title id="${id}-title">${escapeXml(o.title)}</title>`,
    '<defs>',
    `<pattern id="${id}-hatch-outdated" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${STATUS_COLORS.outdated.fill}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-opacity="0.45" stroke-width="2"/></pattern>`,
    `<pattern id="${id}-hatch-na" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="6" height="6" fill="${STATUS_COLORS['not-applicable'].fill}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-opacity="0.6" stroke-width="2"/></pattern>`,
    '</defs>',
  );
  const fillOf = (s: Status) =>
    s === 'outdated'
      ? `url(#${id}-hatch-outdated)`
      : s === 'not-applicable'
        ? `url(#${id}-hatch-na)`
        : STATUS_COLORS[s].fill;

  rows.forEach((row, i) => {
    const y = top + i * ROW;
    const lines = wrap(row.label, labelWidth - 14, FONT);
    const cy = y + BAR / 2;
    parts.push(`<g class="row" data-key="${escapeXml(row.key)}">`);
    if (lines.length === 1) {
      parts.push(
        `<text x="${barX - 10}" y="${cy}" text-anchor="end" dominant-baseline="central" fill="#1a1a1a">${escapeXml(lines[0])}</text>`,
      );
    } else {
      parts.push(
        `<text x="${barX - 10}" y="${cy - 7}" text-anchor="end" dominant-baseline="central" fill="#1a1a1a" font-size="${FONT - 1}">${escapeXml(lines[0])}</text>`,
        `<text x="${barX - 10}" y="${cy + 8}" text-anchor="end" dominant-baseline="central" fill="#1a1a1a" font-size="${FONT - 1}">${escapeXml(lines[1])}</text>`,
      );
    }
    // The track: the row's full length, so an empty row still shows its place.
    parts.push(`<rect x="${barX}" y="${y}" width="${barMax.toFixed(1)}" height="${BAR}" fill="#f1f2f4" rx="2"/>`);
    let x = barX;
    for (const [status, key] of KEYS) {
      const n = row[key] as number;
      if (!n) continue;
      const w = n * unit;
      parts.push(
        `<rect class="seg seg-${status}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${fillOf(status)}" stroke="#ffffff" stroke-width="1"><title>${escapeXml(`${row.label}: ${o.statusLabels[status]} ${n}`)}</title></rect>`,
      );
      if (w >= 18) {
        parts.push(
          `<text x="${(x + w / 2).toFixed(1)}" y="${cy}" text-anchor="middle" dominant-baseline="central" font-weight="700" fill="${STATUS_COLORS[status].text}" paint-order="stroke" stroke="${STATUS_COLORS[status].fill}" stroke-width="3">${n}</text>`,
        );
      }
      x += w;
    }
    parts.push(
      `<text x="${WIDTH - noteWidth + 8}" y="${cy}" dominant-baseline="central" fill="#333333" font-size="${FONT - 1}">${escapeXml(o.rowNote(row))}</text>`,
    );
    parts.push('</g>');
  });

  // Legend: a swatch and the word for each status, laid out left to right from the bars' start.
  let lx = barX;
  parts.push(`<g class="legend" font-size="${FONT - 1}">`);
  for (const [status] of KEYS) {
    const label = o.statusLabels[status];
    parts.push(
      `<rect x="${lx}" y="${legendY}" width="14" height="14" fill="${fillOf(status)}" stroke="#888888" stroke-width="0.5"/>`,
      `<text x="${lx + 19}" y="${legendY + 7}" dominant-baseline="central" fill="#1a1a1a">${escapeXml(label)}</text>`,
    );
    lx += 19 + textWidth(label, FONT - 1) + 18;
  }
  parts.push('</g>', '</svg>');
  return parts.join('');
}
