// Reading from disk, for the CLI and the language server (policy files, kijun.json, the files of a policy set).
// The rest of the core reads nothing: it gets text. Node built-ins only: Shift_JIS is decoded by the runtime's
// own TextDecoder (ICU), not by a bundled table.
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { isWithin } from './paths';
// Decoding bytes is pure (no file access): it lives in decode.ts, which the web worker also uses.
import { decodePolicy, type ReadResult } from './decode';

export { decodePolicy, shiftJisDecoder, type Encoding, type ReadResult, type ShiftJisDecoder } from './decode';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Why a file could not be read: what readPolicyFile and a policy set's configuration report, each in its words. */
export type ReadFailure =
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'not-a-file'; directory: boolean }
  | { ok: false; reason: 'too-large'; size: number; limit: number }
  | { ok: false; reason: 'unreadable'; code: string };

/**
 * The bytes of a file of at most `limit` bytes. A folder, a missing file and a file over the limit are answers,
 * not exceptions; the size is checked before reading (a 2 GB file is never loaded) and again after (it grew).
 */
export function readBytes(path: string, limit: number): { ok: true; bytes: Buffer } | ReadFailure {
  const failure = (e: unknown): ReadFailure => {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { ok: false, reason: 'missing' } : { ok: false, reason: 'unreadable', code: code ?? (e as Error).message };
  };
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, reason: 'not-a-file', directory: st.isDirectory() };
    size = st.size;
  } catch (e) {
    return failure(e);
  }
  if (size > limit) return { ok: false, reason: 'too-large', size, limit };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return failure(e);
  }
  if (bytes.length > limit) return { ok: false, reason: 'too-large', size: bytes.length, limit };
  return { ok: true, bytes };
}

/**
 * Reads a policy file as agencies keep them: UTF-8 with or without BOM, or Shift_JIS. Binary and oversized
 * files are refused with a message instead of being misread.
 */
export function readPolicyFile(path: string): ReadResult {
  const r = readBytes(path, MAX_FILE_BYTES);
  if (r.ok) return decodePolicy(r.bytes);
  switch (r.reason) {
    case 'missing':
      return { ok: false, message: 'no such file' };
    case 'not-a-file':
      return { ok: false, message: r.directory ? 'is a directory' : 'not a regular file' };
    case 'too-large':
      return { ok: false, message: `too large to check: ${(r.size / 1048576).toFixed(1)} MB > ${r.limit / 1048576} MB` };
    case 'unreadable':
      return { ok: false, message: `cannot read (${r.code})` };
  }
}

const SKIP_DIRS = new Set(['node_modules', 'out', 'dist']);

/**
 * Walks the folders under `root` (a real path, links resolved) in a stable order — entries sorted by name, each
 * folder walked where it sorts — without hidden folders, node_modules, out and dist, and without following links
 * to folders (a linked folder inside the tree is walked anyway, and one outside must not be). `shown` is the
 * caller's spelling of `root`, joined with the names below it for display.
 */
export function walkFolders(
  root: string,
  shown: string,
  visit: { folder?(dir: string, shown: string): void; file?(entry: Dirent, full: string, shown: string): void },
): void {
  const walk = (dir: string, display: string) => {
    visit.folder?.(dir, display);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name), join(display, e.name));
      } else visit.file?.(e, join(dir, e.name), join(display, e.name));
    }
  };
  walk(root, shown);
}

/** Whether `path` is a regular file inside the folder `realRoot` (a real path) once links are resolved. */
export function isFileInside(realRoot: string, path: string): boolean {
  try {
    const real = realpathSync(path);
    return real !== realRoot && isWithin(realRoot, real) && statSync(real).isFile();
  } catch {
    return false;
  }
}

/** Markdown files under a folder, in a stable order; links that lead outside the folder are not followed. */
export function findMarkdownFiles(folder: string): string[] {
  const root = realpathSync(folder);
  const out: string[] = [];
  walkFolders(root, folder, {
    file(e, full, display) {
      if (!/\.(md|markdown)$/i.test(e.name)) return;
      // A link counts when it leads to a file inside the folder (a link to a folder is not walked: see walkFolders).
      if (e.isFile() || (e.isSymbolicLink() && isFileInside(root, full))) out.push(display);
    },
  });
  return out;
}
