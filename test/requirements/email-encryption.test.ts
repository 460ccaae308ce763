import { describe, expect, it } from 'vitest';
import { requirementSuite, statusOf } from './helpers';

const ID = 'email-encryption';

requirementSuite(ID, {
  cover: [
    '情報システムセキュリティ責任者は、電子メールサーバ間の通信をSTARTTLSにより暗号化すること。',
    { text: '電子メールの送受信に係る通信は、TLSにより暗号化しなければならない。', note: 'paraphrase' },
    { text: 'The information system security officer shall encrypt e-mail in transit between mail servers using STARTTLS.', note: 'English' },
    { text: '情報システムセキュリティ責任者は、メールサーバ間の通信をＴＬＳで暗号化すること。', note: 'full-width' },
    { text: '情報システムセキュリティ責任者は、電子メールの\n送受信に用いる通信を暗号化するとともに、\n送信ドメイン認証を導入すること。', note: 'wrapped' },
    { text: '| 対象 | 対策 |\n|---|---|\n| 電子メール | サーバ間通信の暗号化（STARTTLS） |', note: 'table row' },
    { text: '- サーバ間の転送経路を暗号化すること。', heading: '7.2.1 電子メール', note: 'list item under the mail heading' },
    { text: '第46条 情報システムセキュリティ責任者は、電子メールの通信経路を暗号化しなければならない。', note: '条 style' },
  ],
  decoys: [
    { text: '電子メールの送信前には、宛先を確認し、誤送信を防止すること。', note: 'issue 11: mis-sending only' },
    { text: '電子メールサーバには、SPFによる送信ドメイン認証を導入すること。', note: 'issue 11: sender authentication only' },
    { text: '## 電子メール・ウェブ\n\n### ウェブサイト\n\n使用するプロトコルは TLS 1.2 以上とし、サーバ証明書は信頼できる認証局から取得する。', note: 'web sub-section of a combined chapter: the nearest heading is the web' },
    { text: '職員等は、電子メールを業務目的以外に利用しないこと。', note: 'use of mail' },
    { text: 'ウェブサイトは、HTTPSにより常時暗号化すること。', heading: '7.2 電子メール・ウェブ等', note: 'web sentence under a combined heading' },
    { text: '職員等は、メールマガジンの配信を受ける場合は、送信元を確認すること。', note: 'newsletters' },
    { text: '端末の記録領域は暗号化すること。', heading: '7.1.1 端末', note: 'disk encryption' },
  ],
  outdated: [
    { text: '要機密情報を電子メールで送信する場合は、添付ファイルを暗号化すること。', note: 'issue 11: attachment encryption' },
    { text: '電子メールの通信は、必要に応じて暗号化することが望ましい。', note: 'mere wish' },
    { text: 'Where appropriate, e-mail should be encrypted.', note: 'English wish' },
  ],
  ignored: [
    { text: '```\n電子メールサーバ間の通信をSTARTTLSにより暗号化すること。\n```', note: 'code block' },
    { text: '<!-- 電子メールサーバ間の通信をSTARTTLSにより暗号化すること。 -->', note: 'HTML comment' },
    { text: '> 電子メールサーバ間の通信をSTARTTLSにより暗号化すること。', note: 'blockquote' },
  ],
});

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
