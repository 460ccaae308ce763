// A document that is a record (results, findings, minutes) or a draft sent out for comment sets no duty, whatever
// its rows and sentences say; a title that names a rule keeps the rule's reading.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';

const BODY = [
  '',
  '| No. | 点検項目 | 状況 |',
  '|---|---|---|',
  '| 1 | 振る舞い検知による未知の不正プログラム対策 | 全ての端末及びサーバ装置にEDRを導入し、実行を防止している |',
  '',
  '全てのウェブサイトは、HTTPSにより常時暗号化すること。',
  '',
].join('\n');
const of = (title: string, id: string) =>
  analyzeText(`# ${title}\n${BODY}`, { force: true }).requirements.find((r) => r.id === id)!;

describe('the document frame', () => {
  it('reads a record of results or findings as reporting', () => {
    for (const title of [
      '令和8年度 情報セキュリティ自己点検結果票',
      '令和8年度 情報セキュリティ監査報告書',
      'FY2026 Security Audit Report',
    ]) {
      const web = of(title, 'web-encryption');
      expect(web.status, title).toBe('missing');
      expect(of(title, 'unknown-malware').status, title).toBe('missing');
      // The reason quotes the title as written.
      expect(JSON.stringify(web.related ?? []), title).toContain(title.slice(-6));
    }
  });

  it('reads a draft sent out for comment as not yet in force', () => {
    const web = of('情報セキュリティ対策基準の改正案に対する意見照会について', 'web-encryption');
    expect(web.status).toBe('missing');
    expect(JSON.stringify(web.related ?? [])).toContain('改正案');
  });

  it('keeps a rule whose title also names results or a report', () => {
    expect(of('リスク評価結果に基づく情報セキュリティ対策基準', 'web-encryption').status).toBe('covered');
    expect(of('Information Security Policy and FY2025 Implementation Report', 'web-encryption').status).toBe('covered');
    expect(of('情報セキュリティ対策基準', 'web-encryption').status).toBe('covered');
  });
});
