// Scoring helpers for the labelled policy corpus (test/fixtures/corpus/). The corpus is written independently of
// the catalog: it measures how well the detection rules generalise to policies written by people who never saw
// them. Nothing here knows about the rules; it only compares the checker's statuses with the labels.
import { readdirSync, readFileSync } from 'node:fs';
import { withIssue11 } from './issue11';
import { join } from 'node:path';
import type { PolicyAnalysis } from '../../server/src/core';

/** The eleven requirement ids of the FY2018 revision, in the order of requirements.md §4. */
export const REQUIREMENT_IDS = [
  'unknown-malware',
  'it-asset-management',
  'drm',
  'web-encryption',
  'email-encryption',
  'mobile-devices',
  'domain-names',
  'iot-devices',
  'issue-reporting',
  'improvement-instructions',
  'promotion-structure',
] as const;

export type RequirementId = (typeof REQUIREMENT_IDS)[number];
export type LabelStatus = 'covered' | 'missing' | 'outdated' | 'not-applicable';
/** An actual status; `absent` when the checker did not report the id at all. */
export type ActualStatus = LabelStatus | 'absent';
export const STATUSES: readonly LabelStatus[] = ['covered', 'missing', 'outdated', 'not-applicable'];
export const EDITION = 'outdated-edition';

export interface CorpusLabel {
  policy: boolean;
  /** For policies: every id. For non-policies: empty (they must get no findings). */
  expected: Partial<Record<RequirementId, LabelStatus>>;
  outdatedEdition: boolean;
  notes?: string;
}

export interface CorpusFile {
  name: string;
  text: string;
  label: CorpusLabel;
}

/** What the checker said about one file, reduced to what the score needs. */
export interface Observation {
  name: string;
  label: CorpusLabel;
  isPolicy: boolean;
  /** Status per id as reported (the first one if an id is reported more than once). */
  statuses: Partial<Record<string, LabelStatus>>;
  /** How many times each id appears in `requirements`. */
  idCounts: Record<string, number>;
  /** Findings as `id:kind` (kind missing | outdated) plus `outdated-edition`. */
  findings: Set<string>;
}

export interface Mismatch {
  file: string;
  id: string;
  expected: string;
  actual: string;
}

export interface CorpusScore {
  files: number;
  policies: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Over every (policy file, id) pair. */
  statusAccuracy: number;
  statusCorrect: number;
  statusTotal: number;
  /** confusion[id][expected][actual] = count */
  confusion: Record<string, Record<LabelStatus, Record<ActualStatus, number>>>;
  /** Finding-level counts per id (and outdated-edition). */
  perId: Record<string, { tp: number; fp: number; fn: number }>;
  perFile: Array<{
    file: string;
    policy: boolean;
    isPolicy: boolean;
    correct: number;
    total: number;
    tp: number;
    fp: number;
    fn: number;
  }>;
  mismatches: Mismatch[];
}

export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function loadLabels(dir: string): Record<string, CorpusLabel> {
  return JSON.parse(stripBom(readFileSync(join(dir, 'labels.json'), 'utf8'))) as Record<string, CorpusLabel>;
}

/** Every Markdown file of the corpus with its label (a file without a label throws: the corpus must stay labelled). */
export function loadCorpus(dir: string): CorpusFile[] {
  const labels = loadLabels(dir);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => {
      const label = labels[name];
      if (!label) throw new Error(`corpus file without a label in labels.json: ${name}`);
      return { name, text: stripBom(readFileSync(join(dir, name), 'utf8')), label: withIssue11(name, label) };
    });
}

/** Findings implied by a set of statuses: (id, missing) and (id, outdated), plus the edition check. */
export function findingsFromStatuses(statuses: Partial<Record<string, string>>, outdatedEdition: boolean): Set<string> {
  const out = new Set<string>();
  for (const [id, status] of Object.entries(statuses))
    if (status === 'missing' || status === 'outdated') out.add(`${id}:${status}`);
  if (outdatedEdition) out.add(EDITION);
  return out;
}

export function expectedFindings(label: CorpusLabel): Set<string> {
  return label.policy ? findingsFromStatuses(label.expected, label.outdatedEdition) : new Set();
}

