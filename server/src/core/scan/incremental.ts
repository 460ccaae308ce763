// The one incremental scheme: after an edit, scanning restarts at the last checkpoint before the edit (a line
// start whose state was kept) and stops at the first line after the edit where the state is the same as the
// previous scan's state at the same line (shifted): from there on the previous scan's results are still right.
import { blocksStart } from './document';
import { afterLineBreak, lineContentEnd } from './lines';
import { scanLine, type ScanSink } from './scanner';
import { copyState, initialState, isClean, Leaf, sameState, type LineState } from './state';

/** Where an edit changed the text: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface Span {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export interface ScannedHeading {
  /** Start of its first line (a setext heading's paragraph) and end of its last line (before the break). */
  at: number;
  end: number;
  depth: number;
  /** In no container: a root-level heading, where a document can be split. */
  root: boolean;
  /** Columns before an ATX heading's `#`; -1: a setext heading. */
  indent: number;
  /** The line that was being scanned when it was found (its last line). */
  line: number;
}

export interface ScannedPart {
  at: number;
  kind: 'item' | 'row';
  line: number;
}

export interface ScannedFence {
  start: number;
  /** Start of its last line. */
  last: number;
  closed: boolean;
  line: number;
}

/** A state is kept at every line start where nothing is open, and at least every this many lines. */
const CHECKPOINT_EVERY = 64;

/** The last of `points` (ascending line starts) strictly before `at`, or -1. Strictly: an edit that extends a
 * line break (`\r` + `\n`) moves the line start right after it. */
