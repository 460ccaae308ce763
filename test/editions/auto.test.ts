// `auto`, the default edition: a policy is checked against the basis it declares (「統一基準（令和5年度版）に準拠」,
// 「令和３年度版」, "FY2023 edition"); an older basis (平成28年度版) gives FY2018 and the outdated-edition finding; no
// basis gives FY2018; an explicit choice (front matter, option) wins. Every output says which edition and why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog } from '../../server/src/core';
import { parseEditionSpelling } from '../../server/src/core/checker/edition';
import { analyzePolicySet } from '../../server/src/core/policySet';
import { jsonReport } from '../../server/src/core/report/json';
import { sarifReport } from '../../server/src/core/report/sarif';
import { textReport } from '../../server/src/core/report/text';
import { checkedEditionText, requirementMarkdown } from '../../server/src/lsp/requirementText';
import { coverageLine } from '../../server/src/lsp/report';

const data = getCatalog().data;
const TITLE = '# 〇〇機構情報セキュリティ対策基準\n\n';
const doc = (body: string) => `${TITLE}${body}\n\n職員等は、この基準を遵守すること。\n`;
const choice = (text: string, options = {}) => analyzeText(text, options).editionChoice;

describe('the basis a policy declares', () => {
  it.each([
    ['本基準は、政府機関等のサイバーセキュリティ対策のための統一基準（令和5年度版）に準拠する。', 'r5'],
    ['本基準は、統一基準（令和５年度版）に基づき定める。', 'r5'],
    ['この対策基準は、統一基準群（令和３年度版）を踏まえて定めるものとする。', 'r3'],
    ['本基準は政府機関等の情報セキュリティ対策のための統一基準（平成30年度版）に準拠する。', 'h30'],
    ['本基準は、統一基準（令和5年度版・2024年7月一部改定）に準拠する。', 'r5-2024'],
    ['This policy is based on the Common Standards (FY2023 edition).', 'r5'],
    ['This policy complies with the FY2021 edition of the Common Standards.', 'r3'],
  ])('%s → %s', (sentence, edition) => {
    const c = choice(doc(sentence));
    expect(c).toMatchObject({ edition, source: 'declared' });
    expect(c.reason.ja).toContain('根拠として');
    expect(c.declared!.text.length).toBeGreaterThan(0);
  });

  it('an older basis (平成28年度版, FY2016) is checked against FY2018 and the citation is reported', () => {
    for (const sentence of [
      '本基準は、統一基準（平成28年度版）に準拠する。',
      'This policy is based on the Common Standards (FY2016 edition).',
    ]) {
      const a = analyzeText(doc(sentence));
      expect(a.edition).toBe('h30');
      expect(a.editionChoice).toMatchObject({ source: 'declared', declared: { names: 'older' } });
      expect(a.editionChoice.reason.en).toMatch(
        /older edition .* checked against the FY2018 edition, and the citation is reported/,
      );
      expect(a.findings.some((f) => f.kind === 'outdated-edition')).toBe(true);
    }
  });

  it('no declared basis: FY2018, said as the default', () => {
    const a = analyzeText(doc('本基準は、〇〇機構の情報資産を守るために定める。'));
    expect(a.edition).toBe('h30');
    expect(a.editionChoice.source).toBe('default');
    expect(a.editionChoice.reason.ja).toContain('記載していないため');
  });

  it('history, other documents and code blocks are not the basis', () => {
    const cases = [
      '本基準は、統一基準（平成30年度版）に準拠する。\n\n## 改定履歴\n\n- 統一基準（令和5年度版）に準拠して改定。',
      '本基準は、統一基準（平成30年度版）に準拠する。令和5年度版からの改定点は次回検討する。',
      '本基準は、統一基準（平成30年度版）に準拠する。\n\n```\n統一基準（令和5年度版）に準拠する。\n```',
      '本基準は、統一基準（平成30年度版）に準拠する。\n\n<!-- 統一基準（令和5年度版）に準拠する。 -->',
    ];
    for (const text of cases) expect(choice(doc(text)).edition, text).toBe('h30');
    // A 令和5年度版 that is not the standard's (a budget, a plan) names no basis.
    expect(choice(doc('令和5年度版の事業計画に従い、職員等は研修を受けること。')).source).toBe('default');
  });

  it('an explicit choice wins over the declared basis: front matter, then the option', () => {
    const text = doc('本基準は、統一基準（令和5年度版）に準拠する。');
    expect(choice(text, { edition: 'h30', editionOrigin: '--edition' })).toMatchObject({
      edition: 'h30',
      source: 'option',
      reason: { en: '--edition chooses the FY2018 edition' },
    });
    const fm = `---\nkijun:\n  edition: 令和3年度版\n---\n${text}`;
    expect(choice(fm, { edition: 'h30' })).toMatchObject({ edition: 'r3', source: 'front-matter' });
    // `auto` in front matter leaves it to the option, else to the declared basis.
    expect(choice(`---\nkijun.edition: auto\n---\n${text}`)).toMatchObject({ edition: 'r5', source: 'declared' });
    expect(choice(text, { edition: 'auto' })).toMatchObject({ edition: 'r5', source: 'declared' });
  });
});

