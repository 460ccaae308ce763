import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';

const table = (mark: number) =>
  [
    '# 情報セキュリティ対策 実施状況チェックリスト',
    '',
    '| 項番 | 対策 | 実施する | 実施しない | 検討中 |',
    '|---|---|---|---|---|',
    `| 1 | 全てのウェブサイトの常時暗号化（HTTPS） |${[0, 1, 2].map((i) => (i === mark ? ' ○ ' : ' ')).join('|')}|`,
    '',
  ].join('\n');
const status = (text: string) =>
  analyzeText(text, { force: true }).requirements.find((r) => r.id === 'web-encryption')?.status;

describe('checklist columns', () => {
  it('reads the measure as adopted only when the mark stands under a column that adopts it', () => {
    expect(status(table(0))).toBe('covered');
    expect(status(table(1))).toBe('missing');
    expect(status(table(2))).toBe('missing');
  });

  it('says which column refused it', () => {
    const a = analyzeText(table(2), { force: true });
    const r = a.requirements.find((x) => x.id === 'web-encryption')!;
    expect(JSON.stringify(r.related ?? [])).toContain('検討中');
  });
});
