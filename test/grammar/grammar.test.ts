// The TextMate injection grammar (grammars/kijun.injection.tmLanguage.json) checked with vscode-tmgrammar-test:
// test/grammar/*.test.md hold the cases and their scope assertions (syntax: `<!--` + `^^^ scope` under a line,
// `- scope` = must not be there). The runner gets the injection from grammars.json (it mirrors the manifest's
// declaration: injectTo text.html.markdown) and a test stub of the Markdown grammar with -g, because no Markdown
// grammar ships in an installed npm package. Run only these: npx vitest run test/grammar
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const here = 'test/grammar';
const grammarPath = 'grammars/kijun.injection.tmLanguage.json';
const require = createRequire(import.meta.url);

interface GrammarDeclaration {
  path: string;
  scopeName: string;
  injectTo?: string[];
  language?: string;
}

function runner(): string {
  const pkgPath = require.resolve('vscode-tmgrammar-test/package.json');
  const bin = JSON.parse(readFileSync(pkgPath, 'utf8')).bin['vscode-tmgrammar-test'] as string;
  return join(dirname(pkgPath), bin);
}

function tmgrammarTest(...extra: string[]) {
  // Same as node_modules/.bin/vscode-tmgrammar-test, started with this Node so it also works on Windows.
  const args = [
    runner(),
    '--compact',
    '--config',
    posix.join(here, 'grammars.json'),
    '-g',
    posix.join(here, 'markdown-base.tmLanguage.json'),
    ...extra,
  ];
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

/** Every `match` regex of a grammar, with where it is. */
function regexes(node: unknown, at = '$'): Array<[string, string]> {
  if (Array.isArray(node)) return node.flatMap((x, i) => regexes(x, `${at}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    ['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string'
      ? [[`${at}.${k}`, v] as [string, string]]
      : regexes(v, `${at}.${k}`),
  );
}

describe('TextMate grammar (vscode-tmgrammar-test)', () => {
  const cases = readdirSync(join(root, here)).filter((f) => f.endsWith('.test.md'));

  it('has test cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it('passes every scope assertion in test/grammar/*.test.md', () => {
    const r = tmgrammarTest(`${here}/*.test.md`);
    expect(r.error).toBeUndefined();
    expect(r.status, `vscode-tmgrammar-test failed:\n${r.stdout}\n${r.stderr}`).toBe(0);
    for (const file of cases) expect(r.stdout).toContain(`${here}/${file}`);
  });

  it('fails when an assertion does not hold (the runner really checks)', () => {
    const r = tmgrammarTest(`${here}/fixtures/must-fail.md`);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/keyword\.control\.obligation\.kijun/);
  });

  it('keeps every regex linear: repetition only on single characters or classes, groups at most optional', () => {
    const grammar = JSON.parse(readFileSync(join(root, grammarPath), 'utf8'));
    const found = regexes(grammar);
    expect(found.length).toBeGreaterThan(5);
    for (const [where, source] of found) {
      // Drop escapes and character classes, then look for a quantifier right after a group.
      const skeleton = source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
      expect(skeleton, `${where}: quantified group in ${source}`).not.toMatch(/\)(?:[*+]|\{\d)/);
    }
  });

  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = ((manifest.contributes?.grammars ?? []) as GrammarDeclaration[]).find(
    (g) => g.scopeName === 'text.kijun.injection',
  );
  it.skipIf(!declared)('is declared in package.json the way the tests load it', () => {
    const tested = (
      JSON.parse(readFileSync(join(root, here, 'grammars.json'), 'utf8')).contributes.grammars as GrammarDeclaration[]
    )[0];
    expect(posix.normalize(declared!.path)).toBe(posix.normalize(`./${grammarPath}`));
    expect(declared!.injectTo).toEqual(tested.injectTo);
    expect(JSON.parse(readFileSync(join(root, grammarPath), 'utf8')).scopeName).toBe(declared!.scopeName);
  });
});
