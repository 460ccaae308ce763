// One spelling in code, comments and docs: -ize (normalize, analyze, normalization, analyzer), the majority when this
// test was written (in server/src, client/src, test, scripts, bench, docs: normalize 158 to 64, analyze 364 to 81 —
// and the file names core/text/normalize.ts, core/policySet/analyze.ts, String.prototype.normalize). "analysis" and
// "analyses" are the same in both.
// Catalog data (the terms matched in policies) is the agency's English, not ours: in .yaml only comments are read.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const ROOTS = ['server/src', 'client/src', 'test', 'scripts', 'bench', 'docs', 'catalog', '.vscode', 'README.md'];
const SKIP = new Set(['node_modules', 'out', 'fixtures', 'vendor', 'output', '.vscode-env', '.cache', 'coverage']);
const TEXT = /\.(?:ts|mts|cts|mjs|cjs|js|json|md|yaml)$/;
const SELF = 'test/spelling.test.ts';

// normalise, normalised, normalising, normalisation, normaliser; analyse, analysed, analysing, analyser — also inside
// camelCase (normalisedText) and upper case (NORMALISED). Built from pieces so that this file does not match itself.
const lower = (stem: string, endings: string) => `${stem}s(?:${endings})(?![a-z])`;
const upper = (stem: string, endings: string) => `${stem}S(?:${endings})(?![A-Z])`;
const BRITISH = new RegExp(
  [
    lower('[Nn]ormali', 'ations?|ers?|ing|ed|es|e'),
    upper('NORMALI', 'ATIONS?|ERS?|ING|ED|ES|E'),
    lower('[Aa]naly', 'ers?|ing|ed|e'),
    upper('ANALY', 'ERS?|ING|ED|E'),
  ].join('|'),
  'g',
);

function files(path: string, out: string[] = []): string[] {
  const full = join(root, path);
  if (statSync(full).isFile()) {
    // *.test.md are policy text the grammar tests read (test/grammar), like the fixtures.
    if (TEXT.test(path) && !path.endsWith('.test.md')) out.push(path);
    return out;
  }
  for (const name of readdirSync(full)) if (!SKIP.has(name)) files(`${path}/${name}`, out);
  return out;
}

/** Each -ise word of a file, with its line number. */
function britishWords(path: string): string[] {
  const text = readFileSync(join(root, path), 'utf8');
  const lines = text.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    const comment = path.endsWith('.yaml') ? line.search(/(?:^|\s)#/) : 0;
    if (comment < 0) return;
    for (const m of line.slice(comment).matchAll(BRITISH)) found.push(`${path}:${i + 1}: ${m[0]}`);
  });
  return found;
}

describe('spelling: -ize throughout', () => {
  const all = ROOTS.flatMap((r) => files(r)).filter((f) => relative(root, join(root, f)) !== SELF);

  it('is the spelling of every file', () => {
    const found = all.flatMap(britishWords);
    expect(found, 'write normalize / analyze (and -ized, -izing, -ization, -izer)').toEqual([]);
  });

  it('finds the other spelling where it is written', () => {
    const probe = 'const normalisedText = analyseIt(); // NORMALISED, analysed; not: analysis, analyses, normalize';
    expect(probe.match(BRITISH)).toEqual(['normalised', 'analyse', 'NORMALISED', 'analysed']);
  });
});
