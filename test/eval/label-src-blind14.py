# Source of the blind set test/fixtures/blind14/: sixteen whole documents of the most ordinary kind, the policies
# public bodies actually keep (city, prefecture, 独立行政法人, 国立大学法人, 一部事務組合, 公立病院, 教育委員会, 基本方針,
# an FY2018-revised 対策基準 citing 統一基準 sections, one written to an older edition), ten in Japanese and six in
# English, each covering the usual topics so that the eleven requirements appear, or do not, among many other duties.
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary,
# issue 11's status table, labelset.py and one generator (label-src-blind11.py) for its format; no engine source,
# catalog, docs, other sets' texts or Kijun output were seen, and these labels were written before any run.
# Whole-document convention: the ids a document speaks to (or plainly invites a wrong verdict for) are labelled by
# hand with the clause that decides them; complete() marks every other id missing/absent at the title line. Before
# each case a comment lists the ids considered.
# Status rules (issue 11): negation/deferral/exclusion/label/heading/definition -> missing; a subset of a mandatory
# requirement in its pre-revision form -> outdated, a subset of a recommended item (e.g. terminals only) -> missing;
# mandatory duty worded as wish/effort/permission -> outdated; a separate duty still in force (audit-result report,
# SPF/sender authentication only, 誤送信防止, pattern-file antivirus, hardware register, storage/media encryption,
# a ban on private devices, physical-security cameras) -> missing; pre-revision form of the same duty (manual
# software survey, boundary-only unknown malware, blanket mobile ban, HTTPS only on login/form pages, staff encrypting
# attachments) -> outdated. A committee that only deliberates is not the promotion structure; a CISO instruction to
# remedy audit findings (the audit follow-up duty) is not the organisation-wide/department-specific improvement
# instruction. Covered labels rest on a firm clause (no effort-worded recommended items in this set).
# Files avoid older-edition fingerprints (府省庁, 行政事務従事者, 平成28年度版) except 10-old-edition, whose
# outdatedEdition flag is set after write_set.
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind14'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered, strict=True)))


# ---------------------------------------------------------------- 01 city 対策基準, 条 form
# considered: it-asset-management, web-encryption, mobile-devices, email-encryption, promotion-structure,
# issue-reporting, unknown-malware, iot-devices, improvement-instructions, drm
case('01-city-taisakukijun.md', '''# 北浦市情報セキュリティ対策基準

令和２年３月31日訓令第８号
改正　令和５年３月31日訓令第４号

## 第１章　総則

### 第１条（目的）
この訓令は、北浦市情報セキュリティ基本方針（以下「基本方針」という。）に基づき、本市の情報資産を脅威から
守るために職員等が遵守すべき情報セキュリティ対策の基準を定めることを目的とする。

### 第２条（定義）
この訓令において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 情報資産　ネットワーク、情報システム及びこれらで取り扱う情報並びにこれらを記録した媒体をいう。
(2) 職員等　市長部局、行政委員会及び議会事務局に勤務する職員、会計年度任用職員及び派遣労働者をいう。
(3) 情報システム　ハードウェア及びソフトウェアから成り、情報処理を行う仕組みをいう。

### 第３条（適用範囲）
この訓令は、市長部局、各行政委員会、議会事務局及び消防本部に適用する。

## 第２章　組織体制

### 第４条（最高情報セキュリティ責任者）
本市に最高情報セキュリティ責任者（以下「CISO」という。）を置き、副市長をもって充てる。
２　CISOは、本市における情報セキュリティ対策に関する最終的な決定権限及び責任を有する。

### 第５条（情報セキュリティ委員会）
市に、北浦市情報セキュリティ委員会（以下「委員会」という。）を置く。
２　委員会は、CISOを委員長とし、各部長をもって組織する。
３　委員会は、情報セキュリティポリシーの策定及び改廃その他重要な事項を審議する。

### 第６条（情報セキュリティ管理者等）
各課の長を情報セキュリティ管理者とし、所管する情報資産の管理及び職員等への指導を行わせる。
２　総務部情報政策課長を情報システム管理者とし、庁内ネットワーク及び共通の情報システムの管理を行わせる。

## 第３章　情報資産の分類と管理

### 第７条（分類）
情報資産は、機密性、完全性及び可用性により、別に定める基準に従って分類し、分類に応じた取扱いをしなければならない。

### 第８条（記録媒体の管理）
職員等は、機密性２以上の情報をUSBメモリ等の外部記録媒体に保存するときは、情報システム管理者が貸与する暗号化機能付きの記録媒体を使用しなければならない。
２　情報資産を廃棄するときは、記録された情報を復元できないよう消去しなければならない。

## 第４章　物理的セキュリティ

### 第９条（サーバ室の管理）
サーバ室は施錠し、入室は情報システム管理者が許可した者に限る。
２　サーバ室の出入口には監視カメラを設置し、入退室の状況を記録するものとする。
３　サーバ室には、無停電電源装置及び消火設備を備えなければならない。

### 第10条（端末の持出し）
職員等は、パソコン、タブレット端末その他の端末及び外部記録媒体を庁外に持ち出してはならない。

## 第５章　人的セキュリティ

### 第11条（職員等の遵守事項）
職員等は、情報セキュリティポリシー及び実施手順を遵守しなければならない。
２　職員等は、業務以外の目的で情報資産を利用してはならない。
３　職員等は、パスワードを他人に知られないよう管理し、離席時には端末をロックしなければならない。

### 第12条（研修）
CISOは、職員等に対し、毎年度、情報セキュリティに関する研修を実施しなければならない。

## 第６章　技術的セキュリティ

### 第13条（アクセス制御）
情報システム管理者は、職員等の職務に応じてアクセス権限を設定し、異動及び退職時には速やかに権限を変更しなければならない。

### 第14条（ソフトウェアの管理）
情報システム管理者は、年１回、各端末にインストールされているソフトウェアを調査し、ソフトウェア管理台帳に記録しなければならない。
２　職員等は、情報システム管理者の許可なくソフトウェアを導入してはならない。

### 第15条（不正プログラム対策）
情報システム管理者は、全ての端末及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを常に最新の状態に保たなければならない。
２　職員等は、不審な電子メールの添付ファイルを開いてはならない。

### 第16条（電子メール）
職員等は、電子メールを送信するときは、宛先を十分に確認し、複数の外部の宛先に同時に送信する場合はBCCを用いなければならない。

### 第17条（ウェブサイト）
情報システム管理者は、本市ウェブサイトのうち、個人情報を入力させるページについては、SSLにより通信を暗号化しなければならない。
２　ウェブサイトに掲載する情報は、所管課の長の承認を得なければならない。

## 第７章　外部委託

### 第18条（外部委託）
情報セキュリティ管理者は、情報システムの開発、運用等を外部に委託するときは、委託事業者が必要な情報セキュリティ対策を
講じていることを確認し、契約に守秘義務、再委託の制限及び事故時の報告義務を定めなければならない。

## 第８章　情報セキュリティインシデントへの対応

### 第19条（報告及び対処）
職員等は、情報セキュリティインシデントを知ったときは、直ちに情報セキュリティ管理者に報告しなければならない。
２　情報セキュリティ管理者は、被害の拡大を防止する措置を講じ、CISOに報告しなければならない。

## 第９章　評価及び見直し

### 第20条（監査）
CISOは、毎年度、情報セキュリティ監査を実施させなければならない。
２　監査を実施した者は、その結果をCISOに報告しなければならない。
３　CISOは、前項の報告を受けたときは、指摘事項について、当該課の長に改善を指示しなければならない。

### 第21条（見直し）
委員会は、監査の結果及び情報セキュリティを取り巻く状況の変化を踏まえ、情報セキュリティポリシーを見直すものとする。

附　則
この訓令は、令和５年４月１日から施行する。
''', {
    'it-asset-management': ('outdated', ['article', 'old-form'], '情報システム管理者は、年１回、各端末にインストールされているソフトウェアを調査し、ソフトウェア管理台帳に記録しなければならない。',
                            'a yearly manual survey recorded in a ledger: the old form of automatic software collection'),
    'web-encryption': ('outdated', ['article', 'scope', 'old-form'], '情報システム管理者は、本市ウェブサイトのうち、個人情報を入力させるページについては、SSLにより通信を暗号化しなければならない。',
                       'encryption only for pages that collect personal data, the pre-revision form'),
    'mobile-devices': ('outdated', ['article', 'negation', 'old-form'], '職員等は、パソコン、タブレット端末その他の端末及び外部記録媒体を庁外に持ち出してはならない。',
                       'blanket ban on taking devices out (information level: use with safeguards is now permitted)'),
    'email-encryption': ('missing', ['article', 'separate-duty'], '職員等は、電子メールを送信するときは、宛先を十分に確認し、複数の外部の宛先に同時に送信する場合はBCCを用いなければならない。',
                         'only a mis-sending rule; no transport encryption or sender authentication'),
    'promotion-structure': ('missing', ['article', 'separate-duty'], '市に、北浦市情報セキュリティ委員会（以下「委員会」という。）を置く。',
                            'a deliberative committee only; no promotion structure with its roles'),
    'issue-reporting': ('missing', ['article', 'separate-duty'], '２　監査を実施した者は、その結果をCISOに報告しなければならない。',
                        'only audit results are reported; issues from operation, self-inspection and training are not'),
    'unknown-malware': ('missing', ['article', 'separate-duty'], '情報システム管理者は、全ての端末及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを常に最新の状態に保たなければならない。',
                        'pattern-file antivirus only, a separate duty; no behaviour-based prevention of unknown malware'),
    'iot-devices': ('missing', ['article', 'separate-duty'], '２　サーバ室の出入口には監視カメラを設置し、入退室の状況を記録するものとする。',
                    'a camera used as a physical control; no security measures for IoT/special-purpose devices'),
    'improvement-instructions': ('missing', ['article', 'separate-duty'], '３　CISOは、前項の報告を受けたときは、指摘事項について、当該課の長に改善を指示しなければならない。',
                                 'audit follow-up only; no organisation-wide and department-specific improvement instructions'),
    'drm': ('missing', ['article', 'separate-duty'], '職員等は、機密性２以上の情報をUSBメモリ等の外部記録媒体に保存するときは、情報システム管理者が貸与する暗号化機能付きの記録媒体を使用しなければならない。',
            'media encryption, not rights management that keeps leaked files unreadable'),
}, ['it-asset-management', 'web-encryption', 'mobile-devices', 'email-encryption', 'promotion-structure',
    'issue-reporting', 'unknown-malware', 'iot-devices', 'improvement-instructions', 'drm'])


