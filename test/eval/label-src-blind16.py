# Source of the blind set test/fixtures/blind16/: sixteen whole documents, twelve in Japanese and four in English,
# all ordinary information-security policies of public bodies (市, 独立行政法人, 国立研究開発法人, 国立大学法人, 県,
# 公立病院, 一部事務組合, and English-language policies), each drafted in a structure a checker finds hard:
#   01 a 規則 whose articles say 「別表第１に定めるところにより」 and whose duties stand in the 別表 table at the end;
#   02/12 a 規程 and its 運用要領 in one file, where the 要領 restates some duties and, 「規程第N条の規定にかかわらず」,
#      narrows others (the narrowed duty is the one in force and decides the label);
#   03/13 附則 / supplementary provisions that set when a duty takes effect (経過措置): a duty taking effect after
#      2026-12-08 is not yet in force -> missing; one that took effect on or before that date -> covered;
#   04 a two-column Japanese/English bilingual table (both columns say the same thing);
#   05/14 a Q&A / FAQ annex declared 「参考」 / "for reference only": text there is not policy;
#   06/15 a checklist whose ☑ items are adopted and whose ☐ items are stated not to be carried out (☐ -> missing);
#   07 numbered items wrapped over several lines with full-width digits and letters (ＨＴＴＰＳ, ＴＬＳ, ＩｏＴ);
#   08/15 three-level nested lists where the parent item sets the scope (「次の各号に掲げる端末に限り」);
#   09/14 HTML comments and fenced code blocks that contain requirement text (not policy);
#   10/16 citations of 統一基準 section numbers used as pointers (「統一基準7.2.1を参照」) without the duty: missing;
#   11 a 別表 whose rows name a requirement with a placeholder body (「－」「別途定める」): missing.
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary,
# labelset.py and label-src-blind14.py (for its format); no engine source, catalog, docs, other sets' texts or Kijun
# output were seen, and these labels were written before any run. All names of bodies are invented.
# Whole-document convention: each document carries many ordinary duties (passwords, physical security, training,
# incidents, audits, outsourcing...). The ids a document speaks to (or plainly invites a wrong verdict for) are
# labelled by hand with the clause that decides them; complete(strict=True) marks every other id missing/absent at
# the title line. Before each case a comment lists the ids considered.
# Status rules (issue 11): covered = a firm clause in force requires the revised measure in full (paraphrase counts).
# outdated = the pre-revision form of the same duty (manual software survey or ledger; unknown malware only at the
# Internet boundary; HTTPS only on login/form pages or listed sites; staff encrypting attachments instead of transport
# encryption; a blanket ban on taking mobile terminals out) or a mandatory duty worded as wish/effort/permission
# (望ましい, 努める, できる, 必要に応じて, may, should endeavour). missing = absent, negated, deferred (検討する, 将来の
# 課題), excluded (適用しない / outside the scope), a heading/label/table row with an empty or placeholder body, a
# definition only, a pointer to a 統一基準 section, text only in a 参考 annex, a code block or an HTML comment, a ☐
# checklist item, a duty taking effect after 2026-12-08, a subset of a recommended item (e.g. terminals only, servers
# only), or a separate duty still in force (audit-result report, SPF/sender authentication only, 誤送信防止,
# pattern-file antivirus alone, hardware register, media/storage encryption, a ban on private devices, a committee
# that only deliberates, a CISO instruction to remedy audit findings). Recommended items (unknown-malware,
# it-asset-management, drm) are labelled covered only on a firm clause; none is worded as effort in this set.
# No file uses older-edition fingerprints (府省庁, 行政事務従事者, 平成26/28年度版): outdatedEdition is false throughout.
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind16'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered, strict=True)))


# ---------------------------------------------------------------- 01 city 規則, duties carried by 別表第１
# considered: web-encryption, email-encryption, unknown-malware, it-asset-management, mobile-devices,
# promotion-structure, issue-reporting, improvement-instructions, drm, iot-devices
case('01-city-kisoku-beppyo.md', '''# 東浜市情報セキュリティ対策規則

令和３年３月26日規則第18号
改正　令和６年３月29日規則第11号

## 第１章　総則

第１条（趣旨）　この規則は、東浜市情報セキュリティ基本方針に基づき、市の情報資産を保護するために講ずべき
対策に関し必要な事項を定めるものとする。

第２条（定義）　この規則において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 情報資産　市が保有する情報、情報システム及びこれらを記録した電磁的記録媒体をいう。
(2) 職員等　市長部局、各行政委員会、議会事務局及び消防本部に勤務する職員、会計年度任用職員並びに派遣労働者をいう。
(3) 端末　職員等が業務に使用するパーソナルコンピュータ、タブレット端末その他の電子計算機をいう。
(4) 情報セキュリティインシデント　情報資産の機密性、完全性又は可用性を損なう事象をいう。

第３条（適用範囲）　この規則は、職員等及び職員等が取り扱う全ての情報資産に適用する。

## 第２章　組織体制

第４条（最高情報セキュリティ責任者）　市に最高情報セキュリティ責任者（以下「CISO」という。）を置き、副市長をもって充てる。

第５条（情報セキュリティ推進室）　情報セキュリティ対策の推進を担う組織として、デジタル推進課に情報セキュリティ推進室を置く。
２　情報セキュリティ推進室は、次に掲げる役割を担う。
(1) この規則及び実施手順の改正案の作成
(2) 全庁的な研修、自己点検及び訓練の企画並びに実施状況の取りまとめ
(3) 各課への技術的な支援及び情報セキュリティインシデント発生時の連絡調整
(4) 対策の実施状況のCISOへの報告

第６条（情報セキュリティ管理者）　各課の長を情報セキュリティ管理者とし、所管する情報資産に係る対策を実施させる。

第７条（課題の報告）　情報セキュリティ管理者は、所管する課における対策の運用、自己点検及び研修において課題を
認めたときは、CISOに報告することができる。

## 第３章　情報資産の取扱い

第８条（分類と管理）　情報資産は、機密性、完全性及び可用性に応じて分類し、分類に応じた取扱いをしなければならない。

第９条（記録媒体）　職員等は、機密性２以上の情報を外部記録媒体に保存するときは、暗号化機能を備えた記録媒体を使用しなければならない。

第10条（廃棄）　情報資産を廃棄するときは、情報を復元できないように消去し、その記録を残さなければならない。

## 第４章　物理的及び人的対策

第11条（管理区域）　サーバ室は施錠し、入退室を記録しなければならない。入室できる者は、デジタル推進課長が許可した者に限る。

第12条（職員等の遵守事項）　職員等は、パスワードを他人に知られないよう管理し、離席時には端末をロックしなければならない。
２　職員等は、業務以外の目的で情報資産を使用してはならない。

第13条（研修）　CISOは、職員等に対し、毎年度１回以上情報セキュリティ研修を実施しなければならない。

## 第５章　技術的対策

第14条（技術的対策）　デジタル推進課長及び情報セキュリティ管理者は、別表第１に定めるところにより、情報システムに係る
技術的対策を講じなければならない。

第15条（アクセス制御）　情報システムの管理者は、職務に必要な範囲でアクセス権限を付与し、異動又は退職の際は直ちに変更しなければならない。

## 第６章　外部委託

第16条（外部委託）　情報セキュリティ管理者は、情報システムの開発、運用等を委託するときは、守秘義務、再委託の制限、
事故発生時の報告及び監査の受入れを契約に定めなければならない。

## 第７章　インシデント対応、監査及び見直し

第17条（インシデント対応）　職員等は、情報セキュリティインシデントを知ったときは、直ちに情報セキュリティ管理者及び
情報セキュリティ推進室に報告しなければならない。

第18条（監査）　CISOは、毎年度、情報セキュリティ監査を実施させ、その結果の報告を受けるものとする。
２　CISOは、監査の結果、指摘を受けた課の長に対し、指摘事項の改善を指示するものとする。

第19条（見直し）　CISOは、監査の結果等を踏まえ、この規則を見直すものとする。

附　則
この規則は、令和３年４月１日から施行する。

附　則（令和６年３月29日規則第11号）
この規則は、令和６年４月１日から施行する。

別表第１（第14条関係）

| 区分 | 対策 | 実施者 |
|---|---|---|
| 不正プログラム対策 | 全ての端末及びサーバに、プログラムの振る舞いを監視して未知の不正プログラムを検知し、その実行を阻止する機能を導入すること。 | デジタル推進課長 |
| ソフトウェアの管理 | 毎年度１回、各課の端末にインストールされたソフトウェアを目視により調査し、ソフトウェア管理台帳に記録すること。 | 情報セキュリティ管理者 |
| ウェブサイト | 市が開設する全てのウェブサイトは、HTTPSにより常時暗号化すること。 | デジタル推進課長 |
| 電子メール | 市のメールサーバと外部のメールサーバとの間の通信は、可能な限りTLSにより暗号化すること。 | デジタル推進課長 |
| 端末の持出し | 端末を庁舎外に持ち出さないこと。 | 情報セキュリティ管理者 |
| 特定用途機器 | 複合機、ネットワークカメラ、IP電話機その他のネットワークに接続する特定用途機器（IoT機器）は、管理者パスワードを初期値から変更し、ファームウェアを最新の状態に保ち、業務用ネットワークと分離したネットワークに接続すること。 | 情報セキュリティ管理者 |
''', {
    'unknown-malware': ('covered', ['annex-table', 'paraphrase'], '| 不正プログラム対策 | 全ての端末及びサーバに、プログラムの振る舞いを監視して未知の不正プログラムを検知し、その実行を阻止する機能を導入すること。',
                        'article 14 applies 別表第１, whose row requires behaviour-based detection and blocking on all terminals and servers'),
    'it-asset-management': ('outdated', ['annex-table', 'old-form'], '| ソフトウェアの管理 | 毎年度１回、各課の端末にインストールされたソフトウェアを目視により調査し、ソフトウェア管理台帳に記録すること。',
                            'a yearly visual survey recorded in a ledger: the old form of automatic collection'),
    'web-encryption': ('covered', ['annex-table'], '| ウェブサイト | 市が開設する全てのウェブサイトは、HTTPSにより常時暗号化すること。',
                       'every city website always encrypted, carried by the 別表 row'),
    'email-encryption': ('outdated', ['annex-table', 'modality'], '| 電子メール | 市のメールサーバと外部のメールサーバとの間の通信は、可能な限りTLSにより暗号化すること。', 'mail transport encryption only "as far as possible" (可能な限り), carried by the 別表 row'),
    'mobile-devices': ('outdated', ['annex-table', 'negation', 'old-form'], '| 端末の持出し | 端末を庁舎外に持ち出さないこと。',
                       'blanket ban on taking terminals out (information level: use with safeguards is now permitted)'),
    'iot-devices': ('covered', ['annex-table'], '| 特定用途機器 | 複合機、ネットワークカメラ、IP電話機その他のネットワークに接続する特定用途機器（IoT機器）は、管理者パスワードを初期値から変更し、ファームウェアを最新の状態に保ち、業務用ネットワークと分離したネットワークに接続すること。',
                    'firm safety measures (default credentials, firmware, separation) for all networked special-purpose (IoT) devices'),
    'promotion-structure': ('covered', ['article', 'paraphrase'], '第５条（情報セキュリティ推進室）　情報セキュリティ対策の推進を担う組織として、デジタル推進課に情報セキュリティ推進室を置く。',
                            'a unit that drives the measures is set up with its roles listed'),
    'issue-reporting': ('outdated', ['article', 'modality', 'wrapped'], '認めたときは、CISOに報告することができる。',
                        'reporting issues from operation, self-inspection and training is only a permission'),
    'improvement-instructions': ('missing', ['article', 'separate-duty'], '２　CISOは、監査の結果、指摘を受けた課の長に対し、指摘事項の改善を指示するものとする。',
                                 'audit follow-up only; no organisation-wide and department-specific improvement instructions'),
    'drm': ('missing', ['article', 'separate-duty'], '第９条（記録媒体）　職員等は、機密性２以上の情報を外部記録媒体に保存するときは、暗号化機能を備えた記録媒体を使用しなければならない。',
            'media encryption, not rights management'),
}, ['web-encryption', 'email-encryption', 'unknown-malware', 'it-asset-management', 'mobile-devices',
    'promotion-structure', 'issue-reporting', 'improvement-instructions', 'drm', 'iot-devices'])

