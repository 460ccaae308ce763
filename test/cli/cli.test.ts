import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, cpSync, symlinkSync, mkdirSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../server/src/core';

const CLI = join(__dirname, '../../server/out/cli.js');
const FIX = join(__dirname, '../fixtures/cli');

function kijun(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kijun check', () => {
  it('prints path:line:col severity id message lines and a summary', () => {
    const r = kijun('check', join(FIX, 'policy.md'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/policy\.md:3:\d+ warning outdated-edition /);
    const total = getCatalog().requirements.length;
    expect(r.stdout).toMatch(new RegExp(`policy\\.md: covered \\d+/${total} · missing \\d+ · outdated \\d+`));
    expect(r.stderr).toBe('');
  });

  it('follows the JSON contract: every catalog id for every file', () => {
    const r = kijun('check', '--format', 'json', join(FIX, 'policy.md'));
    const report = JSON.parse(r.stdout);
    expect(report.edition).toBe('h30');
    expect(report.files).toHaveLength(1);
    const [file] = report.files;
    expect(file.path).toBe(join(FIX, 'policy.md'));
    expect(file.requirements.map((x: { id: string }) => x.id).sort()).toEqual(
      getCatalog()
        .requirements.map((x) => x.id)
        .sort(),
    );
    for (const req of file.requirements) {
      expect(['covered', 'missing', 'outdated', 'not-applicable']).toContain(req.status);
      expect(Array.isArray(req.ranges)).toBe(true);
    }
    const email = file.requirements.find((x: { id: string }) => x.id === 'email-encryption');
    expect(email.status).toBe('covered');
    expect(email.ranges[0].start).toEqual({ line: 6, character: 0 });
    for (const d of file.diagnostics) {
      expect(d).toMatchObject({ code: expect.any(String), severity: expect.any(String), message: expect.any(String) });
      expect(d.range.start).toMatchObject({ line: expect.any(Number), character: expect.any(Number) });
    }
  });

  it('writes SARIF 2.1.0 with rules and regions', () => {
    const r = kijun('check', '--format', 'sarif', '--lang', 'en', join(FIX, 'policy.md'));
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
    for (const id of getCatalog().requirements.map((x) => x.id)) expect(ruleIds).toContain(id);
    for (const rule of run.tool.driver.rules) expect(rule.help.text.length).toBeGreaterThan(0);
    expect(run.results.length).toBeGreaterThan(0);
    for (const res of run.results) {
      expect(ruleIds[res.ruleIndex]).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it('searches folders for policies only, and exits 0 with --fail-on none', () => {
    const r = kijun('check', '--fail-on', 'none', '--format', 'json', FIX);
    expect(r.code).toBe(0);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([join(FIX, 'policy.md')]);
  });

  it('checks a file named explicitly even if it does not look like a policy', () => {
    const r = kijun('check', '--format', 'json', '--fail-on', 'none', join(FIX, 'notes.md'));
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
  });

  it('reports usage errors with exit 2 and one line, no stack trace', () => {
    for (const args of [
      ['check'],
      ['check', '--format', 'xml', 'a.md'],
      ['frobnicate'],
      ['check', '--bogus', 'a.md'],
    ]) {
      const r = kijun(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('keeps going after binary and oversized files, and reads Shift_JIS', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-cli-'));
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const big = join(dir, 'big.md');
    writeFileSync(big, '# 情報セキュリティ対策基準\n');
    truncateSync(big, 11 * 1024 * 1024);
    writeFileSync(
      join(dir, 'sjis.md'),
      iconv.encode('# 情報セキュリティ対策基準\n\n電子メールサーバ間の通信を暗号化すること。\n', 'cp932'),
    );
    const r = kijun(
      'check',
      '--format',
      'json',
      '--fail-on',
      'none',
      join(dir, 'binary.md'),
      big,
      join(dir, 'sjis.md'),
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { path: string; encoding: string }) => [f.path, f.encoding])).toEqual([
      [join(dir, 'sjis.md'), 'shift_jis'],
    ]);
    expect(report.files[0].requirements.find((x: { id: string }) => x.id === 'email-encryption').status).toBe(
      'covered',
    );
    const messages = Object.fromEntries(
      report.errors.map((e: { path: string; message: string }) => [e.path.split('/').pop(), e.message]),
    );
    expect(messages['binary.md']).toMatch(/binary/);
    expect(messages['big.md']).toMatch(/too large to check: 11\.0 MB > 10 MB/);
  });

  it('exits 2 when no file could be checked', () => {
    const r = kijun('check', '/nonexistent/kijun/policy.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file/);
  });

  it('a path named on the command line that does not exist is a usage error: exit 2, one line on stderr, nothing checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-cli-'));
    writeFileSync(join(dir, 'policy.md'), '# 情報セキュリティ対策基準\n\n電子メールサーバ間の通信を暗号化すること。\n');
    for (const format of ['text', 'json']) {
      const r = kijun('check', '--format', format, join(dir, 'policy.md'), join(dir, 'typo.md'));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`kijun: ${join(dir, 'typo.md')}: no such file or folder\n`);
    }
  });

  it('does not follow links out of the folder it was given', () => {
    const outside = mkdtempSync(join(tmpdir(), 'kijun-outside-'));
    cpSync(join(FIX, 'policy.md'), join(outside, 'policy.md'));
    const inside = mkdtempSync(join(tmpdir(), 'kijun-inside-'));
    mkdirSync(join(inside, 'sub'));
    cpSync(join(FIX, 'policy.md'), join(inside, 'sub', 'own.md'));
    symlinkSync(join(outside, 'policy.md'), join(inside, 'linked.md'));
    const r = kijun('check', '--format', 'json', '--fail-on', 'none', inside);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([join(inside, 'sub', 'own.md')]);
  });
});
