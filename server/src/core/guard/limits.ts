import type { LocalizedText } from '../catalog/types';
import { frontMatterEnd } from '../scan/frontMatter';
import { fmt, lineEndAt, scanSegment } from './segment';

export { scanSegment, type Segment } from './segment';

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
  /** Emphasis delimiter runs (`*`, `_`) that can open or close, in one paragraph: matched in quadratic time. */
  maxEmphasisRuns: number;
  /** Opening brackets in one paragraph: link labels are matched in quadratic time. */
  maxBrackets: number;
  /** A run of `*` or `_` against text: nested emphasis half as deep as the run is long. */
  maxRunLength: number;
  /** Characters scanned looking for closing backtick runs in one paragraph (an unmatched run scans to its end). */
  maxBacktickScan: number;
  /**
   * Work (as maxSectionWork counts it) that GFM's autolink checks walk back over to the nearest unclosed `[` of a
   * paragraph, summed over its words: micromark-extension-gfm-autolink-literal 2.1.0 walks back from every word
   * to that bracket (`previousUnbalanced` remembers only walks that found none), so one `[` before a long
   * paragraph was quadratic (`[` and 32 000 lines of `k: v,`: 70 s).
   */
  maxBracketWalk: number;
  /**
   * Entries of YAML front matter, counted as line breaks plus `,`, `{` and `[` (a flow mapping on one line has
   * as many entries as commas): the yaml package checks duplicate keys in time quadratic in their number.
   */
  maxFrontMatterEntries: number;
  /** Size of the YAML front matter, in UTF-8 bytes. */
  maxFrontMatterBytes: number;
  /**
   * The parser's work in one section (between root-level headings), estimated in units of about 1.5 KB of peak
   * memory: each line 2, a line that opens a block (after a blank line, or in a container) 8 more, a link
   * reference definition 16 more, a fenced code block 10 and each of its lines 2, 4 per quote and 3 per list item or footnote definition open on a line
   * (re-opened on every line), 1 per character that interrupts text (`! & * < [ \ ] \` ~`) and per ASCII word,
   * 2 per emphasis run, 5 per table cell. micromark holds every event of a section and remark its whole tree at
   * once, so this bounds the memory of a parse: shapes each under their own limit multiply (99-deep quotes on
   * every line of 2 MB took 2.4 GB; 10 MB of one-line paragraphs under one heading, 1.6 GB).
   */
  maxSectionWork: number;
}

export const LIMITS: Readonly<Limits> = {
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 100,
  maxTableCells: 50_000,
  maxEmphasisRuns: 200,
  maxBrackets: 500,
  maxRunLength: 200,
  maxBacktickScan: 5_000_000,
  maxBracketWalk: 20_000_000,
  maxFrontMatterEntries: 5_000,
  maxFrontMatterBytes: 256 * 1024,
  maxSectionWork: 500_000,
};

export type BreachKind = 'too-large' | 'too-deep';

/** Why a document is not checked, and where (the line that crosses the limit). */
export interface LimitBreach {
  kind: BreachKind;
  /**
   * Which limit (a key of Limits, 'stack' when the parser ran out of stack anyway, 'crashed' when a language
   * server died analyzing this document before: server/src/lsp/crashGuard.ts).
   */
  limit: keyof Limits | 'stack' | 'crashed';
  value: number;
  max: number;
  start: number;
  end: number;
  messages: LocalizedText;
}

const MB = 1024 * 1024;
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

/** The largest work estimate of one section of the text (measurements and tests; see Limits.maxSectionWork). */
export function maxSectionWorkOf(text: string): number {
  const limits = {
    ...LIMITS,
    maxBytes: Infinity,
    maxSectionWork: Infinity,
    maxTableCells: Infinity,
    maxBrackets: Infinity,
    maxEmphasisRuns: Infinity,
    maxRunLength: Infinity,
    maxDepth: Infinity,
    maxBacktickScan: Infinity,
    maxBracketWalk: Infinity,
  };
  let most = 0;
  for (let from = 0; from < text.length; ) {
    const segment = scanSegment(text, from, limits, true);
    most = Math.max(most, segment.work ?? 0);
    from = segment.end;
  }
  return most;
}

/** The document over the size limit (checked before anything else). */
export function sizeBreach(text: string, limits: Readonly<Limits>): LimitBreach | undefined {
  const length = text.length;
  if (
    length > limits.maxBytes ||
    (length * 3 > limits.maxBytes && utf8Length(text, limits.maxBytes) > limits.maxBytes)
  ) {
    const bytes = length > limits.maxBytes * 4 ? length : utf8Length(text);
    const firstLineEnd = lineEndAt(text, 0);
    return {
      kind: 'too-large',
      limit: 'maxBytes',
      value: bytes,
      max: limits.maxBytes,
      start: 0,
      end: Math.min(firstLineEnd, 200),
      messages: tooLargeMessage(bytes, limits.maxBytes),
    };
  }
  return undefined;
}

/**
 * The size of the front matter that ends at `end` (text[0, end)): its UTF-8 bytes (counting stops above
 * `maxBytes`) and its entries — line breaks plus `,`, `{` and `[` (counted only when the bytes are within the limit).
 */
export function frontMatterSize(text: string, end: number, maxBytes = Infinity): { bytes: number; entries: number } {
  let bytes = end * 3 > maxBytes ? utf8Length(text.slice(0, end), maxBytes) : end;
  // Over the limit: the real size, for the message.
  if (bytes > maxBytes) bytes = utf8Length(text.slice(0, end));
  let entries = 0;
  if (bytes <= maxBytes) {
    for (let p = 0; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c === 10 || c === 44 || c === 123 || c === 91) entries++;
    }
  }
  return { bytes, entries };
}

/** Front matter (ending at `fmEnd`, see model/markdown.ts frontMatterEnd; 0: none) over its limits. */
export function frontMatterBreach(
  text: string,
  fmEnd: number,
  limits: Readonly<Limits>,
  size = fmEnd > 0 ? frontMatterSize(text, fmEnd, limits.maxFrontMatterBytes) : undefined,
): LimitBreach | undefined {
  if (fmEnd <= 0 || !size) return undefined;
  const at = { start: 0, end: Math.min(lineEndAt(text, 0), 200) };
  if (size.bytes > limits.maxFrontMatterBytes) {
    const kb = (n: number) => `${fmt(Math.ceil(n / 1024))} KB`;
    return {
      kind: 'too-large',
      limit: 'maxFrontMatterBytes',
      value: size.bytes,
      max: limits.maxFrontMatterBytes,
      ...at,
      messages: {
        ja: `大きすぎるため検査しません: フロントマター ${kb(size.bytes)} > ${kb(limits.maxFrontMatterBytes)}`,
        en: `too large to check: ${kb(size.bytes)} of front matter > ${kb(limits.maxFrontMatterBytes)}`,
      },
    };
  }
  if (size.entries > limits.maxFrontMatterEntries) {
    return {
      kind: 'too-large',
      limit: 'maxFrontMatterEntries',
      value: size.entries,
      max: limits.maxFrontMatterEntries,
      ...at,
      messages: {
        ja: `大きすぎるため検査しません: フロントマターの項目（行・カンマ・括弧）${fmt(size.entries)} 個 > ${fmt(limits.maxFrontMatterEntries)} 個`,
        en: `too large to check: ${fmt(size.entries)} entries (lines, commas, brackets) of front matter > ${fmt(limits.maxFrontMatterEntries)}`,
      },
    };
  }
  return undefined;
}
