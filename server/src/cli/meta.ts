// Traceability data for the CLI's outputs: the SHA-256 of each file as read, the catalog's version and hash, and
// the JST time (SOURCE_DATE_EPOCH fixes it). See core/report/meta.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCatalog } from '../core';
import { jstTimestamp, outputDate, type TraceMeta } from '../core/report/meta';

declare const KIJUN_VERSION: string;
const VERSION = typeof KIJUN_VERSION === 'string' ? KIJUN_VERSION : '0.0.0-dev';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

let catalogHash: string | undefined;

/** A hash of the bundled catalog's data: two runs with the same rules give the same hash. */
export function catalogVersion(): TraceMeta['catalog'] {
  catalogHash ??= sha256(JSON.stringify(getCatalog().data));
  return { version: VERSION, sha256: catalogHash };
}

/** SHA-256 of a file's bytes; of the given text (UTF-8) when the file cannot be read again. */
export function fileSha256(path: string, text?: string): string {
  try {
    return sha256(readFileSync(path));
  } catch {
    return sha256(text ?? '');
  }
}

export function traceMeta(edition: string, files: Array<{ path: string; display?: string; text?: string }>): TraceMeta {
  return {
    edition,
    catalog: catalogVersion(),
    generatedAt: jstTimestamp(outputDate(process.env)),
    files: files.map((f) => ({ path: f.display ?? f.path, sha256: fileSha256(f.path, f.text) })),
  };
}
