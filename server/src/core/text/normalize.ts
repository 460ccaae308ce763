import { TextMemo } from './memo';

/**
 * Text for matching: NFKC, lower case, line breaks inside Japanese sentences removed, white space folded —
 * with a map from every normalized UTF-16 unit back to the original offsets, so a match can be shown exactly
 * where the user wrote it.
 */
export interface NormalizedText {
  readonly text: string;
  /** The original offset where the source of unit `i` of `text` starts. */
  startOf(i: number): number;
  /** The original offset where the source of unit `i` of `text` ends. */
  endOf(i: number): number;
  /** startOf() of every unit (made when first read: tests and tools; the analysis itself never needs it). */
  readonly starts: Int32Array;
  /** endOf() of every unit (made when first read). */
  readonly ends: Int32Array;
}

/**
 * The map to the source is kept as runs, not per unit: most normalized text is copied one unit for one unit
 * (a run whose units map to consecutive source units), and what normalization changes (NFKC compositions,
 * entities, folded white space, removed line breaks) starts a new run. A run is three numbers in an Int32Array:
 * its first unit, the source start, and the source end — or STEP for a run of one-to-one units (unit `u + k`
 * maps to [start + k, start + k + 1)); the units of any other run all map to [start, end). The generated 5 MB
 * policy's texts (1.7 million units) have 65 000 runs: 0.8 MB instead of 13.6 MB at 8 bytes per unit.
 */
const STEP = -1;

/** Index (in triples) of the run among [from, to) that holds unit `i` (the last run whose first unit is ≤ i). */
function runOf(runs: Int32Array, from: number, to: number, i: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 3] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where the texts of one document piece start in the document: one object they share, so that moving the piece
 * (model/parse.ts assemble, after an edit before it) moves all its texts with one assignment.
 */
export interface Placement {
  base: number;
}

/**
 * A normalized text and its map: runs [from, to) (in triples) of `runs`, whose source offsets are shifted by
 * `base`. The runs of all texts of a document piece share one array (model/parse.ts), so a text placed
 * elsewhere in the document costs one small object, not a copy of its map.
 */
export class MappedText implements NormalizedText {
  #full?: { starts: Int32Array; ends: Int32Array };
  /** What the checker found in the text (text/memo.ts); a private field, so no output lists it. */
  #memo: TextMemo | undefined = undefined;

  /** Where the source offsets start: a placement the texts of one piece share (see Placement), or the text's own. */
  private readonly place: Placement;
  /** The base #full was made for. */
  #fullBase = 0;

  constructor(
    readonly text: string,
    private readonly runs: Int32Array,
    private readonly from: number,
    private readonly to: number,
    base: number | Placement = 0,
  ) {
    this.place = typeof base === 'number' ? { base } : base;
  }

  private get base(): number {
    return this.place.base;
  }

  /**
   * Moves the text to where its piece now starts (model/parse.ts assemble: after an edit, the pieces after it are
   * the same texts further on, and their clauses keep these objects instead of new ones). Moves every text of its
   * placement with it.
   */
  rebase(base: number): void {
    this.place.base = base;
  }

