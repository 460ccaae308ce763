import type { LocalizedText } from '../catalog/types';
import { frontMatterEnd } from '../model/markdown';

/**
 * What Kijun agrees to check. remark (micromark + remark-gfm) is linear on ordinary Markdown, but a few shapes
 * make it quadratic or exhaust the stack, and a language server runs on every keystroke: such a document is
 * refused with a finding that says why, instead of hanging the editor or the CI job. Each limit is far above
 * anything a policy needs; the costs behind them are measured in docs/reliability.md.
 */
export interface Limits {
  /** Largest document checked, in UTF-8 bytes (the CLI refuses larger files before reading them). */
  maxBytes: number;
  /** Block containers (quotes, list items, footnote definitions) open on one line: remark recurses per level. */
  maxDepth: number;
  /**
   * Table cells in one section (between root-level headings). Upstream remark-gfm 4 resolves the cells of one
   * parse in quadratic time; Kijun's builds swap in a linear EditMap (scripts/gfmTableEditMap.mjs), so this only
   * bounds the time of one huge table (50 000 cells: a few seconds).
   */
  maxTableCells: number;
  /**
   * Lines that open a list item or continue a quote, in one section: remark keeps a whole list's tokens and tree
   * in memory at once (10 MB of one-word items under no heading runs a 4 GB heap out of memory).
   */
  maxListItems: number;
  /** Emphasis delimiter runs (`*`, `_`) that can open or close, in one paragraph: matched in quadratic time. */
  maxEmphasisRuns: number;
  /** Opening brackets in one paragraph: link labels are matched in quadratic time. */
  maxBrackets: number;
  /** A run of `*` or `_` against text: nested emphasis half as deep as the run is long. */
  maxRunLength: number;
  /** Characters scanned looking for closing backtick runs in one paragraph (an unmatched run scans to its end). */
  maxBacktickScan: number;
  /** Lines of YAML front matter: the yaml package checks duplicate keys in time quadratic in their number. */
  maxFrontMatterLines: number;
}

export const LIMITS: Readonly<Limits> = {
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 100,
  maxTableCells: 50_000,
  maxListItems: 100_000,
  maxEmphasisRuns: 200,
  maxBrackets: 500,
  maxRunLength: 200,
  maxBacktickScan: 5_000_000,
  maxFrontMatterLines: 5_000,
};

export type BreachKind = 'too-large' | 'too-deep';

/** Why a document is not checked, and where (the line that crosses the limit). */
export interface LimitBreach {
  kind: BreachKind;
  /** Which limit (a key of Limits, or 'stack' when the parser ran out of stack anyway). */
  limit: keyof Limits | 'stack';
  value: number;
  max: number;
  start: number;
  end: number;
  messages: LocalizedText;
}

const MB = 1024 * 1024;
const fmt = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
/** The limit as the CLI writes it: `10 MB`. */
const mbLimit = (bytes: number) => `${Number((bytes / MB).toFixed(1))} MB`;

/** UTF-8 length of a JavaScript string, without allocating (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8Length(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > stopAbove) return bytes;
  }
  return bytes;
}

/** The message for a document over the size limit (also used by readers that refuse before decoding). */
export function tooLargeMessage(bytes: number, max = LIMITS.maxBytes): LocalizedText {
  return {
    ja: `大きすぎるため検査しません: ${mb(bytes)} > ${mbLimit(max)}`,
    en: `too large to check: ${mb(bytes)} > ${mbLimit(max)}`,
  };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
/** ASCII punctuation and the common Unicode punctuation of Japanese text (CommonMark's flanking rules). */
const isPunct = (c: number) =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126) ||
  (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0x2010 && c <= 0x2027);

