import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../server/src/core';
import { beppyoRowsFor, followBeppyo } from '../../../server/src/core/reading/beppyo';

/** The rows the referring clause (the first one) is read with, after following its 別表. */
function rowsOfFirst(text: string): string[] {
  const doc = parsePolicy(text);
  followBeppyo(doc);
  return beppyoRowsFor(doc, doc.clauses[0]).map((r) => r.split('\u0000').pop() ?? '');
}

const table = '\n\n| 対象 | 内容 |\n|---|---|\n| 電子申請サイト | 個人情報を受け付ける |\n';
const tableEn = '\n\n| Covered | Why |\n|---|---|\n| the application site | personal data |\n';

describe('a 別表 reference is followed whatever its wording', () => {
  const ja: Array<[string, string]> = [
    [
      '別表第4に掲げる…同表に定める',
      '(6) 責任者は、別表第４に掲げるサイトについて、同表に定める措置を講ずること。\n\n別表第４（3.1.1関係）',
    ],
    ['別表N (no 第)', '第３条　責任者は、別表２に列記するサイトに措置を講ずる。\n\n別表２'],
    ['当該別表', '(1) 責任者は、当該別表に掲げるサイトについて措置を講ずること。\n\n別表第１'],
    ['kanji number', '第３条　責任者は、別表第三に規定するサイトに措置を講ずる。\n\n別表第三（第３条関係）'],
  ];
  it.each(ja)('%s', (_name, body) => {
    expect(rowsOfFirst(`# 基準\n\n${body}${table}`).join()).toContain('電子申請サイト');
  });

  const en: Array<[string, string]> = [
    ['Annex N', '(1) The Officer shall apply the measures to the sites listed in Annex 2.\n\nAnnex 2 (re 7.2.2)'],
    ['Appendix N', 'Article 3. The Officer shall protect the sites set out in Appendix 1.\n\nAppendix 1'],
    ['Schedule letter', '(1) The Officer shall protect the sites named under Schedule B.\n\nSchedule B'],
    ['the Annex, unnumbered', '(1) The Officer shall protect the sites listed in the Annex.\n\nAnnex'],
  ];
  it.each(en)('%s', (_name, body) => {
    expect(rowsOfFirst(`# Standard\n\n${body}${tableEn}`).join()).toContain('application site');
  });

  it('a numbered reference is not followed to another table', () => {
    expect(
      rowsOfFirst(`# 基準\n\n第３条　責任者は、別表第２に掲げるサイトに措置を講ずる。\n\n別表第１${table}`),
    ).toEqual([]);
    expect(
      rowsOfFirst(`# Standard\n\n(1) The Officer shall protect the sites listed in Annex 2.\n\nAnnex 1${tableEn}`),
    ).toEqual([]);
  });
});
