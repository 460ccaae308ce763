import { fileURLToPath } from 'node:url';

/**
 * The file-system path of a file: URI (undefined for untitled: and other schemes), `/`-separated. On POSIX a `\\`
 * is a character of a file name, not a separator: turned into `/` it made `x\\..\\..\\evil` a path that climbs out
 * of the workspace while still looking inside it. Only Windows paths get their separators rewritten.
 */
export function uriPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const path = fileURLToPath(uri);
    return process.platform === 'win32' ? path.replace(/\\/g, '/') : path;
  } catch {
    return undefined;
  }
}

/** The path relative to the innermost workspace folder containing it (globs are written that way). */
export function relativeToFolder(path: string, folders: string[]): string {
  let best = '';
  for (const f of folders) {
    const folder = (uriPath(f) ?? f).replace(/\/+$/, '');
    if (path.startsWith(folder + '/') && folder.length > best.length) best = folder;
  }
  return best ? path.slice(best.length + 1) : path;
}

/** A short name for the document, for report titles. */
export function displayName(uri: string): string {
  const path = uriPath(uri) ?? decodeURIComponent(uri.replace(/^[a-z]+:/i, ''));
  return path.split('/').pop() || uri;
}
