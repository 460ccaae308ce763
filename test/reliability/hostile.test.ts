// Hostile repositories and unlucky files (issue 12): what a repository under check can put in front of the CLI and
// the core — Kijun's own comments left unclosed, file names and keys with terminal escapes or GitHub Actions
// workflow commands, a report target that is a link, files with a bad byte or in UTF-16. Each test failed before
// the fix (see the items 4, 10, 11 and 13).
import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../server/src/core';
import { decodePolicy } from '../../server/src/node/readFile';
import { kijunComment } from '../../server/src/core/model/comments';
import { escapeControls, terminalText } from '../../server/src/cli/terminal';

const cli = join(__dirname, '..', '..', 'server', 'out', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'kijun-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const POLICY =
  '# 情報セキュリティ対策基準\n\n## 第1章 電子メール\n\n第1条 情報システムセキュリティ責任者は、電子メールサーバ間の通信をSTARTTLSにより暗号化すること。\n';
const run = (args: string[], cwd = dir) => {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LANG: 'C.UTF-8' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const cpuMs = (f: () => void) => {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

describe("Kijun's own comments are read in linear time (item 4)", () => {
  // 1 MB: the former patterns tried every split of the run (300 KB took 70 s); a linear read takes milliseconds.
  const runs = [' ', ' --', '\t-- ', ',', '-'];
  for (const head of ['<!-- kijun: a', '<!-- kijun-disable-next-line a', '<!--kijun-disable-next-line a -- ']) {
    for (const unit of runs) {
      it(`${JSON.stringify(head)} then ${JSON.stringify(unit)} × 1 MB, unclosed`, () => {
        const text = head + unit.repeat(Math.ceil(1_000_000 / unit.length));
        let result: unknown;
        const ms = cpuMs(() => (result = kijunComment(text)));
        expect(result).toBeUndefined();
        expect(ms).toBeLessThan(500);
        // Closed, it is still read.
        expect(kijunComment(text + '-->')).toBeDefined();
      });
    }
  }

  it('an unclosed comment in a document: the analysis stays linear', () => {
    const doc = (n: number) => `# 情報セキュリティ対策基準\n\n<!-- kijun-disable-next-line drm${' --'.repeat(n)}\n`;
    analyzeText(doc(1000));
    const small = cpuMs(() => analyzeText(doc(20_000)));
    const large = cpuMs(() => analyzeText(doc(80_000)));
    // ×4 text: linear ≈ ×4, quadratic ×16; the former pattern took seconds here.
    expect(large).toBeLessThan(Math.max(small, 20) * 9);
    expect(large).toBeLessThan(5_000);
  });

  it('reads the comments as before', () => {
    expect(kijunComment('<!-- kijun-disable-next-line drm, it-asset-management -- 理由 -->')).toEqual({
      kind: 'disable',
      ids: ['drm', 'it-asset-management'],
    });
    expect(kijunComment('<!--kijun-disable-next-line drm-->')).toEqual({ kind: 'disable', ids: ['drm'] });
    expect(kijunComment('<!-- kijun: web-encryption -->')).toEqual({ kind: 'marker', ids: ['web-encryption'] });
    expect(kijunComment('<!-- kijun: a.b -->')).toBeUndefined();
    expect(kijunComment('<!-- kijun-disable-next-line -->')).toBeUndefined();
    expect(kijunComment('<!-- ordinary comment -->')).toBeUndefined();
  });
});

describe('terminal and CI-log injection (item 11)', () => {
  it('escapes control characters and breaks up workflow commands', () => {
    expect(escapeControls('a\x1b[31mb\nc\u202ed')).toBe('a\\x1b[31mb\\nc\\u202ed');
    expect(terminalText('::error file=x::pwned\n  ::add-mask::x\nok ##[error]y\n')).toBe(
      '\\x3a:error file=x::pwned\n  \\x3a:add-mask::x\nok #\\x23[error]y\n',
    );
    expect(terminalText('path:1:2 warning drm 対策基準\n')).toBe('path:1:2 warning drm 対策基準\n');
  });

  it('file names and front-matter keys reach the text output and stderr escaped', () => {
    const root = join(dir, 'inject');
    mkdirSync(root, { recursive: true });
    const names = [
      '::error file=ci.yml,line=1::pwned.md',
      '\x1b]8;;https:evil.example\x07click\x1b]8;;\x07.md',
      'new\nline ::warning::x.md',
      '##[error]x.md',
    ];
    for (const n of names) writeFileSync(join(root, n), POLICY);
    // A front-matter key with an escape sequence, reported as an unknown key.
    writeFileSync(join(root, 'keys.md'), `---\nkijun:\n  "\\e[2J\\e]0;owned\\a": 1\n---\n${POLICY}`);
    writeFileSync(join(root, 'binary\x1b[2J.md'), Buffer.from([0x23, 0x00, 0x01]));
    const r = run(['check', '--fail-on', 'none', ...names, 'keys.md', 'binary\x1b[2J.md'], root);
    expect(r.code).toBe(0);
    for (const out of [r.stdout, r.stderr]) {
      expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
      for (const line of out.split('\n')) {
        expect(line.trimStart().startsWith('::'), line).toBe(false);
        expect(line.includes('##['), line).toBe(false);
      }
    }
    expect(r.stdout).toContain('\\x3a:error file=ci.yml,line=1::pwned.md:');
    expect(r.stdout).toContain('\\x1b]8;;https:evil.example\\x07click');
    expect(r.stdout).toContain('new\\nline ::warning::x.md');
    expect(r.stdout).toContain('\\x1b[2J\\x1b]0;owned\\x07');
    expect(r.stderr).toContain('binary\\x1b[2J.md');
  });
});

describe('report --out does not write through a link (item 10)', () => {
  it('refuses a final link and leaves its target alone', () => {
    const root = join(dir, 'out');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'policy.md'), POLICY);
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    symlinkSync(victim, join(root, 'report.html'));
    const r = run(['report', '--out', 'report.html', 'policy.md'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(join(root, 'report.html')).isSymbolicLink()).toBe(true);
  });

  it('replaces a regular file through a temporary file, leaving nothing else behind', () => {
    const root = join(dir, 'out2');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'policy.md'), POLICY);
    writeFileSync(join(root, 'report.md'), 'old\n');
    const r = run(['report', '--format', 'md', '--out', 'report.md', 'policy.md'], root);
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, 'report.md'), 'utf8')).toMatch(/^#/);
    expect(readdirSync(root).sort()).toEqual(['policy.md', 'report.md']);
    const r2 = run(['report', '--format', 'md', '--out', 'sub/dir/report.md', 'policy.md'], root);
    expect(r2.code).toBe(0);
    expect(readFileSync(join(root, 'sub', 'dir', 'report.md'), 'utf8')).toMatch(/^#/);
  });
});

