# Source of the blind set test/fixtures/blind5/ (2026-12-07): short policy excerpts drafted by a helper session from
# requirements.md §4–5, the FY2018 revision summary and issue 11's phenomena and status table only, without reading
# the catalog, the engine, the other evaluation sets' texts or Kijun's output on any case. The labels were committed
# before Kijun was run. Styles: 市町村 情報セキュリティポリシー (第N条, 号), 国立研究開発法人 規程 with 別表, 省 対策基準 in
# decimal sections with tables, a university regulation in English, 一部事務組合 要綱, long articles mixing duties,
# wrapped sentences, full-width digits. Tricky but fair: scope split across sibling items, dates past and future,
# 「先送りしてはならない」, a prohibition of disabling, 「全ての…（…を含む。）」, a 附則 that suspends an article.
# Status rules (issue 11): negation, deferral, exclusion, label without body, term only in definitions → missing;
# a subset → outdated for the mandatory items when it is the pre-revision form, else missing; a mandatory duty worded
# as a wish/effort/permission → outdated (recommended items: such wording is normal → covered); a separate duty still
# in force (audit report, SPF only, 誤送信防止, pattern-file antivirus) → missing; the pre-revision form of the same
# duty (manual software survey, unknown malware only at the boundary, blanket mobile ban) → outdated.
# Running this script writes the .md files and labels.json (line numbers of each snippet are computed).
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402

D = 'test/fixtures/blind5'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})


def case(f, text, labels):
    C.append((f, text, labels))


# 01 市町村 policy, article form, HTTPS for all sites incl. sub-sites
case('b5-01-city-web-all.md', '''# 〇〇市情報セキュリティ対策基準

## 第３章　ウェブサイトの管理

第２１条　情報システム管理者は、本市が開設する全てのウェブサイト（外部の事業者に運営を委託するもの及び
特設サイトを含む。）について、全ての通信をＴＬＳにより暗号化しなければならない。
２　前項の暗号化は、利用者が本市のウェブサイトであることを確認できる電子証明書を用いて行うものとする。
''', {
    'web-encryption': ('covered', ['article-form', 'full-width', 'wrapped-lines'], '全ての通信をＴＬＳにより暗号化しなければならない', '全てのウェブサイト（委託・特設を含む）の全通信のTLS暗号化を義務として定める。'),
})

# 02 web: login pages only (pre-revision subset)
case('b5-02-town-web-login.md', '''# ××町情報セキュリティポリシー（対策基準）

第１８条（ウェブサイトの暗号化）
情報システム管理者は、町のウェブサイトのうち、利用者がパスワードを入力するページ及び申請書を受け付ける
フォームについては、ＳＳＬ／ＴＬＳにより通信を暗号化すること。その他のページについては、この限りでない。
''', {
    'web-encryption': ('outdated', ['scope-limit', 'article-form', 'wrapped-lines'], 'フォームについては、ＳＳＬ／ＴＬＳにより通信を暗号化すること。その他のページについては、この限りでない。', 'ログイン・フォームのページに限った暗号化で、他のページを除外する改定前の形。'),
})

# 03 web: deferral
case('b5-03-kumiai-web-defer.md', '''# ○○広域行政事務組合情報セキュリティ要綱

（ホームページの運用）
第９条　組合のホームページの常時暗号化については、現行の公開サーバの更新時期に合わせて検討するものとし、
当面は導入を見送る。

（推進体制）
第１０条　組合には、情報セキュリティ対策の推進を担う専任の組織は置かない。
''', {
    'promotion-structure': ('missing', ['negation', 'article-form'], '第１０条　組合には、情報セキュリティ対策の推進を担う専任の組織は置かない。', '推進を担う組織を置かないと定めている。'),
    'web-encryption': ('missing', ['deferral', 'article-form', 'wrapped-lines'], '当面は導入を見送る。', '常時暗号化の導入を見送ると定めており、義務を定めていない。'),
})

# 04 web weak wording (mandatory → outdated)
case('b5-04-agency-web-weak.md', '''# 独立行政法人□□ 情報セキュリティ対策規程

第３０条（ウェブサイトの通信）
法人が運営するすべてのウェブサイトは、可能な限りＨＴＴＰＳによる接続とするよう努めるものとする。
''', {
    'web-encryption': ('outdated', ['weak-wording', 'article-form', 'full-width'], '可能な限りＨＴＴＰＳによる接続とするよう努めるものとする', '義務事項を「可能な限り」「努める」と弱い表現で定めている。'),
})

# 05 web citation over limited body
case('b5-05-ministry-web-cite.md', '''# ◇◇省情報セキュリティ対策基準

### 7.2.2 ウェブ（統一基準 7.2.2 対応）

(1) 情報システムセキュリティ責任者は、ウェブサーバのうち個人情報を取り扱うものについて、TLSによる暗号化を行うこと。
''', {
    'web-encryption': ('outdated', ['citation', 'scope-limit'], 'ウェブサーバのうち個人情報を取り扱うものについて、TLSによる暗号化を行うこと。', '統一基準の項を引用するが本文は個人情報を扱うサーバに限定している。'),
})

