// Tests mirror the source: the unit tests of server/src/core/<folder> are in test/core/<folder>, those of
// server/src/<layer> in test/<layer>, so the tests of a module are found from its path. Suites that exercise
// several layers at once (a real client over stdio, code-server, Neovim, fuzzing, corpora) are declared here with
// the reason, and a test folder that is neither fails — as does a declared suite that no longer exists.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const test = join(root, 'test');

/** Test folders that are not the mirror of one source folder, and why. */
const CROSS_CUTTING: Record<string, string> = {
  build: 'the build scripts (scripts/): bundles, code cache, normalized terms, development mode',
  ci: 'the GitHub Action, the baseline and npm pack, as CI runs them',
  corpus: 'scoring helpers of the labelled corpora',
  docs: 'the README and its Japanese mirror',
  e2e: 'the packaged .vsix in code-server, driven by Chromium',
  editions: 'one edition of the catalog end to end: selection, facts, CLI, hover, the "add an edition" test',
  eval: 'precision and recall on the evaluation sets',
  fixtures: 'policies and sets the tests read',
  fuzz: 'long fuzzing runs (npm run fuzz) and their generators',
  grammar: 'the TextMate injection grammar (grammars/)',
  mcp: 'the MCP server over stdio, as an AI client talks to it',
  memory: 'the server process’s memory, measured',
  nvim: 'Neovim as a second LSP client',
  reliability: 'hostile and pathological inputs across CLI and server',
  requirements: 'the catalog’s examples of every requirement, run through the checker (generated suites)',
  setup: 'vitest’s global set-up (builds the bundles once)',
};

/** Folders of data inside a test folder, and test/output (git-ignored output of test runs): not tests of a module. */
const DATA = new Set(['screenshots', 'fixtures', 'output']);

const folders = (dir: string) =>
  readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory() && n !== 'node_modules' && !n.startsWith('.'));

/** The source folder a test folder mirrors: test/core/x → server/src/core/x, test/x → server/src/x. */
function mirrorOf(relative: string): string {
  return join(root, 'server', 'src', relative);
}

function unmatched(): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const name of folders(join(test, relative))) {
      const child = relative ? `${relative}/${name}` : name;
      if (DATA.has(name)) continue;
      if (!relative && CROSS_CUTTING[name]) continue;
      if (!existsSync(mirrorOf(child))) out.push(`test/${child}`);
      else walk(child);
    }
  };
  walk('');
  return out;
}

describe('test folders', () => {
  it('mirror a source folder, or are a declared cross-cutting suite', () => {
    expect(unmatched()).toEqual([]);
  });

  it('declares only suites that exist', () => {
    expect(Object.keys(CROSS_CUTTING).filter((n) => !existsSync(join(test, n)))).toEqual([]);
  });

  it('has no test file directly in test/core (each belongs to the folder of its module)', () => {
    expect(readdirSync(join(test, 'core')).filter((n) => n.endsWith('.ts'))).toEqual([]);
  });
});