# ---------------------------------------------------------------- 02 prefecture 対策基準, 第N章 / N.N.N decimal form
# considered: promotion-structure, issue-reporting, improvement-instructions, mobile-devices, unknown-malware,
# web-encryption, email-encryption, it-asset-management, drm, iot-devices
case('02-pref-taisakukijun.md', '''# 青峰県情報セキュリティ対策基準

制定　令和元年10月１日
最終改正　令和６年４月１日

## 第１章　総則

1.1　目的
　この基準は、青峰県情報セキュリティ基本方針に基づき、県が保有する情報資産の機密性、完全性及び可用性を維持するため、
職員等が遵守すべき対策の基準を定める。

1.2　対象範囲
　知事部局、各行政委員会、議会事務局及び企業局の職員等並びにこれらが管理する情報資産を対象とする。

## 第２章　組織及び体制

2.1.1　最高情報セキュリティ責任者
　副知事を最高情報セキュリティ責任者（以下「CISO」という。）とし、県の情報セキュリティ対策を統括させる。

2.1.2　情報セキュリティ推進班
(1) 情報セキュリティ対策の推進を担う組織として、総務部デジタル推進課に情報セキュリティ推進班（以下「推進班」という。）を置く。
(2) 推進班は、次に掲げる役割を担う。
　ア　対策基準及び実施手順の改定案の作成
　イ　全庁的な研修及び自己点検の企画及び取りまとめ
　ウ　各所属への技術的な助言及び情報セキュリティインシデント発生時の調整
　エ　CISOへの対策の実施状況の報告

2.1.3　情報セキュリティ責任者
　各所属の長を情報セキュリティ責任者とし、所属における対策の実施に責任を負わせる。

2.2.1　課題の報告
　情報セキュリティ責任者は、所属における対策の運用、自己点検及び研修の実施を通じて明らかになった課題を取りまとめ、
CISOに報告しなければならない。

2.2.2　改善の指示
　CISOは、前項の報告その他の状況を踏まえ、次により改善を指示しなければならない。
(1) 全庁に共通する改善事項　推進班の長に対して
(2) 所属に固有の改善事項　当該所属の情報セキュリティ責任者に対して

## 第３章　情報資産の分類と管理

3.1.1　分類
　情報資産は、機密性３から機密性１まで、完全性２から完全性１まで、可用性２から可用性１までに分類する。

3.1.2　保存
　機密性３の情報を電子ファイルとして保存する場合は、暗号化して保存しなければならない。

3.1.3　廃棄
　情報資産を廃棄する場合は、情報を復元できない方法で消去し、その記録を残さなければならない。

## 第４章　物理的セキュリティ

4.1.1　管理区域
　サーバ室等の管理区域は、ICカードにより入退室を管理する。
4.1.2　監視
　管理区域の出入口にはネットワークカメラを設置し、映像を90日間保存する。
4.1.3　機器の登録
　デジタル推進課長は、端末、サーバ及びネットワーク機器を導入したときは、機器管理台帳に登録しなければならない。

## 第５章　人的セキュリティ

5.1.1　研修
　CISOは、職員等に対し、年１回以上情報セキュリティ研修を実施する。新規採用者には採用時に実施する。
5.1.2　遵守事項
　職員等は、離席時の画面ロック、パスワードの適切な管理、机上の整理を徹底しなければならない。

## 第６章　技術的セキュリティ

6.1.1　アクセス制御
　情報システムの管理者は、利用者ごとに識別コードを付与し、職務上必要な範囲に限りアクセス権を付与する。

6.2.1　不正プログラム対策
(1) 全ての端末及びサーバに不正プログラム対策ソフトウェアを導入し、定義ファイルを自動更新する。
(2) インターネットとの境界において、サンドボックスにより未知の不正プログラムを検知し、通信を遮断する。

6.2.2　電子メール
　デジタル推進課長は、なりすましを防止するため、県のドメインについてSPFレコードを公開するものとする。

6.2.3　ウェブサイト
　県が開設する全てのウェブサイトの常時暗号化については、次期ウェブシステム更改時に検討する。

6.3.1　モバイル端末
(1) 職員等は、業務用モバイル端末を管理区域外で使用し、通信回線に接続して業務を行うことができる。
(2) 前号の場合において、デジタル推進課長は、当該端末に端末の暗号化、MDMによる管理及び紛失時の遠隔消去の設定を施さなければならない。

## 第７章　外部委託

7.1.1　委託先の選定
　委託先の選定に当たっては、ISMS認証の取得状況等を確認する。
7.1.2　契約
　契約書には、守秘義務、再委託の制限、監査の受入れ及び事故時の報告を定める。

## 第８章　インシデント対応

8.1.1　報告
　職員等は、インシデントを発見したときは、直ちに情報セキュリティ責任者及びデジタル推進課に報告する。
8.1.2　CSIRT
　県にCSIRTを置き、インシデントの対処、関係機関との連絡調整を行わせる。

## 第９章　監査及び自己点検

9.1.1　監査
　CISOは、外部の専門家による情報セキュリティ監査を毎年度実施させ、その結果の報告を受ける。
9.1.2　自己点検
　各所属は、年１回自己点検を実施し、その結果を推進班に提出する。
''', {
    'promotion-structure': ('covered', ['paraphrase', 'list'], '(1) 情報セキュリティ対策の推進を担う組織として、総務部デジタル推進課に情報セキュリティ推進班（以下「推進班」という。）を置く。',
                            'a unit that drives the measures is set up and its roles are listed'),
    'issue-reporting': ('covered', ['wrapped'], '　情報セキュリティ責任者は、所属における対策の運用、自己点検及び研修の実施を通じて明らかになった課題を取りまとめ、',
                        'issues from operation, self-inspection and training are reported to the CISO (sentence wraps)'),
    'improvement-instructions': ('covered', ['list'], '(2) 所属に固有の改善事項　当該所属の情報セキュリティ責任者に対して',
                                 'the CISO must instruct organisation-wide and department-specific improvements to the right person'),
    'mobile-devices': ('covered', ['list', 'condition'], '(2) 前号の場合において、デジタル推進課長は、当該端末に端末の暗号化、MDMによる管理及び紛失時の遠隔消去の設定を施さなければならない。',
                       'mobile terminals may be used and connected outside, with encryption, MDM and remote wipe required'),
    'unknown-malware': ('outdated', ['list', 'old-form'], '(2) インターネットとの境界において、サンドボックスにより未知の不正プログラムを検知し、通信を遮断する。',
                        'unknown malware handled only at the Internet boundary, the pre-revision form'),
    'web-encryption': ('missing', ['deferral'], '　県が開設する全てのウェブサイトの常時暗号化については、次期ウェブシステム更改時に検討する。',
                       'HTTPS everywhere deferred to a future system renewal'),
    'email-encryption': ('missing', ['separate-duty'], '　デジタル推進課長は、なりすましを防止するため、県のドメインについてSPFレコードを公開するものとする。',
                         'SPF only; no encryption of mail communication'),
    'it-asset-management': ('missing', ['separate-duty'], '　デジタル推進課長は、端末、サーバ及びネットワーク機器を導入したときは、機器管理台帳に登録しなければならない。',
                            'hardware registration at delivery, not automatic software collection'),
    'drm': ('missing', ['separate-duty'], '　機密性３の情報を電子ファイルとして保存する場合は、暗号化して保存しなければならない。',
            'storage encryption, not rights management'),
    'iot-devices': ('missing', ['separate-duty'], '　管理区域の出入口にはネットワークカメラを設置し、映像を90日間保存する。',
                    'a network camera used for physical monitoring; no security measures for such devices'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'mobile-devices', 'unknown-malware',
    'web-encryption', 'email-encryption', 'it-asset-management', 'drm', 'iot-devices'])


# ---------------------------------------------------------------- 03 独立行政法人: 規程 followed by its 対策基準
# considered: promotion-structure, issue-reporting, domain-names, web-encryption, mobile-devices, email-encryption,
# improvement-instructions, drm, it-asset-management, unknown-malware, iot-devices
case('03-iaa-kitei-kijun.md', '''# 独立行政法人国土資料機構情報セキュリティ規程

令和元年規程第15号

## 第１章　総則

第１条（目的）　この規程は、独立行政法人国土資料機構（以下「機構」という。）における情報セキュリティ対策の
基本的事項を定め、機構の情報及び情報システムを保護することを目的とする。

第２条（適用範囲）　この規程は、機構の役員及び職員並びに派遣労働者（以下「職員等」という。）に適用する。

第３条（情報セキュリティポリシーの構成）　機構の情報セキュリティポリシーは、この規程及び第20条に定める
情報セキュリティ対策基準（以下「対策基準」という。）から成る。

## 第２章　組織・体制

第４条（最高情報セキュリティ責任者）　機構に最高情報セキュリティ責任者を置き、理事長が指名する理事をもって充てる。

第５条（情報セキュリティ対策推進体制）　機構に、情報セキュリティ対策推進体制を置き、総務部情報管理課をもって充てる。
２　情報セキュリティ対策推進体制は、次に掲げる事務を行う。
一　対策基準及び対策推進計画の案の作成
二　教育及び自己点検の企画並びに実施状況の取りまとめ
三　各部の情報セキュリティ対策の実施に係る支援及び調整
四　前各号に掲げるもののほか、情報セキュリティ対策の推進に関すること

第６条（情報セキュリティ責任者）　各部の長を情報セキュリティ責任者とする。

第７条（課題の報告）　情報セキュリティ責任者は、所管する部における情報セキュリティ対策の運用、自己点検及び教育の
実施において発生した課題を、最高情報セキュリティ責任者に報告しなければならない。

第８条（改善の指示）　最高情報セキュリティ責任者による改善の指示に関する手続は、別に定める。

第９条（情報セキュリティ監査責任者）　最高情報セキュリティ責任者は、情報セキュリティ監査責任者を指名し、
年度ごとに監査を実施させる。

第10条（教育）　職員等は、最高情報セキュリティ責任者が定める情報セキュリティ教育を毎年度受講しなければならない。

第11条（インシデント対応）　機構にCSIRTを置き、情報セキュリティインシデントの対処を行わせる。

第20条（対策基準）　情報セキュリティ対策の具体的な基準は、最高情報セキュリティ責任者が別に定める。

# 独立行政法人国土資料機構情報セキュリティ対策基準

最高情報セキュリティ責任者決定

## １　情報の取扱い

1.1　職員等は、情報を作成し又は入手したときは、格付及び取扱制限を明示しなければならない。
1.2　デジタル著作権管理による要機密情報の保護については、将来の導入を検討する。
1.3　要機密情報を機構外に送信するときは、暗号化又はパスワードの設定を行わなければならない。

## ２　区域

2.1　サーバ室は要管理対策区域とし、入退館管理システムにより入室者を記録する。
2.2　来訪者は受付で記帳し、職員等が同行しなければならない。

## ３　外部委託

3.1　情報セキュリティ責任者は、委託先に求める情報セキュリティ対策を仕様書に明記しなければならない。
3.2　クラウドサービスを利用するときは、事業者のセキュリティ認証の取得状況を確認しなければならない。

## ４　情報システムの対策

4.1　情報管理課長は、端末及びサーバ装置を調達したときは、資産番号を付して機器台帳に登録する。
4.2　端末及びサーバ装置には、不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つこと。
4.3　機構が開設する全てのウェブサイトは、HTTPSにより常時暗号化すること。
4.4　機構が開設するウェブサイト及び機構の電子メールアドレスには、政府ドメイン名（go.jp）を使用すること。
4.5　なりすましメールを防止するため、SPF及びDKIMによる送信ドメイン認証を行うこと。
4.6　職員等は、機構が支給するモバイル端末を機構外で使用する場合には、端末の暗号化及び画面ロックの設定を行うよう努めるものとする。
4.7　職員等は、機構が支給する端末以外の端末を機構のネットワークに接続してはならない。

## ５　見直し

5.1　情報管理課は、監査の結果を踏まえて対策基準の改定案を作成し、最高情報セキュリティ責任者の決定を受ける。
''', {
    'promotion-structure': ('covered', ['article', 'list'], '第５条（情報セキュリティ対策推進体制）　機構に、情報セキュリティ対策推進体制を置き、総務部情報管理課をもって充てる。',
                            'the promotion structure is set up and its duties are listed in 号'),
    'issue-reporting': ('covered', ['article', 'wrapped'], '第７条（課題の報告）　情報セキュリティ責任者は、所管する部における情報セキュリティ対策の運用、自己点検及び教育の',
                        'issues from operation, self-inspection and education are reported to the CISO (wraps)'),
    'domain-names': ('covered', ['list'], '4.4　機構が開設するウェブサイト及び機構の電子メールアドレスには、政府ドメイン名（go.jp）を使用すること。',
                     'sites and mail use the government domain'),
    'web-encryption': ('covered', ['list'], '4.3　機構が開設する全てのウェブサイトは、HTTPSにより常時暗号化すること。',
                       'every website always encrypted'),
    'mobile-devices': ('outdated', ['list', 'modality'], '4.6　職員等は、機構が支給するモバイル端末を機構外で使用する場合には、端末の暗号化及び画面ロックの設定を行うよう努めるものとする。',
                       'outside use of mobile terminals with safeguards worded only as effort'),
    'email-encryption': ('missing', ['list', 'separate-duty'], '4.5　なりすましメールを防止するため、SPF及びDKIMによる送信ドメイン認証を行うこと。',
                         'sender authentication only; no encryption of mail communication'),
    'improvement-instructions': ('missing', ['article', 'deferral'], '第８条（改善の指示）　最高情報セキュリティ責任者による改善の指示に関する手続は、別に定める。',
                                 'the improvement instructions are left to a rule to be made elsewhere'),
    'drm': ('missing', ['list', 'deferral'], '1.2　デジタル著作権管理による要機密情報の保護については、将来の導入を検討する。',
            'DRM deferred to future consideration'),
    'it-asset-management': ('missing', ['list', 'separate-duty'], '4.1　情報管理課長は、端末及びサーバ装置を調達したときは、資産番号を付して機器台帳に登録する。',
                            'hardware register at procurement, not automatic software collection'),
    'unknown-malware': ('missing', ['list', 'separate-duty'], '4.2　端末及びサーバ装置には、不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つこと。',
                        'definition-file antivirus only'),
    'iot-devices': ('missing', ['list', 'separate-duty'], '2.1　サーバ室は要管理対策区域とし、入退館管理システムにより入室者を記録する。',
                    'an entry-control system used as a physical control; no security measures for such devices'),
}, ['promotion-structure', 'issue-reporting', 'domain-names', 'web-encryption', 'mobile-devices', 'email-encryption',
    'improvement-instructions', 'drm', 'it-asset-management', 'unknown-malware', 'iot-devices'])


# ---------------------------------------------------------------- 04 国立大学法人 情報セキュリティポリシー
# considered: domain-names, email-encryption, mobile-devices, web-encryption, unknown-malware, promotion-structure,
# issue-reporting, drm, iot-devices
case('04-univ-policy.md', '''# 国立大学法人東雲大学情報セキュリティポリシー

## 第１編　基本方針

本学は、教育研究及び社会貢献の基盤である情報資産を保護するため、この情報セキュリティポリシーを定め、
全ての構成員がこれを遵守する。本学は、学問の自由と情報の流通を尊重しつつ、情報セキュリティの確保に努める。

## 第２編　対策基準

### 第１章　総則

第１条（適用範囲）　この編は、本学の役員、教職員、学生及び本学の情報システムを利用する全ての者に適用する。

第２条（定義）　この編において「部局」とは、各学部、研究科、附置研究所、附属病院及び事務局をいう。

### 第２章　組織

第３条（最高情報セキュリティ責任者）　本学に最高情報セキュリティ責任者を置き、情報担当理事をもって充てる。

第４条（情報セキュリティ委員会）　本学に情報セキュリティ委員会を置き、次に掲げる事項を審議する。
一　情報セキュリティポリシーの制定及び改廃に関すること。
二　情報セキュリティインシデントへの対応方針に関すること。
三　その他情報セキュリティに関する重要事項

第５条（部局情報セキュリティ責任者）　各部局に部局情報セキュリティ責任者を置き、部局の長をもって充てる。

第６条（自己点検）　部局情報セキュリティ責任者は、毎年度、部局の自己点検を実施し、その結果を最高情報セキュリティ責任者に報告しなければならない。

### 第３章　情報の取扱い

第７条（格付）　教職員は、作成した情報について、機密性、完全性及び可用性の格付を行わなければならない。

第８条（学外への送付）　教職員は、機密性の高い電子ファイルを学外に送付するときは、当該ファイルにパスワードを設定しなければならない。

### 第４章　情報システム

第９条（ドメイン名）　本学が開設するウェブサイト及び本学の電子メールアドレスには、本学が登録した ac.jp ドメイン名を使用しなければならない。

第10条（ウェブサイト）　情報基盤センター長は、本学の公式ウェブサイトについて、HTTPSによる暗号化を行わなければならない。
２　部局及び研究室が開設するウェブサイトについては、HTTPSによる暗号化を行うことが望ましい。

第11条（電子メール）　情報基盤センター長は、本学の電子メールサーバと学外の電子メールサーバとの通信をSTARTTLSにより暗号化し、
SPF及びDKIMによる送信ドメイン認証を実施しなければならない。

第12条（不正プログラム対策）　情報基盤センター長は、教職員用端末に、振る舞いにより未知の不正プログラムを検知して実行を阻止するEDR製品を導入する。

第13条（モバイル端末）　教職員は、次に掲げる措置が講じられた本学支給のモバイル端末に限り、学外において通信回線に接続して業務に使用することができる。
一　記憶装置の暗号化
二　パスワード又は生体認証による画面ロック
三　紛失時に遠隔でデータを消去できる設定

第14条（IoT機器）　研究目的で研究室が設置するセンサ等のIoT機器は、本ポリシーの対象外とし、各研究室の責任において管理する。

第15条（アカウント）　情報基盤センター長は、構成員に統合認証アカウントを発行し、卒業又は退職時に停止する。

### 第５章　外部委託・インシデント

第16条（外部委託）　外部委託に当たっては、委託先における情報セキュリティ対策の実施を契約により担保する。

第17条（インシデント）　情報セキュリティインシデントを発見した者は、直ちに情報基盤センターに報告しなければならない。
２　本学CSIRTは、報告を受けた事案の対処及び再発防止策の検討を行う。

### 第６章　監査

第18条（監査）　最高情報セキュリティ責任者は、毎年度、情報セキュリティ監査を実施させ、その結果を情報セキュリティ委員会に報告する。
''', {
    'domain-names': ('covered', ['article'], '第９条（ドメイン名）　本学が開設するウェブサイト及び本学の電子メールアドレスには、本学が登録した ac.jp ドメイン名を使用しなければならない。',
                     'a higher-education body uses its ac.jp domain for sites and mail'),
    'email-encryption': ('covered', ['article', 'wrapped'], '第11条（電子メール）　情報基盤センター長は、本学の電子メールサーバと学外の電子メールサーバとの通信をSTARTTLSにより暗号化し、',
                         'server-to-server STARTTLS with SPF and DKIM (sentence wraps)'),
    'mobile-devices': ('covered', ['article', 'list', 'condition'], '第13条（モバイル端末）　教職員は、次に掲げる措置が講じられた本学支給のモバイル端末に限り、学外において通信回線に接続して業務に使用することができる。',
                       'outside use permitted under listed safeguards'),
    'web-encryption': ('outdated', ['article', 'scope', 'modality'], '２　部局及び研究室が開設するウェブサイトについては、HTTPSによる暗号化を行うことが望ましい。',
                       'only the official site must be HTTPS; other sites merely desirable'),
    'unknown-malware': ('missing', ['article', 'scope'], '第12条（不正プログラム対策）　情報基盤センター長は、教職員用端末に、振る舞いにより未知の不正プログラムを検知して実行を阻止するEDR製品を導入する。',
                        'terminals only, not servers: a subset of a recommended item'),
    'promotion-structure': ('missing', ['article', 'separate-duty'], '第４条（情報セキュリティ委員会）　本学に情報セキュリティ委員会を置き、次に掲げる事項を審議する。',
                            'a deliberative committee only; no promotion structure'),
    'issue-reporting': ('missing', ['article', 'separate-duty'], '第６条（自己点検）　部局情報セキュリティ責任者は、毎年度、部局の自己点検を実施し、その結果を最高情報セキュリティ責任者に報告しなければならない。',
                        'only self-inspection results are reported, not issues from operation, self-inspection and education'),
    'drm': ('missing', ['article', 'separate-duty'], '第８条（学外への送付）　教職員は、機密性の高い電子ファイルを学外に送付するときは、当該ファイルにパスワードを設定しなければならない。',
            'password-protected files, not rights management'),
    'iot-devices': ('missing', ['article', 'exclusion'], '第14条（IoT機器）　研究目的で研究室が設置するセンサ等のIoT機器は、本ポリシーの対象外とし、各研究室の責任において管理する。',
                    'IoT devices excluded from the policy'),
}, ['domain-names', 'email-encryption', 'mobile-devices', 'web-encryption', 'unknown-malware', 'promotion-structure',
    'issue-reporting', 'drm', 'iot-devices'])


# ---------------------------------------------------------------- 05 一部事務組合 情報セキュリティ規程
# considered: mobile-devices, web-encryption, issue-reporting, promotion-structure, email-encryption,
# unknown-malware, it-asset-management, improvement-instructions, drm, domain-names
case('05-kumiai-kitei.md', '''# 西川流域衛生組合情報セキュリティ規程

令和３年３月26日規程第２号

（目的）
第１条　この規程は、西川流域衛生組合（以下「組合」という。）が保有する情報資産を適切に管理し、情報セキュリティを確保するため、
必要な事項を定めるものとする。

（定義）
第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　情報資産　組合の業務で取り扱う情報及び情報システム並びにこれらを記録した媒体をいう。
二　職員等　組合の職員、会計年度任用職員及び構成市からの派遣職員をいう。

（最高情報セキュリティ責任者等）
第３条　組合に最高情報セキュリティ責任者を置き、事務局長をもって充てる。
２　総務課長を情報セキュリティ責任者とし、組合の情報資産の管理を行わせる。
３　施設の長を情報セキュリティ管理者とし、所管する施設の情報資産の管理を行わせる。

（推進体制）
第４条　情報セキュリティ対策の推進体制については、構成市の体制を参考に、今後整備する。

（課題の報告）
第５条　情報セキュリティ管理者は、対策の運用、自己点検及び研修を通じて把握した課題を、最高情報セキュリティ責任者に報告するよう努めるものとする。

（情報資産の管理）
第６条　職員等は、情報資産を業務以外の目的に使用してはならない。
２　機密性の高い情報をUSBメモリに保存する場合は、暗号化機能を有するUSBメモリを使用しなければならない。
３　情報資産を廃棄する場合は、総務課長の確認を受けなければならない。

（機器の管理）
第７条　総務課長は、組合が保有するパソコン、サーバ及びネットワーク機器を機器台帳により管理しなければならない。

（持出しの禁止）
第８条　職員等は、組合のパソコン、タブレット端末及び記録媒体を事務所及び施設の外に持ち出してはならない。

（不正プログラム対策）
第９条　総務課長は、パソコン及びサーバにウイルス対策ソフトを導入し、パターンファイルを自動で更新する設定としなければならない。

（電子メールの利用）
第10条　職員等は、電子メールを送信する前に宛先及び添付ファイルを確認しなければならない。
２　外部の複数の者に電子メールを送信するときは、BCCを使用しなければならない。

（ホームページ）
第11条　総務課長は、組合ホームページのうち、問い合わせフォームのページについてはSSLによる暗号化を行うものとする。
２　ドメイン名の取得及び管理については、構成市の例による。

（研修）
第12条　最高情報セキュリティ責任者は、職員等に対し、年１回情報セキュリティ研修を実施するものとする。

（外部委託）
第13条　情報システムの保守等を外部に委託する場合は、契約書に守秘義務及び事故発生時の報告義務を定めなければならない。

（事故の報告）
第14条　職員等は、情報資産の漏えい、滅失その他の事故を発見したときは、直ちに情報セキュリティ責任者に報告しなければならない。
２　情報セキュリティ責任者は、前項の報告を受けたときは、被害の拡大防止の措置を講じ、最高情報セキュリティ責任者に報告しなければならない。

（点検及び見直し）
第15条　情報セキュリティ責任者は、年１回、この規程の遵守状況を点検しなければならない。
２　最高情報セキュリティ責任者は、点検の結果等を踏まえ、必要に応じてこの規程を見直すものとする。

（委任）
第16条　この規程に定めるもののほか、必要な事項は、事務局長が別に定める。

附　則
この規程は、令和３年４月１日から施行する。
''', {
    'mobile-devices': ('outdated', ['article', 'negation', 'old-form'], '第８条　職員等は、組合のパソコン、タブレット端末及び記録媒体を事務所及び施設の外に持ち出してはならない。',
                       'blanket ban on taking devices out (information level)'),
    'web-encryption': ('outdated', ['article', 'scope', 'old-form'], '第11条　総務課長は、組合ホームページのうち、問い合わせフォームのページについてはSSLによる暗号化を行うものとする。',
                       'encryption only on the form page, the pre-revision form'),
    'issue-reporting': ('outdated', ['article', 'modality'], '第５条　情報セキュリティ管理者は、対策の運用、自己点検及び研修を通じて把握した課題を、最高情報セキュリティ責任者に報告するよう努めるものとする。',
                        'the issue report is worded only as effort'),
    'promotion-structure': ('missing', ['article', 'deferral'], '第４条　情報セキュリティ対策の推進体制については、構成市の体制を参考に、今後整備する。',
                            'the promotion structure is deferred'),
    'email-encryption': ('missing', ['article', 'separate-duty'], '第10条　職員等は、電子メールを送信する前に宛先及び添付ファイルを確認しなければならない。',
                         'mis-sending checks only'),
    'unknown-malware': ('missing', ['article', 'separate-duty'], '第９条　総務課長は、パソコン及びサーバにウイルス対策ソフトを導入し、パターンファイルを自動で更新する設定としなければならない。',
                        'pattern-file antivirus only'),
    'it-asset-management': ('missing', ['article', 'separate-duty'], '第７条　総務課長は、組合が保有するパソコン、サーバ及びネットワーク機器を機器台帳により管理しなければならない。',
                            'hardware register only; nothing on software information'),
    'improvement-instructions': ('missing', ['article', 'separate-duty'], '２　最高情報セキュリティ責任者は、点検の結果等を踏まえ、必要に応じてこの規程を見直すものとする。',
                                 'review of the rule, not improvement instructions to responsible people'),
    'drm': ('missing', ['article', 'separate-duty'], '２　機密性の高い情報をUSBメモリに保存する場合は、暗号化機能を有するUSBメモリを使用しなければならない。',
            'media encryption, not rights management'),
    'domain-names': ('missing', ['article', 'deferral'], '２　ドメイン名の取得及び管理については、構成市の例による。',
                     'domain names left to another body\'s rules; no rule here'),
}, ['mobile-devices', 'web-encryption', 'issue-reporting', 'promotion-structure', 'email-encryption',
    'unknown-malware', 'it-asset-management', 'improvement-instructions', 'drm', 'domain-names'])


# ---------------------------------------------------------------- 06 公立病院 情報セキュリティ規程
# considered: iot-devices, mobile-devices, unknown-malware, it-asset-management, email-encryption, drm,
# issue-reporting, promotion-structure, web-encryption
case('06-hospital-kitei.md', '''# 市立みなと病院情報セキュリティ規程

## 第１章　総則

第１条（目的）
この規程は、市立みなと病院（以下「病院」という。）が取り扱う診療情報その他の情報資産を保護し、
安全で継続的な医療の提供を確保するため、情報セキュリティ対策の基準を定める。

第２条（適用範囲）
この規程は、病院に勤務する医師、看護師、医療技術職員、事務職員、委託事業者の従業者その他病院の情報システムを
利用する者（以下「職員等」という。）に適用する。

## 第２章　組織

第３条（最高情報セキュリティ責任者）
病院に最高情報セキュリティ責任者を置き、院長をもって充てる。

第４条（医療情報システム安全管理委員会）
病院に医療情報システム安全管理委員会（以下「委員会」という。）を置き、医療情報システムの安全管理に関する重要事項を審議する。

第５条（医療情報システム管理者）
医療情報部長を医療情報システム管理者とし、電子カルテシステムその他の医療情報システムの運用管理を行わせる。

第６条（部門責任者）
各診療科及び各部門の長を部門責任者とし、部門における本規程の遵守状況を管理させる。

## 第３章　情報の取扱い

第７条（診療情報の取扱い）
職員等は、診療情報を業務上必要な範囲に限り閲覧し、目的外に利用してはならない。
２　電子カルテシステムにおいては、職種及び所属に応じて閲覧権限を設定し、印刷及び外部記録媒体への書出しは権限を有する者に限る。

第８条（電子メール）
職員等は、患者の氏名その他の個人を特定できる診療情報を電子メールにより院外に送信してはならない。

## 第４章　技術的対策

第９条（不正プログラム対策）
医療情報システム管理者は、端末及びサーバ装置に、パターンファイルによる不正プログラム対策ソフトウェアに加え、
プログラムの挙動から未知の不正プログラムを検知し、その実行を阻止する機能を導入しなければならない。

第10条（ソフトウェアの把握）
医療情報システム管理者は、年に１回、端末及びサーバ装置にインストールされたソフトウェアの名称及びバージョンを調査し、
ソフトウェア台帳に記録しなければならない。

第11条（医療機器等の特定用途機器）
医療情報システム管理者は、ネットワークに接続する医療機器、ナースコール設備、監視カメラ、空調制御装置その他の特定用途機器について、
次に掲げる措置を講じなければならない。
(1) 初期パスワードを変更すること。
(2) 製造販売業者が提供するファームウェアの更新を適用すること。
(3) 電子カルテシステムのネットワークから論理的に分離すること。

第12条（端末の持出し）
職員等は、病院の端末を院外に持ち出してはならない。ただし、記憶装置の暗号化、MDMによる管理及び遠隔消去の設定が施されたタブレット端末について、
院長の許可を得て、院外で通信回線に接続して往診又は訪問看護の業務に使用する場合は、この限りでない。

第13条（ホームページ）
病院ホームページの運用は委託事業者が行い、医療情報システム管理者は改ざんを検知する仕組みを委託事業者に設けさせるものとする。

## 第５章　物理的対策

第14条（サーバ室）
サーバ室は施錠管理し、入室者を記録しなければならない。停電に備え、無停電電源装置及び自家発電設備に接続する。

## 第６章　教育・事故対応・点検

第15条（教育）
最高情報セキュリティ責任者は、全ての職員等に対し、採用時及び年１回以上、情報セキュリティ研修を実施する。

第16条（事故対応）
職員等は、情報漏えい、ランサムウェア感染その他の事故を発見したときは、直ちに医療情報部に報告しなければならない。
２　医療情報システム管理者は、診療の継続を優先しつつ、紙運用への切替え等の措置を講じる。

第17条（自己点検）
部門責任者は、年１回、部門の自己点検を行い、その結果を最高情報セキュリティ責任者に報告しなければならない。

第18条（外部委託）
医療情報システムの保守を委託する場合は、リモート保守の接続経路及び作業記録の提出を契約に定めなければならない。
''', {
    'iot-devices': ('covered', ['article', 'list', 'wrapped'], '医療情報システム管理者は、ネットワークに接続する医療機器、ナースコール設備、監視カメラ、空調制御装置その他の特定用途機器について、',
                    'special-purpose devices in scope with default-password, firmware and separation measures'),
    'mobile-devices': ('covered', ['article', 'condition'], '職員等は、病院の端末を院外に持ち出してはならない。ただし、記憶装置の暗号化、MDMによる管理及び遠隔消去の設定が施されたタブレット端末について、',
                       'the ban has a proviso permitting outside connection of safeguarded tablets'),
    'unknown-malware': ('covered', ['article', 'wrapped'], 'プログラムの挙動から未知の不正プログラムを検知し、その実行を阻止する機能を導入しなければならない。',
                        'behaviour-based prevention on terminals and servers, firmly'),
    'it-asset-management': ('outdated', ['article', 'old-form', 'wrapped'], '医療情報システム管理者は、年に１回、端末及びサーバ装置にインストールされたソフトウェアの名称及びバージョンを調査し、',
                            'yearly manual survey into a ledger'),
    'email-encryption': ('missing', ['article', 'separate-duty'], '職員等は、患者の氏名その他の個人を特定できる診療情報を電子メールにより院外に送信してはならない。',
                         'a content prohibition, no mail encryption or sender authentication'),
    'drm': ('missing', ['article', 'separate-duty'], '２　電子カルテシステムにおいては、職種及び所属に応じて閲覧権限を設定し、印刷及び外部記録媒体への書出しは権限を有する者に限る。',
            'system-level access control, not protection that stays with leaked files'),
    'issue-reporting': ('missing', ['article', 'separate-duty'], '部門責任者は、年１回、部門の自己点検を行い、その結果を最高情報セキュリティ責任者に報告しなければならない。',
                        'self-inspection results only'),
    'promotion-structure': ('missing', ['article', 'separate-duty'], '病院に医療情報システム安全管理委員会（以下「委員会」という。）を置き、医療情報システムの安全管理に関する重要事項を審議する。',
                            'a deliberative committee only'),
    'web-encryption': ('missing', ['article', 'separate-duty'], '病院ホームページの運用は委託事業者が行い、医療情報システム管理者は改ざんを検知する仕組みを委託事業者に設けさせるものとする。',
                       'tamper detection only; nothing on encrypting the site'),
}, ['iot-devices', 'mobile-devices', 'unknown-malware', 'it-asset-management', 'email-encryption', 'drm',
    'issue-reporting', 'promotion-structure', 'web-encryption'])


# ---------------------------------------------------------------- 07 教育委員会 教育情報セキュリティ対策基準
# considered: mobile-devices, it-asset-management, web-encryption, email-encryption, promotion-structure,
# unknown-malware, drm, issue-reporting, improvement-instructions
case('07-boe-kijun.md', '''# 東谷市教育情報セキュリティ対策基準

東谷市教育委員会
令和４年４月１日施行

## 第１　総則

１　目的
　この基準は、東谷市教育情報セキュリティ基本方針に基づき、市立学校及び教育委員会事務局（以下「学校等」という。）
における情報資産の取扱いについて、教職員等が遵守すべき事項を定める。

２　対象
　市立小学校22校、中学校10校、教育委員会事務局及び教育センターの教職員等並びにこれらが管理する校務系、
校務外部接続系及び学習系の各システムを対象とする。

## 第２　組織体制

１　最高情報セキュリティ責任者
　教育長を最高情報セキュリティ責任者とする。
２　統括情報セキュリティ責任者
　教育総務課長を統括情報セキュリティ責任者とする。
３　学校情報セキュリティ責任者
　校長を学校情報セキュリティ責任者とし、副校長を学校情報セキュリティ管理者とする。
４　推進体制
　教育委員会は、学校等における情報セキュリティ対策を推進する体制の整備に努めるものとする。

## 第３　情報資産の分類

　校務で取り扱う情報を重要性分類Ⅰ（学籍、成績、健康診断等）からⅣまでに分類する。
　重要性分類Ⅱ以上の情報を校外に持ち出す場合は、教育委員会が貸与する暗号化USBメモリに限り使用することができる。

## 第４　物理的セキュリティ

１　校務用サーバは教育センターのサーバ室に集約し、入退室を管理する。
２　職員室の校務用端末にはワイヤーロックを施す。

## 第５　人的セキュリティ

１　教職員等は、児童生徒の個人情報を私物の端末で取り扱ってはならない。
２　統括情報セキュリティ責任者は、年１回、全教職員等に研修を実施する。

## 第６　技術的セキュリティ

１　ネットワーク分離
　校務系と学習系のネットワークは論理的に分離する。
２　不正プログラム対策
　全ての校務用端末及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを毎日更新する。
３　ソフトウェアの管理
　統括情報セキュリティ責任者は、校務用端末及びサーバにIT資産管理ソフトウェアを導入し、インストールされたソフトウェアの名称及びバージョンを自動的に収集しなければならない。
４　学校ホームページ
　学校ホームページのうち、問い合わせフォームを設けるページについてはSSL/TLSにより暗号化する。
５　電子メール
　校務用メールサーバは、他の電子メールサーバとの通信を暗号化することが望ましい。
６　モバイル端末
| 区分 | 校外での利用 | 必要な措置 |
|---|---|---|
| 校務用モバイル端末 | 家庭訪問、校外学習等において、校外の通信回線に接続して使用することができる | MDMによる管理、端末の暗号化、多要素認証及び紛失時の遠隔消去を必ず設定する |
| 学習用タブレット | 持ち帰り学習に使用することができる | フィルタリング及びMDMによる管理 |

## 第７　外部委託

　校務支援システムの運用を委託する場合は、委託先の情報セキュリティ対策を確認し、契約に定める。

## 第８　インシデント対応

　教職員等は、情報の漏えい、紛失等を発見したときは、直ちに校長に報告し、校長は統括情報セキュリティ責任者に報告する。

## 第９　監査及び見直し

１　統括情報セキュリティ責任者は、年１回、学校等を対象に情報セキュリティ監査を行い、その結果を最高情報セキュリティ責任者に報告する。
２　最高情報セキュリティ責任者は、監査の結果等を踏まえ、この基準を見直す。
''', {
    'mobile-devices': ('covered', ['table', 'condition'], '| 校務用モバイル端末 | 家庭訪問、校外学習等において、校外の通信回線に接続して使用することができる | MDMによる管理、端末の暗号化、多要素認証及び紛失時の遠隔消去を必ず設定する |',
                       'mobile terminals may connect outside with mandatory safeguards (table row)'),
    'it-asset-management': ('covered', ['list'], '　統括情報セキュリティ責任者は、校務用端末及びサーバにIT資産管理ソフトウェアを導入し、インストールされたソフトウェアの名称及びバージョンを自動的に収集しなければならない。',
                            'asset-management software collects software names and versions automatically'),
    'web-encryption': ('outdated', ['scope', 'old-form'], '　学校ホームページのうち、問い合わせフォームを設けるページについてはSSL/TLSにより暗号化する。',
                       'encryption only on form pages'),
    'email-encryption': ('outdated', ['modality'], '　校務用メールサーバは、他の電子メールサーバとの通信を暗号化することが望ましい。',
                         'mail transport encryption worded as desirable'),
    'promotion-structure': ('outdated', ['modality'], '　教育委員会は、学校等における情報セキュリティ対策を推進する体制の整備に努めるものとする。',
                            'the promotion structure is only to be striven for'),
    'unknown-malware': ('missing', ['separate-duty'], '　全ての校務用端末及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを毎日更新する。',
                        'pattern-file antivirus only'),
    'drm': ('missing', ['separate-duty', 'condition'], '　重要性分類Ⅱ以上の情報を校外に持ち出す場合は、教育委員会が貸与する暗号化USBメモリに限り使用することができる。',
            'encrypted media, not rights management'),
    'issue-reporting': ('missing', ['separate-duty'], '１　統括情報セキュリティ責任者は、年１回、学校等を対象に情報セキュリティ監査を行い、その結果を最高情報セキュリティ責任者に報告する。',
                        'audit results only'),
    'improvement-instructions': ('missing', ['separate-duty'], '２　最高情報セキュリティ責任者は、監査の結果等を踏まえ、この基準を見直す。',
                                 'review of the standard, not improvement instructions'),
}, ['mobile-devices', 'it-asset-management', 'web-encryption', 'email-encryption', 'promotion-structure',
    'unknown-malware', 'drm', 'issue-reporting', 'improvement-instructions'])


# ---------------------------------------------------------------- 08 町 基本方針 (delegates to the 対策基準)
# considered: promotion-structure, issue-reporting, improvement-instructions, unknown-malware, mobile-devices
case('08-town-kihonhoshin.md', '''# 南原町情報セキュリティ基本方針

令和２年４月１日制定

## １　目的

　本町は、住民の個人情報や行政運営上重要な情報など、多くの情報資産を取り扱っている。これらの情報資産を
人的脅威や災害、事故等から防御することは、住民の財産、プライバシー等を守るためにも、また事務の安定的な運営の
ためにも必要不可欠である。本町は、情報資産の機密性、完全性及び可用性を維持するため、ここに情報セキュリティ
基本方針（以下「本方針」という。）を定める。

## ２　定義

（１）ネットワーク　コンピュータ等を相互に接続するための通信網及びその構成機器をいう。
（２）情報システム　コンピュータ、ネットワーク及び記録媒体で構成され、情報処理を行う仕組みをいう。
（３）情報セキュリティ　情報資産の機密性、完全性及び可用性を維持することをいう。
（４）情報セキュリティポリシー　本方針及び情報セキュリティ対策基準をいう。
（５）機密性　情報にアクセスすることを認められた者だけが、情報にアクセスできる状態を確保することをいう。
（６）完全性　情報が破壊、改ざん又は消去されていない状態を確保することをいう。
（７）可用性　情報にアクセスすることを認められた者が、必要なときに中断されることなく、情報にアクセスできる状態を確保することをいう。

## ３　対象とする脅威

　情報資産に対する脅威として、以下の脅威を想定し、情報セキュリティ対策を実施する。
（１）不正アクセス、ウイルス攻撃、サービス不能攻撃等のサイバー攻撃や部外者の侵入等の意図的な要因による情報資産の漏えい、破壊、改ざん、消去等
（２）情報資産の無断持ち出し、無許可ソフトウェアの使用等の規定違反、設計・開発の不備、プログラム上の欠陥、操作及び設定ミス等の非意図的要因による情報資産の漏えい、破壊、消去等
（３）地震、落雷、火災等の災害によるサービス及び業務の停止等
（４）大規模・広範囲にわたる疾病による要員不足に伴うシステム運用の機能不全等
（５）電力供給の途絶、通信の途絶、水道供給の途絶等のインフラの障害からの波及等

## ４　適用範囲

　本方針が適用される行政機関は、町長部局、議会事務局、教育委員会、選挙管理委員会、監査委員、農業委員会及び固定資産評価審査委員会とする。
　本方針が対象とする情報資産は、ネットワーク、情報システム及びこれらに関する設備、電磁的記録媒体並びにこれらで取り扱う情報とする。

## ５　職員等の遵守義務

　職員等は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティポリシー及び情報セキュリティ実施手順を遵守しなければならない。

## ６　情報セキュリティ対策

　上記の脅威から情報資産を保護するために、以下の情報セキュリティ対策を講じる。
（１）組織体制　本町の情報資産について、情報セキュリティ対策を推進する全庁的な組織体制を確立する。推進体制の構成及び役割は、対策基準に定める。
（２）情報資産の分類と管理　本町の保有する情報資産を機密性、完全性及び可用性に応じて分類し、当該分類に基づき情報セキュリティ対策を行う。
（３）物理的セキュリティ　サーバ等、情報システム室等、通信回線等及び職員等のパソコン等の管理について、物理的な対策を講じる。
（４）人的セキュリティ　情報セキュリティに関し、職員等が遵守すべき事項を定めるとともに、十分な教育及び啓発を行う等の人的な対策を講じる。
（５）技術的セキュリティ　コンピュータ等の管理、アクセス制御、不正プログラム対策、不正アクセス対策等の技術的対策を講じる。
（６）運用　情報システムの監視、情報セキュリティポリシーの遵守状況の確認、外部委託を行う際のセキュリティ確保等、情報セキュリティポリシーの運用面の対策を講じる。また、情報資産への侵害が発生した場合等に迅速かつ適切に対応するため、緊急時対応計画を策定する。
（７）外部サービスの利用　外部委託する場合には、委託事業者を選定し、情報セキュリティ要件を明記した契約を締結し、委託事業者において必要なセキュリティ対策が確保されていることを定期的に確認し、必要に応じて契約に基づき措置を講じる。
（８）端末の持ち出し等　パソコン等の端末を庁外で使用する場合の取扱いは、対策基準に定める。

## ７　情報セキュリティ監査及び自己点検の実施

　情報セキュリティポリシーの遵守状況を検証するため、定期的又は必要に応じて情報セキュリティ監査及び自己点検を実施し、その結果を最高情報セキュリティ責任者に報告する。

## ８　情報セキュリティポリシーの見直し

　情報セキュリティ監査及び自己点検の結果、情報セキュリティポリシーの見直しが必要となった場合及び情報セキュリティに関する状況の変化に対応するため新たに対策が必要になった場合には、情報セキュリティポリシーを見直す。

## ９　情報セキュリティ対策基準の策定

　上記６、７及び８に規定する対策等を実施するために、具体的な遵守事項及び判断基準等を定める情報セキュリティ対策基準を策定する。

## 10　情報セキュリティ実施手順の策定

　情報セキュリティ対策基準に基づき、情報セキュリティ対策を実施するための具体的な手順を定めた情報セキュリティ実施手順を策定するものとする。
　なお、情報セキュリティ実施手順は、公にすることにより本町の行政運営に重大な支障を及ぼすおそれがあることから非公開とする。
''', {
    'promotion-structure': ('missing', ['list', 'deferral'], '（１）組織体制　本町の情報資産について、情報セキュリティ対策を推進する全庁的な組織体制を確立する。推進体制の構成及び役割は、対策基準に定める。',
                            'a general aim; the structure and its roles are left to the 対策基準, not set up here'),
    'issue-reporting': ('missing', ['separate-duty'], '　情報セキュリティポリシーの遵守状況を検証するため、定期的又は必要に応じて情報セキュリティ監査及び自己点検を実施し、その結果を最高情報セキュリティ責任者に報告する。',
                        'audit and self-inspection results only'),
    'improvement-instructions': ('missing', ['separate-duty'], '　情報セキュリティ監査及び自己点検の結果、情報セキュリティポリシーの見直しが必要となった場合及び情報セキュリティに関する状況の変化に対応するため新たに対策が必要になった場合には、情報セキュリティポリシーを見直す。',
                                 'policy review, not improvement instructions by the CISO'),
    'unknown-malware': ('missing', ['list', 'paraphrase'], '（５）技術的セキュリティ　コンピュータ等の管理、アクセス制御、不正プログラム対策、不正アクセス対策等の技術的対策を講じる。',
                        'a generic mention of malware countermeasures; nothing on unknown malware'),
    'mobile-devices': ('missing', ['list', 'deferral'], '（８）端末の持ち出し等　パソコン等の端末を庁外で使用する場合の取扱いは、対策基準に定める。',
                       'outside use of terminals left to the 対策基準'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'mobile-devices'])


# ---------------------------------------------------------------- 09 対策基準 revised for FY2018, cites 統一基準 sections
# considered: promotion-structure, issue-reporting, improvement-instructions, web-encryption, email-encryption,
# mobile-devices, domain-names, iot-devices, drm, it-asset-management, unknown-malware
case('09-nrda-kijun-fy2018.md', '''# 国立研究開発法人海洋資源研究開発機構情報セキュリティ対策基準

令和元年９月30日最高情報セキュリティ責任者決定
（「政府機関等の情報セキュリティ対策のための統一基準（平成30年度版）」の改定を踏まえ全部改正）

## 第１部　総則

1.1　本基準は、機構の情報セキュリティポリシーのうち対策基準として、統一基準と同等以上の対策を定める。
1.2　本基準は、機構の役職員、派遣労働者及び機構の業務に従事する者（以下「職員等」という。）に適用する。

## 第２部　組織と体制

2.1.1　組織・体制の整備（統一基準 2.1.1 関係）
(1) 最高情報セキュリティ責任者は、機構における情報セキュリティ対策の推進を担う組織として、情報セキュリティ対策推進体制を整備し、その役割を次のとおり定めること。
　(a) 対策推進計画の案の策定及び進捗管理
　(b) 教育、自己点検及び監査への対応の全体調整
　(c) 各部門への助言並びに課題及び改善状況の取りまとめ
(2) 最高情報セキュリティ責任者は、CSIRTを整備し、その役割を明確にすること。

2.2.1　運用上の課題の報告（統一基準 2.2.1、2.2.3、2.3.1 関係）
　情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育の実施において発生した課題を把握し、最高情報セキュリティ責任者に報告すること。

2.4.1　改善の指示（統一基準 2.4.1 関係）
　最高情報セキュリティ責任者は、報告を受けた課題及び監査の結果を踏まえ、機構全体に共通する改善事項については統括情報セキュリティ責任者に、
部門に固有の改善事項については当該部門の情報セキュリティ責任者に、それぞれ改善を指示すること。

## 第３部　情報の取扱い

3.1.1　職員等は、情報の作成時に格付及び取扱制限を明示すること。
3.1.2　機密性３情報を含む電子ファイルを機構外に提供する場合は、デジタル著作権管理（DRM）により閲覧、印刷及び複製を制限し、
流出した場合にも権限のない者が閲覧できない状態としなければならない。（統一基準 6.1.2 関係）

## 第４部　外部委託

4.1.1　委託先には、統一基準 4.1.1 に定める事項を契約に含めること。
4.1.4　クラウドサービスを利用する場合は、情報セキュリティ責任者の承認を得ること。

## 第６部　情報システムのセキュリティ要件

6.2.1　ソフトウェアの脆弱性対策
　IT資産管理ソフトウェアの導入については、次期端末更改に合わせて導入の要否を検討する。

6.2.2　不正プログラム対策
　情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つこと。

6.3.2　ウェブサイトの提供
(1) 情報システムセキュリティ責任者は、機構が開設する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと。
(2) 機構が開設するウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用すること。

## 第７部　構成要素

7.1.1　端末
(1) 職員等は、要管理対策区域外において、機構が支給するモバイル端末を機構内外の通信回線に接続して業務を行うことができる。
(2) 前号の端末には、記憶装置の暗号化、多要素認証、MDMによる管理及び遠隔消去の機能を設定すること。

7.1.3　複合機・特定用途機器
　情報システムセキュリティ責任者は、IoT機器を含む特定用途機器（テレビ会議システム、IP電話、ネットワークカメラ、入退館管理装置等）について、
初期パスワードの変更、ファームウェアの更新及び業務ネットワークからの分離を行うこと。

7.2.1　電子メール
　情報システムセキュリティ責任者は、電子メールサーバ間の通信をTLSにより暗号化するとともに、SPF及びDKIMによる送信ドメイン認証を行うこと。

## 附則

この基準は、令和元年10月１日から施行する。
''', {
    'promotion-structure': ('covered', ['list', 'citation'], '(1) 最高情報セキュリティ責任者は、機構における情報セキュリティ対策の推進を担う組織として、情報セキュリティ対策推進体制を整備し、その役割を次のとおり定めること。',
                            'promotion structure set up with its roles listed'),
    'issue-reporting': ('covered', ['citation'], '　情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育の実施において発生した課題を把握し、最高情報セキュリティ責任者に報告すること。',
                        'issues from operation, self-inspection and education reported to the CISO'),
    'improvement-instructions': ('covered', ['citation', 'wrapped'], '部門に固有の改善事項については当該部門の情報セキュリティ責任者に、それぞれ改善を指示すること。',
                                 'organisation-wide and department-specific improvements instructed to the right people'),
    'web-encryption': ('covered', ['list', 'citation'], '(1) 情報システムセキュリティ責任者は、機構が開設する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと。',
                       'every website always HTTPS'),
    'domain-names': ('covered', ['list'], '(2) 機構が開設するウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用すること。',
                     'government domain for sites and mail'),
    'email-encryption': ('covered', ['citation'], '　情報システムセキュリティ責任者は、電子メールサーバ間の通信をTLSにより暗号化するとともに、SPF及びDKIMによる送信ドメイン認証を行うこと。',
                         'server-to-server TLS and sender authentication'),
    'mobile-devices': ('covered', ['list', 'condition'], '(1) 職員等は、要管理対策区域外において、機構が支給するモバイル端末を機構内外の通信回線に接続して業務を行うことができる。',
                       'mobile terminals may connect inside and outside, with safeguards required by the next item'),
    'iot-devices': ('covered', ['citation', 'wrapped'], '　情報システムセキュリティ責任者は、IoT機器を含む特定用途機器（テレビ会議システム、IP電話、ネットワークカメラ、入退館管理装置等）について、',
                    'IoT devices within scope with safety measures'),
    'drm': ('covered', ['wrapped', 'citation'], '3.1.2　機密性３情報を含む電子ファイルを機構外に提供する場合は、デジタル著作権管理（DRM）により閲覧、印刷及び複製を制限し、',
            'DRM keeps confidential files unreadable after they leak'),
    'it-asset-management': ('missing', ['deferral'], '　IT資産管理ソフトウェアの導入については、次期端末更改に合わせて導入の要否を検討する。',
                            'automatic software collection is deferred to a future renewal'),
    'unknown-malware': ('missing', ['separate-duty'], '　情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つこと。',
                        'definition-file antivirus only'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'web-encryption', 'email-encryption',
    'mobile-devices', 'domain-names', 'iot-devices', 'drm', 'it-asset-management', 'unknown-malware'])


# ---------------------------------------------------------------- 10 対策基準 written to an older edition (平成28年度版)
# outdatedEdition: true (set after write_set).
# considered: domain-names, web-encryption, email-encryption, mobile-devices, it-asset-management, issue-reporting,
# promotion-structure, improvement-instructions, unknown-malware, drm
case('10-agency-kijun-old-edition.md', '''# 中央統計庁情報セキュリティ対策基準

平成29年３月31日　最高情報セキュリティ責任者決定

本基準は、「政府機関等の情報セキュリティ対策のための統一基準（平成28年度版）」及び「府省庁対策基準策定のためのガイドライン（平成28年度版）」
に基づき、中央統計庁における情報セキュリティ対策の基準を定めるものである。

## 第１部　総則

1.1　本基準は、中央統計庁の行政事務従事者に適用する。
1.2　本基準において用いる用語は、統一基準の例による。

## 第２部　情報セキュリティ対策の基本的枠組み

2.1.1　組織・体制の整備
(1) 長官は、最高情報セキュリティ責任者を１人置くこと。
(2) 最高情報セキュリティ責任者は、情報セキュリティ委員会を置き、対策基準等の審議を行わせること。
(3) 最高情報セキュリティ責任者は、統括情報セキュリティ責任者及び課室ごとに情報セキュリティ責任者を置くこと。

2.2.3　教育
(1) 統括教育責任者は、行政事務従事者に対し、毎年度、情報セキュリティ対策に関する教育を実施すること。

2.3.1　自己点検
(1) 行政事務従事者は、毎年度、自己点検を実施し、結果を情報セキュリティ責任者に報告すること。

2.3.2　情報セキュリティ監査
(1) 情報セキュリティ監査責任者は、監査実施計画に基づき監査を実施し、監査報告書を最高情報セキュリティ責任者に報告すること。
(2) 最高情報セキュリティ責任者は、監査報告書の内容を踏まえ、指摘事項に対する改善計画の策定等を情報セキュリティ責任者に指示すること。

2.2.4　情報セキュリティインシデントへの対処
(1) 最高情報セキュリティ責任者は、CSIRTを整備し、その役割を明確化すること。
(2) 行政事務従事者は、情報セキュリティインシデントを認知した場合には、CSIRTに報告すること。
(3) CSIRTは、報告された情報セキュリティインシデントについて、被害の拡大防止等の措置を講ずること。

2.2.2　例外措置
(1) 情報セキュリティ責任者は、例外措置の申請を審査し、許可した場合はその記録を保存すること。

## 第３部　情報の取扱い

3.1.1　行政事務従事者は、機密性３情報を含む電子ファイルを庁外に送付する場合は、パスワードを設定すること。

## 第６部　情報システムのセキュリティ要件

6.2.1　ソフトウェアに関する脆弱性対策
(1) 情報システムセキュリティ責任者は、半期ごとに、所管する端末及びサーバ装置で利用しているソフトウェアの名称及びバージョンを調査し、表計算ファイルにより管理すること。

6.2.2　不正プログラム対策
(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つこと。

6.3.2　ウェブサイトの提供
(1) 情報システムセキュリティ責任者は、利用者に認証情報を入力させるログインページ及び申請フォームについて、TLSにより通信を暗号化すること。
(2) 庁が開設するウェブサイトには、政府ドメイン名（go.jp）を使用すること。

## 第７部　情報システムの構成要素

6.1.1　主体認証機能
(1) 情報システムセキュリティ責任者は、主体認証情報の漏えい等による不正な利用を防止する措置を講ずること。
6.1.4　ログの取得・管理
(1) 情報システムセキュリティ責任者は、取得したログを定められた期間保存し、定期的に点検すること。

7.1.1　端末
(1) 行政事務従事者は、庁が支給する端末を庁舎外に持ち出し、又は庁外の通信回線に接続してはならない。

7.2.1　電子メール
(1) 行政事務従事者は、要機密情報を添付して庁外に電子メールを送信する場合は、添付ファイルを暗号化すること。
(2) 行政事務従事者は、送信前に宛先を確認すること。
''', {
    'domain-names': ('covered', ['list'], '(2) 庁が開設するウェブサイトには、政府ドメイン名（go.jp）を使用すること。',
                     'government domain required for its sites (the go.jp rule is unchanged for a non-university body)'),
    'web-encryption': ('outdated', ['list', 'scope', 'old-form'], '(1) 情報システムセキュリティ責任者は、利用者に認証情報を入力させるログインページ及び申請フォームについて、TLSにより通信を暗号化すること。',
                       'encryption only on login and form pages'),
    'email-encryption': ('outdated', ['list', 'old-form'], '(1) 行政事務従事者は、要機密情報を添付して庁外に電子メールを送信する場合は、添付ファイルを暗号化すること。',
                         'staff encrypt some attachments; no transport encryption'),
    'mobile-devices': ('outdated', ['list', 'negation', 'old-form'], '(1) 行政事務従事者は、庁が支給する端末を庁舎外に持ち出し、又は庁外の通信回線に接続してはならない。',
                       'blanket ban on taking out or connecting outside (information level)'),
    'it-asset-management': ('outdated', ['list', 'old-form'], '(1) 情報システムセキュリティ責任者は、半期ごとに、所管する端末及びサーバ装置で利用しているソフトウェアの名称及びバージョンを調査し、表計算ファイルにより管理すること。',
                            'periodic manual survey kept in a spreadsheet'),
    'issue-reporting': ('missing', ['list', 'separate-duty'], '(1) 情報セキュリティ監査責任者は、監査実施計画に基づき監査を実施し、監査報告書を最高情報セキュリティ責任者に報告すること。',
                        'audit report only'),
    'promotion-structure': ('missing', ['list', 'separate-duty'], '(2) 最高情報セキュリティ責任者は、情報セキュリティ委員会を置き、対策基準等の審議を行わせること。',
                            'roles of responsible people and a committee; no promotion structure'),
    'improvement-instructions': ('missing', ['list', 'separate-duty'], '(2) 最高情報セキュリティ責任者は、監査報告書の内容を踏まえ、指摘事項に対する改善計画の策定等を情報セキュリティ責任者に指示すること。',
                                 'audit follow-up only, not organisation-wide and department-specific improvement instructions'),
    'unknown-malware': ('missing', ['list', 'separate-duty'], '(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つこと。',
                        'definition-file antivirus only'),
    'drm': ('missing', ['list', 'separate-duty'], '3.1.1　行政事務従事者は、機密性３情報を含む電子ファイルを庁外に送付する場合は、パスワードを設定すること。',
            'password-protected files, not rights management'),
}, ['domain-names', 'web-encryption', 'email-encryption', 'mobile-devices', 'it-asset-management', 'issue-reporting',
    'promotion-structure', 'improvement-instructions', 'unknown-malware', 'drm'])


# ---------------------------------------------------------------- 11 US-style state agency security standard (English)
# considered: web-encryption, unknown-malware, mobile-devices, email-encryption, promotion-structure,
# issue-reporting, drm, it-asset-management, iot-devices
case('11-state-agency-standard-en.md', '''# Department of Transportation — Information Security Standard

Standard No. IS-100, Version 3.2. Owner: Office of the Chief Information Security Officer (CISO).

## 1. Purpose and Scope

1.1 This Standard sets the minimum security requirements for the information systems of the Department of
Transportation (the Department). It applies to all employees, contractors, interns and volunteers who use
Department information or systems (users).

1.2 Building management systems, traffic signal controllers and roadside sensors are managed by the Facilities and
Operations Division and are outside the scope of this Standard.

## 2. Roles and Responsibilities

2.1 The CISO is accountable for the Department's information security program and approves this Standard.

2.2 The Information Security Steering Committee, chaired by the Deputy Secretary, meets quarterly to review risk
reports and approve exceptions to this Standard.

2.3 Division Directors are responsible for compliance within their divisions.

2.4 System Owners are responsible for the security of the systems they own, including access reviews.

## 3. Data Classification

3.1 Department information is classified as Public, Internal, Confidential or Restricted.

3.2 Confidential and Restricted information copied to portable media (USB drives, external disks) shall be stored
only on FIPS 140-validated encrypted media.

## 4. Personnel Security

4.1 Users shall complete security awareness training on hire and annually thereafter.

4.2 Users shall sign the Acceptable Use Agreement before receiving an account.

## 5. Asset Management

5.1 The IT Service Desk shall record every workstation, server and network device in the hardware inventory when it
is received, with its serial number, location and custodian.

## 6. Technical Controls

6.1 Access control. Access shall be granted on least privilege and reviewed every six months.

6.2 Multi-factor authentication shall be required for remote access and for all privileged accounts.

6.3 Malware protection. Endpoint detection and response (EDR) software that detects unknown malware by its behaviour
and blocks its execution shall be deployed on all Department workstations and servers.

6.4 Web services. All Department websites, public and internal, shall be served over HTTPS only; HTTP requests shall
be redirected to HTTPS.

6.5 E-mail. The Department shall publish SPF records for all of its mail domains.

6.6 Mobile devices. Department-issued laptops, tablets and phones may be connected to home, public and partner
networks for Department work, provided that they are enrolled in mobile device management, have full-disk encryption
enabled and can be remotely wiped.

6.7 Logging. Security logs shall be retained for at least one year.

## 6A. Operations

6A.1 Backups. System Owners shall back up production data daily, keep at least one copy off-site and test restoration
every quarter.

6A.2 Change management. Changes to production systems shall be recorded, risk-assessed and approved by the Change
Advisory Board before implementation, except emergency changes, which shall be reviewed within five business days.

6A.3 Passwords. Passwords shall be at least 14 characters long, shall not be reused across systems and shall be
changed immediately if compromise is suspected.

6A.4 Clean desk. Users shall lock their screens when leaving their desks and shall not leave Confidential documents
unattended.

6A.5 Disposal. Storage media shall be sanitised or physically destroyed before disposal, and a certificate of
destruction shall be kept for three years.

6A.6 Continuity. Each division shall maintain a continuity plan for its critical systems and exercise it annually.

## 7. Third Parties

7.1 Contracts with vendors that handle Confidential or Restricted information shall include security requirements,
breach notification within 24 hours and the Department's right to audit.

## 8. Incident Response

8.1 Users shall report suspected security incidents to the IT Service Desk immediately.

8.2 The CISO shall maintain an incident response plan and test it annually.

## 9. Compliance and Audit

9.1 Internal Audit shall review compliance with this Standard annually and report its findings to the CISO.

9.2 Exceptions to this Standard require written approval by the Steering Committee and expire after one year.

## 10. Review

10.1 This Standard shall be reviewed at least every two years.
''', {
    'web-encryption': ('covered', ['english', 'wrapped'], '6.4 Web services. All Department websites, public and internal, shall be served over HTTPS only; HTTP requests shall',
                       'every site HTTPS only'),
    'unknown-malware': ('covered', ['english', 'wrapped'], '6.3 Malware protection. Endpoint detection and response (EDR) software that detects unknown malware by its behaviour',
                        'behaviour-based blocking on all workstations and servers'),
    'mobile-devices': ('covered', ['english', 'condition', 'wrapped'], '6.6 Mobile devices. Department-issued laptops, tablets and phones may be connected to home, public and partner',
                       'outside connection allowed with MDM, encryption and remote wipe'),
    'email-encryption': ('missing', ['english', 'separate-duty'], '6.5 E-mail. The Department shall publish SPF records for all of its mail domains.',
                         'SPF only; no mail encryption'),
    'promotion-structure': ('missing', ['english', 'separate-duty'], '2.2 The Information Security Steering Committee, chaired by the Deputy Secretary, meets quarterly to review risk',
                            'a steering committee that reviews and approves; no promotion structure'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], '9.1 Internal Audit shall review compliance with this Standard annually and report its findings to the CISO.',
                        'audit findings only'),
    'drm': ('missing', ['english', 'separate-duty'], '3.2 Confidential and Restricted information copied to portable media (USB drives, external disks) shall be stored',
            'encrypted media, not rights management'),
    'it-asset-management': ('missing', ['english', 'separate-duty'], '5.1 The IT Service Desk shall record every workstation, server and network device in the hardware inventory when it',
                            'hardware inventory at receipt only'),
    'iot-devices': ('missing', ['english', 'exclusion'], '1.2 Building management systems, traffic signal controllers and roadside sensors are managed by the Facilities and',
                    'IoT-type systems excluded from scope'),
}, ['web-encryption', 'unknown-malware', 'mobile-devices', 'email-encryption', 'promotion-structure',
    'issue-reporting', 'drm', 'it-asset-management', 'iot-devices'])


# ---------------------------------------------------------------- 12 city information security policy (English)
# considered: web-encryption, email-encryption, mobile-devices, unknown-malware, iot-devices, issue-reporting,
# promotion-structure, drm, it-asset-management
case('12-city-policy-en.md', '''# City of Harbourview Information Security Policy

Adopted by the City Manager, effective 1 July 2022.

## 1. Purpose

The City holds personal information about residents, businesses and employees. This Policy sets out how City
departments and staff protect that information and the systems that process it.

## 2. Scope

This Policy applies to all City departments, elected officials' offices, employees, temporary staff and contractors
who use City information systems.

## 2A. Definitions

- Information system: hardware, software and networks used to process City information.
- User: any person who has been given access to a City information system.
- Incident: an event that threatens the confidentiality, integrity or availability of City information.

## 3. Responsibilities

- The City Manager appoints the Chief Information Security Officer (CISO), who leads the City's security program.
- The IT Department operates the City network, servers, e-mail and website.
- Department Heads ensure that their staff follow this Policy.
- A dedicated information security promotion team will be considered in a future review of this Policy.

## 4. Information Classification

Information is classified as Public, Internal or Sensitive. Sensitive information includes personal information,
law-enforcement records and security details.

Staff shall protect Sensitive documents sent outside the City with a password.

## 5. Physical Security

The server room shall be locked at all times and access limited to authorised IT staff.

CCTV cameras shall be installed at the entrance to the server room and recordings kept for 30 days.

## 6. Equipment

The IT Department shall keep an inventory of all City computers, printers and network equipment, with their asset
tags and locations.

City-owned laptops and phones shall not be taken home or connected to any network outside City offices.

## 7. Technical Security

### 7.1 Accounts and passwords
Each user has a personal account. Passwords shall be at least 12 characters and shall not be shared.

### 7.2 Anti-virus
All City computers and servers shall run anti-virus software with signature updates applied daily.

### 7.3 Website
Pages of the City website that collect personal information or login credentials shall use HTTPS.

### 7.4 E-mail
Staff should encrypt attachments containing personal information before e-mailing them outside the City.
Staff shall double-check recipients before sending e-mail to external addresses.

### 7.5 Patching
The IT Department shall apply security updates to servers and computers within 30 days of release.

## 7A. Access Management

User accounts are created on the request of the employee's supervisor and removed on the last day of employment.
Shared accounts are not permitted except for service accounts approved by the IT Department. Administrator rights on
desktop computers are limited to IT staff.

## 7B. Backup and Recovery

The IT Department shall back up City servers every night and keep backup copies in a separate building. Restoration
shall be tested twice a year. Systems supporting emergency services shall have a documented recovery plan.

## 7C. Acceptable Use

City systems are provided for City business. Limited personal use is allowed if it does not interfere with work.
Staff shall not use City systems to access offensive material, run private businesses or install games. Staff shall
not forward City e-mail automatically to personal accounts.

## 7D. Disposal

Computers and storage media shall be wiped or shredded before disposal or return to the lessor.

## 8. Contractors

Contracts for IT services shall require confidentiality, notification of security breaches and return or destruction
of City data at the end of the contract.

## 9. Incidents

Staff shall report lost devices, suspicious e-mails and suspected breaches to the IT Help Desk immediately. The CISO
shall inform the City Manager of any serious incident.

## 10. Audit and Review

The City Auditor shall audit compliance with this Policy every two years and report the results to the City Manager
and the CISO.

This Policy shall be reviewed every three years.
''', {
    'web-encryption': ('outdated', ['english', 'scope', 'old-form'], 'Pages of the City website that collect personal information or login credentials shall use HTTPS.',
                       'HTTPS only on login and data-collection pages'),
    'email-encryption': ('outdated', ['english', 'modality', 'old-form'], 'Staff should encrypt attachments containing personal information before e-mailing them outside the City.',
                         'staff encrypting attachments, as a wish; no transport encryption'),
    'mobile-devices': ('outdated', ['english', 'negation', 'old-form'], 'City-owned laptops and phones shall not be taken home or connected to any network outside City offices.',
                       'blanket ban (information level)'),
    'unknown-malware': ('missing', ['english', 'separate-duty'], 'All City computers and servers shall run anti-virus software with signature updates applied daily.',
                        'signature antivirus only'),
    'iot-devices': ('missing', ['english', 'separate-duty'], 'CCTV cameras shall be installed at the entrance to the server room and recordings kept for 30 days.',
                    'cameras as a physical control; no device security measures'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], 'The City Auditor shall audit compliance with this Policy every two years and report the results to the City Manager',
                        'audit results only'),
    'promotion-structure': ('missing', ['english', 'list', 'deferral'], '- A dedicated information security promotion team will be considered in a future review of this Policy.',
                            'deferred'),
    'drm': ('missing', ['english', 'separate-duty'], 'Staff shall protect Sensitive documents sent outside the City with a password.',
            'password protection, not rights management'),
    'it-asset-management': ('missing', ['english', 'separate-duty'], 'The IT Department shall keep an inventory of all City computers, printers and network equipment, with their asset',
                            'hardware inventory only'),
}, ['web-encryption', 'email-encryption', 'mobile-devices', 'unknown-malware', 'iot-devices', 'issue-reporting',
    'promotion-structure', 'drm', 'it-asset-management'])


# ---------------------------------------------------------------- 13 national university policy (English)
# considered: domain-names, web-encryption, drm, issue-reporting, iot-devices, unknown-malware, email-encryption,
# mobile-devices, promotion-structure, it-asset-management
case('13-univ-policy-en.md', '''# Kitami Institute of Technology Information Security Policy

Established by the President on 1 April 2020; last amended 1 October 2024.

## Chapter 1 General Provisions

Article 1 (Purpose) This Policy sets out the measures the Institute takes to protect the information assets that
support its education, research and community engagement.

Article 2 (Scope) This Policy applies to officers, faculty, staff, students and visitors who use the Institute's
information systems.

Article 2-2 (Definitions) In this Policy, "members" means officers, faculty, staff and students; "information
systems" means computers, networks and services operated by or for the Institute; and "incident" means an event that
damages or threatens the confidentiality, integrity or availability of information.

## Chapter 2 Organisation

Article 3 (CISO) The Executive Director for Information serves as the Chief Information Security Officer (CISO).

Article 4 (Information Security Committee) The Information Security Committee deliberates on the establishment and
amendment of this Policy and on responses to serious incidents.

Article 5 (Faculty Security Officers) The dean of each faculty and the head of each centre serve as Faculty
Security Officers.

Article 6 (Reporting of Issues) Faculty Security Officers shall report to the CISO the issues identified in the
day-to-day operation of security measures, in self-inspection and in security training.

## Chapter 3 Information Handling

Article 7 (Classification) Information is classified as Public, Internal or Restricted.

Article 8 (Rights Management) Files classified Restricted shall be protected with information rights management
(IRM), so that they remain unreadable to unauthorised persons even if they are copied or forwarded outside the
Institute.

## Chapter 4 Information Systems

Article 9 (Domain Names) All Institute websites and e-mail addresses shall use the Institute's ac.jp domain.

Article 10 (Websites) All websites operated by the Institute, including those of faculties, laboratories and
student services, shall be served over HTTPS only.

Article 11 (E-mail) Users shall check recipients before sending e-mail and shall use the Bcc field when writing to
several external addresses at once.

Article 12 (Malware) The Institute is evaluating behaviour-based endpoint protection against unknown malware; no
deployment decision has been made.

Article 13 (Networked Devices) Departments should, where practicable, change default passwords and apply firmware
updates on networked devices such as IP cameras, printers, laboratory instruments and building sensors.

Article 14 (Personal Devices) Personal computers and smartphones shall not be connected to the administrative
network.

Article 15 (Equipment Register) The Information Technology Centre shall register computers and servers purchased
with Institute funds in the equipment register.

Article 15-2 (Accounts) The Information Technology Centre issues a unified account to each member on enrolment or
appointment and suspends it on graduation or retirement. Accounts shall not be lent to others.

Article 15-3 (Passwords) Passwords shall be at least twelve characters long. Multi-factor authentication shall be
used for the learning management system, the student records system and remote access.

Article 15-4 (Logs) Administrators shall keep access logs of servers for at least one year and review them when an
incident is suspected.

Article 15-5 (Backups) Administrators shall back up servers that hold research data and administrative records, and
shall store copies in a location separate from the original.

Article 15-6 (Software Licences) Users shall use software only in accordance with its licence terms.

## Chapter 5 Outsourcing and Incidents

Article 16 (Outsourcing) Contracts for outsourced services shall include security requirements and incident
reporting obligations.

Article 17 (Incidents) Anyone who discovers an incident shall report it immediately to the Institute CSIRT.

## Chapter 6 Audit

Article 18 (Audit) The CISO shall have an information security audit performed every year.
''', {
    'domain-names': ('covered', ['english', 'article'], "Article 9 (Domain Names) All Institute websites and e-mail addresses shall use the Institute's ac.jp domain.",
                     'a higher-education body uses ac.jp for sites and mail'),
    'web-encryption': ('covered', ['english', 'article'], 'Article 10 (Websites) All websites operated by the Institute, including those of faculties, laboratories and',
                       'every site HTTPS only, including departmental ones'),
    'drm': ('covered', ['english', 'article', 'wrapped'], 'Article 8 (Rights Management) Files classified Restricted shall be protected with information rights management',
            'IRM keeps restricted files unreadable after copying or forwarding'),
    'issue-reporting': ('covered', ['english', 'article', 'wrapped'], 'Article 6 (Reporting of Issues) Faculty Security Officers shall report to the CISO the issues identified in the',
                        'issues from operation, self-inspection and training reported to the CISO'),
    'iot-devices': ('outdated', ['english', 'article', 'modality'], 'Article 13 (Networked Devices) Departments should, where practicable, change default passwords and apply firmware',
                    'IoT measures worded as a wish'),
    'unknown-malware': ('missing', ['english', 'article', 'deferral'], 'Article 12 (Malware) The Institute is evaluating behaviour-based endpoint protection against unknown malware; no',
                        'under evaluation; nothing decided'),
    'email-encryption': ('missing', ['english', 'article', 'separate-duty'], 'Article 11 (E-mail) Users shall check recipients before sending e-mail and shall use the Bcc field when writing to',
                         'mis-sending rule only'),
    'mobile-devices': ('missing', ['english', 'article', 'separate-duty'], 'Article 14 (Personal Devices) Personal computers and smartphones shall not be connected to the administrative',
                       'a ban on private devices only; nothing on Institute-issued mobile terminals'),
    'promotion-structure': ('missing', ['english', 'article', 'separate-duty'], 'Article 4 (Information Security Committee) The Information Security Committee deliberates on the establishment and',
                            'a deliberative committee only'),
    'it-asset-management': ('missing', ['english', 'article', 'separate-duty'], 'Article 15 (Equipment Register) The Information Technology Centre shall register computers and servers purchased',
                            'hardware register only'),
}, ['domain-names', 'web-encryption', 'drm', 'issue-reporting', 'iot-devices', 'unknown-malware', 'email-encryption',
    'mobile-devices', 'promotion-structure', 'it-asset-management'])


# ---------------------------------------------------------------- 14 national agency policy (English version)
# considered: promotion-structure, email-encryption, domain-names, web-encryption, improvement-instructions,
# mobile-devices, it-asset-management, unknown-malware, issue-reporting, drm
case('14-national-agency-policy-en.md', '''# Japan Meteorological Data Agency — Information Security Measures Standard (English Translation)

This English translation is provided for reference. In case of discrepancy, the Japanese original prevails.

## Part 1 General

1.1 This Standard sets the information security measures of the Agency and applies to all officials and other
personnel (staff) of the Agency.

1.2 Mobile devices are outside the scope of this Standard and will be governed by a separate rule to be issued.

1.3 Definitions. In this Standard, "information" means information handled by staff in their duties and recorded
in information systems or on media; "information system" means hardware, software and networks used by the Agency;
"incident" means an event that impairs or may impair the confidentiality, integrity or availability of information.

1.4 Relationship with other rules. This Standard is supplemented by implementation procedures issued by the
Information Policy Office, which are not published.

1.5 Exceptions. Where a measure in this Standard cannot be applied, the Division Security Officer shall apply to the
CISO for an exception and record the approval and the compensating measures taken.

## Part 2 Organisation

2.1 The Director-General appoints a Chief Information Security Officer (CISO).

2.2 The CISO shall establish the Information Security Promotion Structure as the unit that drives the Agency's
security measures. Its roles are set out in the table below.

| Unit | Roles |
|---|---|
| CISO | Overall responsibility; decides this Standard |
| Information Security Promotion Structure (Information Policy Office) | Drafts the Standard and the promotion plan; plans training and self-inspection; supports divisions |
| Division Security Officers | Implement measures in their divisions |
| CSIRT | Handles security incidents |

2.3 The CISO may, where appropriate, instruct improvements, whether common to the Agency or specific to a division,
to the officer concerned.

## Part 3 Operation

3.1 Staff shall complete security training every year.

3.2 Division Security Officers shall carry out self-inspection every year and report the results to the CISO.

3.3 The CISO shall have an information security audit carried out every year.

## Part 4 Information Handling

4.1 Staff shall mark the classification of each document they create.

4.2 Information classified Confidential-3 shall be stored only on encrypted file servers.

## Part 5 Information Systems

5.1 The Information Policy Office shall record each terminal and server in the hardware register at delivery.

5.2 Anti-malware software with automatically updated definition files shall be installed on all terminals and
servers.

5.3 Encryption of communication by HTTPS is desirable for all websites of the Agency.

5.4 All websites and e-mail addresses of the Agency shall use the Agency's go.jp domain.

5.5 Mail servers shall encrypt server-to-server communication using TLS (STARTTLS) and shall implement sender domain
authentication (SPF and DKIM).

5.6 Administrators shall apply security patches without delay after they are verified.

5.7 Privileged IDs shall be issued only to administrators and shall be reviewed every quarter.

5.8 Access logs of information systems handling Confidential information shall be kept for at least one year.

5.9 Backups of critical systems shall be taken daily and stored in a different building from the primary systems.

5.10 Before equipment is disposed of or returned to a lessor, all storage media shall be erased so that data cannot be
recovered.

5.11 Staff shall not leave documents on their desks and shall lock their screens when away from their seats.

5.12 Passwords shall be at least twelve characters and shall not be written down or shared.

## Part 6 Outsourcing

6.1 Contracts shall oblige contractors to take security measures equivalent to this Standard and to report incidents.

6.2 Cloud services shall be used only after the CISO confirms their security.

6.3 When a contract ends, contractors shall return or securely delete all Agency information and submit a
certificate of deletion.

## Part 7 Incidents

7.1 Staff who find an incident shall report it to the CSIRT immediately.
''', {
    'promotion-structure': ('covered', ['english', 'wrapped', 'table'], '2.2 The CISO shall establish the Information Security Promotion Structure as the unit that drives the Agency\'s',
                            'promotion structure set up with roles in a table'),
    'email-encryption': ('covered', ['english', 'wrapped'], '5.5 Mail servers shall encrypt server-to-server communication using TLS (STARTTLS) and shall implement sender domain',
                         'server-to-server TLS and sender authentication'),
    'domain-names': ('covered', ['english'], "5.4 All websites and e-mail addresses of the Agency shall use the Agency's go.jp domain.",
                     'government domain for sites and mail'),
    'web-encryption': ('outdated', ['english', 'modality'], '5.3 Encryption of communication by HTTPS is desirable for all websites of the Agency.',
                       'HTTPS everywhere worded as desirable'),
    'improvement-instructions': ('outdated', ['english', 'modality', 'wrapped'], '2.3 The CISO may, where appropriate, instruct improvements, whether common to the Agency or specific to a division,',
                                 'the instruction is only a permission'),
    'mobile-devices': ('missing', ['english', 'exclusion', 'deferral'], '1.2 Mobile devices are outside the scope of this Standard and will be governed by a separate rule to be issued.',
                       'mobile devices excluded and deferred'),
    'it-asset-management': ('missing', ['english', 'separate-duty'], '5.1 The Information Policy Office shall record each terminal and server in the hardware register at delivery.',
                            'hardware register at delivery'),
    'unknown-malware': ('missing', ['english', 'separate-duty'], '5.2 Anti-malware software with automatically updated definition files shall be installed on all terminals and',
                        'definition-file antivirus only'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], '3.2 Division Security Officers shall carry out self-inspection every year and report the results to the CISO.',
                        'self-inspection results only'),
    'drm': ('missing', ['english', 'separate-duty'], '4.2 Information classified Confidential-3 shall be stored only on encrypted file servers.',
            'storage encryption, not rights management'),
}, ['promotion-structure', 'email-encryption', 'domain-names', 'web-encryption', 'improvement-instructions',
    'mobile-devices', 'it-asset-management', 'unknown-malware', 'issue-reporting', 'drm'])