# 06 email: transport + sender auth, paraphrase
case('b5-06-city-mail-full.md', '''# △△市情報セキュリティ対策基準

第２６条（電子メール）
情報システム管理者は、電子メールサーバ相互間の通信において、相手方が対応している場合には暗号化された通信路
（ＳＴＡＲＴＴＬＳ）を用いる設定としなければならない。
２　情報システム管理者は、本市のドメインから送信される電子メールについて、受信者が送信元を検証できるよう、
ＳＰＦ及びＤＫＩＭによる送信ドメイン認証の仕組みを導入しなければならない。

第２７条（ホームページ）
本市のホームページへの接続は、閲覧者の環境に配慮し、ＨＴＴＰ及びＨＴＴＰＳのいずれによることもできるものとする。
''', {
    'web-encryption': ('outdated', ['weak-wording', 'article-form', 'full-width'], '本市のホームページへの接続は、閲覧者の環境に配慮し、ＨＴＴＰ及びＨＴＴＰＳのいずれによることもできるものとする。', 'HTTPでの接続を認めており、常時暗号化が義務になっていない（HTTPS は任意）。'),
    'email-encryption': ('covered', ['article-form', 'full-width', 'wrapped-lines'], 'ＳＰＦ及びＤＫＩＭによる送信ドメイン認証の仕組みを導入しなければならない。', 'サーバ間通信の暗号化と送信ドメイン認証の双方を義務として定める。'),
})

# 07 email: only file encryption of attachments
case('b5-07-town-mail-attach.md', '''# ◎◎町情報セキュリティポリシー

第１５条　職員は、電子メールにより個人情報を含む電子ファイルを送信するときは、当該ファイルにパスワードを付して
暗号化し、パスワードは別の手段で通知すること。
''', {
    'email-encryption': ('outdated', ['scope-limit', 'article-form', 'wrapped-lines'], '暗号化し、パスワードは別の手段で通知すること。', '一部の添付ファイルを職員が暗号化するだけで、通信の暗号化・送信ドメイン認証がない。'),
})

# 08 email: 誤送信防止 only + SPF only
case('b5-08-agency-mail-sep.md', '''# 国立研究開発法人◆◆機構 情報セキュリティ規程

第４２条（電子メールの誤送信防止）
職員は、外部に電子メールを送信する際は、宛先を確認し、複数の外部宛先に送る場合はＢｃｃを用いなければならない。
２　情報システム責任者は、送信ドメイン認証のため機構のドメインにＳＰＦレコードを設定すること。
''', {
    'email-encryption': ('missing', ['separate-duty', 'article-form'], '情報システム責任者は、送信ドメイン認証のため機構のドメインにＳＰＦレコードを設定すること。', '誤送信防止とSPFのみで、通信の暗号化がない別の義務。'),
})

# 09 email English, covered
case('b5-09-univ-mail-en.md', '''# XX University Information Security Regulations (English translation)

Article 31 (E-mail)
1. The Information System Administrator shall ensure that the University's mail servers encrypt mail in transit
with other servers using TLS, and shall publish SPF and DKIM records so that recipients can authenticate
mail sent from the University's domains.

Article 32 (Websites)
All websites operated by the University, including those of its faculties and research centres, shall be served only over HTTPS.
''', {
    'web-encryption': ('covered', ['english'], 'All websites operated by the University, including those of its faculties and research centres, shall be served only over HTTPS.', 'Every University website is HTTPS only.'),
    'email-encryption': ('covered', ['english', 'wrapped-lines'], 'The Information System Administrator shall ensure that the University', 'Transport encryption between servers and sender authentication (SPF/DKIM) are required.'),
})

# 10 unknown-malware: EDR on terminals and servers + pattern files
case('b5-10-ministry-malware.md', '''# ◇◇省情報セキュリティ対策基準

#### 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つこと。
(2) 情報システムセキュリティ責任者は、端末及びサーバ装置において、プログラムの振る舞いを監視し、未知の不正プログラムを検知してその実行を防止する機能を導入すること。

#### 6.2.1 ソフトウェアに関する脆弱性対策

(2) 情報システムセキュリティ責任者は、IT資産管理ソフトウェアを用いて、端末及びサーバ装置に導入されているソフトウェアの名称及びバージョンを自動的に収集し、脆弱性が公表された際に対象を速やかに特定すること。
''', {
    'it-asset-management': ('covered', ['standard-wording'], 'IT資産管理ソフトウェアを用いて、端末及びサーバ装置に導入されているソフトウェアの名称及びバージョンを自動的に収集し', 'IT資産管理ソフトによるソフトウェア情報の自動収集と迅速な特定。'),
    'unknown-malware': ('covered', ['covered-with-pattern', 'standard-wording'], 'プログラムの振る舞いを監視し、未知の不正プログラムを検知してその実行を防止する機能を導入すること。', '端末とサーバの双方に振る舞い検知・実行防止を定め、パターン方式は併用。'),
})

# 11 unknown-malware: boundary only (pre-revision)
case('b5-11-city-malware-gw.md', '''# ▽▽市情報セキュリティ対策基準

第３３条（不正プログラム対策）
情報システム管理者は、インターネットとの接続点に設置するゲートウェイにおいて、サンドボックスにより未知の
不正プログラムを検知し、受信を遮断すること。
２　職員は、端末のウイルス対策ソフトウェアを停止してはならない。
''', {
    'unknown-malware': ('outdated', ['pre-revision-form', 'article-form', 'wrapped-lines'], 'ゲートウェイにおいて、サンドボックスにより未知の', '未知の不正プログラム対策を境界（ゲートウェイ）のみで行う改定前の形。'),
})

# 12 unknown-malware: split scope (terminals EDR, servers pattern only)
case('b5-12-agency-malware-split.md', '''# 独立行政法人〇〇 情報セキュリティ対策基準

７．１．１　端末
(3) 情報システムセキュリティ責任者は、端末に、振る舞いにより未知の不正プログラムを検知し実行を阻止するソフトウェア（ＥＤＲ）を導入すること。

７．１．２　サーバ装置
(3) 情報システムセキュリティ責任者は、サーバ装置に、定義ファイルによる不正プログラム対策ソフトウェアを導入すること。
''', {
    'unknown-malware': ('missing', ['scope-limit', 'full-width'], '端末に、振る舞いにより未知の不正プログラムを検知し実行を阻止するソフトウェア（ＥＤＲ）を導入すること。', '端末のみで、サーバはパターン方式のみ。推奨事項の部分集合なので未充足。'),
})

