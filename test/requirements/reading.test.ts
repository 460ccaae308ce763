// The reading of a clause's predicate (server/src/core/reading): issue 11's status table, phenomenon by
// phenomenon, is in the `examples:` of each catalog/requirements/<id>.yaml (decoys with `related`, the kind of
// clause the result cites; examples.test.ts). What is left here checks more than one clause's status.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../server/src/core';
import { check, statusOf, TITLE } from './helpers';

describe('labels, placeholders and vacuous bodies are never the evidence', () => {
  it('says the heading has no body when only a heading names the requirement', () => {
    const a = analyzeText(`${TITLE}\n\n## 未知の不正プログラムの検知及び実行防止\n\n## 次の節\n\n本文。\n`);
    const r = a.requirements.find((x) => x.id === 'unknown-malware')!;
    expect(r.status).toBe('missing');
    expect(r.reason?.ja).toContain('見出し');
  });
});

describe('separate duties that remain in force: missing, cited as related', () => {
  it('a TLS 1.0 remark never makes web-encryption outdated (a separate advisory)', () => {
    expect(
      check('web-encryption', '全てのウェブサイトはHTTPSで常時暗号化する。使用するプロトコルはTLS 1.0以上とする。')
        .status,
    ).toBe('covered');
    expect(check('web-encryption', 'ウェブサーバで使用するプロトコルはTLS 1.0以上とする。').status).not.toBe(
      'outdated',
    );
    const r = check('web-encryption', '使用するプロトコルはSSL 3.0又はTLS 1.0以上とする。');
    expect(r.status).toBe('missing');
    expect(r.analysis.requirements.find((x) => x.id === 'web-encryption')!.related?.[0].reason.ja).toContain(
      '改定とは別',
    );
  });
});

describe('mobile ban: information level, Japanese and English alike', () => {
  it.each([
    'モバイル端末を庁舎外に持ち出すことは禁止する。',
    'Mobile devices must not be taken out of the office.',
    '職員等は、業務用ノートパソコンを庁舎外に持ち出してはならない。',
  ])('%s', (text) => {
    const r = check('mobile-devices', text);
    expect(r.status).toBe('outdated');
    expect(r.findings.filter((f) => f.kind === 'outdated').map((f) => f.severity)).toEqual(['information']);
  });
});

describe('別表: rows are read in the context of the article that refers to them', () => {
  it('follows 「別表第2に定めるところにより」 to the table', () => {
    const body = [
      '## 第20条（電子メール）',
      '',
      '情報システムセキュリティ責任者は、別表第2に定めるところにより、電子メールの安全を確保すること。',
      '',
      '## 別表第2',
      '',
      '| 項目 | 措置 |',
      '|---|---|',
      '| 通信 | サーバ間の転送経路を暗号化すること |',
      '',
    ].join('\n');
    expect(statusOf('email-encryption', body)).toBe('covered');
    // Without the reference, the table row alone does not say it is about e-mail.
    expect(statusOf('email-encryption', body.replace('別表第2に定めるところにより、', ''))).toBe('missing');
  });
});

describe('citations: the clause to evaluate, not coverage by itself', () => {
  it('says the author cited it', () => {
    const r = check('web-encryption', '（統一基準 7.2.2 対応）ウェブサイトの暗号化に努める。');
    expect(r.analysis.requirements.find((x) => x.id === 'web-encryption')!.reason?.ja).toContain('明記');
  });
});
