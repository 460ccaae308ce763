// Scores Kijun against the labelled corpus of whole policies in test/fixtures/corpus/ (labels.json: expected
// status of every requirement per file, the edition check, and notes on the non-obvious labels).
// The corpus is written independently of catalog/: a low score means the rules do not generalise, not that the
// corpus should be tuned to them. Run alone with `npx vitest run test/corpus.test.ts` to see the table.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../server/src/core';
import {
  EDITION,
  REQUIREMENT_IDS,
  STATUSES,
  formatScore,
  loadCorpus,
  observe,
  score,
  type CorpusFile,
  type CorpusScore,
  type Observation,
} from './corpus/score';

/** Minimum precision and recall of findings over the corpus. */
const THRESHOLD = 0.9;

const CORPUS = join(__dirname, 'fixtures', 'corpus');

describe('labelled policy corpus', () => {
  let files: CorpusFile[];
  let observations: Observation[];
  let result: CorpusScore;

  beforeAll(() => {
    files = loadCorpus(CORPUS);
    observations = files.map((f) => observe(f.name, f.label, analyzeText(f.text, { force: false })));
    result = score(observations);
    console.log(`\n${formatScore(result)}\n`);
  });

  it('is labelled completely and consistently', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const f of files) {
      const ids = Object.keys(f.label.expected).sort();
      if (f.label.policy) {
        expect(ids, f.name).toEqual([...REQUIREMENT_IDS].sort());
        for (const s of Object.values(f.label.expected)) expect(STATUSES, `${f.name}: ${s}`).toContain(s);
      } else {
        expect(ids, f.name).toEqual([]);
        expect(f.label.outdatedEdition, f.name).toBe(false);
      }
    }
  });

  it('gives no findings for non-policy files', () => {
    const offenders = observations
      .filter((o) => !o.label.policy)
      .map((o) => ({ file: o.name, isPolicy: o.isPolicy, findings: [...o.findings] }))
      .filter((o) => o.findings.length > 0);
    expect(offenders).toEqual([]);
  });

  it('takes every policy file as a policy', () => {
    const missed = observations.filter((o) => o.label.policy && !o.isPolicy).map((o) => o.name);
    expect(missed).toEqual([]);
  });

  it('reports every requirement id exactly once for every policy file', () => {
    const problems: string[] = [];
    for (const o of observations.filter((x) => x.label.policy)) {
      for (const id of REQUIREMENT_IDS) {
        const n = o.idCounts[id] ?? 0;
        if (n !== 1) problems.push(`${o.name}: ${id} reported ${n} times`);
      }
    }
    expect(problems).toEqual([]);
  });

  it(`finds the labelled findings with precision ≥ ${THRESHOLD}`, () => {
    expect(
      result.precision,
      `precision (tp ${result.tp}, fp ${result.fp}); ${EDITION} included`,
    ).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it(`finds the labelled findings with recall ≥ ${THRESHOLD}`, () => {
    expect(result.recall, `recall (tp ${result.tp}, fn ${result.fn}); ${EDITION} included`).toBeGreaterThanOrEqual(
      THRESHOLD,
    );
  });
});