# 13 unknown-malware: negation
case('b5-13-kumiai-malware-neg.md', '''# □□消防組合情報セキュリティ要綱

第１２条　組合の端末には、市販のウイルス対策ソフトウェアを導入するものとする。なお、振る舞い検知型の
製品（ＥＤＲ等）は、費用対効果の観点から導入しない。
第１３条　職員は、私物のスマートフォン、タブレット等を組合のネットワークに接続してはならない。
''', {
    'mobile-devices': ('missing', ['decoy-term', 'article-form'], '第１３条　職員は、私物のスマートフォン、タブレット等を組合のネットワークに接続してはならない。', '私物端末の接続禁止であり、組合支給のモバイル端末の利用条件を定めていない。'),
    'unknown-malware': ('missing', ['negation', 'article-form', 'wrapped-lines'], '製品（ＥＤＲ等）は、費用対効果の観点から導入しない。', '振る舞い検知型製品は導入しないと定めている。'),
})

# 14 it-asset-management: automated, paraphrase
case('b5-14-city-asset-auto.md', '''# ○○市情報セキュリティ対策基準

第２９条（ソフトウェアの把握）
情報システム管理者は、庁内ネットワークに接続する全ての端末及びサーバについて、導入されているソフトウェアの名称
及び版を専用の管理ツールにより自動的に収集し、脆弱性情報が公表された際に該当する機器を直ちに特定できるように
しておかなければならない。
''', {
    'it-asset-management': ('covered', ['paraphrase', 'article-form', 'wrapped-lines'], '及び版を専用の管理ツールにより自動的に収集し、脆弱性情報が公表された際に該当する機器を直ちに特定できるように', '管理ツールによるソフトウェア名・版の自動収集と脆弱性時の特定を定める。'),
})

# 15 it-asset: manual annual survey
case('b5-15-town-asset-manual.md', '''# ××町情報セキュリティポリシー

第２０条　情報システム管理者は、毎年度１回、各課の端末にインストールされているソフトウェアを調査し、
ソフトウェア管理台帳に記録しなければならない。
''', {
    'it-asset-management': ('outdated', ['manual-vs-automated', 'pre-revision-form', 'article-form', 'full-width'], '第２０条　情報システム管理者は、毎年度１回、各課の端末にインストールされているソフトウェアを調査し、', '年1回の手作業調査と台帳記録で、自動収集ではない改定前の形。'),
})

# 16 it-asset: hardware registration at delivery
case('b5-16-agency-asset-hw.md', '''# 国立研究開発法人□□ 情報機器管理規程

第８条（機器の登録）
情報システム責任者は、情報機器が納入されたときは、検収を行い、機器番号、設置場所及び管理者を情報機器台帳に登録する。

第９条（ウイルス対策）
情報システム責任者は、全ての端末及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを毎日更新する。
''', {
    'unknown-malware': ('missing', ['separate-duty', 'article-form'], '全ての端末及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを毎日更新する。', 'パターンファイル方式のみで、振る舞いによる未知の不正プログラム対策がない（別の義務）。'),
    'it-asset-management': ('missing', ['separate-duty', 'article-form'], '情報システム責任者は、情報機器が納入されたときは、検収を行い', '納入時のハードウェア登録であり、ソフトウェア情報の自動収集ではない。'),
})

# 17 drm covered, weak recommended
case('b5-17-ministry-drm.md', '''# ◇◇省情報セキュリティ対策基準

#### 3.1.1 情報の取扱い

(5) 統括情報セキュリティ責任者は、機密性３情報を含む電子ファイルについて、デジタル著作権管理（ＤＲＭ）技術を用い、許可された者以外は当該ファイルが外部に流出した場合でも閲覧できないよう利用を制御することが望ましい。
''', {
    'drm': ('covered', ['weak-wording-recommended', 'full-width'], 'デジタル著作権管理（ＤＲＭ）技術を用い', '推奨事項であるDRMによる流出後も閲覧不能とする制御を定める（推奨表現は許容）。'),
})

# 18 drm definitions only
case('b5-18-city-drm-def.md', '''# △△市情報セキュリティポリシー

第２条（定義）
この基準において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 情報権限管理（ＩＲＭ）　電子ファイルの閲覧、印刷、複製等を権限に応じて制限する技術をいう。
(2) 端末　職員が業務に用いるパソコン等をいう。
(3) ＩｏＴ機器　ネットワークカメラ、空調制御装置等、ネットワークに接続される特定の用途の機器をいう。

第１０条（情報の取扱い）
職員は、情報の格付に応じて適切に取り扱わなければならない。
''', {
    'drm': ('missing', ['definitions-only', 'article-form'], '(1) 情報権限管理（ＩＲＭ）　電子ファイルの閲覧、印刷、複製等を権限に応じて制限する技術をいう。', '用語が定義にのみ現れ、導入を定める本文がない。'),
    'iot-devices': ('missing', ['definitions-only', 'article-form', 'full-width'], '(3) ＩｏＴ機器　ネットワークカメラ、空調制御装置等、ネットワークに接続される特定の用途の機器をいう。', '用語が定義にのみ現れ、対策を定める本文がない。'),
})

# 19 mobile: permitted with safeguards
case('b5-19-city-mobile.md', '''# ○○市情報セキュリティ対策基準

第３７条（モバイル端末の利用）
職員は、情報システム管理者が貸与したタブレット端末及びスマートフォンを、庁外において業務に利用し、庁内外の
ネットワークに接続することができる。この場合において、情報システム管理者は、端末の暗号化、利用者認証、
紛失時の遠隔消去及びＭＤＭによる管理の措置を講じなければならない。
''', {
    'mobile-devices': ('covered', ['article-form', 'wrapped-lines', 'full-width'], '紛失時の遠隔消去及びＭＤＭによる管理の措置を講じなければならない。', '安全対策を講じたうえで庁内外の接続を認める。'),
})

