// Files as agencies have them, through the built CLI (node server/out/cli.js): UTF-8 with and without BOM and
// Shift_JIS give the same findings (Shift_JIS is said), binary and oversized files are refused with a clear
// message while the others are still checked, no link leads out of the folder, a pathological file is refused
// with a finding instead of hanging the run, and exit code 2 means only "usage error or nothing checked".
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

const cli = join(__dirname, '..', '..', 'server', 'out', 'cli.js');
const POLICY =
  '# 情報セキュリティ対策基準\n\n## 第1章 電子メール\n\n第1条 情報システムセキュリティ責任者は、電子メールサーバ間の通信をSTARTTLSにより暗号化すること。\n\n第2条 職員等は、𠮷野家の例のように補助平面の文字を含む文書も扱う。\n';
const dir = mkdtempSync(join(tmpdir(), 'kijun-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], timeout = 60_000) => {
  const r = spawnSync(process.execPath, [cli, 'check', ...args], { cwd: dir, encoding: 'utf8', timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
};
const diagnosticsOf = (
  report: { files: Array<{ path: string; diagnostics: Array<{ code: string; range: unknown }> }> },
  name: string,
) =>
  report.files
    .find((f) => f.path.endsWith(name))!
    .diagnostics.map((d) => `${d.code}@${JSON.stringify(d.range)}`)
    .sort();

describe('files as agencies have them', () => {
  mkdirSync(join(dir, 'policies', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'policies', 'utf8.md'), POLICY);
  writeFileSync(join(dir, 'policies', 'bom.md'), `\ufeff${POLICY}`);
  writeFileSync(join(dir, 'policies', 'crlf.md'), POLICY.replace(/\n/g, '\r\n'));
  writeFileSync(join(dir, 'policies', 'sjis.md'), iconv.encode(POLICY.replace('𠮷野家', '吉野家'), 'cp932'));
  writeFileSync(join(dir, 'policies', 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0x00, 0x01]));
  writeFileSync(join(dir, 'outside.md'), POLICY);
  symlinkSync(join(dir, 'outside.md'), join(dir, 'policies', 'link-out.md'));
  symlinkSync(join(dir, 'policies'), join(dir, 'policies', 'sub', 'loop'));

  it('UTF-8 with and without BOM and CRLF give the same findings, at the same positions', () => {
    const r = run(['--format', 'json', '--fail-on', 'none', 'policies/utf8.md', 'policies/bom.md', 'policies/crlf.md']);
    expect(r.code).toBe(0);
    const report = r.json();
    expect(diagnosticsOf(report, 'bom.md')).toEqual(diagnosticsOf(report, 'utf8.md'));
    expect(diagnosticsOf(report, 'crlf.md')).toEqual(diagnosticsOf(report, 'utf8.md'));
    expect(diagnosticsOf(report, 'utf8.md').length).toBeGreaterThan(3);
  });

  it('reads Shift_JIS, says so, and finds the same', () => {
    const r = run(['--format', 'json', '--fail-on', 'none', 'policies/utf8.md', 'policies/sjis.md']);
    const report = r.json();
    expect(report.files.find((f: { path: string }) => f.path.endsWith('sjis.md')).encoding).toBe('shift_jis');
    expect(diagnosticsOf(report, 'sjis.md')).toEqual(diagnosticsOf(report, 'utf8.md'));
    const text = run(['policies/sjis.md']);
    expect(text.stdout + text.stderr).toMatch(/shift_jis/i);
  });

  it('a folder: binary refused with a message, links out of the folder and loops not followed, the rest checked (exit 1, not 2)', () => {
    const r = run(['--format', 'json', 'policies']);
    expect(r.code).toBe(1);
    const report = r.json();
    const paths = report.files.map((f: { path: string }) => f.path.replace(/\\/g, '/'));
    expect(paths.some((p: string) => p.endsWith('utf8.md'))).toBe(true);
    expect(paths.some((p: string) => p.includes('link-out') || p.includes('loop'))).toBe(false);
    expect(
      report.errors.some(
        (e: { path: string; message: string }) => e.path.endsWith('binary.md') && /binary/.test(e.message),
      ),
    ).toBe(true);
  });

  it('exit 2 only for usage errors and when nothing could be checked', () => {
    expect(run(['policies/binary.md']).code).toBe(2);
    expect(run(['policies/binary.md']).stderr).toMatch(/binary/);
    expect(run(['--format', 'yaml', 'policies/utf8.md']).code).toBe(2);
    expect(run(['no/such/file.md']).code).toBe(2);
    // A named path that does not exist is a mistake in the command (issue 11): exit 2, nothing checked.
    expect(run(['--fail-on', 'none', 'policies/utf8.md', 'no/such/file.md']).code).toBe(2);
  });

  it('an oversized file is refused ("too large to check: … > 10 MB") and the others are still checked', () => {
    writeFileSync(join(dir, 'big.md'), `${POLICY}\n${'電子メールを暗号化すること。\n\n'.repeat(260_000)}`);
    const r = run(['--format', 'json', '--fail-on', 'none', 'big.md', 'policies/utf8.md']);
    const report = r.json();
    expect(report.errors.find((e: { path: string }) => e.path.endsWith('big.md')).message).toMatch(
      /^too large to check: 1\d\.\d MB > 10 MB$/,
    );
    expect(report.files.some((f: { path: string }) => f.path.endsWith('utf8.md'))).toBe(true);
    rmSync(join(dir, 'big.md'));
  });

  it('a pathological file is refused with a finding instead of hanging the run; the others are checked', () => {
    writeFileSync(join(dir, 'deep.md'), `${POLICY}\n${'> '.repeat(20_000)}x\n\n${'[a] '.repeat(50_000)}\n`);
    const started = Date.now();
    const r = run(['--format', 'json', '--fail-on', 'none', 'deep.md', 'policies/utf8.md'], 30_000);
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    // Refused files are errors of that file (with the line), so every checked file still lists every id.
    expect(r.json().files.some((f: { path: string }) => f.path.endsWith('deep.md'))).toBe(false);
    const deep = r.json().errors.find((e: { path: string }) => e.path.endsWith('deep.md'));
    expect(deep.message).toMatch(/入れ子が深すぎるため検査しません.*\(line 9\)/);
    expect(r.json().files.some((f: { path: string }) => f.path.endsWith('utf8.md'))).toBe(true);
  });
});
