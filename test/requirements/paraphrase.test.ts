// Paraphrase: fully compliant clauses written in an agency's own words (the way published 対策基準 / 規程 of
// ministries, 独立行政法人 and universities phrase each duty, not the revision summary's words) are covered.
import { describe, expect, it } from 'vitest';
import { check } from './helpers';

const covered: Array<[string, string]> = [
  ['web-encryption', '情報システムセキュリティ責任者は、ウェブサイトを構築又は運用する場合には、通信の盗聴及び改ざんの防止並びに正当なウェブサーバであることを利用者が確認できるようにするため、TLSによる暗号化を行うこと。'],
  ['web-encryption', '本学が公開する全てのホームページは、暗号化通信（https）により提供しなければならない。'],
  ['web-encryption', 'The Agency shall protect all of its public websites with TLS.'],
  ['email-encryption', '電子メールの送受信に当たっては、盗聴及び改ざんを防止するため、メールサーバ間の転送をSMTP over TLS等で保護すること。'],
  ['email-encryption', '電子メールの送信者の詐称を防止するため、送信ドメイン認証を導入するとともに、他のメールサーバとの通信を暗号化すること。'],
  ['email-encryption', 'Messages exchanged with external mail servers shall be protected with TLS.'],
  ['unknown-malware', '情報システムセキュリティ責任者は、端末及びサーバ装置において、既知及び未知の不正プログラムの実行を検知し、阻止する機能を導入すること。'],
  ['unknown-malware', '端末には、不審な挙動を示すプログラムを検出して隔離する製品を導入すること。'],
  ['unknown-malware', 'Endpoints and servers shall run software that identifies malicious programs from their behaviour and stops them before they execute.'],
  ['it-asset-management', '情報システムセキュリティ責任者は、端末管理ツールにより、端末に導入されたソフトウェアの名称及び版数を自動的に把握すること。'],
  ['it-asset-management', '全ての端末及びサーバ装置のソフトウェア構成を資産管理システムで一元的に管理し、脆弱性情報と照合すること。'],
  ['it-asset-management', 'An endpoint management tool shall automatically collect the name and version of the software installed on every terminal.'],
  ['drm', '要機密情報を含む電子ファイルには、権限のない者が閲覧、印刷又は複製できないよう、ファイル単位の利用制限を施すこと。'],
  ['drm', 'Confidential files shall be protected with information rights management so that they cannot be opened by unauthorised persons even if leaked.'],
  ['mobile-devices', '職員等は、機構支給のノートパソコンを庁外で業務に用いる場合は、端末の暗号化及び画面ロックを行うこと。'],
  ['mobile-devices', 'Agency-issued laptops and smartphones may be used off-site for work provided that disk encryption and remote wipe are enabled.'],
  ['domain-names', '本学のウェブサイト及び電子メールアドレスには、本学のac.jpドメインを使用すること。'],
  ['iot-devices', 'ネットワークカメラ、入退室管理装置等のインターネットに接続する機器については、初期パスワードを変更し、ファームウェアを最新に保つこと。'],
  ['issue-reporting', '統括情報セキュリティ責任者は、情報セキュリティ対策の運用や教育で見つかった問題点を取りまとめ、最高情報セキュリティ責任者に報告すること。'],
  ['improvement-instructions', '最高情報セキュリティ責任者は、全学的に対応すべき改善事項は統括情報セキュリティ責任者に、部局に固有の改善事項は当該部局の情報セキュリティ責任者に、それぞれ改善を指示すること。'],
  ['promotion-structure', '最高情報セキュリティ責任者は、情報セキュリティ対策を推進する体制を整備し、その構成員及び役割を定めること。'],
  ['promotion-structure', 'The CISO shall establish a team that drives information security measures and define its members and roles.'],
];

describe('paraphrased duties are covered', () => {
  it.each(covered.map(([id, text]) => [`${id}: ${text.slice(0, 60)}`, id, text] as const))('%s', (_name, id, text) => {
    const r = check(id, text);
    expect(r.status).toBe('covered');
    expect(r.analysis.requirements.find((x) => x.id === id)!.reason?.ja).toContain('義務として定めています');
  });
});

// The same words without the duty: the paraphrase vocabulary must not turn these into coverage.
const decoys: Array<[string, string]> = [
  ['unknown-malware', '職員等は、端末に不審な挙動を認めた場合は、直ちに情報システム管理者に連絡すること。'],
  ['it-asset-management', '情報システムセキュリティ責任者は、端末管理ソフトウェアにより端末の設定を管理すること。'],
  ['email-encryption', '電子メールの送信者を詐称するメールを受信した場合は、情報セキュリティ責任者に報告すること。'],
  ['web-encryption', 'ウェブサイトに掲載する情報は、情報セキュリティ責任者の承認を得ること。'],
  ['promotion-structure', '最高情報セキュリティ責任者は、デジタル化を推進する体制を整備すること。'],
];
describe('near-paraphrases without the duty stay missing', () => {
  it.each(decoys.map(([id, text]) => [`${id}: ${text.slice(0, 60)}`, id, text] as const))('%s', (_name, id, text) => {
    expect(check(id, text).status).toBe('missing');
  });
});
