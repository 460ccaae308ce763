import { fileURLToPath } from 'node:url';
import { uriNames } from './uriNames';

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

export const { relativeToFolder, displayName } = uriNames(uriPath);
