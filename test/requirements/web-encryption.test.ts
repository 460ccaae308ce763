// Single clauses and the status they get are `examples:` in catalog/requirements/web-encryption.yaml (examples.test.ts);
// what is left here checks clauses together, or more than the status of one.
import { describe, expect, it } from 'vitest';
import { check, statusOf } from './helpers';

const ID = 'web-encryption';

describe(`${ID}: protocol versions`, () => {
  it('accepts a clause that forbids SSL 3.0 and TLS 1.0/1.1', () => {
    const r = check(ID, 'ウェブサイトはTLS 1.2以上により常時暗号化し、SSL 3.0、TLS 1.0及びTLS 1.1は無効化すること。');
    expect(r.status).toBe('covered');
    expect(check(ID, 'ウェブサイトはTLS1.2以上で常時暗号化し、SSL3.0及びTLS1.0は利用停止とする。').status).toBe('covered');
    // Issue 11: the CRYPTREC TLS point is a separate advisory, not the FY2018 revision: never outdated for it.
    expect(check(ID, 'ウェブサーバでは、SSLv3及びTLS1.0を有効とし、古いブラウザからの接続を可能とする。').status).not.toBe('outdated');
  });

  it('does not treat SSL/TLS or an SSL server certificate as naming old SSL', () => {
    expect(check(ID, '全てのウェブサイトは、SSL/TLSにより暗号化すること。').status).toBe('covered');
    expect(check(ID, 'ウェブサイトにはSSLサーバ証明書を導入し、全ページをHTTPSで提供すること。').status).toBe('covered');
  });
});

describe(`${ID}: how old and new clauses combine`, () => {
  it('is outdated when one clause allows plain HTTP even though another asks for HTTPS', () => {
    const body = [
      '## 7.2.2 ウェブ',
      '',
      '(1) 情報システムセキュリティ責任者は、ウェブサイトをHTTPSにより暗号化すること。',
      '(2) ただし、問い合わせ先等の案内ページはHTTPで公開しても差し支えない。',
      '',
    ].join('\n');
    expect(statusOf(ID, body)).toBe('outdated');
  });

  it('is covered when a wish sits next to a binding clause', () => {
    const body = [
      '1. 全てのウェブサイトを常時暗号化すること。',
      '2. 暗号化にはTLS 1.3を用いることが望ましい。',
      '',
    ].join('\n');
    expect(statusOf(ID, body)).toBe('covered');
  });

  it('is covered when 「可能な限り」 qualifies a detail of an all-pages clause, outdated when the whole is a wish', () => {
    expect(check(ID, '全てのウェブサイトをHTTPSで提供し、可能な限りTLS 1.3を用いること。').status).toBe('covered');
    expect(check(ID, '全てのウェブサイトの暗号化に努める。').status).toBe('outdated');
    expect(check(ID, '常時SSL化を検討すること。').status).toBe('outdated');
  });
});
