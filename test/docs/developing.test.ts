// docs/DEVELOPING.md's map is a newcomer's first hour: every path it names must exist, and every source folder must
// be on it — a folder added, moved or removed fails here until the map says so.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const doc = readFileSync(join(root, 'docs/DEVELOPING.md'), 'utf8');

/** Backticked paths: from the repository root, or short ones under server/src (`core/scan`, `lsp/hover.ts`). */
const TOP = /^(server\/src|client\/src|test|catalog|scripts|docs|bench|grammars|snippets)(\/|$)/;
const UNDER_SRC = /^(core|lsp|node|web|cli|protocol|import|papers|vendor)(\/|$)/;

function namedPaths(): string[] {
  const out = new Set<string>();
  for (const [, token] of doc.matchAll(/`([^`\s]+)`/g)) {
    // Patterns (`<id>`, `*`, `…`) stand for many files; the folder before them must exist.
    const path = token.split(/[<*…]/)[0].replace(/\/$/, '');
    if (TOP.test(path)) out.add(path);
    else if (UNDER_SRC.test(path)) out.add(`server/src/${path}`);
  }
  return [...out];
}

function sourceFolders(dir: string): string[] {
  return readdirSync(join(root, dir))
    .filter((n) => statSync(join(root, dir, n)).isDirectory())
    .flatMap((n) => [`${dir}/${n}`, ...sourceFolders(`${dir}/${n}`)]);
}

describe('docs/DEVELOPING.md', () => {
  it('names only paths that exist', () => {
    const paths = namedPaths();
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });

  it('names every source folder on its map', () => {
    const map = doc.slice(doc.indexOf('## Map'), doc.indexOf('\n## ', doc.indexOf('## Map') + 1));
    const named = new Set([...map.matchAll(/`([^`\s]+?)\/?`/g)].map((m) => m[1]));
    const folders = ['client/src', ...sourceFolders('server/src'), ...sourceFolders('client/src')];
    expect(folders.filter((f) => !named.has(f))).toEqual([]);
  });
});