# ---------------------------------------------------------------- 02 独立行政法人: 規程 and its 運用要領 in one file
# The 要領 restates some duties faithfully and, 「規程第N条の規定にかかわらず」, narrows others: the narrowed duty is
# the one in force.
# considered: unknown-malware, email-encryption, it-asset-management, web-encryption, mobile-devices, drm,
# domain-names, promotion-structure, issue-reporting, improvement-instructions
case('02-iaa-kitei-youryou.md', '''# 独立行政法人農業技術情報機構情報セキュリティ規程

令和元年10月１日規程第22号
最終改正　令和５年４月１日

## 第１章　総則

第１条（目的）　この規程は、独立行政法人農業技術情報機構（以下「機構」という。）の情報及び情報システムを
情報セキュリティ上の脅威から保護するため、機構が講ずべき対策の基本的事項を定めることを目的とする。

第２条（定義）　この規程において「職員等」とは、機構の役員、職員及び派遣労働者をいい、「要機密情報」とは、
機密性２以上の情報をいう。

第３条（適用範囲）　この規程は、機構の全ての部署及び職員等に適用する。

## 第２章　組織・体制

第４条（最高情報セキュリティ責任者）　機構に最高情報セキュリティ責任者を置き、理事長が指名する理事をもって充てる。

第５条（情報セキュリティ対策推進体制）　最高情報セキュリティ責任者は、情報基盤課を情報セキュリティ対策推進体制とし、
対策推進計画の案の作成、教育及び自己点検の企画、各部への支援並びに実施状況の取りまとめの役割を担わせる。

第６条（情報セキュリティ責任者）　各部の長を情報セキュリティ責任者とし、所管する部における対策の実施に責任を負わせる。

第７条（課題の報告）　情報セキュリティ責任者は、対策の運用、自己点検及び教育の実施において発生した課題を、
最高情報セキュリティ責任者に報告しなければならない。

第８条（改善の指示）　最高情報セキュリティ責任者は、前条の報告等を踏まえ、機構全体に共通する改善事項については
情報セキュリティ対策推進体制に、部に固有の改善事項については当該部の情報セキュリティ責任者に、それぞれ改善を指示しなければならない。

## 第３章　教育・監査・インシデント

第９条（教育）　職員等は、毎年度、情報セキュリティ教育を受講しなければならない。

第10条（監査）　最高情報セキュリティ責任者は、情報セキュリティ監査責任者に毎年度監査を実施させる。

第11条（インシデント）　職員等は、情報セキュリティインシデントを認知したときは、直ちにCSIRTに報告しなければならない。

## 第４章　情報システムの対策

第12条（不正プログラム対策）　情報基盤課長は、全ての端末及びサーバ装置に、未知の不正プログラムをその挙動により検知し、
実行を防止する機能を導入しなければならない。
２　情報基盤課長は、全ての端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを最新に保たなければならない。

第13条（ソフトウェア情報の管理）　情報基盤課長は、IT資産管理ソフトウェアにより、端末及びサーバ装置のソフトウェアの
名称及びバージョンを自動的に収集しなければならない。

第14条（電子メール）　情報基盤課長は、機構の電子メールの通信を暗号化しなければならない。

第15条（ウェブサイト）　情報基盤課長は、機構が開設するウェブサイトについて、通信を暗号化しなければならない。

第16条（ドメイン名）　機構のウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用しなければならない。

第17条（モバイル端末）　職員等は、機構が支給するモバイル端末を、情報基盤課長が定める安全対策を講じた上で、
機構の内外において通信回線に接続して業務に使用することができる。

第18条（情報の保護）　要機密情報を記録した電子ファイルは、デジタル著作権管理による保護を施し、機構外に流出した場合にも
権限のない者が閲覧できないようにしなければならない。

第19条（外部委託）　情報セキュリティ責任者は、委託先に求める対策を仕様書に明記し、履行状況を確認しなければならない。

第20条（委任）　この規程の実施に関し必要な事項は、運用要領で定める。

# 独立行政法人農業技術情報機構情報セキュリティ運用要領

令和元年10月１日最高情報セキュリティ責任者決定

## １　趣旨

この要領は、情報セキュリティ規程（以下「規程」という。）第20条に基づき、規程の運用に必要な事項を定める。

## ２　不正プログラム対策（規程第12条関係）

(1) 規程第12条第１項の規定にかかわらず、未知の不正プログラムへの対策は、インターネットとの境界に設置するサンドボックス装置により行うものとし、端末及びサーバ装置への当該機能の導入は行わない。
(2) 定義ファイルは、配信サーバから１日１回以上自動で更新する。

## ３　ソフトウェア情報の管理（規程第13条関係）

規程第13条の規定にかかわらず、IT資産管理ソフトウェアによる自動収集は、サーバ装置に限り行う。端末については対象としない。

## ４　電子メール（規程第14条関係）

規程第14条の暗号化は、職員等が要機密情報を添付して送信する際に、添付ファイルをパスワード付きで暗号化する方法により行う。

## ５　ウェブサイト（規程第15条関係）

規程第15条の対象は、機構が開設する全てのウェブサイト（特設サイト及び採用情報サイトを含む。）とし、HTTPSにより常時暗号化する。

## ６　モバイル端末（規程第17条関係）

規程第17条の安全対策は、端末の暗号化、MDMによる一元管理、紛失時の遠隔消去及び多要素認証とし、情報基盤課長はこれらを設定した上で端末を貸与しなければならない。

## ７　デジタル著作権管理（規程第18条関係）

規程第18条の保護は、機構が導入するDRMシステムにより、閲覧、印刷及び複製の権限を文書ごとに設定して行う。

## ８　パスワード

パスワードは12文字以上とし、他のサービスと同じものを使用してはならない。

## ９　自己点検

情報セキュリティ責任者は、毎年度、所管する部の自己点検を行い、結果を情報セキュリティ対策推進体制に提出する。
''', {
    'unknown-malware': ('outdated', ['narrowing', 'old-form', 'list'], '(1) 規程第12条第１項の規定にかかわらず、未知の不正プログラムへの対策は、インターネットとの境界に設置するサンドボックス装置により行うものとし、端末及びサーバ装置への当該機能の導入は行わない。',
                        'the 要領 overrides article 12: unknown malware is handled only at the Internet boundary'),
    'it-asset-management': ('missing', ['narrowing', 'scope'], '規程第13条の規定にかかわらず、IT資産管理ソフトウェアによる自動収集は、サーバ装置に限り行う。端末については対象としない。',
                            'the 要領 narrows automatic collection to servers only: a subset of a recommended item'),
    'email-encryption': ('outdated', ['narrowing', 'old-form'], '規程第14条の暗号化は、職員等が要機密情報を添付して送信する際に、添付ファイルをパスワード付きで暗号化する方法により行う。',
                         'the 要領 turns mail encryption into staff encrypting attachments; no transport encryption'),
    'web-encryption': ('covered', ['restated'], '規程第15条の対象は、機構が開設する全てのウェブサイト（特設サイト及び採用情報サイトを含む。）とし、HTTPSにより常時暗号化する。',
                       'the 要領 confirms every website is always encrypted'),
    'mobile-devices': ('covered', ['article', 'restated'], '規程第17条の安全対策は、端末の暗号化、MDMによる一元管理、紛失時の遠隔消去及び多要素認証とし、情報基盤課長はこれらを設定した上で端末を貸与しなければならない。',
                       'use inside and outside permitted (art. 17) with safeguards the 要領 makes firm'),
    'drm': ('covered', ['article', 'restated'], '第18条（情報の保護）　要機密情報を記録した電子ファイルは、デジタル著作権管理による保護を施し、機構外に流出した場合にも',
            'DRM keeps leaked files unreadable; the 要領 restates the means'),
    'domain-names': ('covered', ['article'], '第16条（ドメイン名）　機構のウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用しなければならない。',
                     'sites and mail use go.jp'),
    'promotion-structure': ('covered', ['article'], '第５条（情報セキュリティ対策推進体制）　最高情報セキュリティ責任者は、情報基盤課を情報セキュリティ対策推進体制とし、',
                            'the promotion structure is designated with its roles'),
    'issue-reporting': ('covered', ['article', 'wrapped'], '第７条（課題の報告）　情報セキュリティ責任者は、対策の運用、自己点検及び教育の実施において発生した課題を、',
                        'issues from operation, self-inspection and education reported to the CISO'),
    'improvement-instructions': ('covered', ['article'], '第８条（改善の指示）　最高情報セキュリティ責任者は、前条の報告等を踏まえ、機構全体に共通する改善事項については',
                                 'organisation-wide and department-specific improvements instructed to the right person'),
}, ['unknown-malware', 'email-encryption', 'it-asset-management', 'web-encryption', 'mobile-devices', 'drm',
    'domain-names', 'promotion-structure', 'issue-reporting', 'improvement-instructions'])

# ---------------------------------------------------------------- 03 国立研究開発法人 対策基準 with 附則 setting effective dates
# 経過措置 rule of this set: a duty taking effect after 2026-12-08 is not yet in force -> missing; one in force on or
# before that date -> covered on its clause.
# considered: web-encryption, unknown-malware, iot-devices, email-encryption, it-asset-management, domain-names,
# mobile-devices, promotion-structure, issue-reporting, improvement-instructions
case('03-nrda-kijun-fusoku.md', '''# 国立研究開発法人防災地盤研究所情報セキュリティ対策基準

令和２年４月１日理事長決定
改正　令和６年12月20日

## 第１章　総則

第１条（目的）　この基準は、国立研究開発法人防災地盤研究所（以下「研究所」という。）情報セキュリティ基本方針に基づき、
研究所の情報及び情報システムについて講ずべき対策の基準を定める。

第２条（用語）　この基準において「職員等」とは、研究所の役員、職員、客員研究員及び派遣労働者をいい、
「情報システム」とは、研究所が管理するハードウェア、ソフトウェア及びネットワークをいう。

第３条（適用範囲）　この基準は、研究所の全ての部署及び職員等に適用する。

## 第２章　体制

第４条（最高情報セキュリティ責任者）　研究所に最高情報セキュリティ責任者を置き、理事をもって充てる。

第５条（推進体制）　研究所に情報セキュリティ対策推進体制を置き、情報化推進室をもって充てる。
２　情報セキュリティ対策推進体制は、対策推進計画の案の作成、教育・訓練の企画、各部署への技術的支援及び対策の実施状況の把握を行う。

第６条（部署責任者）　各部署の長を情報セキュリティ責任者とする。

第７条（監査結果の報告）　情報セキュリティ監査責任者は、監査の結果を最高情報セキュリティ責任者に報告しなければならない。

第８条（改善）　最高情報セキュリティ責任者は、研究所全体に共通する改善事項については情報化推進室長に、部署に固有の改善事項については当該部署の情報セキュリティ責任者に、必要に応じて改善を指示することができる。

## 第３章　人的対策

第９条（教育）　職員等は、採用時及び毎年度、情報セキュリティ教育を受講しなければならない。

第10条（パスワード）　職員等は、パスワードを12文字以上とし、他人に知られないよう管理しなければならない。

## 第４章　物理的対策

第11条（区域）　サーバ室への入室は、ICカードにより認証し、入退室の記録を１年間保存する。

## 第５章　技術的対策

第12条（不正プログラム対策）　情報化推進室長は、全ての端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを自動で更新しなければならない。
２　情報化推進室長は、全ての端末及びサーバ装置に、未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能を導入しなければならない。

第13条（ソフトウェアの把握）　情報化推進室長は、IT資産管理ソフトウェアを用いて、端末及びサーバ装置にインストールされたソフトウェアの名称及び版数を自動で収集し、脆弱性情報と照合しなければならない。

第14条（ウェブサイト）　情報化推進室長は、研究所が開設する全てのウェブサイトについて、HTTPSによる常時暗号化を行わなければならない。

第15条（電子メール）　情報化推進室長は、電子メールサーバ間の通信をSTARTTLSにより暗号化し、SPF、DKIM及びDMARCによる送信ドメイン認証を行わなければならない。

第16条（ドメイン名）　研究所のウェブサイト及び電子メールアドレスには、go.jpドメインを使用しなければならない。

第17条（特定用途機器）　情報化推進室長は、観測装置、ネットワークカメラその他のIoT機器について、初期パスワードの変更、ファームウェアの更新及び業務用ネットワークからの分離を行わなければならない。

第18条（モバイル端末）　職員等は、モバイル端末を研究所の外に持ち出してはならない。

## 第６章　外部委託及びインシデント

第19条（外部委託）　情報セキュリティ責任者は、委託先との契約に守秘義務、再委託の制限及び事故報告を定めなければならない。

第20条（インシデント）　職員等は、インシデントを発見したときは、直ちに情報化推進室に報告しなければならない。

附　則
１　この基準は、令和２年４月１日から施行する。

附　則（令和６年12月20日改正）
１　この改正は、令和７年１月１日から施行する。ただし、次項から第５項までに定める規定は、それぞれ当該各項に定める日から施行する。
２　第12条第２項の規定は、令和９年10月１日から施行する。
３　第13条の規定は、令和７年４月１日から施行する。
４　第14条の規定は、令和10年４月１日から施行する。
５　第15条及び第17条の規定は、それぞれ令和８年４月１日及び令和11年４月１日から施行する。
６　前各項に定める日の前日までの間は、なお従前の例による。
''', {
    'unknown-malware': ('missing', ['transition', 'future-date'], '２　第12条第２項の規定は、令和９年10月１日から施行する。',
                        'behaviour-based prevention takes effect on 2027-10-01, after 2026-12-08: not yet in force'),
    'it-asset-management': ('covered', ['transition', 'past-date'], '第13条（ソフトウェアの把握）　情報化推進室長は、IT資産管理ソフトウェアを用いて、端末及びサーバ装置にインストールされたソフトウェアの名称及び版数を自動で収集し、脆弱性情報と照合しなければならない。',
                            'automatic collection of software names and versions, in force since 2025-04-01'),
    'web-encryption': ('missing', ['transition', 'future-date'], '４　第14条の規定は、令和10年４月１日から施行する。',
                       'HTTPS everywhere takes effect on 2028-04-01, after 2026-12-08: not yet in force'),
    'email-encryption': ('covered', ['transition', 'past-date'], '第15条（電子メール）　情報化推進室長は、電子メールサーバ間の通信をSTARTTLSにより暗号化し、SPF、DKIM及びDMARCによる送信ドメイン認証を行わなければならない。',
                         'transport encryption and sender authentication, in force since 2026-04-01 (附則第５項)'),
    'iot-devices': ('missing', ['transition', 'future-date'], '５　第15条及び第17条の規定は、それぞれ令和８年４月１日及び令和11年４月１日から施行する。',
                    'the IoT measures of article 17 take effect on 2029-04-01, after 2026-12-08: not yet in force'),
    'domain-names': ('covered', ['article', 'past-date'], '第16条（ドメイン名）　研究所のウェブサイト及び電子メールアドレスには、go.jpドメインを使用しなければならない。',
                     'go.jp required, in force since 2025-01-01'),
    'mobile-devices': ('outdated', ['article', 'negation', 'old-form'], '第18条（モバイル端末）　職員等は、モバイル端末を研究所の外に持ち出してはならない。',
                       'blanket ban on taking mobile terminals out (information level)'),
    'promotion-structure': ('covered', ['article'], '第５条（推進体制）　研究所に情報セキュリティ対策推進体制を置き、情報化推進室をもって充てる。',
                            'promotion structure set up with its roles'),
    'issue-reporting': ('missing', ['article', 'separate-duty'], '第７条（監査結果の報告）　情報セキュリティ監査責任者は、監査の結果を最高情報セキュリティ責任者に報告しなければならない。',
                        'only audit results are reported to the CISO'),
    'improvement-instructions': ('outdated', ['article', 'modality'], '第８条（改善）　最高情報セキュリティ責任者は、研究所全体に共通する改善事項については情報化推進室長に、部署に固有の改善事項については当該部署の情報セキュリティ責任者に、必要に応じて改善を指示することができる。',
                                 'organisation-wide and department-specific improvement instructions worded only as a permission (必要に応じて…できる)'),
}, ['web-encryption', 'unknown-malware', 'iot-devices', 'email-encryption', 'it-asset-management', 'domain-names',
    'mobile-devices', 'promotion-structure', 'issue-reporting', 'improvement-instructions'])

