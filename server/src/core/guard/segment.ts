import type { LocalizedText } from '../catalog/types';
import { atxDepth, closesFence, fenceOpen, isThematicBreak, listMarker, type FenceMark } from '../scan/blocks';
import { afterLineBreak, lineContentEnd } from '../scan/lines';
import { backtickScan, countCells, countPipes, isDefinition, isDelimiterRow, isPunct, isSpace, WORK } from './costs';
import type { BreachKind, LimitBreach, Limits } from './limits';

/** One segment of the scan: where it ends (the start of the next one, or the text's length) and its first breach. */
export interface Segment {
  end: number;
  breach?: LimitBreach;
  /** The parser's work estimated for the segment (Limits.maxSectionWork), as far as it was measured. */
  work?: number;
}

export const fmt = (n: number) => n.toLocaleString('en-US');

/** The end of the line that holds `from` (before its line break). */
export const lineEndAt = lineContentEnd;

/**
 * Scans one segment: from `from` (0, or the start of a root-level ATX heading line outside a fence, as this scan
 * finds them) to the next such heading line, with a fresh state. Returns at the first breach when `toEnd` is
 * false (`end` is then -1); with `toEnd` it goes on, measuring nothing more, to find where the segment ends.
 */
export function scanSegment(text: string, from: number, limits: Readonly<Limits>, toEnd: boolean): Segment {
  return new SegmentScan(text, from, limits, toEnd).run();
}

/** The container prefix of a line: quotes, list markers and footnote definitions, and the indentation before them. */
interface Prefix {
  /** The first character after the prefix (the line's end when there is none). */
  k: number;
  depth: number;
  quotes: number;
  /** Columns of indentation before the first container (or the content), a tab counting 4. */
  indent: number;
}

function readPrefix(text: string, lineStart: number, e: number): Prefix {
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
    const marker = listMarker(text, k, e);
    if (marker) {
      depth++;
      k = marker.end;
      continue;
    }
    const footnote = footnoteLabelEnd(text, k, e);
    if (footnote > 0) {
      depth++;
      k = footnote;
      continue;
    }
    break;
  }
  return { k, depth, quotes, indent };
}

/** After `[^label]:` at k (a footnote definition opens a container), or 0. */
function footnoteLabelEnd(text: string, k: number, e: number): number {
  if (text.charCodeAt(k) !== 91 /* [ */ || text.charCodeAt(k + 1) !== 94 /* ^ */) return 0;
  const close = text.indexOf(']:', k + 2);
  return close > k + 2 && close < e && !/[\s\]]/.test(text.slice(k + 2, close)) ? close + 2 : 0;
}

/**
 * The scan of one segment. Every line is measured by the methods below in turn; the first breach is kept in
 * `found`, after which nothing more is measured (with `toEnd`, the scan only looks for the segment's end).
 */
