import type { CheckedFile, FileError, SkippedFile } from './json';
import { summarize, summaryLine } from './summary';
import { t } from '../i18n';

/**
 * `path:line:col severity id message` lines (1-based, as editors and CI annotate), each followed by an indented
 * `why:` line with the reason of the verdict, then a summary per file; each
 * file first says which edition it was checked against and why, and the Markdown files a folder scan did not
 * check are listed with the reason.
 */
export function textReport(
  files: CheckedFile[],
  errors: FileError[],
  lang: 'ja' | 'en',
  skipped: SkippedFile[] = [],
): string {
  const out: string[] = [];
  for (const { path, analysis, encoding, places } of files) {
    const converted = /^converted from (\w+)$/.exec(encoding)?.[1];
    if (converted) {
      out.push(t('text.converted', lang, path, converted));
    } else if (encoding !== 'utf-8') out.push(t('text.decoded', lang, path, encoding));
    const title = analysis.catalog.data.editions.find((e) => e.id === analysis.edition)?.title;
    const reason = analysis.editionChoice.reason[lang];
    out.push(
      `${path}: ${t('common.checkedAgainst', lang, title?.[lang] ?? analysis.edition, analysis.edition, reason)}`,
    );
    analysis.findings.forEach((f, i) => {
      // A converted document: the line is the converted text's; the place (第12条第2項) is the original's.
      const place = places?.[i] ? ` [${places[i]}]` : '';
      out.push(
        `${path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code}${place} ${f.message}`,
      );
      // The reason of the verdict (issue 11), indented so that `path:line:col` matchers skip it.
      const reason = analysis.requirements.find((r) => r.id === f.code)?.reason?.[lang];
      if (reason && !f.message.includes(reason)) out.push(`    ${t('text.why', lang)}: ${reason}`);
    });
    out.push(`${path}: ${summaryLine(summarize(analysis), 'en')}`);
  }
  for (const s of skipped) out.push(t('text.skipped', lang, s.path, s.reason));
  for (const e of errors) out.push(`${e.path}: error ${e.message}`);
  return out.join('\n') + (out.length ? '\n' : '');
}
