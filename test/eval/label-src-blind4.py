# Source of the blind set test/fixtures/blind4/ (2026-12-07): short policy excerpts drafted by a helper session from
# requirements.md §4–5, the FY2018 revision summary and issue 11's phenomena and status table only, without reading
# the catalog, the engine, the other evaluation sets' texts or Kijun's output on any case. The labels were committed
# before Kijun was run. Organisations and styles vary on purpose: ministry 対策基準 in decimal numbering, 独立行政法人
# and 国立研究開発法人 規程 (第N条, 項 ２ ３, 号 一 二 / (1)), university 規程, municipal 規則 and 要綱, 別表 carried by
# an article, correspondence tables, definitions sections, 附則 with dated transitional provisions, English translations,
# full-width digits and letters, sentences wrapped across lines. Some cases are tricky but fair: a prohibition of
# disabling a measure (the measure itself is required), a transitional exclusion whose date has passed, a ban with a
# ただし書 that permits use with safeguards, a scope that looks limited but covers all 「全ての…（…を含む。）」.
# Status rules (issue 11): negation, deferral, exclusion, label without body, term only in definitions → missing;
# a subset → outdated for the mandatory items when it is the pre-revision form, else missing; a mandatory duty worded
# as a wish/effort/permission → outdated (for the recommended items such wording is normal → covered); a separate duty
# still in force (audit report, SPF only, 誤送信防止, pattern-file antivirus) → missing; the pre-revision form of the
# same duty (manual software survey, unknown malware only at the boundary, blanket mobile ban) → outdated.
# Tags reuse the vocabulary of the earlier sets; one new tag, standard-wording, marks a compliant clause in the
# standard's own drafting (a plain case, so that per-tag scores show how the ordinary form fares).
# Running this script writes the .md files and labels.json (line numbers of each snippet are computed).
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402

D = 'test/fixtures/blind4'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})


def case(f, text, labels):
    C.append((f, text, labels))


# ================= unknown-malware (recommended) =================
case('b4-01-um-ministry-pattern-and-behaviour.md', '''# 国土交通計画省 情報セキュリティ対策基準

## 第６部 情報システムのセキュリティ要件

### 6.2 情報セキュリティの脅威への対策

#### 6.2.2 不正プログラム対策

(1) 不正プログラム対策の実施

(a) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新の状態に保つこと。

(b) 情報システムセキュリティ責任者は、前号の定義ファイルでは検出できない未知の不正プログラムに備え、端末及びサーバ装置において、プログラムの挙動を監視して不正な動作を検知し、その実行を阻止する機能を導入すること。

(c) 職員等は、不正プログラムに感染したおそれがある場合には、直ちに当該端末を通信回線から切り離し、情報システムセキュリティ管理者に報告すること。
''', {
    'unknown-malware': ('covered', ['covered-with-pattern'], 'その実行を阻止する機能を導入すること',
                        '端末及びサーバ装置で挙動の監視により未知の不正プログラムを検知し実行を阻止する機能を導入する。定義ファイル型の対策と並んでいる。'),
})

case('b4-02-um-univ-signature-free-wrapped.md', '''# 国立大学法人東海理工大学情報セキュリティ対策規程

第５章　技術的対策

（不正プログラム対策）
第３２条　部局情報システム管理者は、本学が管理する全ての端末及びサーバ装置に、既知のパターンとの照合
によらず、プログラムの動作の特徴から悪意のあるものを識別し、その起動を停止させる仕組みを備えなければ
ならない。
２　前項の仕組みが検知した事象は、ＣＳＩＲＴに自動的に通知されるよう設定しなければならない。
３　利用者は、前項の通知を受けたＣＳＩＲＴの指示に従わなければならない。
''', {
    'unknown-malware': ('covered', ['paraphrase', 'article-form', 'full-width', 'wrapped-lines'],
                        'によらず、プログラムの動作の特徴から悪意のあるものを識別し、その起動を停止させる仕組みを備えなければ',
                        '全ての端末及びサーバ装置に、パターン照合によらず動作の特徴から悪意あるプログラムを識別し起動を止める仕組みを義務づける（未知の不正プログラムの振る舞い検知の言い換え）。'),
})

case('b4-03-um-iai-do-not-disable.md', '''# 国立研究開発法人海洋環境研究機構情報セキュリティ対策規程

第４章　技術的対策

（不正プログラム対策）
第２１条　情報システム管理者は、機構の端末及びサーバ装置に、未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能（以下「振る舞い検知機能」という。）を導入するものとする。
２　職員等は、振る舞い検知機能を停止し、又は無効にしてはならない。ただし、情報システム管理者が保守のために一時的に停止する場合は、この限りでない。
３　情報システム管理者は、振る舞い検知機能が検知した事象を記録し、少なくとも１年間保存するものとする。
''', {
    'unknown-malware': ('covered', ['negation', 'tadashigaki-exception', 'article-form'],
                        '未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能',
                        '第１項が端末及びサーバ装置への導入を定める。第２項の禁止は機能の無効化の禁止で、対策そのものの否定ではなく、ただし書も保守時の一時停止にすぎない。'),
})

case('b4-04-um-itam-ministry-deferred.md', '''# 文化観光庁 情報セキュリティ対策基準

### 6.2.1 ソフトウェアに関する脆弱性対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置で利用するソフトウェアの脆弱性情報を収集し、修正プログラムを速やかに適用すること。

(2) IT資産管理ソフトウェアによるソフトウェア情報の自動収集については、次期情報システムの更改に合わせて導入の可否を検討する。

### 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入すること。

(2) 端末及びサーバ装置における振る舞い検知による未知の不正プログラム対策は、将来の課題とする。
''', {
    'unknown-malware': ('missing', ['deferral'], '振る舞い検知による未知の不正プログラム対策は、将来の課題とする',
                        '振る舞い検知による未知の不正プログラム対策を将来の課題としており、導入を定めていない。'),
    'it-asset-management': ('missing', ['deferral'], '次期情報システムの更改に合わせて導入の可否を検討する',
                            'IT資産管理ソフトウェアは導入の可否を検討するにとどまる。'),
})

case('b4-05-um-mobile-iai-gateway-and-mdm.md', '''# 独立行政法人農林資源研究機構情報システム運用管理規程

（不正プログラム対策）
第２５条　情報システム管理者は、インターネットとの境界に設置するゲートウェイにおいて、サンドボックスにより未知の不正プログラムを検知し、機構内ネットワークへの侵入を防止する措置を講じなければならない。
２　情報システム管理者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入しなければならない。

（モバイル端末の利用）
第３０条　職員等は、機構が支給するモバイル端末（ノートパソコン、スマートフォン及びタブレット端末をいう。以下同じ。）を、機構の内外において通信回線に接続して業務に利用することができる。
２　情報システム管理者は、前項の利用に供するモバイル端末について、次に掲げる措置を講じなければならない。
（１）記録媒体の暗号化
（２）多要素による利用者の認証
（３）紛失時の遠隔消去を可能とする端末管理（ＭＤＭ）
''', {
    'unknown-malware': ('outdated', ['pre-revision-form', 'article-form'],
                        'インターネットとの境界に設置するゲートウェイにおいて、サンドボックスにより未知の不正プログラムを検知',
                        '未知の不正プログラムへの対処がインターネット境界のみ（改定前の形）。端末とサーバには定義ファイル型の対策しかない。'),
    'mobile-devices': ('covered', ['article-form', 'full-width'], '機構の内外において通信回線に接続して業務に利用することができる',
                       '組織内外での接続・業務利用を認め、暗号化・多要素認証・遠隔消去の措置を義務づける。'),
})

