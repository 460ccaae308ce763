import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import iconv from 'iconv-lite';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; encoding: 'utf-8' | 'shift_jis' } | { ok: false; message: string };

/**
 * Reads a policy file as agencies keep them: UTF-8 with or without BOM, or Shift_JIS. Binary and oversized
 * files are refused with a message instead of being misread.
 */
export function readPolicyFile(path: string): ReadResult {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, message: 'is a directory' };
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (e as Error).message})` };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, message: `too large to check: ${(size / 1048576).toFixed(1)} MB > ${MAX_FILE_BYTES / 1048576} MB` };
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    return { ok: false, message: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return decodePolicy(buf);
}

export function decodePolicy(buf: Uint8Array): ReadResult {
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, message: 'binary file (contains NUL bytes), not a Markdown policy' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Japanese government files are often Shift_JIS (CP932).
  }
  const text = iconv.decode(Buffer.from(buf), 'cp932');
  const replacement = (text.match(/\ufffd/g) ?? []).length;
  if (replacement > Math.max(2, text.length / 200)) return { ok: false, message: 'unknown text encoding (neither UTF-8 nor Shift_JIS)' };
  return { ok: true, text, encoding: 'shift_jis' };
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);

/** Markdown files under a folder, in a stable order; links that lead outside the folder are not followed. */
export function findMarkdownFiles(folder: string): string[] {
  const root = realpathSync(folder);
  const out: string[] = [];
  const walk = (dir: string, shown: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      const display = join(shown, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const target = realpathSync(full);
          const rel = relative(root, target);
          if (rel.startsWith('..') || resolve(root, rel) !== target || rel.split(sep)[0] === '..') continue;
          const st = statSync(target);
          isDir = st.isDirectory();
          isFile = st.isFile();
          if (isDir) continue; // a linked folder inside the tree is already walked, or would loop
        } catch {
          continue;
        }
      }
      if (isDir && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(full, display);
      else if (isFile && /\.(md|markdown)$/i.test(e.name)) out.push(display);
    }
  };
  void lstatSync;
  walk(root, folder);
  return out;
}