# 20 mobile blanket ban
case('b5-20-kumiai-mobile-ban.md', '''# ○○地区衛生組合情報セキュリティ要綱

第１４条　職員は、組合が管理するパソコン、タブレット等の端末を事務所外に持ち出してはならない。
第１５条　各課長は、情報セキュリティ対策の運用、自己点検及び研修を通じて明らかになった課題を、最高情報
セキュリティ責任者である事務局長に報告するものとする。
''', {
    'issue-reporting': ('covered', ['article-form', 'wrapped-lines', 'paraphrase'], '第１５条　各課長は、情報セキュリティ対策の運用、自己点検及び研修を通じて明らかになった課題を、最高情報', '運用・自己点検・研修の課題をCISO（事務局長）に報告する義務。'),
    'mobile-devices': ('outdated', ['mobile-ban', 'article-form', 'full-width'], '第１４条　職員は、組合が管理するパソコン、タブレット等の端末を事務所外に持ち出してはならない。', '一律の持出し禁止（改定前の形、情報レベル）。'),
})

# 21 domain go.jp/ac.jp
case('b5-21-univ-domain.md', '''# 国立大学法人〇〇大学 情報セキュリティ対策基準

第４０条（ドメイン名の使用）
大学が外部に公開するウェブサイト及び大学の職員が使用する電子メールアドレスのドメイン名は、大学が管理する
ａｃ．ｊｐで終わるドメイン名を使用しなければならない。

第４８条（改善の指示）
最高情報セキュリティ責任者は、各部局の情報セキュリティ責任者から報告された課題に基づき、全学的な改善は
情報基盤センター長に、部局固有の改善は当該部局の情報セキュリティ責任者に指示する。
''', {
    'improvement-instructions': ('covered', ['article-form', 'wrapped-lines', 'paraphrase'], '情報基盤センター長に、部局固有の改善は当該部局の情報セキュリティ責任者に指示する。', '全学的な改善と部局固有の改善をそれぞれの責任者に指示する。'),
    'domain-names': ('covered', ['article-form', 'full-width', 'wrapped-lines'], 'ａｃ．ｊｐで終わるドメイン名を使用しなければならない。', '高等教育機関としてac.jpドメインの使用を定める。'),
})

# 22 domain: heading only
case('b5-22-agency-domain-label.md', '''# 独立行政法人◎◎ 情報セキュリティ対策基準

## 6.3.2 アプリケーション・コンテンツの提供時の対策

### (1) 政府ドメイン名の使用

（今後規定予定）

### (2) 不正なウェブサイトへの誘導防止

(a) 情報システムセキュリティ責任者は、検索サイトで法人を装った不正サイトが上位に表示されていないか定期的に確認すること。
''', {
    'domain-names': ('missing', ['label-only', 'placeholder'], '### (1) 政府ドメイン名の使用', '見出しのみで本文は「今後規定予定」。'),
})

# 23 iot covered
case('b5-23-ministry-iot.md', '''# ◇◇省情報セキュリティ対策基準

#### 7.1.3 複合機・特定用途機器

(2) 情報システムセキュリティ責任者は、テレビ会議システム、ＩＰ電話、ネットワークカメラ、入退室管理装置等の特定用途機器について、初期パスワードの変更、ファームウェアの更新及び他の情報システムとの通信の分離を行うこと。
''', {
    'iot-devices': ('covered', ['standard-wording', 'full-width'], '初期パスワードの変更、ファームウェアの更新及び他の情報システムとの通信の分離を行うこと。', '特定用途機器の範囲を示し、安全対策を義務として定める。'),
})

# 24 iot exclusion
case('b5-24-city-iot-excl.md', '''# ▽▽市情報セキュリティポリシー

第３条（適用範囲）
この基準は、本市が管理する情報システム及び端末に適用する。ただし、庁舎の監視カメラ、空調制御装置その他の
施設管理用の機器には適用しない。

第４条（推進本部）
市長の下に情報セキュリティ推進本部を置き、本部は、全庁の情報セキュリティ対策の推進、各部局の対策状況の把握及び職員研修の実施を担う。
''', {
    'promotion-structure': ('covered', ['paraphrase', 'article-form'], '市長の下に情報セキュリティ推進本部を置き、本部は、全庁の情報セキュリティ対策の推進、各部局の対策状況の把握及び職員研修の実施を担う。', '対策を推進する組織を置き、その役割を定める。'),
    'iot-devices': ('missing', ['exclusion', 'tadashigaki-exception', 'article-form', 'wrapped-lines'], '施設管理用の機器には適用しない。', 'ただし書でIoT機器を適用範囲から除外している。'),
})

# 25 issue-reporting covered, improvement covered (long article)
case('b5-25-city-report-improve.md', '''# ○○市情報セキュリティ対策基準

第４６条（課題の報告及び改善）
情報セキュリティ責任者は、所管する部局における情報セキュリティ対策の運用、自己点検及び教育の実施を通じて
明らかになった課題を、最高情報セキュリティ責任者に報告しなければならない。
２　最高情報セキュリティ責任者は、前項の報告を受けたときは、全庁的に対応すべき改善については統括情報
セキュリティ責任者に、部局固有の改善については当該部局の情報セキュリティ責任者に、それぞれ指示しなければならない。
''', {
    'issue-reporting': ('covered', ['article-form', 'wrapped-lines'], '明らかになった課題を、最高情報セキュリティ責任者に報告しなければならない。', '運用・自己点検・教育の課題をCISOに報告する義務。'),
    'improvement-instructions': ('covered', ['article-form', 'wrapped-lines'], 'セキュリティ責任者に、部局固有の改善については当該部局の情報セキュリティ責任者に、それぞれ指示しなければならない。', '全庁的・部局固有の改善をそれぞれ指示する。'),
})

