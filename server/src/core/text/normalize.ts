/**
 * Text for matching: NFKC, lower case, line breaks inside Japanese sentences removed, white space folded —
 * with a map from every normalised UTF-16 unit back to the original offsets, so a match can be shown exactly
 * where the user wrote it.
 */
export interface NormalizedText {
  readonly text: string;
  /** For each unit of `text`, the original offset where its source starts. */
  readonly starts: Int32Array;
  /** For each unit of `text`, the original offset where its source ends. */
  readonly ends: Int32Array;
}

const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uff61-\uff9f]/;
const INVISIBLE = /[\u200b\u200c\u2060\ufeff\u00ad]/;
const SPACE = /[\s\u3000\u2028\u2029]/;

/**
 * Marks that NFKC composes with the character before them (dakuten, combining accents, variation selectors):
 * U+0300–036F, U+3099, U+309A, U+FF9E, U+FF9F, U+FE00–FE0F, U+200D.
 */
function isCombining(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || c === 0x3099 || c === 0x309a || c === 0xff9e || c === 0xff9f || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x200d;
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
    const same = c < 0xd800 || c > 0xdfff
      ? !INVISIBLE.test(ch) && !SPACE.test(ch) && ch.normalize('NFKC').toLowerCase() === ch && ch.trim() !== ''
      : false;
    k = KEEP[c] = same ? 1 : 2;
  }
  return k === 1;
}

export class NormalizedBuilder {
  private parts: string[] = [];
  private n = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private pending: { start: number; end: number } | null = null;
  private lastChar = '';

  private push(unit: string, start: number, end: number): void {
    if (this.n === this.starts.length) this.grow();
    this.parts.push(unit);
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.n++;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(this.ends.length * 2);
    ends.set(this.ends);
    this.ends = ends;
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
      while (r < length && keepsItself(original.charCodeAt(r)) && !(r + 1 < length && isCombining(original.charCodeAt(r + 1)))) r++;
      if (r > i) {
        this.flushSpace(original[i]);
        if (this.n + (r - i) > this.starts.length) {
          while (this.n + (r - i) > this.starts.length) this.grow();
        }
        this.parts.push(original.slice(i, r));
        const starts = this.starts;
        const ends = this.ends;
        let n = this.n;
        for (let k = i; k < r; k++, n++) {
          starts[n] = exact ? offset + k : offset;
          ends[n] = exact ? offset + k + 1 : spanEnd;
        }
        this.n = n;
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
      for (let k = 0; k < normalized.length; k++) this.push(normalized[k], srcStart, srcEnd);
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

  build(): NormalizedText {
    return { text: this.parts.join(''), starts: this.starts.slice(0, this.n), ends: this.ends.slice(0, this.n) };
  }
}

export function normalize(original: string, offset = 0): NormalizedText {
  const b = new NormalizedBuilder();
  b.append(original, offset);
  return b.build();
}

/** The normaliser for patterns and terms, without offsets. */
export function normalizeForMatch(s: string): string {
  return normalize(s).text;
}

/** Original [start, end) offsets of the normalised span [from, to). */
export function originalSpan(n: NormalizedText, from: number, to: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const a = Math.max(0, Math.min(from, n.text.length - 1));
  const b = Math.max(a, Math.min(to, n.text.length) - 1);
  return { start: n.starts[a], end: n.ends[b] };
}