export function lastPointBefore(points: readonly number[], at: number): number {
  let lo = 0;
  let hi = points.length - 1;
  if (hi < 0 || points[0] >= at) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (points[mid] < at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where a new scan meets the previous one: asked with the new scan's checkpoints in ascending order, answers
 * the index of the previous scan's checkpoint at the same place after the edit (shifted), or -1.
 */
export class Meeting {
  private j: number;
  constructor(
    private readonly old: readonly number[],
    private readonly span: Span,
    from: number,
  ) {
    this.j = from;
  }

  at(pos: number): number {
    if (pos < this.span.newEnd) return -1;
    const target = pos - (this.span.newEnd - this.span.oldEnd);
    while (this.j < this.old.length && this.old[this.j] < target) this.j++;
    return this.j < this.old.length && this.old[this.j] === target ? this.j : -1;
  }
}

export class IncrementalScan {
  private begin = 0;
  private points: number[] = [];
  /** The state before each checkpoint line; null: nothing open (the initial state). */
  private states: Array<LineState | null> = [];
  private headingList: ScannedHeading[] = [];
  private fenceList: ScannedFence[] = [];
  private partList: ScannedPart[] = [];
  private scanned = false;
  /** Characters scanned by the last update. */
  readonly stats = { scanned: 0 };

  get headings(): readonly ScannedHeading[] {
    return this.headingList;
  }

  get fences(): readonly ScannedFence[] {
    return this.fenceList;
  }

  /**
   * Line starts where a document can be cut into parts that parse alone as far as blocks go: nothing is open
   * there (a top-level block starts). For splitting sections below the heading level.
   */
  blockStarts(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.points.length; i++) if (this.states[i] === null) out.push(this.points[i]);
    return out;
  }

  /**
   * The index of the first block start (as blockStarts) after offset `after`, and its offset (blockStartAt); -1 when
   * there is none. With blockStartFrom, for walking a few block starts without listing all of them.
   */
  firstBlockStartAfter(after: number): number {
    const points = this.points;
    let lo = 0;
    for (let hi = points.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (points[mid] <= after) lo = mid + 1;
      else hi = mid;
    }
    return this.blockStartFrom(lo);
  }

  /** The index of the first block start at index `i` or later, -1 when there is none. */
  blockStartFrom(i: number): number {
    const states = this.states;
    while (i < states.length && states[i] !== null) i++;
    return i < states.length ? i : -1;
  }

  blockStartAt(i: number): number {
    return this.points[i];
  }

  /** Starts of root-level list items and of root-level table body rows, in order. */
  get parts(): readonly ScannedPart[] {
    return this.partList;
  }

  /** Root-level headings whose first line starts after `from`, in order. */
  *rootHeadingsAfter(from: number): Generator<ScannedHeading> {
    const list = this.headingList;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].line <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length; i++) if (list[i].root && list[i].at > from) yield list[i];
  }

  /** Brings the scan up to date with `text`; `span`: where it differs from the text of the last update. */
  update(text: string, span?: Span): void {
    const begin = blocksStart(text);
    const restart =
      this.scanned && span && begin === this.begin && begin < span.start
        ? lastPointBefore(this.points, span.start)
        : -1;
    if (restart < 0) this.rescan(text, begin);
    else this.resume(text, restart, span!);
    this.begin = begin;
    this.scanned = true;
  }

  private rescan(text: string, begin: number): void {
    this.points = [];
    this.states = [];
    this.headingList = [];
    this.fenceList = [];
    this.partList = [];
    this.run(text, begin, initialState(), () => false);
  }

  private resume(text: string, r: number, span: Span): void {
    const delta = span.newEnd - span.oldEnd;
    const map = (o: number) => (o < span.start ? o : o >= span.oldEnd ? o + delta : NaN);
    const oldPoints = this.points;
    const oldStates = this.states;
    const oldHeadings = this.headingList;
    const oldFences = this.fenceList;
    const oldParts = this.partList;
    const from = oldPoints[r];
    const start = oldStates[r] ? copyState(oldStates[r]!) : initialState();
    // The lines scanned again are collected apart and put in place of the old ones after (see below).
    const newPoints: number[] = [];
    const newStates: Array<LineState | null> = [];
    this.points = newPoints;
    this.states = newStates;
    this.headingList = oldHeadings.filter((h) => h.line < from);
    this.fenceList = oldFences.filter((f) => f.line < from);
    this.partList = oldParts.filter((p) => p.line < from);
    const meeting = new Meeting(oldPoints, span, r);
    let synced = -1;
    const stop = (pos: number, state: LineState): boolean => {
      const j = meeting.at(pos);
      if (j < 0) return false;
      const oldState = oldStates[j];
      if (oldState === null ? !isClean(state) : !sameState(state, oldState, map)) return false;
      synced = j;
      return true;
    };
    this.run(text, from, start, stop);
    // The checkpoints are kept in the same arrays, changed in place: a large document has tens of thousands of them,
    // and copying them for every edit was a megabyte of garbage an edit on 5 MB.
    const tail = synced < 0 ? oldPoints.length : synced;
    /** Where the old scan takes over, in the old text (the headings, fences and parts below are still there). */
    const at = synced < 0 ? -1 : oldPoints[synced];
    // From the line where the states met on, the previous scan holds, shifted.
    for (let k = tail; k < oldPoints.length; k++) {
      oldPoints[k] += delta;
      const s = oldStates[k];
      if (s && s.leafStart >= span.oldEnd && delta) oldStates[k] = { ...copyState(s), leafStart: s.leafStart + delta };
    }
    replaceRange(oldPoints, r, tail, newPoints);
    replaceRange(oldStates, r, tail, newStates);
    this.points = oldPoints;
    this.states = oldStates;
    if (synced < 0) return;
    // (Moved in place: the lists are this scan's own, read during an update only, and a large document has tens
    // of thousands of list items and rows after an edit — no new object each.)
    for (const h of oldHeadings)
      if (h.line >= at) {
        h.at = map(h.at);
        h.end = map(h.end);
        h.line += delta;
        this.headingList.push(h);
      }
    for (const f of oldFences)
      if (f.line >= at) {
        f.start = map(f.start);
        f.last = map(f.last);
        f.line += delta;
        this.fenceList.push(f);
      }
    for (const p of oldParts)
      if (p.line >= at) {
        p.at += delta;
        p.line += delta;
        this.partList.push(p);
      }
  }

  /** Scans from `from` with `state` until the end or until `stop`; returns where it stopped. */
  private run(text: string, from: number, state: LineState, stop: (pos: number, state: LineState) => boolean): number {
    let line = from;
    const sink: ScanSink = {
      heading: (at, end, depth, root, indent) => this.headingList.push({ at, end, depth, root, indent, line }),
      fence: (start, last, closed) => this.fenceList.push({ start, last, closed, line }),
      part: (at, kind) => this.partList.push({ at, kind, line }),
    };
    let pos = from;
    let previous = from;
    let sinceCheckpoint = CHECKPOINT_EVERY;
    while (pos < text.length) {
      if (pos > from && stop(pos, state)) {
        this.stats.scanned = pos - from;
        return pos;
      }
      const clean = isClean(state);
      if (clean || sinceCheckpoint >= CHECKPOINT_EVERY) {
        this.points.push(pos);
        this.states.push(clean ? null : copyState(state));
        sinceCheckpoint = 0;
      }
      sinceCheckpoint++;
      line = pos;
      const e = lineContentEnd(text, pos);
      scanLine(text, pos, e, previous, state, sink);
      previous = pos;
      pos = afterLineBreak(text, e);
    }
    line = text.length;
    if (state.leaf === Leaf.Fence) sink.fence(state.leafStart, previous, false);
    this.stats.scanned = text.length - from;
    return text.length;
  }
}

/** Puts `items` in place of `list[from, to)`, moving what follows (no new array; no arguments spread). */
function replaceRange<T>(list: T[], from: number, to: number, items: readonly T[]): void {
  const diff = items.length - (to - from);
  if (diff > 0) {
    const end = list.length;
    for (let k = 0; k < diff; k++) list.push(list[end - diff + k]);
    for (let k = end - 1; k >= to + diff; k--) list[k] = list[k - diff];
  } else if (diff < 0) {
    for (let k = to; k < list.length; k++) list[k + diff] = list[k];
    list.length += diff;
  }
  for (let k = 0; k < items.length; k++) list[from + k] = items[k];
}
