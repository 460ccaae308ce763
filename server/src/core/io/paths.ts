import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `root` or below it (both absolute and normalised, e.g. real paths). */
export function isWithin(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!isAbsolute(r) && r.split(sep)[0] !== '..');
}
