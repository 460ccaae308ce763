// node:path for the web worker, as far as the shared server modules use it (complianceReport.ts: relative paths
// of a set's files for display): POSIX rules over the `/`-separated paths the web's URIs have. Pure string work;
// scripts/build.mjs maps node:path here in the worker bundle and refuses every other Node module.
export const sep = '/';

function parts(p: string): string[] {
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return out;
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export function join(...ps: string[]): string {
  const joined = ps.filter(Boolean).join('/');
  const abs = isAbsolute(joined);
  const s = parts(joined).join('/');
  return abs ? `/${s}` : s || '.';
}

/** The web's paths are absolute (a URI's path): a relative one is taken from the root. */
export function resolve(p: string): string {
  return join('/', p);
}

export function dirname(p: string): string {
  const ps = parts(p);
  ps.pop();
  return isAbsolute(p) ? `/${ps.join('/')}` : ps.join('/') || '.';
}

export function basename(p: string): string {
  return parts(p).pop() ?? '';
}

/** The path from `from` to `to` (both absolute, or both relative to the same folder). */
export function relative(from: string, to: string): string {
  const a = parts(from);
  const b = parts(to);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
