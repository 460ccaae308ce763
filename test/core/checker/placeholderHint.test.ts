// addPlaceholderFindings searches the document once for a circle, a cross, U+FFEE or a character reference before
// testing its texts: a placeholder that reaches the normalized text by any of these ways is still reported.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';

const policy = (body: string) =>
  `# 情報セキュリティ対策基準\n\n## 第1条\n\n${body}省の職員は、電子メールを暗号化すること。\n`;
const placeholders = (text: string) =>
  analyzeText(text, { force: true }).findings.filter((f) => f.kind === 'placeholder');

describe('placeholders however written', () => {
  it.each([
    ['circles', '○○'],
    ['crosses', '××'],
    ['halfwidth circles (NFKC)', '\uFFEE\uFFEE'],
    ['numeric character references', '&#9675;&#9675;'],
    ['named character references', '&cir;&cir;'],
  ])('%s', (_name, body) => {
    const found = placeholders(policy(body));
    expect(found).toHaveLength(1);
    // (A reference maps to the source as a whole with what follows it: see model/parse.ts appendAligned.)
    expect(policy(body).slice(found[0].start, found[0].end).startsWith(body)).toBe(true);
  });

  it('none in a policy without them', () => {
    expect(placeholders(policy('国土情報'))).toHaveLength(0);
  });
});