case('b4-06-um-city-edr-pcs-only.md', '''# 桜川市情報セキュリティ対策基準

第７　技術的セキュリティ

７－２　不正プログラム対策

（１）情報政策課長は、職員が使用するパソコンに、振る舞い検知型のエンドポイント対策製品（ＥＤＲ）を導入し、未知のマルウェアの実行を阻止する。

（２）サーバについては、情報政策課長は、ウイルス対策ソフトウェアによる定期的な全体スキャンを実施する。

（３）職員は、不審な挙動を認めたときは、直ちに情報政策課に連絡する。
''', {
    'unknown-malware': ('missing', ['scope-limit', 'full-width'], '職員が使用するパソコンに、振る舞い検知型のエンドポイント対策製品（ＥＤＲ）を導入し',
                        '振る舞い検知はパソコンに限られ、サーバは定義ファイル型の検査のみ。端末及びサーバの双方という要件を満たさず、推奨項目の部分集合なので未対応。'),
})

case('b4-07-um-english-should.md', '''# Information Security Standards of the National Institute for Regional Health (English translation)

Chapter 6 Technical Measures

Article 30 (Protection against malware)
1. The System Administrator shall install anti-virus software on all terminals and servers and keep its signature files up to date.
2. In addition, the System Administrator should introduce, on all terminals and servers, a function that detects previously unknown malware from its behaviour and prevents it from executing.
3. Users shall not uninstall or reconfigure the software referred to in the preceding two paragraphs.
''', {
    'unknown-malware': ('covered', ['english', 'weak-wording-recommended', 'covered-with-pattern'],
                        'detects previously unknown malware from its behaviour and prevents it from executing',
                        'All terminals and servers: behaviour-based detection of unknown malware that blocks execution. "should" is the normal wording for a recommended measure.'),
})

case('b4-08-um-iai-suspended.md', '''# 独立行政法人国際協力推進機構情報セキュリティ対策規程

（未知の不正プログラム対策）
第２３条　情報システム管理者は、端末及びサーバ装置に、未知の不正プログラムの挙動を検知し、その実行を防止する機能を導入するものとする。

（適用の特例）
第２４条　前条の規定は、当分の間、適用しない。

（修正プログラムの適用）
第２５条　情報システム管理者は、端末及びサーバ装置で利用するソフトウェアについて、修正プログラムを速やかに適用しなければならない。
''', {
    'unknown-malware': ('missing', ['exclusion', 'deferral', 'article-form'], '前条の規定は、当分の間、適用しない。',
                        '第２３条が導入を定めるが、第２４条がこれを当分の間適用しないとしており、効力がない。'),
})

# ================= it-asset-management (recommended) =================
case('b4-09-itam-ministry-agent-daily.md', '''# 環境保全省 情報セキュリティ対策基準

#### 7.1.1 端末

(2) 端末の運用時の対策

(a) 情報システムセキュリティ責任者は、端末に導入されているソフトウェアの名称及び版数を、管理用の常駐プログラムにより日次で自動的に収集し、一元的に管理すること。

(b) 情報システムセキュリティ責任者は、前号で収集した情報を脆弱性情報と突き合わせ、対処が必要な端末を速やかに特定すること。

#### 7.1.2 サーバ装置

(2) サーバ装置の運用時の対策

(a) 情報システムセキュリティ責任者は、サーバ装置についても、7.1.1(2)(a)及び(b)と同様の措置を講ずること。
''', {
    'it-asset-management': ('covered', ['paraphrase'], '管理用の常駐プログラムにより日次で自動的に収集し、一元的に管理すること',
                            '端末（7.1.2 によりサーバ装置も）のソフトウェア名と版数を常駐プログラムで自動収集し、脆弱性情報と突き合わせる（IT資産管理ソフトウェアの言い換え）。'),
})

case('b4-10-itam-web-mail-iai-beppyo.md', '''# 独立行政法人国際交流振興機構情報システム管理規程

（目的）
第１条　この規程は、独立行政法人国際交流振興機構（以下「機構」という。）の情報システムの適正な管理に関し必要な事項を定める。

（技術的対策）
第１５条　情報システム管理者は、別表第２に定めるところにより、情報システムの技術的対策を講じなければならない。

附　則
この規程は、平成31年4月1日から施行する。

別表第２（第１５条関係）

| 区分 | 対策 |
|---|---|
| ソフトウェアの管理 | 資産管理ソフトウェアにより、全ての端末及びサーバ装置にインストールされたソフトウェアの名称及びバージョンを自動的に収集し、脆弱性の有無を確認する。 |
| ウェブサイト | 機構が運営する全てのウェブサイトは、HTTPSによる常時暗号化を行う。 |
| 電子メール | メールサーバ間の通信をTLSにより暗号化し、SPF及びDKIMによる送信ドメイン認証を行う。 |
| 無線LAN | WPA3により暗号化し、来訪者用と職員用のネットワークを分離する。 |
''', {
    'it-asset-management': ('covered', ['beppyo-reference', 'table'], '資産管理ソフトウェアにより、全ての端末及びサーバ装置にインストールされたソフトウェアの名称及びバージョンを自動的に収集',
                            '第１５条が別表第２による措置を義務づけ、別表がソフトウェア情報の自動収集を定める。'),
    'web-encryption': ('covered', ['beppyo-reference', 'table'], '機構が運営する全てのウェブサイトは、HTTPSによる常時暗号化を行う。',
                       '別表第２（第１５条で義務）が全ウェブサイトの常時暗号化を定める。平成31年施行は既に効力がある。'),
    'email-encryption': ('covered', ['beppyo-reference', 'table'], 'メールサーバ間の通信をTLSにより暗号化し、SPF及びDKIMによる送信ドメイン認証を行う。',
                         '別表第２（第１５条で義務）がサーバ間通信の暗号化と送信ドメイン認証を定める。'),
})

case('b4-11-itam-univ-manual-survey.md', '''# 国立大学法人西海大学情報システム運用規程

（ソフトウェアの管理）
第４０条　部局情報セキュリティ責任者は、毎年度１回以上、所管する端末及びサーバにインストールされているソフトウェアの種類及びバージョンを調査票により調査し、ソフトウェア管理台帳に記録しなければならない。
２　部局情報セキュリティ責任者は、前項の調査により、ライセンスを有しないソフトウェア又はサポートが終了したソフトウェアを発見したときは、速やかに削除させなければならない。
''', {
    'it-asset-management': ('outdated', ['pre-revision-form', 'manual-vs-automated', 'article-form'],
                            'インストールされているソフトウェアの種類及びバージョンを調査票により調査し、ソフトウェア管理台帳に記録しなければならない',
                            '年１回の調査票による手作業の調査と台帳記録で、自動収集ではない（同じ義務の改定前の形）。'),
})

case('b4-12-itam-drm-ministry-not-adopted.md', '''# 産業技術政策省 情報セキュリティ対策基準

#### 6.1.2 アクセス制御機能

(1) 情報システムセキュリティ責任者は、要機密情報を取り扱う情報システムについて、利用者ごとにアクセス権限を設定すること。

(2) デジタル著作権管理（DRM）による情報のアクセス制御は、採用しない。

#### 6.2.1 ソフトウェアに関する脆弱性対策

(3) IT資産管理ソフトウェアによるソフトウェア情報の自動収集は、当省の端末の台数及び運用体制に鑑み、導入を見合わせる。
''', {
    'drm': ('missing', ['negation'], 'デジタル著作権管理（DRM）による情報のアクセス制御は、採用しない。', 'DRM を採用しないと定めている。'),
    'it-asset-management': ('missing', ['negation'], '導入を見合わせる', 'IT資産管理ソフトウェアの導入を見合わせると定めている。'),
})