# ---------------------------------------------------------------- 15 county IT security standard (English)
# considered: iot-devices, it-asset-management, unknown-malware, mobile-devices, web-encryption, email-encryption,
# promotion-structure, drm, issue-reporting
case('15-county-standard-en.md', '''# Lakeshore County Information Technology Security Standard

Issued by the County Information Technology Department. Revision 4, March 2024.

## Section 1 — Purpose and Applicability

1.1 This Standard establishes the security controls that protect County information systems and the data of the
residents they serve. It applies to every County department, office and court, and to contractors who connect to the
County network.

1.2 Departments may adopt stricter controls. Deviations from this Standard require a written exception approved by the
Chief Information Officer (CIO).

1.3 Definitions. "Workstation" means any County desktop or laptop computer. "Server" means any physical or virtual
host that provides services to other systems. "Confidential data" includes personal, health, tax and law enforcement
data protected by law.

1.4 Enforcement. Violations of this Standard may result in removal of system access and disciplinary action
consistent with County personnel rules.

## Section 2 — Governance

2.1 The CIO is responsible for this Standard and designates the County Information Security Officer (ISO).

2.2 The County Computer Security Incident Response Team (CSIRT) coordinates the detection, containment and recovery
of security incidents across departments.

2.3 Department Heads designate a departmental security liaison who distributes guidance and collects training records.

## Section 3 — Asset Management

3.1 An asset management agent shall be installed on all County workstations and servers. The agent shall collect the
names and versions of installed software automatically, and the ISO shall compare the inventory with vulnerability
advisories every week.

3.2 Internet of Things (IoT) devices, including network cameras, HVAC controllers, badge readers and smart meters, are
within the scope of this Standard. Before such a device is connected to the County network, its default credentials
shall be changed, its firmware shall be brought up to date, and it shall be placed on an isolated network segment.

## Section 4 — Data Protection

4.1 Data classified Confidential shall be encrypted at rest on servers and laptops.

4.2 Outbound e-mail containing Social Security numbers shall be blocked by the data loss prevention gateway.

## Section 5 — Endpoint and Network Security

5.1 All workstations and servers shall run County-approved anti-virus software.

5.2 Unknown malware shall be detected at the Internet gateway by a sandbox appliance before files are delivered to
users.

5.3 TLS 1.0 and TLS 1.1 shall be disabled on all County web servers.

5.4 County-issued phones and laptops used off-site should, where possible, have device encryption and a passcode
enabled.

5.5 Firewall rules shall be reviewed every six months.

## Section 6 — Access Control

6.1 User accounts shall be disabled within one business day of separation.

6.2 Privileged accounts shall use multi-factor authentication.

5.6 Network devices shall be configured from the County baseline, and administrative interfaces shall not be
reachable from the Internet.

5.7 Security event logs from servers, firewalls and domain controllers shall be forwarded to the County log
platform and retained for at least one year.

5.8 Backups of County systems shall follow the 3-2-1 rule and restoration shall be tested quarterly.

5.9 Removable storage devices shall be blocked on workstations except where a business need is approved.

5.10 Disposal. Hard drives shall be wiped to NIST SP 800-88 standards or shredded before disposal.

## Section 7 — Vendors

7.1 Vendors with remote access shall use the County's managed remote access service and named accounts.

7.2 Vendors shall notify the ISO of any security incident affecting County data within 24 hours and shall cooperate
with the County CSIRT during the investigation.

7.3 Contracts shall require vendors to return or destroy County data at the end of the contract.

## Section 8 — Training

8.1 All users shall complete annual security awareness training, including phishing simulations.

## Section 9 — Audit

9.1 The County Internal Auditor shall test compliance with this Standard every year and report the results to the
CIO and to the Board of Supervisors.
''', {
    'iot-devices': ('covered', ['english', 'wrapped'], '3.2 Internet of Things (IoT) devices, including network cameras, HVAC controllers, badge readers and smart meters, are',
                    'IoT devices in scope with credential, firmware and isolation measures'),
    'it-asset-management': ('covered', ['english', 'wrapped'], '3.1 An asset management agent shall be installed on all County workstations and servers. The agent shall collect the',
                            'software names and versions collected automatically and matched to advisories'),
    'unknown-malware': ('outdated', ['english', 'old-form', 'wrapped'], '5.2 Unknown malware shall be detected at the Internet gateway by a sandbox appliance before files are delivered to',
                        'unknown malware handled only at the gateway'),
    'mobile-devices': ('outdated', ['english', 'modality'], '5.4 County-issued phones and laptops used off-site should, where possible, have device encryption and a passcode',
                       'off-site use with safeguards worded only as a wish'),
    'web-encryption': ('missing', ['english', 'separate-duty'], '5.3 TLS 1.0 and TLS 1.1 shall be disabled on all County web servers.',
                       'TLS version settings, not a duty to serve every site over HTTPS'),
    'email-encryption': ('missing', ['english', 'separate-duty'], '4.2 Outbound e-mail containing Social Security numbers shall be blocked by the data loss prevention gateway.',
                         'DLP blocking, not mail encryption or sender authentication'),
    'promotion-structure': ('missing', ['english', 'separate-duty'], '2.2 The County Computer Security Incident Response Team (CSIRT) coordinates the detection, containment and recovery',
                            'an incident team only; no promotion structure'),
    'drm': ('missing', ['english', 'separate-duty'], '4.1 Data classified Confidential shall be encrypted at rest on servers and laptops.',
            'encryption at rest, not rights management'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], '9.1 The County Internal Auditor shall test compliance with this Standard every year and report the results to the',
                        'audit results only'),
}, ['iot-devices', 'it-asset-management', 'unknown-malware', 'mobile-devices', 'web-encryption', 'email-encryption',
    'promotion-structure', 'drm', 'issue-reporting'])


