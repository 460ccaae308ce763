// Terms of an older edition become outdated-edition findings against a later edition: the FY2018 title of the
// standard, the FY2018 edition cited as the basis, 約款による外部サービス (from r3), the FY2021 edition cited
// (from r5), and the ≤FY2016 terms, which stay outdated against every edition. None of the FY2018 ones is
// reported against h30 itself.
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog } from '../../server/src/core';
import { TITLE } from './helpers';

function editionFindings(body: string, edition: string | undefined, title = TITLE) {
  const doc = `${title}\n\n${body}\n`;
  const findings = analyzeText(doc, edition ? { edition } : {}).findings.filter((f) => f.code === 'outdated-edition');
  return findings.map((f) => ({ text: doc.slice(f.start, f.end), ja: f.messages.ja, en: f.messages.en }));
}

const LATER = ['r3', 'r5', 'r5-2024'];

describe('the FY2018 title and edition against later editions', () => {
  const cases: Array<[string, string]> = [
    [
      '本基準は、政府機関等の情報セキュリティ対策のための統一基準（平成30年度版）に準拠する。',
      '政府機関等の情報セキュリティ対策のための統一基準',
    ],
    [
      '本規程は、政府機関等の情報セキュリティ対策のための統一基準群に基づき定める。',
      '政府機関等の情報セキュリティ対策のための統一基準群',
    ],
    ['本基準は、統一基準（平成30年度版）に準拠して定める。', '平成30年度版'],
    ['本基準は、統一基準（平成３０年度版）に準拠する。', '平成３０年度版'],
    ['This standard is based on the FY2018 edition of the Common Standards.', 'FY2018 edition'],
    [
      'This policy follows the Common Standards for Information Security Measures for Government Agencies and Related Agencies.',
      'Common Standards for Information Security Measures for Government Agencies and Related Agencies',
    ],
  ];

  it.each(LATER.flatMap((e) => cases.map(([body, cited]) => [e, body, cited] as const)))(
    '%s: %s',
    (edition, body, cited) => {
      const f = editionFindings(body, edition);
      // One finding per citation: the title already covers the edition that follows it.
      expect(f.map((x) => x.text)).toEqual([cited]);
    },
  );

  it.each(LATER)('%s: the English title with its edition is one finding', (edition) => {
    const f = editionFindings(
      'They are at least as strict as the Common Standards for Information Security Measures for\nGovernment Agencies and Related Agencies (FY2018 edition).',
      edition,
    );
    expect(f).toHaveLength(1);
    expect(f[0].text.replace(/\s+/g, ' ')).toBe(
      'Common Standards for Information Security Measures for Government Agencies and Related Agencies',
    );
  });

  it.each(LATER)('%s: an FY2016 edition after the title is reported once, as the older edition', (edition) => {
    const jp = editionFindings(
      '本基準は、政府機関等の情報セキュリティ対策のための統一基準（平成28年度版）に準拠する。',
      edition,
    );
    expect(jp).toHaveLength(1);
    expect(jp[0].text).toContain('平成28年度版');
    expect(
      editionFindings(
        'It is based on the FY2016 edition of the Common Standards for Information Security Measures for Government Agencies.',
        edition,
      ).map((x) => x.text),
    ).toEqual(['FY2016 edition']);
  });

  it.each(cases)('not against h30 (the default): %s', (body) => {
    expect(editionFindings(body, 'h30')).toEqual([]);
    expect(editionFindings(body, undefined)).toEqual([]);
  });

  it('names the edition checked against in the message', () => {
    const [r5] = editionFindings('本基準は、統一基準（平成30年度版）に準拠する。', 'r5');
    expect(r5.ja).toContain('令和5年度版に改めてください');
    expect(r5.en).toContain('cite the FY2023 edition');
    const [title] = editionFindings('政府機関等の情報セキュリティ対策のための統一基準に準拠する。', 'r3');
    expect(title.ja).toContain('サイバーセキュリティ対策のための統一基準群');
    expect(title.ja).toContain('令和3年度版に改めてください');
  });

  it.each([
    ['本基準は、政府機関等のサイバーセキュリティ対策のための統一基準（令和5年度版）に準拠する。', 'the current title'],
    ['平成30年度版から令和5年度版への改定に伴い、本基準を改正した。', 'history sentence'],
    ['（旧称：政府機関等の情報セキュリティ対策のための統一基準群）', 'former name'],
    [
      '| 版 | 日付 | 内容 |\n|---|---|---|\n| 3.0 | 2024-04-01 | 平成30年度版からの改定（令和5年度版への対応） |',
      'revision-history row',
    ],
    [
      '## 改正履歴\n\n| 日付 | 内容 |\n|---|---|\n| 2019-04-01 | 統一基準（平成30年度版）に準拠して改正 |',
      'row of a revision-history section',
    ],
    ['本規程の前身は、平成30年度版の統一基準に準拠していた。', 'past tense'],
  ])('r5: %s (%s) is not outdated', (body) => {
    expect(editionFindings(body, 'r5')).toEqual([]);
  });
});

