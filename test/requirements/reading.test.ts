// The reading of a clause's predicate (server/src/core/reading): issue 11's status table, phenomenon by
// phenomenon, for several requirements, Japanese and English. Each row: requirement, clause (optionally under a
// heading), the status the table gives, and for a refused clause how it is cited (the related clause's kind).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../server/src/core';
import { check, label, statusOf, TITLE, type Case } from './helpers';

interface Row extends Case {
  id: string;
  status: 'covered' | 'missing' | 'outdated';
  /** For missing: the kind of the related clause the result cites. */
  related?: string;
}

const table = (rows: Row[]) => rows.map((r) => [`${r.id}: ${label(r)}`, r] as const);

function run(rows: Row[]): void {
  it.each(table(rows))('%s', (_name, row) => {
    const r = check(row.id, row);
    expect(r.status).toBe(row.status);
    const result = r.analysis.requirements.find((x) => x.id === row.id)!;
    // Every status has a reason in both languages.
    expect(result.reason?.ja.length).toBeGreaterThan(0);
    expect(result.reason?.en.length).toBeGreaterThan(0);
    if (row.related) expect(result.related?.map((n) => n.kind)).toContain(row.related);
  });
}

describe('negation: a clause that says the measure is not adopted is not coverage', () => {
  run([
    { id: 'unknown-malware', text: '端末及びサーバ装置への振る舞い検知型の製品（EDR）の導入は行わない。', status: 'missing', related: 'negated' },
    { id: 'unknown-malware', text: '未知の不正プログラムを検知する機能は、当面導入しないものとする。', status: 'missing', related: 'negated' },
    { id: 'it-asset-management', text: 'IT資産管理ソフトウェアは導入しない。', status: 'missing', related: 'negated' },
    { id: 'drm', text: '要機密情報を含むファイルへのデジタル著作権管理（DRM）の適用は見合わせる。', status: 'missing', related: 'negated' },
    { id: 'web-encryption', text: '当機構のウェブサイトのHTTPS化は実施しない。', status: 'missing', related: 'negated' },
    { id: 'email-encryption', text: '電子メールサーバ間の通信の暗号化は導入しないこととする。', status: 'missing', related: 'negated' },
    { id: 'unknown-malware', text: 'Behaviour-based detection (EDR) on terminals will not be adopted.', status: 'missing', related: 'negated' },
    { id: 'drm', text: 'Digital rights management for confidential files is not required.', status: 'missing', related: 'negated' },
    { id: 'it-asset-management', text: 'IT資産管理ソフトウェアの導入予定はない。', status: 'missing', related: 'negated' },
    { id: 'unknown-malware', text: 'The agency has no plan to introduce EDR on terminals and servers.', status: 'missing', related: 'negated' },
    // The predicate after a comma, and the ず / 置かない forms of not setting something up.
    { id: 'drm', text: '要機密文書へのIRMによる利用制限は、行わない。', status: 'missing', related: 'negated' },
    { id: 'email-encryption', text: '電子メールサーバ間の通信の暗号化は、実施しないものとする。', status: 'missing', related: 'negated' },
    { id: 'promotion-structure', text: '情報セキュリティ対策推進体制は置かない。', status: 'missing', related: 'negated' },
    // Valid: a prohibition of something else, a condition, a double negative.
    { id: 'web-encryption', text: '全てのウェブサイトはTLS 1.2以上で常時暗号化し、SSL 3.0は使用しない。', status: 'covered' },
    { id: 'unknown-malware', text: '端末にはEDRを導入し、導入しない場合は情報システムセキュリティ責任者の承認を得ること。', status: 'covered' },
    { id: 'it-asset-management', text: '情報システムセキュリティ責任者は、IT資産管理ソフトウェアを導入しなければならない。', status: 'covered' },
  ]);
});

describe('deferral: put off to the future is not coverage', () => {
  run([
    { id: 'unknown-malware', text: '未知の不正プログラムの検知及び実行防止の機能については、将来の課題とする。', status: 'missing', related: 'deferred' },
    { id: 'it-asset-management', text: 'ソフトウェア情報を自動的に収集するIT資産管理ツールの導入は、次期システム更新時に検討する。', status: 'missing', related: 'deferred' },
    { id: 'drm', text: 'IRMによるファイルの利用制限は今後の検討課題とする。', status: 'missing', related: 'deferred' },
    { id: 'web-encryption', text: '全ウェブサイトの常時HTTPS化は、今後検討する。', status: 'missing', related: 'deferred' },
    { id: 'unknown-malware', text: 'EDR on terminals and servers is left for future consideration.', status: 'missing', related: 'deferred' },
    { id: 'it-asset-management', text: 'The introduction of asset management software has been postponed.', status: 'missing', related: 'deferred' },
    // Put off to a later time: 「…以降に検討する」「…改めて検討する」.
    { id: 'web-encryption', text: '全てのウェブサイトの常時暗号化については、次期ホームページ更新の時期に改めて検討する。', status: 'missing', related: 'deferred' },
    { id: 'email-encryption', text: 'メールサーバ間のTLSによる暗号化は、令和10年度以降に検討する。', status: 'missing', related: 'deferred' },
  ]);
});

