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
   * server died analysing this document before: server/src/lsp/crashGuard.ts).
   */
  limit: keyof Limits | 'stack' | 'crashed';
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

/** The largest work estimate of one section of the text (measurements and tests; see Limits.maxSectionWork). */
export function maxSectionWorkOf(text: string): number {
  const limits = { ...LIMITS, maxBytes: Infinity, maxSectionWork: Infinity, maxTableCells: Infinity, maxBrackets: Infinity, maxEmphasisRuns: Infinity, maxRunLength: Infinity, maxDepth: Infinity, maxBacktickScan: Infinity, maxBracketWalk: Infinity };
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
  if (length > limits.maxBytes || (length * 3 > limits.maxBytes && utf8Length(text, limits.maxBytes) > limits.maxBytes)) {
    const bytes = length > limits.maxBytes * 4 ? length : utf8Length(text);
    const firstLineEnd = lineEndAt(text, 0);
    return { kind: 'too-large', limit: 'maxBytes', value: bytes, max: limits.maxBytes, start: 0, end: Math.min(firstLineEnd, 200), messages: tooLargeMessage(bytes, limits.maxBytes) };
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
export function frontMatterBreach(text: string, fmEnd: number, limits: Readonly<Limits>, size = fmEnd > 0 ? frontMatterSize(text, fmEnd, limits.maxFrontMatterBytes) : undefined): LimitBreach | undefined {
  if (fmEnd <= 0 || !size) return undefined;
  const at = { start: 0, end: Math.min(lineEndAt(text, 0), 200) };
  if (size.bytes > limits.maxFrontMatterBytes) {
    const kb = (n: number) => `${fmt(Math.ceil(n / 1024))} KB`;
    return {
      kind: 'too-large', limit: 'maxFrontMatterBytes', value: size.bytes, max: limits.maxFrontMatterBytes, ...at,
      messages: {
        ja: `大きすぎるため検査しません: フロントマター ${kb(size.bytes)} > ${kb(limits.maxFrontMatterBytes)}`,
        en: `too large to check: ${kb(size.bytes)} of front matter > ${kb(limits.maxFrontMatterBytes)}`,
      },
    };
  }
  if (size.entries > limits.maxFrontMatterEntries) {
    return {
      kind: 'too-large', limit: 'maxFrontMatterEntries', value: size.entries, max: limits.maxFrontMatterEntries, ...at,
      messages: {
        ja: `大きすぎるため検査しません: フロントマターの項目（行・カンマ・括弧）${fmt(size.entries)} 個 > ${fmt(limits.maxFrontMatterEntries)} 個`,
        en: `too large to check: ${fmt(size.entries)} entries (lines, commas, brackets) of front matter > ${fmt(limits.maxFrontMatterEntries)}`,
      },
    };
  }
  return undefined;
}

/** One segment of the scan: where it ends (the start of the next one, or the text's length) and its first breach. */
export interface Segment {
  end: number;
  breach?: LimitBreach;
  /** The parser's work estimated for the segment (Limits.maxSectionWork), as far as it was measured. */
  work?: number;
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
  /** The parser's work in the section so far (see Limits.maxSectionWork). */
  let work = 0;
  /** Whether the line before was blank (or there was none): the next line opens a block. */
  let afterBlank = true;
  let inTable = false;
  let previousPipes = -1;
  // Paragraph state: counters over consecutive non-blank lines.
  let emphasis = 0;
  let brackets = 0;
  /** Whether the paragraph so far is only link reference definitions (remark parses a run of them linearly). */
  let definitionsOnly = true;
  let ticks: number[] = [];
  /** The work counted when each `[` of the paragraph still open was read, and the walks back to the last one. */
  let openBrackets: number[] = [];
  let bracketWalk = 0;
  let paraEnd = 0;
  /** The first breach; once found, nothing more is measured (only the segment's end is looked for). */
  let found: LimitBreach | undefined;

  const endParagraph = (): LimitBreach | undefined => {
    const scan = backtickScan(ticks, paraEnd);
    const at = ticks.length ? ticks[1] : 0;
    ticks = [];
    emphasis = 0;
    brackets = 0;
    openBrackets = [];
    bracketWalk = 0;
    definitionsOnly = true;
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
  const workBreach = (at: number): LimitBreach =>
    breach('too-large', 'maxSectionWork', work, limits.maxSectionWork, at, {
      ja: `複雑すぎるため検査しません: 1 つの節の構文要素（行×入れ子、記号、語、表のセル）の見積もり ${fmt(work)} > ${fmt(limits.maxSectionWork)}（見出しで区切ってください）`,
      en: `too large to check: one section makes about ${fmt(work)} parser tokens (lines × nesting, marks, words, table cells) > ${fmt(limits.maxSectionWork)} (split the section with headings)`,
    });
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
    let quotes = 0;
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
        quotes++;
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
      // Inside a fenced block opened at the root: only its closing fence (or the end of the text) ends it. Its
      // lines are not measured, but they cost work (a token and a line ending each).
      if (closesFence(text, lineStart + Math.min(indent, 3), e, fence) && indent < 4) fence = null;
      if (!found && (work += 2) > limits.maxSectionWork) {
        found = workBreach(lineStart);
        if (!toEnd) return { end: -1, breach: found };
      }
      continue;
    }

    const blank = k >= e;
    if (blank && depth === 0) {
      afterBlank = true;
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
    if (!found && depth > 0) {
      // Every container open on the line is re-opened (prefix tokens, and a node per level for a new item).
      work += 4 * quotes + 3 * (depth - quotes);
      if (work > limits.maxSectionWork) {
        found = workBreach(lineStart);
        if (!toEnd) return { end: -1, breach: found };
      }
    }
    if (blank) {
      afterBlank = true;
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
        return { end: lineStart, breach: found, work };
      }
    } else if (depth === 0 && indent < 4 && (first === 96 || first === 126) && text.charCodeAt(k + 1) === first && text.charCodeAt(k + 2) === first) {
      let m = k;
      while (m < e && text.charCodeAt(m) === first) m++;
      if (first === 126 || text.indexOf('`', m) < 0 || text.indexOf('`', m) >= e) {
        if (!found && (found = endParagraph()) && !toEnd) return { end: -1, breach: found };
        fence = { ch: first, len: m - k };
        // The code block: its node, its fence tokens and its clause-free model.
        if (!found && (work += 10) > limits.maxSectionWork) {
          found = workBreach(lineStart);
          if (!toEnd) return { end: -1, breach: found };
        }
        continue;
      }
    }
    if (found) continue;

    // Tables: a delimiter row under a row with pipes starts one; every following line is a row until a blank line.
    const pipes = countPipes(text, k, e);
    const cells = pipes > 0 ? countCells(text, k, e, pipes) : 1;
    if (inTable) {
      sectionCells += cells;
      work += 5 * cells;
    } else if (previousPipes > 0 && isDelimiterRow(text, k, e)) {
      inTable = true;
      // The header row (read before) has cells; the delimiter row costs work only.
      sectionCells += previousPipes;
      work += 5 * (previousPipes + cells);
    }
    previousPipes = pipes > 0 ? cells : 0;
    if (sectionCells > limits.maxTableCells) {
      found = breach('too-large', 'maxTableCells', sectionCells, limits.maxTableCells, lineStart, {
        ja: `大きすぎるため検査しません: 1 つの節の表のセル ${fmt(sectionCells)} 個 > ${fmt(limits.maxTableCells)} 個（表を分けるか見出しで区切ってください）`,
        en: `too large to check: ${fmt(sectionCells)} table cells in one section > ${fmt(limits.maxTableCells)} (split the table or the section)`,
      });
      if (!toEnd) return { end: -1, breach: found };
      continue;
    }

    // A link reference definition (`[label]: destination "title"`) at the start of a paragraph is no inline
    // content: micromark parses a run of them in linear time (their brackets are no link labels).
    const definition = definitionsOnly && first === 91 && isDefinition(text, k, e);
    if (!definition) definitionsOnly = false;
    // A line's own tokens; a new block (after a blank line, or in a container) costs its node and its clause.
    work += 2 + (afterBlank || depth > 0 ? 8 : 0) + (definition ? 16 : 0);
    afterBlank = false;

    // Inline content: emphasis runs, brackets, backtick runs; and the parser's work (characters that interrupt
    // text, words).
    for (let p = definition ? e : k; p < e; p++) {
      const c = text.charCodeAt(p);
      if (c < 128 && WORK[c]) {
        // A word counts once (its first character): letters after a letter or digit add nothing.
        if (WORK[c] === 2 && p > k && c !== 95) {
          const b = text.charCodeAt(p - 1);
          if (b < 128 && WORK[b] === 2 && b !== 95) continue;
        }
        work++;
        // A word after an unclosed `[`: GFM's autolink checks walk back to it.
        if (WORK[c] === 2 && openBrackets.length && (bracketWalk += work - openBrackets[openBrackets.length - 1]) > limits.maxBracketWalk) {
          found = breach('too-large', 'maxBracketWalk', bracketWalk, limits.maxBracketWalk, p, {
            ja: `複雑すぎるため検査しません: 閉じていない [ の後の長い段落（照合 ${fmt(bracketWalk)} > ${fmt(limits.maxBracketWalk)}。括弧を閉じるか段落を分けてください）`,
            en: `too large to check: a long paragraph after an unclosed [ (GFM autolink checks walk back ${fmt(bracketWalk)} tokens > ${fmt(limits.maxBracketWalk)}; close the bracket or split the paragraph)`,
          });
          break;
        }
      }
      if (c === 92 /* \ */) {
        p++;
        continue;
      }
      if (c === 93 /* ] */) {
        openBrackets.pop();
      } else if (c === 91 /* [ */) {
        openBrackets.push(work);
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
          work++;
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
    if (!found && work > limits.maxSectionWork) found = workBreach(lineStart);
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
  return { end: length, breach: found, work };
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

/**
 * Characters that add to the parser's work (Limits.maxSectionWork): 1 for those that interrupt text (micromark
 * tries a construct at each), 2 for ASCII letters, digits and `_` (a word counts once; GFM tries autolinks at
 * word starts).
 */
const WORK = (() => {
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
function isDefinition(text: string, k: number, e: number): boolean {
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
function countCells(text: string, k: number, e: number, pipes: number): number {
  let last = e - 1;
  while (last > k && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
  const leading = text.charCodeAt(k) === 124 ? 1 : 0;
  const trailing = last > k && text.charCodeAt(last) === 124 && text.charCodeAt(last - 1) !== 92 ? 1 : 0;
  return Math.max(1, pipes + 1 - leading - trailing);
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
