import type { CheckedFile, FileError } from './json';
import { summarize, summaryLine } from './summary';

/**
 * `path:line:col severity id message` lines (1-based, as editors and CI annotate), each followed by an indented
 * `why:` line with the reason of the verdict, then a summary per file.
 */
export function textReport(files: CheckedFile[], errors: FileError[], lang: 'ja' | 'en'): string {
  const out: string[] = [];
  for (const { path, analysis, encoding } of files) {
    if (encoding !== 'utf-8') out.push(lang === 'ja' ? `${path}: ${encoding} として読み込みました` : `${path}: decoded as ${encoding}`);
    for (const f of analysis.findings) {
      out.push(`${path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}`);
      // The reason of the verdict (issue 11), indented so that `path:line:col` matchers skip it.
      const reason = analysis.requirements.find((r) => r.id === f.code)?.reason?.[lang];
      if (reason && !f.message.includes(reason)) out.push(`    ${lang === 'ja' ? '理由' : 'why'}: ${reason}`);
    }
    out.push(`${path}: ${summaryLine(summarize(analysis), 'en')}`);
  }
  for (const e of errors) out.push(`${e.path}: error ${e.message}`);
  return out.join('\n') + (out.length ? '\n' : '');
}