/**
 * Scans the text once (linear time, no allocation per character) and returns the first limit it exceeds, or
 * undefined. The scan follows Markdown only roughly — it may overestimate a cost, never hide one: lines in a
 * fenced code block at the root are skipped, every other line is measured.
 *
 * Every root-level ATX heading outside a fence resets the scan's state (it ends the paragraph, the table and the
 * section's cell count), so the scan is a sequence of independent segments, each from such a heading to the
 * next (scanSegment). The incremental scan (guard/incremental.ts) keeps them and re-scans only what an edit
 * touched; both go through scanSegment, so they refuse the same documents with the same findings.
 */
export function checkLimits(text: string, limits: Readonly<Limits> = LIMITS): LimitBreach | undefined {
  const whole = sizeBreach(text, limits) ?? frontMatterBreach(text, frontMatterEnd(text), limits);
  if (whole) return whole;
  for (let from = 0; ; ) {
    const segment = scanSegment(text, from, limits, false);
    if (segment.breach) return segment.breach;
    if (segment.end >= text.length) return undefined;
    from = segment.end;
  }
}

/** The document over the size limit (checked before anything else). */
export function sizeBreach(text: string, limits: Readonly<Limits>): LimitBreach | undefined {
  const length = text.length;
  if (length > limits.maxBytes || (length * 3 > limits.maxBytes && utf8Length(text, limits.maxBytes) > limits.maxBytes)) {
    const bytes = length > limits.maxBytes * 4 ? length : utf8Length(text);
    const firstLineEnd = lineEndAt(text, 0);
    return { kind: 'too-large', limit: 'maxBytes', value: bytes, max: limits.maxBytes, start: 0, end: Math.min(firstLineEnd, 200), messages: tooLargeMessage(bytes, limits.maxBytes) };
  }
  return undefined;
}

/** Line breaks (\n) in text[0, end): the lines of front matter that ends at `end`. */
export function frontMatterLines(text: string, end: number): number {
  let lines = 0;
  for (let p = text.indexOf('\n'); p >= 0 && p < end; p = text.indexOf('\n', p + 1)) lines++;
  return lines;
}

/** Front matter (ending at `fmEnd`, see model/markdown.ts frontMatterEnd; 0: none) over its limit. */
export function frontMatterBreach(text: string, fmEnd: number, limits: Readonly<Limits>, fmLines = fmEnd > 0 ? frontMatterLines(text, fmEnd) : 0): LimitBreach | undefined {
  if (fmEnd > 0 && fmLines > limits.maxFrontMatterLines) {
    return {
      kind: 'too-large', limit: 'maxFrontMatterLines', value: fmLines, max: limits.maxFrontMatterLines, start: 0, end: Math.min(lineEndAt(text, 0), 200),
      messages: {
        ja: `大きすぎるため検査しません: フロントマター ${fmt(fmLines)} 行 > ${fmt(limits.maxFrontMatterLines)} 行`,
        en: `too large to check: ${fmt(fmLines)} lines of front matter > ${fmt(limits.maxFrontMatterLines)}`,
      },
    };
  }
  return undefined;
}

/** One segment of the scan: where it ends (the start of the next one, or the text's length) and its first breach. */
export interface Segment {
  end: number;
  breach?: LimitBreach;
}

/**
 * Scans one segment: from `from` (0, or the start of a root-level ATX heading line outside a fence, as this scan
 * finds them) to the next such heading line, with a fresh state. Returns at the first breach when `toEnd` is
 * false (`end` is then -1); with `toEnd` it goes on, measuring nothing more, to find where the segment ends.
 */
