import { describe, expect, it } from 'vitest';
import { requirementSuite, statusOf } from './helpers';

const ID = 'issue-reporting';

requirementSuite(ID, {
  cover: [
    '統括情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育において発生した課題を、最高情報セキュリティ責任者に報告すること。',
    { text: '情報セキュリティ責任者は、情報セキュリティ関係規程に係る課題及び問題点を含む運用状況を適時に把握し、統括情報セキュリティ責任者に報告すること。', note: 'operation status with issues' },
    { text: 'The head information security officer shall report to the CISO the issues identified through operation, self-inspection and training.', note: 'English' },
    { text: '統括情報セキュリティ責任者は、教育の実施で明らかになった課題をＣＩＳＯに報告すること。', note: 'full-width CISO' },
    { text: '情報セキュリティ責任者は、自己点検の結果\n明らかになった問題点を取りまとめ、\n最高情報セキュリティ責任者に報告しなければならない。', note: 'wrapped' },
    { text: '| 報告者 | 報告先 | 内容 |\n|---|---|---|\n| 統括情報セキュリティ責任者 | CISO | 運用・自己点検・教育で生じた課題 |', note: 'table row' },
    { text: '- 対策の運用において生じた課題を報告すること。', heading: '2.2.1 情報セキュリティ対策の運用', note: 'list item' },
    { text: '統括情報セキュリティ責任者は、運用、自己点検及び教育で生じた事項を取りまとめ、最高情報セキュリティ責任者に報告する。', heading: '第7条（課題の報告）', note: 'issues named in the article heading' },
    { text: '第12条 統括情報セキュリティ責任者は、監査及び自己点検で把握した課題を最高情報セキュリティ責任者に報告しなければならない。', note: '条 style, with audit' },
  ],
  decoys: [
    { text: 'Each Information Security Manager carries out a self-assessment every fiscal year and reports the results to the CISO.', note: 'issue 11: English: results reported' },
    { text: '統括情報セキュリティ責任者は、自己点検の結果を取りまとめ、最高情報セキュリティ責任者に報告すること。', note: 'issue 11: self-inspection results only' },
    { text: '情報セキュリティ監査責任者は、監査報告書を作成し、最高情報セキュリティ責任者に報告すること。', note: 'issue 11: audit report only' },
    { text: 'The results of self-inspections shall be reported to the CISO annually.', note: 'issue 11: English results only' },
    { text: '職員等は、情報セキュリティインシデントを認知した場合には、直ちにCSIRTに報告すること。', note: 'incident report' },
    { text: '情報セキュリティ監査責任者は、監査で明らかになった課題を監査報告書に記載すること。', note: 'audit findings written up' },
    { text: '職員等は、情報セキュリティ関係規程への重大な違反を知った場合は、情報セキュリティ責任者に報告すること。', note: 'violation report' },
    { text: '情報化推進計画の課題については、別途検討する。', note: 'generic 課題' },
    { text: 'Exceptions to this policy shall be reported to the CISO.', note: 'exception report' },
  ],
  outdated: [
    { text: '職員等は、運用、自己点検及び教育において生じた課題を最高情報セキュリティ責任者に報告するよう努める。', note: 'only an effort' },
  ],
  ignored: [
    { text: '```\n運用、自己点検及び教育で発生した課題をCISOに報告すること。\n```', note: 'code block' },
    { text: '<!-- 運用、自己点検及び教育で発生した課題をCISOに報告すること。 -->', note: 'HTML comment' },
    { text: '> 運用、自己点検及び教育で発生した課題をCISOに報告すること。', note: 'blockquote' },
  ],
});

describe(`${ID}: how old and new clauses combine`, () => {
  it('keeps the results report as a complement when issues are reported too', () => {
    const body = [
      '## 2.3.1 自己点検',
      '',
      '(1) 統括情報セキュリティ責任者は、自己点検の結果を取りまとめ、最高情報セキュリティ責任者に報告すること。',
      '(2) 統括情報セキュリティ責任者は、自己点検で明らかになった課題を最高情報セキュリティ責任者に報告すること。',
      '',
    ].join('\n');
    expect(statusOf(ID, body)).toBe('covered');
  });
});
