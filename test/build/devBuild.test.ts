// `npm run build:dev` (scripts/build.mjs --dev) is what the debugger runs on: readable bundles whose linked source
// maps lead back to the TypeScript sources. The default build stays the production one (minified, no map), which the
// .vsix budget depends on. Only the language server's bundle, into a temporary folder: the shared server/out that
// other tests run is left alone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'kijun-dev-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function bundle(mode: string, ...flags: string[]): { js: string; map?: { version: number; sources: string[] } } {
  const dir = join(out, mode);
  const env = { ...process.env };
  delete env.KIJUN_MINIFY;
  delete env.KIJUN_SOURCEMAP;
  execFileSync(process.execPath, ['scripts/build.mjs', '--only', 'kijun', '--out', dir, ...flags], {
    cwd: root,
    env,
    stdio: 'pipe',
  });
  const js = readFileSync(join(dir, 'server/out/kijun.js'), 'utf8');
  const mapFile = join(dir, 'server/out/kijun.js.map');
  return { js, map: existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : undefined };
}

/** Characters per line: a minifier puts thousands on a line, readable code a few dozen. */
const lineLength = (js: string) => js.length / js.split('\n').length;

describe('scripts/build.mjs --dev', () => {
  it('writes a readable server bundle with a linked source map into the sources', () => {
    const { js, map } = bundle('dev', '--dev');
    expect(js.trimEnd().endsWith('//# sourceMappingURL=kijun.js.map')).toBe(true);
    expect(map?.version).toBe(3);
    const sources = (map?.sources ?? []).map((s) => s.replace(/\\/g, '/'));
    expect(sources.some((s) => s.endsWith('server/src/kijun.ts'))).toBe(true);
    expect(sources.some((s) => /server\/src\/core\/.+\.ts$/.test(s))).toBe(true);
    expect(lineLength(js)).toBeLessThan(100);
    // Unminified: the sources' own function names are still there.
    expect(js).toMatch(/\bfunction startServer\b/);
  });

  it('leaves the default build minified and without a map', () => {
    const { js, map } = bundle('prod');
    expect(map).toBeUndefined();
    expect(js).not.toContain('sourceMappingURL');
    expect(lineLength(js)).toBeGreaterThan(1000);
  });
});
