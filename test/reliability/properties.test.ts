// Property tests over the core (a short run; `npm run fuzz -- --runs 100000` is the long one): random
// policy-like Markdown and mutated fixtures. Invariants (test/fuzz/invariants.ts): no exception, every range
// inside the document and consistent with its offsets, every requirement id exactly once, deterministic,
// incremental = full, per-section parse = whole-document parse, a leading BOM shifts nothing but offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../server/src/core';
import {
  applyScript,
  editScript,
  fixtures,
  hostileMarkdown,
  mutate,
  mutatedFixture,
  mutation,
  policyMarkdown,
} from '../fuzz/arbitraries';
import { checkAnalysis, checkBomShift, checkCase } from '../fuzz/invariants';

const all = fixtures();
const seed = Number(process.env.KIJUN_FUZZ_SEED ?? 424242);
const params = (numRuns: number) => ({ numRuns, seed, endOnFailure: true });

describe('properties of the analysis (short run)', () => {
  it('random policy-like Markdown: every invariant, reached directly and through incremental edits', () => {
    fc.assert(
      fc.property(policyMarkdown, editScript, fc.nat(), (base, script, n) => {
        const { text, edits } = applyScript(base, script);
        checkCase(text, { deterministic: n % 3 === 0, incremental: { from: base, edits }, whole: n % 4 === 0 });
      }),
      params(40),
    );
  });

  it('mutated fixtures (truncation, byte flips, NUL, lone surrogates, BOM, CRLF, U+2028, zero-width spaces)', () => {
    fc.assert(
      fc.property(mutatedFixture(all, 3000), editScript, fc.nat(), (f, script, n) => {
        const { text, edits } = applyScript(f.text, script);
        checkCase(text, { deterministic: n % 3 === 0, incremental: { from: f.text, edits }, whole: n % 4 === 0 });
      }),
      params(40),
    );
  });

  it('hostile shapes (nested containers, long paragraphs, flow-style front matter): every invariant', () => {
    fc.assert(
      fc.property(hostileMarkdown, editScript, fc.nat(), (base, script, n) => {
        const { text, edits } = applyScript(base, script);
        checkCase(text, { deterministic: n % 3 === 0, incremental: { from: base, edits }, whole: n % 4 === 0 });
      }),
      params(10),
    );
  });

  it('a leading byte-order mark changes no finding, only offsets (by one)', () => {
    fc.assert(
      fc.property(policyMarkdown, (text) => checkBomShift(text.replace(/^\ufeff/, ''), { force: true })),
      params(25),
    );
    for (const f of all.filter((_, i) => i % 8 === 0)) checkBomShift(f.text, { force: true });
  });

  it('every whole fixture, mutated once by each kind of damage, keeps the invariants', () => {
    const damage = fc.sample(mutation, { numRuns: 8, seed });
    for (const f of all.filter((_, i) => i % 8 === 0)) {
      for (const m of damage) {
        const text = mutate(f.text, m);
        const a = analyzeText(text, { force: true });
        checkAnalysis(text, a);
        expect(a.requirements.length, f.name).toBe(a.catalog.requirements.length);
      }
    }
  });

  it('the invariants catch what they claim to (a broken analysis fails them)', () => {
    const text = '# 情報セキュリティ対策基準\n\n電子メールを暗号化すること。\n';
    const a = analyzeText(text);
    const broken = { ...a, findings: [{ ...a.findings[0], end: text.length + 5 }] };
    expect(() => checkAnalysis(text, broken)).toThrow(/outside the document/);
    const twice = { ...a, requirements: [...a.requirements, a.requirements[0]] };
    expect(() => checkAnalysis(text, twice)).toThrow(/exactly once/);
    const shifted = {
      ...a,
      findings: [{ ...a.findings[0], range: { ...a.findings[0].range, start: { line: 0, character: 999 } } }],
    };
    expect(() => checkAnalysis(text, shifted)).toThrow(/past the end of its line|does not match/);
  });
});
