import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeText, getCatalog, stripBom, type PolicyAnalysis, type Severity } from './core';
import { findMarkdownFiles, readPolicyFile } from './core/io/readFile';
import { jsonReport, type CheckedFile, type FileError } from './core/report/json';
import { sarifReport } from './core/report/sarif';
import { textReport } from './core/report/text';

declare const KIJUN_VERSION: string;
const VERSION = typeof KIJUN_VERSION === 'string' ? KIJUN_VERSION : '0.0.0-dev';

const USAGE = `Usage: kijun check [options] PATH...

Checks information-security policies written in Markdown against the revised Common Standards
(統一基準群, FY2018 edition). PATH is a file or a folder (searched for policy Markdown files).

Options:
  --format text|json|sarif      output format (default text)
  --fail-on error|warning|information|none
                                exit 1 when a finding is at or above this severity (default warning)
  --lang ja|en                  language of messages (default: ja, en when LANG starts with "en")
  --edition ID                  edition of the standard to check against (default h30)
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage error or no file could be checked.`;

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

class UsageError extends Error {}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (try: kijun check PATH)`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'warning' },
        lang: { type: 'string' },
        edition: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif (got "${format}")`);
  const failOn = values['fail-on']!;
  if (!['error', 'warning', 'information', 'hint', 'none'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning, information or none (got "${failOn}")`);
  const lang = (values.lang ?? (/^en/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'en' : 'ja')) as 'ja' | 'en';
  if (lang !== 'ja' && lang !== 'en') throw new UsageError(`--lang must be ja or en (got "${values.lang}")`);
  const catalog = getCatalog();
  const edition = values.edition ?? catalog.data.defaultEdition;
  if (!catalog.data.editions.some((e) => e.id === edition)) {
    throw new UsageError(`unknown edition "${edition}" (known: ${catalog.data.editions.map((e) => e.id).join(', ')})`);
  }
  if (!positionals.length) throw new UsageError('no PATH given (try: kijun check policy.md)');

  const files: CheckedFile[] = [];
  const errors: FileError[] = [];
  for (const target of positionals) {
    let isDir = false;
    try {
      isDir = statSync(target).isDirectory();
    } catch {
      /* reported by readPolicyFile */
    }
    const candidates = isDir ? findMarkdownFiles(target) : [target];
    for (const path of candidates) {
      const read = readPolicyFile(path);
      if (!read.ok) {
        errors.push({ path, message: read.message });
        continue;
      }
      let analysis: PolicyAnalysis;
      try {
        // A file named on the command line is checked whatever it looks like; in a folder only policies are.
        analysis = analyzeText(stripBom(read.text), { force: !isDir, language: lang, edition });
      } catch (e) {
        errors.push({ path, message: `internal error while checking: ${(e as Error).message}` });
        continue;
      }
      if (analysis.isPolicy) files.push({ path, analysis, encoding: read.encoding });
    }
  }

  if (format === 'json') process.stdout.write(JSON.stringify(jsonReport(files, errors, edition, VERSION, lang), null, 2) + '\n');
  else if (format === 'sarif') process.stdout.write(JSON.stringify(sarifReport(files, errors, catalog, VERSION, lang), null, 2) + '\n');
  else {
    process.stdout.write(textReport(files, [], lang));
    for (const e of errors) process.stderr.write(`kijun: ${e.path}: ${e.message}\n`);
  }

  if (files.length === 0) {
    process.stderr.write(errors.length ? 'kijun: no file could be checked\n' : 'kijun: no policy Markdown file found\n');
    return 2;
  }
  if (failOn === 'none') return 0;
  const threshold = RANK[failOn as Severity];
  return files.some((f) => f.analysis.findings.some((d) => RANK[d.severity] >= threshold)) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`kijun: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`kijun: internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
