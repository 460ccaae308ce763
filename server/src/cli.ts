import { statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeText, getCatalog, levelText, pick, revisionText, stripBom, type Catalog, type CheckOptions, type Requirement, type Severity } from './core';
import { editionOption } from './cli/edition';
import { editionDiff, editionListing, type EditionDiff } from './core/catalog/editions';
import { fillTerms } from './core/catalog/terms';
import { findMarkdownFiles, readPolicyFile } from './core/io/readFile';
import { POLICY_SET_FILE_NAMES, type ConfigProblem, type PolicySetAnalysis } from './core/policySet';
import { findPolicySetConfigs, hasConfigErrors, loadPolicySet, policySetConfigIn, type LoadedPolicySet } from './core/policySet/load';
import { buildComplianceReport, pathHref } from './core/report/compliance';
import { renderHtml } from './core/report/html';
import { jsonReport, type CheckedFile, type FileError, type JsonSet, type SkippedFile } from './core/report/json';
import { renderMarkdown } from './core/report/markdown';
import { sarifReport } from './core/report/sarif';
import { summarize, summaryLine } from './core/report/summary';
import { textReport } from './core/report/text';
import { REVISE_OPTIONS, REVISE_USAGE, runRevise } from './cli/revise';
import { traceMeta } from './cli/meta';
import { MATRIX_FORMATS, writeMatrix } from './cli/matrix';
import { INIT_OPTIONS, INIT_USAGE, runInit } from './cli/init';
import { applyBaseline, BaselineError, loadBaseline, markJson, markSarif } from './cli/baseline';
import { fix, FIX_USAGE } from './cli/fix';
import { convertDocuments, DOCUMENT_NAME } from './cli/documents';
import { importCommand, IMPORT_USAGE } from './cli/import';
import { placeOf } from './core/report/place';
import { escapeControls, guardStream, terminalText } from './cli/terminal';
import { writeFileNoFollow } from './cli/writeFile';
import { checkSet } from './cli/checkFile';
import { checkAll, type CheckResults } from './cli/checkPool';
import { JOBS_OPTION, JOBS_USAGE, jobsOption } from './cli/jobs';

declare const KIJUN_VERSION: string;
const VERSION = typeof KIJUN_VERSION === 'string' ? KIJUN_VERSION : '0.0.0-dev';

const USAGE = `Usage: kijun check [options] PATH...
       kijun check [options] --policy kijun.json [PATH...]
       kijun report [options] PATH | --policy kijun.json
       kijun editions [--format text|json] [EDITION]
       kijun editions --diff FROM TO [--format text|json]
${REVISE_USAGE}
${INIT_USAGE}
       kijun mcp [--allow-root DIR]...     (an MCP server for AI assistants, see docs/mcp.md)
       kijun fix [--only ID,...] [--dry-run | --write] [--replace-outdated] PATH...
       kijun import FILE [-o OUT.md]

Checks information-security policies written in Markdown against the revised Common Standards
(統一基準群): the edition a policy declares as its basis (「統一基準（令和5年度版）に準拠」), else FY2018,
unless --edition, the kijun.edition setting or front matter choose one. PATH is a file or a folder
(searched for policy Markdown files; the files it does not check are listed with the reason); a .docx,
.html or .txt file is converted to Markdown first (as kijun import does) and its findings also name the
article (第12条第2項).
A folder holding a kijun.json or .kijunrc.json is a policy set: its files are checked as one policy.

kijun check options:
  --format text|json|sarif      output format (default text)
  --fail-on error|warning|information|none
                                exit 1 when a finding is at or above this severity (default warning)
  --policy FILE                 check the policy set this kijun.json / .kijunrc.json describes
  --baseline FILE               a previous --format json output: only findings it does not have
                                fail the run (matched by file, code, kind and clause, not line)
${JOBS_USAGE}

kijun report options (a standalone compliance report with charts):
  --format html|md|json|csv|xlsx
                                report format (default html); csv and xlsx: the compliance matrix,
                                one row per requirement
  --out FILE                    write the report to FILE (default: standard output)
  --policy FILE                 report on the policy set this kijun.json describes

${REVISE_OPTIONS}

${INIT_OPTIONS}

kijun editions (the editions Kijun knows and the requirements each checks):
  EDITION                       list the requirements of one edition
  --diff FROM TO                what changed from FROM to TO: requirements added, changed, removed,
                                and terms of older editions that become outdated
  --format text|json            output format (default text)

${FIX_USAGE}

${IMPORT_USAGE}

Common options:
  --lang ja|en                  language of messages (default: ja, en when LANG starts with "en")
  --edition ID                  edition to check against: auto (default: the edition the policy
                                declares as its basis, else h30), h30, r3, r5, r5-2024; also spelt
                                R5, 令和5年度版, FY2023, H30, 平成30年度版, FY2018 (kijun editions lists
                                them; front matter kijun.edition overrides)
  --no-progress                 no progress line on a terminal
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage error, invalid policy-set
configuration, or no file could be checked.`;

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

