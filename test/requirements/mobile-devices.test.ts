import { describe, expect, it } from 'vitest';
import { requirementSuite, statusOf } from './helpers';

const ID = 'mobile-devices';

requirementSuite(ID, {
  cover: [
    '職員等は、モバイル端末を要管理対策区域外で業務に利用する場合は、統括情報セキュリティ責任者が定める安全管理措置を講ずること。',
    { text: '携帯端末を庁外に持ち出して利用する場合は、端末の暗号化及び遠隔消去の機能を有効にしなければならない。', note: 'paraphrase: 携帯端末, 持ち出し' },
    { text: 'Mobile devices may be used outside the office and connected to external networks provided that device encryption, authentication and remote wipe are in place.', note: 'English' },
    { text: 'スマートフォン及びタブレットを組織内外のネットワークに接続して業務を行う場合は、ＭＤＭにより管理すること。', note: 'full-width MDM' },
    { text: '統括情報セキュリティ責任者は、ノートPCを\n自宅や出張先で利用する場合の\n主体認証及び暗号化の措置を定めること。', note: 'wrapped' },
    { text: '| 利用場所 | 必要な措置 |\n|---|---|\n| 要管理対策区域外 | モバイル端末の暗号化、画面ロック、リモートワイプ |', note: 'table row' },
    { text: '- 外出先で利用する場合は、公衆無線LANに接続せず、端末を暗号化すること。', heading: '7.1.1(4) モバイル端末', note: 'list item under a mobile heading' },
    { text: '第30条 職員等は、情報セキュリティ責任者の許可を得て、安全管理措置を講じた上で、モバイル端末を学外で利用することができる。', note: '条 style' },
    { text: '端末を組織の内外で通信回線に接続して業務を行う場合は、主体認証及び通信の暗号化の措置を講ずること。', note: 'no device type, inside and outside' },
  ],
  decoys: [
    { text: 'モバイル端末を紛失した場合は、直ちに情報セキュリティ責任者に報告すること。', note: 'loss reporting' },
    { text: '職員等は、私物のスマートフォンを庁内ネットワークに接続してはならない。', note: 'BYOD ban' },
    { text: '端末の記録領域を暗号化すること。', heading: '7.1.1 端末', note: 'desktop terminals' },
    { text: '外部電磁的記録媒体の持ち出しは、情報セキュリティ責任者の許可を得ること。', note: 'removable media' },
    { text: 'Mobile phones must be switched to silent mode during meetings.', note: 'etiquette' },
  ],
  outdated: [
    { text: 'モバイル端末を要管理対策区域外で利用する場合は、暗号化等の安全対策を講ずることが望ましい。', note: 'safeguards only desirable' },
    { text: '職員等は、モバイル端末を庁外に持ち出してはならない。', note: 'blanket ban on taking out' },
    { text: 'ノートパソコンを外部のネットワークに接続することを禁止する。', note: 'blanket ban on outside networks' },
    { text: 'Staff must not take laptops or tablets out of the office.', note: 'English ban' },
    { text: '職員等は、業務用パソコンを庁舎外に持ち出してはならない。', note: 'ban on taking any PC out' },
    { text: '端末の要管理対策区域外への持ち出しは禁止する。', heading: 'モバイル端末の取扱い', note: 'ban under a mobile heading' },
  ],
  ignored: [
    { text: '```\nモバイル端末を要管理対策区域外で利用する場合は、暗号化等の安全管理措置を講ずること。\n```', note: 'code block' },
    { text: '<!-- モバイル端末を要管理対策区域外で利用する場合は、暗号化等の安全管理措置を講ずること。 -->', note: 'HTML comment' },
    { text: '> モバイル端末を要管理対策区域外で利用する場合は、暗号化等の安全管理措置を講ずること。', note: 'blockquote' },
  ],
});

describe(`${ID}: bans with a way out`, () => {
  it('treats a ban with a permission exception as the permission framework, not as outdated', () => {
    const body = 'モバイル端末の持ち出しは原則として禁止する。ただし、情報セキュリティ責任者の許可を得て、暗号化等の措置を講じた場合はこの限りでない。\n';
    expect(statusOf(ID, body)).toBe('covered');
  });

  it('is missing, not outdated, for a ban that allows exceptions but names no safeguard', () => {
    expect(statusOf(ID, 'モバイル端末は、許可を得た場合を除き、庁外に持ち出してはならない。\n')).toBe('missing');
  });
});
