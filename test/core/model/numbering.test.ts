import { describe, expect, it } from 'vitest';
import { nextClauseNumber, parseClauseNumber } from '../../../server/src/core/model/numbering';

const cases: Array<[string, string, number, string]> = [
  // text, kind, value, next
  ['第3条（目的）', 'article', 3, '第4条'],
  ['第十一条 定義', 'article', 11, '第十二条'],
  ['第１２条　電子メール', 'article', 12, '第１３条'],
  ['第2章 組織', 'chapter', 2, '第3章'],
  ['第１節', 'chapter', 1, '第２節'],
  ['第３ 情報の取扱い', 'ordinal', 3, '第４'],
  ['7.1.1 端末', 'decimal', 1, '7.1.2'],
  ['７．２．１　電子メール', 'decimal', 1, '７．２．２'],
  ['(2) 職員等は', 'paren-digit', 2, '(3)'],
  ['（１）最高情報', 'paren-digit', 1, '（２）'],
  ['⑴ 暗号化', 'circled-paren-digit', 1, '⑵'],
  ['① 対策', 'circled-digit', 1, '②'],
  ['(b) 通信', 'paren-latin', 2, '(c)'],
  ['(ア) 端末', 'paren-kana', 1, '(イ)'],
  ['一 情報システム', 'kanji-item', 1, '二'],
  ['2101-54 第54条 (主体認証機能の導入)', 'hybrid', 54, '2101-55'],
  ['2 前項の規定', 'digit', 2, '3'],
];

describe('clause numbers', () => {
  it.each(cases)('%s', (text, kind, value, next) => {
    const n = parseClauseNumber(text);
    expect(n?.kind).toBe(kind);
    expect(n?.value).toBe(value);
    expect(nextClauseNumber(n!)).toBe(next);
  });

  it('does not take ordinary words for numbers', () => {
    expect(parseClauseNumber('情報セキュリティ対策基準')).toBeUndefined();
    expect(parseClauseNumber('Introduction')).toBeUndefined();
    expect(parseClauseNumber('2018年に改定')).toBeUndefined();
  });
});
