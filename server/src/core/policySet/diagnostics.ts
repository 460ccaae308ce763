import type { Language } from '../catalog/types';
import { pick } from '../checker/messages';
import { t } from '../i18n';
import { LineIndex, type Range } from '../text/lineIndex';
import type { ConfigProblem } from './config';
import { keyRange, scanJson } from './jsonLocations';

/** A problem of a configuration, placed on its kijun.json (the host adds its own code and source). */
export interface ConfigDiagnostic {
  range: Range;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * The diagnostics a configuration gets: each problem on the key it is about (`files[2]`, `severity.drm`), a JSON
 * syntax error where the parser stopped, and the listed files that could not be checked (`errors`, named relative to
 * the set's folder) or were read with replaced bytes (`warnings`) on `files`.
 */
export function configDiagnostics(
  text: string,
  problems: ConfigProblem[],
  files: { errors: Array<{ name: string; message: string }>; warnings: Array<{ name: string; message: string }> },
  lang: Language,
): ConfigDiagnostic[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // VS Code shows the file without its BOM: count positions from after it.
  const lines = new LineIndex(text.slice(bom));
  const { locations, errorAt } = scanJson(text);
  const at = (start: number, end: number): Range => ({
    start: lines.positionAt(Math.max(0, start - bom)),
    end: lines.positionAt(Math.max(0, end - bom)),
  });
  const firstLine = () => {
    const shown = lines.text;
    const start = shown.search(/\S/);
    if (start < 0) return at(bom, bom);
    const nl = shown.indexOf('\n', start);
    return at(start + bom, (nl < 0 ? shown.length : nl) + bom);
  };
  const out: ConfigDiagnostic[] = [];
  for (const p of problems) {
    let range: Range;
    if (p.line !== undefined) {
      const line = Math.max(0, p.line - 1);
      const character = Math.max(0, (p.column ?? 1) - 1 - (line === 0 ? bom : 0));
      range = { start: { line, character }, end: { line, character: character + 1 } };
    } else if (!p.key && p.severity === 'error' && errorAt !== undefined && text.trim()) {
      // Not JSON, and the parser did not say where: where the scan stopped.
      range = at(errorAt, Math.min(errorAt + 1, text.length));
    } else {
      const r = p.key ? keyRange(locations, p.key) : undefined;
      range = r ? at(r.start, r.end) : firstLine();
    }
    out.push({ range, severity: p.severity, message: `${p.key ? `${p.key}: ` : ''}${pick(p.message, lang)}` });
  }
  // Listed files that could not be read are errors; a file read with replaced bytes is checked, and where its bad
  // bytes are is said here (it may not be open).
  const onFiles = (severity: ConfigDiagnostic['severity'], message: string): void => {
    const r = keyRange(locations, 'files');
    out.push({ range: r ? at(r.start, r.end) : firstLine(), severity, message });
  };
  for (const e of files.errors) onFiles('error', t('set.fileNotChecked', lang, e.name, e.message));
  for (const w of files.warnings) onFiles('warning', t('set.fileBadBytes', lang, w.name, w.message));
  return out;
}