describe('spellings of an edition', () => {
  it.each([
    ['R5', 'r5'],
    ['r5', 'r5'],
    ['令和5年度版', 'r5'],
    ['令和５年度版', 'r5'],
    ['FY2023', 'r5'],
    ['fy2023 edition', 'r5'],
    ['H30', 'h30'],
    ['平成30年度版', 'h30'],
    ['FY2018', 'h30'],
    ['ｈ３０', 'h30'],
    ['R3', 'r3'],
    ['令和3年度版', 'r3'],
    ['FY2021', 'r3'],
    ['r5-2024', 'r5-2024'],
    ['R5-2024', 'r5-2024'],
  ])('%s → %s', (spelling, id) => {
    expect(parseEditionSpelling(spelling, data)).toEqual({ kind: 'edition', id });
  });

  it('auto, older editions and nonsense are told apart', () => {
    expect(parseEditionSpelling('auto', data)).toEqual({ kind: 'auto' });
    expect(parseEditionSpelling('H28', data)).toMatchObject({ kind: 'older' });
    expect(parseEditionSpelling('平成26年度版', data)).toMatchObject({ kind: 'older' });
    for (const s of ['r4', '2023', 'latest', '']) expect(parseEditionSpelling(s, data).kind, s).toBe('unknown');
  });

  it('front matter accepts them too, and reports what it cannot read', () => {
    expect(analyzeText(`---\nkijun:\n  edition: FY2023\n---\n${doc('本文。')}`).edition).toBe('r5');
    const bad = analyzeText(`---\nkijun:\n  edition: R4\n---\n${doc('本文。')}`);
    expect(bad.edition).toBe('h30');
    expect(bad.findings.find((f) => f.kind === 'configuration')!.messages.ja).toContain('不明な版です: R4');
  });
});