# 26 audit report only
case('b5-26-agency-audit.md', '''# 国立研究開発法人◆◆機構 情報セキュリティ監査規程

第６条（監査結果の報告）
情報セキュリティ監査責任者は、監査を終了したときは、監査報告書を作成し、最高情報セキュリティ責任者に提出しなければならない。

第７条（改善の指示）
最高情報セキュリティ責任者は、監査報告書の内容を踏まえ、必要があると認めるときは、改善を指示することができる。
''', {
    'improvement-instructions': ('outdated', ['weak-wording', 'article-form'], '必要があると認めるときは、改善を指示することができる。', '改善の指示を「できる」と権限として定め、全体・部局固有の区別もない。'),
    'issue-reporting': ('missing', ['separate-duty', 'article-form'], '監査報告書を作成し、最高情報セキュリティ責任者に提出しなければならない。', '監査報告は別の義務であり、課題の報告ではない。'),
})

# 27 promotion structure covered (paraphrase)
case('b5-27-town-promotion.md', '''# ××町情報セキュリティポリシー（基本方針）

第５条（推進組織）
町に、情報セキュリティ対策を全庁的に推進する組織として情報セキュリティ推進チームを置き、総務課長を
チームリーダーとする。
２　推進チームは、対策基準の見直し、職員研修の企画及び各課の対策状況の取りまとめを担う。
''', {
    'promotion-structure': ('covered', ['paraphrase', 'article-form', 'wrapped-lines'], '町に、情報セキュリティ対策を全庁的に推進する組織として情報セキュリティ推進チームを置き', '対策を推進する組織を置き、その役割を定める。'),
})

# 28 promotion label table row without body
case('b5-28-ministry-promotion-table.md', '''# ◇◇省情報セキュリティ対策基準

#### 2.1.1 組織・体制の整備

| 項目 | 内容 |
|---|---|
| 最高情報セキュリティ責任者 | 官房長をもって充てる。 |
| 情報セキュリティ対策推進体制 | ― |
| 情報セキュリティ委員会 | 最高情報セキュリティ責任者が委員長となり、関係部局長で構成する。 |
''', {
    'promotion-structure': ('missing', ['table', 'label-only'], '| 情報セキュリティ対策推進体制 | ― |', '表の行に名称のみあり、内容は空。'),
})

# 29 別表-carried obligations (国立研究開発法人)
case('b5-29-nrdi-beppyo.md', """# 国立研究開発法人〇〇研究所 情報システム運用規程

第１１条（端末及びサーバの技術的対策）
情報システム責任者は、別表第２に定めるところにより、研究所の端末及びサーバ装置に技術的対策を講じなければならない。

別表第２（第１１条関係）

| 区分 | 対策 |
|---|---|
| 不正プログラム対策 | 全ての端末及びサーバ装置に、プログラムの挙動を解析して未知のマルウェアを検知し、その実行を阻止する機能を導入する。 |
| ソフトウェア管理 | 資産管理ソフトウェアにより、端末及びサーバ装置のソフトウェア名及びバージョンを自動で収集し、一元的に把握する。 |
| 情報の利用制限 | 検討中 |
""", {
    'unknown-malware': ('covered', ['beppyo-reference', 'table', 'article-form'], '| 不正プログラム対策 | 全ての端末及びサーバ装置に、プログラムの挙動を解析して未知のマルウェアを検知し、その実行を阻止する機能を導入する。 |', '条文が別表第２を引き、別表が端末・サーバの振る舞い検知と実行阻止を定める。'),
    'it-asset-management': ('covered', ['beppyo-reference', 'table', 'paraphrase'], '| ソフトウェア管理 | 資産管理ソフトウェアにより、端末及びサーバ装置のソフトウェア名及びバージョンを自動で収集し、一元的に把握する。 |', '別表が資産管理ソフトによるソフトウェア情報の自動収集を定める。'),
    'drm': ('missing', ['table', 'placeholder', 'beppyo-reference'], '| 情報の利用制限 | 検討中 |', '別表の行は「検討中」のみ。'),
})

# 30 附則 suspends the web article
case('b5-30-city-fusoku-suspend.md', """# □□市情報セキュリティ対策基準

第２２条（ウェブサイトの暗号化）
情報システム管理者は、市の全てのウェブサイトを常時ＨＴＴＰＳ化しなければならない。

附　則
１　この基準は、令和６年４月１日から施行する。
２　第２２条の規定は、当分の間、適用しない。
""", {
    'web-encryption': ('missing', ['exclusion', 'deferral', 'article-form', 'full-width'], '２　第２２条の規定は、当分の間、適用しない。', '附則が第22条を当分の間適用しないとしており、義務が停止されている。'),
})

# 31 web: future date deferral vs past date
case('b5-31-agency-web-future.md', """# 独立行政法人△△ 情報セキュリティ対策規程

第２８条（ウェブサイトの暗号化）
法人の全てのウェブサイトの常時暗号化は、令和１０年度末までに実施するものとし、それまでの間は現行の運用を継続する。
""", {
    'web-encryption': ('missing', ['deferral', 'article-form', 'full-width'], '令和１０年度末までに実施するものとし、それまでの間は現行の運用を継続する。', '将来の期日（令和10年度末）まで実施を先送りし、現行運用を継続する。'),
})