export function scanSegment(text: string, from: number, limits: Readonly<Limits>, toEnd: boolean): Segment {
  const length = text.length;
  let fence: { ch: number; len: number } | null = null;
  let sectionCells = 0;
  let sectionItems = 0;
  let inTable = false;
  let previousPipes = -1;
  // Paragraph state: counters over consecutive non-blank lines.
  let emphasis = 0;
  let brackets = 0;
  let ticks: number[] = [];
  let paraEnd = 0;
  /** The first breach; once found, nothing more is measured (only the segment's end is looked for). */
  let found: LimitBreach | undefined;

  const endParagraph = (): LimitBreach | undefined => {
    const scan = backtickScan(ticks, paraEnd);
    const at = ticks.length ? ticks[1] : 0;
    ticks = [];
    emphasis = 0;
    brackets = 0;
    inTable = false;
    previousPipes = -1;
    if (scan > limits.maxBacktickScan) {
      return breach('too-large', 'maxBacktickScan', scan, limits.maxBacktickScan, at, {
        ja: `複雑すぎるため検査しません: 1 段落のバッククォートの照合 ${fmt(scan)} 文字 > ${fmt(limits.maxBacktickScan)} 文字`,
        en: `too large to check: matching the backtick runs of one paragraph scans ${fmt(scan)} characters > ${fmt(limits.maxBacktickScan)}`,
      });
    }
    return undefined;
  };
  const breach = (kind: BreachKind, limit: keyof Limits, value: number, max: number, at: number, messages: LocalizedText): LimitBreach => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const start = Math.max(lineStart, text.lastIndexOf('\r', at - 1) + 1);
    return { kind, limit, value, max, start, end: Math.min(lineEndAt(text, start), start + 200), messages };
  };

  let i = from;
  while (i < length) {
    const lineStart = i;
    let e = i;
    while (e < length) {
      const c = text.charCodeAt(e);
      if (c === 10 || c === 13) break;
      e++;
    }
    i = e < length ? (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1) : length;

    // Container prefix: quotes, list markers, footnote definitions, and the indentation before them.
    let k = lineStart;
    let depth = 0;
    let indent = 0;
    for (;;) {
      let cols = 0;
      while (k < e) {
        const c = text.charCodeAt(k);
        if (c === 32) cols++;
        else if (c === 9) cols += 4;
        else break;
        k++;
      }
      if (depth === 0) indent = cols;
      if (k >= e) break;
      const c = text.charCodeAt(k);
      if (c === 62 /* > */) {
        depth++;
        k++;
        continue;
      }
      if ((c === 45 || c === 43 || c === 42) && (k + 1 >= e || isSpace(text.charCodeAt(k + 1)))) {
        depth++;
        k++;
        continue;
      }
      if (c >= 48 && c <= 57) {
        let m = k;
        while (m < e && m - k < 9 && text.charCodeAt(m) >= 48 && text.charCodeAt(m) <= 57) m++;
        const d = text.charCodeAt(m);
        if ((d === 46 || d === 41) && (m + 1 >= e || isSpace(text.charCodeAt(m + 1)))) {
          depth++;
          k = m + 1;
          continue;
        }
      }
      if (c === 91 /* [ */ && text.charCodeAt(k + 1) === 94 /* ^ */) {
        const close = text.indexOf(']:', k + 2);
        if (close > k + 2 && close < e && !/[\s\]]/.test(text.slice(k + 2, close))) {
          depth++;
          k = close + 2;
          continue;
        }
      }
      break;
    }

    if (fence) {
      // Inside a fenced block opened at the root: only its closing fence (or the end of the text) ends it.
      if (closesFence(text, lineStart + Math.min(indent, 3), e, fence) && indent < 4) fence = null;
      continue;
    }

    const blank = k >= e;
    if (blank && depth === 0) {
      if (!found && (found = endParagraph()) && !toEnd) return { end: -1, breach: found };
      continue;
    }

    if (!found) {
      // A thematic break written with spaces (`* * *`, `- - -`) is no nesting.
      const estimated = depth > 1 && isThematicBreak(text, lineStart, e) ? 0 : depth + (depth > 0 ? indent >> 1 : 0);
      if (estimated > limits.maxDepth) {
        found = breach('too-deep', 'maxDepth', estimated, limits.maxDepth, lineStart, {
          ja: `入れ子が深すぎるため検査しません: 引用・リストの入れ子 ${fmt(estimated)} 段 > ${fmt(limits.maxDepth)} 段`,
          en: `too deeply nested to check: ${fmt(estimated)} levels of quotes and lists > ${fmt(limits.maxDepth)}`,
        });
        if (!toEnd) return { end: -1, breach: found };
      }
    }
    if (!found && depth > 0 && ++sectionItems > limits.maxListItems) {
      found = breach('too-large', 'maxListItems', sectionItems, limits.maxListItems, lineStart, {
        ja: `大きすぎるため検査しません: 1 つの節のリスト項目・引用 ${fmt(sectionItems)} 行 > ${fmt(limits.maxListItems)} 行（見出しで区切ってください）`,
        en: `too large to check: ${fmt(sectionItems)} list items and quote lines in one section > ${fmt(limits.maxListItems)} (split the section with headings)`,
      });
      if (!toEnd) return { end: -1, breach: found };
    }
    if (blank) {
      // `>` alone: a blank line inside the quote ends its paragraph.
      if (!found && (found = endParagraph()) && !toEnd) return { end: -1, breach: found };
      continue;
    }

    const first = text.charCodeAt(k);
    const heading = depth === 0 && indent < 4 && first === 35 /* # */ && isAtxHeading(text, k, e);
    if (heading) {
      // The next segment starts here; the heading ends this one's paragraph. (On the segment's own first line
      // the state is fresh: nothing to end, no cells counted yet.)
      if (lineStart > from) {
        if (!found) found = endParagraph();
        return { end: lineStart, breach: found };
      }
    } else if (depth === 0 && indent < 4 && (first === 96 || first === 126) && text.charCodeAt(k + 1) === first && text.charCodeAt(k + 2) === first) {
      let m = k;
      while (m < e && text.charCodeAt(m) === first) m++;
      if (first === 126 || text.indexOf('`', m) < 0 || text.indexOf('`', m) >= e) {
        if (!found && (found = endParagraph()) && !toEnd) return { end: -1, breach: found };
        fence = { ch: first, len: m - k };
        continue;
      }
    }
    if (found) continue;

    // Tables: a delimiter row under a row with pipes starts one; every following line is a row until a blank line.
    const pipes = countPipes(text, k, e);
    if (inTable) {
      sectionCells += pipes + 1;
    } else if (previousPipes > 0 && isDelimiterRow(text, k, e)) {
      inTable = true;
      sectionCells += previousPipes + 1 + pipes + 1;
    }
    previousPipes = pipes;
    if (sectionCells > limits.maxTableCells) {
      found = breach('too-large', 'maxTableCells', sectionCells, limits.maxTableCells, lineStart, {
        ja: `大きすぎるため検査しません: 1 つの節の表のセル ${fmt(sectionCells)} 個 > ${fmt(limits.maxTableCells)} 個（表を分けるか見出しで区切ってください）`,
        en: `too large to check: ${fmt(sectionCells)} table cells in one section > ${fmt(limits.maxTableCells)} (split the table or the section)`,
      });
      if (!toEnd) return { end: -1, breach: found };
      continue;
    }

    // Inline content: emphasis runs, brackets, backtick runs.
    for (let p = k; p < e; p++) {
      const c = text.charCodeAt(p);
      if (c === 92 /* \ */) {
        p++;
        continue;
      }
      if (c === 91 /* [ */) {
        if (++brackets > limits.maxBrackets) {
          found = breach('too-deep', 'maxBrackets', brackets, limits.maxBrackets, p, {
            ja: `入れ子が深すぎるため検査しません: 1 段落の角括弧 [ ${fmt(brackets)} 個 > ${fmt(limits.maxBrackets)} 個`,
            en: `too deeply nested to check: ${fmt(brackets)} brackets [ in one paragraph > ${fmt(limits.maxBrackets)}`,
          });
          break;
        }
      } else if (c === 42 || c === 95) {
        let q = p;
        while (q < e && text.charCodeAt(q) === c) q++;
        const before = p > lineStart ? text.charCodeAt(p - 1) : 32;
        const after = q < e ? text.charCodeAt(q) : 32;
        const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
        const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
        const intraword = c === 95 && left && right && !isPunct(before) && !isPunct(after);
        if ((left || right) && !intraword) {
          if (q - p > limits.maxRunLength) {
            found = breach('too-deep', 'maxRunLength', q - p, limits.maxRunLength, p, {
              ja: `入れ子が深すぎるため検査しません: 強調記号 ${String.fromCharCode(c)} が ${fmt(q - p)} 個連続 > ${fmt(limits.maxRunLength)} 個`,
              en: `too deeply nested to check: a run of ${fmt(q - p)} ${String.fromCharCode(c)} against text > ${fmt(limits.maxRunLength)}`,
            });
            break;
          }
          if (++emphasis > limits.maxEmphasisRuns) {
            found = breach('too-deep', 'maxEmphasisRuns', emphasis, limits.maxEmphasisRuns, p, {
              ja: `入れ子が深すぎるため検査しません: 1 段落の強調記号 ${fmt(emphasis)} 組 > ${fmt(limits.maxEmphasisRuns)} 組`,
              en: `too deeply nested to check: ${fmt(emphasis)} emphasis marks in one paragraph > ${fmt(limits.maxEmphasisRuns)}`,
            });
            break;
          }
        }
        p = q - 1;
      } else if (c === 96 /* ` */) {
        let q = p;
        while (q < e && text.charCodeAt(q) === 96) q++;
        ticks.push(q - p, p);
        p = q - 1;
      }
    }
    if (found) {
      if (!toEnd) return { end: -1, breach: found };
      continue;
    }
    paraEnd = e;
    if (heading) {
      // A heading is its own inline content.
      if ((found = endParagraph()) && !toEnd) return { end: -1, breach: found };
    }
  }
  if (!found) found = endParagraph();
  return { end: length, breach: found };
}

