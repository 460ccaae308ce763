// `kijun check --baseline previous.json`: a pull request fails only on the findings it introduces. The baseline is
// the `--format json` output of an earlier run (e.g. on the target branch). A finding is "unchanged" when the
// baseline has one for the same file with the same code, kind and fingerprint (report/fingerprint.ts: the words
// it is about, not its line), each baseline finding matching at most one finding now. Findings of an older JSON
// without fingerprints are matched by file, code, kind and message.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding } from '../core';
import { findingFingerprint } from '../core/report/fingerprint';
import type { CheckedFile } from '../core/report/json';

export class BaselineError extends Error {}

export interface Baseline {
  path: string;
  /** How many findings of the baseline each key still matches. */
  counts: Map<string, number>;
  /** Whether entries carry fingerprints (else messages are matched). */
  fingerprinted: boolean;
}

/** A file's path as both runs name it: relative to the current folder, `/`-separated, NFC. */
export function pathKey(path: string, cwd = process.cwd()): string {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  return relative(cwd, abs).split(sep).join('/').normalize('NFC');
}

const key = (...parts: string[]) => parts.join('\u0000');

export function loadBaseline(path: string, cwd = process.cwd()): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new BaselineError(
      `--baseline ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  let report: unknown;
  try {
    report = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BaselineError(
      `--baseline ${path}: not JSON (${(e as Error).message}); give the output of kijun check --format json`,
    );
  }
  const files = (report as { files?: unknown })?.files;
  if (
    typeof report !== 'object' ||
    report === null ||
    (report as { version?: unknown }).version !== 1 ||
    !Array.isArray(files)
  ) {
    throw new BaselineError(`--baseline ${path}: not a kijun check --format json report (version 1 with "files")`);
  }
  const counts = new Map<string, number>();
  let fingerprinted = true;
  for (const [i, file] of files.entries()) {
    const f = file as { path?: unknown; diagnostics?: unknown };
    if (typeof f?.path !== 'string' || !Array.isArray(f.diagnostics))
      throw new BaselineError(`--baseline ${path}: files[${i}] has no path or diagnostics`);
    for (const d of f.diagnostics as Array<Record<string, unknown>>) {
      if (typeof d?.code !== 'string' || typeof d.kind !== 'string')
        throw new BaselineError(`--baseline ${path}: files[${i}] has a diagnostic without code or kind`);
      if (typeof d.fingerprint !== 'string') fingerprinted = false;
    }
  }
  for (const file of files as Array<{ path: string; diagnostics: Array<Record<string, string>> }>) {
    for (const d of file.diagnostics) {
      const k = key(pathKey(file.path, cwd), d.code, d.kind, fingerprinted ? d.fingerprint : String(d.message ?? ''));
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return { path, counts, fingerprinted };
}

export interface BaselineResult {
  /** The files with only the findings the baseline does not have: what fails the run and what text shows. */
  fresh: CheckedFile[];
  /** Per file (same order), per finding (same order as `analysis.findings`): 'new' or 'unchanged'. */
  states: Array<Array<'new' | 'unchanged'>>;
  unchanged: number;
}

export function applyBaseline(files: CheckedFile[], baseline: Baseline, cwd = process.cwd()): BaselineResult {
  const left = new Map(baseline.counts);
  let unchanged = 0;
  const states = files.map(({ path, analysis }) =>
    analysis.findings.map((f: Finding) => {
      const k = key(
        pathKey(path, cwd),
        f.code,
        f.kind,
        baseline.fingerprinted ? findingFingerprint(f, analysis) : f.message,
      );
      const n = left.get(k) ?? 0;
      if (n <= 0) return 'new' as const;
      left.set(k, n - 1);
      unchanged++;
      return 'unchanged' as const;
    }),
  );
  const fresh = files.map((c, i) => ({
    ...c,
    analysis: { ...c.analysis, findings: c.analysis.findings.filter((_, j) => states[i][j] === 'new') },
  }));
  return { fresh, states, unchanged };
}

/** The JSON report with each diagnostic's `baselineState` (all findings stay: the output can be the next baseline). */
export function markJson<T extends { files: Array<{ diagnostics: object[] }> }>(
  report: T,
  result: BaselineResult,
  baseline: Baseline,
): T & { baseline: { path: string; unchanged: number; new: number } } {
  report.files.forEach((f, i) => {
    f.diagnostics = f.diagnostics.map((d, j) => ({ ...d, baselineState: result.states[i]?.[j] ?? 'new' }));
  });
  const fresh = result.fresh.reduce((n, f) => n + f.analysis.findings.length, 0);
  return { ...report, baseline: { path: baseline.path, unchanged: result.unchanged, new: fresh } };
}

/** SARIF results with `baselineState` (SARIF 2.1.0 §3.27.24): code scanning still sees every alert. */
export function markSarif(sarif: object, result: BaselineResult): object {
  const run = (sarif as { runs: Array<{ results: Array<Record<string, unknown>> }> }).runs[0];
  const states = result.states.flat();
  run.results = run.results.map((r, i) => ({ ...r, baselineState: states[i] ?? 'new' }));
  return sarif;
}
