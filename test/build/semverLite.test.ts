// scripts/semverLite stands in for semver/functions/{parse,satisfies} in the client bundle (scripts/build.mjs): it
// must agree with the real package on every version VS Code could report and on the range vscode-languageclient
// checks, and refuse any other range so that a languageclient update that changes it fails here.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = join(__dirname, '..', '..');
const lite = {
  parse: require(join(root, 'scripts/semverLite/parse.cjs')) as (
    v: string,
  ) => { major: number; minor: number; patch: number; prerelease: unknown[] } | null,
  satisfies: require(join(root, 'scripts/semverLite/satisfies.cjs')) as (v: unknown, range: string) => boolean,
};
const real = {
  parse: require('semver/functions/parse') as (
    v: string,
  ) => { major: number; minor: number; patch: number; prerelease: unknown[] } | null,
  satisfies: require('semver/functions/satisfies') as (v: unknown, range: string) => boolean,
};
const clientMain = readFileSync(join(root, 'node_modules/vscode-languageclient/lib/node/main.js'), 'utf8');
const range = /REQUIRED_VSCODE_VERSION = '([^']+)'/.exec(clientMain)?.[1] ?? '';

const versions = [
  '1.91.0',
  '1.91.1',
  '1.90.9',
  '1.100.0',
  '1.139.1',
  '2.0.0',
  '0.9.0',
  '1.95.0-insider',
  '1.96.0-insider.1',
  '1.91.0+build.5',
  'v1.92.3',
  ' 1.93.0 ',
  '1.9',
  '1.91',
  'abc',
  '',
  '01.91.0',
  '1.91.0-',
  '1.2.3-alpha.01',
];

describe('semverLite (the client bundle’s version check)', () => {
  it('is given the caret range languageclient checks', () => {
    expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
  });

  it.each(versions)('parses %j as semver does', (v) => {
    const mine = lite.parse(v);
    const theirs = real.parse(v);
    expect(mine === null).toBe(theirs === null);
    if (mine && theirs) {
      expect([mine.major, mine.minor, mine.patch, mine.prerelease]).toEqual([
        theirs.major,
        theirs.minor,
        theirs.patch,
        theirs.prerelease,
      ]);
    }
  });

  it.each(versions)('checks %j against the range as semver does, after the client clears the prerelease', (v) => {
    const parsed = real.parse(v);
    if (!parsed) return;
    const cleared = { ...parsed, prerelease: [] };
    expect(lite.satisfies({ ...cleared }, range)).toBe(
      real.satisfies(real.parse(`${parsed.major}.${parsed.minor}.${parsed.patch}`), range),
    );
  });

  it('refuses a range it does not implement', () => {
    expect(() => lite.satisfies(lite.parse('1.91.0'), '>=1.91.0 <2')).toThrow(/unsupported range/);
  });
});
