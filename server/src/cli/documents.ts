// Documents that are not Markdown (.docx, .html, .txt) on the command line: converted through the import bundle
// (server/out/import.js, loaded here on demand only), then checked like Markdown. Findings in them also name the
// place the user knows in the original — 「第12条第2項」 — next to the line of the converted text.
import { resolve } from 'node:path';
import type { ImportResult } from '../import/bundle';
import { readBytes } from '../node/readFile';

type ImportModule = typeof import('../import/bundle');

let loaded: ImportModule | undefined;

/** The import bundle, required the first time a document is converted. */
export function importModule(): ImportModule {
  if (!loaded) {
    // Next to this bundle (server/out/kijun.js → server/out/import.js): external to the build (scripts/build.mjs),
    // so the libraries are read only now.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('./import.js') as ImportModule;
  }
  return loaded;
}

/** File names converted before checking (others are read as Markdown). */
export const DOCUMENT_NAME = /\.(docx|docm|doc|html?|xhtml|txt|text|jtd)$/i;

const converted = new Map<string, { ok: true; text: string; kind: string } | { ok: false; message: string }>();

/** Converts the document files among `paths` (async: the Word reader is); check() then reads them with readInput. */
export async function convertDocuments(paths: string[]): Promise<void> {
  for (const p of paths) {
    if (!DOCUMENT_NAME.test(p) || converted.has(resolve(p))) continue;
    converted.set(resolve(p), await convertFile(p));
  }
}

export async function convertFile(
  path: string,
): Promise<{ ok: true; text: string; kind: string; notes?: string[] } | { ok: false; message: string }> {
  const r = readBytes(path, 10 * 1024 * 1024);
  if (!r.ok) {
    if (r.reason === 'missing') return { ok: false, message: 'no such file' };
    if (r.reason === 'not-a-file') return { ok: false, message: r.directory ? 'is a directory' : 'not a regular file' };
    if (r.reason === 'too-large')
      return {
        ok: false,
        message: `too large to import: ${(r.size / 1048576).toFixed(1)} MB > ${r.limit / 1048576} MB`,
      };
    return { ok: false, message: `cannot read (${r.code})` };
  }
  let result: ImportResult;
  try {
    result = await importModule().importDocument(r.bytes, path);
  } catch (e) {
    return { ok: false, message: `cannot convert: ${(e as Error).message}` };
  }
  return result.ok
    ? { ok: true, text: result.markdown, kind: result.kind, notes: result.notes }
    : { ok: false, message: result.message };
}

/** A converted document as check() reads files: its Markdown, and where it came from as the "encoding". */
export function convertedInput(
  path: string,
): { ok: true; text: string; encoding: string; warning?: string } | { ok: false; message: string } | undefined {
  const c = converted.get(resolve(path));
  if (!c) return undefined;
  return c.ok ? { ok: true, text: c.text, encoding: `converted from ${c.kind}` } : c;
}