class SegmentScan {
  private fence: FenceMark | null = null;
  private sectionCells = 0;
  /** The parser's work in the section so far (see Limits.maxSectionWork). */
  private work = 0;
  /** Whether the line before was blank (or there was none): the next line opens a block. */
  private afterBlank = true;
  private inTable = false;
  private previousPipes = -1;
  // Paragraph state: counters over consecutive non-blank lines.
  private emphasis = 0;
  private brackets = 0;
  /** Whether the paragraph so far is only link reference definitions (remark parses a run of them linearly). */
  private definitionsOnly = true;
  private ticks: number[] = [];
  /** The work counted when each `[` of the paragraph still open was read, and the walks back to the last one. */
  private openBrackets: number[] = [];
  private bracketWalk = 0;
  private paraEnd = 0;
  /** The first breach; once found, nothing more is measured (only the segment's end is looked for). */
  private found: LimitBreach | undefined;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly limits: Readonly<Limits>,
    private readonly toEnd: boolean,
  ) {}

  run(): Segment {
    const text = this.text;
    for (let lineStart = this.from; lineStart < text.length; ) {
      const e = lineContentEnd(text, lineStart);
      const stop = this.line(lineStart, e);
      if (stop) return stop;
      lineStart = afterLineBreak(text, e);
    }
    if (!this.found) this.found = this.endParagraph();
    return { end: text.length, breach: this.found, work: this.work };
  }

  /** Records a breach; the segment's result when the scan stops there. */
  private fail(b: LimitBreach | undefined): Segment | undefined {
    if (!b) return undefined;
    this.found = b;
    return this.toEnd ? undefined : { end: -1, breach: b };
  }

  private addWork(n: number, lineStart: number): Segment | undefined {
    if (this.found || (this.work += n) <= this.limits.maxSectionWork) return undefined;
    return this.fail(this.workBreach(lineStart));
  }

  /** One line: a Segment when the scan stops before or at it. */
  private line(lineStart: number, e: number): Segment | undefined {
    const prefix = readPrefix(this.text, lineStart, e);
    if (this.fence) return this.fenceLine(lineStart, e, prefix);
    const blank = prefix.k >= e;
    if (blank && prefix.depth === 0) return this.blankLine();
    const nesting = this.nestingCosts(lineStart, e, prefix);
    if (nesting) return nesting;
    if (blank) return this.blankLine();
    const { k, depth, indent } = prefix;
    const heading = depth === 0 && indent < 4 && atxDepth(this.text, k, e) > 0;
    if (heading) {
      // The next segment starts here; the heading ends this one's paragraph. (On the segment's own first line
      // the state is fresh: nothing to end, no cells counted yet.)
      if (lineStart > this.from) {
        if (!this.found) this.found = this.endParagraph();
        return { end: lineStart, breach: this.found, work: this.work };
      }
    } else if (depth === 0 && indent < 4) {
      const fence = fenceOpen(this.text, k, e);
      if (fence) return this.openFence(lineStart, fence);
    }
    if (this.found) return undefined;
    const table = this.tableCosts(lineStart, k, e);
    if (table || this.found) return table;
    const inline = this.inlineCosts(lineStart, k, e, depth);
    if (inline || this.found) return inline;
    this.paraEnd = e;
    // A heading is its own inline content.
    return heading ? this.fail(this.endParagraph()) : undefined;
  }

  /**
   * Inside a fenced block opened at the root: only its closing fence (or the end of the text) ends it. Its lines
   * are not measured, but they cost work (a token and a line ending each).
   */
  private fenceLine(lineStart: number, e: number, prefix: Prefix): Segment | undefined {
    if (closesFence(this.text, lineStart + Math.min(prefix.indent, 3), e, this.fence!) && prefix.indent < 4)
      this.fence = null;
    return this.addWork(2, lineStart);
  }

  private blankLine(): Segment | undefined {
    this.afterBlank = true;
    return this.found ? undefined : this.fail(this.endParagraph());
  }

  private openFence(lineStart: number, fence: FenceMark): Segment | undefined {
    if (!this.found) {
      const stop = this.fail(this.endParagraph());
      if (stop) return stop;
    }
    this.fence = fence;
    // The code block: its node, its fence tokens and its clause-free model.
    return this.addWork(10, lineStart);
  }

  /** Nesting too deep, and the work of re-opening every container on the line. */
  private nestingCosts(lineStart: number, e: number, { depth, quotes, indent }: Prefix): Segment | undefined {
    if (this.found) return undefined;
    // A thematic break written with spaces (`* * *`, `- - -`) is no nesting.
    const estimated = depth > 1 && isThematicBreak(this.text, lineStart, e) ? 0 : depth + (depth > 0 ? indent >> 1 : 0);
    if (estimated > this.limits.maxDepth) {
      const stop = this.fail(
        this.breach('too-deep', 'maxDepth', estimated, this.limits.maxDepth, lineStart, {
          ja: `入れ子が深すぎるため検査しません: 引用・リストの入れ子 ${fmt(estimated)} 段 > ${fmt(this.limits.maxDepth)} 段`,
          en: `too deeply nested to check: ${fmt(estimated)} levels of quotes and lists > ${fmt(this.limits.maxDepth)}`,
        }),
      );
      if (stop || this.found) return stop;
    }
    // Every container open on the line is re-opened (prefix tokens, and a node per level for a new item).
    return depth > 0 ? this.addWork(4 * quotes + 3 * (depth - quotes), lineStart) : undefined;
  }

  /** Tables: a delimiter row under a row with pipes starts one; every following line is a row until a blank line. */
  private tableCosts(lineStart: number, k: number, e: number): Segment | undefined {
    const pipes = countPipes(this.text, k, e);
    const cells = pipes > 0 ? countCells(this.text, k, e, pipes) : 1;
    if (this.inTable) {
      this.sectionCells += cells;
      this.work += 5 * cells;
    } else if (this.previousPipes > 0 && isDelimiterRow(this.text, k, e)) {
      this.inTable = true;
      // The header row (read before) has cells; the delimiter row costs work only.
      this.sectionCells += this.previousPipes;
      this.work += 5 * (this.previousPipes + cells);
    }
    this.previousPipes = pipes > 0 ? cells : 0;
    if (this.sectionCells <= this.limits.maxTableCells) return undefined;
    return this.fail(
      this.breach('too-large', 'maxTableCells', this.sectionCells, this.limits.maxTableCells, lineStart, {
        ja: `大きすぎるため検査しません: 1 つの節の表のセル ${fmt(this.sectionCells)} 個 > ${fmt(this.limits.maxTableCells)} 個（表を分けるか見出しで区切ってください）`,
        en: `too large to check: ${fmt(this.sectionCells)} table cells in one section > ${fmt(this.limits.maxTableCells)} (split the table or the section)`,
      }),
    );
  }

  /**
   * Inline content: emphasis runs, brackets, backtick runs; and the parser's work (characters that interrupt
   * text, words). A link reference definition (`[label]: destination "title"`) at the start of a paragraph is no
   * inline content: micromark parses a run of them in linear time (their brackets are no link labels).
   */
  private inlineCosts(lineStart: number, k: number, e: number, depth: number): Segment | undefined {
    const text = this.text;
    const definition = this.definitionsOnly && text.charCodeAt(k) === 91 && isDefinition(text, k, e);
    if (!definition) this.definitionsOnly = false;
    // A line's own tokens; a new block (after a blank line, or in a container) costs its node and its clause.
    this.work += 2 + (this.afterBlank || depth > 0 ? 8 : 0) + (definition ? 16 : 0);
    this.afterBlank = false;
    let b: LimitBreach | undefined;
    for (let p = definition ? e : k; p < e && !b; p++) {
      const c = text.charCodeAt(p);
      if (c < 128 && WORK[c]) {
        // A word counts once (its first character): letters after a letter or digit add nothing.
        if (WORK[c] === 2 && p > k && c !== 95) {
          const before = text.charCodeAt(p - 1);
          if (before < 128 && WORK[before] === 2 && before !== 95) continue;
        }
        this.work++;
        if (WORK[c] === 2 && (b = this.wordAfterBracket(p))) break;
      }
      if (c === 92 /* \ */) p++;
      else if (c === 93 /* ] */) this.openBrackets.pop();
      else if (c === 91 /* [ */) b = this.bracket(p);
      else if (c === 42 || c === 95) {
        const q = this.runEnd(p, e, c);
        b = this.emphasisRun(lineStart, p, q, e, c);
        p = q - 1;
      } else if (c === 96 /* ` */) {
        const q = this.runEnd(p, e, c);
        this.ticks.push(q - p, p);
        p = q - 1;
      }
    }
    if (!b && this.work > this.limits.maxSectionWork) b = this.workBreach(lineStart);
    return this.fail(b);
  }

  private runEnd(p: number, e: number, c: number): number {
    let q = p;
    while (q < e && this.text.charCodeAt(q) === c) q++;
    return q;
  }

  /** A word after an unclosed `[`: GFM's autolink checks walk back to it. */
  private wordAfterBracket(p: number): LimitBreach | undefined {
    const open = this.openBrackets;
    if (!open.length || (this.bracketWalk += this.work - open[open.length - 1]) <= this.limits.maxBracketWalk)
      return undefined;
    return this.breach('too-large', 'maxBracketWalk', this.bracketWalk, this.limits.maxBracketWalk, p, {
      ja: `複雑すぎるため検査しません: 閉じていない [ の後の長い段落（照合 ${fmt(this.bracketWalk)} > ${fmt(this.limits.maxBracketWalk)}。括弧を閉じるか段落を分けてください）`,
      en: `too large to check: a long paragraph after an unclosed [ (GFM autolink checks walk back ${fmt(this.bracketWalk)} tokens > ${fmt(this.limits.maxBracketWalk)}; close the bracket or split the paragraph)`,
    });
  }

  private bracket(p: number): LimitBreach | undefined {
    this.openBrackets.push(this.work);
    if (++this.brackets <= this.limits.maxBrackets) return undefined;
    return this.breach('too-deep', 'maxBrackets', this.brackets, this.limits.maxBrackets, p, {
      ja: `入れ子が深すぎるため検査しません: 1 段落の角括弧 [ ${fmt(this.brackets)} 個 > ${fmt(this.limits.maxBrackets)} 個`,
      en: `too deeply nested to check: ${fmt(this.brackets)} brackets [ in one paragraph > ${fmt(this.limits.maxBrackets)}`,
    });
  }

  /** A run of `*` or `_` from p to q: counted when it can open or close emphasis (CommonMark's flanking rules). */
  private emphasisRun(lineStart: number, p: number, q: number, e: number, c: number): LimitBreach | undefined {
    const text = this.text;
    const before = p > lineStart ? text.charCodeAt(p - 1) : 32;
    const after = q < e ? text.charCodeAt(q) : 32;
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    const intraword = c === 95 && left && right && !isPunct(before) && !isPunct(after);
    if (!(left || right) || intraword) return undefined;
    this.work++;
    const limits = this.limits;
    if (q - p > limits.maxRunLength) {
      return this.breach('too-deep', 'maxRunLength', q - p, limits.maxRunLength, p, {
        ja: `入れ子が深すぎるため検査しません: 強調記号 ${String.fromCharCode(c)} が ${fmt(q - p)} 個連続 > ${fmt(limits.maxRunLength)} 個`,
        en: `too deeply nested to check: a run of ${fmt(q - p)} ${String.fromCharCode(c)} against text > ${fmt(limits.maxRunLength)}`,
      });
    }
    if (++this.emphasis <= limits.maxEmphasisRuns) return undefined;
    return this.breach('too-deep', 'maxEmphasisRuns', this.emphasis, limits.maxEmphasisRuns, p, {
      ja: `入れ子が深すぎるため検査しません: 1 段落の強調記号 ${fmt(this.emphasis)} 組 > ${fmt(limits.maxEmphasisRuns)} 組`,
      en: `too deeply nested to check: ${fmt(this.emphasis)} emphasis marks in one paragraph > ${fmt(limits.maxEmphasisRuns)}`,
    });
  }

  /** Ends the paragraph (and a table): its backtick runs are matched now. */
  private endParagraph(): LimitBreach | undefined {
    const scan = backtickScan(this.ticks, this.paraEnd);
    const at = this.ticks.length ? this.ticks[1] : 0;
    this.ticks = [];
    this.emphasis = 0;
    this.brackets = 0;
    this.openBrackets = [];
    this.bracketWalk = 0;
    this.definitionsOnly = true;
    this.inTable = false;
    this.previousPipes = -1;
    if (scan <= this.limits.maxBacktickScan) return undefined;
    return this.breach('too-large', 'maxBacktickScan', scan, this.limits.maxBacktickScan, at, {
      ja: `複雑すぎるため検査しません: 1 段落のバッククォートの照合 ${fmt(scan)} 文字 > ${fmt(this.limits.maxBacktickScan)} 文字`,
      en: `too large to check: matching the backtick runs of one paragraph scans ${fmt(scan)} characters > ${fmt(this.limits.maxBacktickScan)}`,
    });
  }

  private workBreach(at: number): LimitBreach {
    return this.breach('too-large', 'maxSectionWork', this.work, this.limits.maxSectionWork, at, {
      ja: `複雑すぎるため検査しません: 1 つの節の構文要素（行×入れ子、記号、語、表のセル）の見積もり ${fmt(this.work)} > ${fmt(this.limits.maxSectionWork)}（見出しで区切ってください）`,
      en: `too large to check: one section makes about ${fmt(this.work)} parser tokens (lines × nesting, marks, words, table cells) > ${fmt(this.limits.maxSectionWork)} (split the section with headings)`,
    });
  }

  private breach(
    kind: BreachKind,
    limit: keyof Limits,
    value: number,
    max: number,
    at: number,
    messages: LocalizedText,
  ): LimitBreach {
    const text = this.text;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const start = Math.max(lineStart, text.lastIndexOf('\r', at - 1) + 1);
    return { kind, limit, value, max, start, end: Math.min(lineEndAt(text, start), start + 200), messages };
  }
}