class UsageError extends Error {}

type Lang = 'ja' | 'en';

// ---------------------------------------------------------------------------------------------------------
// Progress: one line on stderr, redrawn in place, only when stderr is a terminal (never in CI logs or pipes).

class Progress {
  private last = 0;
  private shown = false;
  private done = 0;

  constructor(private readonly enabled: boolean, private readonly total: number, private readonly lang: Lang) {}

  static for(total: number, lang: Lang, disabled: boolean): Progress {
    const tty = !!process.stderr.isTTY && process.env.TERM !== 'dumb';
    return new Progress(tty && !disabled && total > 1, total, lang);
  }

  /** Called before each file: shows `kijun: 12/40 path`, at most ~12 times a second (and always the last). */
  step(label: string): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (this.shown && now - this.last < 80 && this.done < this.total) return;
    this.last = now;
    this.shown = true;
    const head = this.lang === 'ja' ? `kijun: 確認中 ${this.done}/${this.total} ` : `kijun: checking ${this.done}/${this.total} `;
    const width = Math.max(20, (process.stderr.columns || 80) - 1);
    let name = escapeControls(label);
    // Keep the end of a long path (the file name), measured in columns (CJK characters are two wide).
    while (name.length > 1 && columns(head) + columns(name) > width) name = '…' + [...name].slice(2).join('');
    rawStderr(`\r\x1b[2K${head}${name}`);
  }

  end(): void {
    if (this.enabled && this.shown) rawStderr('\r\x1b[2K');
    this.shown = false;
  }
}

function columns(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return n;
}

// ---------------------------------------------------------------------------------------------------------
// What to check: files alone, and policy sets.

interface SetJob {
  set: LoadedPolicySet;
}

interface Plan {
  singles: Array<{ path: string; force: boolean }>;
  sets: SetJob[];
  /** Markdown files of the folders scanned that are not checked, with the reason. */
  skipped: SkippedFile[];
}

const isConfigName = (p: string) => (POLICY_SET_FILE_NAMES as readonly string[]).includes(basename(p));

function plan(positionals: string[], policy: string | undefined, catalog: Catalog): Plan {
  const out: Plan = { singles: [], sets: [], skipped: [] };
  const seenSets = new Set<string>();
  const addSet = (configPath: string) => {
    const key = resolve(configPath);
    if (seenSets.has(key)) return;
    seenSets.add(key);
    out.sets.push({ set: loadPolicySet(configPath, catalog) });
  };
  if (policy !== undefined) addSet(policy);
  for (const target of positionals) {
    let isDir = false;
    try {
      isDir = statSync(target).isDirectory();
    } catch (e) {
      // A path named on the command line that is not there is a mistake in the command, not a finding.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') throw new UsageError(`${target}: no such file or folder`);
    }
    if (!isDir) {
      if (isConfigName(target)) addSet(target);
      else out.singles.push({ path: target, force: true });
      continue;
    }
    const configs = findPolicySetConfigs(target);
    for (const c of configs) addSet(c);
    // The folder's other Markdown files are checked alone (and only if they look like policies). Under a
    // configuration that cannot be read, no file is: they belong to a set whose extent is unknown.
    const claimed = new Set(out.sets.flatMap((j) => (j.set.matched ?? j.set.files).map((f) => resolve(f))));
    const unreadable = out.sets.filter((j) => !j.set.config).map((j) => resolve(j.set.root) + sep);
    for (const path of findMarkdownFiles(target)) {
      const abs = resolve(path);
      const under = out.sets.find((j) => !j.set.config && abs.startsWith(resolve(j.set.root) + sep));
      if (under) out.skipped.push({ path, reason: `in the folder of the policy set ${under.set.configPath}, whose configuration is invalid` });
      else if (!claimed.has(abs) && !unreadable.some((root) => abs.startsWith(root))) out.singles.push({ path, force: false });
    }
  }
  return out;
}