describe('約款による外部サービス against later editions', () => {
  const body = '約款による外部サービスを利用する場合は、要機密情報を取り扱わないこと。';
  it.each(LATER)('%s: outdated', (edition) => {
    const f = editionFindings(body, edition);
    expect(f.map((x) => x.text)).toEqual(['約款による外部サービス']);
    expect(f[0].ja).toContain('令和3年度版で外部サービスの規定は');
  });
  it('h30: the current category, not outdated', () => {
    expect(editionFindings(body, 'h30')).toEqual([]);
  });
  it('r5: a note on the former category is not outdated', () => {
    expect(
      editionFindings('従前の「約款による外部サービス」は、要機密情報を取り扱わないクラウドサービスとして扱う。', 'r5'),
    ).toEqual([]);
  });
  it('full-width and wrapped', () => {
    expect(editionFindings('約款による外部\nサービスの利用に当たっては、利用の範囲を定めること。', 'r3').length).toBe(
      1,
    );
  });
});

describe('the FY2021 edition against r5 and later', () => {
  const body = '本基準は、政府機関等のサイバーセキュリティ対策のための統一基準（令和3年度版）に準拠する。';
  it.each(['r5', 'r5-2024'])('%s: outdated', (edition) => {
    expect(editionFindings(body, edition).map((x) => x.text)).toEqual(['令和3年度版']);
  });
  it.each(['h30', 'r3'])('%s: not outdated', (edition) => {
    expect(editionFindings(body, edition)).toEqual([]);
  });
  it('r5-2024 is a guideline update of the FY2023 standard: citing 令和5年度版 is current', () => {
    expect(editionFindings('本基準は、統一基準（令和5年度版）に準拠する。', 'r5-2024')).toEqual([]);
  });
});

describe('≤FY2016 terms and editions stay outdated against every edition', () => {
  it.each(getCatalog().data.editions.map((e) => e.id))('%s', (edition) => {
    expect(
      editionFindings(
        '行政事務従事者は、本基準を遵守しなければならない。\n\n府省庁対策基準に定めるところによる。',
        edition,
      ).map((x) => x.text),
    ).toEqual(['行政事務従事者', '府省庁対策基準']);
    const f = editionFindings('本基準は、統一基準（平成28年度版）に準拠する。', edition);
    expect(f).toHaveLength(1);
    expect(f[0].text).toContain('平成28年度版');
    const title = getCatalog().data.editions.find((e) => e.id === edition)!.title.ja;
    expect(f[0].ja).toContain(`${title}に改めてください`);
  });

  it('h30 keeps its exact message', () => {
    const [f] = editionFindings('本基準は、統一基準（平成28年度版）に準拠する。', 'h30');
    expect(f.ja).toBe(
      '根拠として改定前の版（平成26年度版・平成28年度版）が挙げられています。平成30年度版に改めてください。',
    );
    expect(f.en).toBe(
      'The policy cites an edition older than FY2018 (FY2014/FY2016) as its basis; cite the FY2018 edition.',
    );
  });
});

describe('the edition check as data', () => {
  it('limits the new signals by edition with from/until, and gives each a label', () => {
    const d = getCatalog().data;
    const byConcept = new Map(d.editionCheck.signals.map((s) => [s.concept, s]));
    expect(byConcept.get('fy2018-title')?.from).toBe('r3');
    expect(byConcept.get('fy2018-edition-citation')?.from).toBe('r3');
    expect(byConcept.get('consent-terms-service')?.from).toBe('r3');
    expect(byConcept.get('fy2021-edition-citation')?.from).toBe('r5');
    expect(byConcept.get('older-edition-term')?.from).toBeUndefined();
    for (const s of d.editionCheck.signals) expect(s.label?.ja && s.label.en, s.concept).toBeTruthy();
    expect(getCatalog('h30').signals.map((s) => s.concept)).toEqual(['older-edition-citation', 'older-edition-term']);
  });
});