/**
 * Reduces an analysis to an observation. For a file the checker takes as a policy, findings are derived from the
 * requirement statuses plus `outdated-edition` when any such finding exists. For a file it does not take as a policy,
 * findings are whatever it actually reported (which should be nothing).
 */
export function observe(name: string, label: CorpusLabel, analysis: PolicyAnalysis): Observation {
  const statuses: Partial<Record<string, LabelStatus>> = {};
  const idCounts: Record<string, number> = {};
  for (const r of analysis.requirements) {
    idCounts[r.id] = (idCounts[r.id] ?? 0) + 1;
    if (!(r.id in statuses)) statuses[r.id] = r.status;
  }
  const edition = analysis.findings.some((f) => f.kind === 'outdated-edition');
  let findings: Set<string>;
  if (analysis.isPolicy) {
    findings = findingsFromStatuses(statuses, edition);
  } else {
    findings = new Set();
    for (const f of analysis.findings) {
      if (f.kind === 'missing' || f.kind === 'outdated') findings.add(`${f.code}:${f.kind}`);
      else if (f.kind === 'outdated-edition') findings.add(EDITION);
    }
  }
  return { name, label, isPolicy: analysis.isPolicy, statuses, idCounts, findings };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function score(observations: Observation[]): CorpusScore {
  const confusion: CorpusScore['confusion'] = {};
  const perId: CorpusScore['perId'] = {};
  for (const id of [...REQUIREMENT_IDS, EDITION]) perId[id] = { tp: 0, fp: 0, fn: 0 };
  for (const id of REQUIREMENT_IDS) {
    confusion[id] = {} as Record<LabelStatus, Record<ActualStatus, number>>;
    for (const e of STATUSES)
      confusion[id][e] = { covered: 0, missing: 0, outdated: 0, 'not-applicable': 0, absent: 0 };
  }
  const mismatches: Mismatch[] = [];
  const perFile: CorpusScore['perFile'] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let statusCorrect = 0;
  let statusTotal = 0;

  for (const o of observations) {
    const expected = expectedFindings(o.label);
    const actual = o.findings;
    let ftp = 0;
    let ffp = 0;
    let ffn = 0;
    const keyId = (k: string) => (k === EDITION ? EDITION : k.slice(0, k.lastIndexOf(':')));
    for (const k of actual) {
      if (expected.has(k)) {
        ftp++;
        perId[keyId(k)] ??= { tp: 0, fp: 0, fn: 0 };
        perId[keyId(k)].tp++;
      } else {
        ffp++;
        perId[keyId(k)] ??= { tp: 0, fp: 0, fn: 0 };
        perId[keyId(k)].fp++;
      }
    }
    for (const k of expected) {
      if (!actual.has(k)) {
        ffn++;
        perId[keyId(k)].fn++;
      }
    }
    tp += ftp;
    fp += ffp;
    fn += ffn;

    let correct = 0;
    let total = 0;
    if (o.label.policy) {
      if (!o.isPolicy) mismatches.push({ file: o.name, id: '(policy)', expected: 'policy', actual: 'not a policy' });
      for (const id of REQUIREMENT_IDS) {
        const e = o.label.expected[id];
        if (!e) continue;
        // A file the checker does not take as a policy reports nothing to the user: count every id as absent.
        const a: ActualStatus = o.isPolicy ? (o.statuses[id] ?? 'absent') : 'absent';
        confusion[id][e][a]++;
        total++;
        if (a === e) correct++;
        else mismatches.push({ file: o.name, id, expected: e, actual: a });
      }
      const actualEdition = actual.has(EDITION);
      if (o.label.outdatedEdition !== actualEdition) {
        mismatches.push({
          file: o.name,
          id: EDITION,
          expected: String(o.label.outdatedEdition),
          actual: String(actualEdition),
        });
      }
    } else {
      if (o.isPolicy) mismatches.push({ file: o.name, id: '(policy)', expected: 'not a policy', actual: 'policy' });
      for (const k of actual)
        mismatches.push({
          file: o.name,
          id: keyId(k),
          expected: 'no finding',
          actual: k === EDITION ? 'true' : k.slice(k.lastIndexOf(':') + 1),
        });
    }
    statusCorrect += correct;
    statusTotal += total;
    perFile.push({
      file: o.name,
      policy: o.label.policy,
      isPolicy: o.isPolicy,
      correct,
      total,
      tp: ftp,
      fp: ffp,
      fn: ffn,
    });
  }

  return {
    files: observations.length,
    policies: observations.filter((o) => o.label.policy).length,
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    statusAccuracy: ratio(statusCorrect, statusTotal),
    statusCorrect,
    statusTotal,
    confusion,
    perId,
    perFile,
    mismatches,
  };
}

// ---- formatting --------------------------------------------------------------------------------------------------

/** Display width: East Asian wide characters count as two columns, so Japanese file names line up. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}
export const pad = (s: string | number, n: number): string => String(s) + ' '.repeat(Math.max(0, n - width(String(s))));
export const lpad = (s: string | number, n: number): string =>
  ' '.repeat(Math.max(0, n - width(String(s)))) + String(s);
const pct = (x: number): string => x.toFixed(3);

const SHORT: Record<ActualStatus, string> = {
  covered: 'cov',
  missing: 'miss',
  outdated: 'old',
  'not-applicable': 'n/a',
  absent: 'absent',
};

export function formatScore(s: CorpusScore): string {
  const out: string[] = [];
  out.push(`Kijun corpus: ${s.files} files (${s.policies} policies, ${s.files - s.policies} non-policies)`);
  out.push('');
  out.push(`findings   precision ${pct(s.precision)}  recall ${pct(s.recall)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  out.push(
    `statuses   accuracy  ${pct(s.statusAccuracy)}  (${s.statusCorrect}/${s.statusTotal} policy × requirement pairs)`,
  );
  out.push('');

  out.push('per requirement (findings: tp/fp/fn; statuses: expected → actual counts)');
  const cols: ActualStatus[] = ['covered', 'missing', 'outdated', 'not-applicable', 'absent'];
  out.push(
    `${pad('requirement', 26)}${pad('tp/fp/fn', 10)}${pad('expected', 10)}${cols.map((c) => lpad(SHORT[c], 7)).join('')}   acc`,
  );
  out.push('-'.repeat(26 + 10 + 10 + 7 * cols.length + 6));
  for (const id of REQUIREMENT_IDS) {
    const rows = STATUSES.filter((e) => cols.some((a) => s.confusion[id][e][a] > 0));
    let ok = 0;
    let all = 0;
    for (const e of STATUSES)
      for (const a of cols) {
        all += s.confusion[id][e][a];
        if (a === e) ok += s.confusion[id][e][a];
      }
    const f = s.perId[id];
    rows.forEach((e, i) => {
      const head = i === 0 ? pad(id, 26) + pad(`${f.tp}/${f.fp}/${f.fn}`, 10) : pad('', 36);
      const cells = cols
        .map((a) =>
          lpad(
            s.confusion[id][e][a] === 0 ? '.' : a === e ? `[${s.confusion[id][e][a]}]` : String(s.confusion[id][e][a]),
            7,
          ),
        )
        .join('');
      out.push(`${head}${pad(SHORT[e], 10)}${cells}${i === 0 ? '   ' + pct(ratio(ok, all)) : ''}`);
    });
  }
  const ed = s.perId[EDITION];
  out.push(`${pad(EDITION, 26)}${pad(`${ed.tp}/${ed.fp}/${ed.fn}`, 10)}(document check)`);
  out.push('');

  out.push('per file');
  out.push(`${pad('file', 42)}${pad('policy', 12)}${pad('statuses', 10)}tp/fp/fn`);
  for (const f of s.perFile) {
    const pol = f.policy ? (f.isPolicy ? 'yes' : 'yes→NO') : f.isPolicy ? 'no→YES' : 'no';
    out.push(
      `${pad(f.file, 42)}${pad(pol, 12)}${pad(f.policy ? `${f.correct}/${f.total}` : '-', 10)}${f.tp}/${f.fp}/${f.fn}`,
    );
  }
  out.push('');

  out.push(`mismatches (${s.mismatches.length})`);
  if (s.mismatches.length === 0) out.push('  none');
  for (const m of s.mismatches)
    out.push(`  ${pad(m.file, 42)}${pad(m.id, 26)}expected ${pad(m.expected, 15)}actual ${m.actual}`);
  return out.join('\n');
}