  /** What the checker found in this text (see text/memo.ts). */
  memo(): TextMemo {
    if (this.#memo === undefined) this.#memo = new TextMemo();
    return this.#memo;
  }

  startOf(i: number): number {
    const r = runOf(this.runs, this.from, this.to, i) * 3;
    const runs = this.runs;
    return this.base + (runs[r + 2] === STEP ? runs[r + 1] + (i - runs[r]) : runs[r + 1]);
  }

  endOf(i: number): number {
    const r = runOf(this.runs, this.from, this.to, i) * 3;
    const runs = this.runs;
    return this.base + (runs[r + 2] === STEP ? runs[r + 1] + (i - runs[r]) + 1 : runs[r + 2]);
  }

  get starts(): Int32Array {
    return this.full().starts;
  }

  get ends(): Int32Array {
    return this.full().ends;
  }

  private full(): { starts: Int32Array; ends: Int32Array } {
    if (this.#full && this.#fullBase === this.base) return this.#full;
    this.#fullBase = this.base;
    const n = this.text.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const runs = this.runs;
    for (let r = this.from; r < this.to; r++) {
      const u = runs[r * 3];
      const next = r + 1 < this.to ? runs[(r + 1) * 3] : n;
      const s = runs[r * 3 + 1] + this.base;
      const e = runs[r * 3 + 2];
      for (let k = u; k < next && k < n; k++) {
        starts[k] = e === STEP ? s + (k - u) : s;
        ends[k] = e === STEP ? s + (k - u) + 1 : e + this.base;
      }
    }
    return (this.#full = { starts, ends });
  }

  /** Number of runs (for tests of the representation). */
  get runCount(): number {
    return this.to - this.from;
  }

  /** Copies this text's runs into `out` at run `at` (offsets with the base added); returns the run after them. */
  copyRuns(out: Int32Array, at: number): number {
    out.set(this.runs.subarray(this.from * 3, this.to * 3), at * 3);
    const end = at + this.to - this.from;
    if (this.base !== 0) {
      for (let k = at * 3; k < end * 3; k += 3) {
        out[k + 1] += this.base;
        if (out[k + 2] !== STEP) out[k + 2] += this.base;
      }
    }
    return end;
  }

  /**
   * The first unit at or after `at` whose source starts at or after `offset` (text.length when none): the
   * units are scanned in order, a run at a time.
   */
  firstStartingFrom(at: number, offset: number): number {
    const n = this.text.length;
    if (at >= n) return n;
    const runs = this.runs;
    const target = offset - this.base;
    for (let r = runOf(runs, this.from, this.to, at); r < this.to; r++) {
      const u = runs[r * 3];
      const next = r + 1 < this.to ? runs[(r + 1) * 3] : n;
      const first = Math.max(u, at);
      if (first >= next) continue;
      const s = runs[r * 3 + 1];
      if (runs[r * 3 + 2] === STEP) {
        const k = Math.max(first, u + (target - s));
        if (k < next) return k;
      } else if (s >= target) return first;
    }
    return n;
  }

  /**
   * The units [from, to) of this text as a text of their own (`text` must be this.text.slice(from, to)): the
   * runs are cut, not copied per unit.
   */
  slice(from: number, to: number, text: string): MappedText {
    if (to <= from) return new MappedText(text, new Int32Array(0), 0, 0, 0);
    const first = runOf(this.runs, this.from, this.to, from);
    const last = runOf(this.runs, this.from, this.to, to - 1);
    const out = new Int32Array((last - first + 1) * 3);
    const runs = this.runs;
    for (let r = first; r <= last; r++) {
      const k = (r - first) * 3;
      const u = runs[r * 3];
      const e = runs[r * 3 + 2];
      const skip = r === first ? from - u : 0;
      out[k] = r === first ? 0 : u - from;
      out[k + 1] = runs[r * 3 + 1] + this.base + (e === STEP ? skip : 0);
      out[k + 2] = e === STEP ? STEP : e + this.base;
    }
    return new MappedText(text, out, 0, last - first + 1, 0);
  }
}

const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uff61-\uff9f]/;
const INVISIBLE = /[\u200b\u200c\u2060\ufeff\u00ad]/;
const SPACE = /[\s\u3000\u2028\u2029]/;

/**
 * Marks that NFKC composes with the character before them (dakuten, combining accents, variation selectors):
 * U+0300–036F, U+3099, U+309A, U+FF9E, U+FF9F, U+FE00–FE0F, U+200D.
 */
function isCombining(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    c === 0x3099 ||
    c === 0x309a ||
    c === 0xff9e ||
    c === 0xff9f ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0x200d
  );
}

/**
 * Per BMP unit: 1 when the unit, on its own, is kept as it is (not invisible, not a space, NFKC and lower case
 * leave it unchanged), 2 when it needs the general path, 0 not yet known. Filled lazily.
 */
const KEEP = new Uint8Array(0x10000);

function keepsItself(c: number): boolean {
  let k = KEEP[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const same =
      c < 0xd800 || c > 0xdfff
        ? !INVISIBLE.test(ch) && !SPACE.test(ch) && ch.normalize('NFKC').toLowerCase() === ch && ch.trim() !== ''
        : false;
    k = KEEP[c] = same ? 1 : 2;
  }
  return k === 1;
}

export class NormalizedBuilder {
  private parts: string[] = [];
  private n = 0;
  /** Runs of the map (see MappedText): triples, `count` of them. */
  private runs = new Int32Array(24);
  private count = 0;
  private pending: { start: number; end: number } | null = null;
  private lastChar = '';

