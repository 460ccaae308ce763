// The guard's limits, checked incrementally (guard/incremental.ts), must refuse exactly what checkLimits refuses
// on the whole text — the same limit, value, line and message — after any edit, while scanning only the part of
// the text around the edit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePolicy, rng } from '../../../bench/generate.mjs';
import { checkLimits, IncrementalLimits, LIMITS, type Limits } from '../../../server/src/core/guard';

/** Limits small enough that random documents cross each of them often. */
const SMALL: Limits = {
  maxBytes: 4000,
  maxDepth: 4,
  maxTableCells: 12,
  maxEmphasisRuns: 5,
  maxBrackets: 4,
  maxRunLength: 3,
  maxBacktickScan: 60,
  maxBracketWalk: 300,
  maxFrontMatterEntries: 4,
  maxFrontMatterBytes: 120,
  maxSectionWork: 200,
};

const PIECES = [
  '# h\n',
  '## 第1章\n',
  '\n',
  '\n\n',
  '---\n',
  '```\n',
  '~~~\n',
  '> > > q\n',
  '- - - x\n',
  '1. 2. 3. y\n',
  '| a | b |\n',
  '|---|---|\n',
  '| 1 | 2 |\n',
  '**a** _b_ ***c***\n',
  '[a][b][c]\n',
  '`x` ``y`` `z\n',
  '\r\n',
  '\r',
  '\ufeff',
  ' #  x\n',
  '    # code\n',
  '[^1]: x\n',
  'text ',
  '*****x*****\n',
  '\\[ \\* ',
  '#\n',
  'kijun: x\n',
  '  ',
  '\t',
  '#a\n',
  'あ',
];