function problemText(p: ConfigProblem, lang: Lang): string {
  const where = p.line ? `${p.line}:${p.column ?? 1}: ` : '';
  return `${where}${p.severity}${p.key ? ` ${p.key}` : ''}: ${pick(p.message, lang)}`;
}

interface SetResult {
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
      id: x.id, status: x.status,
      evidence: x.evidence.map((e) => ({ path: e.path, range: e.range, how: e.how })),
      outdated: x.outdated.map((o) => ({ path: o.path, range: o.range, reason: pick(o.reason, lang) })),
      ...(x.notApplicableReason ? { reason: x.notApplicableReason } : {}),
      ...(x.exception ? { exception: x.exception } : {}),
    })),
    problems: set.problems.filter((p) => p.file === undefined).map((p) => ({ severity: p.severity, key: p.key, message: pick(p.message, lang) })),
  };
}

// ---------------------------------------------------------------------------------------------------------

interface Common {
  lang: Lang;
  /** The edition of the report as a whole: the one --edition chose, else the default (each file may differ). */
  edition: string;
  /** `auto`: each policy is checked against the basis it declares; `option`: --edition chose the edition. */
  editionMode: 'auto' | 'option';
  catalog: Catalog;
}

function common(values: { lang?: string; edition?: string }): Common {
  const lang = (values.lang ?? (/^en/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'en' : 'ja')) as Lang;
  if (lang !== 'ja' && lang !== 'en') throw new UsageError(`--lang must be ja or en (got "${values.lang}")`);
  const base = getCatalog();
  const chosen = editionOption(values.edition, base);
  if ('error' in chosen) throw new UsageError(chosen.error);
  const edition = chosen.mode === 'option' ? chosen.edition : base.data.defaultEdition;
  // The catalog as the chosen edition sees it (a file's front matter, or its declared basis, may still choose another).
  return { lang, edition, editionMode: chosen.mode, catalog: base.forEdition(edition) };
}

/** An edition named on the command line, in any spelling editionOption accepts (not `auto`). */
function editionId(catalog: Catalog, value: string): string {
  const chosen = editionOption(value, catalog);
  if ('error' in chosen) throw new UsageError(chosen.error);
  if (chosen.mode === 'auto') throw new UsageError('name an edition here (h30, r3, r5, r5-2024), not auto');
  return chosen.edition;
}

function parse(rest: string[], extra: Record<string, { type: 'string' | 'boolean'; default?: string }>): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        edition: { type: 'string' },
        policy: { type: 'string' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...extra,
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
}

