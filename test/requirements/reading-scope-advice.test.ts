// Readings added after the published-full evaluation (docs/evaluation.md): a limit on where a measure applies for a
// requirement whose full scope the catalog does not name, a permission without the safeguards it is conditional
// on, advice to the public about their own devices, a capability or an offer instead of a duty, a statement that
// something is not in place, a site's own address named in passing, and mobile-device safeguards in a
// regulation's own words. Phrasings are written for these tests (Japanese and English), not taken from the sets.
import { describe, expect, it } from 'vitest';
import { check, label, type Case } from './helpers';

interface Row extends Case {
  id: string;
  status: 'covered' | 'missing' | 'outdated';
  /** For missing: the kind of the related clause the result cites. */
  related?: string;
}

function run(rows: Row[]): void {
  it.each(rows.map((r) => [`${r.id}: ${label(r)}`, r] as const))('%s', (_name, row) => {
    const r = check(row.id, row);
    expect(r.status).toBe(row.status);
    const result = r.analysis.requirements.find((x) => x.id === row.id)!;
    expect(result.reason?.ja.length).toBeGreaterThan(0);
    expect(result.reason?.en.length).toBeGreaterThan(0);
    if (row.related) expect(result.related?.map((n) => n.kind)).toContain(row.related);
  });
}

describe('a limit on where the measure applies, for a requirement without a named scope', () => {
  run([
    {
      id: 'drm',
      text: '情報権限管理（IRM）は、経理課が保有する給与計算データに限り適用する。',
      status: 'missing',
      related: 'limited',
    },
    {
      id: 'drm',
      text: 'デジタル著作権管理による利用制限の適用対象は、理事会資料に限るものとする。',
      status: 'missing',
      related: 'limited',
    },
    {
      id: 'drm',
      text: 'Digital rights management shall be applied only to the files of the legal department.',
      status: 'missing',
      related: 'limited',
    },
    {
      id: 'drm',
      text: 'Rights management of documents is limited to board minutes.',
      status: 'missing',
      related: 'limited',
    },
    // The class the requirement itself names (confidential information) is its scope, not a subset.
    {
      id: 'drm',
      text: '統括情報セキュリティ責任者は、要機密情報を含むファイルに限り、デジタル著作権管理（DRM）によるアクセス制御を適用すること。',
      status: 'covered',
    },
    { id: 'drm', text: 'IRM shall be applied to all files containing confidential information.', status: 'covered' },
  ]);
});

describe('a permission without the safeguards it is conditional on (mobile devices)', () => {
  run([
    {
      id: 'mobile-devices',
      heading: '端末',
      text: '職員は、スマートフォンを出張先で業務に使用することができる。',
      status: 'missing',
      related: 'lacking',
    },
    {
      id: 'mobile-devices',
      heading: 'Terminals',
      text: 'Staff may use laptops for work outside the office.',
      status: 'missing',
      related: 'lacking',
    },
    // The safeguards in another clause of the same section.
    {
      id: 'mobile-devices',
      heading: '端末',
      text: '(1) 職員は、タブレット端末を庁外で業務に利用することができる。\n\n(2) 前号の端末には、紛失時に遠隔消去できるよう端末管理ツールを導入すること。',
      status: 'covered',
    },
    {
      id: 'mobile-devices',
      heading: 'Mobile devices',
      text: '(a) Staff may use laptops for work outside the office.\n\n(b) Such laptops shall have full-disk encryption and a screen lock.',
      status: 'covered',
    },
  ]);
});

describe('advice to the public about their own devices is not the body’s measure', () => {
  run([
    {
      id: 'iot-devices',
      heading: 'ご家庭のネットワークカメラ',
      text: 'ネットワークカメラを設置している方は、初期パスワードを変更し、ファームウェアを更新するようご注意ください。',
      status: 'missing',
      related: 'advice',
    },
    {
      id: 'iot-devices',
      heading: 'ルーターやカメラの不正利用にご注意ください',
      text: '- 監視カメラの初期パスワードは必ず変更する',
      status: 'missing',
      related: 'advice',
    },
    {
      id: 'mobile-devices',
      heading: '市民の皆様へ',
      text: 'スマートフォンを外出先で使う際は、画面ロックを設定するなど、お手持ちの端末の安全にご注意ください。',
      status: 'missing',
      related: 'advice',
    },
    {
      id: 'iot-devices',
      text: 'Residents who install network cameras should change the default password and update the firmware.',
      status: 'missing',
      related: 'advice',
    },
    {
      id: 'iot-devices',
      text: 'Please make sure the default password of your own network camera has been changed.',
      status: 'missing',
      related: 'advice',
    },
    // The body's own duty, even on a page that also advises readers.
    {
      id: 'iot-devices',
      heading: '防犯カメラにご注意ください',
      text: '情報システムセキュリティ責任者は、庁舎に設置するネットワークカメラの初期パスワードを変更し、ファームウェアを最新に保つこと。',
      status: 'covered',
    },
  ]);
});