describe('incremental limits equal checkLimits on the whole text', () => {
  const doc = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    del: fc.nat(6),
    ins: fc.oneof(fc.constant(''), fc.constantFrom(...PIECES)),
    span: fc.boolean(),
  });

  it('property: random documents and edits, small and default limits', () => {
    fc.assert(
      fc.property(doc, fc.array(edit, { maxLength: 8 }), fc.boolean(), (start, edits, small) => {
        const limits = small ? SMALL : LIMITS;
        const inc = new IncrementalLimits(limits);
        expect(inc.check(start)).toEqual(checkLimits(start, limits));
        let text = start;
        for (const e of edits) {
          const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
          const end = Math.min(text.length, at + e.del);
          text = text.slice(0, at) + e.ins + text.slice(end);
          // With the span an editor reports, or found by comparing the texts.
          const got = inc.check(text, e.span ? { start: at, oldEnd: end, newEnd: at + e.ins.length } : undefined);
          expect(got, JSON.stringify(text)).toEqual(checkLimits(text, limits));
        }
      }),
      { numRuns: 3000, seed: 20261126 },
    );
  });

  it('front matter: closed, unclosed, closed by an edit, reopened, over its limit', () => {
    const limits = { ...LIMITS, maxFrontMatterEntries: 3, maxFrontMatterBytes: 40 };
    const inc = new IncrementalLimits(limits);
    const steps = [
      '---\na: 1\nb: 2\n---\n# 規程\n',
      '---\na: 1\nb: 2\nc: 3\n---\n# 規程\n', // 4 lines: over
      '---\na: 1\nb: 2\nc: 3\n--\n# 規程\n', // not closed: no front matter at all
      '---\na: 1\nb: 2\nc: 3\n--\n# 規程\n\n---\n', // closed far below: over
      '---\na: 1\n---\n\nb: 2\nc: 3\n--\n# 規程\n\n---\n', // closed early again
      'x---\na: 1\n---\n', // not opened
      '---\r\na: 1\r\n---\r\n',
      '\ufeff---\na: 1\nb: 2\nc: 3\nd: 4\n---\n',
      '---\n{a: 1, b: 2, c: 3}\n---\n', // one line, but 3 commas, 1 brace and 2 line breaks: over
      '---\n{a: 1}\n---\n',
      '---\nlong: ' + 'x'.repeat(40) + '\n---\n', // over the bytes
    ];
    for (const text of steps) expect(inc.check(text), JSON.stringify(text)).toEqual(checkLimits(text, limits));
    expect(checkLimits(steps[1], limits)?.limit).toBe('maxFrontMatterEntries');
    expect(checkLimits(steps[8], limits)?.limit).toBe('maxFrontMatterEntries');
    expect(checkLimits(steps[9], limits)).toBeUndefined();
    expect(checkLimits(steps[10], limits)?.limit).toBe('maxFrontMatterBytes');
    expect(checkLimits(steps[2], limits)).toBeUndefined();
  });

  it('random edits of a generated policy that cross and uncross limits', () => {
    const limits: Limits = {
      ...LIMITS,
      maxTableCells: 400,
      maxEmphasisRuns: 50,
      maxBrackets: 8,
      maxRunLength: 4,
      maxBacktickScan: 5000,
      maxBracketWalk: 20_000,
      maxDepth: 3,
      maxFrontMatterEntries: 50,
      maxFrontMatterBytes: 2000,
      maxSectionWork: 3000,
    };
    let text = generatePolicy(100_000, 3);
    const r = rng(9);
    const inc = new IncrementalLimits(limits);
    expect(inc.check(text)).toEqual(checkLimits(text, limits));
    let refused = 0;
    let accepted = 0;
    for (let i = 0; i < 300; i++) {
      const at = r.int(text.length + 1);
      const del = r.chance(0.4) ? Math.min(text.length - at, r.int(6)) : 0;
      const ins = r.chance(0.9) ? r.pick(PIECES) : '';
      text = text.slice(0, at) + ins + text.slice(at + del);
      const expected = checkLimits(text, limits);
      if (expected) refused++;
      else accepted++;
      expect(inc.check(text, { start: at, oldEnd: at + del, newEnd: at + ins.length })).toEqual(expected);
    }
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('an edit is checked by scanning around it', () => {
  it('a one-character edit in a large policy scans its own section, not the document', () => {
    const text = generatePolicy(500_000, 2024);
    const inc = new IncrementalLimits();
    expect(inc.check(text)).toBeUndefined();
    expect(inc.stats.scanned).toBe(text.length);
    expect(inc.segmentCount).toBeGreaterThan(100);
    const r = rng(1);
    let current = text;
    for (let i = 0; i < 50; i++) {
      const at = r.int(current.length);
      current = `${current.slice(0, at)}あ${current.slice(at)}`;
      expect(inc.check(current, { start: at, oldEnd: at, newEnd: at + 1 })).toBeUndefined();
      expect(inc.stats.scanned).toBeLessThan(current.length / 20);
    }
    // Without a span the texts are compared: the same.
    current = `${current.slice(0, 1000)}い${current.slice(1000)}`;
    inc.check(current);
    expect(inc.stats.scanned).toBeLessThan(current.length / 20);
  });

  it('an edit that opens a fence re-scans up to where the old and new segments meet again', () => {
    const sections = Array.from({ length: 20 }, (_, i) => `## 第${i + 1}章\n\n本文${'*a* '.repeat(3)}\n`).join('\n');
    const text = `# 規程\n\n${sections}`;
    const limits = { ...LIMITS, maxEmphasisRuns: 10 };
    const inc = new IncrementalLimits(limits);
    expect(inc.check(text)).toBeUndefined();
    // A fence opened in section 5 swallows every heading after it: one segment to the end.
    const at = text.indexOf('## 第5章');
    const fenced = `${text.slice(0, at)}\`\`\`\n${text.slice(at)}`;
    expect(inc.check(fenced, { start: at, oldEnd: at, newEnd: at + 4 })).toEqual(checkLimits(fenced, limits));
    expect(inc.segmentCount).toBe(5);
    // Closing it again in section 6 brings the old segments back from there on.
    const close = fenced.indexOf('## 第6章');
    const closed = `${fenced.slice(0, close)}\`\`\`\n${fenced.slice(close)}`;
    expect(inc.check(closed, { start: close, oldEnd: close, newEnd: close + 4 })).toEqual(checkLimits(closed, limits));
    expect(inc.segmentCount).toBe(20);
    // Emphasis runs over the limit once the paragraphs of two sections are one: the heading between them is removed.
    const h = closed.indexOf('\n## 第10章\n\n');
    const removed = '\n## 第10章\n\n'.length;
    const merged = closed.slice(0, h) + closed.slice(h + removed);
    const breach = inc.check(merged, { start: h, oldEnd: h + removed, newEnd: h });
    expect(breach?.limit).toBe('maxEmphasisRuns');
    expect(breach).toEqual(checkLimits(merged, limits));
    // And back.
    expect(inc.check(closed, { start: h, oldEnd: h, newEnd: h + removed })).toBeUndefined();
  });
});
