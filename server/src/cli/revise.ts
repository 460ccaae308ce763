// kijun revise OLD NEW | FILE --fixed: the 新旧対照表 (comparison table of the current and the revised text) as
// HTML (A4 landscape) or .docx. With --fixed, FILE is compared with what inserting every missing clause makes of
// it (the quick fixes' planner, core/edits).
import { basename, extname } from 'node:path';
import { stripBom } from '../core';
import { t } from '../core/i18n';
import { readPolicyFile } from '../node/readFile';
import type { TraceMeta } from '../core/report/meta';
import { compareVersions, type RevisionTable } from '../core/revise/compare';
import { withMissingClauses } from '../core/revise/fixed';
import { renderRevisionHtml } from '../core/revise/html';
import { traceMeta } from './meta';
import { CliUsageError, langOf, parse } from './args';
import { loadSideBundle, run, writeOutput } from './shared';

export const REVISE_USAGE = `       kijun revise [options] OLD NEW
       kijun revise [options] FILE --fixed`;

export const REVISE_OPTIONS = `kijun revise options (新旧対照表: revised | current text, changes underlined):
  --format html|docx            output format (default: from --out's extension, else html)
  --out FILE                    write to FILE (default: standard output; .docx needs --out or a pipe)
  --fixed                       compare FILE with FILE + every missing clause inserted
  --title TEXT                  title of the table (default: the policy's title + 新旧対照表)`;

function read(path: string): string {
  const r = readPolicyFile(path);
  if (!r.ok) throw new CliUsageError(`${path}: ${r.message}`);
  return stripBom(r.text);
}

export function runRevise(args: string[]): Promise<number> {
  return run(async () => {
    const { values, positionals } = parse(args, {
      format: { type: 'string' },
      out: { type: 'string' },
      fixed: { type: 'boolean' },
      title: { type: 'string' },
      edition: { type: 'string' },
    });
    if (values.help) {
      process.stdout.write(`Usage:\n${REVISE_USAGE}\n\n${REVISE_OPTIONS}\n`);
      return 0;
    }
    const lang = langOf(values.lang);
    const out = values.out as string | undefined;
    const format =
      (values.format as string | undefined) ?? (out && extname(out).toLowerCase() === '.docx' ? 'docx' : 'html');
    if (format !== 'html' && format !== 'docx')
      throw new CliUsageError(`--format must be html or docx (got "${format}")`);
    if (format === 'docx' && !out && process.stdout.isTTY)
      throw new CliUsageError('a .docx is not written to a terminal: give --out FILE.docx');
    const fixed = !!values.fixed;
    if (fixed ? positionals.length !== 1 : positionals.length !== 2) {
      throw new CliUsageError(
        fixed ? 'kijun revise FILE --fixed takes one FILE' : 'kijun revise takes two files: OLD NEW (or FILE --fixed)',
      );
    }
    const edition = values.edition as string | undefined;
    const oldPath = positionals[0];
    const oldText = read(oldPath);
    let newText: string;
    let newPath: string;
    if (fixed) {
      const f = withMissingClauses(oldText, { language: lang, ...(edition ? { edition } : {}) });
      newText = f.text;
      newPath = oldPath;
      if (!f.inserted.length) process.stderr.write(`kijun: ${t('cli.revise.noMissingClause', lang, oldPath)}\n`);
    } else {
      newPath = positionals[1];
      newText = read(newPath);
    }
    let table: RevisionTable;
    try {
      table = compareVersions(oldText, newText, {
        lang,
        ...(edition ? { edition } : {}),
        ...(typeof values.title === 'string' ? { title: values.title } : {}),
      });
    } catch (e) {
      throw new CliUsageError((e as Error).message);
    }
    const files = fixed
      ? [{ path: oldPath, display: basename(oldPath), text: oldText }]
      : [
          { path: oldPath, display: basename(oldPath), text: oldText },
          { path: newPath, display: basename(newPath), text: newText },
        ];
    const meta: TraceMeta = traceMeta(table.edition.id, files);
    let data: string | Uint8Array;
    if (format === 'docx') {
      const { revisionDocx } = loadSideBundle<typeof import('../papers/docxEntry')>('docx');
      data = await revisionDocx(table, meta);
    } else {
      data = renderRevisionHtml(table, meta);
    }
    if (out) writeOutput(out, data, lang);
    else process.stdout.write(data);
    return 0;
  });
}
