// What the limits scan (segment.ts) counts on a line: pure helpers.

/**
 * How many characters micromark scans to match the backtick runs of a paragraph: a run looks ahead for a run
 * of the same length (the code span then ends there); a run without one scans to the end of the paragraph.
 * `ticks` holds (length, offset) pairs in order.
 */
export function backtickScan(ticks: number[], end: number): number {
  const runs = ticks.length / 2;
  if (runs < 2) return 0;
  const nextSame = new Int32Array(runs).fill(-1);
  const last = new Map<number, number>();
  for (let r = runs - 1; r >= 0; r--) {
    const len = ticks[2 * r];
    nextSame[r] = last.get(len) ?? -1;
    last.set(len, r);
  }
  let scan = 0;
  for (let r = 0; r < runs; r++) {
    const at = ticks[2 * r + 1];
    const closer = nextSame[r];
    if (closer >= 0) {
      scan += ticks[2 * closer + 1] - at;
      r = closer;
    } else {
      scan += end - at;
    }
  }
  return scan;
}

/**
 * Characters that add to the parser's work (Limits.maxSectionWork): 1 for those that interrupt text (micromark
 * tries a construct at each), 2 for ASCII letters, digits and `_` (a word counts once; GFM tries autolinks at
 * word starts).
 */
export const WORK = (() => {
  const t = new Uint8Array(128);
  for (const ch of '!&*<[\\]`~') t[ch.charCodeAt(0)] = 1;
  for (let c = 48; c < 58; c++) t[c] = 2;
  for (let c = 65; c < 91; c++) t[c] = 2;
  for (let c = 97; c < 123; c++) t[c] = 2;
  t[95] = 2;
  return t;
})();

/**
 * A link reference definition on one line: `[label]: destination`, then optionally a title closed on the same
 * line, then only white space (k: the `[`). Definitions that span lines are not recognised (their brackets count).
 */
export function isDefinition(text: string, k: number, e: number): boolean {
  let p = k + 1;
  for (; p < e && p - k <= 1000; p++) {
    const c = text.charCodeAt(p);
    if (c === 92) p++;
    else if (c === 91) return false;
    else if (c === 93) break;
  }
  if (p >= e || p === k + 1 || text.charCodeAt(p) !== 93 || text.charCodeAt(p + 1) !== 58) return false;
  p += 2;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (p >= e) return false;
  if (text.charCodeAt(p) === 60 /* < */) {
    const close = text.indexOf('>', p);
    if (close < 0 || close >= e) return false;
    p = close + 1;
  } else {
    while (p < e && text.charCodeAt(p) !== 32 && text.charCodeAt(p) !== 9) p++;
  }
  const afterDestination = p;
  while (p < e && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (p >= e) return true;
  if (p === afterDestination) return false;
  const open = text.charCodeAt(p);
  const close = open === 40 ? 41 : open;
  if (open !== 34 && open !== 39 && open !== 40) return false;
  for (p++; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === 92) p++;
    else if (c === close) break;
  }
  if (p >= e) return false;
  for (p++; p < e; p++) if (text.charCodeAt(p) !== 32 && text.charCodeAt(p) !== 9) return false;
  return true;
}

/** Cells of a table row with `pipes` unescaped pipes: a leading and a trailing pipe only delimit. */
export function countCells(text: string, k: number, e: number, pipes: number): number {
  let last = e - 1;
  while (last > k && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
  const leading = text.charCodeAt(k) === 124 ? 1 : 0;
  const trailing = last > k && text.charCodeAt(last) === 124 && text.charCodeAt(last - 1) !== 92 ? 1 : 0;
  return Math.max(1, pipes + 1 - leading - trailing);
}

export function countPipes(text: string, k: number, e: number): number {
  let n = 0;
  for (let p = k; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === 92) p++;
    else if (c === 124) n++;
  }
  return n;
}

export function isDelimiterRow(text: string, k: number, e: number): boolean {
  let dash = false;
  for (let p = k; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === 45) dash = true;
    else if (c !== 124 && c !== 58 && c !== 32 && c !== 9) return false;
  }
  return dash;
}

export const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
/** ASCII punctuation and the common Unicode punctuation of Japanese text (CommonMark's flanking rules). */
export const isPunct = (c: number) =>
  (c >= 33 && c <= 47) ||
  (c >= 58 && c <= 64) ||
  (c >= 91 && c <= 96) ||
  (c >= 123 && c <= 126) ||
  (c >= 0x3000 && c <= 0x303f) ||
  (c >= 0xff01 && c <= 0xff0f) ||
  (c >= 0x2010 && c <= 0x2027);