describe('a capability or an offer is not a duty (mandatory items: outdated)', () => {
  run([
    {
      id: 'web-encryption',
      text: '当町のホームページは、閲覧者とサーバの間の通信をSSLで暗号化する機能に対応しています。',
      status: 'outdated',
    },
    {
      id: 'web-encryption',
      text: 'ウェブサイトの暗号化通信は、希望される方のみ利用できるよう、HTTPSによる接続を用意しています。',
      status: 'outdated',
    },
    { id: 'web-encryption', text: 'Our website supports SSL encryption for visitors.', status: 'outdated' },
    { id: 'web-encryption', text: 'HTTPS access to the website is optional.', status: 'outdated' },
    // The duty itself.
    {
      id: 'web-encryption',
      text: 'ウェブサーバ管理者は、全てのウェブサイトを常時HTTPSで提供し、TLS 1.2以上に対応したサーバを用いること。',
      status: 'covered',
    },
  ]);
});

describe('a statement that something is not in place is not coverage', () => {
  run([
    {
      id: 'web-encryption',
      text: '当機構のウェブサイトは、現時点ではHTTPSにより暗号化されていません。',
      status: 'missing',
      related: 'negated',
    },
    {
      id: 'email-encryption',
      text: 'メールサーバ間の通信は、TLSにより暗号化していない。',
      status: 'missing',
      related: 'negated',
    },
    { id: 'web-encryption', text: 'The public website is not yet encrypted.', status: 'missing', related: 'negated' },
  ]);
});

describe('a site’s own address named in passing is not a domain-name rule', () => {
  run([
    {
      id: 'domain-names',
      text: 'このページは、example-agency.go.jp 及びそのサブドメインのウェブサイトにおける情報の取扱いを説明するものである。',
      status: 'missing',
    },
    {
      id: 'domain-names',
      text: 'This notice describes how the site at www.example.go.jp and its subdomains handles personal data.',
      status: 'missing',
    },
    // A rule on the names to use, with or without a host.
    {
      id: 'domain-names',
      text: '当法人のウェブサイト及び電子メールには、sample-univ.ac.jp 配下のサブドメインを使用すること。',
      status: 'covered',
    },
    {
      id: 'domain-names',
      text: 'ウェブサイトのドメイン名には、政府機関であることが保証される「.go.jp」を使用すること。',
      status: 'covered',
    },
  ]);
});

describe('mobile-device safeguards in a regulation’s own words', () => {
  run([
    {
      id: 'mobile-devices',
      text: '公用スマートフォンには画面ロックを設定し、その解除にはパスコードによる認証を求めること。',
      status: 'covered',
    },
    {
      id: 'mobile-devices',
      heading: '貸与タブレットの仕様',
      text: '一　端末本体の暗号化ができること\n\n二　紛失時に遠隔操作でデータを消去できること',
      status: 'covered',
    },
    {
      id: 'mobile-devices',
      heading: '携帯電話の取扱い',
      text: '設定された暗証番号によるロックは解除しない。',
      status: 'covered',
    },
    {
      id: 'mobile-devices',
      text: 'Official smartphones shall be protected by a screen lock and a PIN code.',
      status: 'covered',
    },
    {
      id: 'mobile-devices',
      heading: 'Tablets issued to staff',
      text: 'Each device must support device encryption and remote wipe.',
      status: 'covered',
    },
    // Not the requirement: a lock on something else, and privately owned phones.
    {
      id: 'mobile-devices',
      text: 'サーバ室の扉には電子錠を設け、入室時に暗証番号による認証を求めること。',
      status: 'missing',
    },
    { id: 'mobile-devices', text: '私物のスマートフォンには画面ロックを設定するよう周知する。', status: 'missing' },
  ]);
});

