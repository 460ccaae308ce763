// One line scanner for the block structure that Kijun's users need (headings, fenced code, the containers and
// leaves around them), read the way remark-parse 11 + remark-gfm 4 (micromark) read it. Linear: each line is
// read a bounded number of times, and the state between lines is small.
import {
  atxDepth,
  closesFence,
  delimiterCells,
  fenceOpen,
  htmlEndsOn,
  htmlStart,
  isThematicBreak,
  listMarker,
  restIsThematicBreak,
  rowCells,
  setextLevel,
  type ListMarker,
} from './blocks';
import { isBlankBetween, measureIndent, consumeColumns, type Cursor } from './lines';
import { Leaf, type Container, type LineState } from './state';

/** What the scanner reports, in document order. */
export interface ScanSink {
  /** A heading: its first line's start, its last line's end (before the break), its depth; `root`: in no container;
   * `indent`: the columns before an ATX heading's `#`, -1 for a setext heading. */
  heading(at: number, end: number, depth: number, root: boolean, indent: number): void;
  /** A fenced code block: its opening line's start and its last line's start; `closed`: by a closing fence. */
  fence(start: number, lastLine: number, closed: boolean): void;
  /** A line that starts an item of a root-level list, or a body row of a root-level table (for issue 14's
   * splitting of large sections below the heading level). */
  part?(at: number, kind: 'item' | 'row'): void;
}

/**
 * Advances `state` over the line [start, e) (`start` past a byte-order mark on the first line). `previous`:
 * start of the line before (the last line of a block that this line closes).
 */
export function scanLine(
  text: string,
  start: number,
  e: number,
  previous: number,
  state: LineState,
  sink: ScanSink,
): void {
  const cur: Cursor = { p: start, col: 0 };
  const detached = state.detached;
  state.detached = false;
  const matched = matchContainers(text, cur, e, state.containers);
  const all = matched === state.containers.length;
  if (all && state.leaf === Leaf.Fence) {
    fenceLine(text, start, cur, e, previous, state, sink);
    return;
  }
  if (all && state.leaf === Leaf.Html) {
    htmlLine(text, cur, e, state);
    return;
  }
  if (!all) {
    // micromark: with containers left unmatched a new container starts without the rules for interrupting.
    if (state.leaf === Leaf.Paragraph && !startsContainer(text, cur, e)) {
      const flow = startsFlowBlock(text, cur, e);
      if (!flow) {
        // Lazy continuation: the paragraph goes on, its containers stay open (the line may be a table's header).
        state.paraLines++;
        const ind = measureIndent(text, cur, e);
        state.headerCells = ind.cols < 4 ? rowCells(text, ind.first, e) : 0;
        return;
      }
      if (flow === 'html7') {
        // micromark lets a complete tag (HTML kind 7) interrupt a lazy line, in the paragraph's containers.
        state.leaf = Leaf.Html;
        state.html = htmlStart(text, measureIndent(text, cur, e).first, e, false);
        return;
      }
    }
    const lazyClose = !startsContainer(text, cur, e);
    closeContainers(state, matched, previous, sink);
    if (lazyClose) {
      // micromark reads such a line in a fresh flow: an indented code block it opens is not "in progress" on
      // the next line (which may then open any list item, and starts a new code block if indented).
      leafLine(text, start, cur, e, state, sink);
      state.detached = state.leaf === Leaf.IndentedCode;
      return;
    }
  }
  openContainers(text, start, cur, e, state, previous, sink, detached);
  const blank = measureIndent(text, cur, e).first >= e;
  leafLine(text, start, cur, e, state, sink);
  // Blank lines do not start a new flow: such a code block stays detached over them.
  if (detached && blank && state.leaf === Leaf.IndentedCode) state.detached = true;
}

/** Reads the prefixes of the open containers: how many of them the line continues. */
function matchContainers(text: string, cur: Cursor, e: number, containers: Container[]): number {
  let matched = 0;
  for (; matched < containers.length; matched++) {
    const c = containers[matched];
    const ind = measureIndent(text, cur, e);
    if (c.quote) {
      if (ind.cols > 3 || ind.first >= e || text.charCodeAt(ind.first) !== 62) break;
      afterQuoteMarker(text, cur, ind.first, ind.cols, e);
    } else if (ind.first >= e) {
      if (c.emptyStart) c.emptyStart = 2;
    } else if (c.emptyStart === 2) {
      break;
    } else if (ind.cols >= c.indent) {
      consumeColumns(text, cur, c.indent, e);
    } else break;
  }
  return matched;
}