# ---------------------------------------------------------------- 04 独立行政法人, two-column bilingual table (日本語 | English)
# Both columns state the same rule; the snippet is taken from the row (one line).
# considered: domain-names, web-encryption, email-encryption, mobile-devices, iot-devices, issue-reporting,
# promotion-structure, drm, unknown-malware, it-asset-management, improvement-instructions
case('04-iaa-bilingual-rules.md', '''# 独立行政法人国際海洋交流機構情報セキュリティ規則 / Information Security Rules of the International Ocean Exchange Agency

制定　令和２年７月１日 / Enacted 1 July 2020
改正　令和６年７月１日 / Amended 1 July 2024

本規則は日英対訳で定める。両言語の規定は同一の内容とする。
These Rules are issued in Japanese and English; both texts have the same content.

## 第１章 総則 / Chapter 1 General Provisions

| 条 / Art. | 日本語 | English |
|---|---|---|
| 1 | この規則は、機構の情報及び情報システムを保護するために職員等が遵守すべき事項を定める。 | These Rules set out what staff must observe to protect the Agency's information and information systems. |
| 2 | 「職員等」とは、機構の役員、職員、外国人研究員及び派遣労働者をいう。 | "Staff" means the Agency's officers, employees, foreign researchers and dispatched workers. |
| 3 | この規則は、機構の全ての事務所及び海外連絡事務所に適用する。 | These Rules apply to all offices of the Agency, including its overseas liaison offices. |

## 第２章 体制 / Chapter 2 Organisation

| 条 / Art. | 日本語 | English |
|---|---|---|
| 4 | 機構に最高情報セキュリティ責任者（CISO）を置き、理事をもって充てる。 | The Agency shall have a Chief Information Security Officer (CISO), who shall be an Executive Director. |
| 5 | 機構に情報セキュリティ委員会を置き、この規則の改廃及び重要事項を審議する。 | The Agency shall have an Information Security Committee, which deliberates on amendments to these Rules and on important matters. |
| 6 | 各部の長を情報セキュリティ責任者とする。 | The head of each department is its Information Security Officer. |
| 7 | 監査責任者は、監査の結果をCISOに報告しなければならない。 | The Audit Officer shall report the results of audits to the CISO. |
| 8 | CISOは、機構全体に共通する改善事項は情報システム部長に、部に固有の改善事項は当該部の情報セキュリティ責任者に、それぞれ改善を指示しなければならない。 | The CISO shall direct improvements common to the whole Agency to the Director of Information Systems, and improvements specific to a department to that department's Information Security Officer. |

## 第３章 人的・物理的対策 / Chapter 3 People and Premises

| 条 / Art. | 日本語 | English |
|---|---|---|
| 9 | 職員等は、着任時及び毎年度、情報セキュリティ研修を受講しなければならない。 | Staff shall complete information security training on arrival and every fiscal year. |
| 10 | パスワードは12文字以上とし、共有してはならない。 | Passwords shall be at least 12 characters long and shall not be shared. |
| 11 | サーバ室は施錠し、入室者を記録しなければならない。 | Server rooms shall be locked and every entry shall be recorded. |
| 12 | 離席時は画面をロックし、退庁時は机上に書類を残してはならない。 | Staff shall lock their screens when away and shall leave no papers on their desks when leaving the office. |

## 第４章 技術的対策 / Chapter 4 Technical Controls

| 条 / Art. | 日本語 | English |
|---|---|---|
| 13 | 全ての端末及びサーバ装置に、未知の不正プログラムを振る舞いにより検知し、その実行を阻止する機能を導入しなければならない。 | Every terminal and server shall have a function that detects unknown malware by its behaviour and blocks its execution. |
| 14 | 情報システム部は、毎年度、各端末のソフトウェアを職員等からの申告に基づき一覧表に取りまとめる。 | Each fiscal year, the Information Systems Department compiles a spreadsheet of the software on each terminal from staff declarations. |
| 15 | 機構のウェブサイトは、HTTPSにより暗号化することが望ましい。 | It is desirable that the Agency's websites be encrypted with HTTPS. |
| 16 | 電子メールのなりすましを防止するため、SPFレコードを公開しなければならない。 | An SPF record shall be published to prevent spoofing of the Agency's e-mail. |
| 17 | 機構のウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用しなければならない。 | The Agency's websites and e-mail addresses shall use the government domain name (go.jp). |
| 18 | 職員等は、機構が支給するモバイル端末を、機構の内外でネットワークに接続して業務に使用することができる。この場合、暗号化、MDMによる管理及び遠隔消去の設定を行うことが望ましい。 | Staff may connect Agency-issued mobile devices to networks inside and outside the Agency for work; it is desirable that encryption, MDM management and remote wipe be configured. |
| 19 | テレビ会議装置、ネットワークカメラ等の特定用途機器は、初期パスワードを変更し、ファームウェアを更新し、業務用ネットワークから分離しなければならない。 | Special-purpose devices such as video-conference units and network cameras shall have their default passwords changed, their firmware kept updated, and shall be separated from the business network. |
| 20 | デジタル著作権管理（DRM）の導入は、将来の課題とする。 | Introducing digital rights management (DRM) is left for the future. |

## 第５章 外部委託・インシデント / Chapter 5 Outsourcing and Incidents

| 条 / Art. | 日本語 | English |
|---|---|---|
| 21 | 外部委託の契約には、守秘義務及び事故時の報告義務を定めなければならない。 | Outsourcing contracts shall include confidentiality and incident-reporting obligations. |
| 22 | 職員等は、インシデントを知ったときは、直ちにCSIRTに報告しなければならない。 | Staff who become aware of an incident shall report it to the CSIRT immediately. |
| 23 | 監査責任者は、毎年度、情報セキュリティ監査を実施する。 | The Audit Officer conducts an information security audit every fiscal year. |
''', {
    'unknown-malware': ('covered', ['bilingual', 'table'], '| 13 | 全ての端末及びサーバ装置に、未知の不正プログラムを振る舞いにより検知し、その実行を阻止する機能を導入しなければならない。',
                        'behaviour-based detection and blocking on every terminal and server'),
    'it-asset-management': ('outdated', ['bilingual', 'table', 'old-form'], '| 14 | 情報システム部は、毎年度、各端末のソフトウェアを職員等からの申告に基づき一覧表に取りまとめる。',
                            'a yearly spreadsheet from staff declarations: the manual old form'),
    'web-encryption': ('outdated', ['bilingual', 'table', 'modality'], '| 15 | 機構のウェブサイトは、HTTPSにより暗号化することが望ましい。',
                       'HTTPS merely desirable (望ましい / desirable)'),
    'email-encryption': ('missing', ['bilingual', 'table', 'separate-duty'], '| 16 | 電子メールのなりすましを防止するため、SPFレコードを公開しなければならない。',
                         'SPF only; no encryption of mail communication'),
    'domain-names': ('covered', ['bilingual', 'table'], '| 17 | 機構のウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用しなければならない。',
                     'go.jp for sites and mail'),
    'mobile-devices': ('outdated', ['bilingual', 'table', 'modality'], '| 18 | 職員等は、機構が支給するモバイル端末を、機構の内外でネットワークに接続して業務に使用することができる。この場合、暗号化、MDMによる管理及び遠隔消去の設定を行うことが望ましい。', 'use inside and outside permitted, but the safeguards are only desirable'),
    'iot-devices': ('covered', ['bilingual', 'table'], '| 19 | テレビ会議装置、ネットワークカメラ等の特定用途機器は、初期パスワードを変更し、ファームウェアを更新し、業務用ネットワークから分離しなければならない。',
                    'firm safety measures for special-purpose devices'),
    'drm': ('missing', ['bilingual', 'table', 'deferral'], '| 20 | デジタル著作権管理（DRM）の導入は、将来の課題とする。',
            'DRM left for the future'),
    'issue-reporting': ('missing', ['bilingual', 'table', 'separate-duty'], '| 7 | 監査責任者は、監査の結果をCISOに報告しなければならない。',
                        'only audit results reported'),
    'promotion-structure': ('missing', ['bilingual', 'table', 'separate-duty'], '| 5 | 機構に情報セキュリティ委員会を置き、この規則の改廃及び重要事項を審議する。',
                            'a deliberative committee only'),
    'improvement-instructions': ('covered', ['bilingual', 'table'], '| 8 | CISOは、機構全体に共通する改善事項は情報システム部長に、部に固有の改善事項は当該部の情報セキュリティ責任者に、それぞれ改善を指示しなければならない。',
                                 'organisation-wide and department-specific improvements each instructed to the right person'),
}, ['domain-names', 'web-encryption', 'email-encryption', 'mobile-devices', 'iot-devices', 'issue-reporting',
    'promotion-structure', 'drm', 'unknown-malware', 'it-asset-management', 'improvement-instructions'])

