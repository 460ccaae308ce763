import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../server/src/core';

const CLI = join(__dirname, '../../server/out/cli.js');
const SETS = join(__dirname, '../fixtures/sets');
const THREE = join(SETS, 'three');
const ids = getCatalog().requirements.map((r) => r.id);

function kijun(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFile {
  path: string;
  set?: string;
  requirements: Array<{ id: string; status: string; ranges: unknown[] }>;
  diagnostics: Array<{ code: string; kind: string; severity: string }>;
}
const status = (f: JsonFile, id: string) => f.requirements.find((r) => r.id === id)!.status;

describe('kijun check with policy sets', () => {
  it("uses the kijun.json of a folder: the set's files share coverage, the JSON contract holds", () => {
    const r = kijun('check', '--format', 'json', '--fail-on', 'none', THREE);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const byName: Record<string, JsonFile> = Object.fromEntries(
      (report.files as JsonFile[]).map((f) => [f.path.split('/').pop(), f]),
    );
    // README.md in the folder is not in the set and is not a policy: not checked.
    expect(Object.keys(byName).sort()).toEqual(['別表.md', '基本方針.md', '対策基準.md'].sort());
    for (const f of Object.values(byName)) {
      expect(f.set).toBe(join(THREE, 'kijun.json'));
      expect(f.requirements.map((x) => x.id).sort()).toEqual([...ids].sort());
    }
    expect(status(byName['対策基準.md'], 'email-encryption')).toBe('covered');
    expect(byName['対策基準.md'].requirements.find((x) => x.id === 'email-encryption')!.ranges).toEqual([]);
    expect(byName['別表.md'].requirements.find((x) => x.id === 'email-encryption')!.ranges).toHaveLength(1);
    const [set] = report.sets;
    expect(set).toMatchObject({ config: join(THREE, 'kijun.json'), primary: join(THREE, '対策基準.md'), problems: [] });
    const email = set.requirements.find((x: { id: string }) => x.id === 'email-encryption');
    expect(email.evidence.map((e: { path: string; how: string }) => [e.path, e.how])).toEqual([
      [join(THREE, '別表.md'), 'text'],
    ]);
    // The set's severity setting reaches the findings.
    const config = JSON.parse(readFileSync(join(THREE, 'kijun.json'), 'utf8'));
    for (const [id, sev] of Object.entries(config.severity)) {
      for (const d of Object.values(byName)
        .flatMap((f) => f.diagnostics)
        .filter((d) => d.code === id))
        expect(d.severity).toBe(sev);
    }
  });

  it('reports e-mail encryption missing when 対策基準.md is checked alone', () => {
    const r = kijun('check', '--format', 'json', join(THREE, '対策基準.md'));
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout).files as JsonFile[];
    expect(file.set).toBeUndefined();
    expect(status(file, 'email-encryption')).toBe('missing');
    expect(file.diagnostics.some((d) => d.code === 'email-encryption' && d.kind === 'missing')).toBe(true);
  });

  it('checks the set from --policy, and other policies of a folder alone', () => {
    const viaPolicy = JSON.parse(
      kijun('check', '--format', 'json', '--fail-on', 'none', '--policy', join(THREE, 'kijun.json')).stdout,
    );
    expect(viaPolicy.files).toHaveLength(3);
    const all = JSON.parse(kijun('check', '--format', 'json', '--fail-on', 'none', SETS).stdout);
    const alone = (all.files as JsonFile[]).filter((f) => !f.set).map((f) => f.path);
    expect(alone).toEqual([join(SETS, 'single', '情報セキュリティ規程.md')]);
    expect(all.sets).toHaveLength(1);
  });

  it('prints a summary line for the set in text output', () => {
    const r = kijun('check', '--fail-on', 'none', THREE);
    expect(r.stdout).toMatch(/kijun\.json: policy set of 3 files: covered \d+\/\d+ · missing \d+ · outdated \d+/);
    expect(r.stderr).toBe('');
  });

  it('refuses an invalid configuration with exit 2 and says what is wrong, still checking the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-badset-'));
    cpSync(THREE, join(dir, 'set'), { recursive: true });
    cpSync(join(SETS, 'single'), join(dir, 'single'), { recursive: true });
    writeFileSync(
      join(dir, 'set', 'kijun.json'),
      JSON.stringify({ files: ['*.md'], edition: 'h99', severity: { drm: 'loud' }, colour: 1 }),
    );
    const r = kijun('check', '--format', 'json', dir);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.some((l) => /kijun\.json: error edition: .*h99/.test(l))).toBe(true);
    expect(lines.some((l) => /kijun\.json: error severity\.drm: /.test(l))).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: JsonFile) => f.path)).toEqual([join(dir, 'single', '情報セキュリティ規程.md')]);
    expect(
      report.errors.some(
        (e: { path: string; message: string }) =>
          e.path.endsWith('kijun.json') && /invalid policy-set configuration/.test(e.message),
      ),
    ).toBe(true);
  });

  it('does not check the files of a set whose configuration is not JSON on their own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-badjson-'));
    cpSync(THREE, join(dir, 'set'), { recursive: true });
    cpSync(join(SETS, 'single'), join(dir, 'single'), { recursive: true });
    writeFileSync(join(dir, 'set', 'kijun.json'), '{ "files": ["*.md"], }');
    const r = kijun('check', '--format', 'json', '--lang', 'en', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kijun\.json: (1:22: )?error: not valid JSON/);
    // Checked alone they would each report what the other files cover: a false picture.
    expect(JSON.parse(r.stdout).files.map((f: JsonFile) => f.path)).toEqual([
      join(dir, 'single', '情報セキュリティ規程.md'),
    ]);
  });

  it('reports a listed file that is missing and checks the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-set-'));
    cpSync(THREE, dir, { recursive: true });
    const config = JSON.parse(readFileSync(join(dir, 'kijun.json'), 'utf8'));
    writeFileSync(join(dir, 'kijun.json'), JSON.stringify({ ...config, files: [...config.files, '別表2.md'] }));
    const r = kijun('check', '--format', 'json', '--fail-on', 'none', dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.files).toHaveLength(3);
    expect(report.errors).toEqual([{ path: join(dir, '別表2.md'), message: expect.stringMatching(/no such file/) }]);
  });
});

describe('progress', () => {
  it('is not printed when stderr is not a terminal', () => {
    const r = kijun('check', '--format', 'json', '--fail-on', 'none', SETS);
    expect(r.stderr).toBe('');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  // `script` gives the command a pseudo-terminal, as a user's shell would.
  it.skipIf(!existsSync('/usr/bin/script'))('is printed on a terminal (stderr), never into the JSON on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-tty-'));
    const out = join(dir, 'out.json');
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const cmd = `${q(process.execPath)} ${q(CLI)} check --format json --fail-on none ${q(SETS)} > ${q(out)}`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', TERM: 'xterm' },
    });
    expect(r.status).toBe(0);
    // What the terminal showed: the progress line, redrawn with \r, and cleared at the end.
    expect(r.stdout).toMatch(/kijun: checking \d+\/5 /);
    expect(r.stdout).toMatch(/\r\x1b\[2K$/);
    const json = readFileSync(out, 'utf8');
    expect(json).not.toMatch(/checking|\x1b/);
    expect(JSON.parse(json).files).toHaveLength(4);
    // --no-progress turns it off on a terminal too.
    const quiet = spawnSync('script', ['-qec', `${cmd} --no-progress`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, TERM: 'xterm' },
    });
    expect(quiet.stdout).not.toMatch(/checking|確認中/);
  });
});