describe('an article whose scope a 別表 gives is as wide as the table’s rows', () => {
  const article = (rows: string[], header = '| 対象 | 方式 |') =>
    [
      '第9条　情報システムセキュリティ責任者は、別表第3に定めるところにより、ウェブサイトの通信を暗号化しなければならない。',
      '',
      '別表第3（第9条関係）',
      '',
      header,
      '|---|---|',
      ...rows,
    ].join('\n');
  run([
    // Rows naming the pages the old rule named: the pre-revision form (outdated).
    {
      id: 'web-encryption',
      text: article(['| 問い合わせフォーム | TLS |', '| 会員ログインページ | TLS |']),
      status: 'outdated',
    },
    // A first column 「対象」 listing some sites: an enumeration of a subset.
    {
      id: 'web-encryption',
      text: article(['| 電子入札サイト | TLS 1.2以上 |', '| 採用情報サイト | TLS 1.2以上 |']),
      status: 'outdated',
    },
    {
      id: 'web-encryption',
      text: article(['| Online application site | TLS 1.2 or later |'], '| Target | Method |'),
      status: 'outdated',
    },
    // All of them.
    { id: 'web-encryption', text: article(['| 全てのウェブサイト | 常時HTTPS |']), status: 'covered' },
    // A table of measures, not of scope.
    {
      id: 'web-encryption',
      text: article(['| 暗号化の方式 | TLS 1.2以上 |', '| 証明書 | 政府認証基盤の証明書 |'], '| 項目 | 内容 |'),
      status: 'covered',
    },
  ]);
});

describe('paraphrases of the revision’s words (unknown malware, improvement instructions, a ban on business use)', () => {
  run([
    {
      id: 'unknown-malware',
      text: '端末及びサーバ装置には、これまでに確認されていないマルウェアであっても、その挙動に基づいて検知し、起動を阻止する機能を導入すること。',
      status: 'covered',
    },
    {
      id: 'unknown-malware',
      text: 'サーバ装置及び端末では、未だ知られていない不正プログラムの起動を防止する仕組みを設けること。',
      status: 'covered',
    },
    {
      id: 'improvement-instructions',
      text: 'The CISO shall instruct improvements: matters affecting the entire organisation to the head information security officer, and matters specific to a single division to that division’s officer.',
      status: 'covered',
    },
    // A blanket ban on using mobile devices for work: the stricter old form (information level), Japanese and English alike.
    { id: 'mobile-devices', text: 'タブレット端末の業務での使用を禁止する。', status: 'outdated' },
    { id: 'mobile-devices', text: 'The use of tablets for work is not permitted.', status: 'outdated' },
    // A limit on the purpose is not a ban on use.
    { id: 'mobile-devices', text: '公用スマートフォンを業務以外の目的で使用することを禁止する。', status: 'missing' },
  ]);
});

describe('a term the regulation defines means its definition where it is used', () => {
  const rule = (defn: string, article: string) => `## 第2条（定義）\n\n${defn}\n\n## 第6条（管理）\n\n${article}`;
  run([
    // A yearly hand-kept list of 「情報機器」, defined to include software: the manual survey (outdated).
    {
      id: 'it-asset-management',
      text: rule(
        '(1) 情報機器　パソコン、サーバ及びそれらにインストールされたソフトウェアを総称したものをいう。',
        '課長は、毎年4月に情報機器の一覧表を作成し、統括責任者に提出しなければならない。',
      ),
      status: 'outdated',
    },
    {
      id: 'it-asset-management',
      text: rule(
        '「IT機器」とは、端末、サーバ装置及びこれらで動作するソフトウェアをいう。',
        '管理者は、半期ごとにIT機器の台帳を手作業で更新すること。',
      ),
      status: 'outdated',
    },
    // A term defined as hardware only: a separate duty (registration of equipment), still missing.
    {
      id: 'it-asset-management',
      text: rule(
        '(1) 情報機器　パソコン及びサーバの本体をいう。',
        '課長は、毎年4月に情報機器の一覧表を作成し、統括責任者に提出しなければならない。',
      ),
      status: 'missing',
    },
  ]);
});

describe('a definition never makes a clause cover a requirement', () => {
  run([
    {
      id: 'unknown-malware',
      text: '## 第2条（定義）\n\n(1) 防御製品　未知の不正プログラムを振る舞いにより検知し実行を阻止する製品をいう。\n\n## 第7条（調達）\n\n課長は、防御製品の購入費を予算に計上する。',
      status: 'missing',
    },
  ]);
});

describe('a later clause about what lies outside the earlier one does not narrow it', () => {
  run([
    {
      id: 'web-encryption',
      text: '(1) 全てのウェブサイトの全てのページをHTTPSにより常時暗号化すること。\n\n(2) 前号以外の通信については、情報システムセキュリティ責任者が別に定める。',
      status: 'covered',
    },
    // Whereas a carve-out from the earlier clause does.
    {
      id: 'web-encryption',
      text: '(1) 全てのウェブサイトの全てのページをHTTPSにより常時暗号化すること。\n\n(2) 前号の規定は、職員向けの試験用サイトには適用しない。',
      status: 'outdated',
    },
  ]);
});