describe('encodings (item 13)', () => {
  it('one invalid byte: the rest is read, the byte is U+FFFD, and its line and column are said', () => {
    const text = POLICY.replace('暗号化', '暗号\uFFFD化');
    const bytes = Buffer.from(POLICY.replace('暗号化', '暗号@化'), 'utf8');
    bytes[bytes.indexOf('@'.charCodeAt(0))] = 0xff;
    const r = decodePolicy(bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8', text });
    const line = text.split('\n').findIndex((l) => l.includes('\uFFFD')) + 1;
    const column = text.split('\n')[line - 1].indexOf('\uFFFD') + 1;
    expect(r.ok && r.warning).toBe(
      `1 invalid UTF-8 byte sequence replaced with U+FFFD, the first at line ${line}, column ${column}`,
    );
  });

  it('Shift_JIS is still Shift_JIS (not UTF-8 with replacements)', () => {
    const bytes = Buffer.from([0x83, 0x5a, 0x83, 0x4c, 0x83, 0x85, 0x83, 0x8a, 0x83, 0x65, 0x83, 0x42, 0x0a]); // セキュリティ
    expect(decodePolicy(bytes)).toMatchObject({ ok: true, encoding: 'shift_jis', text: 'セキュリティ\n' });
  });

  it('UTF-16 LE and BE with a BOM are read, not called binary', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POLICY, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodePolicy(le)).toEqual({ ok: true, encoding: 'utf-16le', text: POLICY });
    expect(decodePolicy(be)).toEqual({ ok: true, encoding: 'utf-16be', text: POLICY });
    // Without a BOM, NUL bytes still mean binary; with one, a NUL character does.
    expect(decodePolicy(Buffer.from(POLICY, 'utf16le')).ok).toBe(false);
    expect(decodePolicy(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\0b', 'utf16le')])).ok).toBe(false);
  });

  it('the CLI checks both and says so', () => {
    const root = join(dir, 'enc');
    mkdirSync(root, { recursive: true });
    const bytes = Buffer.from(POLICY, 'utf8');
    bytes[bytes.indexOf('STARTTLS')] = 0xff;
    writeFileSync(join(root, 'bad-byte.md'), bytes);
    writeFileSync(join(root, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POLICY, 'utf16le')]));
    const r = run(['check', '--format', 'json', '--fail-on', 'none', 'bad-byte.md', 'utf16.md'], root);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.errors).toEqual([]);
    expect(report.files.map((f: { encoding: string }) => f.encoding)).toEqual(['utf-8', 'utf-16le']);
    expect(r.stderr).toMatch(
      /bad-byte\.md: warning: 1 invalid UTF-8 byte sequence replaced with U\+FFFD, the first at line 5, column \d+/,
    );
  });
});
