// What a line starts, read at its first character after indentation (k) up to its end (e): the block starts of
// CommonMark 0.31 and GFM as micromark reads them. Each test is linear in the line.
import { isBlankBetween, isSpaceOrTab } from './lines';

/** The depth of the ATX heading that starts at k (1–6), or 0. */
export function atxDepth(text: string, k: number, e: number): number {
  let m = k;
  while (m < e && m - k < 7 && text.charCodeAt(m) === 35) m++;
  const depth = m - k;
  return depth >= 1 && depth <= 6 && (m >= e || isSpaceOrTab(text.charCodeAt(m))) ? depth : 0;
}

export interface FenceMark {
  /** `` ` `` (96) or `~` (126). */
  ch: number;
  len: number;
}

/** The opening code fence at k, or null (an info string after backticks may not hold a backtick). */
export function fenceOpen(text: string, k: number, e: number): FenceMark | null {
  const ch = text.charCodeAt(k);
  if (ch !== 96 && ch !== 126) return null;
  let m = k;
  while (m < e && text.charCodeAt(m) === ch) m++;
  if (m - k < 3) return null;
  if (ch === 96) {
    const tick = text.indexOf('`', m);
    if (tick >= 0 && tick < e) return null;
  }
  return { ch, len: m - k };
}

/** Whether the line from k closes a fence opened with `fence` (indentation is the caller's to check). */
export function closesFence(text: string, k: number, e: number, fence: FenceMark): boolean {
  let m = k;
  while (m < e && text.charCodeAt(m) === fence.ch) m++;
  if (m - k < fence.len) return false;
  return isBlankBetween(text, m, e);
}

/** `***`, `---`, `___` (three or more, spaces and tabs between). */
export function isThematicBreak(text: string, k: number, e: number): boolean {
  let ch = 0;
  let count = 0;
  for (let p = k; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9) continue;
    if (c !== 42 && c !== 45 && c !== 95) return false;
    if (ch && c !== ch) return false;
    ch = c;
    count++;
  }
  return count >= 3;
}

/**
 * isThematicBreak for a rest of the line that starts at k, asked again and again as containers are read off the
 * line (`- - - - text`): whether the rest holds only one marker character and white space is read from the
 * line's end once per line, so the line costs linear time however many containers it opens.
 */
export function restIsThematicBreak(text: string, k: number, e: number): boolean {
  const c = text.charCodeAt(k);
  if (c !== 42 && c !== 45 && c !== 95) return false;
  if (cacheText !== text || cacheEnd !== e) {
    cacheText = text;
    cacheEnd = e;
    cacheFrom[0] = cacheFrom[1] = cacheFrom[2] = -1;
  }
  const slot = c === 42 ? 0 : c === 45 ? 1 : 2;
  if (cacheFrom[slot] < 0) {
    let i = e;
    while (i > 0) {
      const d = text.charCodeAt(i - 1);
      if (d !== c && d !== 32 && d !== 9) break;
      i--;
    }
    cacheFrom[slot] = i;
  }
  // Only that marker and white space from k on: count the markers (the few containers left cost little).
  return k >= cacheFrom[slot] && isThematicBreak(text, k, e);
}
let cacheText = '';
let cacheEnd = -1;
const cacheFrom = [-1, -1, -1];

/** The level a setext underline at k gives the paragraph above (1 for `=`, 2 for `-`), or 0. */
export function setextLevel(text: string, k: number, e: number): number {
  const ch = text.charCodeAt(k);
  if (ch !== 61 && ch !== 45) return 0;
  let m = k;
  while (m < e && text.charCodeAt(m) === ch) m++;
  return isBlankBetween(text, m, e) ? (ch === 61 ? 1 : 2) : 0;
}

export interface ListMarker {
  ordered: boolean;
  /** The bullet, or the delimiter (`.` `)`) of an ordered item. */
  marker: number;
  /** The offset after the marker. */
  end: number;
}

