// The hover on a reference to the standard itself (server/standardHover.ts): which edition a reference names, and
// what the hover says about it against the edition the document is checked against.
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog } from '../../server/src/core';
import { standardEditions } from '../../server/src/core/catalog/editions';
import { standardMarkdown, standardReferenceAt } from '../../server/src/lsp/standardHover';
import { TITLE } from './helpers';

const doc = (body: string, frontMatter = '') =>
  `${frontMatter ? `---\n${frontMatter}\n---\n` : ''}${TITLE}\n\n${body}\n`;
const at = (line: string, needle: string) => standardReferenceAt(line, line.indexOf(needle) + 1);

describe('standardReferenceAt', () => {
  it('finds the edition a reference names, in era, letter and fiscal-year spellings', () => {
    const line = '統一基準（令和5年度版）に準拠する。';
    expect(at(line, '令和5')).toMatchObject({
      start: line.indexOf('令和5'),
      end: line.indexOf('）'),
      edition: { id: 'r5' },
    });
    expect(at('平成28年度版の統一基準', '平成')?.edition?.id).toBe('h28');
    expect(at('Ｈ３０年度版による', 'Ｈ')?.edition?.id).toBe('h30');
    expect(at('the FY2016 edition', 'FY')?.edition?.id).toBe('h28');
    expect(at('the FY2021 edition', 'FY')).toMatchObject({ start: 4, end: 18, edition: { id: 'r3' } });
  });

  it('names no edition for the standard in general, nothing outside a reference, and no edition the catalog lacks', () => {
    const line = '統一基準群に準拠する。';
    expect(at(line, '統一')).toMatchObject({ start: 0, end: 5 });
    expect(at(line, '統一')?.edition).toBeUndefined();
    expect(standardReferenceAt(line, line.indexOf('準拠') + 1)).toBeUndefined();
    // 令和4年度 and FY2022 are no edition: 令和4年度版 is matched as a reference without an edition, FY2022 not at all.
    expect(at('令和4年度版', '令和')).toEqual({ start: 0, end: 6, edition: undefined });
    expect(at('FY2022 edition', 'FY')).toBeUndefined();
  });
});

describe('standardMarkdown', () => {
  const declaredR5 = analyzeText(doc('本基準は、統一基準（令和5年度版）に準拠する。'));
  const byDefault = analyzeText(doc('本文。'));

  it('lists every edition of the standard in the catalog, oldest first, the checked one in bold', () => {
    const md = standardMarkdown(declaredR5, undefined, 'ja');
    const titles = standardEditions(getCatalog().data).map((e) => (e.id === 'r5' ? `**${e.title.ja}**` : e.title.ja));
    expect(md).toContain(`版の変遷: ${titles.join(' → ')}`);
    expect(titles[0]).toBe('平成26年度版');
    expect(md).toContain('Kijun はこの文書を **令和5年度版（2023-07-04）** の改定内容で検査しています');
    expect(md).toContain(`検査する版の決め方: ${declaredR5.editionChoice.reason.ja}。`);
  });

  it('says whether the named edition is the checked one, an older one or a later one', () => {
    const r5 = at('統一基準（令和5年度版）', '令和')!.edition;
    const h28 = at('平成28年度版', '平成')!.edition;
    expect(standardMarkdown(declaredR5, r5, 'ja')).toMatch(
      /^\*\*統一基準群 令和5年度版（2023-07-04）\*\* — Kijun がこの文書の検査に用いている版/,
    );
    expect(standardMarkdown(declaredR5, h28, 'ja')).toContain(
      '改定前の版です。現行として扱う版は **令和5年度版（2023-07-04）** です',
    );
    expect(standardMarkdown(byDefault, r5, 'ja')).toContain(
      'Kijun は現在 平成30年度版（2018-07-25） の改定内容で検査しています。この版で追加された事項は検査していません。',
    );
    expect(standardMarkdown(byDefault, r5, 'en')).toContain(
      'Kijun checks against the FY2018 edition (2018-07-25); what this later edition added is not checked yet.',
    );
  });

  it('treats the standard of a guideline-only update as current, and names the default for auto', () => {
    const update = analyzeText(doc('本文。', 'kijun: { edition: r5-2024 }'));
    expect(update.edition).toBe('r5-2024');
    const md = standardMarkdown(update, at('令和5年度版', '令和')!.edition, 'en');
    expect(md).toContain('The edition Kijun checks this document against (treated as current).');
    expect(md).toContain(
      'Editions: FY2014 edition → FY2016 edition → FY2018 edition → FY2021 edition → **FY2023 edition**',
    );
    expect(md).toContain('(FY2018 when it declares none or an older one)');
    expect(standardMarkdown(update, undefined, 'ja')).toContain('記載がないか改定前の版なら平成30年度版');
  });
});