case('b5-32-agency-web-past.md', """# 独立行政法人◇◇ 情報セキュリティ対策規程

第２８条（ウェブサイトの暗号化）
情報システム責任者は、令和４年３月３１日までに、法人が運営する全てのウェブサイトをＴＬＳ１．２以上により常時暗号化しなければならない。
この措置の実施は、システム更改等を理由として先送りしてはならない。
""", {
    'web-encryption': ('covered', ['article-form', 'full-width'], '全てのウェブサイトをＴＬＳ１．２以上により常時暗号化しなければならない。', '既に過ぎた期日までに全サイトの常時暗号化を義務付け、先送りを禁じている。'),
})

# 33 English deferral for web + mobile ban
case('b5-33-univ-en-web-mobile.md', """# YY University Information Security Standards (Unofficial Translation)

Section 5.2 Websites
Encryption of all University websites with HTTPS is a matter for future consideration; until then, HTTPS is used for pages that collect personal data.

Section 8.1 Portable Devices
Staff must not take University laptops, tablets or smartphones off campus, and must not connect them to any network outside the University.
""", {
    'web-encryption': ('outdated', ['english', 'deferral', 'scope-limit'], 'Encryption of all University websites with HTTPS is a matter for future consideration; until then, HTTPS is used for pages that collect personal data.', 'All-site HTTPS deferred; only personal-data pages encrypted: the pre-revision subset.'),
    'mobile-devices': ('outdated', ['english', 'mobile-ban'], 'Staff must not take University laptops, tablets or smartphones off campus', 'Blanket ban on taking devices out and on outside networks (information level).'),
})

# 34 marker over weak email body
case('b5-34-ministry-mail-marker.md', """# ◇◇省情報セキュリティ対策基準

<!-- kijun: email-encryption -->
#### 7.2.1 電子メール

(1) 情報システムセキュリティ責任者は、電子メールの送受信について、必要に応じて通信の暗号化を行うよう配慮すること。
""", {
    'email-encryption': ('outdated', ['marker', 'weak-wording'], '必要に応じて通信の暗号化を行うよう配慮すること。', 'マーカーで対応を主張するが本文は「必要に応じて」「配慮」の弱い表現。'),
})

# 35 long article mixing several duties (市, 号)
case('b5-35-city-long-article.md', """# ◯◯市情報セキュリティ対策基準

第３１条（技術的対策）
情報システム管理者は、次に掲げる措置を講じなければならない。
一　全ての端末及びサーバに、不正プログラムの振る舞いを検知して実行を停止させる機能を備えたソフトウェアを導入すること。
二　端末に導入されたソフトウェアの名称及び版数は、各課の情報セキュリティ担当者が毎月目視で確認し、表計算ソフトで作成した一覧に記入すること。
三　市のウェブサイト（イベント用の特設サイトを除く。）については、常時暗号化すること。
２　職員は、前項第一号のソフトウェアを無効化し、又は削除してはならない。
""", {
    'unknown-malware': ('covered', ['article-form', 'full-width'], '一　全ての端末及びサーバに、不正プログラムの振る舞いを検知して実行を停止させる機能を備えたソフトウェアを導入すること。', '端末・サーバ全てに振る舞い検知と実行停止。無効化の禁止は措置を前提とする。'),
    'it-asset-management': ('outdated', ['manual-vs-automated', 'pre-revision-form', 'article-form'], '二　端末に導入されたソフトウェアの名称及び版数は、各課の情報セキュリティ担当者が毎月目視で確認し、表計算ソフトで作成した一覧に記入すること。', '目視確認と表計算の一覧による手作業で、自動収集ではない。'),
    'web-encryption': ('outdated', ['scope-limit', 'exclusion', 'article-form'], '三　市のウェブサイト（イベント用の特設サイトを除く。）については、常時暗号化すること。', '市の特設サイトを除外しており全サイトではない（一部サイトのみの改定前の形）。'),
})

# 36 prohibition of the measure (decoy) vs prohibition of disabling
case('b5-36-kumiai-decoy.md', """# □□水道企業団情報セキュリティ要綱

第１０条（禁止事項）
職員は、次に掲げる行為をしてはならない。
(1) 情報システム管理者の許可なく、端末にサンドボックス、仮想化ソフトウェアその他のプログラム実行環境を導入すること。
(2) 端末に導入されたウイルス対策ソフトウェアを停止すること。
""", {
    'unknown-malware': ('missing', ['decoy-term', 'article-form'], '(1) 情報システム管理者の許可なく、端末にサンドボックス、仮想化ソフトウェアその他のプログラム実行環境を導入すること。', 'サンドボックスの無許可導入の禁止であり、未知マルウェア対策の導入ではない。'),
})

# 37 IoT weak (mandatory) + 複合機
case('b5-37-town-iot-weak.md', """# ××町情報セキュリティポリシー

第２４条（ネットワークに接続する機器）
情報システム管理者は、庁舎内のネットワークカメラ、入退室管理装置等のＩｏＴ機器については、初期パスワードの
変更等のセキュリティ対策に配慮するよう努めるものとする。
""", {
    'iot-devices': ('outdated', ['weak-wording', 'article-form', 'wrapped-lines', 'full-width'], '変更等のセキュリティ対策に配慮するよう努めるものとする。', '遵守事項を「配慮するよう努める」と弱く定めている。'),
})

# 38 promotion English + improvement English + issue reporting English
case('b5-38-univ-en-governance.md', """# ZZ University Information Security Basic Policy (English version)

Article 4 (Promotion Structure)
(1) The University establishes the Information Security Promotion Office, which drives the implementation of security measures across the University. The Office plans training, coordinates self-inspections and supports departments.

Article 12 (Reporting and Improvement)
(1) Each Department Information Security Officer shall report to the CISO any issues identified through operations, self-inspections and training.
(2) The CISO may, where the CISO considers it appropriate, give instructions for improvement.
""", {
    'promotion-structure': ('covered', ['english'], 'The University establishes the Information Security Promotion Office', 'A unit driving the measures is set up and its roles are stated.'),
    'issue-reporting': ('covered', ['english'], 'shall report to the CISO any issues identified through operations, self-inspections and training.', 'Issues from operation, self-inspection and training reported to the CISO.'),
    'improvement-instructions': ('outdated', ['english', 'weak-wording'], '(2) The CISO may, where the CISO considers it appropriate, give instructions for improvement.', 'A permission ("may"), with no split between university-wide and department-specific improvements.'),
})

