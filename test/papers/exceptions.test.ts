// 例外措置: approved exceptions (reason, approver, expiry) in front matter and kijun.json. `status` keeps saying
// what the text does; the exception is beside it; its findings are silenced until it expires, then reported again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog } from '../../server/src/core';
import { todayInJapan } from '../../server/src/core/checker/exceptions';
import { requirementMarkdown } from '../../server/src/lsp/requirementText';

const CLI = join(__dirname, '../../server/out/cli.js');
const BODY = '# 情報セキュリティ対策基準\n\n## 第1章 総則\n\n職員等は、この基準を遵守する。\n';
const nested = (entry: string) => `---\nkijun:\n  exceptions:\n    drm:\n${entry}---\n${BODY}`;
const good = (expires: string) =>
  nested(`      reason: 代替の暗号化で対応中\n      approver: 最高情報セキュリティ責任者\n      expires: ${expires}\n`);

describe('exceptions in front matter', () => {
  it('a running exception: status stays missing, the exception is recorded, no missing finding', () => {
    const a = analyzeText(good('2030-03-31'), { today: '2026-12-07' });
    const drm = a.requirements.find((r) => r.id === 'drm')!;
    expect(drm.status).toBe('missing');
    expect(drm.exception).toEqual({
      reason: '代替の暗号化で対応中',
      approver: '最高情報セキュリティ責任者',
      expires: '2030-03-31',
      expired: false,
    });
    expect(a.findings.filter((f) => f.code === 'drm')).toEqual([]);
    // Other requirements are reported as before.
    expect(a.findings.some((f) => f.code === 'web-encryption' && f.kind === 'missing')).toBe(true);
    expect(a.findings.filter((f) => f.kind === 'configuration')).toEqual([]);
  });

  it('holds through its expiry day (JST), and is reported again the day after', () => {
    expect(analyzeText(good('2026-12-07'), { today: '2026-12-07' }).findings.filter((f) => f.code === 'drm')).toEqual(
      [],
    );
    const text = good('2026-12-06');
    const a = analyzeText(text, { today: '2026-12-07' });
    const kinds = a.findings
      .filter((f) => f.code === 'drm')
      .map((f) => f.kind)
      .sort();
    expect(kinds).toEqual(['exception-expired', 'missing']);
    const expired = a.findings.find((f) => f.kind === 'exception-expired')!;
    expect(expired.severity).toBe('warning');
    expect(text.slice(expired.start, expired.end)).toBe('drm');
    expect(expired.message).toMatch(/2026-12-06/);
    expect(todayInJapan(new Date('2026-12-06T15:00:00Z'))).toBe('2026-12-07');
  });

  it('the flat key form works too; a later date string from YAML (unquoted) is read', () => {
    const text = `---\nkijun.exceptions.drm: { reason: 移行中, approver: CISO, expires: 2031-01-31 }\n---\n${BODY}`;
    expect(
      analyzeText(text, { today: '2026-12-07' }).requirements.find((r) => r.id === 'drm')!.exception?.approver,
    ).toBe('CISO');
  });

  it('invalid entries are configuration findings on the key, and nothing is silenced', () => {
    const cases = [
      nested('      reason: 理由\n      expires: 2030-01-01\n'), // no approver
      nested('      reason: 理由\n      approver: CISO\n      expires: 2030-02-30\n'), // no such date
      nested('      reason: 理由\n      approver: CISO\n      expires: 来年\n'),
      `---\nkijun:\n  exceptions:\n    drm: 承認済み\n---\n${BODY}`,
      `---\nkijun:\n  exceptions:\n    no-such-id: { reason: r, approver: a, expires: 2030-01-01 }\n---\n${BODY}`,
    ];
    for (const text of cases) {
      const a = analyzeText(text, { today: '2026-12-07' });
      const config = a.findings.filter((f) => f.kind === 'configuration');
      expect(config).toHaveLength(1);
      expect(config[0].data.key).toMatch(/^kijun\.exceptions\./);
      expect(a.findings.some((f) => f.code === 'drm' && f.kind === 'missing')).toBe(true);
    }
  });

  it('hover text shows the exception', () => {
    const a = analyzeText(good('2030-03-31'), { today: '2026-12-07' });
    const md = requirementMarkdown(getCatalog().byId.get('drm')!, a, 'ja', false);
    expect(md).toContain('例外措置: 代替の暗号化で対応中（承認: 最高情報セキュリティ責任者、期限: 2030-03-31）');
  });
});

describe('exceptions on the command line and in kijun.json', () => {
  const kijun = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

  it('JSON (an added `exception` field), the report and the matrix show it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-exc-'));
    const file = join(dir, 'policy.md');
    writeFileSync(file, good('2099-03-31'));
    const j = JSON.parse(kijun('check', '--format', 'json', '--fail-on', 'none', file).stdout);
    const drm = j.files[0].requirements.find((r: { id: string }) => r.id === 'drm');
    expect(drm.status).toBe('missing');
    expect(drm.exception).toMatchObject({
      approver: '最高情報セキュリティ責任者',
      expires: '2099-03-31',
      expired: false,
    });
    expect(j.files[0].diagnostics.some((d: { code: string }) => d.code === 'drm')).toBe(false);
    expect(kijun('report', file).stdout).toMatch(
      /<p class="exception"><span class="label">例外措置<\/span>代替の暗号化で対応中/,
    );
    const csv = kijun('report', '--format', 'csv', file).stdout;
    expect(csv).toMatch(/drm,[^\r\n]*代替の暗号化で対応中（承認: 最高情報セキュリティ責任者、期限: 2099-03-31）/);
  });

  it('kijun.json exceptions apply to the whole set; a bad one is a configuration error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-exc-set-'));
    writeFileSync(join(dir, '対策基準.md'), BODY);
    writeFileSync(join(dir, '別表.md'), '# 別表\n\n- 職員等は遵守する。\n');
    writeFileSync(
      join(dir, 'kijun.json'),
      JSON.stringify({
        files: ['対策基準.md', '別表.md'],
        exceptions: { 'web-encryption': { reason: '更改予定', approver: 'CISO', expires: '2099-01-01' } },
      }),
    );
    const j = JSON.parse(kijun('check', '--format', 'json', '--fail-on', 'none', dir).stdout);
    const set = j.sets[0].requirements.find((r: { id: string }) => r.id === 'web-encryption');
    expect(set.exception.reason).toBe('更改予定');
    expect(
      j.files
        .flatMap((f: { diagnostics: Array<{ code: string }> }) => f.diagnostics)
        .some((d: { code: string }) => d.code === 'web-encryption'),
    ).toBe(false);
    expect(
      j.files
        .flatMap((f: { diagnostics: Array<{ code: string }> }) => f.diagnostics)
        .some((d: { code: string }) => d.code === 'email-encryption'),
    ).toBe(true);
    writeFileSync(
      join(dir, 'kijun.json'),
      JSON.stringify({ files: ['対策基準.md'], exceptions: { 'web-encryption': { reason: '更改予定' } } }),
    );
    const bad = kijun('check', dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/exceptions\.web-encryption/);
  });
});
