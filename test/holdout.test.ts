// Held-out corpus: whole policies in test/fixtures/holdout/, written independently of catalog/ and of the
// other corpus, labelled by meaning per the domain reference (requirements.md §4–§5). It measures how well Kijun
// generalises to policies written by people who never saw its rules; a low score means the rules do not
// generalise, not that the corpus should be tuned to them.
// Run alone with `KIJUN_SKIP_BUILD=1 npx vitest run test/holdout.test.ts` to see the scores and mismatches.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../server/src/core';
import { withIssue11 } from './corpus/issue11';
import { EDITION, REQUIREMENT_IDS, STATUSES, type LabelStatus } from './corpus/score';

/** Minimum precision and recall of findings over the held-out corpus. */
const THRESHOLD = 0.9;

const DIR = join(__dirname, 'fixtures', 'holdout');

// The ids, statuses and the edition check's name are the labelled corpus's (one definition for both corpora).
const IDS = REQUIREMENT_IDS;

type Status = LabelStatus;
interface Label {
  policy: boolean;
  expected: Record<string, Status>;
  outdatedEdition: boolean;
  notes?: string;
}
type Analysis = ReturnType<typeof analyzeText>;

interface Observation {
  file: string;
  label: Label;
  isPolicy: boolean;
  /** Actual status per id ('absent' when the analysis does not list the id). */
  status: Record<string, string>;
  expectedFindings: Set<string>;
  actualFindings: Set<string>;
}

interface Mismatch {
  file: string;
  id: string;
  expected: string;
  actual: string;
}

const isFinding = (s: string): boolean => s === 'missing' || s === 'outdated';

function expectedFindings(label: Label): Set<string> {
  const out = new Set<string>();
  if (!label.policy) return out;
  for (const id of IDS) if (isFinding(label.expected[id])) out.add(`${id}:${label.expected[id]}`);
  if (label.outdatedEdition) out.add(EDITION);
  return out;
}

function actualFindings(a: Analysis): Set<string> {
  const out = new Set<string>();
  for (const r of a.requirements) if (isFinding(r.status)) out.add(`${r.id}:${r.status}`);
  if (a.findings.some((f) => f.kind === 'outdated-edition')) out.add(EDITION);
  return out;
}

function observe(file: string, label: Label, text: string): Observation {
  const a = analyzeText(text, { force: false });
  const status: Record<string, string> = {};
  for (const id of IDS) status[id] = a.requirements.find((r) => r.id === id)?.status ?? 'absent';
  return {
    file,
    label,
    isPolicy: a.isPolicy,
    status,
    expectedFindings: expectedFindings(label),
    actualFindings: actualFindings(a),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

describe('held-out policy corpus', () => {
  let labels: Record<string, Label>;
  let files: string[];
  let obs: Observation[];
  let precision = 0;
  let recall = 0;
  let accuracy = 0;
  let mismatches: Mismatch[] = [];

  beforeAll(() => {
    labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<string, Label>;
    files = readdirSync(DIR)
      .filter((f) => f.endsWith('.md'))
      .sort();
    obs = files
      .filter((f) => labels[f] !== undefined)
      .map((f) => observe(f, withIssue11(f, labels[f]), readFileSync(join(DIR, f), 'utf8').replace(/^\uFEFF/, '')));

    let tp = 0;
    let nActual = 0;
    let nExpected = 0;
    let statusOk = 0;
    let statusAll = 0;
    mismatches = [];
    for (const o of obs) {
      nActual += o.actualFindings.size;
      nExpected += o.expectedFindings.size;
      for (const f of o.actualFindings) if (o.expectedFindings.has(f)) tp++;
      if (o.label.policy) {
        for (const id of IDS) {
          statusAll++;
          const exp = o.label.expected[id];
          const act = o.status[id];
          if (exp === act) statusOk++;
          else mismatches.push({ file: o.file, id, expected: exp, actual: act });
        }
        const edExp = o.label.outdatedEdition;
        const edAct = o.actualFindings.has(EDITION);
        if (edExp !== edAct)
          mismatches.push({ file: o.file, id: EDITION, expected: String(edExp), actual: String(edAct) });
      } else {
        for (const f of o.actualFindings)
          mismatches.push({ file: o.file, id: f, expected: 'no finding (not a policy)', actual: f });
        if (o.isPolicy) mismatches.push({ file: o.file, id: '(isPolicy)', expected: 'false', actual: 'true' });
      }
      if (o.label.policy && !o.isPolicy)
        mismatches.push({ file: o.file, id: '(isPolicy)', expected: 'true', actual: 'false' });
    }
    precision = nActual === 0 ? (nExpected === 0 ? 1 : 0) : tp / nActual;
    recall = nExpected === 0 ? 1 : tp / nExpected;
    accuracy = statusAll === 0 ? 1 : statusOk / statusAll;

    const lines = [
      '',
      `held-out corpus: ${obs.length} files (${obs.filter((o) => o.label.policy).length} policies)`,
      `findings: expected ${nExpected}, actual ${nActual}, true positives ${tp}`,
      `precision ${pct(precision)}  recall ${pct(recall)}  status accuracy ${pct(accuracy)} (${statusOk}/${statusAll})`,
      `mismatches (${mismatches.length}):`,
      ...mismatches.map((m) => `  ${m.file}  ${m.id}  expected=${m.expected}  actual=${m.actual}`),
      '',
    ];
    console.log(lines.join('\n'));
  });

  it('is labelled completely and consistently', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    expect(
      files.filter((f) => labels[f] === undefined),
      'files without a label',
    ).toEqual([]);
    expect(
      Object.keys(labels).filter((f) => !files.includes(f)),
      'labels without a file',
    ).toEqual([]);
    expect(Object.values(labels).filter((l) => l.policy).length).toBeGreaterThanOrEqual(14);
    for (const [f, l] of Object.entries(labels)) {
      expect(Object.keys(l.expected).sort(), f).toEqual([...IDS].sort());
      for (const s of Object.values(l.expected)) expect(STATUSES, `${f}: ${s}`).toContain(s);
      if (!l.policy) expect(l.outdatedEdition, f).toBe(false);
    }
  });

  it('gives no findings for non-policy files', () => {
    const offenders = obs
      .filter((o) => !o.label.policy && o.actualFindings.size > 0)
      .map((o) => ({ file: o.file, findings: [...o.actualFindings] }));
    expect(offenders).toEqual([]);
  });

  it('recognises every policy file as a policy', () => {
    expect(obs.filter((o) => o.label.policy && !o.isPolicy).map((o) => o.file)).toEqual([]);
  });

  it(`reaches precision >= ${THRESHOLD}`, () => {
    expect(precision).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it(`reaches recall >= ${THRESHOLD}`, () => {
    expect(recall).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