case('b4-13-itam-domain-iai-fy2027-no-gojp.md', '''# 独立行政法人都市住宅整備機構情報セキュリティ対策規程

（脆弱性対策）
第２０条　情報システム管理者は、機構の端末及びサーバ装置で利用するソフトウェアの脆弱性情報を定期的に確認しなければならない。
第２０条の２　情報システム管理者は、令和９年度以降、端末の更新に合わせて、ソフトウェア情報を自動的に収集するIT資産管理ソフトウェアを順次導入するものとする。

（ドメイン名）
第３１条　機構のウェブサイトには、広報上の観点から汎用のドメイン名（.jp）を用いるものとし、政府ドメイン名（go.jp）は使用しない。
''', {
    'it-asset-management': ('missing', ['deferral', 'article-form'], '令和９年度以降、端末の更新に合わせて',
                            '導入は令和９年度以降に順次行うとされ、現在の義務ではない（期日付きの先送り）。'),
    'domain-names': ('missing', ['negation', 'article-form'], '政府ドメイン名（go.jp）は使用しない。',
                     '政府ドメイン名を使用しないと定めている（高等教育機関でもない）。'),
})

# ================= drm (recommended) =================
case('b4-14-drm-ministry-rights-in-file.md', '''# 海事保安省 情報セキュリティ対策基準

#### 3.1.1 情報の取扱い

(5) 情報の保護

(a) 職員等は、要機密情報を含む電子ファイルについて、ファイル自体に閲覧、編集及び印刷の権限を設定し、権限を付与されていない者が開いても内容を参照できない仕組みにより保護すること。当該ファイルが省外（クラウドサービス上を含む。）に持ち出された場合も同様とする。

(b) 統括情報セキュリティ責任者は、前号の仕組みを提供し、権限の付与及び失効を管理すること。
''', {
    'drm': ('covered', ['paraphrase'], 'ファイル自体に閲覧、編集及び印刷の権限を設定し、権限を付与されていない者が開いても内容を参照できない仕組み',
            'ファイルに権限を埋め込み、省外やクラウドに出ても権限のない者は参照できない（DRM の言い換え）。'),
})

case('b4-15-drm-univ-irm-endeavour.md', '''# 国立大学法人南都医科大学情報セキュリティ規程

（電子ファイルの保護）
第４５条　利用者は、機密性３情報を含む電子ファイルを学外の者に送付してはならない。
２　部局情報セキュリティ責任者は、機密性２以上の情報を含む電子ファイルについて、情報権限管理（ＩＲＭ）の機能により、当該ファイルが学外に流出した場合においても許可された者以外が閲覧、複製及び印刷をできないよう保護するよう努めるものとする。
''', {
    'drm': ('covered', ['weak-wording-recommended', 'full-width', 'article-form'], '情報権限管理（ＩＲＭ）の機能により',
            'IRM により流出後も許可された者以外が閲覧等できないよう保護する。推奨項目なので「努める」は通常の書き方。'),
})

case('b4-16-drm-city-encrypt-media.md', '''# 港南市情報セキュリティ対策規則

（電磁的記録媒体の取扱い）
第３０条　職員は、機密性２以上の情報を電磁的記録媒体に保存して庁外に持ち出す場合は、当該情報を暗号化し、パスワードを設定しなければならない。
２　職員は、前項のパスワードを当該電磁的記録媒体と同じ経路で送付してはならない。
３　職員は、電磁的記録媒体を紛失したときは、直ちに情報セキュリティ管理者に報告しなければならない。
''', {
    'drm': ('missing', ['decoy-term'], '当該情報を暗号化し、パスワードを設定しなければならない',
            '記録媒体に保存する情報の暗号化とパスワード設定で、流出後も権限のない者に読めないようにするアクセス制御（DRM）ではない。'),
})

case('b4-17-drm-mail-ministry-correspondence-table.md', '''# 気象防災省 情報セキュリティ対策基準 対照表

統一基準の遵守事項と当省の対策の対応は、次の表のとおりとする。

| 統一基準の項目 | 当省の対策 |
|---|---|
| 6.1.2 アクセス制御（デジタル著作権管理） | （今後定める） |
| 7.2.1 電子メール（通信の暗号化） | ― |
| 7.2.1 電子メール（送信ドメイン認証） | ― |
| 7.2.3 DNS | 権威DNSサーバを冗長化し、ゾーン転送を許可されたサーバに限定する。 |
| 7.3.1 通信回線 | 通信回線を経由した不正アクセスを監視する。 |
''', {
    'drm': ('missing', ['table', 'placeholder', 'label-only'], '6.1.2 アクセス制御（デジタル著作権管理）',
            '表の行に項目名があるだけで、対策欄は「今後定める」の置き場。'),
    'email-encryption': ('missing', ['table', 'label-only'], '7.2.1 電子メール（通信の暗号化）',
                         '表の行に項目名があるだけで、対策欄は「―」。'),
})

case('b4-18-drm-mobile-mail-english-agency.md', '''# Information Security Policy of the Japan Trade Promotion Agency (English version)

Section 4 Handling of information
4.3 Digital rights management is not deployed. Access to electronic files is controlled through the permissions of the file servers only.

Section 8 Use of devices
8.1 Staff must not take Agency-issued laptops, smartphones or tablets outside Agency premises, and must not connect them to any network other than the Agency LAN.

Section 9 E-mail
9.1 The Information Systems Manager should endeavour to encrypt e-mail transmission between mail servers and to introduce sender domain authentication.
9.2 Staff shall double-check recipients before sending e-mail to external parties.
''', {
    'drm': ('missing', ['english', 'negation'], 'Digital rights management is not deployed.', 'DRM is stated not to be deployed.'),
    'mobile-devices': ('outdated', ['english', 'mobile-ban', 'pre-revision-form'], 'must not connect them to any network other than the Agency LAN',
                       'A blanket ban on taking devices out and on outside networks: stricter than the standard; information that the revision permits use with safeguards.'),
    'email-encryption': ('outdated', ['english', 'weak-wording'], 'should endeavour to encrypt e-mail transmission between mail servers',
                         'The mandatory transport encryption and sender authentication are worded as an effort.'),
})

# ================= web-encryption (newly mandatory) =================
case('b4-19-web-iai-de-aru.md', '''# 独立行政法人日本語教育支援機構ウェブサイト運用規程

（ウェブサイトの暗号化）
第８条　機構のウェブサイトは、その全てのページが暗号化された通信により提供されるものでなければならない。
２　暗号化されない通信による閲覧の要求は、暗号化された通信へ転送するものとする。
３　前二項の措置に用いる電子証明書は、有効期限が切れることのないよう管理するものとする。
''', {
    'web-encryption': ('covered', ['article-form', 'paraphrase'], 'その全てのページが暗号化された通信により提供されるものでなければならない',
                       '全ウェブサイトの全ページを暗号化通信で提供し、HTTP は転送する（常時暗号化の言い換え）。'),
})

case('b4-20-web-agency-all-including.md', '''# 消費生活安全庁 情報セキュリティ対策基準

#### 7.2.2 ウェブ

(1) ウェブサーバの導入・運用時の対策

(a) 情報システムセキュリティ責任者は、当庁が運営する全てのウェブサイト（外部委託により運用するもの、期間を限って公開する特設サイト及び職員向けのものを含む。）について、常時暗号化を行うこと。

(b) 情報システムセキュリティ責任者は、ウェブサーバのコンテンツの改ざんを検知する措置を講ずること。
''', {
    'web-encryption': ('covered', ['scope-limit'], '常時暗号化を行うこと',
                       '「全てのウェブサイト（…を含む。）」で、括弧書きは範囲を広げるもの。限定ではない。'),
})

