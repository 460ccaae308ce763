// Single clauses and the status they get are `examples:` in catalog/requirements/web-encryption.yaml (examples.test.ts);
// what is left here checks clauses together, or more than the status of one.
import { describe, expect, it } from 'vitest';
import { check, statusOf } from './helpers';

const ID = 'web-encryption';

describe(`${ID}: protocol versions`, () => {
  it('is never outdated for old protocols allowed (issue 11: CRYPTREC is a separate advisory, not the FY2018 revision)', () => {
    expect(
      check(ID, 'ウェブサーバでは、SSLv3及びTLS1.0を有効とし、古いブラウザからの接続を可能とする。').status,
    ).not.toBe('outdated');
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
});
