import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../server/src/core/model/parse';
import { type MappedText, NormalizedBuilder, normalize, originalSpan } from '../../server/src/core/text/normalize';

/**
 * The normalized texts keep their map to the source as runs (text/normalize.ts MappedText) instead of two
 * Int32Arrays with one entry per unit. These tests hold the runs to the per-unit map the normalizer made before:
 * `Reference` below is that builder, unchanged but for the text it no longer needs to build.
 */

const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uff61-\uff9f]/;
const INVISIBLE = /[\u200b\u200c\u2060\ufeff\u00ad]/;
const SPACE = /[\s\u3000\u2028\u2029]/;
const isCombining = (c: number) =>
  (c >= 0x0300 && c <= 0x036f) ||
  c === 0x3099 ||
  c === 0x309a ||
  c === 0xff9e ||
  c === 0xff9f ||
  (c >= 0xfe00 && c <= 0xfe0f) ||
  c === 0x200d;
const keepsItself = (c: number) => {
  const ch = String.fromCharCode(c);
  return c < 0xd800 || c > 0xdfff
    ? !INVISIBLE.test(ch) && !SPACE.test(ch) && ch.normalize('NFKC').toLowerCase() === ch && ch.trim() !== ''
    : false;
};

/** The per-unit builder (as it was): text, and for every unit its source start and end. */
class Reference {
  text = '';
  starts: number[] = [];
  ends: number[] = [];
  private pending: { start: number; end: number } | null = null;
  private lastChar = '';

  private push(unit: string, start: number, end: number): void {
    this.text += unit;
    this.starts.push(start);
    this.ends.push(end);
  }

  append(original: string, offset: number, exact = true, spanEnd = offset + original.length): void {
    let i = 0;
    const length = original.length;
    while (i < length) {
      let r = i;
      while (
        r < length &&
        keepsItself(original.charCodeAt(r)) &&
        !(r + 1 < length && isCombining(original.charCodeAt(r + 1)))
      )
        r++;
      if (r > i) {
        this.flushSpace(original[i]);
        for (let k = i; k < r; k++)
          this.push(original[k], exact ? offset + k : offset, exact ? offset + k + 1 : spanEnd);
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

  separate(offset: number): void {
    if (!this.pending && this.text.length > 0) this.pending = { start: offset, end: offset };
  }

  private flushSpace(next: string): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    if (this.text.length === 0) return;
    if (CJK.test(this.lastChar) || CJK.test(next[0])) return;
    this.push(' ', pending.start, pending.end);
    this.lastChar = ' ';
  }
}

type Op =
  | { kind: 'append'; s: string; offset: number; exact: boolean; extra: number }
  | { kind: 'separate'; offset: number };

/** Text that exercises every path: Japanese, Latin, full-width forms, half-width kana with marks, spaces, invisibles, astral. */
const piece = fc
  .array(
    fc.constantFrom(
      '情報',
      'セキュリティ',
      'ＴＬＳ',
      'https',
      'Mail',
      ' ',
      '  ',
      '\n',
      '\u3000',
      '\u200b',
      'ｶﾞ',
      'ﾃﾞｼﾞﾀﾙ',
      '𠮷',
      '①',
      '㍿',
      'ﬁ',
      'e\u0301',
      '。',
      '１２',
      'a',
      'Ａ',
      '\t',
      '\u00ad',
      'ǅ',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const ops = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('append' as const),
      s: piece,
      offset: fc.nat(50),
      exact: fc.boolean(),
      extra: fc.nat(3),
    }),
    fc.record({ kind: fc.constant('separate' as const), offset: fc.nat(50) }),
  ),
  { maxLength: 8 },
);

/** Applies the operations to both builders, at increasing offsets (as the model appends a document's nodes). */
function build(list: Op[]): { mapped: MappedText; ref: Reference } {
  const b = new NormalizedBuilder();
  const ref = new Reference();
  let at = 0;
  for (const op of list) {
    at += op.offset;
    if (op.kind === 'separate') {
      b.separate(at);
      ref.separate(at);
    } else {
      const end = at + op.s.length + op.extra;
      b.append(op.s, at, op.exact, end);
      ref.append(op.s, at, op.exact, end);
      at = end;
    }
  }
  return { mapped: b.build(), ref };
}

function expectSameMap(mapped: MappedText, text: string, starts: number[], ends: number[]): void {
  expect(mapped.text).toBe(text);
  expect(Array.from(mapped.starts)).toEqual(starts);
  expect(Array.from(mapped.ends)).toEqual(ends);
  for (let i = 0; i < text.length; i++) {
    expect(mapped.startOf(i)).toBe(starts[i]);
    expect(mapped.endOf(i)).toBe(ends[i]);
  }
}

describe('normalized texts: the map to the source as runs', () => {
  it('maps every unit exactly as the per-unit map did', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const { mapped, ref } = build(list);
        expectSameMap(mapped, ref.text, ref.starts, ref.ends);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a text into parts whose maps are the parts of its map', () => {
    fc.assert(
      fc.property(ops, fc.nat(), fc.nat(), (list, x, y) => {
        const { mapped, ref } = build(list);
        const n = ref.text.length;
        const from = n ? x % (n + 1) : 0;
        const to = from + (n - from ? y % (n - from + 1) : 0);
        const part = mapped.slice(from, to, ref.text.slice(from, to));
        expectSameMap(part, ref.text.slice(from, to), ref.starts.slice(from, to), ref.ends.slice(from, to));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the first unit whose source starts at or after an offset, as a scan of the units would', () => {
    fc.assert(
      fc.property(ops, fc.nat(), fc.nat(300), (list, x, offset) => {
        const { mapped, ref } = build(list);
        const n = ref.text.length;
        const at = x % (n + 1);
        let expected = at;
        while (expected < n && ref.starts[expected] < offset) expected++;
        expect(mapped.firstStartingFrom(at, offset)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a one-to-one text in one run', () => {
    const n = normalize('情報セキュリティポリシーの改定について', 100);
    expect(n.runCount).toBe(1);
    expect(originalSpan(n, 2, 4)).toEqual({ start: 102, end: 104 });
  });

  it('gives the clauses of a parsed document the maps the per-unit builder gives', () => {
    const src = [
      '# 規程',
      '',
      '第１条　ＴＬＳ\nで&amp;暗号化 *強調* `go.jp` する。',
      '(1) 第一の措置を　講ずること。',
      '(2) ｻｰﾊﾞ の e\u0301 管理',
      '',
      '| 項目 | 内容 |',
      '| --- | --- |',
      '| Ａ | 電子\u200bメール |',
      '',
      '- 親項目',
      '  - 子項目 https://example.go.jp',
    ].join('\n');
    const doc = parsePolicy(src);
    for (const c of doc.clauses) {
      // Every unit maps into the clause's source, in order, and a one-to-one unit to its own character.
      for (let i = 0; i < c.norm.text.length; i++) {
        const s = c.norm.startOf(i);
        const e = c.norm.endOf(i);
        expect(s).toBe(c.norm.starts[i]);
        expect(e).toBe(c.norm.ends[i]);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(src.length);
        if (i > 0) expect(s).toBeGreaterThanOrEqual(c.norm.startOf(i - 1));
      }
    }
    const tls = doc.clauses.find((c) => c.norm.text.includes('tls'))!;
    const at = tls.norm.text.indexOf('tls');
    expect(src.slice(tls.norm.startOf(at), tls.norm.endOf(at + 2))).toBe('ＴＬＳ');
  });
});