case('b4-21-web-iai-transitional-past.md', '''# 独立行政法人国立文化財保存機構情報セキュリティ対策規程

（ウェブサイトの暗号化）
第２６条　情報システム管理者は、法人が開設する全てのウェブサイトについて、ＴＬＳによる暗号化通信のみを受け付けるよう設定しなければならない。

附　則
１　この規程は、平成31年4月1日から施行する。
２　第26条の規定は、令和2年3月31日までの間は、この規程の施行の際現に開設されているウェブサイトについては適用しない。
''', {
    'web-encryption': ('covered', ['exclusion', 'deferral', 'article-form', 'full-width'], 'ＴＬＳによる暗号化通信のみを受け付けるよう設定しなければならない',
                       '全ウェブサイトを TLS のみとする。附則の適用除外は令和2年3月31日で終わっており、現在は全サイトに適用される。'),
})

case('b4-22-web-issue-english-not-postponed.md', '''# Information Security Measures Standard of the Japan Meteorological Research Institute (translation)

Section 2.2.1 Operation of the measures
(4) Information Security Officers are encouraged to report to the CISO the issues that arise in the operation of the measures, in self-assessment and in education.

Section 7.2.2 Websites
(1) All websites operated by the Institute, including those hosted by contractors, shall be served exclusively over HTTPS, and requests made over plain HTTP shall be redirected to HTTPS.
(2) The introduction of HTTPS on a website shall not be postponed on grounds of cost or schedule.
(3) The web administrator shall renew server certificates before they expire.
''', {
    'web-encryption': ('covered', ['english', 'negation'], 'shall be served exclusively over HTTPS',
                       'Every website, contractor-hosted ones included, is HTTPS only; the negation in (2) forbids postponing it.'),
    'issue-reporting': ('outdated', ['english', 'weak-wording'], 'are encouraged to report to the CISO the issues',
                        'The reporting of issues is only encouraged, not required.'),
})

case('b4-23-web-marker-full-width.md', '''# 独立行政法人水資源管理機構 対策基準

## 7.2.2 ウェブ

<!-- kijun: web-encryption -->
(2) 情報システムセキュリティ責任者は、機構のウェブサイトの全てのページについて、常時ＨＴＴＰＳ化を実施すること。

(3) 情報システムセキュリティ責任者は、ウェブサイトで提供するファイルに不正プログラムが含まれないことを確認すること。
''', {
    'web-encryption': ('covered', ['marker', 'full-width'], '常時ＨＴＴＰＳ化を実施すること',
                       'マーカーが示す条文は全ページの常時HTTPS化を義務づけている。'),
})

case('b4-24-web-iai-no-unencrypted.md', '''# 独立行政法人地域医療推進機構情報システム規程

（ウェブサイト）
第３４条　情報システム管理者は、機構が運営するいずれのウェブサイトにおいても、暗号化されない通信により閲覧されることのないよう、常時暗号化の措置を講じなければならない。
２　情報システム管理者は、ウェブサイトの脆弱性診断を年１回以上実施しなければならない。
''', {
    'web-encryption': ('covered', ['negation', 'article-form'], '暗号化されない通信により閲覧されることのないよう、常時暗号化の措置を講じなければならない',
                       'いずれのウェブサイトも暗号化されない通信で閲覧されないよう常時暗号化を義務づける（否定は暗号化しない通信に係る）。'),
})

case('b4-25-web-ministry-login-pages.md', '''# 食料安全省 情報セキュリティ対策基準

#### 6.3.2 アプリケーション・コンテンツの提供時の対策

(1) 情報システムセキュリティ責任者は、利用者がID及びパスワードを入力するページ並びに個人情報を入力するフォームについては、SSL/TLSにより通信を暗号化すること。

(2) 情報システムセキュリティ責任者は、提供するアプリケーション・コンテンツに不正プログラムが含まれないよう措置すること。
''', {
    'web-encryption': ('outdated', ['scope-limit'], 'ID及びパスワードを入力するページ並びに個人情報を入力するフォームについては',
                       '暗号化がログイン・個人情報入力ページに限られる（改定前の形）。'),
})

case('b4-26-web-mobile-city-proviso-and-ban.md', '''# 若葉市情報セキュリティ対策規則

（端末の持出し等）
第２２条　職員は、庁舎外に端末を持ち出してはならない。
２　職員は、庁内ネットワーク以外の通信回線に端末を接続してはならない。

（ウェブサイトの暗号化）
第２８条　本市が開設するウェブサイトは、常時暗号化しなければならない。ただし、過去の広報記事を掲載するアーカイブサイト及び観光情報サイトについては、この限りでない。
''', {
    'web-encryption': ('outdated', ['tadashigaki-exception', 'scope-limit'], 'ただし、過去の広報記事を掲載するアーカイブサイト及び観光情報サイトについては、この限りでない。',
                       'ただし書が一部のサイトを常時暗号化の対象から外している（一部のサイトに限る形）。'),
    'mobile-devices': ('outdated', ['mobile-ban', 'pre-revision-form', 'article-form'], '職員は、庁舎外に端末を持ち出してはならない。',
                       '持出しと外部接続の一律禁止。基準より厳しく違反ではないが、安全対策を講じた利用が可能になった旨の情報。'),
})

case('b4-27-web-town-enumerated.md', '''# 東ヶ丘町ウェブサイト管理要綱

（暗号化）
第１９条　次に掲げるウェブサイトは、ＨＴＴＰＳにより暗号化して提供する。
一　電子申請サイト
二　入札情報サービス
三　職員採用応募フォーム
２　前項各号に掲げるもの以外のウェブサイトは、ＨＴＴＰにより提供することができる。
''', {
    'web-encryption': ('outdated', ['scope-limit', 'full-width'], '次に掲げるウェブサイトは、ＨＴＴＰＳにより暗号化して提供する。',
                       '暗号化は列挙された３サイトに限られ、他は HTTP でよいとしている。'),
})

case('b4-28-web-citation-desirable.md', '''# 独立行政法人産業安全研究機構 情報セキュリティ対策基準

#### ウェブサイトの暗号化（統一基準 7.2.2 対応）

ウェブサイトは、可能な限り常時暗号化することが望ましい。

#### ウェブサーバの管理

情報システムセキュリティ責任者は、ウェブサーバの不要なサービスを停止すること。
''', {
    'web-encryption': ('outdated', ['citation', 'weak-wording'], '可能な限り常時暗号化することが望ましい',
                       '統一基準 7.2.2 を引用しているが、本文は「可能な限り」「望ましい」で義務になっていない。'),
})

case('b4-29-web-marker-forms-only.md', '''# 独立行政法人河川技術研究所情報セキュリティ規程

（ウェブサイトの管理）
第４１条　情報システム管理者は、研究所のウェブサイトを管理する。
２　情報システム管理者は、ウェブサイトの更新履歴を記録する。
<!-- kijun: web-encryption -->
３　電子申請及び問合せの受付に用いるウェブページは、暗号化した通信により提供しなければならない。
''', {
    'web-encryption': ('outdated', ['marker', 'scope-limit'], '電子申請及び問合せの受付に用いるウェブページは',
                       'マーカーが示す条文は暗号化を電子申請・問合せページに限っている。'),
})

case('b4-30-web-town-not-needed.md', '''# 山吹町情報セキュリティポリシー（対策基準）

６　ホームページの管理
（１）ホームページの更新は、総務課長の承認を得て行う。
（２）本町ホームページは、個人情報を取り扱わず公開情報のみを掲載することから、通信の暗号化は行わないものとする。
（３）ホームページ作成システムのパスワードは、３か月ごとに変更する。
''', {
    'web-encryption': ('missing', ['negation', 'full-width'], '通信の暗号化は行わないものとする',
                       '暗号化を行わないと定めている。'),
})

