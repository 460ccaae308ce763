import { getCatalog, type Catalog } from '../catalog';
import { checkDocument, type PolicyAnalysis } from '../checker/check';
import { ConceptMatcher } from '../checker/match';
import type { CheckOptions } from '../checker/types';
import { guardedParse, IncrementalLimits, isStackOverflow, refusedAnalysis } from '../guard';
import { assemble, buildPiece, type PieceModel } from '../model/parse';
import type { PolicyDocument } from '../model/types';
import { LineIndex, type Range } from '../text/lineIndex';
import { diff, PieceSplitter, type ChangedSpan, type PieceStats } from './pieces';

/** Text that is only Markdown white space (as guard/index.ts: such text is not parsed). */
const BLANK = /^[ \t\r\n]*$/;

/** An edit as LSP sends it (a range and its new text; no range: the whole text), or by offsets. */
export type TextEdit = { range: Range; text: string } | { start: number; end: number; text: string } | { text: string };

/**
 * Analyses one document again and again as it is edited. Each update checks the guard's limits around the edit
 * only (guard/incremental.ts), re-parses only the pieces of the document (see model/markdown.ts) that the edit
 * touched, shifts the others, and re-checks with the concept answers of unchanged clauses remembered. The result
 * is the same as `analyzeText` on the whole text.
 *
 * The clauses of an analysis are re-used, moved, by the next one (see model/parse.ts assemble): only the latest
 * analysis is valid; keep none across an update.
 */
export interface IncrementalAnalyzer {
  /** Analyses `text`, the whole new content of the document. */
  update(text: string): PolicyAnalysis;
  /** Applies edits (in order, each relative to the text the previous one left) and analyses the result. */
  applyEdits(edits: readonly TextEdit[]): PolicyAnalysis;
  /** The text of the last analysis ('' before the first). */
  readonly text: string;
  readonly analysis: PolicyAnalysis | undefined;
  /** What the last update did: pieces, how many were parsed. */
  readonly stats: PieceStats;
}

export function createIncrementalAnalyzer(
  options: CheckOptions = {},
  catalog: Catalog = getCatalog(),
): IncrementalAnalyzer {
  let splitter = new PieceSplitter<PieceModel>(buildPiece);
  const matcher = new ConceptMatcher(catalog);
  const limits = new IncrementalLimits();
  let current = '';
  let analysis: PolicyAnalysis | undefined;
  /** The line index of `current` (kept when its analysis is let go). */
  let previousLines: LineIndex | undefined;
  /**
   * The text the splitter holds the pieces of. A refused or blank text does not go through it, so it may be
   * older than `current`: an edit's span (relative to `current`) is then no use to it, it compares the texts.
   */
  let splitText: string | undefined;

  /**
   * The last document assembled: the next starts from it (see assemble), and shares its clauses. (followBeppyo may
   * have set a shared clause's frames for the last analysis: it sets them again for each.)
   */
  let previousDocument: PolicyDocument | undefined;

  const parse = (text: string, changed?: ChangedSpan): PolicyDocument | undefined => {
    // As analyzeText (guard/index.ts guardedParse): white space only is not parsed.
    if (BLANK.test(text)) return assemble(text, []);
    try {
      const pieces = splitter.update(text, splitText === current ? changed : undefined);
      splitText = text;
      const document = assemble(text, pieces, previousDocument, true);
      previousDocument = document;
      return document;
    } catch (e) {
      splitter = new PieceSplitter<PieceModel>(buildPiece);
      splitText = undefined;
      previousDocument = undefined;
      if (!isStackOverflow(e)) throw e;
      return undefined;
    }
  };

  const analyzeIncrementally = (text: string, changed?: ChangedSpan): PolicyAnalysis => {
    if (analysis && text === current) return analysis;
    if (analysis) changed ??= diff(current, text);
    // The previous analysis is not needed to build the next (the splitter and the matcher keep what is re-used, and
    // the line index is moved over the edit): let it go first, so that two whole models are not alive at once.
    analysis = undefined;
    // The same limits as analyzeText: a document beyond them is not parsed, its analysis says why. (Checked
    // incrementally: only the part of the text around the edit is scanned again.)
    const breach = limits.check(text, limits.lastText === current ? changed : undefined);
    const document = breach ? undefined : parse(text, changed);
    if (!document) {
      const guarded = breach ? { refused: breach } : guardedParse(text);
      analysis = guarded.refused
        ? refusedAnalysis(text, guarded.refused, options, catalog)
        : checkDocument(guarded.document!, options, catalog, matcher);
      current = text;
      previousLines = analysis.lines;
      return analysis;
    }
    // (The last index is moved in place: it is let go first, so that a failure below does not leave it half moved.)
    const last = previousLines?.text === current ? previousLines : undefined;
    previousLines = undefined;
    const lines = changed && last ? LineIndex.afterEdit(last, text, changed, true) : undefined;
    analysis = checkDocument(document, options, catalog, matcher, lines);
    current = text;
    previousLines = analysis.lines;
    const live = document.clauses.length + document.sections.length;
    if (matcher.size > live * 3 + 1024) {
      matcher.retainOnly(
        [
          ...document.clauses.map((c) => c.norm.text),
          ...document.sections.flatMap((s) => [s.titleNorm, s.heading.text]),
        ],
        [...document.clauses.map((c) => c.context), ...document.clauses.map((c) => `\u0001${c.near ?? ''}`)],
      );
    }
    return analysis;
  };

  return {
    update: (text) => analyzeIncrementally(text),
    applyEdits(edits) {
      let text = current;
      let lines: LineIndex | undefined = previousLines?.text === current ? previousLines : undefined;
      let start = Infinity;
      let fromEnd = Infinity;
      for (const edit of edits) {
        let s: number;
        let e: number;
        if ('range' in edit) {
          lines ??= new LineIndex(text);
          s = lines.offsetAt(edit.range.start);
          e = Math.max(s, lines.offsetAt(edit.range.end));
        } else if ('start' in edit) {
          s = Math.max(0, Math.min(edit.start, text.length));
          e = Math.max(s, Math.min(edit.end, text.length));
        } else {
          s = 0;
          e = text.length;
        }
        start = Math.min(start, s);
        fromEnd = Math.min(fromEnd, text.length - e);
        text = text.slice(0, s) + edit.text + text.slice(e);
        lines = undefined;
      }
      if (!edits.length) return analyzeIncrementally(text);
      // Text before the first edit and after the last one is unchanged.
      const oldEnd = current.length - fromEnd;
      const newEnd = text.length - fromEnd;
      return analyzeIncrementally(text, { start: Math.min(start, oldEnd, newEnd), oldEnd, newEnd });
    },
    get text() {
      return current;
    },
    get analysis() {
      return analysis;
    },
    get stats() {
      return splitter.stats;
    },
  };
}
