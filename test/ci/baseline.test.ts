// `kijun check --baseline previous.json`: only the findings a change introduces fail the run. Findings are matched
// by file, code, kind and the words they are about — not by line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const cli = join(root, 'server', 'out', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'kijun-baseline-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kijun(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, KIJUN_CODE_CACHE: '0', LANG: 'ja_JP.UTF-8' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const OUTDATED_WEB =
  '情報システムセキュリティ責任者は、ログインを要するページについてのみ、HTTPSにより通信を暗号化する。';
const OUTDATED_MAIL = '電子メールの暗号化は、可能な範囲で行うことが望ましい。';

const policy = (lines: string[]) => ['# 情報セキュリティ対策基準', '', '## 第1章 ウェブ', '', ...lines, ''].join('\n');

function baselineOf(file: string, text: string): string {
  writeFileSync(join(tmp, file), text);
  const r = kijun(['check', '--format', 'json', '--fail-on', 'none', file]);
  expect(r.status).toBe(0);
  const base = join(tmp, `${file}.base.json`);
  writeFileSync(base, r.stdout);
  return base;
}

describe('kijun check --baseline', () => {
  it('passes when nothing new is found, whatever moved', () => {
    const base = baselineOf('a.md', policy([`(1) ${OUTDATED_WEB}`]));
    expect(kijun(['check', 'a.md']).status).toBe(1);
    // Lines inserted above, and the clause renumbered: the same finding.
    writeFileSync(
      join(tmp, 'a.md'),
      policy(['前文を追加しました。', '', '', 'さらに一段落。', '', `(2) ${OUTDATED_WEB}`]),
    );
    const r = kijun(['check', '--baseline', base, 'a.md']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('web-encryption');
    expect(r.stderr).toMatch(/unchanged from the baseline/);
  });

  it('fails on a finding the change introduces, and shows only that one', () => {
    const base = baselineOf('b.md', policy([`(1) ${OUTDATED_WEB}`]));
    writeFileSync(join(tmp, 'b.md'), policy([`(1) ${OUTDATED_WEB}`, '', '## 第2章 電子メール', '', OUTDATED_MAIL]));
    const r = kijun(['check', '--baseline', base, 'b.md']);
    expect(r.status).toBe(1);
    const shown = r.stdout.split('\n').filter((l) => /^b\.md:\d+:\d+ /.test(l));
    expect(shown.length).toBeGreaterThan(0);
    expect(
      shown.every((l) => l.includes('email-encryption')),
      shown.join('\n'),
    ).toBe(true);
  });

  it('counts: a second copy of a known outdated clause is new', () => {
    const base = baselineOf('c.md', policy([OUTDATED_WEB]));
    writeFileSync(join(tmp, 'c.md'), policy([OUTDATED_WEB, '', '## 第2章 その他', '', OUTDATED_WEB]));
    const json = JSON.parse(kijun(['check', '--format', 'json', '--baseline', base, 'c.md']).stdout);
    const web = json.files[0].diagnostics.filter(
      (d: { code: string; kind: string }) => d.code === 'web-encryption' && d.kind === 'outdated',
    );
    expect(web.map((d: { baselineState: string }) => d.baselineState).sort()).toEqual(['new', 'unchanged']);
    expect(json.baseline).toMatchObject({ unchanged: expect.any(Number), new: expect.any(Number) });
    expect(json.baseline.new).toBeGreaterThan(0);
  });

  it('a changed clause is a new finding: fingerprints follow the words', () => {
    const base = baselineOf('d.md', policy([OUTDATED_WEB]));
    writeFileSync(
      join(tmp, 'd.md'),
      policy([OUTDATED_WEB.replace('ログインを要するページ', '個人情報を入力するフォーム')]),
    );
    const json = JSON.parse(kijun(['check', '--format', 'json', '--baseline', base, 'd.md']).stdout);
    const web = json.files[0].diagnostics.find(
      (d: { code: string; kind: string }) => d.code === 'web-encryption' && d.kind === 'outdated',
    );
    expect(web.baselineState).toBe('new');
    // The JSON output carries every finding (it can be the next baseline), each with a fingerprint.
    expect(
      json.files[0].diagnostics.every((d: { fingerprint: string }) => /^v1:[0-9a-f]{14}$/.test(d.fingerprint)),
    ).toBe(true);
  });

  it('a baseline without fingerprints (an older kijun) is matched by file, code, kind and message', () => {
    const base = baselineOf('e.md', policy([OUTDATED_WEB]));
    const old = JSON.parse(readFileSync(base, 'utf8'));
    for (const f of old.files) for (const d of f.diagnostics) delete d.fingerprint;
    writeFileSync(base, JSON.stringify(old));
    writeFileSync(join(tmp, 'e.md'), policy(['追加の段落。', '', OUTDATED_WEB]));
    expect(kijun(['check', '--baseline', base, 'e.md']).status).toBe(0);
  });

  it('marks SARIF results new or unchanged, keeping them all for code scanning', () => {
    const base = baselineOf('f.md', policy([OUTDATED_WEB]));
    writeFileSync(join(tmp, 'f.md'), policy([OUTDATED_WEB, '', '## 第2章 電子メール', '', OUTDATED_MAIL]));
    const all = JSON.parse(kijun(['check', '--format', 'sarif', '--fail-on', 'none', 'f.md']).stdout).runs[0].results;
    const marked = JSON.parse(
      kijun(['check', '--format', 'sarif', '--fail-on', 'none', '--baseline', base, 'f.md']).stdout,
    ).runs[0].results;
    expect(marked.length).toBe(all.length);
    expect(
      marked
        .filter((r: { baselineState: string }) => r.baselineState === 'new')
        .map((r: { ruleId: string }) => r.ruleId),
    ).toEqual(['email-encryption']);
    // The partial fingerprint does not depend on the line either.
    expect(
      marked.every((r: { partialFingerprints: Record<string, string> }) =>
        /^v1:/.test(r.partialFingerprints['kijunFinding/v1']),
      ),
    ).toBe(true);
  });

  it('refuses a baseline it cannot use, with one line and exit 2', () => {
    writeFileSync(join(tmp, 'g.md'), policy([OUTDATED_WEB]));
    writeFileSync(join(tmp, 'not.json'), '{ nope');
    writeFileSync(join(tmp, 'other.json'), JSON.stringify({ runs: [] }));
    for (const [file, message] of [
      ['missing.json', /cannot read/],
      ['not.json', /not JSON/],
      ['other.json', /not a kijun check --format json report/],
    ] as const) {
      const r = kijun(['check', '--baseline', file, 'g.md']);
      expect(r.status, file).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });
});
