// Phrasings in the style of published 対策基準 / 規程 (the FY2018 standard's own drafting as agencies adapt it), and
// ways of not adopting a measure that such documents use: each must get the status of issue 11's table.
import { describe, expect, it } from 'vitest';
import { check } from './helpers';

const cases: Array<[string, string, string]> = [
  ['covered', 'web-encryption', '本機構のウェブサイトは、全ページをSSL/TLSによる暗号化通信で提供する。'],
  ['covered', 'web-encryption', '情報システムセキュリティ責任者は、機関等のウェブサイトについて、常時SSL/TLSによる暗号化を行うこと。'],
  ['covered', 'email-encryption', '情報システムセキュリティ責任者は、電子メールの送受信時の通信経路の暗号化を行うとともに、送信ドメイン認証技術を導入すること。'],
  ['covered', 'email-encryption', '電子メールサーバは、他の電子メールサーバとの間の通信を暗号化する機能を備えること。'],
  ['covered', 'unknown-malware', '情報システムセキュリティ責任者は、端末に、不正プログラムの挙動を監視し、不審な動作を検知した場合に当該プログラムの実行を停止させる機能を導入すること。'],
  ['covered', 'unknown-malware', 'サーバ装置及び端末には、パターンマッチングに依らない検知技術を用いた不正プログラム対策を講ずること。'],
  ['covered', 'it-asset-management', '情報システムセキュリティ責任者は、端末で利用されているソフトウェアのバージョン情報をIT資産管理ツールで収集し、脆弱性対策に活用すること。'],
  ['covered', 'drm', '機密性3情報を記録した電子ファイルには、IRM（Information Rights Management）を適用すること。'],
  ['covered', 'mobile-devices', '職員等は、モバイル端末を要管理対策区域外で使用する場合は、統括情報セキュリティ責任者が定める安全管理措置を講ずること。'],
  ['covered', 'iot-devices', '情報システムセキュリティ責任者は、特定用途機器について、取り扱う情報、利用方法、通信回線への接続形態等により脅威が存在する場合には、当該機器の特性に応じた対策を講ずること。'],
  ['covered', 'issue-reporting', '情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検、教育等で明らかとなった課題を統括情報セキュリティ責任者を通じて最高情報セキュリティ責任者に報告すること。'],
  ['covered', 'promotion-structure', '最高情報セキュリティ責任者は、情報セキュリティ対策を推進するための組織・体制（情報セキュリティ対策推進体制）を整備し、その役割を規定すること。'],
  ['covered', 'domain-names', '情報システムセキュリティ責任者は、国民向けのウェブサイトには政府ドメイン名を使用すること。'],
  ['missing', 'web-encryption', 'ウェブサイトのHTTPS化は、システム更改時に検討する。'],
  ['missing', 'email-encryption', '電子メールの暗号化は、当面の間、実施しない。'],
  ['missing', 'it-asset-management', 'IT資産管理ソフトウェアの導入：（検討中）'],
  ['missing', 'unknown-malware', '| 対策 | 状況 |\n|---|---|\n| EDRの導入 | 未定 |'],
  ['missing', 'drm', 'DRMの適用は、予算の状況を見て判断する。'],
];
describe('published-style phrasings', () => {
  it.each(cases.map(([want, id, text]) => [`${want} ${id}: ${text.slice(0, 50)}`, want, id, text] as const))('%s', (_name, want, id, text) => {
    expect(check(id, text).status).toBe(want);
  });
});