case('b4-31-web-promo-mobile-institute-deferred.md', '''# 国立研究開発法人防災地質研究所 情報セキュリティ対策基準

#### 2.1.1 組織・体制の整備

(2) 情報セキュリティ対策推進体制の設置については、組織改編の状況を踏まえ、今後検討する。

#### 7.2.2 ウェブ

(1) 当所が運営するウェブサイトについては、予算の状況を踏まえ、順次常時暗号化への移行を検討する。

#### 8.1.2 モバイル端末の利用

(1) モバイル端末を所外の通信回線に接続して業務に利用することについては、講ずべき安全対策を含め、今後規定を整備する。
''', {
    'mobile-devices': ('missing', ['deferral'], '講ずべき安全対策を含め、今後規定を整備する。',
                       'モバイル端末の組織外での利用と安全対策は今後規定するとされ、定めがない。'),
    'web-encryption': ('missing', ['deferral'], '順次常時暗号化への移行を検討する', '常時暗号化は順次の移行を検討するにとどまる。'),
    'promotion-structure': ('missing', ['deferral'], '情報セキュリティ対策推進体制の設置については、組織改編の状況を踏まえ、今後検討する。',
                            '推進体制の設置は今後の検討とされている。'),
})

case('b4-32-web-iot-ministry-heading-only.md', '''# 通商経済省 情報セキュリティ対策基準

### 7.1.3 特定用途機器

(1) 情報システムセキュリティ責任者は、テレビ会議システム、IP電話、ネットワークカメラ等の特定用途機器について、初期設定のパスワードを変更し、ファームウェアを最新の状態に保つとともに、業務用の通信回線から分離した通信回線に接続すること。

### 7.2.2 ウェブ

#### (1) ウェブサイトの常時暗号化

#### (2) ウェブサーバの運用

(a) 情報システムセキュリティ責任者は、ウェブサーバの不要な機能を停止すること。
''', {
    'iot-devices': ('covered', ['standard-wording'], '初期設定のパスワードを変更し、ファームウェアを最新の状態に保つとともに',
                    '特定用途機器について初期パスワード変更、ファームウェア更新、通信回線の分離を義務づける。'),
    'web-encryption': ('missing', ['label-only'], '#### (1) ウェブサイトの常時暗号化', '見出しのみで本文がない。'),
})

case('b4-33-web-agency-tls10-tolerated.md', '''# 社会保障情報庁 情報セキュリティ対策基準

#### 7.2.2 ウェブ

(1) 情報システムセキュリティ責任者は、当庁の全てのウェブサイトをHTTPSで提供し、HTTPによるアクセスはHTTPSに転送すること。

(2) 利用者の環境に配慮し、TLS 1.0 及び TLS 1.1 による接続も当面許容する。
''', {
    'web-encryption': ('covered', ['advisory-tls'], '全てのウェブサイトをHTTPSで提供し', '全サイトを HTTPS で提供する。TLS 1.0/1.1 の許容は別の助言事項。'),
})

# ================= email-encryption (newly mandatory) =================
case('b4-34-mail-domain-ministry.md', '''# 地方行政支援省 情報セキュリティ対策基準

#### 6.3.2 アプリケーション・コンテンツの提供時の対策

(1) 情報システムセキュリティ責任者は、当省が国民向けに提供するウェブサイト及び電子メールアドレスについて、政府ドメイン名（go.jp）を使用すること。

#### 7.2.1 電子メール

(1) 電子メールの導入時の対策

(a) 情報システムセキュリティ責任者は、電子メールサーバ間の通信をSTARTTLSにより暗号化すること。

(b) 情報システムセキュリティ責任者は、SPF、DKIM及びDMARCによる送信ドメイン認証の仕組みを導入し、なりすましメールを防止すること。

(c) 職員等は、電子メールを送信する前に、宛先に誤りがないことを確認すること。
''', {
    'email-encryption': ('covered', ['standard-wording'], '電子メールサーバ間の通信をSTARTTLSにより暗号化すること',
                         'サーバ間通信の STARTTLS による暗号化と送信ドメイン認証の双方を義務づける。'),
    'domain-names': ('covered', ['standard-wording'], '政府ドメイン名（go.jp）を使用すること', 'ウェブサイトと電子メールアドレスに go.jp を使用する。'),
})

case('b4-35-mail-kosen-paraphrase.md', '''# 独立行政法人高等専門教育機構情報セキュリティ対策規程

（電子メール）
第５１条　情報基盤センター長は、機構のメールサーバが機構外のメールサーバと電子メールを送受信する際、
その通信経路を暗号化するよう設定しなければならない。
２　情報基盤センター長は、機構から送信される電子メールに電子署名を付し、受信者が機構のドメインから送信
されたものであることを確認できるようにしなければならない。

（ドメイン名）
第５２条　機構及び機構が設置する学校のウェブサイト並びに電子メールのアドレスには、ac.jp で終わるドメイン名を用いるものとし、それ以外のドメイン名を用いてはならない。
''', {
    'email-encryption': ('covered', ['paraphrase', 'wrapped-lines', 'article-form'], 'その通信経路を暗号化するよう設定しなければならない。',
                         'メールサーバ間の通信経路の暗号化と、送信元ドメインを受信者が確認できる署名（送信ドメイン認証の言い換え）を義務づける。'),
    'domain-names': ('covered', ['article-form'], 'ac.jp で終わるドメイン名を用いるものとし',
                     '高等教育機関である法人が ac.jp を用いると定める（改定で可能になった形）。'),
})

case('b4-36-mail-ministry-attachments.md', '''# 交通安全省 情報セキュリティ対策基準

#### 7.2.1 電子メール

(1) 職員等は、要機密情報を電子メールで送信する場合には、当該情報を添付ファイルとし、パスワードにより暗号化して送信すること。

(2) 職員等は、前号のパスワードを別の電子メールで送付すること。
''', {
    'email-encryption': ('outdated', ['scope-limit'], 'パスワードにより暗号化して送信すること',
                         '一部のメールの添付ファイルを職員が暗号化するだけで、通信の暗号化も送信ドメイン認証もない。'),
})

case('b4-37-mail-citation-endeavour.md', '''# 国立研究開発法人宇宙観測研究機構 情報セキュリティ対策基準

### 電子メールの暗号化（統一基準 7.2.1(1) 対応）

統括情報セキュリティ責任者は、電子メールの通信の暗号化及び送信ドメイン認証の導入に努める。

### 電子メールの利用

職員等は、業務以外の目的で電子メールを利用しないこと。
''', {
    'email-encryption': ('outdated', ['citation', 'weak-wording'], '電子メールの通信の暗号化及び送信ドメイン認証の導入に努める。',
                         '統一基準 7.2.1(1) を引用しているが、本文は「努める」で義務になっていない。'),
})

case('b4-38-mail-domain-institute-deferred.md', '''# 国立研究開発法人農業情報研究機構 情報セキュリティ対策基準

#### 6.3.2 ドメイン名の使用

（該当なし）

#### 7.2.1 電子メール

(1) 電子メールの通信の暗号化及び送信ドメイン認証については、今後の検討課題とする。

(2) 情報システムセキュリティ責任者は、電子メールサーバが不正な中継を行わないよう設定すること。
''', {
    'email-encryption': ('missing', ['deferral'], '今後の検討課題とする', '通信の暗号化と送信ドメイン認証を今後の検討課題としている。'),
    'domain-names': ('missing', ['placeholder', 'label-only'], '#### 6.3.2 ドメイン名の使用', '見出しの下は「該当なし」のみで、ドメイン名の規定がない。'),
})

