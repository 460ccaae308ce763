import { lstatSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a report file without following a link: `--out` may name a path inside the repository being checked, where
 * a symbolic link could lead anywhere (a CI job's ~/.bashrc). A final link is refused; otherwise the text goes to a
 * new temporary file beside it (created exclusively, so a link planted under the temporary name is not followed
 * either) that is renamed over the target — rename replaces a directory entry, it never writes through one, and a
 * reader never sees half a report. Throws an Error whose message says why.
 */
export function writeFileNoFollow(path: string, text: string): void {
  const st = lstatOrUndefined(path);
  if (st?.isSymbolicLink())
    throw new Error(`${path} is a symbolic link: not followed (remove it or choose another file)`);
  if (st && !st.isFile()) throw new Error(`${path} is not a regular file`);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* not created */
    }
    throw e;
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