function afterQuoteMarker(text: string, cur: Cursor, gt: number, cols: number, e: number): void {
  cur.col += cols + 1;
  cur.p = gt + 1;
  const c = text.charCodeAt(cur.p);
  if (cur.p < e && (c === 32 || c === 9)) consumeColumns(text, cur, 1, e);
}

/** Whether the rest of the line opens a quote or a list item. */
function startsContainer(text: string, cur: Cursor, e: number): boolean {
  const ind = measureIndent(text, cur, e);
  const k = ind.first;
  if (ind.cols > 3 || k >= e) return false;
  return text.charCodeAt(k) === 62 || (listMarker(text, k, e) !== null && !restIsThematicBreak(text, k, e));
}

/** Whether the rest of the line starts a leaf block that interrupts a paragraph (else it is a lazy line). */
function startsFlowBlock(text: string, cur: Cursor, e: number): boolean | 'html7' {
  const ind = measureIndent(text, cur, e);
  const k = ind.first;
  if (k >= e) return true;
  if (ind.cols > 3) return false;
  if (isThematicBreak(text, k, e) || atxDepth(text, k, e) > 0 || fenceOpen(text, k, e) !== null) return true;
  const html = htmlStart(text, k, e, false);
  return html === null ? false : html.kind === 7 ? 'html7' : true;
}

/** micromark: an item interrupting a paragraph is not empty, and an ordered one is numbered `1`. */
function canInterrupt(text: string, k: number, m: ListMarker, e: number): boolean {
  return !isBlankBetween(text, m.end, e) && (!m.ordered || (m.end - k === 2 && text.charCodeAt(k) === 49));
}

/** Closes the containers from `from` on, and the leaf inside them. */
function closeContainers(state: LineState, from: number, previous: number, sink: ScanSink): void {
  if (from >= state.containers.length) return;
  closeLeaf(state, previous, sink);
  state.containers.length = from;
}

function closeLeaf(state: LineState, previous: number, sink: ScanSink): void {
  if (state.leaf === Leaf.Fence) sink.fence(state.leafStart, previous, false);
  state.leaf = Leaf.None;
  state.fence = null;
  state.html = null;
}

/** Opens the quotes and list items the line starts. */
function openContainers(
  text: string,
  start: number,
  cur: Cursor,
  e: number,
  state: LineState,
  previous: number,
  sink: ScanSink,
  detached: boolean,
): void {
  // micromark decides once per line, before the first new container, whether it interrupts (a paragraph in the
  // innermost matched container, indented code; not a table), and keeps that for every container the line opens.
  const interrupt = state.leaf === Leaf.Paragraph || (state.leaf === Leaf.IndentedCode && !detached);
  for (;;) {
    const ind = measureIndent(text, cur, e);
    const k = ind.first;
    if (ind.cols > 3 || k >= e) return;
    if (text.charCodeAt(k) === 62) {
      closeLeaf(state, previous, sink);
      // A container is content of the items around it (an item that began blank is no longer empty).
      markContent(state);
      afterQuoteMarker(text, cur, k, ind.cols, e);
      state.containers.push({ quote: true, indent: 0, ordered: false, marker: 62, emptyStart: 0 });
      continue;
    }
    const m = listMarker(text, k, e);
    if (!m || restIsThematicBreak(text, k, e)) return;
    if (interrupt && !canInterrupt(text, k, m, e)) return;
    closeLeaf(state, previous, sink);
    markContent(state);
    const markerCols = ind.cols + (m.end - k);
    cur.col += markerCols;
    cur.p = m.end;
    const after = measureIndent(text, cur, e);
    const blank = after.first >= e;
    const spaces = blank ? 0 : after.cols > 4 ? 1 : after.cols;
    consumeColumns(text, cur, spaces, e);
    state.containers.push({
      quote: false,
      indent: markerCols + (blank ? 1 : spaces),
      ordered: m.ordered,
      marker: m.marker,
      emptyStart: blank ? 1 : 0,
    });
    if (state.containers.length === 1) sink.part?.(start, 'item');
  }
}

