import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../server/src/core';
import { choosePrimary, matchSetFiles, parsePolicySetConfig } from '../../../server/src/core/policySet';
import { nodeFileSystem } from '../../../server/src/node/fileSystem';
import {
  findPolicySetConfigs as findConfigs,
  hasConfigErrors,
  loadPolicySet as load,
  policySetConfigIn as configIn,
} from '../../../server/src/core/policySet/load';

const loadPolicySet = (path: string, c: typeof catalog) => load(nodeFileSystem, path, c);
const policySetConfigIn = (dir: string) => configIn(nodeFileSystem, dir);
const findPolicySetConfigs = (dir: string) => findConfigs(nodeFileSystem, dir);

const catalog = getCatalog();
const ids = catalog.requirements.map((r) => r.id);
const parse = (v: unknown) => parsePolicySetConfig(typeof v === 'string' ? v : JSON.stringify(v), catalog);
const keysOf = (r: ReturnType<typeof parse>, severity: 'error' | 'warning') =>
  r.problems.filter((p) => p.severity === severity).map((p) => p.key);

describe('policy-set configuration', () => {
  it('reads every documented key', () => {
    const r = parse({
      $schema: 'x',
      name: ' 機構ポリシー ',
      files: ['基本方針.md', './対策基準.md', '別表/*.md'],
      primary: '対策基準.md',
      edition: catalog.data.defaultEdition,
      organization: 'agency',
      notApplicable: { [ids[0]]: ' 該当業務なし ' },
      severity: { [ids[1]]: 'off', 'outdated-edition': 'error' },
    });
    expect(r.problems).toEqual([]);
    expect(r.config).toEqual({
      name: '機構ポリシー',
      files: ['基本方針.md', '対策基準.md', '別表/*.md'],
      primary: '対策基準.md',
      edition: catalog.data.defaultEdition,
      organization: 'agency',
      notApplicable: { [ids[0]]: '該当業務なし' },
      severity: { [ids[1]]: 'off', 'outdated-edition': 'error' },
    });
  });

  it('reads edition spellings (R5, 令和５年度版, FY2023) and auto (the basis the policy declares)', () => {
    for (const spelling of ['R5', '令和５年度版', 'FY2023']) {
      const r = parse({ files: ['a.md'], edition: spelling });
      expect(r.problems, spelling).toEqual([]);
      expect(r.config?.edition, spelling).toBe('r5');
    }
    const auto = parse({ files: ['a.md'], edition: 'auto' });
    expect(auto.problems).toEqual([]);
    expect(auto.config?.edition).toBeUndefined();
  });

  it('accepts the front-matter spelling not-applicable too', () => {
    const r = parse({ files: ['a.md'], 'not-applicable': { [ids[0]]: 'reason' } });
    expect(r.problems).toEqual([]);
    expect(r.config?.notApplicable).toEqual({ [ids[0]]: 'reason' });
  });

  it('reports every bad value with its key, in both languages, and keeps the good ones', () => {
    const r = parse({
      files: ['ok.md', 3, '/etc/passwd', '../outside.md', 'a\\b.md', '!x.md', ''],
      primary: '*.md',
      edition: 'h99',
      organization: 'company',
      notApplicable: { 'no-such-id': 'x', [ids[0]]: '', [ids[1]]: 'fine' },
      severity: { [ids[2]]: 'fatal', 'no-such-id': 'off', [ids[3]]: 'hint' },
    });
    expect(keysOf(r, 'error').sort()).toEqual(
      [
        'files[1]',
        'files[2]',
        'files[3]',
        'files[4]',
        'files[5]',
        'files[6]',
        'primary',
        'edition',
        'organization',
        'notApplicable.no-such-id',
        `notApplicable.${ids[0]}`,
        `severity.${ids[2]}`,
        'severity.no-such-id',
      ].sort(),
    );
    for (const p of r.problems) {
      expect(p.message.ja.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
    // The messages say what was wrong: the value and what is allowed.
    const msg = (key: string) => r.problems.find((p) => p.key === key)!.message.en;
    expect(msg('edition')).toMatch(/"h99".*known: .*h30/);
    expect(msg('organization')).toMatch(/ministry, agency, higher-education.*"company"/);
    expect(msg('files[3]')).toMatch(/\.\./);
    expect(msg('files[2]')).toMatch(/relative/);
    expect(r.config?.files).toEqual(['ok.md']);
    expect(r.config?.notApplicable).toEqual({ [ids[1]]: 'fine' });
    expect(r.config?.severity).toEqual({ [ids[3]]: 'hint' });
  });

  it('warns about unknown keys and suggests the key that was meant', () => {
    const r = parse({ files: ['a.md'], notapplicable: {}, Severity: {}, colour: 'red' });
    expect(keysOf(r, 'warning').sort()).toEqual(['Severity', 'colour', 'notapplicable']);
    expect(keysOf(r, 'error')).toEqual([]);
    const en = (k: string) => r.problems.find((p) => p.key === k)!.message.en;
    expect(en('notapplicable')).toMatch(/did you mean "notApplicable"/);
    expect(en('Severity')).toMatch(/did you mean "severity"/);
    expect(en('colour')).not.toMatch(/did you mean/);
  });

  it('gives the position of a JSON syntax error, and refuses non-objects and missing files', () => {
    const bad = parse('{\n  "files": ["a.md"],\n}\n');
    expect(bad.config).toBeUndefined();
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0].severity).toBe('error');
    expect(bad.problems[0].message.en).toMatch(/not valid JSON/);
    // Node reports the offset of the stray "}" (line 3) for this input.
    if (bad.problems[0].line !== undefined) expect(bad.problems[0].line).toBe(3);
    expect(parse('[]').problems[0].message.en).toMatch(/JSON object/);
    expect(parse({}).problems.map((p) => p.key)).toEqual(['files']);
    expect(parse({ files: [] }).config).toBeUndefined();
  });

  it('does not let a key named __proto__ reach an object prototype', () => {
    const r = parse('{"files": ["a.md"], "notApplicable": {"__proto__": "x"}, "severity": {"__proto__": "off"}}');
    expect(keysOf(r, 'error')).toEqual(['notApplicable.__proto__', 'severity.__proto__']);
    expect(Object.getPrototypeOf(r.config!.notApplicable)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('set files', () => {
  const candidates = ['別表/b.md', '別表/a.md', '対策基準.md', '基本方針.md', 'notes/x.md'];
  const none = () => false;

  it('keeps the order of the patterns, sorts each glob, lists a file once', () => {
    const r = matchSetFiles(
      { files: ['基本方針.md', '対策基準.md', '別表/*.md', '*.md'], notApplicable: {}, severity: {} },
      candidates,
      none,
    );
    expect(r.files).toEqual(['基本方針.md', '対策基準.md', '別表/a.md', '別表/b.md']);
    expect(r.problems).toEqual([]);
  });

  it('reports a listed file that does not exist (with its name) and a glob that matches nothing', () => {
    const r = matchSetFiles({ files: ['なし.md', 'docs/**/*.md'], notApplicable: {}, severity: {} }, candidates, none);
    expect(r.files).toEqual([]);
    expect(r.problems.map((p) => [p.severity, p.key, p.file])).toEqual([
      ['error', 'files[0]', 'なし.md'],
      ['warning', 'files[1]', undefined],
    ]);
  });

  it('matches names saved decomposed (NFD, as macOS may) against patterns written composed', () => {
    const nfd = 'ガイドライン.md'.normalize('NFD');
    expect(nfd).not.toBe('ガイドライン.md');
    const r = matchSetFiles({ files: ['ガイドライン.md', 'ガイド*.md'], notApplicable: {}, severity: {} }, [nfd], none);
    expect(r.files).toEqual([nfd]);
  });

  it('takes a literal name that is not among the Markdown candidates when it exists', () => {
    const r = matchSetFiles(
      { files: ['policy.txt'], notApplicable: {}, severity: {} },
      candidates,
      (p) => p === 'policy.txt',
    );
    expect(r.files).toEqual(['policy.txt']);
  });

  it('chooses the primary file: as configured, else the 対策基準, else the first', () => {
    expect(choosePrimary(['a.md', 'b.md'], { primary: 'b.md' }).primary).toBe('b.md');
    expect(choosePrimary(['基本方針.md', 'x/情報セキュリティ対策基準.md', '別表.md'], {}).primary).toBe(
      'x/情報セキュリティ対策基準.md',
    );
    expect(choosePrimary(['policy.md', 'security-standard.md'], {}).primary).toBe('security-standard.md');
    expect(choosePrimary(['基本方針.md', '別表.md'], {}).primary).toBe('基本方針.md');
    const wrong = choosePrimary(['a.md'], { primary: 'z.md' });
    expect(wrong.problems.map((p) => [p.severity, p.key])).toEqual([['error', 'primary']]);
  });
});

describe('loading a set from disk', async () => {
  it('resolves the fixture set and picks 対策基準.md as primary', async () => {
    const dir = join(__dirname, '../../fixtures/sets/three');
    const set = await loadPolicySet(join(dir, 'kijun.json'), catalog);
    expect(set.problems).toEqual([]);
    expect(set.relative).toEqual(['基本方針.md', '対策基準.md', '別表.md']);
    expect(set.primary).toBe(join(dir, '対策基準.md'));
    expect(await policySetConfigIn(dir)).toBe(join(dir, 'kijun.json'));
  });

  it('prefers kijun.json to .kijunrc.json and says so; finds configs in sub-folders but not in hidden ones', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kijun-set-'));
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, '.hidden'));
    writeFileSync(join(root, 'a', 'kijun.json'), JSON.stringify({ files: ['p.md'] }));
    writeFileSync(join(root, 'a', '.kijunrc.json'), JSON.stringify({ files: ['q.md'] }));
    writeFileSync(join(root, 'a', 'p.md'), '# 情報セキュリティ対策基準\n');
    writeFileSync(join(root, '.hidden', 'kijun.json'), JSON.stringify({ files: ['p.md'] }));
    expect(await findPolicySetConfigs(root)).toEqual([join(root, 'a', 'kijun.json')]);
    const set = await loadPolicySet(join(root, 'a', 'kijun.json'), catalog);
    expect(set.files).toEqual([join(root, 'a', 'p.md')]);
    expect(set.problems.map((p) => [p.severity, p.message.en])).toEqual([
      ['warning', expect.stringMatching(/\.kijunrc\.json .*ignored/)],
    ]);
    expect(hasConfigErrors(set)).toBe(false);
  });

  it('does not read a listed file that a link leads outside the policy folder', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'kijun-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    const root = mkdtempSync(join(tmpdir(), 'kijun-set-'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'linked.txt'));
    writeFileSync(join(root, 'kijun.json'), JSON.stringify({ files: ['linked.txt'] }));
    const set = await loadPolicySet(join(root, 'kijun.json'), catalog);
    expect(set.files).toEqual([]);
    expect(set.problems.map((p) => [p.key, p.file])).toEqual([['files[0]', 'linked.txt']]);
  });

  it('reports an unreadable or invalid configuration instead of throwing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kijun-set-'));
    writeFileSync(join(root, 'kijun.json'), '{"files": "all"}');
    const set = await loadPolicySet(join(root, 'kijun.json'), catalog);
    expect(hasConfigErrors(set)).toBe(true);
    expect((await loadPolicySet(join(root, 'none.json'), catalog)).problems[0].message.en).toMatch(/no such file/);
  });
});