describe('exclusion: outside the policy is not coverage', () => {
  run([
    { id: 'web-encryption', text: 'ウェブサイトの暗号化は、本基準の適用除外とする。', status: 'missing', related: 'excluded' },
    { id: 'unknown-malware', text: '端末への振る舞い検知型の対策製品（EDR）の導入は、本規程の対象外とする。', status: 'missing', related: 'excluded' },
    { id: 'drm', text: 'This policy does not apply to digital rights management of files.', status: 'missing', related: 'excluded' },
  ]);
});

describe('limitation to a subset', () => {
  run([
    // The pre-revision subset of a mandatory requirement: outdated.
    { id: 'web-encryption', text: '個人情報を取り扱うページに限り、HTTPSにより暗号化すること。', status: 'outdated' },
    { id: 'web-encryption', text: 'HTTPS shall be used only on login pages and contact forms.', status: 'outdated' },
    // Some sites only (an enumeration, 「一部の」) is also the pre-revision form of web encryption (requirements.md §5).
    { id: 'web-encryption', text: '次に掲げるウェブサイトは、HTTPSにより暗号化すること。', status: 'outdated' },
    { id: 'web-encryption', text: '一部のウェブサイトについて、TLSにより暗号化すること。', status: 'outdated' },
    // Another subset of a requirement that says all: missing, the clause cited.
    { id: 'email-encryption', text: '職員は、外部あての電子メールのうち、個人情報を含むものに限って暗号化して送信すること。', status: 'outdated' },
    { id: 'email-encryption', text: 'Staff shall encrypt e-mail only when it contains personal data.', status: 'outdated' },
    { id: 'unknown-malware', text: 'インターネットに接続する端末に限り、EDRを導入すること。', status: 'missing', related: 'limited' },
    { id: 'it-asset-management', text: '一部の端末に、IT資産管理ソフトウェアを導入する。', status: 'missing', related: 'limited' },
    { id: 'email-encryption', text: '外部に送信するメールに限り、通信をTLSで暗号化することとする。', status: 'missing', related: 'limited' },
    // Mail: staff encrypting some attachments, no transport encryption → the pre-revision form (outdated).
    { id: 'email-encryption', text: '職員等は、電子メールに要機密情報を添付する場合は、添付ファイルをパスワード付きで暗号化すること。', status: 'outdated' },
    // Valid: all of them, with a limiter on something else.
    { id: 'web-encryption', text: '全てのウェブサイトは、HTTPSのみで提供すること。', status: 'covered' },
    { id: 'unknown-malware', text: '端末には、許可されたプログラムのみ実行を許可するアプリケーション実行制御を導入すること。', status: 'covered' },
    { id: 'web-encryption', text: 'All websites shall be served over HTTPS only, on every page.', status: 'covered' },
  ]);
});

describe('ただし書: an exception that leaves part of the scope out', () => {
  run([
    { id: 'web-encryption', text: '全てのウェブサイトはHTTPSにより常時暗号化すること。ただし、職員向けの内部サイトについてはこの限りでない。', status: 'outdated' },
    { id: 'unknown-malware', text: '端末及びサーバ装置にEDRを導入すること。ただし、閉域網内のサーバについてはこの限りでない。', status: 'missing', related: 'limited' },
    { id: 'web-encryption', text: 'All websites shall use HTTPS, except for sites used only inside the agency.', status: 'outdated' },
    { id: 'iot-devices', text: '通信回線に接続する特定用途機器は、初期パスワードを変更し、ソフトウェアを最新の状態に保つこと。ただし、庁舎管理課が所管する監視カメラについてはこの限りでない。', status: 'missing', related: 'limited' },
    // Valid: a proviso about approval, not about the scope.
    { id: 'web-encryption', text: '全てのウェブサイトはHTTPSにより常時暗号化すること。ただし、暗号化の方式は最高情報セキュリティ責任者が定める。', status: 'covered' },
  ]);
});