describe('every output says which edition and why', () => {
  const r5 = doc('本基準は、統一基準（令和5年度版）に準拠する。');
  const a = analyzeText(r5, { language: 'en' });
  const files = [{ path: 'r5.md', analysis: a, encoding: 'utf-8' }];

  it('JSON: editionSource and editionReason per file, the edition when it differs from the report', () => {
    const j = jsonReport(files, [], 'h30', '0', 'en', [], { editionMode: 'auto' });
    expect(j.editionMode).toBe('auto');
    expect(j.files[0]).toMatchObject({
      edition: 'r5',
      editionSource: 'declared',
      editionReason: expect.stringContaining('FY2023 edition as its basis'),
    });
  });

  it('text, SARIF, the code lens and the hover', () => {
    expect(textReport(files, [], 'en')).toContain(
      'r5.md: checked against the FY2023 edition (r5) — the policy names the FY2023 edition as its basis',
    );
    const sarif = sarifReport(files, [], getCatalog(), '0', 'en') as {
      runs: Array<{
        properties: { editions: unknown[] };
        invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }>;
      }>;
    };
    expect(sarif.runs[0].properties.editions).toEqual([
      expect.objectContaining({ uri: 'r5.md', edition: 'r5', editionSource: 'declared' }),
    ]);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications.map((n) => n.message.text)).toContainEqual(
      expect.stringContaining('checked against the FY2023 edition (r5)'),
    );
    expect(coverageLine(a, 'ja')).toMatch(/^統一基準 令和5年度版: .* · 版: ポリシーの記載による$/);
    expect(checkedEditionText(a, 'ja')).toMatch(
      /^検査した版: 令和5年度版 — ポリシーが根拠として令和5年度版を挙げているため/,
    );
    // The hover of a requirement carries it.
    expect(requirementMarkdown(a.catalog.byId.get('web-encryption')!, a, 'en', false)).toContain(
      'Checked against: FY2023 edition — the policy names the FY2023 edition as its basis',
    );
  });

  it('a policy set takes the basis one of its files declares', () => {
    const set = analyzePolicySet(
      [
        { path: '対策基準.md', text: doc('職員等は、情報資産を適切に取り扱うこと。') },
        { path: '基本方針.md', text: '# 情報セキュリティ基本方針\n\n本方針は、統一基準（令和5年度版）に準拠する。\n' },
      ],
      { primary: '対策基準.md' },
    );
    expect(set.edition).toBe('r5');
    expect(set.files[0].analysis.editionChoice.reason.ja).toContain('基本方針.md');
    // The editor passes its default `auto` (and may pass a spelling): the same.
    const files = [
      { path: '対策基準.md', text: doc('本文。') },
      { path: '基本方針.md', text: '# 情報セキュリティ基本方針\n\n本方針は、統一基準（令和5年度版）に準拠する。\n' },
    ];
    expect(analyzePolicySet(files, { edition: 'auto' }).edition).toBe('r5');
    expect(analyzePolicySet(files, { edition: 'R3' }).edition).toBe('r3');
  });
});

describe('the command line', () => {
  const CLI = join(__dirname, '../../server/out/cli.js');
  const kijun = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
  const dir = mkdtempSync(join(tmpdir(), 'kijun-auto-'));
  writeFileSync(join(dir, 'r5.md'), doc('本基準は、統一基準（令和5年度版）に準拠する。'));

  it('--edition accepts R5, 令和５年度版, FY2023 and says it chose the edition', () => {
    for (const spelling of ['R5', '令和５年度版', 'FY2023', 'r5']) {
      const r = kijun('check', '--format', 'json', '--fail-on', 'none', '--edition', spelling, join(dir, 'r5.md'));
      expect(r.status, spelling).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.edition).toBe('r5');
      expect(j.editionMode).toBe('option');
      expect(j.files[0]).toMatchObject({ editionSource: 'option' });
    }
    const h30 = JSON.parse(
      kijun('check', '--format', 'json', '--fail-on', 'none', '--edition', '平成30年度版', join(dir, 'r5.md')).stdout,
    );
    expect(h30.files[0].requirements).toHaveLength(11);
  });

  it('without --edition the declared basis is used; an unknown or older edition is a usage error', () => {
    const j = JSON.parse(kijun('check', '--format', 'json', '--fail-on', 'none', join(dir, 'r5.md')).stdout);
    expect(j).toMatchObject({
      edition: 'h30',
      editionMode: 'auto',
      files: [{ edition: 'r5', editionSource: 'declared' }],
    });
    for (const bad of ['R4', 'H28']) {
      const r = kijun('check', '--edition', bad, join(dir, 'r5.md'));
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
