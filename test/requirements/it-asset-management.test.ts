import { describe, expect, it } from 'vitest';
import { requirementSuite, statusOf } from './helpers';

const ID = 'it-asset-management';

requirementSuite(ID, {
  cover: [
    '情報システムセキュリティ責任者は、IT資産管理ソフトウェアを導入し、端末及びサーバ装置で利用されるソフトウェアの情報を自動的に収集すること。',
    { text: '端末で利用されているソフトウェアの名称及びバージョンを自動で収集し、脆弱性情報と突合できるようにする。', note: 'paraphrase, no tool name' },
    { text: 'The information system security officer shall introduce IT asset management software that automatically collects the name and version of the software installed on each terminal.', note: 'English' },
    { text: '統括情報セキュリティ責任者は、ＩＴ資産管理ツールにより端末の構成情報を一元的に把握すること。', note: 'full-width' },
    { text: '情報システムセキュリティ責任者は、資産管理ソフトウェアを用いて\nサーバ装置及び端末のソフトウェア導入状況を\n自動的に把握すること。', note: 'wrapped' },
    { text: '| 項目 | 内容 |\n|---|---|\n| ソフトウェア情報の把握 | インベントリ収集ツールで端末から自動収集する |', note: 'table row' },
    { text: '- 全ての端末にIT資産管理ソフトウェアのエージェントを導入すること。', heading: '6.2.1 ソフトウェアに関する脆弱性対策', note: 'list item' },
    { text: '第21条 情報システムセキュリティ責任者は、端末のソフトウェア構成を自動的に収集する仕組みを設け、ゼロデイ攻撃に迅速に対応できるようにしなければならない。', note: '条 style' },
    { text: '情報システムセキュリティ責任者は、全ての端末に導入し、ソフトウェアのバージョンを把握する。', heading: '第13条（IT資産管理ソフトウェアの導入）', note: 'tool named in the heading' },
    { text: 'Software inventory shall be gathered automatically from all servers and endpoints.', note: 'English, no tool name' },
  ],
  decoys: [
    { text: '情報システムセキュリティ責任者は、端末の管理台帳を作成し、年1回棚卸しを行うこと。', note: 'issue 11: terminal ledger' },
    { text: '情報システムセキュリティ責任者は、端末で利用するソフトウェアを常に最新のバージョンに更新すること。', note: 'patching' },
    { text: '情報資産の管理者は、情報の格付及び取扱制限に従って情報を管理すること。', note: 'information assets' },
    { text: '情報システムセキュリティ責任者は、サーバ装置のログを自動的に収集し、一定期間保存すること。', note: 'log collection' },
    { text: '外部電磁的記録媒体は、管理台帳により管理すること。', note: 'media ledger' },
    { text: '統括情報セキュリティ責任者は、情報システム台帳を整備し、情報システムの構成を記載すること。', note: 'system register' },
    { text: 'Software licences shall be purchased through the procurement office.', note: 'procurement' },
  ],
  outdated: [
    { text: 'The software register is kept as a spreadsheet and checked against the installations at the annual stock-take.', note: 'English spreadsheet and stock-take' },
    { text: '端末にインストールされたソフトウェアは、表計算ソフトで作成した一覧表に手作業で記録する。', note: 'spreadsheet' },
    { text: 'An inventory list of all PCs and installed software shall be kept in a spreadsheet and reviewed once a year.', note: 'English ledger' },
  ],
  ignored: [
    { text: '```text\nIT資産管理ソフトウェアを導入し、ソフトウェア情報を自動的に収集すること。\n```', note: 'code block' },
    { text: '<!-- TODO: IT資産管理ソフトウェアを導入し、ソフトウェア情報を自動的に収集すること。 -->', note: 'HTML comment' },
    { text: '> IT資産管理ソフトウェアを導入し、ソフトウェア情報を自動的に収集すること。', note: 'blockquote' },
  ],
});

describe(`${ID}: how old and new clauses combine`, () => {
  it('keeps a ledger as a complement when software collects the information automatically', () => {
    const body = [
      '1. 情報システムセキュリティ責任者は、端末の管理台帳を整備すること。',
      '2. 情報システムセキュリティ責任者は、IT資産管理ソフトウェアにより端末のソフトウェア情報を自動収集すること。',
      '',
    ].join('\n');
    expect(statusOf(ID, body)).toBe('covered');
  });
});