# ================= mobile-devices (new permission; a ban is outdated at information level) =================
case('b4-39-mobile-univ-ban-with-proviso.md', '''# 国立大学法人北辰工業大学情報機器利用規程

（学外への持出し等）
第１７条　利用者は、本学の端末を学外に持ち出し、又は学外の通信回線に接続してはならない。ただし、部局情報セキュリティ責任者の許可を受け、次に掲げる措置を講じた端末を業務に使用する場合は、この限りでない。
一　端末の記録媒体の暗号化
二　パスワード等による利用者の認証
三　紛失時に遠隔でデータを消去できる機能の設定
２　前項ただし書の許可を受けた利用者は、端末を紛失したときは、直ちに部局情報セキュリティ責任者に届け出なければならない。
''', {
    'mobile-devices': ('covered', ['tadashigaki-exception', 'mobile-ban', 'article-form'], '次に掲げる措置を講じた端末を業務に使用する場合は、この限りでない。',
                       '原則禁止だが、ただし書が暗号化・認証・遠隔消去の措置を講じた端末の学外利用・接続を認めている（安全対策を条件とする許可）。'),
})

case('b4-40-mobile-ministry-paraphrase.md', '''# 国際開発協力省 情報セキュリティ対策基準

#### 8.1.2 支給端末の庁舎外での利用

(1) 職員等は、当省が貸与するノートパソコン、スマートフォン及びタブレット（以下「貸与端末」という。）を、庁舎の内外を問わず、インターネット又は当省の通信回線に接続して業務に用いることができる。

(2) 統括情報セキュリティ責任者は、貸与端末について、内蔵記録媒体の暗号化、生体情報又はパスコードによる利用者の認証、紛失時の遠隔消去及び端末管理サーバによる設定の一元管理を行うこと。
''', {
    'mobile-devices': ('covered', ['paraphrase'], '庁舎の内外を問わず、インターネット又は当省の通信回線に接続して業務に用いることができる',
                       '貸与端末の庁舎内外での接続・業務利用を認め、暗号化・認証・遠隔消去・一元管理を義務づける。'),
})

case('b4-41-mobile-city-inside-only.md', '''# 朝日台市モバイル端末利用要綱

（利用の範囲）
第３条　スマートフォン及びタブレット端末は、庁舎内に限り、庁内無線ＬＡＮに接続して使用することができる。
２　職員は、前項の端末を庁舎外に持ち出してはならない。

（管理）
第４条　情報政策課長は、前条の端末の管理台帳を整備する。
''', {
    'mobile-devices': ('outdated', ['mobile-ban', 'pre-revision-form', 'scope-limit', 'full-width'], '庁舎内に限り、庁内無線ＬＡＮに接続して使用することができる。',
                       '利用は庁舎内に限られ持出しを禁止している。基準より厳しく違反ではないが、組織外での安全対策付き利用が可能になった旨の情報。'),
})

case('b4-42-mobile-iai-placeholder.md', '''# 独立行政法人国立公園管理機構 情報セキュリティ対策基準

### 8.1 情報システムの利用

#### 8.1.1 情報システムの利用

(1) 職員等は、業務の遂行以外の目的で情報システムを利用しないこと。

#### 8.1.2 モバイル端末の利用

（準備中）

#### 8.1.3 機関等支給以外の端末の利用

(1) 職員等は、機関等支給以外の端末を業務に利用しないこと。
''', {
    'mobile-devices': ('missing', ['placeholder', 'label-only'], '#### 8.1.2 モバイル端末の利用', '見出しの下は「準備中」のみで本文がない。'),
})

# ================= domain-names (遵守事項, reviewed: ac.jp) =================
# ================= iot-devices (遵守事項, clarified and added) =================
case('b4-43-iot-city-building-systems.md', '''# 星野市情報セキュリティ対策規則

（ネットワークに接続する設備）
第２９条　施設管理課長は、庁舎の空調設備、入退室管理装置、防犯カメラその他の通信回線に接続して使用する設備について、
出荷時の管理者パスワードを変更し、製造者から提供される更新プログラムを適用しなければならない。
２　施設管理課長は、前項の設備を、事務用の通信回線と接続してはならない。
''', {
    'iot-devices': ('covered', ['paraphrase', 'wrapped-lines', 'article-form'], '出荷時の管理者パスワードを変更し、製造者から提供される更新プログラムを適用しなければならない。',
                    '空調・入退室管理・防犯カメラ等のネットワーク接続設備（IoT 機器）に初期パスワード変更、更新、事務用回線からの分離を義務づける。'),
})

case('b4-44-iot-promo-improve-iai-definitions.md', '''# 独立行政法人環境再生機構情報セキュリティ規程

（定義）
第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）情報システム　ハードウェア及びソフトウェアから成るシステムであって、情報処理又は通信の用に供するものをいう。
（２）特定用途機器　テレビ会議システム、ＩＰ電話システム、ネットワークカメラシステム、入退館管理システムその他の特定の用途に使用される情報システム特有の構成要素であって、通信回線に接続されるものをいう。
（３）情報セキュリティ対策推進体制　機構における情報セキュリティ対策の推進に係る事務を遂行するための体制をいう。
（４）職員等　機構の役員及び職員並びに派遣労働者をいう。

（適用範囲）
第３条　この規程は、機構の全ての情報システム及び職員等に適用する。

（改善の指示）
第１２条　削除

（例外措置）
第１３条　職員等は、この規程の規定によることが困難な場合は、例外措置の申請を行うことができる。
''', {
    'iot-devices': ('missing', ['definitions-only', 'full-width'], '（２）特定用途機器', '特定用途機器は定義にのみ現れ、安全対策の規定がない。'),
    'promotion-structure': ('missing', ['definitions-only', 'full-width'], '（３）情報セキュリティ対策推進体制', '推進体制は定義にのみ現れ、設置も役割も定めていない。'),
    'improvement-instructions': ('missing', ['label-only', 'article-form'], '第１２条　削除', '「改善の指示」の見出しに「削除」とあるのみで本文がない。'),
})

case('b4-45-iot-promo-iai-excluded-endeavour.md', '''# 独立行政法人港湾物流研究機構情報セキュリティ管理規程

（適用範囲）
第３条　この規程は、機構の情報システム及び情報について適用する。ただし、複合機、ネットワークカメラその他の特定用途機器については、この規程は適用しない。

（推進体制）
第６条　統括情報セキュリティ責任者は、情報セキュリティ対策の推進を担う体制の整備に努めるものとする。
''', {
    'iot-devices': ('missing', ['exclusion', 'tadashigaki-exception', 'article-form'], 'ネットワークカメラその他の特定用途機器については、この規程は適用しない。',
                    '特定用途機器を適用範囲から除外している。'),
    'promotion-structure': ('outdated', ['weak-wording', 'paraphrase'], '情報セキュリティ対策の推進を担う体制の整備に努めるものとする。',
                            '推進体制の整備を「努める」としている。'),
})

case('b4-46-iot-ministry-consider.md', '''# 防衛装備調達庁 情報セキュリティ対策基準

#### 7.1.3 複合機・特定用途機器

(1) 情報システムセキュリティ責任者は、複合機の記録媒体に保存された情報を、廃棄時に消去すること。

(2) 特定用途機器（IoT機器を含む。）については、初期パスワードの変更等、必要に応じてセキュリティ対策を講じるよう配慮する。
''', {
    'iot-devices': ('outdated', ['weak-wording'], '必要に応じてセキュリティ対策を講じるよう配慮する。',
                    'IoT 機器を含む特定用途機器の安全対策を「必要に応じて」「配慮する」で定めている。'),
})

