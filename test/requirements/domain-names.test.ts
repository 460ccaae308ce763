import { requirementSuite } from './helpers';

requirementSuite('domain-names', {
  cover: [
    '情報システムセキュリティ責任者は、機関等外向けに提供するウェブサイト等には、政府ドメイン名を使用すること。',
    { text: '本学が提供するウェブサイト及び電子メールには、ac.jpドメインを使用する。', note: 'ac.jp' },
    { text: 'Websites provided to the public shall use the government domain name ending in go.jp.', note: 'English' },
    { text: '当法人のウェブサイトのドメイン名は、ｇｏ．ｊｐとする。', note: 'full-width' },
    { text: '情報システムセキュリティ責任者は、\n当機構であることが保証されるドメイン名を\n使用しなければならない。', note: 'wrapped, no go.jp' },
    { text: '| 対象 | ドメイン |\n|---|---|\n| 公開ウェブサイト | go.jp ドメイン |', note: 'table row' },
    { text: '- 電子メールアドレスにはgo.jpを用いること。', heading: '6.3.2 ウェブサイト等の提供時の対策', note: 'list item, no ドメイン word' },
    { text: '第52条 情報システムセキュリティ責任者は、政府機関等のドメイン名を用いてウェブサイトを公開しなければならない。', note: '条 style' },
  ],
  decoys: [
    { text: '電子メールサーバには送信ドメイン認証技術を導入すること。', note: 'sender domain authentication' },
    { text: 'DNSのコンテンツサーバは、管理するドメインの情報を正確に提供すること。', note: 'DNS' },
    { text: '問い合わせ先：情報セキュリティ推進室（security@example.go.jp）', note: 'a contact address' },
    { text: '端末はActive Directoryのドメインに参加させること。', note: 'Windows domain' },
    { text: 'Domain administrators shall use separate accounts for administration.', note: 'English, Windows domain' },
  ],
  outdated: [
    { text: 'ウェブサイトには、政府ドメイン名（go.jp）を使用することが望ましい。', note: 'mere wish' },
  ],
  ignored: [
    { text: '```\nウェブサイトには政府ドメイン名（go.jp）を使用すること。\n```', note: 'code block' },
    { text: '<!-- ウェブサイトには政府ドメイン名（go.jp）を使用すること。 -->', note: 'HTML comment' },
    { text: '> ウェブサイトには政府ドメイン名（go.jp）を使用すること。', note: 'blockquote' },
  ],
});
