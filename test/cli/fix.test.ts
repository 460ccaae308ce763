// kijun fix: the quick fixes from the command line — a unified diff by default, written back on --write in the
// file's own encoding and line breaks, nothing written lossily.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeLike, shiftJisEncoder } from '../../server/src/core/io/writeFile';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'server/out/cli.js');
const EXAMPLE = '情報セキュリティ対策基準.md';

function kijun(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'kijun-fix-'));
const examples = () => {
  const dir = tmp();
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  return dir;
};
const missingOf = (cwd: string, path: string) => {
  const report = JSON.parse(kijun(cwd, 'check', '--format', 'json', '--fail-on', 'none', path).stdout);
  return report.files[0].diagnostics
    .filter((d: { kind: string }) => d.kind === 'missing')
    .map((d: { code: string }) => d.code);
};

/** Every line of `before` is in `after`, in order (insertions only). */
function keepsEveryLine(before: string, after: string): void {
  const lines = after.split('\n');
  let k = 0;
  for (const l of before.split('\n')) {
    while (k < lines.length && lines[k] !== l) k++;
    expect(k, `line kept: ${l}`).toBeLessThan(lines.length);
    k++;
  }
}

describe('kijun fix', () => {
  it('--write on the example policy leaves no missing finding and keeps every line of it', () => {
    const dir = examples();
    const before = readFileSync(join(dir, EXAMPLE), 'utf8');
    expect(missingOf(dir, EXAMPLE).length).toBeGreaterThan(0);
    const r = kijun(dir, 'fix', '--write', '.');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/修正しました: /);
    const after = readFileSync(join(dir, EXAMPLE), 'utf8');
    expect(after).not.toBe(before);
    keepsEveryLine(before, after);
    expect(missingOf(dir, EXAMPLE)).toEqual([]);
    // Nothing left to do for the missing ones; a second run adds no second copy.
    const again = kijun(dir, 'fix', '--write', '--only', 'drm,iot-devices', '.');
    expect(again.stderr).toMatch(/修正するものはありません|nothing to fix/);
    expect(readFileSync(join(dir, EXAMPLE), 'utf8')).toBe(after);
  });

  it('fixes a policy set as one policy: a clause met in another file of the set is not inserted again', () => {
    const dir = tmp();
    cpSync(join(ROOT, 'test/fixtures/sets/three'), dir, { recursive: true });
    const before = Object.fromEntries(
      ['基本方針.md', '別表.md', '対策基準.md'].map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    );
    const r = kijun(dir, 'fix', '--write', '.');
    expect(r.code).toBe(0);
    const set = JSON.parse(kijun(dir, 'check', '--format', 'json', '--fail-on', 'none', '.').stdout).sets[0];
    expect(set.summary.missing).toBe(0);
    // Only the primary file (where the set's missing findings are) changed, and only by insertions.
    expect(readFileSync(join(dir, '基本方針.md'), 'utf8')).toBe(before['基本方針.md']);
    expect(readFileSync(join(dir, '別表.md'), 'utf8')).toBe(before['別表.md']);
    keepsEveryLine(before['対策基準.md'], readFileSync(join(dir, '対策基準.md'), 'utf8'));
  });

  it('prints a unified diff by default (exit 1, file untouched) that patch applies to the same result as --write', () => {
    const dir = examples();
    const before = readFileSync(join(dir, EXAMPLE), 'utf8');
    const r = kijun(dir, 'fix', EXAMPLE);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith(`--- a/${EXAMPLE}\n+++ b/${EXAMPLE}\n@@ -`)).toBe(true);
    expect(readFileSync(join(dir, EXAMPLE), 'utf8')).toBe(before);
    const patched = tmp();
    cpSync(join(ROOT, 'examples'), patched, { recursive: true });
    const p = spawnSync('patch', ['-p1', '--no-backup-if-mismatch'], {
      cwd: patched,
      input: r.stdout,
      encoding: 'utf8',
    });
    if (p.error) return; // no patch(1) here: the --write comparison below still runs in the other test
    expect(p.status, p.stderr + p.stdout).toBe(0);
    kijun(dir, 'fix', '--write', EXAMPLE);
    expect(readFileSync(join(patched, EXAMPLE), 'utf8')).toBe(readFileSync(join(dir, EXAMPLE), 'utf8'));
  });

  it('--only fixes the named requirements; an unknown id is a usage error', () => {
    const dir = examples();
    const r = kijun(dir, 'fix', '--only', 'drm', EXAMPLE);
    expect(
      r.stdout
        .split('\n')
        .filter((l) => l.startsWith('+') && !l.startsWith('+++'))
        .join('\n'),
    ).toContain('デジタル著作権管理');
    expect(r.stdout).not.toContain('IoT機器');
    expect(kijun(dir, 'fix', '--only', 'no-such-id', EXAMPLE).code).toBe(2);
  });

  it('replaces outdated clauses only with --replace-outdated, keeping their numbers', () => {
    const dir = examples();
    const plain = kijun(dir, 'fix', EXAMPLE).stdout;
    expect(plain.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'))).toEqual([]);
    const r = kijun(dir, 'fix', '--write', '--replace-outdated', EXAMPLE);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('(replaced)');
    const report = JSON.parse(kijun(dir, 'check', '--format', 'json', '--fail-on', 'none', EXAMPLE).stdout);
    expect(report.files[0].summary).toMatchObject({ missing: 0, outdated: 0 });
  });

  it('keeps a UTF-8 BOM and CRLF line breaks', () => {
    const dir = tmp();
    const text = readFileSync(join(ROOT, 'examples', EXAMPLE), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'p.md'), '\ufeff' + text);
    expect(kijun(dir, 'fix', '--write', 'p.md').code).toBe(0);
    const bytes = readFileSync(join(dir, 'p.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const after = bytes.subarray(3).toString('utf8');
    expect(after.length).toBeGreaterThan(text.length);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    keepsEveryLine(text, after);
  });

  it("writes Shift_JIS back as Shift_JIS, the user's bytes unchanged", () => {
    const dir = tmp();
    const text = readFileSync(join(ROOT, 'examples', EXAMPLE), 'utf8').replace(/\n/g, '\r\n');
    const original = iconv.encode(text, 'cp932');
    writeFileSync(join(dir, 'p.md'), original);
    const r = kijun(dir, 'fix', '--write', 'p.md');
    expect(r.code, r.stderr).toBe(0);
    const bytes = readFileSync(join(dir, 'p.md'));
    const after = iconv.decode(bytes, 'cp932');
    expect(after).toContain('デジタル著作権管理');
    keepsEveryLine(text, after);
    // The original bytes are all there: the file is the original with inserted runs.
    expect(bytes.subarray(0, 200).equals(original.subarray(0, 200))).toBe(true);
    expect(bytes.subarray(bytes.length - 60).equals(original.subarray(original.length - 60))).toBe(true);
  });

  it('refuses to write a Shift_JIS file read with replacement characters', () => {
    const dir = tmp();
    const text = readFileSync(join(ROOT, 'examples', EXAMPLE), 'utf8');
    // One byte pair that is not Shift_JIS in an otherwise Shift_JIS file: read (with U+FFFD), never written back.
    const bytes = Buffer.concat([
      iconv.encode(text.slice(0, 400), 'cp932'),
      Buffer.from([0x85, 0x40]),
      iconv.encode(text.slice(400), 'cp932'),
    ]);
    writeFileSync(join(dir, 'p.md'), bytes);
    const r = kijun(dir, 'fix', '--write', 'p.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not written: .*replacement characters/);
    expect(readFileSync(join(dir, 'p.md')).equals(bytes)).toBe(true);
  });

  it('refuses text that Shift_JIS cannot hold, naming the character', () => {
    const encode = shiftJisEncoder()!;
    const ok = encode('第1条（目的）\r\n');
    expect(ok.ok && iconv.decode(ok.bytes, 'cp932')).toBe('第1条（目的）\r\n');
    const original = '本文\n';
    const r = encodeLike(
      '本文\n𠮷野家 😀\n',
      { encoding: 'shift_jis', bom: false },
      original,
      iconv.encode(original, 'cp932'),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/line 2: 「𠮷」 \(U\+20BB7\) cannot be written in Shift_JIS/);
  });
});