describe('a later clause that carves part of the scope out of an earlier one', () => {
  run([
    { id: 'web-encryption', text: '(1) 機関等の全てのウェブサイトは、HTTPSにより常時暗号化すること。\n\n(2) 前号の規定は、委託先が運営する期間限定の特設サイトには適用しない。', status: 'outdated' },
    { id: 'unknown-malware', text: '1 端末及びサーバ装置には、振る舞い検知により未知の不正プログラムの実行を防止する機能を導入すること。\n\n2 前項の規定は、インターネットに接続しないサーバ装置については、この限りでない。', status: 'missing', related: 'limited' },
    { id: 'web-encryption', text: '(1) Every website of the agency shall be served over HTTPS only.\n\n(2) The preceding paragraph does not apply to websites run by contractors for events.', status: 'outdated' },
    // Valid: the later clause refers back but leaves nothing of the scope out.
    { id: 'web-encryption', text: '(1) 機関等の全てのウェブサイトは、HTTPSにより常時暗号化すること。\n\n(2) 前号の暗号化に用いる証明書は、情報システムセキュリティ責任者が管理すること。', status: 'covered' },
  ]);
});

describe('labels, placeholders and vacuous bodies are never the evidence', () => {
  run([
    { id: 'unknown-malware', text: '| 対策 | 内容 |\n|---|---|\n| 未知の不正プログラム対策 | （略） |', status: 'missing', related: 'placeholder' },
    { id: 'unknown-malware', text: '| 対策 | 内容 |\n|---|---|\n| 未知の不正プログラムの検知・実行防止 | |', status: 'missing', related: 'label' },
    { id: 'unknown-malware', text: '**未知の不正プログラムの検知及び実行防止**', status: 'missing', related: 'label' },
    { id: 'drm', text: 'デジタル著作権管理（DRM）の適用については、必要に応じて検討する。', status: 'missing', related: 'vacuous' },
    { id: 'web-encryption', text: 'ウェブサイトの暗号化については、別途定める。', status: 'missing', related: 'vacuous' },
    { id: 'it-asset-management', text: 'IT資産管理ソフトウェア：〇〇', status: 'missing', related: 'placeholder' },
    { id: 'promotion-structure', text: '（情報セキュリティ対策推進体制）', status: 'missing', related: 'label' },
  ]);
  it('says the heading has no body when only a heading names the requirement', () => {
    const a = analyzeText(`${TITLE}\n\n## 未知の不正プログラムの検知及び実行防止\n\n## 次の節\n\n本文。\n`);
    const r = a.requirements.find((x) => x.id === 'unknown-malware')!;
    expect(r.status).toBe('missing');
    expect(r.reason?.ja).toContain('見出し');
  });
});

describe('a term only in a definitions section is not coverage', () => {
  run([
    { id: 'web-encryption', heading: '第2条 用語の定義', text: '「常時暗号化」とは、ウェブサイトの全てのページをHTTPSで提供することをいう。', status: 'missing', related: 'definition' },
    { id: 'drm', heading: 'Definitions', text: 'Digital rights management (DRM) restricts viewing, printing and copying of files.', status: 'missing', related: 'definition' },
  ]);
});

describe('weak wording of a mandatory duty, wherever it stands', () => {
  run([
    { id: 'web-encryption', text: '全てのウェブサイトの常時暗号化に努める。', status: 'outdated' },
    { id: 'email-encryption', text: 'メールサーバ間の通信は、可能な限りTLSで暗号化する。', status: 'outdated' },
    { id: 'web-encryption', text: '| 対象 | 対策 |\n|---|---|\n| 公開ウェブサイト | HTTPSによる常時暗号化が望ましい |', status: 'outdated' },
    { id: 'domain-names', text: 'ウェブサイトには、なるべく政府ドメイン名（go.jp）を使用するよう努める。', status: 'outdated' },
    { id: 'issue-reporting', text: '統括情報セキュリティ責任者は、運用で明らかになった課題を最高情報セキュリティ責任者に報告することができる。', status: 'outdated' },
    // Valid: a permission is the requirement itself (mobile devices, ac.jp).
    { id: 'mobile-devices', text: 'モバイル端末は、暗号化等の安全管理措置を講じた上で、組織の内外において通信回線に接続して業務に利用することができる。', status: 'covered' },
    { id: 'domain-names', text: '高等教育機関である法人は、ac.jp ドメインを使用することができる。', status: 'covered' },
    // Valid: weak wording of a recommended item is normal.
    { id: 'unknown-malware', text: '端末には、振る舞い検知型の製品（EDR）を導入することが望ましい。', status: 'covered' },
  ]);
});

describe('a list item takes the predicate of the item that introduces it', () => {
  run([
    { id: 'web-encryption', text: '- 次の措置を講ずるよう努める。\n  - 全てのウェブサイトのHTTPS化', status: 'outdated' },
    { id: 'unknown-malware', text: '- 次の対策は当面導入しない。\n  - 端末への振る舞い検知型製品（EDR）', status: 'missing', related: 'negated' },
    { id: 'web-encryption', text: '- 次の措置を講ずること。\n  - 全てのウェブサイトのHTTPS化', status: 'covered' },
  ]);
});

