// The document-level check: a policy that names an older edition of the Common Standards as its basis, or
// uses the terms of an older edition. History notes that only mention an older edition must stay quiet.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../server/src/core';
import { TITLE } from './helpers';

function editionFindings(body: string, title = TITLE) {
  const doc = `${title}\n\n${body}\n`;
  const findings = analyzeText(doc).findings.filter((f) => f.code === 'outdated-edition');
  return findings.map((f) => ({ kind: f.kind, text: doc.slice(f.start, f.end), message: f.messages.ja }));
}

describe('outdated-edition: older edition cited as the basis', () => {
  it.each([
    ['本基準は、政府機関等の情報セキュリティ対策のための統一基準（平成28年度版）に準拠して定める。', '平成28年度版'],
    ['本規程は、統一基準群（平成２８年度版）に基づき策定する。', '平成２８年度版'],
    ['この対策基準は、平成26年度版の統一基準に準拠する。', '平成26年度版'],
    ['本基準は、平成28年度の統一基準を踏まえて定める。', '平成28年度の統一基準'],
    ['This standard is based on the FY2016 edition of the Common Standards.', 'FY2016 edition'],
    ['This policy complies with the 2016 edition of the Common Standards.', '2016 edition'],
    [
      '本基準は、政府機関の情報セキュリティ対策のための統一基準に準拠する。',
      '政府機関の情報セキュリティ対策のための統一基準',
    ],
    ['本基準は、統一基準（2016年度版）に準拠する。', '2016年度版'],
    ['This standard follows the Common Standards, 2016 edition.', '2016 edition'],
  ])('%s', (body, cited) => {
    const f = editionFindings(body);
    expect(f.length).toBe(1);
    expect(f[0].kind).toBe('outdated-edition');
    // The finding marks the citation itself, as written (full-width digits included).
    expect(f[0].text).toContain(cited);
  });

  it('finds the citation in a heading too', () => {
    const f = editionFindings('本文。', '# 情報セキュリティ対策基準（統一基準 平成28年度版準拠）');
    expect(f.map((x) => x.text)).toEqual(['平成28年度版']);
  });

  it('finds the citation in a table cell', () => {
    const f = editionFindings('| 項目 | 内容 |\n|---|---|\n| 準拠する基準 | 統一基準（平成28年度版） |');
    expect(f.length).toBe(1);
    expect(f[0].text).toContain('平成28年度版');
  });
});

describe('outdated-edition: older terms', () => {
  it.each([
    ['行政事務従事者は、本基準を遵守しなければならない。', '行政事務従事者'],
    ['府省庁対策基準に定めるところによる。', '府省庁対策基準'],
  ])('%s', (body, term) => {
    const f = editionFindings(body);
    expect(f.map((x) => x.text)).toEqual([term]);
    expect(f[0].message).toMatch(/旧版の用語/);
  });
});

describe('outdated-edition: not the basis', () => {
  it.each([
    ['本基準は、政府機関等の情報セキュリティ対策のための統一基準（平成30年度版）に準拠する。', 'the current edition'],
    [
      '| 版 | 日付 | 内容 |\n|---|---|---|\n| 2.0 | 2019-04-01 | 平成28年度版からの改定（平成30年度版への対応） |',
      'revision-history row',
    ],
    ['平成30年度版への改定に伴い、平成28年度版の統一基準から改定した。', 'history sentence'],
    ['改定履歴：平成29年4月 統一基準（平成28年度版）準拠で制定', 'history line'],
    ['従来の「行政事務従事者」を「職員等」に改めた。', 'explains the renamed term'],
    ['職員等は、本基準を遵守しなければならない。', 'current term'],
    ['This standard is based on the FY2018 edition of the Common Standards.', 'English current edition'],
    ['本規程の前身である規程は、平成28年度版の統一基準に準拠していた。', 'past tense: history'],
    ['The previous 2016 edition was superseded by this standard.', 'English history'],
    ['本基準は、統一基準（令和3年度版）に準拠する。', 'a newer edition'],
    [
      '## 改正履歴\n\n| 日付 | 内容 |\n|---|---|\n| 平成29年4月1日 | 制定（統一基準（平成28年度版）に準拠） |',
      'row of a revision-history section',
    ],
    [
      '| 改正日 | 改正内容 |\n|---|---|\n| 平成29年4月1日 | 統一基準（平成28年度版）に準拠して制定 |',
      'row of a table headed 改正内容',
    ],
  ])('%s (%s)', (body) => {
    expect(editionFindings(body)).toEqual([]);
  });
});

describe('outdated-edition: text that is not policy', () => {
  it.each([
    ['```\n本基準は統一基準（平成28年度版）に準拠する。\n```'],
    ['<!-- 本基準は統一基準（平成28年度版）に準拠する。 -->'],
    ['> 本基準は統一基準（平成28年度版）に準拠する。'],
  ])('%s', (body) => {
    expect(editionFindings(body)).toEqual([]);
  });
});
