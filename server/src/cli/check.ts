// kijun check PATH… | --policy kijun.json: the files alone and the policy sets under PATH, checked (on --jobs
// threads) and reported as text, JSON or SARIF; --baseline gates on new findings only; exit 1 on a finding at or
// above --fail-on.
import { statSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { pick, type Catalog, type CheckOptions, type Severity } from '../core';
import { nodeFileSystem } from '../node/fileSystem';
import { findMarkdownFiles } from '../core/policySet/walk';
import type { ConfigProblem, PolicySetAnalysis } from '../core/policySet';
import {
  findPolicySetConfigs,
  hasConfigErrors,
  isConfigName,
  loadPolicySet,
  type LoadedPolicySet,
} from '../core/policySet/load';
import { jsonReport, type CheckedFile, type FileError, type JsonSet, type SkippedFile } from '../core/report/json';
import { sarifReport } from '../core/report/sarif';
import { summarize, summaryLine } from '../core/report/summary';
import { textReport } from '../core/report/text';
import { CHECK_COMMON_OPTIONS, CliUsageError, common, parse, type Lang } from './args';
import { applyBaseline, BaselineError, loadBaseline, markJson, markSarif } from './baseline';
import { checkAll, type CheckResults } from './checkPool';
import { JOBS_OPTION, jobsOption } from './jobs';
import { traceMeta } from './meta';
import { Progress } from './progress';
import { escapeControls, terminalText } from './terminal';
import { USAGE, VERSION } from './usage';

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

// What to check: files alone, and policy sets.

export interface SetJob {
  set: LoadedPolicySet;
}

interface Plan {
  singles: Array<{ path: string; force: boolean }>;
  sets: SetJob[];
  /** Markdown files of the folders scanned that are not checked, with the reason. */
  skipped: SkippedFile[];
}

async function plan(positionals: string[], policy: string | undefined, catalog: Catalog): Promise<Plan> {
  const out: Plan = { singles: [], sets: [], skipped: [] };
  const seenSets = new Set<string>();
  const addSet = async (configPath: string) => {
    const key = resolve(configPath);
    if (seenSets.has(key)) return;
    seenSets.add(key);
    out.sets.push({ set: await loadPolicySet(nodeFileSystem, configPath, catalog) });
  };
  if (policy !== undefined) await addSet(policy);
  for (const target of positionals) {
    let isDir = false;
    try {
      isDir = statSync(target).isDirectory();
    } catch (e) {
      // A path named on the command line that is not there is a mistake in the command, not a finding.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR')
        throw new CliUsageError(`${target}: no such file or folder`);
    }
    if (!isDir) {
      if (isConfigName(basename(target))) await addSet(target);
      else out.singles.push({ path: target, force: true });
      continue;
    }
    const configs = await findPolicySetConfigs(nodeFileSystem, target);
    for (const c of configs) await addSet(c);
    // The folder's other Markdown files are checked alone (and only if they look like policies). Under a
    // configuration that cannot be read, no file is: they belong to a set whose extent is unknown.
    const claimed = new Set(out.sets.flatMap((j) => (j.set.matched ?? j.set.files).map((f) => resolve(f))));
    const unreadable = out.sets.filter((j) => !j.set.config).map((j) => resolve(j.set.root) + sep);
    for (const path of await findMarkdownFiles(nodeFileSystem, target)) {
      const abs = resolve(path);
      const under = out.sets.find((j) => !j.set.config && abs.startsWith(resolve(j.set.root) + sep));
      if (under)
        out.skipped.push({
          path,
          reason: `in the folder of the policy set ${under.set.configPath}, whose configuration is invalid`,
        });
      else if (!claimed.has(abs) && !unreadable.some((root) => abs.startsWith(root)))
        out.singles.push({ path, force: false });
    }
  }
  return out;
}

function problemText(p: ConfigProblem, lang: Lang): string {
  const where = p.line ? `${p.line}:${p.column ?? 1}: ` : '';
  return `${where}${p.severity}${p.key ? ` ${p.key}` : ''}: ${pick(p.message, lang)}`;
}

export interface SetResult {
  job: SetJob;
  analysis?: PolicySetAnalysis;
  checked: CheckedFile[];
}

function setJson(r: SetResult, lang: Lang): JsonSet {
  const { set } = r.job;
  const a = r.analysis!;
  const summaryOf = a.files[a.primary].analysis;
  return {
    config: set.configPath,
    files: a.files.map((f) => f.path),
    primary: a.files[a.primary].path,
    summary: summarize(summaryOf),
    requirements: a.requirements.map((x) => ({
      id: x.id,
      status: x.status,
      evidence: x.evidence.map((e) => ({ path: e.path, range: e.range, how: e.how })),
      outdated: x.outdated.map((o) => ({ path: o.path, range: o.range, reason: pick(o.reason, lang) })),
      ...(x.notApplicableReason ? { reason: x.notApplicableReason } : {}),
      ...(x.exception ? { exception: x.exception } : {}),
    })),
    problems: set.problems
      .filter((p) => p.file === undefined)
      .map((p) => ({ severity: p.severity, key: p.key, message: pick(p.message, lang) })),
  };
}

/** Reports config problems on stderr; errors make the run fail with exit 2. */
export function reportProblems(sets: SetJob[], lang: Lang, warnings: boolean): boolean {
  let bad = false;
  for (const { set } of sets) {
    for (const p of set.problems) {
      if (p.file !== undefined) continue; // a missing file: reported with the other unreadable files
      if (p.severity === 'warning' && !warnings) continue;
      process.stderr.write(`kijun: ${escapeControls(set.configPath)}: ${problemText(p, lang)}\n`);
    }
    if (hasConfigErrors(set)) bad = true;
  }
  return bad;
}

export async function check(rest: string[]): Promise<number> {
  const { values, positionals } = parse(rest, {
    ...CHECK_COMMON_OPTIONS,
    format: { type: 'string', default: 'text' },
    'fail-on': { type: 'string', default: 'warning' },
    baseline: { type: 'string' },
    ...JOBS_OPTION,
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format))
    throw new CliUsageError(`--format must be text, json or sarif (got "${format}")`);
  const failOn = values['fail-on'] as string;
  if (!['error', 'warning', 'information', 'hint', 'none'].includes(failOn))
    throw new CliUsageError(`--fail-on must be error, warning, information or none (got "${failOn}")`);
  const { lang, edition, editionMode, catalog } = common(values);
  const editionGiven = editionMode === 'option';
  const editionOptions: CheckOptions = editionGiven ? { edition, editionOrigin: '--edition' } : {};
  if (!positionals.length && values.policy === undefined)
    throw new CliUsageError('no PATH given (try: kijun check policy.md)');
  const jobsChosen = jobsOption(values.jobs as string | undefined);
  if ('error' in jobsChosen) throw new CliUsageError(jobsChosen.error);
  const { jobs } = jobsChosen;

  const work = await plan(positionals, values.policy as string | undefined, catalog);
  const badConfig = reportProblems(work.sets, lang, format === 'text');
  const usable = work.sets.filter((j) => !hasConfigErrors(j.set));
  const total = work.singles.length + usable.reduce((n, j) => n + j.set.files.length, 0);
  const progress = Progress.for(total, lang, !!values['no-progress']);

  const files: CheckedFile[] = [];
  const errors: FileError[] = [];
  for (const j of work.sets)
    if (hasConfigErrors(j.set))
      errors.push({
        path: j.set.configPath,
        message:
          'invalid policy-set configuration: ' +
          j.set.problems
            .filter((p) => p.severity === 'error' && p.file === undefined)
            .map((p) => problemText(p, 'en'))
            .join('; '),
      });
  // The files and sets are checked one after the other, or on --jobs worker threads (cli/checkPool.ts); the
  // results come in the same order either way.
  const results = checkAll(
    { singles: work.singles, sets: usable.map((j) => j.set) },
    { lang, editionOptions, jobs, step: (p) => progress.step(p) },
  );
  const finish = (r: CheckResults) => {
    // Files read with replaced bytes: said on stderr (in the order of the work), and still checked.
    for (const o of [...r.singles, ...r.sets])
      for (const w of o.warnings ?? [])
        process.stderr.write(`kijun: ${escapeControls(w.path)}: warning: ${w.message}\n`);
    for (const o of r.singles) {
      errors.push(...o.errors);
      if (o.file) files.push(o.file);
      if (o.skipped) work.skipped.push(o.skipped);
    }
    const setResults: SetResult[] = r.sets.map((o, i) => ({
      job: usable[i],
      analysis: o.analysis,
      checked: o.checked,
    }));
    for (const o of r.sets) {
      errors.push(...o.errors);
      files.push(...o.checked);
    }
    return checkReport(setResults);
  };
  return results instanceof Promise ? results.then(finish) : finish(results);

  function checkReport(setResults: SetResult[]): number {
    progress.end();
    const sets = setResults.filter((r) => r.analysis).map((r) => setJson(r, lang));
    let baseline: ReturnType<typeof loadBaseline> | undefined;
    try {
      baseline = values.baseline === undefined ? undefined : loadBaseline(values.baseline as string);
    } catch (e) {
      throw e instanceof BaselineError ? new CliUsageError(e.message) : e;
    }
    const based = baseline && applyBaseline(files, baseline);
    const gated = based ? based.fresh : files;

    const trace =
      format === 'text'
        ? undefined
        : traceMeta(
            edition,
            files.map((f) => ({ path: f.path, text: f.analysis.document.text })),
          );
    if (format === 'json') {
      const json = jsonReport(
        files,
        errors,
        edition,
        VERSION,
        lang,
        sets,
        { editionMode, skipped: work.skipped },
        trace,
      );
      process.stdout.write(JSON.stringify(based ? markJson(json, based, baseline!) : json, null, 2) + '\n');
    } else if (format === 'sarif') {
      const sarif = sarifReport(files, errors, catalog, VERSION, lang, trace);
      process.stdout.write(JSON.stringify(based ? markSarif(sarif, based) : sarif, null, 2) + '\n');
    } else {
      const skipped = work.skipped.map((k) => ({ ...k, path: escapeControls(k.path) }));
      process.stdout.write(
        terminalText(
          textReport(
            gated.map((f) => ({ ...f, path: escapeControls(f.path) })),
            [],
            lang,
            skipped,
          ),
        ),
      );
      if (based?.unchanged)
        process.stderr.write(
          `kijun: ${based.unchanged} finding(s) unchanged from the baseline ${escapeControls(baseline!.path)} (not shown)\n`,
        );
      for (const s of sets)
        process.stdout.write(
          terminalText(
            `${escapeControls(s.config)}: policy set of ${s.files.length} files: ${summaryLine(s.summary, 'en')}\n`,
          ),
        );
      for (const e of errors) process.stderr.write(`kijun: ${escapeControls(e.path)}: ${e.message}\n`);
    }

    if (files.length === 0) {
      process.stderr.write(
        errors.length ? 'kijun: no file could be checked\n' : 'kijun: no policy Markdown file found\n',
      );
      return 2;
    }
    if (badConfig) return 2;
    if (failOn === 'none') return 0;
    const threshold = RANK[failOn as Severity];
    return gated.some((f) => f.analysis.findings.some((d) => RANK[d.severity] >= threshold)) ? 1 : 0;
  }
}