# 39 issue-reporting weak + improvement absent
case('b5-39-agency-report-weak.md', """# 独立行政法人▲▲ 情報セキュリティ対策規程

第１９条（自己点検）
情報セキュリティ責任者は、毎年度、所管する部署の自己点検を実施し、その結果を統括情報セキュリティ責任者に報告する。
２　情報セキュリティ責任者は、運用や教育の中で気付いた課題があれば、最高情報セキュリティ責任者に伝えるよう努める。
""", {
    'issue-reporting': ('outdated', ['weak-wording', 'article-form'], '運用や教育の中で気付いた課題があれば、最高情報セキュリティ責任者に伝えるよう努める。', '課題の報告を「努める」と弱く定めている。'),
    'improvement-instructions': ('missing', ['absent', 'article-form'], '第１９条（自己点検）', '改善の指示を定める条項がない。'),
})

# 40 ministry table: status table with 対応状況
case('b5-40-ministry-status-table.md', """# ◇◇省 情報セキュリティ対策基準 改定対応表

| 統一基準の項目 | 当省対策基準の規定 | 対応状況 |
|---|---|---|
| 7.2.1 電子メールの暗号化 | 電子メールサーバ間の通信をＴＬＳで暗号化し、ＤＫＩＭ及びＳＰＦで送信元を認証する（第７．２．１項） | 対応済 |
| 6.2.2 未知の不正プログラム対策 | ― | 次期システム更改時に対応予定 |
| 7.1.3 特定用途機器 | ― | 対象外 |
""", {
    'email-encryption': ('covered', ['status-table', 'table', 'full-width'], '電子メールサーバ間の通信をＴＬＳで暗号化し、ＤＫＩＭ及びＳＰＦで送信元を認証する', '対応表の本文がサーバ間暗号化と送信ドメイン認証を定める。'),
    'unknown-malware': ('missing', ['status-table', 'deferral', 'table'], '| 6.2.2 未知の不正プログラム対策 | ― | 次期システム更改時に対応予定 |', '規定なしで次期更改時に対応予定（先送り）。'),
    'iot-devices': ('missing', ['status-table', 'exclusion', 'table'], '| 7.1.3 特定用途機器 | ― | 対象外 |', '規定なしで対象外としている。'),
})

# 41 citation over good body + purpose-only promotion
case('b5-41-agency-cite-good.md', """# 独立行政法人◎◎ 情報セキュリティ対策基準

第１条（目的）
この基準は、法人における情報セキュリティ対策推進体制の下で行う対策の基準を定めることを目的とする。

第４５条（モバイル端末）（統一基準 8.1.1 対応）
職員等は、要管理対策区域外においても、法人が支給したモバイル端末を業務に用いることができる。ただし、
情報システムセキュリティ責任者は、当該端末について、記録媒体の暗号化、多要素認証及び遠隔からのデータ消去の
機能を備えさせなければならない。
""", {
    'promotion-structure': ('missing', ['purpose-only', 'article-form'], 'この基準は、法人における情報セキュリティ対策推進体制の下で行う対策の基準を定めることを目的とする。', '目的規定で語が出るのみで、推進体制を設置する規定がない。'),
    'mobile-devices': ('covered', ['citation', 'tadashigaki-exception', 'article-form', 'wrapped-lines'], '情報システムセキュリティ責任者は、当該端末について、記録媒体の暗号化、多要素認証及び遠隔からのデータ消去の', '要管理対策区域外での利用を認め、ただし書で安全対策を義務付ける。引用は本文で裏付けられる。'),
})

# 42 drm English covered + drm negation
case('b5-42-univ-en-drm.md', """# AA University Regulations on Information Handling (Translation)

Article 9 (Protection of Confidential Files)
Confidential research files shall be protected with information rights management (IRM), so that they cannot be opened, printed or copied by unauthorised persons even if the files leave the University, whether stored on campus or in cloud services.
""", {
    'drm': ('covered', ['english', 'paraphrase'], 'Confidential research files shall be protected with information rights management (IRM)', 'IRM keeps leaked files unreadable to unauthorised persons on premises and in the cloud.'),
})

case('b5-43-city-drm-neg.md', """# ▽▽市情報セキュリティ対策基準

第１７条（電子ファイルの保護）
機密性の高い電子ファイルは、パスワードを設定して保存すること。ＩＲＭ等の利用制御製品は、職員の操作負担が大きい
ことから採用しない。
""", {
    'drm': ('missing', ['negation', 'article-form', 'wrapped-lines'], 'ことから採用しない。', '利用制御製品を採用しないと定めている。'),
})

# 44 domain English university ac.jp + mobile permitted English
case('b5-44-univ-en-domain-mobile.md', """# BB University Information Security Measures Standards (English translation)

6.3.2(1) Domain names
The University's websites and e-mail addresses shall use domain names ending in ".ac.jp" that are registered and managed by the University.

8.1.2 Mobile devices
Staff may connect University-issued smartphones and laptops to networks on and off campus for work, provided that the device is enrolled in mobile device management, its storage is encrypted, and it can be wiped remotely.
""", {
    'domain-names': ('covered', ['english'], 'shall use domain names ending in ".ac.jp"', 'A higher-education body requires ac.jp domains it manages.'),
    'mobile-devices': ('covered', ['english'], 'provided that the device is enrolled in mobile device management, its storage is encrypted, and it can be wiped remotely.', 'Use on and off campus permitted with safeguards.'),
})

