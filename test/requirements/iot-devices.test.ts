import { describe, expect, it } from 'vitest';
import { requirementSuite, statusOf } from './helpers';

const ID = 'iot-devices';

requirementSuite(ID, {
  cover: [
    { text: '組込み型機器（監視カメラ、空調制御装置等）をネットワークに接続する者は、初期パスワードを変更し、ファームウェアを最新に保つこと。', note: 'embedded devices' },
    '情報システムセキュリティ責任者は、IoT機器を含む特定用途機器について、初期パスワードの変更等の対策を講ずること。',
    { text: 'ネットワークカメラ及びテレビ会議システムは、インターネットから直接接続できないよう、業務用の通信回線と分離すること。', note: 'paraphrase, device types' },
    { text: 'IoT devices shall have their default passwords changed and firmware kept up to date.', note: 'English' },
    { text: '情報システムセキュリティ責任者は、ＩｏＴ機器の脆弱性対策を実施すること。', note: 'full-width' },
    { text: '情報システムセキュリティ責任者は、入退室管理システム等の\n特定用途機器について、不要な機能を停止し、\nファームウェアを更新すること。', note: 'wrapped' },
    { text: '| 機器 | 対策 |\n|---|---|\n| IP電話・ネットワークカメラ | 初期設定のパスワードを変更する |', note: 'table row' },
    { text: '- 当該機器の特性に応じた対策を実施すること。', heading: '7.1.3(2) 特定用途機器', note: 'list item under the heading' },
    { text: '第41条 情報システムセキュリティ責任者は、空調制御システムその他の施設管理システムの機器を情報システムの通信回線から分離しなければならない。', note: '条 style' },
    { text: '本基準の対象とする情報システムには、IoT機器を含むものとする。', note: 'explicitly in scope' },
  ],
  decoys: [
    { text: '物理的対策：情報システムを設置する区域への入退室管理等により、情報資産を物理的な脅威から保護する。', note: 'physical entry control, not a device' },
    { text: '複合機の初期パスワードを変更すること。', heading: '7.1.3 複合機・特定用途機器', note: 'printers only' },
    { text: '特定用途機器とは、テレビ会議システム、IP電話システム、ネットワークカメラシステム等の特定の用途に使用される機器をいう。', note: 'definition only' },
    { text: '当機構は、IoTやAI等の新たな技術の活用を推進する。', note: 'IoT as innovation' },
    { text: 'テレビ会議を行う際は、参加者を確認すること。', note: 'a meeting rule' },
    { text: 'IoT devices are out of scope of this policy.', note: 'excluded' },
  ],
  outdated: [
    { text: 'IoT機器については、初期パスワードの変更やファームウェアの更新等の安全対策を講ずることが望ましい。', note: 'only desirable' },
    { text: 'Network cameras and other IoT devices should have their default passwords changed where possible.', note: 'English should' },
  ],
  ignored: [
    { text: '```\nIoT機器の初期パスワードを変更すること。\n```', note: 'code block' },
    { text: '<!-- IoT機器の初期パスワードを変更すること。 -->', note: 'HTML comment' },
    { text: '> IoT機器の初期パスワードを変更すること。', note: 'blockquote' },
  ],
});

describe(`${ID}: the shared 複合機・特定用途機器 section`, () => {
  it('counts the specific-purpose sentence, not the printer one', () => {
    const printers = ['## 7.1.3 複合機・特定用途機器', '', '(1) 複合機の初期パスワードを変更すること。', ''].join('\n');
    expect(statusOf(ID, printers)).toBe('missing');
    const both = `${printers}(2) 特定用途機器について、脅威に応じた対策を講ずること。\n`;
    expect(statusOf(ID, both)).toBe('covered');
  });
});