describe('separate duties that remain in force: missing, cited as related', () => {
  run([
    { id: 'issue-reporting', text: '情報セキュリティ監査責任者は、監査報告書を最高情報セキュリティ責任者に提出すること。', status: 'missing', related: 'separate-duty' },
    { id: 'email-encryption', text: '電子メールサーバには、SPFによる送信ドメイン認証を導入すること。', status: 'missing', related: 'separate-duty' },
    { id: 'email-encryption', text: '電子メールの送信前には、宛先を確認し、誤送信を防止すること。', status: 'missing', related: 'separate-duty' },
    { id: 'unknown-malware', text: '端末及びサーバ装置にウイルス対策ソフトウェアを導入し、パターンファイルを常に最新に保つこと。', status: 'missing', related: 'separate-duty' },
    // Pattern-file antivirus beside behaviour-based detection: covered.
    { id: 'unknown-malware', text: '端末にはウイルス対策ソフトウェアを導入してパターンファイルを更新するとともに、振る舞い検知により未知の不正プログラムの実行を防止すること。', status: 'covered' },
  ]);
  it('a TLS 1.0 remark never makes web-encryption outdated (a separate advisory)', () => {
    expect(check('web-encryption', '全てのウェブサイトはHTTPSで常時暗号化する。使用するプロトコルはTLS 1.0以上とする。').status).toBe('covered');
    expect(check('web-encryption', 'ウェブサーバで使用するプロトコルはTLS 1.0以上とする。').status).not.toBe('outdated');
    const r = check('web-encryption', '使用するプロトコルはSSL 3.0又はTLS 1.0以上とする。');
    expect(r.status).toBe('missing');
    expect(r.analysis.requirements.find((x) => x.id === 'web-encryption')!.related?.[0].reason.ja).toContain('改定とは別');
  });
});

describe('manual work vs the automated measure', () => {
  run([
    { id: 'it-asset-management', text: '情報システムセキュリティ責任者は、端末にインストールされているソフトウェアを年1回調査し、管理台帳に記録すること。', status: 'outdated' },
    { id: 'it-asset-management', text: 'Installed software shall be recorded in a spreadsheet by each department.', status: 'outdated' },
    { id: 'it-asset-management', text: '情報機器の納品時には検収を行い、機器管理台帳に登録すること。', status: 'missing', related: 'separate-duty' },
    { id: 'unknown-malware', text: '未知の不正プログラムへの対策として、インターネットとの境界のゲートウェイにサンドボックスを設置する。', status: 'outdated' },
  ]);
});

describe('mobile ban: information level, Japanese and English alike', () => {
  it.each([
    'モバイル端末を庁舎外に持ち出すことは禁止する。',
    'Mobile devices must not be taken out of the office.',
    '職員等は、業務用ノートパソコンを庁舎外に持ち出してはならない。',
  ])('%s', (text) => {
    const r = check('mobile-devices', text);
    expect(r.status).toBe('outdated');
    expect(r.findings.filter((f) => f.kind === 'outdated').map((f) => f.severity)).toEqual(['information']);
  });
});

describe('別表: rows are read in the context of the article that refers to them', () => {
  it('follows 「別表第2に定めるところにより」 to the table', () => {
    const body = [
      '## 第20条（電子メール）',
      '',
      '情報システムセキュリティ責任者は、別表第2に定めるところにより、電子メールの安全を確保すること。',
      '',
      '## 別表第2',
      '',
      '| 項目 | 措置 |',
      '|---|---|',
      '| 通信 | サーバ間の転送経路を暗号化すること |',
      '',
    ].join('\n');
    expect(statusOf('email-encryption', body)).toBe('covered');
    // Without the reference, the table row alone does not say it is about e-mail.
    expect(statusOf('email-encryption', body.replace('別表第2に定めるところにより、', ''))).toBe('missing');
  });
});

describe('citations: the clause to evaluate, not coverage by itself', () => {
  run([
    { id: 'web-encryption', text: '（統一基準 7.2.2 対応）ウェブサイトの暗号化に努める。', status: 'outdated' },
    { id: 'web-encryption', text: '個人情報を入力するページに限り、HTTPSにより暗号化すること。（統一基準 7.2.2 対応）', status: 'outdated' },
    { id: 'web-encryption', text: '<!-- kijun: web-encryption -->\nウェブサイトの常時暗号化は将来の課題とする。', status: 'missing', related: 'deferred' },
    { id: 'email-encryption', text: '電子メールサーバには、SPFによる送信ドメイン認証を導入すること。（統一基準 7.2.1(1) 対応）', status: 'missing', related: 'separate-duty' },
  ]);
  it('says the author cited it', () => {
    const r = check('web-encryption', '（統一基準 7.2.2 対応）ウェブサイトの暗号化に努める。');
    expect(r.analysis.requirements.find((x) => x.id === 'web-encryption')!.reason?.ja).toContain('明記');
  });
});