case('b4-47-iot-um-english-scope-gateway.md', '''# Information Security Policy of the Japan Marine Safety Agency (English translation)

1.2 Scope
(1) This Policy applies to all information systems of the Agency and to all staff.
(2) Network cameras, IP telephones, building-management controllers and other IoT devices are outside the scope of this Policy.

6.2 Malware
(1) Files arriving from the Internet shall be examined in a sandbox at the Internet gateway so that unknown malware is detected before it enters the Agency network.
(2) Anti-virus software shall be installed on all terminals and servers.
''', {
    'unknown-malware': ('outdated', ['english', 'pre-revision-form'], 'examined in a sandbox at the Internet gateway so that unknown malware is detected',
                        'Unknown malware is handled only at the Internet boundary (the pre-revision form); terminals and servers have signature anti-virus only.'),
    'iot-devices': ('missing', ['english', 'exclusion'], 'other IoT devices are outside the scope of this Policy',
                    "IoT devices are excluded from the Policy's scope."),
})

# ================= issue-reporting / improvement-instructions / promotion-structure (遵守事項, arranged) =================
case('b4-48-pdca-ministry-all-three.md', '''# 国土整備省 情報セキュリティ対策基準

## 第２部 情報セキュリティ対策の基本的枠組み

#### 2.1.1 組織・体制の整備

(5) 最高情報セキュリティ責任者は、情報セキュリティ対策推進体制を整備し、その役割を規定すること。

(6) 情報セキュリティ対策推進体制は、対策基準及び対策推進計画の策定に係る事務、教育及び自己点検の企画並びに情報セキュリティ対策の状況の取りまとめを行うこと。

#### 2.2.1 対策基準・対策推進計画の運用

(3) 情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育の実施において課題が生じた場合は、最高情報セキュリティ責任者に報告すること。

#### 2.4.1 情報セキュリティ対策の見直し

(2) 最高情報セキュリティ責任者は、自己点検及び監査の結果等を踏まえ、組織横断的に改善が必要な事項については統括情報セキュリティ責任者に、特定の部局に固有の改善事項については当該部局の情報セキュリティ責任者に、改善を指示すること。
''', {
    'promotion-structure': ('covered', ['standard-wording'], '情報セキュリティ対策推進体制を整備し、その役割を規定すること。', '推進体制を整備し役割を規定する。'),
    'issue-reporting': ('covered', ['standard-wording'], '課題が生じた場合は、最高情報セキュリティ責任者に報告すること。', '運用・自己点検・教育で生じた課題を CISO に報告する。'),
    'improvement-instructions': ('covered', ['standard-wording'], '組織横断的に改善が必要な事項については統括情報セキュリティ責任者に',
                                 'CISO が組織横断的な改善と部局固有の改善をそれぞれの責任者に指示する。'),
})

case('b4-49-issue-improve-univ-paraphrase.md', '''# 国立大学法人瀬戸内大学情報セキュリティ対策規程

（問題点の報告）
第８条　部局情報セキュリティ責任者は、日常の運用、自己点検及び研修を通じて明らかになった問題点を取りまとめ、最高情報セキュリティ責任者に報告しなければならない。

（改善の指示）
第９条　最高情報セキュリティ責任者は、前条の報告その他の情報を踏まえ、全学で取り組むべき改善事項については全学情報セキュリティ責任者に、特定の部局に固有の改善事項については当該部局の部局情報セキュリティ責任者に、それぞれ改善を指示するものとする。
''', {
    'issue-reporting': ('covered', ['paraphrase', 'article-form'], '日常の運用、自己点検及び研修を通じて明らかになった問題点を取りまとめ',
                        '運用・自己点検・研修で明らかになった問題点を CISO に報告する（課題報告の言い換え）。'),
    'improvement-instructions': ('covered', ['paraphrase', 'article-form'], '全学で取り組むべき改善事項については全学情報セキュリティ責任者に',
                                 '全学的な改善と部局固有の改善をそれぞれ適切な責任者に指示する。'),
})

case('b4-50-issue-iai-audit-and-selfcheck-results.md', '''# 独立行政法人製品評価研究機構情報セキュリティ監査規程

（監査の報告）
第４２条　情報セキュリティ監査責任者は、監査を実施したときは、その結果を監査報告書に取りまとめ、最高情報セキュリティ責任者に報告しなければならない。

（自己点検）
第４３条　情報セキュリティ責任者は、毎年度、自己点検を実施し、その結果を統括情報セキュリティ責任者に報告しなければならない。
''', {
    'issue-reporting': ('missing', ['separate-duty', 'article-form'], 'その結果を監査報告書に取りまとめ、最高情報セキュリティ責任者に報告しなければならない。',
                        '監査結果と自己点検結果の報告のみで、運用・自己点検・教育で生じた課題の報告ではない（別の義務として関連条文）。'),
})

case('b4-51-issue-improve-city-weak.md', '''# 紅葉市情報セキュリティ基本規則

（課題の報告）
第１０条　各課の情報セキュリティ管理者は、情報セキュリティ対策の運用、自己点検及び研修において生じた課題を、必要に応じて最高情報セキュリティ責任者に報告するよう努める。

（改善の指示）
第１１条　最高情報セキュリティ責任者は、必要があると認めるときは、全庁的な改善事項については統括情報セキュリティ責任者に、各課に固有の改善事項については当該課の情報セキュリティ管理者に、改善を指示することができる。
''', {
    'issue-reporting': ('outdated', ['weak-wording', 'article-form'], '必要に応じて最高情報セキュリティ責任者に報告するよう努める。',
                        '課題の報告を「必要に応じて」「努める」で定めている。'),
    'improvement-instructions': ('outdated', ['weak-wording', 'article-form'], '改善を指示することができる。',
                                 '改善の指示を「必要があると認めるとき」「できる」（権限）で定めている。'),
})

case('b4-52-issue-promo-english-institute.md', '''# Information Security Rules of the National Institute of Seismic Research (provisional translation)

Article 5 (Information Security Promotion Office)
1. An Information Security Promotion Office shall be established in the General Affairs Department as the unit that drives the Institute's information security measures.
2. The Office shall draft the measures standard and the promotion plan, organise education and self-assessment, and collect the status of the measures for the CISO.

Article 6 (Reporting of issues)
Each Information Security Officer shall report to the CISO any issues that arise in the operation of the measures, in self-assessment and in education.
''', {
    'promotion-structure': ('covered', ['english', 'paraphrase'], 'An Information Security Promotion Office shall be established',
                            'A promotion office is established as the unit that drives the measures, with its roles listed.'),
    'issue-reporting': ('covered', ['english'], 'shall report to the CISO any issues that arise in the operation of the measures',
                        'Issues from operation, self-assessment and education are reported to the CISO.'),
})

case('b4-53-promo-city-suishin-han.md', '''# 若狭市情報セキュリティ推進体制要綱

（推進班の設置）
第２条　本市の情報セキュリティ対策を推進するため、総務部情報政策課に情報セキュリティ推進班（以下「推進班」という。）を置く。

（推進班の任務）
第３条　推進班の任務は、次のとおりである。
（１）情報セキュリティポリシーの見直し案の作成
（２）職員に対する研修の企画及び実施
（３）自己点検の取りまとめ及び最高情報セキュリティ責任者への報告
（４）情報セキュリティインシデント発生時の関係課との連絡調整
''', {
    'promotion-structure': ('covered', ['paraphrase', 'full-width'], '総務部情報政策課に情報セキュリティ推進班（以下「推進班」という。）を置く。',
                            '対策の推進を担う推進班を置き、その任務を列挙する（推進体制の言い換え、である調）。'),
})

case('b4-54-improve-ministry-marker-placeholder.md', '''# 海洋政策省 情報セキュリティ対策基準

#### 2.4.1 情報セキュリティ対策の見直し

(1) 最高情報セキュリティ責任者は、情報セキュリティ対策の状況を踏まえ、対策基準の見直しの要否を判断すること。

<!-- kijun: improvement-instructions -->
(2) 改善事項の指示：別に定める。

(3) 統括情報セキュリティ責任者は、見直しを行った対策基準を職員等に周知すること。
''', {
    'improvement-instructions': ('missing', ['marker', 'placeholder'], '(2) 改善事項の指示：別に定める。',
                                 'マーカーが示す箇所は「別に定める」のみで、指示の義務を定める本文がない。'),
})

