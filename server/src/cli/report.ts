// kijun report PATH | --policy kijun.json: a standalone compliance report with charts (HTML, Markdown, JSON) or
// the compliance matrix (CSV, .xlsx) of one policy set — configured, the policies of a folder taken together, or
// one file.
import { statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { analyzeText, pick, stripBom, type Catalog } from '../core';
import { t } from '../core/i18n';
import { nodeFileSystem } from '../node/fileSystem';
import { readPolicyFile } from '../node/readFile';
import { findMarkdownFiles } from '../core/policySet/walk';
import { isConfigName, loadPolicySet, policySetConfigIn, type LoadedPolicySet } from '../core/policySet/load';
import { buildComplianceReport, pathHref } from '../core/report/compliance';
import { renderHtml } from '../core/report/html';
import type { FileError } from '../core/report/json';
import { renderMarkdown } from '../core/report/markdown';
import { CHECK_COMMON_OPTIONS, CliUsageError, common, parse, type Lang } from './args';
import { reportProblems, type SetJob, type SetResult } from './check';
import { checkSet } from './checkFile';
import { MATRIX_FORMATS, writeMatrix } from './matrix';
import { traceMeta } from './meta';
import { Progress } from './progress';
import { escapeControls, terminalText } from './terminal';
import { USAGE, VERSION } from './usage';
import { writeFileNoFollow } from './writeFile';

/** What one report is about: a set (configured, or the policies of a folder), or one file. */
async function reportTarget(
  positionals: string[],
  policy: string | undefined,
  catalog: Catalog,
  lang: Lang,
): Promise<LoadedPolicySet> {
  if (positionals.length > 1) throw new CliUsageError('kijun report takes one PATH (a file, a folder or a kijun.json)');
  if (policy !== undefined && positionals.length) throw new CliUsageError('give either --policy or a PATH, not both');
  const target = policy ?? positionals[0];
  if (target === undefined) throw new CliUsageError('no PATH given (try: kijun report policy.md)');
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    throw new CliUsageError(`${target}: no such file or folder`);
  }
  if (!isDir) {
    if (policy !== undefined || isConfigName(basename(target))) return loadPolicySet(nodeFileSystem, target, catalog);
    return {
      configPath: '',
      root: dirname(target),
      files: [target],
      relative: [basename(target)],
      primary: target,
      problems: [],
      config: { files: [basename(target)], notApplicable: {}, severity: {} },
    };
  }
  const config = await policySetConfigIn(nodeFileSystem, target);
  if (config) return loadPolicySet(nodeFileSystem, config, catalog);
  // No configuration: the policies of the folder, taken together.
  // The Markdown files that are not policies are named on stderr with the reason (no silent skips).
  const policies = (await findMarkdownFiles(nodeFileSystem, target)).filter((p) => {
    const r = readPolicyFile(p);
    if (!r.ok) return false;
    const a = analyzeText(stripBom(r.text), { language: lang });
    if (!a.isPolicy)
      process.stderr.write(
        `kijun: ${t('cli.report.notChecked', lang, p, a.policyReasons?.[lang] ?? a.policyReason)}\n`,
      );
    return a.isPolicy;
  });
  if (!policies.length) throw new CliUsageError(`${target}: no policy Markdown file found`);
  if (policies.length > 1) {
    process.stderr.write(`kijun: ${t('cli.report.asOnePolicy', lang, target, policies.length)}\n`);
  }
  const rel = policies.map((p) => relative(target, p).split(sep).join('/'));
  const primary = policies.find((p) => /対策基準/.test(basename(p).normalize('NFKC'))) ?? policies[0];
  return {
    configPath: '',
    root: target,
    files: policies,
    relative: rel,
    primary,
    problems: [],
    config: { files: rel, notApplicable: {}, severity: {} },
  };
}

export async function report(rest: string[]): Promise<number> {
  const { values, positionals } = parse(rest, {
    ...CHECK_COMMON_OPTIONS,
    format: { type: 'string', default: 'html' },
    out: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format === 'markdown' ? 'md' : (values.format as string);
  if (!['html', 'md', 'json', ...MATRIX_FORMATS].includes(format))
    throw new CliUsageError(`--format must be html, md, json, csv or xlsx (got "${values.format}")`);
  const { lang, edition, editionMode, catalog } = common(values);
  const set = await reportTarget(positionals, values.policy as string | undefined, catalog, lang);
  const job: SetJob = { set };
  if (reportProblems([job], lang, true)) {
    process.stderr.write(`kijun: ${set.configPath}: invalid policy-set configuration\n`);
    return 2;
  }
  const errors: FileError[] = [];
  const progress = Progress.for(set.files.length, lang, !!values['no-progress']);
  const outcome = checkSet(
    set,
    { language: lang, ...(editionMode === 'option' ? { edition, editionOrigin: '--edition' } : {}) },
    (p) => progress.step(p),
  );
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
  const generatedAt = (
    Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()
  ).toISOString();
  const data = buildComplianceReport(result.analysis, {
    lang,
    version: VERSION,
    generatedAt,
    ...(set.config?.name ? { title: set.config.name } : {}),
    // The configuration as the report's reader knows it: next to the files it lists.
    ...(set.configPath ? { config: relative(set.root, set.configPath).split(sep).join('/') } : {}),
    display: (p) => relative(set.root, p).split(sep).join('/') || basename(p),
    href: (p) => pathHref(relative(linkBase, resolve(p)).split(sep).join('/')),
    encodings,
    errors,
    problems: set.problems
      .filter((p) => p.file === undefined)
      .map((p) => ({ severity: p.severity, key: p.key, message: pick(p.message, lang) })),
    trace: traceMeta(
      result.analysis.edition,
      result.checked.map((c) => ({
        path: c.path,
        display: relative(set.root, c.path).split(sep).join('/') || basename(c.path),
        text: c.analysis.document.text,
      })),
    ),
  });
  if (format === 'csv' || format === 'xlsx') return writeMatrix(format, data, result.analysis, out, lang);
  const text =
    format === 'html'
      ? renderHtml(data)
      : format === 'md'
        ? renderMarkdown(data)
        : JSON.stringify(data, null, 2) + '\n';
  if (out) {
    try {
      writeFileNoFollow(out, text);
    } catch (e) {
      throw new CliUsageError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (process.stderr.isTTY) process.stderr.write(`kijun: ${t('cli.wrote', lang, out)}\n`);
  } else {
    // Markdown on a terminal or in a CI log: file names escaped like the text output's.
    process.stdout.write(format === 'md' ? terminalText(text) : text);
  }
  return 0;
}