  /** Maps the next `units` units (already added to `parts`) to the source: see MappedText for the runs. */
  private map(units: number, start: number, end: number, step: boolean): void {
    // One unit for one source unit is one-to-one, however it was appended.
    if (!step && units === 1 && end === start + 1) step = true;
    let runs = this.runs;
    const c = this.count;
    if (c > 0) {
      const r = (c - 1) * 3;
      const u = runs[r];
      const e = runs[r + 2];
      if (e === STEP) {
        // A one-to-one run continues when the next unit maps to the next source unit.
        if (step && start === runs[r + 1] + (this.n - u)) {
          this.n += units;
          return;
        }
        // A run of one unit that maps like the new units: it is a run of equal units.
        if (!step && this.n - u === 1 && start === runs[r + 1] && end === start + 1) {
          runs[r + 2] = end;
          this.n += units;
          return;
        }
      } else if (!step && start === runs[r + 1] && end === e) {
        this.n += units;
        return;
      }
    }
    if ((c + 1) * 3 > runs.length) {
      const grown = new Int32Array(runs.length * 2);
      grown.set(runs);
      this.runs = runs = grown;
    }
    const r = c * 3;
    runs[r] = this.n;
    runs[r + 1] = start;
    runs[r + 2] = step ? STEP : end;
    this.count = c + 1;
    this.n += units;
  }

  private push(unit: string, start: number, end: number): void {
    this.parts.push(unit);
    this.map(unit.length, start, end, false);
  }

  /**
   * Appends `original` (which starts at `offset` in the document). When `exact` is false the piece's
   * characters do not line up one to one with the source (escapes, entities), so each maps to the
   * whole source span [offset, spanEnd).
   */
  append(original: string, offset: number, exact = true, spanEnd = offset + original.length): void {
    let i = 0;
    const length = original.length;
    while (i < length) {
      // Fast path: a run of units that stand for themselves (most Japanese and lower-case text).
      let r = i;
      while (
        r < length &&
        keepsItself(original.charCodeAt(r)) &&
        !(r + 1 < length && isCombining(original.charCodeAt(r + 1)))
      )
        r++;
      if (r > i) {
        this.flushSpace(original[i]);
        this.parts.push(original.slice(i, r));
        this.map(r - i, exact ? offset + i : offset, exact ? offset + r : spanEnd, exact);
        this.lastChar = original[r - 1];
        i = r;
        continue;
      }
      const cp = original.codePointAt(i)!;
      let j = i + (cp > 0xffff ? 2 : 1);
      while (j < length && isCombining(original.charCodeAt(j))) j++;
      const segment = original.slice(i, j);
      const srcStart = exact ? offset + i : offset;
      const srcEnd = exact ? offset + j : spanEnd;
      i = j;
      if (INVISIBLE.test(segment)) continue;
      if (SPACE.test(segment)) {
        if (this.pending) this.pending.end = srcEnd;
        else this.pending = { start: srcStart, end: srcEnd };
        continue;
      }
      const normalized = segment.normalize('NFKC').toLowerCase();
      if (normalized.trim() === '') {
        if (!this.pending) this.pending = { start: srcStart, end: srcEnd };
        continue;
      }
      this.flushSpace(normalized);
      this.push(normalized, srcStart, srcEnd);
      this.lastChar = normalized[normalized.length - 1];
    }
  }

  /** Ends the current run of text (a table cell, a list item): the next piece starts a new word. */
  separate(offset: number): void {
    if (!this.pending && this.n > 0) this.pending = { start: offset, end: offset };
  }

  private flushSpace(next: string): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    if (this.n === 0) return;
    // Japanese has no spaces between words: a line break or a layout space next to a Japanese character is
    // only wrapping or alignment, and it disappears. Between Latin words it becomes one space.
    if (CJK.test(this.lastChar) || CJK.test(next[0])) return;
    this.push(' ', pending.start, pending.end);
    this.lastChar = ' ';
  }

  get length(): number {
    return this.n;
  }

  build(): MappedText {
    return new MappedText(this.parts.join(''), this.runs.slice(0, this.count * 3), 0, this.count);
  }
}

export function normalize(original: string, offset = 0): MappedText {
  const b = new NormalizedBuilder();
  b.append(original, offset);
  return b.build();
}

/** The normalizer for patterns and terms, without offsets. */
export function normalizeForMatch(s: string): string {
  return normalize(s).text;
}

/** Original [start, end) offsets of the normalized span [from, to). */
export function originalSpan(n: NormalizedText, from: number, to: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const a = Math.max(0, Math.min(from, n.text.length - 1));
  const b = Math.max(a, Math.min(to, n.text.length) - 1);
  return { start: n.startOf(a), end: n.endOf(b) };
}
