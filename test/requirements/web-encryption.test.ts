import { describe, expect, it } from 'vitest';
import { check, requirementSuite, statusOf } from './helpers';

const ID = 'web-encryption';

requirementSuite(ID, {
  cover: [
    { text: 'ウェブサイトの暗号化には、SSL 3.0又はTLS 1.0以上を用いること。', note: 'issue 11: SSL 3.0 / TLS 1.0 acceptable' },
    { text: 'ウェブサイトの通信は、SSLにより暗号化すること。', note: 'issue 11: bare SSL' },
    '情報システムセキュリティ責任者は、機関等が提供する全てのウェブサイトについて、HTTPSにより常時暗号化すること。',
    { text: '当機構のホームページは常時SSL化する。', note: '常時SSL化 is HTTPS everywhere' },
    { text: 'All websites operated by the agency shall be served over HTTPS only, with HSTS enabled.', note: 'English' },
    { text: '情報システムセキュリティ責任者は、ウェブサーバとの通信をＨＴＴＰＳ（ＴＬＳ１．２以上）で暗号化すること。', note: 'full-width' },
    { text: '情報システムセキュリティ責任者は、外部に公開する\nウェブサイトの全てのページを\nTLSにより暗号化しなければならない。', note: 'wrapped' },
    { text: '| 対象 | 対策 |\n|---|---|\n| 公開ウェブサイト | 全ページのHTTPS化 |', note: 'table row' },
    { text: '- 利用者との通信は全て暗号化すること。', heading: '7.2.2 ウェブ', note: 'list item under the web heading' },
    { text: '第45条 情報システムセキュリティ責任者は、本学のウェブサイトを常時暗号化しなければならない。', note: '条 style' },
    { text: 'Web servers must encrypt all traffic with TLS 1.2 or later.', note: 'English, TLS' },
  ],
  decoys: [
    { text: 'ウェブサーバに保存する要機密情報は暗号化すること。', note: 'storage' },
    { text: 'ウェブ会議の通信は暗号化されたサービスを利用すること。', note: 'web conference' },
    { text: '情報システムセキュリティ責任者は、ウェブサイトの改ざんを検知する仕組みを導入すること。', note: 'tampering' },
    { text: 'ウェブサイトのURLは https://www.example.go.jp/ とする。', note: 'a URL is not a rule' },
    { text: '電子メールサーバ間の通信はTLSにより暗号化すること。', heading: '7.2 電子メール・ウェブ', note: 'mail under a combined heading' },
    { text: 'Data stored on web servers shall be encrypted at rest.', note: 'English storage' },
    { text: '主体認証情報を通信回線で送信する場合は、パスワードを暗号化すること。', note: 'authentication, not the web' },
  ],
  outdated: [
    { text: '個人情報を取り扱うウェブページは、HTTPSにより暗号化すること。', note: 'issue 11: personal-data pages only (pre-revision form)' },
    { text: 'ログイン画面及び個人情報を入力するフォームでは、SSL/TLSにより通信を暗号化すること。', note: 'login and form pages only' },
    { text: '個人情報を入力するページはHTTPSとし、その他のページはHTTPで提供してもよい。', note: 'HTTP allowed' },
    { text: 'Encryption shall be applied to login pages and forms where personal data is entered.', note: 'English, partial' },
    { text: '静的な案内ページについては、暗号化は不要とする。', heading: '7.2.2 ウェブ', note: 'encryption not needed' },
    { text: 'ウェブサイトは、必要に応じてHTTPSにより暗号化することが望ましい。', note: 'mere wish' },
  ],
  ignored: [
    { text: '```\n全てのウェブサイトをHTTPSにより常時暗号化すること。\n```', note: 'code block' },
    { text: '<!-- 全てのウェブサイトをHTTPSにより常時暗号化すること。 -->', note: 'HTML comment' },
    { text: '> 全てのウェブサイトをHTTPSにより常時暗号化すること。', note: 'blockquote' },
  ],
});

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
