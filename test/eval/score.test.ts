// The scorer itself, on hand-made pairs (no engine): precision, recall, F1, macro F1 and false "covered".
import { describe, expect, it } from 'vitest';
import { failures, scoreGroup, type Pair, type SetReport } from './score';

const pair = (expected: Pair['expected'], actual: Pair['actual'], tags = ['t']): Pair => ({
  set: 's',
  file: 'f',
  id: 'drm',
  expected,
  actual,
  tags,
  detected: true,
});

describe('eval scorer', () => {
  it('computes per-status precision, recall and F1, and macro F1 over the labelled statuses', () => {
    const g = scoreGroup([
      pair('covered', 'covered'),
      pair('covered', 'missing'),
      pair('missing', 'missing'),
      pair('missing', 'covered'),
      pair('outdated', 'outdated'),
    ]);
    expect(g.perStatus.covered).toMatchObject({ tp: 1, fp: 1, fn: 1, support: 2 });
    expect(g.perStatus.covered.f1).toBeCloseTo(0.5);
    expect(g.perStatus.outdated.f1).toBe(1);
    expect(g.macroF1).toBeCloseTo((0.5 + 0.5 + 1) / 3);
    expect(g.falseCovered).toBe(1);
    expect(g.accuracy).toBeCloseTo(3 / 5);
  });

  it('counts an absent id as wrong and reports false covered under a forbidden tag', () => {
    const g = scoreGroup([pair('missing', 'absent', ['negation']), pair('missing', 'covered', ['negation'])]);
    expect(g.perStatus.missing.recall).toBe(0);
    const report: SetReport = {
      set: 'auditor',
      documents: 1,
      detectedAsPolicy: 1,
      overall: g,
      perTag: { negation: g },
      perId: {},
      mismatches: [],
    };
    const failed = failures([report], {
      sets: { auditor: { macroF1: 0.95, maxFalseCovered: 0 } },
      noFalseCoveredTags: ['negation'],
    });
    expect(failed).toHaveLength(3);
    expect(failed.join('\n')).toMatch(/under negation/);
  });

  it('allows false covered under a tag up to a per-set ratchet (falseCoveredByTag), and no more', () => {
    const g = scoreGroup([pair('missing', 'covered', ['negation'])]);
    const report: SetReport = {
      set: 'b',
      documents: 1,
      detectedAsPolicy: 1,
      overall: g,
      perTag: { negation: g },
      perId: {},
      mismatches: [],
    };
    const t = (n: number) => ({
      sets: { b: { macroF1: 0, maxFalseCovered: 1, falseCoveredByTag: { negation: n } } },
      noFalseCoveredTags: ['negation'],
    });
    expect(failures([report], t(1))).toEqual([]);
    expect(failures([report], t(0))).toHaveLength(1);
  });
});