# ================= mixed: separate duties, weak wording, English, citations =================
case('b4-55-um-mail-town-pattern-spf.md', '''# 緑ヶ丘町情報セキュリティ対策規則

（コンピュータウイルス対策）
第１８条　情報システム管理者は、全てのパソコン及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを自動更新するよう設定しなければならない。
２　職員は、外部から入手したファイルを開く前に、ウイルス対策ソフトウェアによる検査を行わなければならない。

（電子メール）
第２７条　情報システム管理者は、電子メールサーバの不正中継を禁止する設定を行わなければならない。
２　情報システム管理者は、本町のドメインについてSPFレコードを公開し、送信元を詐称した電子メールを受信者が判別できるようにしなければならない。
３　職員は、電子メールの自動転送を行ってはならない。
''', {
    'unknown-malware': ('missing', ['separate-duty', 'article-form'], 'パターンファイルを自動更新するよう設定しなければならない',
                        'パターンファイル型のウイルス対策のみで、未知の不正プログラムを振る舞いで検知し実行を防ぐ機能はない（別の義務として関連条文）。'),
    'email-encryption': ('missing', ['separate-duty', 'article-form'], 'SPFレコードを公開し',
                         'SPF による送信者認証のみで、通信の暗号化がない（別の義務として関連条文）。'),
})

case('b4-56-mail-domain-iai-weak.md', '''# 独立行政法人中小事業基盤機構情報セキュリティ規程

（電子メールの利用）
第３３条　電子メールの送受信に当たっては、可能な限り通信の暗号化を行うものとする。
２　職員は、業務に関係のない電子メールを送信してはならない。

（ドメイン名）
第３５条　機構のウェブサイト及び電子メールには、できる限り政府ドメイン名（go.jp）を使用するよう努めるものとする。
２　前項のドメイン名以外のドメイン名を使用する場合は、情報システム管理者の承認を得るものとする。
''', {
    'email-encryption': ('outdated', ['weak-wording', 'article-form'], '可能な限り通信の暗号化を行うものとする',
                         '義務項目を「可能な限り」で定めている。送信ドメイン認証もない。'),
    'domain-names': ('outdated', ['weak-wording', 'article-form'], 'できる限り政府ドメイン名（go.jp）を使用するよう努めるものとする',
                     '遵守事項を「できる限り」「努める」で定めている。'),
})

case('b4-57-itam-domain-iot-english-agency.md', '''# Information Security Rules of the Japan Fisheries Research Agency (provisional translation)

Article 41 (Software inventory)
1. The Information Systems Division shall operate IT asset management software that automatically collects, from every terminal and server, the name and version of each installed software product.
2. The Division shall use the inventory referred to in the preceding paragraph to identify without delay the devices affected by a newly published vulnerability and shall instruct their administrators to apply the fix.

Article 52 (Domain names)
The Information System Security Officer shall use a domain name ending in .go.jp for every website and e-mail address that the Agency provides to the public, so that users can confirm that they are dealing with a government body.

Article 60 (IoT devices)
Staff managing network cameras, IP telephones and other IoT devices should, where practicable, change their default passwords and apply firmware updates.
''', {
    'iot-devices': ('outdated', ['english', 'weak-wording'], 'should, where practicable, change their default passwords',
                    'The safety measures for IoT devices, a mandatory item, are worded as "should, where practicable".'),
    'it-asset-management': ('covered', ['english'], 'automatically collects, from every terminal and server, the name and version',
                            'Asset-management software collects software names and versions from every terminal and server automatically and is used against new vulnerabilities.'),
    'domain-names': ('covered', ['english'], 'shall use a domain name ending in .go.jp for every website and e-mail address',
                     'The Agency uses go.jp for every public website and e-mail address.'),
})

case('b4-58-itam-mail-town-register-missending.md', '''# 北浜町情報セキュリティ対策要綱

（機器の管理）
第１２条　情報システム管理者は、端末、サーバその他の機器を納入する際、その仕様、製造番号及び設置場所を確認の上、機器管理台帳に登録しなければならない。
２　情報システム管理者は、毎年度、機器管理台帳と現物とを照合しなければならない。

（誤送信の防止）
第３４条　職員は、外部に電子メールを送信する際は、宛先を複数人で確認し、複数の外部の者に同時に送信するときはＢＣＣを使用しなければならない。
２　情報システム管理者は、送信前の確認画面の表示及び送信の一時保留の機能を設けなければならない。
''', {
    'it-asset-management': ('missing', ['separate-duty', 'manual-vs-automated'], '機器管理台帳に登録しなければならない',
                            '機器の納入時登録と現物照合のみで、ソフトウェア情報の自動収集はない（別の義務として関連条文）。'),
    'email-encryption': ('missing', ['separate-duty', 'full-width'], '送信前の確認画面の表示及び送信の一時保留の機能を設けなければならない',
                         '誤送信防止の措置のみで、通信の暗号化も送信ドメイン認証もない（別の義務として関連条文）。'),
})

case('b4-59-drm-issue-web-english-studied.md', '''# Information Security Standards of the National Centre for Language Research (English translation)

3.4 Rights management
Protection of files by information rights management will be studied when the document management system is next renewed.

5.2 Article 7 (Reporting of issues to the CISO)
[Reserved]

7.2.2 Websites
Websites of the Centre may be served over HTTPS.
''', {
    'drm': ('missing', ['english', 'deferral'], 'will be studied when the document management system is next renewed',
            'Rights management is only to be studied in the future.'),
    'issue-reporting': ('missing', ['english', 'label-only', 'placeholder'], '5.2 Article 7 (Reporting of issues to the CISO)',
                        'A heading with [Reserved]: no clause requires reporting issues.'),
    'web-encryption': ('outdated', ['english', 'weak-wording'], 'may be served over HTTPS',
                       'HTTPS is a permission ("may"), not a duty for every website.'),
})

case('b4-60-iot-mail-institute-citations.md', '''# 国立研究開発法人電波技術研究機構 情報セキュリティ対策基準

### 特定用途機器の対策（統一基準 7.1.3 対応）

(1) 情報システムセキュリティ責任者は、通信回線に接続する特定用途機器（ネットワークカメラ、入退館管理装置、空調制御装置等のいわゆるＩｏＴ機器を含む。）について、その特性に応じ、初期設定の認証情報の変更、ソフトウェアの更新及び不要な通信の遮断の措置を講ずるものとする。

### 電子メールの通信の暗号化等（統一基準 7.2.1(1) 対応）

(1) 情報システムセキュリティ責任者は、電子メールサーバ間で送受信される電子メールの通信を暗号化するものとする。

(2) 情報システムセキュリティ責任者は、送信ドメイン認証技術（SPF及びDKIM）を用い、機構を騙る電子メールを受信者が識別できるようにするものとする。
''', {
    'iot-devices': ('covered', ['citation', 'full-width'], '初期設定の認証情報の変更、ソフトウェアの更新及び不要な通信の遮断の措置を講ずるものとする。',
                    '統一基準 7.1.3 を引用し、本文が IoT 機器を含む特定用途機器の安全対策を「ものとする」で義務づけている。'),
    'email-encryption': ('covered', ['citation'], '電子メールサーバ間で送受信される電子メールの通信を暗号化するものとする。',
                         '統一基準 7.2.1(1) を引用し、本文がサーバ間通信の暗号化と送信ドメイン認証を義務づけている。'),
})

write_set(D, C)