/**
 * How many characters micromark scans to match the backtick runs of a paragraph: a run looks ahead for a run
 * of the same length (the code span then ends there); a run without one scans to the end of the paragraph.
 * `ticks` holds (length, offset) pairs in order.
 */
function backtickScan(ticks: number[], end: number): number {
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

function lineEndAt(text: string, from: number): number {
  let e = from;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13) break;
    e++;
  }
  return e;
}

function isAtxHeading(text: string, k: number, e: number): boolean {
  let m = k;
  while (m < e && m - k < 7 && text.charCodeAt(m) === 35) m++;
  return m - k >= 1 && m - k <= 6 && (m >= e || text.charCodeAt(m) === 32 || text.charCodeAt(m) === 9);
}

function closesFence(text: string, k: number, e: number, fence: { ch: number; len: number }): boolean {
  let m = k;
  while (m < e && text.charCodeAt(m) === fence.ch) m++;
  if (m - k < fence.len) return false;
  while (m < e && (text.charCodeAt(m) === 32 || text.charCodeAt(m) === 9)) m++;
  return m >= e;
}

function isThematicBreak(text: string, s: number, e: number): boolean {
  let ch = 0;
  let count = 0;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9) continue;
    if (c !== 42 && c !== 45 && c !== 95) return false;
    if (ch && c !== ch) return false;
    ch = c;
    count++;
  }
  return count >= 3;
}

function countPipes(text: string, k: number, e: number): number {
  let n = 0;
  for (let p = k; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === 92) p++;
    else if (c === 124) n++;
  }
  return n;
}

function isDelimiterRow(text: string, k: number, e: number): boolean {
  let dash = false;
  for (let p = k; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c === 45) dash = true;
    else if (c !== 124 && c !== 58 && c !== 32 && c !== 9) return false;
  }
  return dash;
}