function fenceLine(
  text: string,
  start: number,
  cur: Cursor,
  e: number,
  _previous: number,
  state: LineState,
  sink: ScanSink,
): void {
  const ind = measureIndent(text, cur, e);
  if (ind.cols < 4 && ind.first < e && closesFence(text, ind.first, e, state.fence!)) {
    sink.fence(state.leafStart, start, true);
    state.leaf = Leaf.None;
    state.fence = null;
  }
  if (ind.first < e) markContent(state);
}

function htmlLine(text: string, cur: Cursor, e: number, state: LineState): void {
  const html = state.html!;
  if (html.end === 'blank' ? isBlankBetween(text, cur.p, e) : htmlEndsOn(html, text, cur.p, e)) {
    state.leaf = Leaf.None;
    state.html = null;
  }
  if (!isBlankBetween(text, cur.p, e)) markContent(state);
}

function markContent(state: LineState): void {
  for (const c of state.containers) c.emptyStart = 0;
}

/** The leaf block part of the line, inside the innermost container. */
function leafLine(text: string, start: number, cur: Cursor, e: number, state: LineState, sink: ScanSink): void {
  const ind = measureIndent(text, cur, e);
  const k = ind.first;
  if (k >= e) {
    if (state.leaf !== Leaf.IndentedCode) state.leaf = Leaf.None;
    return;
  }
  markContent(state);
  if (ind.cols >= 4) {
    // An indented line continues a paragraph; it cannot be a table's header row (micromark does not look).
    if (state.leaf === Leaf.Paragraph) {
      state.paraLines++;
      state.headerCells = 0;
    }
    // Indented code comes first in micromark: an indented line after a table row ends the table.
    else state.leaf = Leaf.IndentedCode;
    return;
  }
  if (!blockLine(text, start, k, ind.cols, e, state, sink)) textLine(text, start, k, e, state, sink);
}

/** A line that starts a block of its own (a heading, a fence, HTML, a thematic break) or ends a setext heading. */
function blockLine(
  text: string,
  start: number,
  k: number,
  indent: number,
  e: number,
  state: LineState,
  sink: ScanSink,
): boolean {
  const root = state.containers.length === 0;
  const depth = atxDepth(text, k, e);
  if (depth) {
    state.leaf = Leaf.None;
    sink.heading(start, e, depth, root, indent);
    return true;
  }
  const fence = fenceOpen(text, k, e);
  if (fence) {
    state.leaf = Leaf.Fence;
    state.fence = fence;
    state.fenceIndent = indent;
    state.leafStart = start;
    return true;
  }
  const inParagraph = state.leaf === Leaf.Paragraph;
  const html = htmlStart(text, k, e, inParagraph);
  if (html) {
    const endsHere = html.end !== 'blank' && htmlEndsOn(html, text, k + html.skip, e);
    state.leaf = endsHere ? Leaf.None : Leaf.Html;
    state.html = endsHere ? null : html;
    return true;
  }
  const level = inParagraph ? setextLevel(text, k, e) : 0;
  if (level) sink.heading(state.leafStart, e, level, root, -1);
  if (level || isThematicBreak(text, k, e)) {
    state.leaf = Leaf.None;
    return true;
  }
  return false;
}

/** A line of text: a table's delimiter or body row, or a paragraph's line. */
function textLine(text: string, start: number, k: number, e: number, state: LineState, sink: ScanSink): void {
  // A table may start at any line of a paragraph: that line is its header row.
  if (state.leaf === Leaf.Paragraph && state.headerCells > 0 && delimiterCells(text, k, e) === state.headerCells) {
    state.leaf = Leaf.Table;
    state.paraLines = 0;
    return;
  }
  if (state.leaf === Leaf.Table) {
    state.paraLines++;
    if (state.containers.length === 0) sink.part?.(start, 'row');
    return;
  }
  if (state.leaf !== Leaf.Paragraph) {
    state.leaf = Leaf.Paragraph;
    state.leafStart = start;
    state.paraLines = 0;
  }
  state.paraLines++;
  state.headerCells = rowCells(text, k, e);
}