/** The list item marker at k (followed by white space or the line end), or null. */
export function listMarker(text: string, k: number, e: number): ListMarker | null {
  const c = text.charCodeAt(k);
  if (c === 45 || c === 43 || c === 42) {
    return k + 1 >= e || isSpaceOrTab(text.charCodeAt(k + 1)) ? { ordered: false, marker: c, end: k + 1 } : null;
  }
  let m = k;
  while (m < e && m - k < 10 && text.charCodeAt(m) >= 48 && text.charCodeAt(m) <= 57) m++;
  if (m === k || m - k > 9) return null;
  const d = text.charCodeAt(m);
  if (d !== 46 && d !== 41) return null;
  if (m + 1 < e && !isSpaceOrTab(text.charCodeAt(m + 1))) return null;
  return { ordered: true, marker: d, end: m + 1 };
}

/** An HTML block's kind (CommonMark 1–7) and how it ends: a pattern on a line, or a blank line. */
export interface HtmlKind {
  kind: number;
  end: RegExp | 'blank';
  /** Where, from the `<`, the opening line is searched for the end (micromark lets `<!-->` and `<?>` close). */
  skip: number;
}

const HTML_1 = /^<(?:script|pre|style|textarea)(?:[\t\n\f\r >]|$)/i;
const HTML_1_END = /<\/(?:script|pre|style|textarea)>/i;
const HTML_6 =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\t\n\f\r >]|\/>|$)/i;
const HTML_7 =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[\t\n\f\r ]+[A-Za-z_:][\w.:-]*(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:[^\t\n\f\r "'=<>`]+|'[^']*'|"[^"]*"))?)*[\t\n\f\r ]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[\t\n\f\r ]*>)[\t ]*$/;

/** The HTML block that starts at k, or null. Kind 7 cannot interrupt a paragraph. */
export function htmlStart(text: string, k: number, e: number, interrupt: boolean): HtmlKind | null {
  if (text.charCodeAt(k) !== 60) return null;
  const line = text.slice(k, e);
  if (HTML_1.test(line)) return { kind: 1, end: HTML_1_END, skip: 0 };
  if (line.startsWith('<!--')) return { kind: 2, end: /-->/, skip: 2 };
  if (line.startsWith('<?')) return { kind: 3, end: /\?>/, skip: 1 };
  if (line.startsWith('<![CDATA[')) return { kind: 5, end: /\]\]>/, skip: 9 };
  if (/^<![A-Za-z]/.test(line)) return { kind: 4, end: />/, skip: 2 };
  if (HTML_6.test(line)) return { kind: 6, end: 'blank', skip: 0 };
  if (!interrupt && HTML_7.test(line)) return { kind: 7, end: 'blank', skip: 0 };
  return null;
}

/** Whether the HTML block `html` ends on the line [from, e) (kinds 1–5: the line holds their end marker). */
export function htmlEndsOn(html: HtmlKind, text: string, from: number, e: number): boolean {
  return html.end !== 'blank' && html.end.test(text.slice(from, e));
}

/** Cells of a table row (k: first character after indentation): a leading and a trailing pipe only delimit. */
export function rowCells(text: string, k: number, e: number): number {
  let pipes = 0;
  for (let p = k; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === 92) p++;
    else if (c === 124) pipes++;
  }
  if (pipes === 0) return 1;
  let last = e - 1;
  while (last > k && isSpaceOrTab(text.charCodeAt(last))) last--;
  // micromark: a row that is one pipe has no cell (it cannot be a table's header).
  if (last === k) return 0;
  const leading = text.charCodeAt(k) === 124 ? 1 : 0;
  const trailing = last > k && text.charCodeAt(last) === 124 && text.charCodeAt(last - 1) !== 92 ? 1 : 0;
  return Math.max(1, pipes + 1 - leading - trailing);
}

/** A GFM delimiter row (`| :-- | --: |`): its number of cells, or 0. */
export function delimiterCells(text: string, k: number, e: number): number {
  let dash = false;
  let mark = false;
  for (let p = k; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === 45) dash = true;
    else if (c === 124 || c === 58) mark = true;
    else if (!isSpaceOrTab(c)) return 0;
  }
  return dash && mark ? rowCells(text, k, e) : 0;
}
