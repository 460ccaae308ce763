// What `kijun check` does with one file named alone, and with one policy set: read, analyze, and say what goes in
// the report (the checked file, its errors, or why it was skipped). The sequential run (cli.ts) and the worker
// threads of a parallel run (checkWorker.ts) both call these, so both give the same results.
import { basename, join } from 'node:path';
import { analyzeText, getCatalog, stripBom, type CheckOptions, type PolicyAnalysis } from '../core';
import { readPolicyFile } from '../node/readFile';
import { analyzePolicySet, type PolicySetAnalysis } from '../core/policySet';
import type { LoadedPolicySet } from '../core/policySet/load';
import type { CheckedFile, FileError, SkippedFile } from '../core/report/json';
import { placeOf } from '../core/report/place';
import { convertedInput } from './documents';

export interface SingleOutcome {
  errors: FileError[];
  /** Read, but not as written (bytes replaced with U+FFFD): said on stderr, the file is still checked. */
  warnings?: FileError[];
  file?: CheckedFile;
  skipped?: SkippedFile;
}

/** One file checked alone. `force`: named on the command line (checked whatever it looks like). */
export function checkSingle(
  path: string,
  force: boolean,
  lang: 'ja' | 'en',
  editionOptions: CheckOptions,
): SingleOutcome {
  const read = convertedInput(path) ?? readPolicyFile(path);
  if (!read.ok) return { errors: [{ path, message: read.message }] };
  const warnings = read.warning ? { warnings: [{ path, message: read.warning }] } : {};
  let analysis: PolicyAnalysis;
  try {
    // A file named on the command line is checked whatever it looks like; in a folder only policies are.
    analysis = analyzeText(stripBom(read.text), { force, language: lang, ...editionOptions });
  } catch (e) {
    return { errors: [{ path, message: `internal error while checking: ${(e as Error).message}` }] };
  }
  // A document refused by the parser's limits has no requirement statuses: it is an error of that file, so the
  // JSON contract (every id for every checked file) holds.
  if (analysis.refused && analysis.isPolicy) {
    const line = analysis.lines.positionAt(analysis.refused.start).line + 1;
    return { errors: [{ path, message: `${analysis.refused.messages[lang]} (line ${line})` }] };
  }
  if (analysis.isPolicy && !analysis.refused) {
    // A converted document: each finding also names its place in the original (第12条第2項).
    const places = convertedInput(path) ? analysis.findings.map((f) => placeOf(analysis.document, f.start)) : undefined;
    return {
      errors: [],
      ...warnings,
      file: { path, analysis, encoding: read.encoding, ...(places ? { places } : {}) },
    };
  }
  if (!analysis.isPolicy)
    return {
      errors: [],
      ...warnings,
      skipped: { path, reason: analysis.policyReasons?.[lang] ?? analysis.policyReason },
    };
  return { errors: [], ...warnings };
}

export interface SetOutcome {
  errors: FileError[];
  warnings?: FileError[];
  analysis?: PolicySetAnalysis;
  checked: CheckedFile[];
}

/** Reads a set's files and checks them as one policy. `step` is called before each file is read (progress). */
export function checkSet(
  set: LoadedPolicySet,
  options: CheckOptions,
  step: (path: string) => void = () => {},
): SetOutcome {
  const errors: FileError[] = [];
  const warnings: FileError[] = [];
  const config = set.config!;
  for (const p of set.problems)
    if (p.file !== undefined)
      errors.push({ path: join(set.root, p.file), message: `no such file (listed in ${basename(set.configPath)})` });
  const read: Array<{ path: string; text: string; encoding: string }> = [];
  for (const path of set.files) {
    step(path);
    const r = readPolicyFile(path);
    if (!r.ok) errors.push({ path, message: r.message });
    else read.push({ path, text: stripBom(r.text), encoding: r.encoding });
    if (r.ok && r.warning) warnings.push({ path, message: r.warning });
  }
  if (!read.length) return { errors, warnings, checked: [] };
  const setOptions: CheckOptions = {
    ...options,
    edition: options.edition ?? config.edition,
    ...(options.edition === undefined && config.edition !== undefined
      ? { editionOrigin: basename(set.configPath) }
      : {}),
    ...(config.organization ? { organization: config.organization } : {}),
    // The set's settings, then the command line's severities on top.
    notApplicable: { ...config.notApplicable },
    ...(config.exceptions ? { exceptions: { ...config.exceptions } } : {}),
    severity: { ...config.severity, ...(options.severity ?? {}) },
  };
  let analysis: PolicySetAnalysis;
  try {
    analysis = analyzePolicySet(
      read.map((f) => ({ path: f.path, text: f.text })),
      { ...setOptions, primary: set.primary },
      getCatalog(),
    );
  } catch (e) {
    errors.push({ path: set.configPath, message: `internal error while checking: ${(e as Error).message}` });
    return { errors, warnings, checked: [] };
  }
  const checked = analysis.files.map((f, i) => ({
    path: f.path,
    analysis: f.analysis,
    encoding: read[i].encoding,
    set: set.configPath,
  }));
  return { errors, warnings, analysis, checked };
}
