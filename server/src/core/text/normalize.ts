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

// Marks that NFKC composes with the character before them (dakuten, combining accents, variation selectors).
const COMBINING = /[\u0300-\u036f\u3099\u309a\uff9e\uff9f\ufe00-\ufe0f\u200d]/;
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uff61-\uff9f]/;
const INVISIBLE = /[\u200b\u200c\u2060\ufeff\u00ad]/;
const SPACE = /[\s\u3000\u2028\u2029]/;

export class NormalizedBuilder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private pending: { start: number; end: number } | null = null;
  private lastChar = '';

  /**
   * Appends `original` (which starts at `offset` in the document). When `exact` is false the piece's
   * characters do not line up one to one with the source (escapes, entities), so each maps to the
   * whole source span [offset, spanEnd).
   */
  append(original: string, offset: number, exact = true, spanEnd = offset + original.length): void {
    let i = 0;
    while (i < original.length) {
      const cp = original.codePointAt(i)!;
      let j = i + (cp > 0xffff ? 2 : 1);
      while (j < original.length && COMBINING.test(original[j])) j++;
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
      for (let k = 0; k < normalized.length; k++) {
        this.parts.push(normalized[k]);
        this.starts.push(srcStart);
        this.ends.push(srcEnd);
      }
      this.lastChar = normalized[normalized.length - 1];
    }
  }

  /** Ends the current run of text (a table cell, a list item): the next piece starts a new word. */
  separate(offset: number): void {
    if (!this.pending && this.parts.length > 0) this.pending = { start: offset, end: offset };
  }

  private flushSpace(next: string): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending || this.parts.length === 0) return;
    // Japanese has no spaces between words: a line break or a layout space next to a Japanese character is
    // only wrapping or alignment, and it disappears. Between Latin words it becomes one space.
    if (CJK.test(this.lastChar) || CJK.test(next[0])) return;
    this.parts.push(' ');
    this.starts.push(pending.start);
    this.ends.push(pending.end);
    this.lastChar = ' ';
  }

  get length(): number {
    return this.parts.length;
  }

  build(): NormalizedText {
    return { text: this.parts.join(''), starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) };
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
