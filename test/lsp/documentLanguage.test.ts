import { describe, expect, it } from 'vitest';
import { documentLanguage } from '../../server/src/lsp/codeActions';

describe('the language of inserted clauses follows the policy', () => {
  it.each([
    ['# 情報セキュリティ対策基準\n\n第1条 CISO は HTTPS 及び TLS 1.2 を用いること。\n', 'ja'],
    [
      '# Information Security Standards\n\nArticle 1. The CISO (最高情報セキュリティ責任者) shall enforce HTTPS on every website.\n',
      'en',
    ],
    ['', 'ja'],
  ])('%j → %s', (text, lang) => {
    expect(documentLanguage(text)).toBe(lang);
  });
});
