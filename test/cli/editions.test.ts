// `kijun editions`, `kijun editions --diff`, and `kijun check` with an edition: the built CLI, run as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../server/src/core';

const CLI = join(__dirname, '../../server/out/cli.js');
const FIX = join(__dirname, '../fixtures/cli');

function kijun(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ids = (edition: string) => getCatalog(edition).requirements.map((r) => r.id);

describe('kijun editions', () => {
  it('lists the editions with their requirement counts, the default marked', () => {
    const r = kijun('editions');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^h30 +平成30年度版 \(2018-07-25\) \[既定\] +要求事項 11$/);
    expect(lines[1]).toMatch(/^r3 +令和3年度版 \(2021-07-07\) +要求事項 12 · 追加: cloud-services$/);
    // Supply chain and equipment procurement existed before FY2023 (5.1.2): revised, not added.
    expect(lines[2]).toMatch(
      /^r5 +令和5年度版 \(2023-07-04\) +要求事項 16 · 追加: asset-management, dynamic-access-control · 見直し（改定前から規定あり）: supply-chain, equipment-procurement · 変更: email-encryption, cloud-services$/,
    );
    expect(lines[3]).toMatch(/^r5-2024 .*要求事項 18 · 追加: sbom, iot-product-conformity · 統一基準は 令和5年度版$/);
  });

  it('lists them as JSON', () => {
    const r = kijun('editions', '--format', 'json', '--lang', 'en');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.defaultEdition).toBe('h30');
    expect(out.editions.map((e: { id: string; requirements: number }) => [e.id, e.requirements])).toEqual([
      ['h30', 11],
      ['r3', 12],
      ['r5', 16],
      ['r5-2024', 18],
    ]);
    for (const e of out.editions) expect(e.ids).toEqual(ids(e.id));
    expect(out.editions[0]).toMatchObject({
      default: true,
      title: 'FY2018 edition',
      added: ids('h30'),
      changed: [],
      removed: [],
    });
    expect(out.editions[2]).toMatchObject({
      added: ['asset-management', 'supply-chain', 'equipment-procurement', 'dynamic-access-control'],
      revisedExisting: ['supply-chain', 'equipment-procurement'],
      changed: ['email-encryption', 'cloud-services'],
    });
    expect(out.editions[3].standard).toBe('r5');
  });

  it('lists the requirements of one edition', () => {
    const r = kijun('editions', 'r5');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('令和5年度版 (r5): 要求事項 16');
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/)[0])).toEqual(ids('r5'));
    expect(r.stdout).toMatch(
      /email-encryption +電子メール通信の暗号化 · 義務 · 導入: 平成30年度版 · 変更: 令和5年度版/,
    );
    const json = JSON.parse(kijun('editions', 'r3', '--format', 'json').stdout);
    expect(json.requirements.map((x: { id: string }) => x.id)).toEqual(ids('r3'));
  });

  it('--diff h30 r5: added, changed, removed requirements and the new outdated terms (text)', () => {
    const r = kijun('editions', '--diff', 'h30', 'r5');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out.split('\n')[0]).toBe('平成30年度版 (h30) → 令和5年度版 (r5): 要求事項 11 → 16');
    expect(out).toContain('\n追加 (3)\n');
    for (const id of ['cloud-services', 'asset-management', 'dynamic-access-control'])
      expect(out).toMatch(new RegExp(`\\n  \\+ ${id} +`));
    expect(out).toContain('\n見直し（改定前から規定あり） (2)\n');
    for (const id of ['supply-chain', 'equipment-procurement']) expect(out).toMatch(new RegExp(`\\n  ~ ${id} +`));
    expect(out).toMatch(
      /~ equipment-procurement +.* · 導入: 令和5年度版 — 機器等の調達の規定（平成28年度版・平成30年度版の 5\.1\.2 機器等の調達）を 4\.3\.1 に置き直し/,
    );
    expect(out).toMatch(
      /\+ cloud-services +要機密情報を取り扱うクラウドサービスの選定（ISMAP） · 義務 · 導入: 令和3年度版 — .* · 確度 P\/P\/S\/U/,
    );
    expect(out).toContain('\n変更 (1)\n');
    expect(out).toMatch(/~ email-encryption +電子メール通信の暗号化 · 義務 · 令和5年度版: .*DMARC/);
    expect(out).toContain('\n削除 (0)\n  なし\n');
    expect(out).toContain('\n旧版の記述として新たに指摘するもの (4)\n');
    expect(out).toContain('! 約款による外部サービス (令和3年度版から)');
    expect(out).toContain('! 令和3年度版の引用 (令和5年度版から)');
  });

  it('--diff h30 r5 --format json', () => {
    const r = kijun('editions', '--diff', 'h30', 'r5', '--format', 'json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({ version: 1, from: { id: 'h30' }, to: { id: 'r5' }, requirements: { from: 11, to: 16 } });
    expect(d.added.map((x: { id: string }) => x.id)).toEqual([
      'cloud-services',
      'asset-management',
      'supply-chain',
      'equipment-procurement',
      'dynamic-access-control',
    ]);
    expect(d.added[0]).toMatchObject({
      level: 'mandatory',
      edition: 'r3',
      changedIn: 'r5',
      reference: { verified: false },
      revision: { kind: 'reorganised', confidence: 'P' },
    });
    expect(d.revisedExisting).toEqual(['supply-chain', 'equipment-procurement']);
    expect(d.added[0].sources.map((s: { confidence: string }) => s.confidence)).toEqual(['P', 'P', 'S', 'U']);
    expect(d.changed).toEqual([
      expect.objectContaining({
        id: 'email-encryption',
        changes: [expect.objectContaining({ edition: 'r5', note: expect.stringContaining('DMARC') })],
      }),
    ]);
    expect(d.removed).toEqual([]);
    expect(d.outdatedTerms.added.map((s: { concept: string }) => s.concept)).toEqual([
      'fy2018-title',
      'fy2018-edition-citation',
      'consent-terms-service',
      'fy2021-edition-citation',
    ]);
    expect(d.outdatedTerms.added[1].reason).toContain('令和5年度版に改めてください');
    expect(d.outdatedTerms.removed).toEqual([]);
  });

  it('--diff works backwards too: what a later edition has that an earlier one lacks is "removed"', () => {
    const d = JSON.parse(kijun('editions', '--diff', 'r5-2024', 'r3', '--format', 'json', '--lang', 'en').stdout);
    expect(d.added).toEqual([]);
    expect(d.removed.map((x: { id: string }) => x.id)).toEqual(ids('r5-2024').filter((id) => !ids('r3').includes(id)));
    expect(d.changed.map((x: { id: string }) => x.id)).toEqual(['email-encryption', 'cloud-services']);
    expect(d.outdatedTerms.removed.map((s: { concept: string }) => s.concept)).toEqual(['fy2021-edition-citation']);
  });

  it('--diff r5 r5-2024 in English', () => {
    const r = kijun('editions', '--diff', 'r5', 'r5-2024', '--lang', 'en');
    expect(r.stdout).toContain(
      'FY2023 edition (r5) → FY2023 edition with the July 2024 guideline update (r5-2024): requirements 16 → 18',
    );
    expect(r.stdout).toMatch(
      /\+ sbom +Software bills of materials \(SBOM\) · recommended · since: .* — the guideline update added the use of SBOMs .* · confidence P\/U/,
    );
    // JC-STAR got its name in September 2024, after the July 2024 guideline update.
    expect(r.stdout).toMatch(/\+ iot-product-conformity +.*announced as JC-STAR in September 2024/);
    expect(r.stdout).toContain('outdated terms newly reported (0)\n  none');
  });

  it.each([
    [['editions', '--diff', 'h30']],
    [['editions', '--diff', 'h30', 'r9']],
    [['editions', 'r9']],
    [['editions', 'h30', 'r5']],
    [['editions', '--format', 'xml']],
    [['editions', '--bogus']],
    [['check', '--edition', 'r9', join(FIX, 'policy.md')]],
  ])('usage error %j: exit 2, one line, no stack', (args) => {
    const r = kijun(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('kijun check with an edition', () => {
  it('--edition r5: every id of r5 for every file, and the summary over 16', () => {
    const r = kijun('check', '--edition', 'r5', '--format', 'json', '--fail-on', 'none', join(FIX, 'policy.md'));
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.edition).toBe('r5');
    expect(report.files[0].requirements.map((x: { id: string }) => x.id)).toEqual(ids('r5'));
    expect(report.files[0].summary.total).toBe(16);
    expect('edition' in report.files[0]).toBe(false);
    const text = kijun('check', '--edition', 'r5', '--fail-on', 'none', join(FIX, 'policy.md')).stdout;
    expect(text).toMatch(/policy\.md: covered \d+\/16 · missing \d+ · outdated \d+/);
  });

  it('a file whose front matter chooses r5-2024 is checked against it, and says so in JSON and SARIF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-editions-'));
    const file = join(dir, 'policy.md');
    writeFileSync(
      file,
      '---\nkijun: { edition: r5-2024 }\n---\n# 情報セキュリティ対策基準\n\n本基準は、政府機関等の情報セキュリティ対策のための統一基準に準拠する。\n',
    );
    const report = JSON.parse(kijun('check', '--format', 'json', '--fail-on', 'none', file).stdout);
    expect(report.edition).toBe('h30');
    expect(report.files[0].edition).toBe('r5-2024');
    expect(report.files[0].requirements.map((x: { id: string }) => x.id)).toEqual(ids('r5-2024'));
    expect(report.files[0].diagnostics.filter((d: { kind: string }) => d.kind === 'outdated-edition')).toHaveLength(1);
    const sarif = JSON.parse(kijun('check', '--format', 'sarif', '--fail-on', 'none', file).stdout);
    const rules = sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
    for (const id of ids('r5-2024')) expect(rules).toContain(id);
    for (const res of sarif.runs[0].results) expect(rules[res.ruleIndex]).toBe(res.ruleId);
  });

  it('an unknown edition in front matter is a configuration warning, and the file is checked against h30', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-editions-'));
    const file = join(dir, 'policy.md');
    writeFileSync(file, '---\nkijun:\n  edition: r7\n---\n# 情報セキュリティ対策基準\n\n本文。\n');
    const r = kijun('check', '--fail-on', 'none', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/policy\.md:3:3 warning configuration 不明な版です: r7/);
    expect(r.stdout).toMatch(/covered 0\/11/);
  });
});