/** Reports config problems on stderr; errors make the run fail with exit 2. */
function reportProblems(sets: SetJob[], lang: Lang, warnings: boolean): boolean {
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

function check(rest: string[]): number | Promise<number> {
  const { values, positionals } = parse(rest, {
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
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif (got "${format}")`);
  const failOn = values['fail-on'] as string;
  if (!['error', 'warning', 'information', 'hint', 'none'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning, information or none (got "${failOn}")`);
  const { lang, edition, editionMode, catalog } = common(values as { lang?: string; edition?: string });
  const editionGiven = editionMode === 'option';
  const editionOptions: CheckOptions = editionGiven ? { edition, editionOrigin: '--edition' } : {};
  if (!positionals.length && values.policy === undefined) throw new UsageError('no PATH given (try: kijun check policy.md)');
  const jobsChosen = jobsOption(values.jobs as string | undefined);
  if ('error' in jobsChosen) throw new UsageError(jobsChosen.error);
  const { jobs } = jobsChosen;

  const work = plan(positionals, values.policy as string | undefined, catalog);
  const badConfig = reportProblems(work.sets, lang, format === 'text');
  const usable = work.sets.filter((j) => !hasConfigErrors(j.set));
  const total = work.singles.length + usable.reduce((n, j) => n + j.set.files.length, 0);
  const progress = Progress.for(total, lang, !!values['no-progress']);

  const files: CheckedFile[] = [];
  const errors: FileError[] = [];
  for (const j of work.sets) if (hasConfigErrors(j.set)) errors.push({ path: j.set.configPath, message: 'invalid policy-set configuration: ' + j.set.problems.filter((p) => p.severity === 'error' && p.file === undefined).map((p) => problemText(p, 'en')).join('; ') });
  // The files and sets are checked one after the other, or on --jobs worker threads (cli/checkPool.ts); the
  // results come in the same order either way.
  const results = checkAll({ singles: work.singles, sets: usable.map((j) => j.set) }, { lang, editionOptions, jobs, step: (p) => progress.step(p) });
  const finish = (r: CheckResults) => {
    // Files read with replaced bytes: said on stderr (in the order of the work), and still checked.
    for (const o of [...r.singles, ...r.sets]) for (const w of o.warnings ?? []) process.stderr.write(`kijun: ${escapeControls(w.path)}: warning: ${w.message}\n`);
    for (const o of r.singles) {
      errors.push(...o.errors);
      if (o.file) files.push(o.file);
      if (o.skipped) work.skipped.push(o.skipped);
    }
    const setResults: SetResult[] = r.sets.map((o, i) => ({ job: usable[i], analysis: o.analysis, checked: o.checked }));
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
  let baseline;
  try {
    baseline = values.baseline === undefined ? undefined : loadBaseline(values.baseline as string);
  } catch (e) {
    throw e instanceof BaselineError ? new UsageError(e.message) : e;
  }
  const based = baseline && applyBaseline(files, baseline);
  const gated = based ? based.fresh : files;

  const trace = format === 'text' ? undefined : traceMeta(edition, files.map((f) => ({ path: f.path, text: f.analysis.document.text })));
  if (format === 'json') {
    const json = jsonReport(files, errors, edition, VERSION, lang, sets, { editionMode, skipped: work.skipped }, trace);
    process.stdout.write(JSON.stringify(based ? markJson(json, based, baseline!) : json, null, 2) + '\n');
  } else if (format === 'sarif') {
    const sarif = sarifReport(files, errors, catalog, VERSION, lang, trace);
    process.stdout.write(JSON.stringify(based ? markSarif(sarif, based) : sarif, null, 2) + '\n');
  } else {
    const skipped = work.skipped.map((k) => ({ ...k, path: escapeControls(k.path) }));
    process.stdout.write(terminalText(textReport(gated.map((f) => ({ ...f, path: escapeControls(f.path) })), [], lang, skipped)));
    if (based?.unchanged) process.stderr.write(`kijun: ${based.unchanged} finding(s) unchanged from the baseline ${escapeControls(baseline!.path)} (not shown)\n`);
    for (const s of sets) process.stdout.write(terminalText(`${escapeControls(s.config)}: policy set of ${s.files.length} files: ${summaryLine(s.summary, 'en')}\n`));
    for (const e of errors) process.stderr.write(`kijun: ${escapeControls(e.path)}: ${e.message}\n`);
  }

  if (files.length === 0) {
    process.stderr.write(errors.length ? 'kijun: no file could be checked\n' : 'kijun: no policy Markdown file found\n');
    return 2;
  }
  if (badConfig) return 2;
  if (failOn === 'none') return 0;
  const threshold = RANK[failOn as Severity];
  return gated.some((f) => f.analysis.findings.some((d) => RANK[d.severity] >= threshold)) ? 1 : 0;
  }
}

// ---------------------------------------------------------------------------------------------------------

/** What one report is about: a set (configured, or the policies of a folder), or one file. */
function reportTarget(positionals: string[], policy: string | undefined, catalog: Catalog, lang: Lang): LoadedPolicySet {
  if (positionals.length > 1) throw new UsageError('kijun report takes one PATH (a file, a folder or a kijun.json)');
  if (policy !== undefined && positionals.length) throw new UsageError('give either --policy or a PATH, not both');
  const target = policy ?? positionals[0];
  if (target === undefined) throw new UsageError('no PATH given (try: kijun report policy.md)');
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    throw new UsageError(`${target}: no such file or folder`);
  }
  if (!isDir) {
    if (policy !== undefined || isConfigName(target)) return loadPolicySet(target, catalog);
    return { configPath: '', root: dirname(target), files: [target], relative: [basename(target)], primary: target, problems: [], config: { files: [basename(target)], notApplicable: {}, severity: {} } };
  }
  const config = policySetConfigIn(target);
  if (config) return loadPolicySet(config, catalog);
  // No configuration: the policies of the folder, taken together.
  // The Markdown files that are not policies are named on stderr with the reason (no silent skips).
  const policies = findMarkdownFiles(target).filter((p) => {
    const r = readPolicyFile(p);
    if (!r.ok) return false;
    const a = analyzeText(stripBom(r.text), { language: lang });
    if (!a.isPolicy) process.stderr.write(lang === 'ja' ? `kijun: ${p}: 検査対象外 — ${a.policyReasons?.ja ?? a.policyReason}\n` : `kijun: ${p}: not checked — ${a.policyReasons?.en ?? a.policyReason}\n`);
    return a.isPolicy;
  });
  if (!policies.length) throw new UsageError(`${target}: no policy Markdown file found`);
  if (policies.length > 1) {
    process.stderr.write(lang === 'ja'
      ? `kijun: ${target} に kijun.json がないため、見つかった ${policies.length} 件のポリシーを一つのポリシーとして評価します。\n`
      : `kijun: ${target} has no kijun.json: its ${policies.length} policies are reported as one policy.\n`);
  }
  const rel = policies.map((p) => relative(target, p).split(sep).join('/'));
  const primary = policies.find((p) => /対策基準/.test(basename(p).normalize('NFKC'))) ?? policies[0];
  return { configPath: '', root: target, files: policies, relative: rel, primary, problems: [], config: { files: rel, notApplicable: {}, severity: {} } };
}

function report(rest: string[]): number | Promise<number> {
  const { values, positionals } = parse(rest, { format: { type: 'string', default: 'html' }, out: { type: 'string' } });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format === 'markdown' ? 'md' : (values.format as string);
  if (!['html', 'md', 'json', ...MATRIX_FORMATS].includes(format)) throw new UsageError(`--format must be html, md, json, csv or xlsx (got "${values.format}")`);
  const { lang, edition, editionMode, catalog } = common(values as { lang?: string; edition?: string });
  const set = reportTarget(positionals, values.policy as string | undefined, catalog, lang);
  const job: SetJob = { set };
  if (reportProblems([job], lang, true)) {
    process.stderr.write(`kijun: ${set.configPath}: invalid policy-set configuration\n`);
    return 2;
  }
  const errors: FileError[] = [];
  const progress = Progress.for(set.files.length, lang, !!values['no-progress']);
  const outcome = checkSet(set, { language: lang, ...(editionMode === 'option' ? { edition, editionOrigin: '--edition' } : {}) }, (p) => progress.step(p));
  errors.push(...outcome.errors);
  const result: SetResult = { job, analysis: outcome.analysis, checked: outcome.checked };
  progress.end();
  for (const e of errors) process.stderr.write(`kijun: ${escapeControls(e.path)}: ${e.message}\n`);
  if (!result.analysis) {
    process.stderr.write('kijun: no file could be checked\n');
    return 2;
  }

  const out = values.out as string | undefined;
  // Links in the report are relative to where it is read: the folder of --out, else the current folder.
  const linkBase = resolve(out ? dirname(out) : '.');
  const encodings = Object.fromEntries(result.checked.map((c) => [c.path, c.encoding]));
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const generatedAt = (Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()).toISOString();
  const data = buildComplianceReport(result.analysis, {
    lang, version: VERSION, generatedAt,
    ...(set.config?.name ? { title: set.config.name } : {}),
    // The configuration as the report's reader knows it: next to the files it lists.
    ...(set.configPath ? { config: relative(set.root, set.configPath).split(sep).join('/') } : {}),
    display: (p) => relative(set.root, p).split(sep).join('/') || basename(p),
    href: (p) => pathHref(relative(linkBase, resolve(p)).split(sep).join('/')),
    encodings,
    errors,
    problems: set.problems.filter((p) => p.file === undefined).map((p) => ({ severity: p.severity, key: p.key, message: pick(p.message, lang) })),
    trace: traceMeta(result.analysis.edition, result.checked.map((c) => ({ path: c.path, display: relative(set.root, c.path).split(sep).join('/') || basename(c.path), text: c.analysis.document.text }))),
  });
  if (format === 'csv' || format === 'xlsx') return writeMatrix(format, data, result.analysis, out, lang);
  const text = format === 'html' ? renderHtml(data) : format === 'md' ? renderMarkdown(data) : JSON.stringify(data, null, 2) + '\n';
  if (out) {
    try {
      writeFileNoFollow(out, text);
    } catch (e) {
      throw new UsageError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (process.stderr.isTTY) process.stderr.write(lang === 'ja' ? `kijun: ${out} に書き出しました\n` : `kijun: wrote ${out}\n`);
  } else {
    // Markdown on a terminal or in a CI log: file names escaped like the text output's.
    process.stdout.write(format === 'md' ? terminalText(text) : text);
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------------------
// kijun editions: the editions, the requirements each checks, and what changed between two.

const EDITION_TEXT = {
  ja: {
    requirements: '要求事項', default: '既定', added: '追加', revisedExisting: '見直し（改定前から規定あり）', changed: '変更', removed: '削除', none: 'なし', since: '導入',
    newTerms: '旧版の記述として新たに指摘するもの', droppedTerms: '指摘しなくなるもの', from: 'から', until: 'まで',
    confidence: '確度', standard: '統一基準は',
  },
  en: {
    requirements: 'requirements', default: 'default', added: 'added', revisedExisting: 'revised (provisions that existed before)', changed: 'changed', removed: 'removed', none: 'none', since: 'since',
    newTerms: 'outdated terms newly reported', droppedTerms: 'no longer reported', from: 'from', until: 'until',
    confidence: 'confidence', standard: 'standard:',
  },
} as const;

const editionName = (catalog: Catalog, id: string, lang: Lang) => pick(catalog.data.editions.find((e) => e.id === id)?.title ?? { ja: id, en: id }, lang);

/** The requirement's confidence as its sources give it: the tags in order, e.g. "P/U". */
const confidenceOf = (r: Requirement) => (r.sources ?? []).map((s) => s.confidence).join('/') || '-';

function requirementJson(r: Requirement, lang: Lang) {
  return {
    id: r.id, title: pick(r.title, lang), level: r.level, edition: r.edition,
    ...(r.revision ? { revision: { kind: r.revision.kind, text: pick(r.revision.did, lang), confidence: r.revision.confidence ?? 'S' } } : {}),
    ...(r.variant ? { changedIn: r.variant } : {}),
    reference: { section: r.reference.section, verified: r.reference.verified, document: pick(r.reference.document, lang) },
    sources: (r.sources ?? []).map((x) => ({ title: x.title, confidence: x.confidence })),
  };
}

function diffJson(d: EditionDiff, catalog: Catalog, lang: Lang) {
  const ed = (e: EditionDiff['from']) => ({ id: e.id, title: pick(e.title, lang), date: e.date });
  const signal = (s: EditionDiff['outdatedTerms']['added'][number]) => ({
    concept: s.concept, label: s.label ? pick(s.label, lang) : s.concept, ...(s.from ? { from: s.from } : {}), ...(s.until ? { until: s.until } : {}),
    reason: fillTerms(pick(s.reason, lang).replaceAll('{edition}', editionName(catalog, d.to.id, lang)), catalog.data, d.to.id, lang),
  });
  return {
    from: ed(d.from),
    to: ed(d.to),
    requirements: { from: catalog.forEdition(d.from.id).requirements.length, to: catalog.forEdition(d.to.id).requirements.length },
    added: d.added.map((r) => requirementJson(r, lang)),
    revisedExisting: d.revisedExisting.map((r) => r.id),
    changed: d.changed.map((c) => ({ ...requirementJson(c.requirement, lang), changes: c.changes.map((x) => ({ edition: x.edition, note: pick(x.note, lang) })) })),
    removed: d.removed.map((r) => requirementJson(r, lang)),
    outdatedTerms: { added: d.outdatedTerms.added.map(signal), removed: d.outdatedTerms.removed.map(signal) },
  };
}

function diffText(d: EditionDiff, catalog: Catalog, lang: Lang): string {
  const t = EDITION_TEXT[lang];
  const out: string[] = [];
  const count = (id: string) => catalog.forEdition(id).requirements.length;
  out.push(`${pick(d.from.title, lang)} (${d.from.id}) → ${pick(d.to.title, lang)} (${d.to.id}): ${t.requirements} ${count(d.from.id)} → ${count(d.to.id)}`);
  const width = Math.max(0, ...[...d.added, ...d.removed, ...d.changed.map((c) => c.requirement)].map((r) => r.id.length));
  const line = (mark: string, r: Requirement, rest: string) => `  ${mark} ${r.id.padEnd(width)}  ${pick(r.title, lang)} · ${pick(levelText(r), lang)} · ${rest}`;
  const section = (title: string, items: string[]) => {
    out.push('', `${title} (${items.length})`);
    out.push(...(items.length ? items : [`  ${t.none}`]));
  };
  const revised = new Set(d.revisedExisting);
  const sinceWhat = (r: Requirement) => `${t.since}: ${editionName(catalog, r.edition, lang)}${r.revision ? ` — ${pick(revisionText(r), lang)}` : ''} · ${t.confidence} ${confidenceOf(r)}`;
  section(t.added, d.added.filter((r) => !revised.has(r)).map((r) => line('+', r, sinceWhat(r))));
  if (d.revisedExisting.length) section(t.revisedExisting, d.revisedExisting.map((r) => line('~', r, sinceWhat(r))));
  section(t.changed, d.changed.map((c) => line('~', c.requirement, c.changes.map((x) => `${editionName(catalog, x.edition, lang)}: ${pick(x.note, lang)}`).join(' / '))));
  section(t.removed, d.removed.map((r) => line('-', r, `${t.since}: ${editionName(catalog, r.edition, lang)}`)));
  const range = (s: EditionDiff['outdatedTerms']['added'][number]) => {
    const from = s.from ? editionName(catalog, s.from, lang) : '';
    const until = s.until ? editionName(catalog, s.until, lang) : '';
    if (lang === 'ja') return `${from ? `${from}${t.from}` : ''}${until ? `${until}${t.until}` : ''}`;
    return [from ? `${t.from} ${from}` : '', until ? `${t.until} ${until}` : ''].filter(Boolean).join(' ');
  };
  const term = (mark: string) => (s: EditionDiff['outdatedTerms']['added'][number]) => `  ${mark} ${s.label ? pick(s.label, lang) : s.concept}${range(s) ? ` (${range(s)})` : ''}`;
  section(t.newTerms, d.outdatedTerms.added.map(term('!')));
  if (d.outdatedTerms.removed.length) section(t.droppedTerms, d.outdatedTerms.removed.map(term('·')));
  return out.join('\n') + '\n';
}

function editions(rest: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest, allowPositionals: true,
      options: { lang: { type: 'string' }, format: { type: 'string', default: 'text' }, diff: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format as string;
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json (got "${format}")`);
  const { lang } = common({ lang: values.lang });
  const catalog = getCatalog();
  const t = EDITION_TEXT[lang];

  if (values.diff !== undefined) {
    if (positionals.length !== 1) throw new UsageError('--diff takes two editions (try: kijun editions --diff h30 r5)');
    const [a, b] = [editionId(catalog, values.diff), editionId(catalog, positionals[0])];
    const d = editionDiff(catalog, a, b);
    process.stdout.write(format === 'json' ? JSON.stringify({ version: 1, ...diffJson(d, catalog, lang) }, null, 2) + '\n' : diffText(d, catalog, lang));
    return 0;
  }

  if (positionals.length > 1) throw new UsageError('kijun editions takes at most one EDITION (or --diff FROM TO)');
  if (positionals.length === 1) {
    // One edition: its requirements.
    const id = editionId(catalog, positionals[0]);
    const view = catalog.forEdition(id);
    if (format === 'json') {
      process.stdout.write(JSON.stringify({ version: 1, edition: id, title: editionName(catalog, id, lang), requirements: view.requirements.map((r) => requirementJson(r, lang)) }, null, 2) + '\n');
      return 0;
    }
    const width = Math.max(...view.requirements.map((r) => r.id.length));
    const out = [`${editionName(catalog, id, lang)} (${id}): ${t.requirements} ${view.requirements.length}`, ''];
    for (const r of view.requirements) {
      const changed = r.variant ? ` · ${t.changed}: ${editionName(catalog, r.variant, lang)}` : '';
      out.push(`  ${r.id.padEnd(width)}  ${pick(r.title, lang)} · ${pick(levelText(r), lang)} · ${t.since}: ${editionName(catalog, r.edition, lang)}${changed}`);
    }
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  }

  const listing = editionListing(catalog);
  if (format === 'json') {
    process.stdout.write(JSON.stringify({
      version: 1,
      defaultEdition: catalog.data.defaultEdition,
      editions: listing.map((l) => ({
        id: l.edition.id, title: pick(l.edition.title, lang), date: l.edition.date,
        ...(l.edition.standard ? { standard: l.edition.standard } : {}),
        default: l.isDefault,
        requirements: l.requirements.length,
        ids: l.requirements.map((r) => r.id),
        added: l.diff?.added.map((r) => r.id) ?? l.requirements.map((r) => r.id),
        revisedExisting: l.diff?.revisedExisting.map((r) => r.id) ?? [],
        changed: l.diff?.changed.map((c) => c.requirement.id) ?? [],
        removed: l.diff?.removed.map((r) => r.id) ?? [],
        ...(l.edition.summary ? { summary: pick(l.edition.summary, lang) } : {}),
        ...(l.edition.confidence ? { confidence: l.edition.confidence } : {}),
      })),
    }, null, 2) + '\n');
    return 0;
  }
  const idWidth = Math.max(...listing.map((l) => l.edition.id.length));
  const out: string[] = [];
  for (const l of listing) {
    const parts = [`${t.requirements} ${l.requirements.length}`];
    if (l.diff) {
      const revised = new Set(l.diff.revisedExisting);
      const added = l.diff.added.filter((r) => !revised.has(r));
      if (added.length) parts.push(`${t.added}: ${added.map((r) => r.id).join(', ')}`);
      if (revised.size) parts.push(`${t.revisedExisting}: ${[...revised].map((r) => r.id).join(', ')}`);
      if (l.diff.changed.length) parts.push(`${t.changed}: ${l.diff.changed.map((c) => c.requirement.id).join(', ')}`);
      if (l.diff.removed.length) parts.push(`${t.removed}: ${l.diff.removed.map((r) => r.id).join(', ')}`);
    }
    if (l.edition.standard) parts.push(`${t.standard} ${editionName(catalog, l.edition.standard, lang)}`);
    const head = `${l.edition.id.padEnd(idWidth)}  ${pick(l.edition.title, lang)} (${l.edition.date})${l.isDefault ? ` [${t.default}]` : ''}`;
    out.push(`${head}  ${parts.join(' · ')}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (command === 'check') return check(rest);
  if (command === 'report') return report(rest);
  if (command === 'editions') return editions(rest);
  if (command === 'revise') return runRevise(rest);
  if (command === 'init') return runInit(rest);
  if (command === 'fix') return fix(rest);
  if (command === 'mcp') return (require('./cli/mcp') as typeof import('./cli/mcp')).mcp(rest);
  throw new UsageError(`unknown command "${command}" (try: kijun check PATH, kijun report PATH or kijun editions)`);
}

function fail(e: unknown): void {
  if (e instanceof UsageError) {
    process.stderr.write(`kijun: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`kijun: internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}

/** Commands that read Word files are asynchronous (the .docx reader is): documents are converted first. */
async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'import') {
    process.exitCode = await importCommand(rest);
    return;
  }
  if (command === 'check' && rest.some((a) => DOCUMENT_NAME.test(a))) await convertDocuments(rest.filter((a) => DOCUMENT_NAME.test(a)));
  process.exitCode = await main(argv);
}

// stderr carries file names and configuration values: control characters escaped, workflow commands broken up.
let rawStderr: (s: string) => void;

/** Runs `kijun ARGS…`; the exit code is process.exitCode. */
export function runCli(argv: string[]): void {
  rawStderr = guardStream(process.stderr).raw;
  run(argv).catch(fail);
}