# ---------------------------------------------------------------- 05 city 対策基準 with a Q&A annex declared 参考 (not policy)
# considered: web-encryption, unknown-malware, it-asset-management, iot-devices, email-encryption, mobile-devices,
# issue-reporting, improvement-instructions, promotion-structure
case('05-city-kijun-faq.md', '''# 西ヶ丘市情報セキュリティ対策基準

令和４年４月１日施行

## 第１　目的

この基準は、西ヶ丘市情報セキュリティ基本方針に基づき、市が保有する情報資産を守るために職員等が遵守すべき事項を定める。

## 第２　定義

１　情報資産　市の情報及び情報システム並びにこれらを記録した媒体をいう。
２　職員等　市の職員、会計年度任用職員及び派遣労働者をいう。
３　情報セキュリティ対策推進体制　情報セキュリティ対策の推進を担う部門をいう。
４　モバイル端末　ノートパソコン、タブレット端末及びスマートフォンのうち、市が職員等に貸与するものをいう。

## 第３　組織

１　副市長を最高情報セキュリティ責任者（CISO）とする。
２　各課の長を情報セキュリティ責任者とし、課における対策の実施に責任を負わせる。
３　情報セキュリティ責任者は、課における対策の運用、自己点検及び研修を通じて把握した課題を、毎年度末までにCISOに報告しなければならない。
４　CISOは、前項の報告を踏まえ、全庁に共通する改善事項については情報政策課長に、課に固有の改善事項については当該課の情報セキュリティ責任者に、改善を指示することができる。

## 第４　情報資産の管理

１　職員等は、情報資産を分類し、分類に応じて管理しなければならない。
２　機密性２以上の情報を庁外へ持ち出すときは、情報セキュリティ責任者の許可を得なければならない。

## 第５　物理的対策

１　サーバ室は施錠し、入退室を記録する。
２　端末はワイヤーロックにより固定する。

## 第６　人的対策

１　職員等は、年１回以上、情報セキュリティ研修を受講しなければならない。
２　職員等は、パスワードを10文字以上とし、他人に教えてはならない。

## 第７　技術的対策

１　情報政策課長は、全ての端末及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを最新に保たなければならない。
２　情報政策課長は、市のウェブサイトのうち、ログイン画面及び申請フォームについて、SSL/TLSにより通信を暗号化しなければならない。
３　職員等は、個人情報を含むファイルを電子メールに添付して送信するときは、当該ファイルを暗号化しなければならない。
４　職員等は、モバイル端末を庁外で使用し、通信回線に接続して業務を行うことができる。この場合において、情報政策課長は、当該端末の暗号化、MDMによる管理及び紛失時の遠隔消去を設定しなければならない。

## 第８　外部委託

委託先には、守秘義務、再委託の制限及び事故時の報告を契約により義務付けなければならない。

## 第９　インシデント対応

職員等は、インシデントを発見したときは、直ちに情報政策課に報告しなければならない。

## 第10　監査

CISOは、毎年度、情報セキュリティ監査を実施させる。

---

## 別紙（参考）　情報セキュリティに関するよくある質問

※この別紙は、職員等の理解を助けるための参考資料であり、この基準の一部を構成するものではない。

**Q1．市のウェブサイトは全部HTTPSになりますか。**
A1．はい。全てのページをHTTPSで常時暗号化する方向で準備を進めています。

**Q2．新しいウイルスにも対応できますか。**
A2．全ての端末とサーバに、未知の不正プログラムを振る舞いで検知して実行を止める製品を入れています。

**Q3．パソコンに入っているソフトの管理はどうしていますか。**
A3．IT資産管理ソフトウェアが各端末のソフトウェアの名称とバージョンを自動的に収集しています。

**Q4．庁舎のネットワークカメラは安全ですか。**
A4．ネットワークカメラなどのIoT機器は、初期パスワードを変更し、ファームウェアを更新しています。

**Q5．推進体制とは何ですか。**
A5．情報政策課が情報セキュリティ対策推進体制として研修や点検の取りまとめを担っています。
''', {
    'web-encryption': ('outdated', ['scope', 'old-form', 'reference-annex'], '２　情報政策課長は、市のウェブサイトのうち、ログイン画面及び申請フォームについて、SSL/TLSにより通信を暗号化しなければならない。',
                       'the standard encrypts only login and form pages; the 参考 Q&A promising all pages is not policy'),
    'unknown-malware': ('missing', ['reference-annex'], 'A2．全ての端末とサーバに、未知の不正プログラムを振る舞いで検知して実行を止める製品を入れています。',
                        'behaviour-based prevention appears only in the 参考 Q&A; the standard has pattern-file antivirus only'),
    'it-asset-management': ('missing', ['reference-annex'], 'A3．IT資産管理ソフトウェアが各端末のソフトウェアの名称とバージョンを自動的に収集しています。',
                            'automatic collection appears only in the 参考 Q&A'),
    'iot-devices': ('missing', ['reference-annex'], 'A4．ネットワークカメラなどのIoT機器は、初期パスワードを変更し、ファームウェアを更新しています。',
                    'IoT measures appear only in the 参考 Q&A'),
    'email-encryption': ('outdated', ['old-form'], '３　職員等は、個人情報を含むファイルを電子メールに添付して送信するときは、当該ファイルを暗号化しなければならない。',
                         'staff encrypting attachments; no transport encryption'),
    'mobile-devices': ('covered', ['paraphrase'], '４　職員等は、モバイル端末を庁外で使用し、通信回線に接続して業務を行うことができる。この場合において、情報政策課長は、当該端末の暗号化、MDMによる管理及び紛失時の遠隔消去を設定しなければならない。',
                       'use outside permitted with firm safeguards'),
    'issue-reporting': ('covered', ['list'], '３　情報セキュリティ責任者は、課における対策の運用、自己点検及び研修を通じて把握した課題を、毎年度末までにCISOに報告しなければならない。',
                        'issues from operation, self-inspection and training reported to the CISO'),
    'improvement-instructions': ('outdated', ['list', 'modality'], '４　CISOは、前項の報告を踏まえ、全庁に共通する改善事項については情報政策課長に、課に固有の改善事項については当該課の情報セキュリティ責任者に、改善を指示することができる。', 'organisation-wide and department-specific instructions only as a permission'),
    'promotion-structure': ('missing', ['definition', 'reference-annex'], '３　情報セキュリティ対策推進体制　情報セキュリティ対策の推進を担う部門をいう。',
                            'the term is only defined; no clause sets the structure up (the Q&A answer is 参考)'),
}, ['web-encryption', 'unknown-malware', 'it-asset-management', 'iot-devices', 'email-encryption', 'mobile-devices',
    'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- 06 国立大学法人 実施基準 with a ☑/☐ checklist (☐ = not carried out)
# considered: web-encryption, unknown-malware, email-encryption, drm, it-asset-management, iot-devices,
# mobile-devices, domain-names, issue-reporting, promotion-structure, improvement-instructions
case('06-univ-checklist.md', '''# 国立大学法人北辰大学情報セキュリティ対策実施基準

令和５年４月１日情報化統括責任者裁定

## 第１条（目的）
この基準は、国立大学法人北辰大学情報セキュリティポリシーに基づき、本学が実施する情報セキュリティ対策を定める。

## 第２条（定義）
(1) 教職員等　本学の役員、教員、職員及び本学の情報システムを利用する非常勤講師、研究員をいう。
(2) 学生等　本学の学部学生、大学院学生及び研究生をいう。
(3) 部局　学部、研究科、附置研究所、附属病院及び事務局をいう。

## 第３条（体制）
１　学長が指名する理事を最高情報セキュリティ責任者（以下「CISO」という。）とする。
２　情報基盤センターを情報セキュリティ対策推進体制とし、ポリシーの改正案の作成、全学の教育及び自己点検の企画、部局への技術支援並びに対策の実施状況の取りまとめの役割を担わせる。
３　各部局の長を部局情報セキュリティ責任者とする。

## 第４条（実施する対策）
１　CISO、情報基盤センター長及び部局情報セキュリティ責任者は、別表の対策一覧のうち☑を付した対策を実施しなければならない。
２　別表の対策一覧のうち☐を付した対策は、本年度は実施しない。

## 第５条（教育）
情報基盤センター長は、教職員等及び学生等に対し、毎年度、情報セキュリティ教育を実施する。新入生には入学時に実施する。

## 第６条（パスワード及び認証）
１　パスワードは12文字以上とし、他のサービスと共用してはならない。
２　学外から学内システムへ接続する場合は、多要素認証を用いなければならない。

## 第７条（物理的対策）
サーバ室は施錠し、入室はICカードにより管理する。

## 第８条（外部委託）
部局情報セキュリティ責任者は、外部委託の契約に守秘義務及び事故時の報告義務を定めなければならない。

## 第９条（インシデント対応）
教職員等及び学生等は、インシデントを発見したときは、直ちに情報基盤センターに報告しなければならない。

## 第10条（監査）
CISOは、毎年度、内部監査室に情報セキュリティ監査を実施させ、その結果の報告を受ける。

## 別表　対策一覧（第４条関係）

凡例：☑ 実施する対策　☐ 本年度は実施しない対策

- ☑ 本学が開設する全てのウェブサイトは、HTTPSにより常時暗号化する。
- ☑ 本学のウェブサイト及び電子メールアドレスには、ac.jpドメインを使用する。
- ☐ 全ての端末及びサーバに、未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能を導入する。
- ☑ 全ての端末及びサーバにウイルス対策ソフトウェアを導入し、定義ファイルを自動更新する。
- ☑ 教職員等は、要機密情報を学外へ電子メールで送信する場合、添付ファイルを暗号化する。
- ☐ 学内の電子メールサーバと学外の電子メールサーバとの間の通信をTLSにより暗号化する。
- ☑ 情報基盤センターは、IT資産管理ソフトウェアにより、全ての端末及びサーバのソフトウェアの名称及びバージョンを自動で収集し、脆弱性情報と照合する。
- ☐ 要機密情報のファイルにデジタル著作権管理（DRM）を適用し、学外に流出しても閲覧できないようにする。
- ☐ ネットワークカメラ、入退室管理装置等のIoT機器について、初期パスワードの変更及びファームウェアの更新を行う。
- ☑ 教職員等は、本学が貸与するモバイル端末を学外に持ち出さない。
- ☑ 部局情報セキュリティ責任者は、部局における対策の運用、自己点検及び教育において生じた課題を、CISOに報告するよう努める。
- ☐ CISOは、全学に共通する改善事項を情報基盤センター長に、部局に固有の改善事項を部局情報セキュリティ責任者に、それぞれ指示する。
- ☑ 学外からの管理者権限による接続は、VPNを経由する。
''', {
    'web-encryption': ('covered', ['checklist', 'checked'], '- ☑ 本学が開設する全てのウェブサイトは、HTTPSにより常時暗号化する。',
                       'a ☑ (adopted) item: every website always encrypted'),
    'domain-names': ('covered', ['checklist', 'checked'], '- ☑ 本学のウェブサイト及び電子メールアドレスには、ac.jpドメインを使用する。',
                     'a university 法人 uses ac.jp, as the revision allows'),
    'unknown-malware': ('missing', ['checklist', 'unchecked'], '- ☐ 全ての端末及びサーバに、未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能を導入する。',
                        'a ☐ item: stated not to be carried out this year'),
    'email-encryption': ('outdated', ['checklist', 'checked', 'old-form'], '- ☑ 教職員等は、要機密情報を学外へ電子メールで送信する場合、添付ファイルを暗号化する。',
                         'the adopted item is staff encrypting attachments; transport encryption is ☐ (not carried out)'),
    'it-asset-management': ('covered', ['checklist', 'checked'], '- ☑ 情報基盤センターは、IT資産管理ソフトウェアにより、全ての端末及びサーバのソフトウェアの名称及びバージョンを自動で収集し、脆弱性情報と照合する。',
                            'a ☑ item: automatic collection on all terminals and servers'),
    'drm': ('missing', ['checklist', 'unchecked'], '- ☐ 要機密情報のファイルにデジタル著作権管理（DRM）を適用し、学外に流出しても閲覧できないようにする。',
            'a ☐ item: not carried out'),
    'iot-devices': ('missing', ['checklist', 'unchecked'], '- ☐ ネットワークカメラ、入退室管理装置等のIoT機器について、初期パスワードの変更及びファームウェアの更新を行う。',
                    'a ☐ item: not carried out'),
    'mobile-devices': ('outdated', ['checklist', 'checked', 'negation', 'old-form'], '- ☑ 教職員等は、本学が貸与するモバイル端末を学外に持ち出さない。',
                       'a ☑ blanket ban on taking mobile terminals out (information level)'),
    'issue-reporting': ('outdated', ['checklist', 'checked', 'modality'], '- ☑ 部局情報セキュリティ責任者は、部局における対策の運用、自己点検及び教育において生じた課題を、CISOに報告するよう努める。',
                        'issue reporting worded as effort (努める)'),
    'improvement-instructions': ('missing', ['checklist', 'unchecked'], '- ☐ CISOは、全学に共通する改善事項を情報基盤センター長に、部局に固有の改善事項を部局情報セキュリティ責任者に、それぞれ指示する。',
                                 'a ☐ item: not carried out'),
    'promotion-structure': ('covered', ['article', 'paraphrase'], '２　情報基盤センターを情報セキュリティ対策推進体制とし、ポリシーの改正案の作成、全学の教育及び自己点検の企画、部局への技術支援並びに対策の実施状況の取りまとめの役割を担わせる。',
                            'the promotion structure is designated with its roles'),
}, ['web-encryption', 'unknown-malware', 'email-encryption', 'drm', 'it-asset-management', 'iot-devices',
    'mobile-devices', 'domain-names', 'issue-reporting', 'promotion-structure', 'improvement-instructions'])

# ---------------------------------------------------------------- 07 独立行政法人 対策基準: full-width digits and letters, items wrapped over lines
# considered: web-encryption, email-encryption, iot-devices, unknown-malware, it-asset-management, mobile-devices,
# domain-names, issue-reporting, promotion-structure, improvement-instructions
case('07-iaa-kijun-fullwidth.md', '''# 独立行政法人伝統工芸振興機構情報セキュリティ対策基準

令和３年１０月１日
最終改正　令和６年１０月１日

## 第１　目的

　この基準は、独立行政法人伝統工芸振興機構情報セキュリティ基本方針に基づき、機構の情報及び情報システムを保護する
ために講ずべき対策の基準を定める。

## 第２　用語の定義

（１）　職員等　機構の役員、職員及び派遣労働者をいう。
（２）　ＣＩＳＯ　最高情報セキュリティ責任者をいう。
（３）　ＩｏＴ機器　ネットワークに接続して特定の用途に用いられる機器（特定用途機器）をいう。
（４）　ＵＴＭ　インターネットとの接続点に設置する統合脅威管理装置をいう。

## 第３　組織・体制

１．ＣＩＳＯは、機構の情報セキュリティ対策を統括する。
２．情報セキュリティ対策推進体制の設置については、組織改編に合わせて今後検討する。
３．情報セキュリティ監査責任者は、監査の結果をＣＩＳＯに報告しなければならない。
４．ＣＩＳＯは、必要に応じて、機構全体に共通する改善事項を情報システム課長に、部に固有の改善事項を当該部の長
に指示することができる。

## 第４　人的対策

１．職員等は、毎年度、情報セキュリティ教育を受講しなければならない。
２．職員等は、パスワードを１２文字以上とし、他人に知られないよう管理しなければならない。
３．職員等は、離席時には端末の画面をロックしなければならない。

## 第５　物理的対策

１．サーバ室は施錠し、入室はＩＣカードで認証し、記録を１年間保存する。
２．来訪者は受付で記帳し、職員等が同行しなければならない。

## 第６　技術的対策

１．情報システム課長は、機構が開設する全てのウェブサイトについて、ＨＴＴＰＳにより通信を常時暗号化し
なければならない。ＨＴＴＰでのアクセスはＨＴＴＰＳに転送する。
２．情報システム課長は、機構のメールサーバと外部のメールサーバとの間の通信をＴＬＳ（ＳＴＡＲＴＴＬＳ）
により暗号化するとともに、ＳＰＦ及びＤＫＩＭによる送信ドメイン認証を行わなければならない。
３．情報システム課長は、ＵＴＭにおいて未知の不正プログラムを検知し、インターネットからの通信を遮断しなければ
ならない。端末及びサーバには、定義ファイル型の不正プログラム対策ソフトウェアを導入する。
４．情報システム課長は、年２回、表計算ソフトウェアにより各端末のソフトウェアの一覧を作成し、脆弱性情報と照合
しなければならない。
５．情報システム課長は、ＩｏＴ機器について、初期パスワードの変更、ファームウェアの更新及び業務用ネットワーク
からの分離に努めるものとする。
６．職員等は、私物のパソコン、スマートフォンその他の端末を機構の業務に使用してはならない。
７．機構のウェブサイト及び電子メールアドレスには、政府ドメイン名（ｇｏ．ｊｐ）を使用するよう努めるもの
とする。

## 第７　外部委託

１．情報セキュリティ責任者は、委託先に求める対策を仕様書に明記し、契約に守秘義務及び事故報告を定めなければならない。
２．クラウドサービスを利用するときは、事業者の第三者認証の取得状況を確認しなければならない。

## 第８　インシデント対応

１．職員等は、インシデントを発見したときは、直ちにＣＳＩＲＴに報告しなければならない。
２．ＣＳＩＲＴは、被害の拡大防止の措置を講じ、ＣＩＳＯに報告しなければならない。
''', {
    'web-encryption': ('covered', ['fullwidth', 'wrapped'], '１．情報システム課長は、機構が開設する全てのウェブサイトについて、ＨＴＴＰＳにより通信を常時暗号化し',
                       'every website always encrypted with ＨＴＴＰＳ (full-width, wraps before しなければならない)'),
    'email-encryption': ('covered', ['fullwidth', 'wrapped'], '２．情報システム課長は、機構のメールサーバと外部のメールサーバとの間の通信をＴＬＳ（ＳＴＡＲＴＴＬＳ）',
                         'server-to-server ＴＬＳ and ＳＰＦ/ＤＫＩＭ sender authentication (wraps)'),
    'unknown-malware': ('outdated', ['fullwidth', 'wrapped', 'old-form'], '３．情報システム課長は、ＵＴＭにおいて未知の不正プログラムを検知し、インターネットからの通信を遮断しなければ',
                        'unknown malware handled only at the boundary ＵＴＭ; terminals and servers have definition files only'),
    'it-asset-management': ('outdated', ['fullwidth', 'wrapped', 'old-form'], '４．情報システム課長は、年２回、表計算ソフトウェアにより各端末のソフトウェアの一覧を作成し、脆弱性情報と照合',
                            'a twice-yearly spreadsheet: the manual old form'),
    'iot-devices': ('outdated', ['fullwidth', 'wrapped', 'modality'], '５．情報システム課長は、ＩｏＴ機器について、初期パスワードの変更、ファームウェアの更新及び業務用ネットワーク',
                    'IoT safety measures worded as effort (努める, on the wrapped next line)'),
    'mobile-devices': ('missing', ['fullwidth', 'separate-duty'], '６．職員等は、私物のパソコン、スマートフォンその他の端末を機構の業務に使用してはならない。', 'a ban on private devices only; nothing on the use of issued mobile terminals'),
    'domain-names': ('outdated', ['fullwidth', 'wrapped', 'modality'], '７．機構のウェブサイト及び電子メールアドレスには、政府ドメイン名（ｇｏ．ｊｐ）を使用するよう努めるもの',
                     'go.jp use worded as effort'),
    'issue-reporting': ('missing', ['fullwidth', 'separate-duty'], '３．情報セキュリティ監査責任者は、監査の結果をＣＩＳＯに報告しなければならない。',
                        'only audit results reported'),
    'promotion-structure': ('missing', ['fullwidth', 'deferral'], '２．情報セキュリティ対策推進体制の設置については、組織改編に合わせて今後検討する。', 'the promotion structure is deferred to future study'),
    'improvement-instructions': ('outdated', ['fullwidth', 'wrapped', 'modality'], '４．ＣＩＳＯは、必要に応じて、機構全体に共通する改善事項を情報システム課長に、部に固有の改善事項を当該部の長',
                                 'organisation-wide and department-specific instructions worded as permission (できる)'),
}, ['web-encryption', 'email-encryption', 'iot-devices', 'unknown-malware', 'it-asset-management', 'mobile-devices',
    'domain-names', 'issue-reporting', 'promotion-structure', 'improvement-instructions'])

# ---------------------------------------------------------------- 08 prefecture 対策基準: three-level nested lists, the parent item sets the scope
# considered: unknown-malware, web-encryption, mobile-devices, iot-devices, it-asset-management, email-encryption,
# issue-reporting, improvement-instructions, promotion-structure
case('08-pref-kijun-nested.md', '''# 白嶺県情報セキュリティ対策基準

令和２年４月１日施行
令和６年４月１日一部改正

## 第１章　総則

第１条（目的）　この基準は、白嶺県情報セキュリティ基本方針に基づき、県の情報資産を保護するための対策の基準を定める。

第２条（定義）　この基準で使用する用語は、次のとおりとする。
- (1) 情報資産　県の情報、情報システム及び記録媒体
- (2) 職員等　知事部局、行政委員会、議会事務局及び企業局の職員並びに派遣労働者
- (3) 端末　職員等が業務に使用するパソコン、タブレット端末及びスマートフォン

## 第２章　組織体制

第３条（CISO）　副知事を最高情報セキュリティ責任者（以下「CISO」という。）とする。

第４条（推進体制）　県は、情報セキュリティ対策の推進を担う体制の整備に努めるものとする。

第５条（所属の責任者）　各所属の長を情報セキュリティ責任者とする。

第６条（課題の報告及び改善の指示）
- (1) 情報セキュリティ責任者は、次に掲げる取組において生じた課題を、四半期ごとにCISOに報告しなければならない。
  - ア　対策の運用
  - イ　自己点検
  - ウ　研修
- (2) CISOは、前号の報告を踏まえ、次の区分に応じ、改善を指示しなければならない。
  - ア　全庁に共通する改善事項
    - (ア) 指示の相手方　情報政策課長
    - (イ) 指示の内容　全庁的な手順の改正、共通システムの設定変更等
  - イ　所属に固有の改善事項
    - (ア) 指示の相手方　当該所属の情報セキュリティ責任者
    - (イ) 指示の内容　所属の手順の見直し、職員等への再教育等

## 第３章　物理的・人的対策

第７条（管理区域）　サーバ室は、生体認証により入室を管理し、入退室の記録を保存する。

第８条（研修）　CISOは、職員等に対し年１回以上研修を行い、職員等はこれを受講しなければならない。

第９条（パスワード）　パスワードは12文字以上とし、90日以内に変更しなければならない。

## 第４章　技術的対策

第10条（未知の不正プログラム対策）　情報政策課長は、次の各号に掲げる端末に限り、未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能を導入しなければならない。
- (1) 窓口業務用端末
  - ア　県民課、旅券窓口及び県税事務所の窓口に設置する端末
    - (ア) 来庁者が記録媒体を持ち込むおそれのある端末
    - (イ) 外部のウェブサイトを閲覧する端末
- (2) インターネット接続系の端末
  - ア　情報政策課が指定する端末

第11条（ソフトウェア情報の収集）　情報政策課長は、IT資産管理ソフトウェアにより、次に掲げる機器のソフトウェア情報を自動的に収集しなければならない。
- (1) 全ての端末
- (2) 全てのサーバ装置
  - ア　収集する情報
    - (ア) ソフトウェアの名称
    - (イ) バージョン及び適用済みの修正プログラム

第12条（ウェブサイト）　情報政策課長は、次に掲げるウェブサイトに限り、HTTPSにより通信を暗号化しなければならない。
- (1) 電子申請システム
  - ア　申請フォーム
    - (ア) 個人情報を入力させる画面
- (2) 県政への意見募集フォーム

第13条（電子メール）　職員等は、電子メールの誤送信を防止するため、次に掲げる措置を講じなければならない。
- (1) 外部宛ての送信時
  - ア　宛先の再確認
    - (ア) 複数の外部宛先にはBCCを用いること
  - イ　送信の一時保留（５分間）

第14条（モバイル端末）　職員等は、次に掲げる端末に限り、庁外において通信回線に接続して業務に使用することができる。
- (1) 県が支給するモバイル端末（ノートパソコン、タブレット端末及びスマートフォン）
  - ア　当該端末には、次に掲げる措置を講じなければならない。
    - (ア) 記憶装置の暗号化
    - (イ) MDMへの登録及び紛失時の遠隔消去
    - (ウ) 多要素認証の設定

第15条（特定用途機器）　情報政策課長は、次に掲げる機器について、次項の措置を講じなければならない。
- (1) ネットワークカメラ
- (2) テレビ会議装置及びIP電話機
- (3) 庁舎の空調制御装置及び入退館管理装置
- 2 講ずべき措置
  - ア　初期パスワードの変更
  - イ　ファームウェアの定期的な更新
  - ウ　業務用ネットワークからの分離

## 第５章　外部委託、インシデント、監査

第16条（外部委託）　情報セキュリティ責任者は、委託先に守秘義務、再委託の制限及び事故報告を契約で義務付けなければならない。

第17条（インシデント）　職員等は、インシデントを知ったときは、直ちに情報政策課に報告しなければならない。

第18条（監査）　CISOは、毎年度、外部監査人による情報セキュリティ監査を実施させる。
''', {
    'unknown-malware': ('missing', ['nested', 'scope'], '第10条（未知の不正プログラム対策）　情報政策課長は、次の各号に掲げる端末に限り、未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能を導入しなければならない。',
                        'limited to listed counter/Internet terminals, no servers: a subset of a recommended item'),
    'it-asset-management': ('covered', ['nested'], '第11条（ソフトウェア情報の収集）　情報政策課長は、IT資産管理ソフトウェアにより、次に掲げる機器のソフトウェア情報を自動的に収集しなければならない。',
                            'automatic collection on all terminals and servers; the nested items list names and versions'),
    'web-encryption': ('outdated', ['nested', 'scope', 'old-form'], '第12条（ウェブサイト）　情報政策課長は、次に掲げるウェブサイトに限り、HTTPSにより通信を暗号化しなければならない。',
                       'HTTPS only on listed application/form sites: the pre-revision form'),
    'email-encryption': ('missing', ['nested', 'separate-duty'], '第13条（電子メール）　職員等は、電子メールの誤送信を防止するため、次に掲げる措置を講じなければならない。',
                         'mis-sending prevention only'),
    'mobile-devices': ('covered', ['nested', 'scope'], '第14条（モバイル端末）　職員等は、次に掲げる端末に限り、庁外において通信回線に接続して業務に使用することができる。',
                       'issued mobile terminals may be used outside with nested firm safeguards (the limit is to issued devices)'),
    'iot-devices': ('covered', ['nested'], '第15条（特定用途機器）　情報政策課長は、次に掲げる機器について、次項の措置を講じなければならない。',
                    'cameras, conferencing/IP phones, building control: default passwords, firmware, separation'),
    'issue-reporting': ('covered', ['nested'], '- (1) 情報セキュリティ責任者は、次に掲げる取組において生じた課題を、四半期ごとにCISOに報告しなければならない。',
                        'issues from operation, self-inspection and training (nested) reported to the CISO'),
    'improvement-instructions': ('covered', ['nested'], '- (2) CISOは、前号の報告を踏まえ、次の区分に応じ、改善を指示しなければならない。',
                                 'organisation-wide and department-specific improvements, each to its addressee (nested)'),
    'promotion-structure': ('outdated', ['article', 'modality'], '第４条（推進体制）　県は、情報セキュリティ対策の推進を担う体制の整備に努めるものとする。',
                            'the promotion structure only as an effort, no roles'),
}, ['unknown-malware', 'web-encryption', 'mobile-devices', 'iot-devices', 'it-asset-management', 'email-encryption',
    'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- 09 独立行政法人 規程 with HTML comments and fenced code blocks (not policy)
# considered: unknown-malware, email-encryption, drm, improvement-instructions, web-encryption, it-asset-management,
# mobile-devices, iot-devices, issue-reporting, promotion-structure, domain-names
case('09-iaa-kitei-comments-code.md', '''# 独立行政法人水資源技術センター情報セキュリティ規程

<!-- 改正作業メモ（令和７年度）：法務確認後に削除すること -->

令和２年３月31日規程第７号
最終改正　令和６年３月29日

## 第１章　総則

第１条（目的）　この規程は、独立行政法人水資源技術センター（以下「センター」という。）の情報資産を保護するため、
必要な事項を定める。

第２条（定義）　「職員等」とは、センターの役員、職員、契約職員及び派遣労働者をいう。「要機密情報」とは、
機密性２以上の情報をいう。

## 第２章　組織

第３条（最高情報セキュリティ責任者）　センターに最高情報セキュリティ責任者を置き、理事長が指名する理事をもって充てる。

第４条（情報セキュリティ対策推進体制）　センターに、情報セキュリティ対策の推進を担う部門として情報セキュリティ対策推進体制を置き、
情報企画課をもって充てる。推進体制は、教育及び自己点検の企画、各部への支援、対策の実施状況の取りまとめを行う。

第５条（課題の報告）　各部の情報セキュリティ責任者は、対策の運用、自己点検及び教育において把握した課題を、
最高情報セキュリティ責任者に報告することが望ましい。

<!-- 第６条案：最高情報セキュリティ責任者は、センター全体に共通する改善事項は推進体制に、部に固有の改善事項は当該部の情報セキュリティ責任者に、それぞれ指示しなければならない。（次回改正で追加予定） -->

第６条（監査）　最高情報セキュリティ責任者は、毎年度、情報セキュリティ監査を実施させ、その結果の報告を受ける。

## 第３章　人的・物理的対策

第７条（教育）　職員等は、毎年度、情報セキュリティ教育を受講しなければならない。

第８条（パスワード）　職員等は、パスワードを12文字以上とし、定期的に変更しなければならない。

第９条（区域）　サーバ室は、ICカードにより入退室を管理し、監視カメラを設置する。

## 第４章　技術的対策

第10条（不正プログラム対策）　情報企画課長は、全ての端末及びサーバ装置にウイルス対策ソフトウェアを導入し、
パターンファイルを最新の状態に保たなければならない。

<!-- TODO: 全ての端末及びサーバ装置に、未知の不正プログラムを振る舞いにより検知し実行を防止する機能を導入すること。（予算未確保のため保留） -->

第11条（ソフトウェアの管理）　情報企画課長は、毎年度、各部からの報告に基づき、端末にインストールされたソフトウェアを
ソフトウェア管理台帳に記録しなければならない。台帳の様式は次のとおりとする。

```
ソフトウェア管理台帳（様式）
端末番号 | 利用者 | ソフトウェア名 | バージョン | 導入日
# 注：将来、IT資産管理ソフトウェアにより全ての端末及びサーバのソフトウェア情報を自動収集すること
```

第12条（ウェブサイト）　情報企画課長は、センターが開設する全てのウェブサイトをHTTPSにより常時暗号化しなければならない。
HTTPによる接続は、次の設定例のとおりHTTPSへ転送する。

```nginx
server {
    listen 80;
    server_name www.wrtc.go.jp;
    return 301 https://$host$request_uri;
}
```

第13条（電子メール）　情報企画課長は、なりすましメールを防止するため、SPFレコードを公開しなければならない。
参考として、メールサーバの設定例を示す。

```
# main.cf（設定例・参考）
# 外部のメールサーバとの通信は全てTLSにより暗号化すること
smtpd_tls_security_level = encrypt
smtp_tls_security_level = encrypt
```

第14条（ドメイン名）　センターのウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用することが望ましい。

第15条（情報の保護）　要機密情報を外部記録媒体に保存する場合は、暗号化しなければならない。

<!-- 検討中：要機密情報の電子ファイルにDRMを適用し、外部に流出しても閲覧できないようにする。 -->

第16条（モバイル端末）　職員等は、センターの端末をセンターの外に持ち出してはならない。

第17条（特定用途機器）　情報企画課長は、ネットワークカメラ、テレビ会議装置その他のIoT機器の初期パスワードの変更及び
ファームウェアの更新に配慮するものとする。

## 第５章　外部委託及びインシデント

第18条（外部委託）　情報セキュリティ責任者は、委託先の選定に当たり、情報セキュリティ対策の実施能力を確認しなければならない。

第19条（インシデント）　職員等は、インシデントを発見したときは、直ちに情報企画課に報告しなければならない。
''', {
    'unknown-malware': ('missing', ['html-comment'], '<!-- TODO: 全ての端末及びサーバ装置に、未知の不正プログラムを振る舞いにより検知し実行を防止する機能を導入すること。（予算未確保のため保留） -->',
                        'the behaviour-based measure is only in an HTML comment (on hold); the rule has pattern-file antivirus only'),
    'email-encryption': ('missing', ['code-block', 'separate-duty'], '# 外部のメールサーバとの通信は全てTLSにより暗号化すること',
                         'transport encryption appears only in a code-block example; the rule requires SPF only'),
    'drm': ('missing', ['html-comment'], '<!-- 検討中：要機密情報の電子ファイルにDRMを適用し、外部に流出しても閲覧できないようにする。 -->',
            'DRM only in an HTML comment (under study); the rule has media encryption only'),
    'improvement-instructions': ('missing', ['html-comment'], '<!-- 第６条案：最高情報セキュリティ責任者は、センター全体に共通する改善事項は推進体制に、部に固有の改善事項は当該部の情報セキュリティ責任者に、それぞれ指示しなければならない。（次回改正で追加予定） -->',
                                 'the improvement-instruction article is only a draft in an HTML comment'),
    'web-encryption': ('covered', ['article', 'code-block'], '第12条（ウェブサイト）　情報企画課長は、センターが開設する全てのウェブサイトをHTTPSにより常時暗号化しなければならない。',
                       'every website always encrypted (the nginx block is only an example)'),
    'it-asset-management': ('outdated', ['article', 'old-form', 'code-block'], '第11条（ソフトウェアの管理）　情報企画課長は、毎年度、各部からの報告に基づき、端末にインストールされたソフトウェアを',
                            'a yearly ledger from departmental reports; automatic collection is only a note in a code block'),
    'mobile-devices': ('outdated', ['article', 'negation', 'old-form'], '第16条（モバイル端末）　職員等は、センターの端末をセンターの外に持ち出してはならない。',
                       'blanket ban on taking terminals out (information level)'),
    'iot-devices': ('outdated', ['article', 'modality', 'wrapped'], '第17条（特定用途機器）　情報企画課長は、ネットワークカメラ、テレビ会議装置その他のIoT機器の初期パスワードの変更及び',
                    'IoT measures worded as 配慮する (consideration), not a duty'),
    'issue-reporting': ('outdated', ['article', 'modality', 'wrapped'], '第５条（課題の報告）　各部の情報セキュリティ責任者は、対策の運用、自己点検及び教育において把握した課題を、', 'issue reporting merely desirable (望ましい, on the wrapped next line)'),
    'promotion-structure': ('covered', ['article', 'wrapped'], '第４条（情報セキュリティ対策推進体制）　センターに、情報セキュリティ対策の推進を担う部門として情報セキュリティ対策推進体制を置き、',
                            'the promotion structure set up with its roles'),
    'domain-names': ('outdated', ['article', 'modality'], '第14条（ドメイン名）　センターのウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用することが望ましい。', 'go.jp use merely desirable (望ましい)'),
}, ['unknown-malware', 'email-encryption', 'drm', 'improvement-instructions', 'web-encryption', 'it-asset-management',
    'mobile-devices', 'iot-devices', 'issue-reporting', 'promotion-structure', 'domain-names'])

# ---------------------------------------------------------------- 10 国立研究開発法人 対策基準 that points to 統一基準 sections instead of stating duties
# A bare pointer (「統一基準 7.2.1 を参照」) states no duty: missing. A cited clause is judged by its own text.
# considered: email-encryption, unknown-malware, iot-devices, improvement-instructions, web-encryption, domain-names,
# promotion-structure, issue-reporting, mobile-devices, it-asset-management, drm
case('10-nrda-kijun-pointers.md', '''# 国立研究開発法人宇宙気象観測研究機構情報セキュリティ対策基準

令和元年９月１日制定
令和５年９月１日改正

本基準は、政府機関等の情報セキュリティ対策のための統一基準（以下「統一基準」という。）の構成に沿って定める。
各項の括弧内は、対応する統一基準の項番号を示す。

## 1 総則

1.1 目的　本基準は、機構情報セキュリティ基本方針に基づき、機構の情報及び情報システムの保護のため職員等が遵守すべき事項を定める。

1.2 適用範囲　本基準は、機構の全ての部署、職員等及び機構が管理する情報システムに適用する。

1.3 用語　「職員等」とは、機構の役員、職員、任期付研究員及び派遣労働者をいう。

## 2 基本的枠組み

2.1.1 組織・体制（統一基準2.1.1対応）
(1) 理事長が指名する理事を最高情報セキュリティ責任者とする。
(2) 情報システム部を情報セキュリティ対策推進体制とし、対策推進計画の策定、教育及び自己点検の企画並びに各部署の支援の役割を担わせる。
(3) 各部署の長を情報セキュリティ責任者とする。

2.2.1 関係規程の運用（統一基準2.2.1対応）
(1) 情報セキュリティ責任者は、対策の運用、自己点検及び教育において発生した課題を最高情報セキュリティ責任者に報告するよう努めるものとする。

2.2.3 教育（統一基準2.2.3対応）
(1) 職員等は、毎年度、情報セキュリティ教育を受講しなければならない。

2.2.4 インシデントへの対処（統一基準2.2.4対応）
(1) 職員等は、インシデントを認知したときは、直ちにCSIRTに報告しなければならない。

2.3.2 情報セキュリティ監査（統一基準2.3.2対応）
(1) 監査責任者は、毎年度監査を実施し、その結果を最高情報セキュリティ責任者に報告しなければならない。

2.4.1 対策の見直し
　改善の指示については、統一基準 2.4.1 を参照すること。

## 3 情報の取扱い

3.1.1 情報の取扱い（統一基準3.1.1対応）
(1) 職員等は、情報を作成したときは、格付及び取扱制限を明示しなければならない。
(2) 情報システム部長は、要機密情報を記録した全ての電子ファイルにデジタル著作権管理による保護を施し、機構外に流出しても権限のない者が閲覧できないようにしなければならない。

3.2.1 情報を取り扱う区域（統一基準3.2.1対応）
(1) サーバ室はICカードで入退室を管理し、記録を保存する。

## 4 外部委託

4.1.1 外部委託（統一基準4.1.1対応）
(1) 情報セキュリティ責任者は、委託先との契約に守秘義務、再委託の制限及び事故時の報告を定めなければならない。

## 6 情報システムのセキュリティ要件

6.1.1 主体認証（統一基準6.1.1対応）
(1) パスワードは12文字以上とし、管理者権限には多要素認証を用いなければならない。

6.2.1 ソフトウェアの脆弱性対策（統一基準6.2.1対応）
(1) 情報システム部長は、毎年度、各部署が作成するソフトウェア一覧表を取りまとめ、脆弱性情報と照合しなければならない。

6.2.2 不正プログラム対策
　統一基準 6.2.2 を参照。

6.3.2 アプリケーション・コンテンツの提供時（統一基準6.3.2対応）
(1) 機構のウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用しなければならない。

## 7 情報システムの構成要素

7.1.1 端末（統一基準7.1.1対応）
(1) 職員等は、機構が支給するモバイル端末を、機構の内外において通信回線に接続して業務に使用することができる。
(2) 前号の場合において、職員等は、端末の暗号化及び画面ロックの設定を行うよう努めるものとする。

7.1.3 特定用途機器
　詳細は統一基準 7.1.3 を参照のこと。

7.2.1 電子メール
　（参照：統一基準 7.2.1）

7.2.2 ウェブ（統一基準7.2.2対応）
(1) 情報システム部長は、機構のウェブサイトのうち、ログイン画面及び個人情報の入力画面についてHTTPSにより通信を暗号化しなければならない。
''', {
    'improvement-instructions': ('missing', ['pointer'], '　改善の指示については、統一基準 2.4.1 を参照すること。',
                                 'only a pointer to the standard; no duty stated'),
    'unknown-malware': ('missing', ['pointer'], '　統一基準 6.2.2 を参照。',
                        'only a pointer to the standard; no duty stated'),
    'iot-devices': ('missing', ['pointer'], '　詳細は統一基準 7.1.3 を参照のこと。',
                    'only a pointer to the standard; no duty stated'),
    'email-encryption': ('missing', ['pointer', 'label'], '　（参照：統一基準 7.2.1）',
                         'a heading with a pointer as its only body'),
    'web-encryption': ('outdated', ['citation', 'scope', 'old-form'], '(1) 情報システム部長は、機構のウェブサイトのうち、ログイン画面及び個人情報の入力画面についてHTTPSにより通信を暗号化しなければならない。',
                       'cites 7.2.2 but encrypts only login and personal-data pages'),
    'domain-names': ('covered', ['citation'], '(1) 機構のウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用しなければならない。',
                     'go.jp required (cited 6.3.2 and stated)'),
    'promotion-structure': ('covered', ['citation', 'list'], '(2) 情報システム部を情報セキュリティ対策推進体制とし、対策推進計画の策定、教育及び自己点検の企画並びに各部署の支援の役割を担わせる。',
                            'promotion structure designated with roles'),
    'issue-reporting': ('outdated', ['citation', 'modality'], '(1) 情報セキュリティ責任者は、対策の運用、自己点検及び教育において発生した課題を最高情報セキュリティ責任者に報告するよう努めるものとする。',
                        'cites 2.2.1 but words issue reporting as effort'),
    'mobile-devices': ('outdated', ['citation', 'list', 'modality'], '(2) 前号の場合において、職員等は、端末の暗号化及び画面ロックの設定を行うよう努めるものとする。', 'use outside is permitted but the safeguards are only an effort'),
    'it-asset-management': ('outdated', ['citation', 'old-form'], '(1) 情報システム部長は、毎年度、各部署が作成するソフトウェア一覧表を取りまとめ、脆弱性情報と照合しなければならない。', 'a yearly compilation of manual lists: the old form'),
    'drm': ('covered', ['citation'], '(2) 情報システム部長は、要機密情報を記録した全ての電子ファイルにデジタル著作権管理による保護を施し、機構外に流出しても権限のない者が閲覧できないようにしなければならない。',
            'DRM keeps leaked files unreadable'),
}, ['email-encryption', 'unknown-malware', 'iot-devices', 'improvement-instructions', 'web-encryption', 'domain-names',
    'promotion-structure', 'issue-reporting', 'mobile-devices', 'it-asset-management', 'drm'])

# ---------------------------------------------------------------- 11 公立大学法人 規則 whose 別表第２ has rows with placeholder bodies
# considered: web-encryption, it-asset-management, email-encryption, unknown-malware, drm, iot-devices,
# mobile-devices, domain-names, issue-reporting, improvement-instructions, promotion-structure
case('11-puc-kisoku-beppyo-placeholder.md', '''# 公立大学法人湊川県立大学情報セキュリティ対策規則

令和４年３月31日規則第９号

## 第１章　総則

第１条（目的）　この規則は、公立大学法人湊川県立大学（以下「本学」という。）の情報資産を保護するための対策を定める。

第２条（定義）　この規則において「構成員」とは、本学の役員、教員、職員、学生及び本学の情報システムを利用する者をいう。

第３条（適用）　この規則は、本学の全てのキャンパス及び附属施設に適用する。

## 第２章　体制

第４条（CISO）　本学に最高情報セキュリティ責任者（以下「CISO」という。）を置き、副学長をもって充てる。

第５条（推進体制）　CISOは、情報セキュリティ対策の推進を担う体制を置くことができる。

第６条（部局責任者）　各学部、研究科及び事務局の長を部局情報セキュリティ責任者とする。

第７条（課題の報告）　部局情報セキュリティ責任者は、部局における対策の運用、自己点検及び教育において生じた課題を、毎年度CISOに報告しなければならない。

第８条（改善の指示）　CISOは、前条の報告を踏まえ、全学に共通する改善事項は情報メディアセンター長に、部局に固有の改善事項は当該部局情報セキュリティ責任者に、それぞれ指示するよう努めるものとする。

## 第３章　構成員の遵守事項

第９条（遵守事項）　構成員は、別表第１に掲げる事項を遵守しなければならない。

## 第４章　情報システムの対策

第10条（技術的対策）　情報メディアセンター長は、別表第２に掲げる対策を講じなければならない。

第11条（ドメイン名）　本学のウェブサイト及び電子メールアドレスには、ac.jpドメイン名を使用しなければならない。

## 第５章　監査及びインシデント

第12条（監査）　CISOは、毎年度、情報セキュリティ監査を実施させる。

第13条（インシデント）　構成員は、インシデントを発見したときは、直ちに情報メディアセンターに報告しなければならない。

附　則
この規則は、令和４年４月１日から施行する。

別表第１（第９条関係）　構成員の遵守事項

| 項目 | 遵守事項 |
|---|---|
| パスワード | 12文字以上とし、他人に知らせないこと。 |
| 離席 | 離席時は画面をロックすること。 |
| 教育 | 毎年度、情報セキュリティ教育を受講すること。 |
| モバイル端末 | 本学が貸与するモバイル端末を学外に持ち出さないこと。 |
| 外部委託 | 委託先に守秘義務及び事故報告を課すこと。 |

別表第２（第10条関係）　情報システムの技術的対策

| 対策 | 内容 |
|---|---|
| 不正プログラム対策 | 全ての端末及びサーバに、振る舞い検知により未知の不正プログラムの実行を防止する機能を導入すること。 |
| ソフトウェア情報の管理 | （別途定める） |
| ウェブサイトの常時暗号化 | － |
| 電子メール | 学内と学外のメールサーバ間の通信をTLSにより暗号化し、SPF及びDKIMによる送信ドメイン認証を行うこと。 |
| デジタル著作権管理 | 要機密情報の電子ファイルにDRMを適用し、学外に流出しても権限のない者が閲覧できないようにすること。 |
| IoT機器 | ネットワークカメラ、入退館管理装置、実験用計測機器等のIoT機器の初期パスワードを変更し、ファームウェアを更新し、研究用ネットワークから分離すること。 |
| 記録媒体 | 要機密情報を保存する外部記録媒体は暗号化すること。 |
''', {
    'unknown-malware': ('covered', ['annex-table'], '| 不正プログラム対策 | 全ての端末及びサーバに、振る舞い検知により未知の不正プログラムの実行を防止する機能を導入すること。 |',
                        'article 10 applies 別表第２, whose row requires behaviour-based prevention on all terminals and servers'),
    'it-asset-management': ('missing', ['annex-table', 'placeholder'], '| ソフトウェア情報の管理 | （別途定める） |',
                            'a table label with a placeholder body'),
    'web-encryption': ('missing', ['annex-table', 'placeholder', 'label'], '| ウェブサイトの常時暗号化 | － |',
                       'a table label whose body is a dash'),
    'email-encryption': ('covered', ['annex-table'], '| 電子メール | 学内と学外のメールサーバ間の通信をTLSにより暗号化し、SPF及びDKIMによる送信ドメイン認証を行うこと。 |',
                         'transport encryption and sender authentication (別表第２)'),
    'drm': ('covered', ['annex-table'], '| デジタル著作権管理 | 要機密情報の電子ファイルにDRMを適用し、学外に流出しても権限のない者が閲覧できないようにすること。 |',
            'DRM keeps leaked files unreadable (別表第２)'),
    'iot-devices': ('covered', ['annex-table'], '| IoT機器 | ネットワークカメラ、入退館管理装置、実験用計測機器等のIoT機器の初期パスワードを変更し、ファームウェアを更新し、研究用ネットワークから分離すること。 |',
                    'firm IoT safety measures (別表第２)'),
    'mobile-devices': ('outdated', ['annex-table', 'negation', 'old-form'], '| モバイル端末 | 本学が貸与するモバイル端末を学外に持ち出さないこと。 |',
                       'blanket ban on taking mobile terminals out, carried by 別表第１ (information level)'),
    'domain-names': ('covered', ['article'], '第11条（ドメイン名）　本学のウェブサイト及び電子メールアドレスには、ac.jpドメイン名を使用しなければならない。',
                     'a university 法人 uses ac.jp'),
    'issue-reporting': ('covered', ['article'], '第７条（課題の報告）　部局情報セキュリティ責任者は、部局における対策の運用、自己点検及び教育において生じた課題を、毎年度CISOに報告しなければならない。',
                        'issues reported to the CISO'),
    'improvement-instructions': ('outdated', ['article', 'modality'], '第８条（改善の指示）　CISOは、前条の報告を踏まえ、全学に共通する改善事項は情報メディアセンター長に、部局に固有の改善事項は当該部局情報セキュリティ責任者に、それぞれ指示するよう努めるものとする。', 'organisation-wide and department-specific instructions worded as effort'),
    'promotion-structure': ('outdated', ['article', 'modality'], '第５条（推進体制）　CISOは、情報セキュリティ対策の推進を担う体制を置くことができる。',
                            'the promotion structure only as a permission, no roles'),
}, ['web-encryption', 'it-asset-management', 'email-encryption', 'unknown-malware', 'drm', 'iot-devices',
    'mobile-devices', 'domain-names', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- 12 公立病院 規程 and 運用要領 in one file (the 要領 restates, details and narrows)
# considered: mobile-devices, web-encryption, unknown-malware, iot-devices, email-encryption, it-asset-management,
# issue-reporting, improvement-instructions, promotion-structure, drm
case('12-hospital-kitei-youryou.md', '''# 地方独立行政法人みさき医療センター情報セキュリティ規程

令和３年４月１日規程第31号

## 第１章　総則

第１条（目的）　この規程は、地方独立行政法人みさき医療センター（以下「センター」という。）が保有する診療情報その他の
情報資産を保護するため、必要な事項を定める。

第２条（定義）　この規程において「職員等」とは、センターの役員、医師、看護師、医療技術職員、事務職員、研修医及び派遣労働者をいう。
２　この規程において「医療機器等」とは、ネットワークに接続する医療機器、ナースコール設備、監視カメラ及び空調制御装置をいう。

## 第２章　体制

第３条（最高情報セキュリティ責任者）　センターに最高情報セキュリティ責任者を置き、副院長をもって充てる。

第４条（推進体制）　センターは、情報セキュリティ対策の推進を担う体制を医療情報部に置くよう努めるものとする。

第５条（部門責任者）　各部門の長を情報セキュリティ責任者とする。

第６条（自己点検結果の報告）　情報セキュリティ責任者は、毎年度、部門の自己点検を行い、その結果を最高情報セキュリティ責任者に報告しなければならない。

第７条（監査）　最高情報セキュリティ責任者は、毎年度監査を実施させ、監査で指摘を受けた部門の長に是正を指示する。

## 第３章　技術的対策

第８条（不正プログラム）　医療情報部長は、全ての端末及びサーバ装置に、未知の不正プログラムを振る舞いにより検知し、実行を防止する機能を導入しなければならない。

第９条（ソフトウェアの把握）　医療情報部長は、端末及びサーバ装置のソフトウェアの状況を把握しなければならない。

第10条（ウェブサイト）　医療情報部長は、センターのウェブサイトの通信を暗号化しなければならない。

第11条（電子メール）　医療情報部長は、電子メールの通信の暗号化に努めるものとする。

第12条（モバイル端末）　職員等は、センターが貸与するモバイル端末を、必要な安全対策を講じた上で、院内外において通信回線に接続して使用することができる。

第13条（医療機器等）　医療情報部長は、医療機器等について必要な安全対策を講じなければならない。

第14条（記録媒体）　診療情報を外部記録媒体に保存するときは、暗号化しなければならない。

第15条（外部委託）　医療機器の保守を委託するときは、リモート保守の接続方法及び守秘義務を契約に定めなければならない。

第16条（インシデント）　職員等は、インシデントを発見したときは、直ちに医療情報部に報告しなければならない。

第17条（教育）　職員等は、採用時及び毎年度、情報セキュリティ教育を受講しなければならない。

第18条（委任）　この規程の運用に必要な事項は、運用要領で定める。

# 地方独立行政法人みさき医療センター情報セキュリティ運用要領

令和３年４月１日最高情報セキュリティ責任者決定

1　不正プログラム対策（規程第８条関係）
　規程第８条の規定にかかわらず、未知の不正プログラムの振る舞い検知及び実行防止の機能は、端末に限り導入する。サーバ装置は対象としない。

2　ソフトウェアの把握（規程第９条関係）
　規程第９条の把握は、IT資産管理ソフトウェアにより、全ての端末及びサーバ装置のソフトウェアの名称及びバージョンを毎日自動で収集することにより行う。

3　ウェブサイト（規程第10条関係）
　規程第10条の規定にかかわらず、ウェブサイトの暗号化は、オンライン診療予約ページ及び問い合わせフォームに限り行う。

4　電子メール（規程第11条関係）
　規程第11条の暗号化は、可能な限り、外部のメールサーバとの間でTLSを用いて行う。

5　モバイル端末（規程第12条関係）
　規程第12条の規定にかかわらず、当分の間、モバイル端末を院外に持ち出してはならない。

6　医療機器等（規程第13条関係）
　規程第13条の安全対策として、医療情報部長は、医療機器等の初期パスワードを変更し、ファームウェアを更新し、診療系ネットワークから論理的に分離しなければならない。

7　パスワード
　パスワードは12文字以上とし、電子カルテの共用アカウントは使用してはならない。

8　入退室
　サーバ室は生体認証により入室を管理する。
''', {
    'unknown-malware': ('missing', ['narrowing', 'scope'], '　規程第８条の規定にかかわらず、未知の不正プログラムの振る舞い検知及び実行防止の機能は、端末に限り導入する。サーバ装置は対象としない。',
                        'the 要領 narrows article 8 to terminals only: a subset of a recommended item'),
    'it-asset-management': ('covered', ['restated', 'paraphrase'], '　規程第９条の把握は、IT資産管理ソフトウェアにより、全ての端末及びサーバ装置のソフトウェアの名称及びバージョンを毎日自動で収集することにより行う。',
                            'the 要領 gives article 9 its means: automatic collection on all terminals and servers'),
    'web-encryption': ('outdated', ['narrowing', 'scope', 'old-form'], '　規程第10条の規定にかかわらず、ウェブサイトの暗号化は、オンライン診療予約ページ及び問い合わせフォームに限り行う。', 'the 要領 narrows article 10 to booking and inquiry forms: the pre-revision form'),
    'email-encryption': ('outdated', ['article', 'modality', 'restated'], '第11条（電子メール）　医療情報部長は、電子メールの通信の暗号化に努めるものとする。',
                         'mail encryption worded as effort; the 要領 repeats 可能な限り'),
    'mobile-devices': ('outdated', ['narrowing', 'negation', 'old-form'], '　規程第12条の規定にかかわらず、当分の間、モバイル端末を院外に持ち出してはならない。',
                       'the 要領 overrides the permission with a blanket ban (information level)'),
    'iot-devices': ('covered', ['restated', 'definition'], '　規程第13条の安全対策として、医療情報部長は、医療機器等の初期パスワードを変更し、ファームウェアを更新し、診療系ネットワークから論理的に分離しなければならない。',
                    'networked medical devices, cameras and building control: default passwords, firmware, separation'),
    'issue-reporting': ('missing', ['article', 'separate-duty'], '第６条（自己点検結果の報告）　情報セキュリティ責任者は、毎年度、部門の自己点検を行い、その結果を最高情報セキュリティ責任者に報告しなければならない。', 'only self-inspection results are reported, not issues from operation, self-inspection and training'),
    'improvement-instructions': ('missing', ['article', 'separate-duty'], '第７条（監査）　最高情報セキュリティ責任者は、毎年度監査を実施させ、監査で指摘を受けた部門の長に是正を指示する。',
                                 'audit follow-up only'),
    'promotion-structure': ('outdated', ['article', 'modality'], '第４条（推進体制）　センターは、情報セキュリティ対策の推進を担う体制を医療情報部に置くよう努めるものとする。', 'the promotion structure only as an effort, no roles'),
    'drm': ('missing', ['article', 'separate-duty'], '第14条（記録媒体）　診療情報を外部記録媒体に保存するときは、暗号化しなければならない。',
            'media encryption, not DRM'),
}, ['mobile-devices', 'web-encryption', 'unknown-malware', 'iot-devices', 'email-encryption', 'it-asset-management',
    'issue-reporting', 'improvement-instructions', 'promotion-structure', 'drm'])

# ---------------------------------------------------------------- 13 English: 独立行政法人 regulation (translation), duties in Schedule 1, dates in Supplementary Provisions
# considered: web-encryption, email-encryption, unknown-malware, it-asset-management, domain-names, mobile-devices,
# iot-devices, promotion-structure, issue-reporting, improvement-instructions
case('13-iaa-regulation-schedule-en.md', '''# Japan Agency for Regional Transport Safety — Information Security Regulations (English Translation)

Regulation No. 12 of 2020. Last amended 20 December 2024.
This translation is provided for the convenience of foreign staff; the Japanese text prevails.

## Chapter I General Provisions

Article 1 (Purpose) These Regulations set out the measures the Japan Agency for Regional Transport Safety (the Agency)
shall take to protect its information and information systems.

Article 2 (Definitions) In these Regulations:
(i) "staff" means the Agency's officers, employees, fixed-term researchers and dispatched workers;
(ii) "terminal" means a computer used by staff for work, including notebook computers and tablets;
(iii) "IoT device" means a device connected to a network for a specific purpose, such as a network camera or a sensor.

Article 3 (Scope) These Regulations apply to all departments and offices of the Agency. IoT devices, including
network cameras and roadside sensors, are outside the scope of these Regulations.

## Chapter II Organisation

Article 4 (CISO) The Agency shall have a Chief Information Security Officer (CISO), appointed by the President from among the Executive Directors.

Article 5 (Promotion structure) The Information Security Promotion Office, established in the General Affairs Department, is the
Agency's information security promotion structure. It drafts the annual security plan, organises training and self-inspections,
supports departments and collects the status of measures for the CISO.

Article 6 (Department officers) The head of each department is its Information Security Officer.

Article 7 (Reporting of issues) An Information Security Officer may report to the CISO issues that arise in the operation of
measures, in self-inspections and in training within the department.

Article 8 (Audit) The CISO shall have an audit conducted every fiscal year. Where the audit finds a deficiency, the CISO shall
instruct the head of the department concerned to correct it.

## Chapter III Staff and Premises

Article 9 (Training) Staff shall complete information security training when they join and every fiscal year.

Article 10 (Passwords) Passwords shall be at least 12 characters long and shall not be reused across services.

Article 11 (Server rooms) Server rooms shall be locked; entry shall be controlled by IC card and logged.

Article 12 (Mobile terminals) Staff shall not take terminals, including notebook computers and tablets, outside Agency premises.

## Chapter IV Technical Measures

Article 13 (Technical measures) The Director of Information Systems shall take the technical measures set out in Schedule 1.

Article 14 (Outsourcing) Contracts for outsourced work shall include confidentiality, limits on subcontracting and incident reporting.

Article 15 (Incidents) Staff shall report any incident to the CSIRT immediately.

## Supplementary Provisions

1. These Regulations come into force on 1 April 2020.

## Supplementary Provisions (Amendment of 20 December 2024)

1. This amendment comes into force on 1 January 2025, except as provided in the following paragraphs.
2. Item 1 of Schedule 1 applies from 1 October 2025.
3. Item 4 of Schedule 1 applies from 1 April 2028. Until then, the previous provisions continue to apply.

## Schedule 1 (re Article 13) Technical Measures

| Item | Measure |
|---|---|
| 1 | Every terminal and server shall run a function that detects unknown malware from its behaviour and prevents it from executing. |
| 2 | Each fiscal year, departments shall list the software installed on their terminals in the software ledger by manual inspection. |
| 3 | Web pages of the Agency that collect personal data or require a login shall be served over HTTPS. |
| 4 | Mail exchanged between the Agency's mail servers and external mail servers shall be encrypted with TLS, and SPF and DKIM sender authentication shall be applied. |
| 5 | The Agency's websites and e-mail addresses shall use the government domain name (go.jp). |
| 6 | Removable media holding confidential information shall be encrypted. |
''', {
    'unknown-malware': ('covered', ['english', 'annex-table', 'past-date'], '| 1 | Every terminal and server shall run a function that detects unknown malware from its behaviour and prevents it from executing. |',
                        'behaviour-based prevention on every terminal and server, in force since 1 October 2025'),
    'it-asset-management': ('outdated', ['english', 'annex-table', 'old-form'], '| 2 | Each fiscal year, departments shall list the software installed on their terminals in the software ledger by manual inspection. |',
                            'a yearly manual ledger: the old form'),
    'web-encryption': ('outdated', ['english', 'annex-table', 'scope', 'old-form'], '| 3 | Web pages of the Agency that collect personal data or require a login shall be served over HTTPS. |', 'HTTPS only on data-collecting and login pages: the pre-revision form'),
    'email-encryption': ('missing', ['english', 'transition', 'future-date'], '3. Item 4 of Schedule 1 applies from 1 April 2028. Until then, the previous provisions continue to apply.',
                         'transport encryption and sender authentication take effect on 2028-04-01, after 2026-12-08'),
    'domain-names': ('covered', ['english', 'annex-table'], "| 5 | The Agency's websites and e-mail addresses shall use the government domain name (go.jp). |",
                     'go.jp for sites and mail'),
    'mobile-devices': ('outdated', ['english', 'article', 'negation', 'old-form'], 'Article 12 (Mobile terminals) Staff shall not take terminals, including notebook computers and tablets, outside Agency premises.',
                       'blanket ban on taking terminals out (information level)'),
    'iot-devices': ('missing', ['english', 'exclusion'], 'network cameras and roadside sensors, are outside the scope of these Regulations.',
                    'IoT devices are excluded from the scope'),
    'promotion-structure': ('covered', ['english', 'article', 'wrapped'], "Article 5 (Promotion structure) The Information Security Promotion Office, established in the General Affairs Department, is the",
                            'promotion structure designated with its roles'),
    'issue-reporting': ('outdated', ['english', 'article', 'modality', 'wrapped'], 'Article 7 (Reporting of issues) An Information Security Officer may report to the CISO issues that arise in the operation of',
                        'issue reporting only a permission (may)'),
    'improvement-instructions': ('missing', ['english', 'article', 'separate-duty'], 'Article 8 (Audit) The CISO shall have an audit conducted every fiscal year. Where the audit finds a deficiency, the CISO shall',
                                 'audit follow-up only'),
}, ['web-encryption', 'email-encryption', 'unknown-malware', 'it-asset-management', 'domain-names', 'mobile-devices',
    'iot-devices', 'promotion-structure', 'issue-reporting', 'improvement-instructions'])

# ---------------------------------------------------------------- 14 English: city policy with HTML comments, code blocks and a "for reference only" FAQ
# considered: web-encryption, email-encryption, unknown-malware, drm, it-asset-management, mobile-devices,
# iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('14-city-policy-faq-comments-en.md', '''# Borough of Eastfield Information Security Policy

<!-- Owner: Digital Services. Review due March 2026. Do not publish comments. -->

Version 4.1, approved by the Borough Executive on 12 March 2024.

## 1. Purpose

This Policy sets out how the Borough of Eastfield (the Borough) protects the information it holds and the systems it
uses to deliver public services. It applies to all employees, councillors, contractors and volunteers (users).

## 2. Definitions

- **Information asset**: any information held by the Borough, and the systems and media that hold it.
- **Mobile device**: a Borough-issued laptop, tablet or smartphone.
- **Connected device**: a device connected to the network for a specific purpose, such as a CCTV camera, door-entry
  controller, smart meter or building-management controller.

## 3. Roles

3.1 The Chief Information Security Officer (CISO) is accountable for this Policy.

3.2 The establishment of a security promotion unit is deferred to the next review of this Policy.

3.3 Each Director is responsible for information security in their directorate and shall report to the CISO, every
six months, the issues found in operating security controls, in self-assessments and in training within the directorate.

3.4 The CISO may, where the CISO considers it appropriate, direct improvements that affect the whole Borough to the Head
of Digital Services and improvements specific to one directorate to that directorate's Director.

## 4. People

4.1 Users shall complete security awareness training on joining and every year.

4.2 Passwords shall be at least 12 characters; multi-factor authentication is required for remote access.

4.3 Users shall lock their screens when leaving their desks.

## 5. Premises

5.1 Server and network rooms shall be locked and access logged.

## 6. Technical Controls

6.1 All PCs and servers shall run anti-virus software with signatures updated daily.

<!-- Planned for v5: all PCs and servers shall run EDR that detects unknown malware by behaviour and blocks it from executing. -->

6.2 Pages of Borough websites that collect personal data or login credentials shall use HTTPS.

6.3 Users sending personal data by e-mail to external recipients shall put it in an encrypted attachment and send
the password separately.

Example mail gateway setting (illustration only, not a requirement of this Policy):

```
# gateway.conf
# Require TLS for all mail exchanged with external mail servers
tls_policy = require
```

6.4 Users may connect Borough-issued mobile devices to networks inside and outside Borough premises for work. Digital
Services shall encrypt every mobile device, enrol it in mobile device management and be able to wipe it remotely.

6.5 Connected devices shall have default passwords changed before use, firmware kept up to date, and be placed on a
network segment separated from the corporate network.

6.6 The software inventory is maintained as follows:

```yaml
# asset-agent.yml (example only)
# IT asset-management agent collects installed software names and versions from every PC and server daily
collect: installed_software
schedule: daily
```

## 7. Suppliers

7.1 Contracts shall include confidentiality, breach notification within 24 hours and the right to audit.

## 8. Incidents

8.1 Users shall report suspected incidents to the IT Service Desk immediately.

## 9. Audit

9.1 Internal Audit shall review compliance with this Policy every year and report the results to the CISO.

---

## Annex A — Frequently Asked Questions (for reference only)

This annex is for reference only. It explains the Policy in plain language and does not form part of the Policy.

**Q: Is every Borough website encrypted?**
A: Yes. We serve all our websites over HTTPS.

**Q: What happens if a document leaks?**
A: Sensitive documents are protected with rights management, so people outside the Borough cannot open them.

**Q: Can I take my laptop home?**
A: Yes, as long as it is a Borough-issued device managed by Digital Services.
''', {
    'web-encryption': ('outdated', ['english', 'scope', 'old-form', 'reference-annex'], '6.2 Pages of Borough websites that collect personal data or login credentials shall use HTTPS.',
                       'HTTPS only for data-collecting and login pages; the FAQ answer is for reference only'),
    'email-encryption': ('outdated', ['english', 'old-form', 'code-block'], '6.3 Users sending personal data by e-mail to external recipients shall put it in an encrypted attachment and send',
                         'staff encrypting attachments; the TLS line is only an illustration in a code block'),
    'unknown-malware': ('missing', ['english', 'html-comment'], '<!-- Planned for v5: all PCs and servers shall run EDR that detects unknown malware by behaviour and blocks it from executing. -->',
                        'behaviour-based prevention only in an HTML comment; the Policy has signature anti-virus'),
    'drm': ('missing', ['english', 'reference-annex'], 'A: Sensitive documents are protected with rights management, so people outside the Borough cannot open them.',
            'rights management appears only in the reference FAQ'),
    'it-asset-management': ('missing', ['english', 'code-block'], '# IT asset-management agent collects installed software names and versions from every PC and server daily',
                            'automatic collection appears only in an example code block'),
    'mobile-devices': ('covered', ['english'], '6.4 Users may connect Borough-issued mobile devices to networks inside and outside Borough premises for work. Digital',
                       'use inside and outside permitted with firm safeguards (encryption, MDM, remote wipe)'),
    'iot-devices': ('covered', ['english', 'wrapped'], '6.5 Connected devices shall have default passwords changed before use, firmware kept up to date, and be placed on a',
                    'firm safety measures for connected (IoT) devices'),
    'issue-reporting': ('covered', ['english', 'wrapped'], '3.3 Each Director is responsible for information security in their directorate and shall report to the CISO, every',
                        'issues from operation, self-assessment and training reported to the CISO'),
    'improvement-instructions': ('outdated', ['english', 'modality', 'wrapped'], '3.4 The CISO may, where the CISO considers it appropriate, direct improvements that affect the whole Borough to the Head',
                                 'organisation-wide and directorate-specific improvements worded as a permission (may)'),
    'promotion-structure': ('missing', ['english', 'deferral'], '3.2 The establishment of a security promotion unit is deferred to the next review of this Policy.', 'the promotion unit is deferred'),
}, ['web-encryption', 'email-encryption', 'unknown-malware', 'drm', 'it-asset-management', 'mobile-devices',
    'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- 15 English: national university standard, nested scope lists and a ☑/☐ checklist
# considered: unknown-malware, it-asset-management, mobile-devices, web-encryption, email-encryption, domain-names,
# iot-devices, drm, issue-reporting, improvement-instructions, promotion-structure
case('15-univ-standard-nested-checklist-en.md', '''# Tohoku Coast National University — Information Security Measures Standard (English Version)

Decided by the Chief Information Security Officer, 1 April 2023. The Japanese version is authoritative.

## 1. Purpose

1.1 This Standard sets out the measures that Tohoku Coast National University (the University) takes under its
Information Security Policy to protect its information and information systems.

## 2. Definitions

2.1 "Members" means the University's officers, faculty, staff, students and visiting researchers.

2.2 "Faculty unit" means a faculty, graduate school, research institute, the University Hospital or the Administration Bureau.

## 3. Organisation

3.1 The Executive Vice-President for Information is the Chief Information Security Officer (CISO).

3.2 The CISO may establish an information security promotion structure to support the University's measures.

3.3 The dean or director of each faculty unit is its Information Security Officer.

3.4 Each Information Security Officer should endeavour to report to the CISO the issues that arise in operating
security measures, in self-inspections and in education within the faculty unit.

3.5 The CISO shall direct:
- (a) improvements common to the whole University, to the Director of the Information Infrastructure Center; and
- (b) improvements specific to a faculty unit, to that unit's Information Security Officer.

## 4. Members' Duties

4.1 Members shall complete information security education every year; new students complete it on enrolment.

4.2 Passwords shall be at least 12 characters long; multi-factor authentication is required for off-campus access.

4.3 Server rooms shall be locked and entry controlled by IC card.

## 5. Technical Measures

5.1 Malware. The Information Infrastructure Center shall deploy a function that detects unknown malware from its
behaviour and prevents its execution only on the following devices:
- (a) PCs in public computer rooms
  - (i) PCs in the central library
    - (A) PCs lent to students for examinations
  - (ii) PCs in the language laboratories
- (b) PCs used by the Admissions Office

5.2 Software inventory. The Information Infrastructure Center shall use IT asset-management software to collect,
automatically, from:
- (a) every University-managed PC and server
  - (i) the names of installed software
  - (ii) their versions and the security updates applied
    - (A) and shall match them against published vulnerability information every week.

5.3 Mobile devices. Members may connect the following devices to networks on and off campus for work:
- (a) mobile devices issued by the University (notebook PCs, tablets and smartphones)
  - (i) provided that the Information Infrastructure Center has configured:
    - (A) full-disk encryption;
    - (B) enrolment in mobile device management with remote wipe; and
    - (C) screen lock after five minutes.

5.4 Measures adopted this year. The measures in the following checklist marked ☑ are adopted and shall be carried
out; the measures marked ☐ are not carried out this year.

- ☑ All websites operated by the University are served over HTTPS only.
- ☑ The University's websites and e-mail addresses use the ac.jp domain.
- ☐ Mail exchanged between University mail servers and external mail servers is encrypted with TLS, with SPF and DKIM applied.
- ☐ Network cameras, laboratory instruments and other IoT devices have default passwords changed and firmware updated.
- ☑ Confidential files are protected with digital rights management so that they cannot be opened by unauthorised people even after they leak.
- ☑ Outbound e-mail to more than ten external recipients is held for review before sending.

## 6. Outsourcing and Incidents

6.1 Contracts with suppliers shall include confidentiality and incident notification duties.

6.2 Members shall report any incident to the University CSIRT immediately.

## 7. Audit

7.1 The Audit Office shall audit information security every year and report the results to the CISO.
''', {
    'unknown-malware': ('missing', ['english', 'nested', 'scope'], 'behaviour and prevents its execution only on the following devices:',
                        'limited to listed public and admissions PCs, no servers: a subset of a recommended item'),
    'it-asset-management': ('covered', ['english', 'nested', 'wrapped'], '5.2 Software inventory. The Information Infrastructure Center shall use IT asset-management software to collect,',
                            'automatic collection of names and versions from every PC and server (nested)'),
    'mobile-devices': ('covered', ['english', 'nested'], '5.3 Mobile devices. Members may connect the following devices to networks on and off campus for work:',
                       'issued mobile devices on and off campus with nested firm safeguards'),
    'web-encryption': ('covered', ['english', 'checklist', 'checked'], '- ☑ All websites operated by the University are served over HTTPS only.',
                       'a ☑ (adopted) item: every website HTTPS only'),
    'domain-names': ('covered', ['english', 'checklist', 'checked'], "- ☑ The University's websites and e-mail addresses use the ac.jp domain.",
                     'a university 法人 uses ac.jp'),
    'email-encryption': ('missing', ['english', 'checklist', 'unchecked'], '- ☐ Mail exchanged between University mail servers and external mail servers is encrypted with TLS, with SPF and DKIM applied.',
                         'a ☐ item: not carried out this year'),
    'iot-devices': ('missing', ['english', 'checklist', 'unchecked'], '- ☐ Network cameras, laboratory instruments and other IoT devices have default passwords changed and firmware updated.',
                    'a ☐ item: not carried out this year'),
    'drm': ('covered', ['english', 'checklist', 'checked'], '- ☑ Confidential files are protected with digital rights management so that they cannot be opened by unauthorised people even after they leak.',
            'a ☑ item: DRM keeps leaked files unreadable'),
    'issue-reporting': ('outdated', ['english', 'modality', 'wrapped'], '3.4 Each Information Security Officer should endeavour to report to the CISO the issues that arise in operating',
                        'issue reporting worded as effort (should endeavour)'),
    'improvement-instructions': ('covered', ['english', 'list'], '3.5 The CISO shall direct:',
                                 'University-wide and unit-specific improvements, each to its responsible person'),
    'promotion-structure': ('outdated', ['english', 'modality'], '3.2 The CISO may establish an information security promotion structure to support the University\'s measures.',
                            'the promotion structure only as a permission, no roles'),
}, ['unknown-malware', 'it-asset-management', 'mobile-devices', 'web-encryption', 'email-encryption', 'domain-names',
    'iot-devices', 'drm', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- 16 English: national agency standard keyed to the Common Standards, with bare pointers
# considered: email-encryption, iot-devices, drm, improvement-instructions, unknown-malware, web-encryption,
# it-asset-management, domain-names, mobile-devices, issue-reporting, promotion-structure
case('16-agency-standard-pointers-en.md', '''# Japan Fisheries Resource Assessment Agency — Information Security Measures Standard (English Translation)

Decided by the Chief Information Security Officer on 1 October 2019; last revised 1 October 2024.

This Standard follows the structure of the Common Standards for Information Security Measures for Government Agencies
and Related Agencies (the Common Standards). Section numbers in brackets refer to the Common Standards.

## 1 General

1.1 Purpose. This Standard sets out the measures that staff of the Japan Fisheries Resource Assessment Agency (the
Agency) shall take to protect the Agency's information and information systems.

1.2 Scope. This Standard applies to all Agency offices, research vessels and staff.

1.3 Definitions. "Staff" means the Agency's officers, employees, fixed-term researchers and dispatched workers.

## 2 Framework

2.1.1 Organisation [2.1.1]
(1) The CISO is an Executive Director appointed by the President.
(2) The Agency shall endeavour to establish an information security promotion structure.
(3) The head of each department is its Information Security Officer.

2.2.1 Operation of rules [2.2.1]
(1) Each Information Security Officer shall report to the CISO, every half-year, the issues that have arisen in the
operation of measures, in self-inspections and in training within the department.

2.2.3 Training [2.2.3]
(1) Staff shall complete information security training every fiscal year.

2.2.4 Incident handling [2.2.4]
(1) Staff shall report incidents to the CSIRT immediately.

2.3.2 Audit [2.3.2]
(1) The Audit Officer shall audit every fiscal year and report the results to the CISO.

2.4.1 Review of measures
See 2.4.1 of the Common Standards.

## 3 Handling of Information

3.1.1 Handling of information [3.1.1]
(1) Staff shall mark the classification of information they create.
(2) For the protection of files by rights management, see 3.1.1 of the Common Standards.

## 6 Security Requirements

6.1.1 Authentication [6.1.1]
(1) Passwords shall be at least 12 characters long; administrators shall use multi-factor authentication.

6.2.1 Software vulnerabilities [6.2.1]
(1) The introduction of IT asset-management software that collects software names and versions automatically will be
considered when the office network is next replaced.
(2) The Director of Information Systems shall apply security updates promptly after their release.

6.2.2 Malware [6.2.2]
(1) Every terminal and server shall have anti-virus software with automatic signature updates.
(2) Every terminal and server shall also have a function that detects unknown malware by its behaviour and prevents it
from running.

6.3.2 Provision of content [6.3.2]
(1) The Agency's websites and e-mail addresses should use the government domain name (go.jp) where possible.

## 7 Components

7.1.1 Terminals [7.1.1]
(1) Staff shall not take Agency terminals, including notebook computers and tablets, outside Agency premises.

7.1.3 Special-purpose devices
See 7.1.3 of the Common Standards.

7.2.1 E-mail
See 7.2.1 of the Common Standards.

7.2.2 Web [7.2.2]
(1) Agency websites should be encrypted with HTTPS where practicable.

## 8 Outsourcing

8.1 Contracts shall include confidentiality, limits on subcontracting and incident reporting.
''', {
    'email-encryption': ('missing', ['english', 'pointer'], 'See 7.2.1 of the Common Standards.',
                         'only a pointer to the standard; no duty stated'),
    'iot-devices': ('missing', ['english', 'pointer'], 'See 7.1.3 of the Common Standards.',
                    'only a pointer to the standard; no duty stated'),
    'drm': ('missing', ['english', 'pointer'], '(2) For the protection of files by rights management, see 3.1.1 of the Common Standards.',
            'only a pointer to the standard; no duty stated'),
    'improvement-instructions': ('missing', ['english', 'pointer'], 'See 2.4.1 of the Common Standards.',
                                 'only a pointer to the standard; no duty stated'),
    'unknown-malware': ('covered', ['english', 'citation', 'wrapped'], '(2) Every terminal and server shall also have a function that detects unknown malware by its behaviour and prevents it',
                        'behaviour-based prevention on every terminal and server, beside signature anti-virus'),
    'web-encryption': ('outdated', ['english', 'citation', 'modality'], '(1) Agency websites should be encrypted with HTTPS where practicable.',
                       'HTTPS only "should ... where practicable"'),
    'it-asset-management': ('missing', ['english', 'citation', 'deferral', 'wrapped'], '(1) The introduction of IT asset-management software that collects software names and versions automatically will be', 'automatic collection deferred to a future network replacement'),
    'domain-names': ('outdated', ['english', 'citation', 'modality'], "(1) The Agency's websites and e-mail addresses should use the government domain name (go.jp) where possible.", 'go.jp use only "should ... where possible"'),
    'mobile-devices': ('outdated', ['english', 'citation', 'negation', 'old-form'], '(1) Staff shall not take Agency terminals, including notebook computers and tablets, outside Agency premises.',
                       'blanket ban on taking terminals out (information level)'),
    'issue-reporting': ('covered', ['english', 'citation', 'wrapped'], '(1) Each Information Security Officer shall report to the CISO, every half-year, the issues that have arisen in the',
                        'issues from operation, self-inspection and training reported to the CISO'),
    'promotion-structure': ('outdated', ['english', 'citation', 'modality'], '(2) The Agency shall endeavour to establish an information security promotion structure.',
                            'the promotion structure only as an effort'),
}, ['email-encryption', 'iot-devices', 'drm', 'improvement-instructions', 'unknown-malware', 'web-encryption',
    'it-asset-management', 'domain-names', 'mobile-devices', 'issue-reporting', 'promotion-structure'])

write_set(D, C)
