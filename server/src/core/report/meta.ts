// Traceability of an output: what was judged (each policy file's SHA-256), against what (the edition and the
// catalog's version), when (a JST timestamp), so that a report can be tied to the text it judged. The hashes are
// computed where the files are read (the CLI); the core only carries them.

import { t } from '../i18n';

export interface TraceMeta {
  /** The edition of the Common Standards checked against. */
  edition: string;
  /** The bundled catalog: the tool's version and a hash of the catalog data (changes whenever a rule changes). */
  catalog: { version: string; sha256: string };
  /** When the output was made, in Japan Standard Time: `2026-12-07T13:20:00+09:00`. */
  generatedAt: string;
  /** Each policy file judged, with the SHA-256 of its bytes as read. */
  files: Array<{ path: string; sha256: string }>;
}

/** An ISO 8601 date-time in JST (+09:00), to the second. */
export function jstTimestamp(date: Date): string {
  const shifted = new Date(date.getTime() + 9 * 3600 * 1000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+09:00');
}

/** The time an output is made: SOURCE_DATE_EPOCH (seconds) when set, for reproducible outputs; else now. */
export function outputDate(env: Record<string, string | undefined> = {}): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  const epoch = raw !== undefined && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  return Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

/** Lines for a footer or a comment: edition, catalog, time, one line per file. */
export function metaLines(meta: TraceMeta, lang: 'ja' | 'en'): string[] {
  return [
    `${t('meta.edition', lang)}: ${meta.edition}`,
    `${t('meta.catalog', lang)}: ${meta.catalog.version} (sha256 ${meta.catalog.sha256.slice(0, 16)})`,
    `${t('meta.generated', lang)}: ${meta.generatedAt}`,
    ...meta.files.map((f) => `${f.path}: sha256 ${f.sha256}`),
  ];
}
