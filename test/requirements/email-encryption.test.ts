// Single clauses and the status they get are `examples:` in catalog/requirements/email-encryption.yaml (examples.test.ts);
// what is left here checks clauses together, or more than the status of one.
import { describe, expect, it } from 'vitest';
import { statusOf } from './helpers';

const ID = 'email-encryption';

describe(`${ID}: how old and new clauses combine`, () => {
  it('keeps mis-sending rules as a complement when the transport is encrypted', () => {
    const body = [
      '## 7.2.1 電子メール',
      '',
      '(1) 職員等は、電子メールの送信前に宛先を確認し、誤送信を防止すること。',
      '(2) 情報システムセキュリティ責任者は、電子メールサーバ間の通信をTLSにより暗号化すること。',
      '',
    ].join('\n');
    expect(statusOf(ID, body)).toBe('covered');
  });
});