# ---------------------------------------------------------------- 16 research council security standard (English)
# considered: promotion-structure, web-encryption, issue-reporting, email-encryption, domain-names,
# improvement-instructions, drm, it-asset-management, unknown-malware, mobile-devices
case('16-research-council-standard-en.md', '''# Japan Council for Marine Science Promotion — Information Security Standard

Decided by the Chief Information Security Officer, 1 October 2021.

## 1. General

1.1 This Standard defines the security measures to be taken by the Council, an incorporated administrative agency
that funds and coordinates marine research. It applies to all officers, employees and seconded staff.

1.2 Terms follow those of the Council's Information Security Regulations.

1.3 Definitions. "Information systems" means computers, networks, software and cloud services used for Council
business; "staff" means officers, employees, seconded staff and temporary staff; "Confidential" refers to the
classification defined in Section 4.

1.4 Exceptions. Where a measure cannot be applied for operational reasons, the head of the division concerned shall
obtain the approval of the CISO in advance, record the reason and apply compensating measures.

1.5 Education. All staff shall complete the Council's information security e-learning course on joining and every
fiscal year, and shall confirm that they have read this Standard.

## 2. Organisation

2.1 The Chief Information Security Officer (CISO) directs the Council's information security.

2.2 The Council shall establish an Information Security Promotion Office as the unit that drives the implementation
of security measures. The Office shall:
- draft and revise this Standard and the annual promotion plan;
- plan training and self-inspection and compile their results;
- support programme divisions in applying this Standard;
- coordinate with the CSIRT on incident response.

2.3 Programme Directors are responsible for security within their programmes.

2.4 Programme Directors are encouraged to report to the CISO issues that arise in operation, self-inspection and
training.

## 3. Audit

3.1 The CISO shall appoint an Audit Officer, who shall audit the Council every year and report to the CISO.

3.2 The CISO shall direct the audited programme to remedy each audit finding and shall confirm the remedy.

## 4. Information Handling

4.1 Research proposals under review and reviewers' comments are classified Confidential.

4.2 Sensitive research data shall be stored encrypted at rest.

4.3 The Council will consider introducing information rights management for Confidential files in a future
system update.

## 5. Information Systems

5.1 All websites of the Council, including the grant application portal and programme sites, shall be served over
HTTPS only.

5.2 The Council's websites and e-mail addresses should, as far as possible, use the Council's go.jp domain.

5.3 Where the recipient's mail server supports it, the Council's mail servers should use TLS.

5.4 All PCs and servers shall run anti-virus software with pattern files updated automatically.

5.5 Staff shall not install software that is not on the approved software list.

5.6 Personal devices (BYOD) shall not be used to process Council information.

5.7 Accounts shall be issued individually, reviewed every six months and disabled when staff leave the Council.

5.8 Multi-factor authentication shall be used for the grant management system and for remote access.

5.9 Logs of access to grant management systems shall be kept for at least three years.

5.10 Backups of the grant management system shall be taken daily and kept in a separate data centre.

5.11 Before PCs or storage media are disposed of, data shall be erased so that it cannot be recovered.

5.12 Staff shall lock their screens when leaving their seats and shall not leave Confidential papers on their desks.

## 6. Outsourcing and Cloud

6.1 Contractors and cloud providers shall be selected after confirming their security measures, and contracts shall
include confidentiality and incident reporting.

6.2 Cloud services used for Confidential information shall store data in Japan unless the CISO approves otherwise.

6.3 At the end of a contract, contractors shall return or delete Council information and report that they have done so.

## 7. Incidents

7.1 Staff shall report security incidents to the CSIRT without delay.
''', {
    'promotion-structure': ('covered', ['english', 'list', 'wrapped'], '2.2 The Council shall establish an Information Security Promotion Office as the unit that drives the implementation',
                            'a promotion unit set up with its roles listed'),
    'web-encryption': ('covered', ['english', 'wrapped'], '5.1 All websites of the Council, including the grant application portal and programme sites, shall be served over',
                       'every site HTTPS only'),
    'issue-reporting': ('outdated', ['english', 'modality', 'wrapped'], '2.4 Programme Directors are encouraged to report to the CISO issues that arise in operation, self-inspection and',
                        'the issue report is only encouraged'),
    'email-encryption': ('outdated', ['english', 'modality', 'condition'], "5.3 Where the recipient's mail server supports it, the Council's mail servers should use TLS.",
                         'transport encryption worded as should'),
    'domain-names': ('outdated', ['english', 'modality'], "5.2 The Council's websites and e-mail addresses should, as far as possible, use the Council's go.jp domain.",
                     'the domain rule worded as far as possible'),
    'improvement-instructions': ('missing', ['english', 'separate-duty'], '3.2 The CISO shall direct the audited programme to remedy each audit finding and shall confirm the remedy.',
                                 'audit follow-up only, not organisation-wide and department-specific improvement instructions'),
    'drm': ('missing', ['english', 'deferral', 'wrapped'], '4.3 The Council will consider introducing information rights management for Confidential files in a future',
            'IRM deferred'),
    'it-asset-management': ('missing', ['english', 'separate-duty'], '5.5 Staff shall not install software that is not on the approved software list.',
                            'a software allow-list for staff, not automatic collection'),
    'unknown-malware': ('missing', ['english', 'separate-duty'], '5.4 All PCs and servers shall run anti-virus software with pattern files updated automatically.',
                        'pattern-file antivirus only'),
    'mobile-devices': ('missing', ['english', 'separate-duty'], '5.6 Personal devices (BYOD) shall not be used to process Council information.',
                       'a ban on private devices only; nothing on Council-issued mobile terminals'),
}, ['promotion-structure', 'web-encryption', 'issue-reporting', 'email-encryption', 'domain-names',
    'improvement-instructions', 'drm', 'it-asset-management', 'unknown-malware', 'mobile-devices'])

write_set(D, C)

# 10-old-edition is written to the 平成28年度版 wording: flag it (write_set always writes false).
_p = os.path.join(D, 'labels.json')
_lab = json.load(open(_p, encoding='utf8'))
_lab['10-agency-kijun-old-edition.md']['outdatedEdition'] = True
json.dump(_lab, open(_p, 'w', encoding='utf8'), ensure_ascii=False, indent=2)