# 45 domain negation-ish: allow any domain → missing? (leave)  / domain paraphrase covered 省
case('b5-45-ministry-domain.md', """# ◇◇省情報セキュリティ対策基準

#### 6.3.2 アプリケーション・コンテンツの提供時の対策

(1) 情報システムセキュリティ責任者は、当省が国民に向けて提供するウェブサイト及び送信する電子メールについて、
".go.jp" で終わる政府ドメイン名を使用すること。民間事業者のドメインを使用してはならない。
""", {
    'domain-names': ('covered', ['standard-wording', 'wrapped-lines'], '".go.jp" で終わる政府ドメイン名を使用すること。民間事業者のドメインを使用してはならない。', '政府ドメイン名の使用を義務付ける。'),
})

# 46 iot English covered + promotion weak
case('b5-46-city-iot-en.md', """# CC City Information Security Policy (English summary)

Article 27 (Special-purpose devices)
The Information System Manager shall keep an inventory of network cameras, IP phones, video-conference units and building-control equipment connected to City networks, change their default passwords before use, apply firmware updates, and place them on a network segment separated from office systems.

Article 3 (Organisation)
The City should endeavour to set up a body to promote information security where resources allow.
""", {
    'iot-devices': ('covered', ['english'], 'change their default passwords before use, apply firmware updates, and place them on a network segment separated from office systems.', 'IoT devices in scope with default credentials, firmware and separation measures.'),
    'promotion-structure': ('outdated', ['english', 'weak-wording'], 'The City should endeavour to set up a body to promote information security where resources allow.', 'A mandatory structure worded as an effort.'),
})

# 47 email deferral + email full-width negation
case('b5-47-kumiai-mail-defer.md', """# ○○環境衛生組合情報セキュリティ要綱

第１１条（電子メール）
電子メールの送受信に係る通信の暗号化及び送信ドメイン認証（ＳＰＦ、ＤＫＩＭ等）の導入は、将来の課題とする。
２　職員は、電子メールの宛先を送信前に再確認しなければならない。

第１２条（課題の報告）
各課において生じた情報セキュリティ上の課題を管理者に報告する仕組みについては、今後検討する。
""", {
    'issue-reporting': ('missing', ['deferral', 'article-form'], '各課において生じた情報セキュリティ上の課題を管理者に報告する仕組みについては、今後検討する。', '課題報告の仕組みを今後検討するとして先送り。'),
    'email-encryption': ('missing', ['deferral', 'article-form', 'full-width'], '電子メールの送受信に係る通信の暗号化及び送信ドメイン認証（ＳＰＦ、ＤＫＩＭ等）の導入は、将来の課題とする。', '将来の課題として先送りし、別項は誤送信防止のみ。'),
})

# 48 it-asset deferral + unknown-malware weak recommended
case('b5-48-nrdi-asset-defer.md', """# 国立研究開発法人◇◇機構 情報セキュリティ対策基準

７．１．１　端末
(5) 情報システムセキュリティ責任者は、端末及びサーバ装置に、未知の不正プログラムを振る舞いにより検知し、その実行を防止する機能を導入するよう努めること。
(6) ＩＴ資産管理ソフトウェアによるソフトウェア情報の自動収集は、次期基盤システムの調達において検討する。
""", {
    'unknown-malware': ('covered', ['weak-wording-recommended', 'full-width'], '未知の不正プログラムを振る舞いにより検知し、その実行を防止する機能を導入するよう努めること。', '推奨事項を「努める」で定める（推奨項目としては通常の表現）。端末・サーバ双方。'),
    'it-asset-management': ('missing', ['deferral', 'full-width'], '(6) ＩＴ資産管理ソフトウェアによるソフトウェア情報の自動収集は、次期基盤システムの調達において検討する。', '次期調達で検討するとして先送り。'),
})

# 49 improvement covered paraphrase (ministry decimal) + issue-reporting deferral
case('b5-49-ministry-improve.md', """# ◇◇省情報セキュリティ対策基準

#### 2.4.1 対策の見直し

(2) 最高情報セキュリティ責任者は、監査及び自己点検の結果を踏まえ、省全体として取り組むべき改善策は統括情報セキュリティ責任者に、特定の部局に限られる改善策は当該部局の情報セキュリティ責任者に講じさせること。
(3) 運用及び教育において生じた課題の最高情報セキュリティ責任者への報告の手順は、別途定める。
""", {
    'improvement-instructions': ('covered', ['paraphrase', 'standard-wording'], '省全体として取り組むべき改善策は統括情報セキュリティ責任者に、特定の部局に限られる改善策は当該部局の情報セキュリティ責任者に講じさせること。', '全体と部局固有の改善をそれぞれの責任者に講じさせる（指示）。'),
})

# 50 marker over good body (web) and TLS 1.0 advisory
case('b5-50-agency-web-marker-tls.md', """# 独立行政法人□□ 情報セキュリティ対策基準

<!-- kijun: web-encryption -->
第３２条（ウェブサイトの常時暗号化）
情報システムセキュリティ責任者は、法人の全てのウェブサイトについて、全ページをＨＴＴＰＳにより提供し、ＨＴＴＰによる接続はＨＴＴＰＳへ転送すること。この場合において、ＴＬＳ１．０以上のプロトコルを用いるものとする。
""", {
    'web-encryption': ('covered', ['marker', 'advisory-tls', 'article-form', 'full-width'], '全ページをＨＴＴＰＳにより提供し、ＨＴＴＰによる接続はＨＴＴＰＳへ転送すること。', '全サイト全ページのHTTPS化。TLS1.0の許容は別の勧告事項。'),
})

write_set(D, C)
