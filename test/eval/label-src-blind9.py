# Source of the blind set test/fixtures/blind9/ (2026-12-07): whole policy documents, every requirement id labelled.
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary and
# issue 11's status table; no engine source, catalog, docs, other sets' texts or Kijun output were seen, and these
# labels were written before any run.
# Each case is a complete document (目次, 定義, 附則, 別表, 改正履歴, Scope/Exceptions ...) in the form a ministry,
# 独立行政法人, prefecture, city, national university or English-speaking public body would publish. Every one of
# the eleven ids gets a status: the ids a document speaks to (or that it plainly invites a wrong verdict for) are
# labelled by hand with the clause that decides them; complete() then marks every other id `missing` with the tag
# `absent` and the document's title line as the snippet. Before each case a comment lists the ids considered related
# for that document, so that an `absent` fill is a decision, not an omission.
# Status rules (issue 11): negation/deferral/exclusion/label/heading/definition -> missing; a subset where the
# requirement is mandatory and the subset is the pre-revision form -> outdated, else missing; mandatory duty worded
# as wish/effort/permission -> outdated; a separate duty still in force (audit report, SPF only, 誤送信防止,
# pattern-file antivirus) -> missing; pre-revision form of the same duty (manual software survey, boundary-only
# unknown malware, blanket mobile ban) -> outdated. Weak wording of the three recommended items (unknown-malware,
# it-asset-management, drm) is normal for them and is not made outdated. Descriptive text (a report of what was
# done) imposes nothing -> missing. Files avoid older-edition fingerprints (府省庁, 行政事務従事者, 平成28年度版).
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind9'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered)))


# ---------------------------------------------------------------- 01 ministry 対策基準 (decimal chapters, 目次, 改正履歴)
# Considered related: all eleven. DRM appears in the 改正履歴 and as a deferral in 3.1.1; the rest are stated firmly.
case('b9-01-ministry-taisaku-kijun.md', '''# ○○省情報セキュリティ対策基準

制定 令和元年6月28日 ○○省情報セキュリティ委員会決定

## 目次

- 第1部 総則
- 第2部 情報セキュリティ対策の基本的枠組み
- 第3部 情報の取扱い
- 第6部 情報システムのセキュリティ要件
- 第7部 情報システムの構成要素
- 改正履歴

## 第1部 総則

### 1.1 目的

本対策基準は、○○省情報セキュリティ基本方針に基づき、省が保有する情報及び情報システムについて講ずべき
情報セキュリティ対策の基準を定めることを目的とする。

### 1.2 適用範囲

本対策基準は、本省内部部局、施設等機関、地方支分部局及び外局（以下「部局」という。）の職員等に適用する。

## 第2部 情報セキュリティ対策の基本的枠組み

### 2.1 組織・体制の整備

#### 2.1.1 最高情報セキュリティ責任者等

(1) 省に最高情報セキュリティ責任者（以下「CISO」という。）を1人置き、大臣官房長をもって充てる。

(2) CISOは、情報セキュリティ対策の推進に係る事務を行う組織として、大臣官房サイバーセキュリティ・情報化
審議官の下に情報セキュリティ対策推進体制を置くこと。推進体制は、対策推進計画の案の作成、各部局の取組状況の
取りまとめ、職員等からの相談への対応及び教育の企画を担うものとする。

(3) CISOは、統括情報セキュリティ責任者を1人置き、情報セキュリティ責任者を部局ごとに置くこと。

### 2.2 運用

#### 2.2.1 対策の実施と課題の報告

(1) 情報セキュリティ責任者は、所管する部局における対策の運用、自己点検及び教育の実施において明らかとなった
課題及び問題点を取りまとめ、統括情報セキュリティ責任者を通じてCISOに報告すること。

(2) 職員等は、本対策基準の運用に当たり疑義又は支障が生じた場合には、情報セキュリティ責任者に相談すること。

### 2.3 点検及び見直し

#### 2.3.1 改善の指示

(1) CISOは、前項の報告及び情報セキュリティ監査の結果を踏まえ、省全体として取り組むべき改善事項については
統括情報セキュリティ責任者に、特定の部局に固有の改善事項については当該部局の情報セキュリティ責任者に、
それぞれ改善を指示すること。

(2) 指示を受けた者は、改善計画を策定し、その実施状況をCISOに報告すること。

## 第3部 情報の取扱い

### 3.1.1 情報の取扱い

(1) 職員等は、要機密情報を省外に持ち出す場合は、情報セキュリティ責任者の許可を得ること。

(2) 要機密情報を含む電子ファイルに対するデジタル著作権管理（DRM）による利用制限の導入については、
クラウドサービスとの連携の検証結果を踏まえ、次年度以降に導入の可否を判断する。

## 第6部 情報システムのセキュリティ要件

### 6.2.1 ソフトウェアに関する脆弱性対策

(1) 情報システムセキュリティ責任者は、IT資産管理ソフトウェアを用いて、端末及びサーバ装置にインストール
されているソフトウェアの名称及びバージョンを自動的に収集し、公表された脆弱性情報と照合すること。

### 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つこと。

(2) 情報システムセキュリティ責任者は、端末及びサーバ装置において、プログラムの挙動から未知の不正プログラムを検知し、その実行を防止する機能を導入すること。

## 第7部 情報システムの構成要素

### 7.1.1 端末

(1) 職員等は、省が支給するモバイル端末を、次に掲げる措置が講じられている場合に限り、省内外の通信回線に
接続して業務に利用することができる。
 (a) 端末に保存される情報の暗号化
 (b) 多要素による主体認証
 (c) 紛失時の遠隔データ消去を可能とするモバイル端末管理

### 7.1.3 特定用途機器

(1) 情報システムセキュリティ責任者は、テレビ会議システム、IP電話、ネットワークカメラ、入退室管理装置等の
特定用途機器について、初期パスワードの変更、ファームウェアの更新及び業務用通信回線からの分離を行うこと。

### 7.2.1 電子メール

(1) 情報システムセキュリティ責任者は、電子メールサーバ間の通信をSTARTTLSにより暗号化するとともに、SPF及び
DKIMによる送信ドメイン認証を導入すること。

(2) 職員等は、外部に電子メールを送信する際は、宛先を確認し、誤送信を防止すること。

### 7.2.2 ウェブ

(1) 情報システムセキュリティ責任者は、省が運営する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと。

(2) ウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用すること。

## 改正履歴

| 改正日 | 主な改正内容 |
|---|---|
| 令和元年6月28日 | 制定 |
| 令和2年3月31日 | 7.1.1 モバイル端末の利用条件を追加 |
| 令和3年3月31日 | 3.1.1 DRMの検討状況を追記、7.1.3 特定用途機器を追加 |
''', {
    'unknown-malware': ('covered', ['paraphrase'], 'プログラムの挙動から未知の不正プログラムを検知し、その実行を防止する機能を導入すること。',
                        'terminals and servers, behaviour-based detection and prevention of execution'),
    'it-asset-management': ('covered', ['list', 'wrapped'], 'IT資産管理ソフトウェアを用いて、端末及びサーバ装置にインストール',
                            'asset-management software collects names and versions automatically'),
    'drm': ('missing', ['deferral', 'wrapped'], 'クラウドサービスとの連携の検証結果を踏まえ、次年度以降に導入の可否を判断する。',
            'DRM put off to a decision next year; the 改正履歴 row only names the topic'),
    'web-encryption': ('covered', ['list'], '省が運営する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと。',
                       'every site, always HTTPS, firm ending'),
    'email-encryption': ('covered', ['list', 'wrapped'], '電子メールサーバ間の通信をSTARTTLSにより暗号化するとともに、SPF及び',
                         'server-to-server STARTTLS and SPF/DKIM sender authentication'),
    'mobile-devices': ('covered', ['list', 'wrapped', 'condition'], '省が支給するモバイル端末を、次に掲げる措置が講じられている場合に限り、省内外の通信回線に',
                       'use inside and outside permitted with encryption, MFA and remote wipe'),
    'domain-names': ('covered', ['list'], 'ウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用すること。',
                     'go.jp required for sites and mail'),
    'iot-devices': ('covered', ['paraphrase', 'wrapped'], '特定用途機器について、初期パスワードの変更、ファームウェアの更新及び業務用通信回線からの分離を行うこと。',
                    'special-purpose devices with default-credential, firmware and separation measures'),
    'issue-reporting': ('covered', ['wrapped'], '課題及び問題点を取りまとめ、統括情報セキュリティ責任者を通じてCISOに報告すること。',
                        'issues from operation, self-inspection and education reported to the CISO'),
    'improvement-instructions': ('covered', ['wrapped'], '特定の部局に固有の改善事項については当該部局の情報セキュリティ責任者に、',
                                 'organisation-wide and department-specific improvements to the respective responsible people'),
    'promotion-structure': ('covered', ['wrapped'], '審議官の下に情報セキュリティ対策推進体制を置くこと。推進体制は、対策推進計画の案の作成、各部局の取組状況の',
                            'promotion structure set up with its roles listed'),
}, IDS)

# ---------------------------------------------------------------- 02 prefecture 規則 (例規: 条・項・号, 別表, 削除, 附則)
# Considered related: web-encryption (別表第2 carries it), email-encryption (SPF only), unknown-malware (boundary
# only), it-asset-management (annual manual survey), mobile-devices (blanket ban on taking out), iot-devices
# (article repealed), issue-reporting (only self-inspection results), improvement-instructions, promotion-structure
# (definition only). drm and domain-names: nothing near.
case('b9-02-pref-kisoku.md', '''# ○○県情報セキュリティ対策規則

令和2年3月31日
○○県規則第18号

（趣旨）
第1条 この規則は、○○県情報セキュリティ基本方針（令和2年○○県告示第201号）に基づき、県の情報資産の
安全を確保するために必要な事項を定めるものとする。

（定義）
第2条 この規則において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 情報資産 県の業務で取り扱う情報及び情報システムをいう。
(2) 所属 ○○県行政組織規則に規定する本庁の課及び地方機関をいう。
(3) 情報セキュリティ推進体制 情報政策課その他の情報セキュリティ対策の推進に関する事務を行う組織をいう。
(4) モバイル端末 ノートパソコン、タブレット端末その他の携帯して使用する端末をいう。

（最高情報セキュリティ責任者）
第3条 県に最高情報セキュリティ責任者を置き、副知事をもって充てる。
2 最高情報セキュリティ責任者は、県における情報セキュリティ対策を統括する。

（情報セキュリティ管理者）
第4条 所属に情報セキュリティ管理者を置き、所属長をもって充てる。

（自己点検）
第5条 情報セキュリティ管理者は、毎年度、所属における情報セキュリティ対策の実施状況について自己点検を行い、
その結果を最高情報セキュリティ責任者に報告しなければならない。
2 最高情報セキュリティ責任者は、前項の規定による報告を受けたときは、全庁的に改善を要する事項については
情報政策課長に、所属に固有の事項については当該所属の情報セキュリティ管理者に、それぞれ改善を指示するものとする。

（不正プログラム対策）
第6条 情報政策課長は、インターネットとの接続点において、未知の不正プログラムを検知するための機器を設置し、
通信を監視しなければならない。
2 情報システム管理者は、所管する端末及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを
常に最新の状態に保たなければならない。

（ソフトウェアの管理）
第7条 情報システム管理者は、年1回、所管する端末にインストールされたソフトウェアの種類及び版数を調査し、
ソフトウェア管理台帳に記録しなければならない。

（端末の持ち出し）
第8条 職員は、県が貸与した端末を庁舎外に持ち出し、又は庁外の通信回線に接続してはならない。
ただし、災害対応その他最高情報セキュリティ責任者が特に認めた場合は、この限りでない。

（ウェブサイト）
第9条 情報システム管理者は、県が開設するウェブサイトについて、別表第2に定めるところにより、通信の暗号化
その他の措置を講じなければならない。

（電子メール）
第10条 情報政策課長は、県の電子メールサーバにおいて、SPFによる送信ドメイン認証を行わなければならない。

第11条 削除

（委任）
第12条 この規則に定めるもののほか、情報セキュリティ対策の実施に関し必要な事項は、最高情報セキュリティ責任者が
別に定める。

附 則
この規則は、令和2年4月1日から施行する。

附 則（令和4年規則第9号）
この規則は、令和4年4月1日から施行する。（第11条（特定用途機器の管理）の削除）

別表第1（第4条関係）

| 所属 | 情報セキュリティ管理者 |
|---|---|
| 本庁の課 | 課長 |
| 地方機関 | 所長 |

別表第2（第9条関係）

| 区分 | 措置 |
|---|---|
| 全てのウェブサイト | TLSによる常時暗号化を行い、HTTPによるアクセスはHTTPSに転送すること。 |
| 申込み等を受け付けるウェブサイト | 前欄の措置に加え、入力内容の検証を行うこと。 |
''', {
    'unknown-malware': ('outdated', ['old-form', 'article', 'wrapped'], '第6条 情報政策課長は、インターネットとの接続点において、未知の不正プログラムを検知するための機器を設置し、',
                        'unknown malware handled only at the Internet boundary; endpoints have pattern-file antivirus only'),
    'it-asset-management': ('outdated', ['old-form', 'article'], '第7条 情報システム管理者は、年1回、所管する端末にインストールされたソフトウェアの種類及び版数を調査し、',
                            'annual manual survey into a ledger: the old form of automatic collection'),
    'web-encryption': ('covered', ['table', 'article'], '| 全てのウェブサイト | TLSによる常時暗号化を行い、HTTPによるアクセスはHTTPSに転送すること。 |',
                       'article 9 refers to 別表第2, whose row requires always-on TLS for every site'),
    'email-encryption': ('missing', ['separate-duty', 'article'], '第10条 情報政策課長は、県の電子メールサーバにおいて、SPFによる送信ドメイン認証を行わなければならない。',
                         'SPF only, no transport encryption: a separate duty'),
    'mobile-devices': ('outdated', ['old-form', 'article', 'condition'], '第8条 職員は、県が貸与した端末を庁舎外に持ち出し、又は庁外の通信回線に接続してはならない。',
                       'blanket ban on taking out and outside connection (information level); the ただし書 is a case-by-case exemption, not safeguards'),
    'iot-devices': ('missing', ['negation', 'article'], '第11条 削除',
                    'the special-purpose device article has been repealed'),
    'issue-reporting': ('missing', ['separate-duty', 'article', 'wrapped'], 'その結果を最高情報セキュリティ責任者に報告しなければならない。',
                        'only self-inspection results are reported, not issues from operation and education'),
    'improvement-instructions': ('covered', ['article', 'wrapped'], '情報政策課長に、所属に固有の事項については当該所属の情報セキュリティ管理者に、それぞれ改善を指示するものとする。',
                                 'prefecture-wide and unit-specific improvements each to the right person'),
    'promotion-structure': ('missing', ['definition', 'article'], '(3) 情報セキュリティ推進体制 情報政策課その他の情報セキュリティ対策の推進に関する事務を行う組織をいう。',
                            'the structure appears only in the definitions; no article sets it up or gives its roles'),
}, ['unknown-malware', 'it-asset-management', 'web-encryption', 'email-encryption', 'mobile-devices', 'iot-devices',
    'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- 03 独立行政法人 規程 (準用・読替え, contractor-only duty)
# Considered related: promotion-structure, issue-reporting (subset + 準用 to all), improvement-instructions (できる),
# unknown-malware (contractors only), web-encryption, email-encryption (可能な限り), mobile-devices, domain-names,
# iot-devices (複合機 disposal only), it-asset-management (article in force on paper, suspended by a 附則). drm:
# nothing near.
case('b9-03-iaa-kitei-junyo.md', '''# 独立行政法人○○機構情報セキュリティ規程

（令和元年規程第12号）

## 第1章 総則

（目的）
第1条 この規程は、独立行政法人○○機構（以下「機構」という。）の情報セキュリティの確保に関し必要な事項を定める。

（適用範囲）
第2条 この規程は、機構の役職員、派遣労働者その他機構の業務に従事する者（以下「職員等」という。）に適用する。

## 第2章 組織

（最高情報セキュリティ責任者）
第3条 機構に最高情報セキュリティ責任者（以下「CISO」という。）を置き、理事長が指名する理事をもって充てる。

（情報セキュリティ推進室）
第4条 CISOの下に情報セキュリティ推進室を置き、機構における情報セキュリティ対策の推進体制とする。
2 情報セキュリティ推進室は、次に掲げる事務を行う。
一 情報セキュリティ関係規程の案の作成及び周知
二 各部門の対策の実施状況の把握及び助言
三 情報セキュリティインシデントに関する連絡の受付
四 教育の企画及び実施の支援

（情報セキュリティ責任者）
第5条 部門に情報セキュリティ責任者を置き、部門の長をもって充てる。

## 第3章 運用

（教育）
第15条 教育責任者は、職員等に対し、年1回以上、情報セキュリティに関する教育を実施しなければならない。
2 教育責任者は、教育の実施において生じた課題を取りまとめ、CISOに報告しなければならない。

（点検及び改善）
第16条 情報セキュリティ責任者は、毎年度、部門における対策の自己点検を実施しなければならない。
2 CISOは、情報セキュリティ監査又は自己点検の結果、必要があると認めるときは、情報セキュリティ責任者に
対し改善を命ずることができる。

（準用）
第17条 第15条第2項の規定は、情報セキュリティ対策の運用及び前条第1項の自己点検において生じた課題について
準用する。この場合において、第15条第2項中「教育責任者」とあるのは「情報セキュリティ責任者」と、
「教育の実施」とあるのは「対策の運用又は自己点検」と読み替えるものとする。

## 第4章 情報システム

（端末の利用）
第20条 職員等は、機構が支給するモバイル端末を、機構内外の通信回線に接続して業務に使用することができる。
この場合において、情報システムセキュリティ責任者は、次に掲げる措置を講じなければならない。
一 端末の記憶装置の暗号化
二 パスワード及び生体情報による主体認証
三 紛失時に端末の情報を遠隔から消去できる管理機能の導入

（ウェブサイト）
第21条 情報システムセキュリティ責任者は、機構が管理する全てのウェブサイトをHTTPSのみで提供しなければならない。
2 機構のウェブサイト及び電子メールに用いるドメイン名は、政府ドメイン名（go.jp）とする。

（電子メール）
第22条 情報システムセキュリティ責任者は、電子メールの送受信において、可能な限りTLSによる通信の暗号化を
行うものとする。

（複合機）
第23条 情報システムセキュリティ責任者は、複合機を廃棄し、又は返却する場合には、内蔵する記憶装置の情報を
抹消しなければならない。

（ソフトウェア情報の収集）
第24条 情報システムセキュリティ責任者は、IT資産管理ソフトウェアにより、端末及びサーバ装置のソフトウェアの
名称及びバージョンを自動的に収集し、脆弱性情報と照合しなければならない。

## 第5章 外部委託

（委託先の対策）
第30条 業務を外部に委託する場合には、契約において、受託者に次に掲げる事項を義務付けなければならない。
一 委託業務に用いる端末及びサーバに、プログラムの振る舞いから未知の不正プログラムを検知し、その実行を阻止する機能を導入すること。
二 委託業務の終了時に、機構から提供した情報を返却し、又は抹消すること。

附 則
この規程は、令和元年7月1日から施行する。

附 則（令和3年規程第4号）
1 この規程は、令和3年4月1日から施行する。
2 第24条の規定は、IT資産管理ソフトウェアの更新が完了するまでの間、その適用を停止する。
''', {
    'unknown-malware': ('missing', ['scope', 'list', 'article'], '一 委託業務に用いる端末及びサーバに、プログラムの振る舞いから未知の不正プログラムを検知し、その実行を阻止する機能を導入すること。',
                        'required only of contractors for their own equipment, not of the agency\'s terminals and servers'),
    'it-asset-management': ('missing', ['negation', 'article'], '2 第24条の規定は、IT資産管理ソフトウェアの更新が完了するまでの間、その適用を停止する。',
                            'article 24 would cover it, but a 附則 suspends its application'),
    'web-encryption': ('covered', ['article'], '機構が管理する全てのウェブサイトをHTTPSのみで提供しなければならない。',
                       'every site HTTPS only'),
    'email-encryption': ('outdated', ['modality', 'article', 'wrapped'], '第22条 情報システムセキュリティ責任者は、電子メールの送受信において、可能な限りTLSによる通信の暗号化を',
                         'mandatory mail encryption worded "as far as possible", and no sender authentication'),
    'mobile-devices': ('covered', ['article', 'list', 'wrapped'], '第20条 職員等は、機構が支給するモバイル端末を、機構内外の通信回線に接続して業務に使用することができる。',
                       'use inside and outside permitted, with encryption, authentication and remote wipe required'),
    'domain-names': ('covered', ['article'], '機構のウェブサイト及び電子メールに用いるドメイン名は、政府ドメイン名（go.jp）とする。',
                     'go.jp for sites and mail'),
    'iot-devices': ('missing', ['separate-duty', 'article'], '第23条 情報システムセキュリティ責任者は、複合機を廃棄し、又は返却する場合には、内蔵する記憶装置の情報を',
                    'only disposal of MFP storage: not IoT devices in scope with operating safeguards'),
    'issue-reporting': ('covered', ['article', 'citation', 'wrapped'], '第17条 第15条第2項の規定は、情報セキュリティ対策の運用及び前条第1項の自己点検において生じた課題について',
                        'education issues reported to the CISO (15-2), extended by 準用 to operation and self-inspection'),
    'improvement-instructions': ('outdated', ['modality', 'article', 'wrapped'], '対し改善を命ずることができる。',
                                 'CISO "may" order improvements; no organisation-wide/department split'),
    'promotion-structure': ('covered', ['article', 'list'], '第4条 CISOの下に情報セキュリティ推進室を置き、機構における情報セキュリティ対策の推進体制とする。',
                            'a promotion office set up as the structure, with its duties listed'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'web-encryption',
    'email-encryption', 'mobile-devices', 'domain-names', 'iot-devices', 'it-asset-management'])

# ---------------------------------------------------------------- 04 national university 規程 (document-number articles, 別表)
# Considered related: domain-names (ac.jp), mobile-devices (BYOD with conditions), web-encryption (ただし書 leaves
# laboratory sites out), drm, unknown-malware, it-asset-management, email-encryption, iot-devices (excluded),
# issue-reporting (results only), promotion-structure (table row with a placeholder). improvement-instructions: none.
case('b9-04-univ-kitei.md', '''# 国立大学法人○○大学情報セキュリティ対策規程

（令和2年3月17日 規程第2101号）

2101-1 第1条（目的）
この規程は、国立大学法人○○大学情報セキュリティポリシーに基づき、本学の情報システムの運用及び利用に関し
必要な事項を定める。

2101-2 第2条（適用）
この規程は、本学の役員、教職員、学生その他本学の情報システムを利用する全ての者（以下「利用者」という。）に
適用する。

2101-3 第3条（体制）
本学の情報セキュリティ対策に係る体制及び責任は、別表第1のとおりとする。

2101-10 第10条（ドメイン名）
本学が開設するウェブサイト及び本学が付与する電子メールアドレスには、本学が登録する高等教育機関向けドメイン名
（ac.jp）を使用しなければならない。

2101-11 第11条（ウェブサイトの暗号化）
全学情報基盤センター長は、本学のウェブサイトについて、TLSにより常時暗号化しなければならない。ただし、
研究室又は学会事務局が独自に開設するウェブサイトについては、この限りでない。

2101-12 第12条（電子メール）
全学情報基盤センター長は、本学の電子メールシステムにおいて、メールサーバ間の通信をTLSで暗号化し、
SPF、DKIM及びDMARCによる送信ドメイン認証を行わなければならない。

2101-20 第20条（個人所有端末等の利用）
利用者は、個人が所有するスマートフォン、タブレット端末又はノートパソコンを、学内外のネットワークから
本学の情報システムに接続して業務に利用することができる。この場合において、利用者は次の各号に掲げる条件を
満たさなければならない。
(1) 端末にパスコード又は生体認証によるロックを設定すること。
(2) 端末の記憶領域を暗号化すること。
(3) 本学が指定するモバイルデバイス管理サービスに登録し、紛失時の遠隔消去に同意すること。

2101-21 第21条（不正プログラム対策）
全学情報基盤センター長は、本学が管理する端末及びサーバについて、振る舞い検知により未知のマルウェアを
検出し、その実行を停止させるソフトウェア（EDR）を導入しなければならない。

2101-22 第22条（ソフトウェア情報の収集）
部局情報システム管理者は、資産管理ツールにより、管理する端末及びサーバのソフトウェアの名称及び版数を
自動的に収集し、脆弱性情報と照合しなければならない。

2101-23 第23条（機密性の高い電子ファイル）
入学者選抜、人事及び診療に関する機密性3情報の電子ファイルは、情報権限管理（IRM）により暗号化し、閲覧、
印刷及び複製を許可された者に限定しなければならない。学外に流出した場合であっても内容を閲覧できない状態を
保つものとする。

2101-24 第24条（研究用機器）
研究室が研究目的で設置するIoT機器及びセンサーネットワークについては、各研究室の責任において管理するもの
とし、この規程は適用しない。

2101-30 第30条（点検）
部局情報セキュリティ責任者は、毎年度、自己点検及び教育の実施状況を最高情報セキュリティ責任者に報告する。

附 則
この規程は、令和2年4月1日から施行する。

別表第1（第3条関係）

| 役職 | 充てる者 | 役割 |
|---|---|---|
| 最高情報セキュリティ責任者 | 情報担当理事 | 全学の情報セキュリティ対策の統括 |
| 部局情報セキュリティ責任者 | 部局長 | 部局における対策の実施 |
| 情報セキュリティ推進体制 | （別に定める） | （別に定める） |
''', {
    'unknown-malware': ('covered', ['paraphrase', 'article', 'wrapped'], '振る舞い検知により未知のマルウェアを',
                        'terminals and servers, behaviour detection stopping execution'),
    'it-asset-management': ('covered', ['paraphrase', 'article', 'wrapped'], '部局情報システム管理者は、資産管理ツールにより、管理する端末及びサーバのソフトウェアの名称及び版数を',
                            'asset tool collects software names and versions automatically'),
    'drm': ('covered', ['paraphrase', 'article', 'wrapped'], '印刷及び複製を許可された者に限定しなければならない。学外に流出した場合であっても内容を閲覧できない状態を',
            'IRM on confidential files, unreadable after leaking'),
    'web-encryption': ('outdated', ['scope', 'condition', 'article', 'wrapped'], '研究室又は学会事務局が独自に開設するウェブサイトについては、この限りでない。',
                       'ただし書 leaves laboratory and society sites unencrypted: not every site'),
    'email-encryption': ('covered', ['article', 'wrapped'], '本学の電子メールシステムにおいて、メールサーバ間の通信をTLSで暗号化し、',
                         'server-to-server TLS and SPF/DKIM/DMARC'),
    'mobile-devices': ('covered', ['paraphrase', 'list', 'condition', 'wrapped'], '本学の情報システムに接続して業務に利用することができる。この場合において、利用者は次の各号に掲げる条件を',
                       'smartphones and laptops may connect from inside and outside, with lock, encryption and MDM wipe'),
    'domain-names': ('covered', ['article', 'wrapped'], '（ac.jp）を使用しなければならない。',
                     'a higher-education body requires ac.jp for sites and mail'),
    'iot-devices': ('missing', ['exclusion', 'article', 'wrapped'], 'とし、この規程は適用しない。',
                    'research IoT devices are excluded from the regulation'),
    'issue-reporting': ('missing', ['separate-duty', 'article'], '部局情報セキュリティ責任者は、毎年度、自己点検及び教育の実施状況を最高情報セキュリティ責任者に報告する。',
                        'only the status of self-inspection and education is reported, not the issues found'),
    'promotion-structure': ('missing', ['label', 'table'], '| 情報セキュリティ推進体制 | （別に定める） | （別に定める） |',
                            'table row names the structure with placeholders only'),
}, ['domain-names', 'mobile-devices', 'web-encryption', 'drm', 'unknown-malware', 'it-asset-management',
    'email-encryption', 'iot-devices', 'issue-reporting', 'promotion-structure'])

# ---------------------------------------------------------------- 05 English council policy (Scope, Exceptions, shall/should)
# Considered related: web-encryption (Exceptions keep legacy HTTP sites), email-encryption (TLS "should"),
# mobile-devices, unknown-malware, it-asset-management (quarterly manual review), iot-devices, issue-reporting,
# improvement-instructions, promotion-structure, drm (definitions only). domain-names: no rule on domains.
case('b9-05-council-policy-en.md', '''# Harbourside City Council — Information Security Policy

Version 3.2 · Approved by the Executive Leadership Team · Owner: Chief Information Security Officer

## 1. Purpose

This policy sets out how the Council protects the information it holds on behalf of residents and the systems
that process it.

## 2. Scope

This policy applies to all Council staff, elected members, contractors and volunteers, and to every information
system owned or operated by the Council, including systems hosted by third parties on the Council's behalf.

## 3. Definitions

- **CISO** — the Chief Information Security Officer, who is accountable for this policy.
- **Information rights management (IRM)** — technology that keeps a document encrypted and controls who may open,
  print or forward it, even after it has left the Council's systems.
- **Managed device** — a Council-issued laptop, tablet or phone enrolled in mobile device management (MDM).

## 4. Roles and responsibilities

4.1 The Information Security Working Group, chaired by the CISO, is the body that drives the implementation of
this policy. It shall prepare the annual security plan, coordinate the work of service areas, track remediation
and organise awareness training.

4.2 Service managers shall report to the CISO any security issues or difficulties that come to light in day-to-day
operation, in self-assessments or in training sessions.

4.3 The CISO shall direct improvements that affect the whole Council to the ICT Security Manager, and improvements
specific to one service area to that area's Director.

## 5. Requirements

5.1 **Websites.** All public-facing Council websites shall be served over HTTPS only, with HTTP requests
redirected.

5.2 **Email.** Council mail gateways should use TLS when exchanging mail with other servers. SPF, DKIM and DMARC
records shall be published for every Council mail domain.

5.3 **Managed devices.** Staff may use managed devices on Council and external networks, including home and public
Wi-Fi, provided the device has full-disk encryption, multi-factor sign-in and remote wipe enabled through MDM.

5.4 **Malware protection.** Endpoint detection and response (EDR) shall be deployed on all workstations and
servers and configured to block the execution of previously unseen malicious programs based on their behaviour.

5.5 **Software inventory.** Each service area shall review the list of software installed on its computers every
quarter and return the completed inventory spreadsheet to ICT.

5.6 **Connected devices.** CCTV cameras, building management controllers, door-access systems and other
internet-connected devices shall have default passwords changed before deployment, receive firmware updates,
and be placed on a segregated network.

5.7 **Access.** Access to Council systems shall be granted on a least-privilege basis and reviewed every six
months. Multi-factor authentication shall be used for remote access and administrator accounts.

5.8 **Incidents.** Staff shall report suspected security incidents to the ICT Service Desk as soon as they become
aware of them.

## 6. Exceptions

6.1 Exceptions to this policy require the written approval of the CISO and are recorded in the exceptions register.

6.2 Legacy microsites listed in Appendix B may continue to be served over plain HTTP until they are decommissioned.

## 7. Review

This policy is reviewed every two years or after a significant incident.
''', {
    'unknown-malware': ('covered', ['english'], 'Endpoint detection and response (EDR) shall be deployed on all workstations and',
                        'EDR on workstations and servers blocking unseen malware by behaviour'),
    'it-asset-management': ('outdated', ['english', 'old-form'], '5.5 **Software inventory.** Each service area shall review the list of software installed on its computers every',
                            'quarterly manual review into a spreadsheet: the old form'),
    'drm': ('missing', ['english', 'definition'], '**Information rights management (IRM)** — technology that keeps a document encrypted and controls who may open,',
            'IRM only defined; no clause requires its use'),
    'web-encryption': ('outdated', ['english', 'scope', 'condition'], '6.2 Legacy microsites listed in Appendix B may continue to be served over plain HTTP until they are decommissioned.',
                       'HTTPS for all public sites, but the Exceptions keep some sites on plain HTTP'),
    'email-encryption': ('outdated', ['english', 'modality'], '5.2 **Email.** Council mail gateways should use TLS when exchanging mail with other servers.',
                         'transport encryption only "should"; sender authentication is firm'),
    'mobile-devices': ('covered', ['english', 'condition'], 'Staff may use managed devices on Council and external networks, including home and public',
                       'use on internal and external networks with encryption, MFA, remote wipe'),
    'iot-devices': ('covered', ['english', 'paraphrase'], '5.6 **Connected devices.** CCTV cameras, building management controllers, door-access systems and other',
                    'connected devices with default-password, firmware and segregation duties'),
    'issue-reporting': ('covered', ['english'], '4.2 Service managers shall report to the CISO any security issues or difficulties that come to light in day-to-day',
                        'issues from operation, self-assessment and training reported to the CISO'),
    'improvement-instructions': ('covered', ['english'], '4.3 The CISO shall direct improvements that affect the whole Council to the ICT Security Manager, and improvements',
                                 'council-wide and service-specific improvements each to the right person'),
    'promotion-structure': ('covered', ['english', 'paraphrase'], '4.1 The Information Security Working Group, chaired by the CISO, is the body that drives the implementation of',
                            'a body driving implementation, with its roles listed'),
}, ['web-encryption', 'email-encryption', 'mobile-devices', 'unknown-malware', 'it-asset-management', 'iot-devices',
    'issue-reporting', 'improvement-instructions', 'promotion-structure', 'drm'])

# ---------------------------------------------------------------- 06 city FAQ guidance mixed with duties (です/ます)
# Considered related: mobile-devices (blanket ban on taking PCs out), web-encryption (a statement of fact, no duty),
# email-encryption (password on some attachments only), unknown-malware (pattern-file antivirus), issue-reporting
# (helpdesk consultation), promotion-structure (contact label), it-asset-management (staff must not install
# software; no collection). drm, domain-names, iot-devices, improvement-instructions: nothing near.
case('b9-06-city-faq.md', '''# ○○市 情報セキュリティ Ｑ＆Ａ（職員向け）

このページは、○○市情報セキュリティ対策基準のうち、職員の皆さんが日常業務で守るべき事項を
問答形式でまとめたものです。基準本文と異なる場合は、基準本文が優先します。

## 1. パソコンの利用

**Ｑ１ 庁用のノートパソコンを自宅に持ち帰って仕事をしてもよいですか。**

Ａ いいえ。庁用パソコンの庁舎外への持ち出しは、理由を問わず一切認めていません。庁外のWi-Fiや
テザリングへの接続も禁止です。

**Ｑ２ 業務で便利なフリーソフトを入れてもよいですか。**

Ａ 職員が自分でソフトウェアをインストールすることは禁止されています。必要な場合は所属長を通じて
情報政策課に申請してください。

**Ｑ３ ウイルス対策ソフトの更新通知が出ました。後回しにしてもよいですか。**

Ａ いけません。ウイルス対策ソフトのパターンファイルは常に最新の状態にしておく必要があります。
更新を止める設定変更もしないでください。

## 2. 電子メール

**Ｑ４ 個人情報を含むファイルをメールで送るときは、どうすればよいですか。**

Ａ 個人情報を含むファイルを庁外へ送るときは、ファイルを暗号化し、パスワードは別のメールで通知してください。
それ以外のファイルは、暗号化せずに送ってかまいません。

**Ｑ５ 宛先を間違えて送ってしまいました。**

Ａ 直ちに所属長に報告し、相手方に削除を依頼してください。誤送信を防ぐため、送信前に宛先を声に出して
確認し、複数の宛先に送るときはBCCを使いましょう。

## 3. ホームページ

**Ｑ６ 市のホームページは安全ですか。**

Ａ 市のホームページは、令和３年度に全ページのＨＴＴＰＳ化を完了しています。アドレス欄の鍵マークを
確認してください。

**Ｑ７ 課のお知らせページを作りたいのですが。**

Ａ ホームページへの掲載は、広報課の定める手順に従い、所属長の承認を得てから行ってください。

## 4. パスワード・記録媒体

**Ｑ９ パスワードを覚えられないので、付箋に書いてディスプレイに貼ってもよいですか。**

Ａ いけません。パスワードは他人に知られないように管理してください。パスワードは１２文字以上とし、
他のサービスで使っているものを使い回さないでください。

**Ｑ１０ 会議資料をＵＳＢメモリで持ち帰りたいのですが。**

Ａ ＵＳＢメモリ等の外部記録媒体は、情報政策課が貸し出す暗号化機能付きのものだけが使用できます。
利用の都度、所属の管理簿に記入してください。

**Ｑ１１ 席を外すときに気をつけることは？**

Ａ 短時間でも、画面をロック（Windowsキー＋Ｌ）してください。書類は机の上に放置しないでください。

**Ｑ１２ 「標的型メール訓練」のメールを開いてしまいました。**

Ａ 訓練メールを開いてしまった場合も、実際の不審メールと同じように、情報政策課に連絡してください。
不審なメールの添付ファイルは開かず、リンクもクリックしないでください。

**Ｑ１３ 課の公式ＳＮＳアカウントで発信したいのですが。**

Ａ 公式アカウントの開設には、広報課への届出が必要です。アカウントのパスワードは課長が管理し、
担当者の異動時には必ず変更してください。

## 5. 困ったときは

**Ｑ８ 研修の内容で分からないことや、ルールどおりにできない業務がある場合は？**

Ａ 遠慮なく情報政策課のヘルプデスクに相談してください。相談内容は今後のQ&Aの改善に活用します。

---

お問い合わせ先：情報政策課 情報セキュリティ推進係（内線2345）
''', {
    'it-asset-management': ('missing', ['separate-duty'], 'Ａ 職員が自分でソフトウェアをインストールすることは禁止されています。必要な場合は所属長を通じて',
                            'installation control by application; no software information collected'),
    'unknown-malware': ('missing', ['separate-duty'], 'Ａ いけません。ウイルス対策ソフトのパターンファイルは常に最新の状態にしておく必要があります。',
                        'pattern-file antivirus only: a separate duty'),
    'web-encryption': ('missing', ['description'], 'Ａ 市のホームページは、令和３年度に全ページのＨＴＴＰＳ化を完了しています。アドレス欄の鍵マークを',
                       'states that the site was moved to HTTPS; imposes no duty to keep every site encrypted'),
    'email-encryption': ('outdated', ['scope', 'old-form', 'wrapped'], 'Ａ 個人情報を含むファイルを庁外へ送るときは、ファイルを暗号化し、パスワードは別のメールで通知してください。',
                         'staff encrypt some attachments only; no transport encryption or sender authentication'),
    'mobile-devices': ('outdated', ['old-form', 'wrapped'], 'Ａ いいえ。庁用パソコンの庁舎外への持ち出しは、理由を問わず一切認めていません。庁外のWi-Fiや',
                       'blanket ban on taking PCs out and on outside networks (information level)'),
    'issue-reporting': ('missing', ['separate-duty'], 'Ａ 遠慮なく情報政策課のヘルプデスクに相談してください。相談内容は今後のQ&Aの改善に活用します。',
                        'a helpdesk invitation, not a duty to report issues to the CISO'),
    'promotion-structure': ('missing', ['label'], 'お問い合わせ先：情報政策課 情報セキュリティ推進係（内線2345）',
                            'a contact line naming a section; no structure or roles set up'),
}, ['mobile-devices', 'web-encryption', 'email-encryption', 'unknown-malware', 'issue-reporting',
    'promotion-structure', 'it-asset-management'])

# ---------------------------------------------------------------- 07 records-management rule (not about the topics)
# Considered related: issue-reporting and improvement-instructions (self-inspection of records management reported
# to the 総括文書管理者, who orders improvements: a different subject), email-encryption (mail kept as records),
# web-encryption (records published on the website), drm (access restriction on electronic records), mobile-devices
# (taking records out). None is required: all missing. it-asset-management, iot-devices, domain-names,
# unknown-malware, promotion-structure: nothing near.
case('b9-07-iaa-records-rule.md', '''# 独立行政法人○○機構法人文書管理規程

（令和元年規程第3号）

目次
第1章 総則（第1条・第2条）
第2章 管理体制（第3条―第5条）
第3章 作成及び保存（第6条―第10条）
第4章 点検及び研修（第11条・第12条）
附則

## 第1章 総則

（目的）
第1条 この規程は、公文書等の管理に関する法律（平成21年法律第66号）に基づき、独立行政法人○○機構（以下
「機構」という。）における法人文書の管理に関し必要な事項を定めることを目的とする。

（定義）
第2条 この規程において「法人文書」とは、機構の役職員が職務上作成し、又は取得した文書（電磁的記録を含む。）
であって、組織的に用いるものとして機構が保有しているものをいう。
2 この規程において「電子文書」とは、法人文書のうち電磁的記録であるものをいう。

## 第2章 管理体制

（総括文書管理者）
第3条 機構に総括文書管理者を1人置き、総務部長をもって充てる。
2 総括文書管理者は、法人文書の管理に関する事務を総括する。

（文書管理者）
第4条 各課に文書管理者を置き、課長をもって充てる。

（文書管理担当者）
第5条 文書管理者は、その課の職員のうちから文書管理担当者を指名する。

## 第3章 作成及び保存

（電子メールの取扱い）
第6条 職員は、業務上の意思決定に関わる電子メールについては、その送受信後速やかに、共有フォルダ又は文書管理
システムに電子文書として保存しなければならない。

（電子文書の保存）
第7条 電子文書は、文書管理システムに保存し、文書管理者が指定する者以外の者が閲覧できないよう、アクセス権を
設定しなければならない。
2 個人情報を含む電子文書を可搬記憶媒体に保存するときは、当該媒体を暗号化し、施錠できる書庫に保管する。

（持出し）
第8条 職員は、法人文書を執務室の外に持ち出すときは、文書管理者の承認を得なければならない。

（公表）
第9条 機構のウェブサイトで公表する法人文書は、総括文書管理者が別に定める基準により選定する。

（移管又は廃棄）
第10条 保存期間が満了した法人文書は、法人文書ファイル管理簿に記載された区分に従い、国立公文書館等に移管し、
又は廃棄する。

## 第4章 点検及び研修

（点検）
第11条 文書管理者は、毎年度、その管理する法人文書の管理状況について点検を行い、その結果及び管理上の課題を
総括文書管理者に報告しなければならない。
2 総括文書管理者は、前項の報告を踏まえ、機構全体で改善すべき事項は各文書管理者に、特定の課の事項は当該課の
文書管理者に、それぞれ改善を指示するものとする。

（研修）
第12条 総括文書管理者は、職員に対し、法人文書の管理に関する研修を毎年度実施しなければならない。

附 則
この規程は、令和元年7月1日から施行する。
''', {
    'issue-reporting': ('missing', ['paraphrase', 'article', 'wrapped'], '第11条 文書管理者は、毎年度、その管理する法人文書の管理状況について点検を行い、その結果及び管理上の課題を',
                        'records-management issues reported to the records officer: not information-security issues to the CISO'),
    'improvement-instructions': ('missing', ['paraphrase', 'article', 'wrapped'], '2 総括文書管理者は、前項の報告を踏まえ、機構全体で改善すべき事項は各文書管理者に、特定の課の事項は当該課の',
                                 'records officer orders records-management improvements; not the CISO on security'),
    'email-encryption': ('missing', ['article'], '第6条 職員は、業務上の意思決定に関わる電子メールについては、その送受信後速やかに、共有フォルダ又は文書管理',
                         'mail kept as records; nothing on encrypting mail traffic'),
    'drm': ('missing', ['article'], '第7条 電子文書は、文書管理システムに保存し、文書管理者が指定する者以外の者が閲覧できないよう、アクセス権を',
            'ordinary access rights in a records system; no protection that survives leaking'),
    'mobile-devices': ('missing', ['article'], '第8条 職員は、法人文書を執務室の外に持ち出すときは、文書管理者の承認を得なければならない。',
                       'approval to take records out; nothing on mobile terminals or networks'),
    'web-encryption': ('missing', ['article'], '第9条 機構のウェブサイトで公表する法人文書は、総括文書管理者が別に定める基準により選定する。',
                       'selection of records to publish; nothing on encrypting the site'),
}, ['issue-reporting', 'improvement-instructions', 'email-encryption', 'web-encryption', 'drm', 'mobile-devices'])

# ---------------------------------------------------------------- 08 personal-information rule (not about the topics)
# Considered related: email-encryption (approval and address check before mailing personal data), mobile-devices
# (media taken out under instructions), issue-reporting (audit results to the 総括保護管理者), drm (access
# restriction and copying limits), promotion-structure (a protection structure, not security promotion). All
# missing. unknown-malware, it-asset-management, web-encryption, domain-names, iot-devices,
# improvement-instructions: nothing near.
case('b9-08-univ-personal-info.md', '''# 国立大学法人○○大学保有個人情報等管理規程

令和4年3月28日制定

（趣旨）
第１条　この規程は、個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）に基づき、
国立大学法人○○大学（以下「本学」という。）の保有する個人情報（以下「保有個人情報」という。）の適切な管理
に関し必要な事項を定めるものとする。

（管理体制）
第２条　本学に総括保護管理者を置き、総務担当理事をもって充てる。
２　各部局に保護管理者を置き、部局長をもって充てる。
３　保護管理者は、部局の職員のうちから保護担当者を指名し、保有個人情報の管理に関する事務を担当させる。
４　本学に監査責任者を置き、監事室長をもって充てる。

（アクセス制限）
第３条　保護管理者は、保有個人情報の秘匿性等その内容に応じて、当該保有個人情報にアクセスする権限を有する
職員の範囲及び権限の内容を、業務上必要最小限のものに限るものとする。
２　職員は、アクセス権限を有しない保有個人情報にアクセスしてはならない。

（複製等の制限）
第４条　職員は、次に掲げる行為については、保護管理者の指示に従い行うものとする。
一　保有個人情報の複製
二　保有個人情報の送信
三　保有個人情報が記録されている媒体の外部への送付又は持出し
四　その他保有個人情報の適切な管理に支障を及ぼすおそれのある行為

（電子メールによる送信）
第５条　職員は、保有個人情報を電子メールにより学外へ送信するときは、あらかじめ保護管理者の承認を得るとともに、
送信前に宛先及び添付ファイルを複数の者で確認しなければならない。

（廃棄）
第６条　職員は、保有個人情報が記録されている媒体が不要となった場合には、保護管理者の指示に従い、当該
保有個人情報の復元又は判読が不可能な方法により消去し、又は廃棄しなければならない。

（事案の報告）
第７条　保有個人情報の漏えい等の事案の発生又は兆候を把握した職員は、直ちに保護管理者に報告しなければならない。
２　保護管理者は、被害の拡大防止又は復旧等のために必要な措置を講じ、総括保護管理者に報告するものとする。

（監査及び点検）
第８条　監査責任者は、保有個人情報の管理の状況について、定期に及び必要に応じ随時に監査を行い、その結果を
総括保護管理者に報告するものとする。
２　保護管理者は、各部局における保有個人情報の記録媒体、処理経路、保管方法等について、定期に点検を行う。

（研修）
第９条　総括保護管理者は、保有個人情報の取扱いに従事する職員に対し、保有個人情報の取扱いについて理解を深め、
個人情報の保護に関する意識の高揚を図るための啓発その他必要な研修を行う。

附　則
この規程は、令和４年４月１日から施行する。
''', {
    'email-encryption': ('missing', ['separate-duty', 'article'], '第５条　職員は、保有個人情報を電子メールにより学外へ送信するときは、あらかじめ保護管理者の承認を得るとともに、',
                         'approval and a second check before mailing personal data: a mis-sending control, no encryption'),
    'mobile-devices': ('missing', ['list', 'article'], '三　保有個人情報が記録されている媒体の外部への送付又は持出し',
                       'taking out media under instructions; nothing on mobile terminals or networks'),
    'issue-reporting': ('missing', ['separate-duty', 'article'], '第８条　監査責任者は、保有個人情報の管理の状況について、定期に及び必要に応じ随時に監査を行い、その結果を',
                        'audit results to the personal-data officer: a separate duty, not issues to the CISO'),
    'drm': ('missing', ['article'], '第３条　保護管理者は、保有個人情報の秘匿性等その内容に応じて、当該保有個人情報にアクセスする権限を有する',
            'ordinary access rights; no rights management that survives a leak'),
    'promotion-structure': ('missing', ['article'], '第２条　本学に総括保護管理者を置き、総務担当理事をもって充てる。',
                            'a personal-data management structure, not an information-security promotion structure'),
}, ['email-encryption', 'mobile-devices', 'issue-reporting', 'drm', 'promotion-structure'])

# ---------------------------------------------------------------- 09 IT procurement 要綱 (not about the topics)
# Considered related: it-asset-management (hardware inspected and registered at delivery), iot-devices (cameras and
# building equipment bought through the same route), web-encryption (web-site build contracts carry "security
# requirements" in general), promotion-structure (a procurement review committee), domain-names (domain
# registration fees). All missing. unknown-malware, drm, email-encryption, mobile-devices, issue-reporting,
# improvement-instructions: nothing near.
case('b9-09-city-it-procurement.md', '''# ○○市情報システム調達ガイドライン

令和３年４月１日 情報政策部長決定

## 第１ 目的

このガイドラインは、市が行う情報システム（ハードウェア、ソフトウェア及び役務をいう。以下同じ。）の調達に
ついて、費用の妥当性、調達手続の透明性及び導入後の円滑な運用を確保するため、必要な事項を定める。

## 第２ 対象

1. このガイドラインは、予定価格が100万円以上の情報システムの調達に適用する。
2. 次に掲げる機器の購入は、物品購入の例によるものとし、このガイドラインは適用しない。
   (1) 庁舎設備として設置するネットワークカメラ、入退室管理装置その他の設備機器
   (2) 単体で使用する事務機器

## 第３ 情報システム調達審査会

1. 情報政策部に情報システム調達審査会（以下「審査会」という。）を置く。
2. 審査会は、調達計画書の内容、見積額の妥当性及び既存システムとの重複の有無を審査する。

## 第４ 調達計画書

所管課長は、調達を行う年度の前年度の９月末日までに、次の事項を記載した調達計画書を審査会に提出すること。

| 記載事項 | 内容 |
|---|---|
| 目的・効果 | 業務上の課題、導入による効果（定量的に記載） |
| 費用 | 初期費用、運用保守費用（５年間）、ドメイン名の登録・更新費用 |
| 調達方式 | 一般競争入札、プロポーザル等の別と理由 |
| 情報セキュリティ | 仕様書に記載する情報セキュリティ要件の概要 |

## 第５ 仕様書

1. 仕様書には、機能要件、非機能要件及び情報セキュリティ要件を記載する。
2. ウェブサイトの構築又は改修を調達する場合は、市のウェブアクセシビリティ方針への適合を仕様に含めること。
3. 特定の事業者の製品を指定する記載は、原則として行わないこと。

## 第６ 契約及び検収

1. 所管課長は、納品された機器について、仕様書との適合を検査し、型番、製造番号及び設置場所を物品台帳に登録すること。
2. ソフトウェアのライセンス証書は、情報政策課に提出すること。

## 第７ 保守及び運用の委託

1. 保守契約及び運用委託契約には、障害発生時の連絡体制、対応時間及び報告の方法を定めること。
2. 受注者が市の情報を取り扱う場合は、市の情報セキュリティポリシーを遵守させ、契約終了時に情報を返還又は消去させること。
3. 再委託を認める場合は、あらかじめ再委託先の名称、業務の範囲及び情報の取扱方法について書面で承認すること。

## 第８ クラウドサービスの利用

1. クラウドサービスを調達する場合は、データの保存場所、契約終了時のデータの取扱い及びサービスの稼働率を確認すること。
2. 住民の個人情報を取り扱うクラウドサービスの利用に当たっては、あらかじめ情報政策課と協議すること。

## 第９ 評価

所管課長は、システム稼働後１年を経過したときは、導入効果を評価し、審査会に報告すること。

## 様式

| 様式番号 | 名称 | 提出先 |
|---|---|---|
| 様式第１号 | 情報システム調達計画書 | 審査会 |
| 様式第２号 | 導入効果評価書 | 審査会 |
| 様式第３号 | 再委託承認申請書 | 所管課長 |

## 附則

このガイドラインは、令和３年４月１日から施行する。
''', {
    'it-asset-management': ('missing', ['separate-duty', 'list'], '所管課長は、納品された機器について、仕様書との適合を検査し、型番、製造番号及び設置場所を物品台帳に登録すること。',
                            'hardware registered at delivery: not automatic collection of software information'),
    'iot-devices': ('missing', ['exclusion', 'list'], '(1) 庁舎設備として設置するネットワークカメラ、入退室管理装置その他の設備機器',
                    'cameras and access control are named only to exclude them from the guideline'),
    'web-encryption': ('missing', ['list'], '2. ウェブサイトの構築又は改修を調達する場合は、市のウェブアクセシビリティ方針への適合を仕様に含めること。',
                       'web builds must meet accessibility rules; nothing on encryption'),
    'promotion-structure': ('missing', ['list'], '1. 情報政策部に情報システム調達審査会（以下「審査会」という。）を置く。',
                            'a procurement review committee, not a security promotion structure'),
    'domain-names': ('missing', ['table'], '| 費用 | 初期費用、運用保守費用（５年間）、ドメイン名の登録・更新費用 |',
                     'domain registration as a cost item; no rule on which domain to use'),
}, ['it-asset-management', 'iot-devices', 'web-encryption', 'promotion-structure', 'domain-names'])

# ---------------------------------------------------------------- 10 descriptive annual report (imposes nothing)
# Considered related: all eleven appear as things done or planned; a report binds no one, so every one is missing
# (description), and the plans are deferrals.
case('b9-10-iaa-annual-report.md', '''# 令和５年度 情報セキュリティ対策の実施状況について（報告）

国立研究開発法人○○研究開発機構
情報セキュリティ推進室

## 1. 概要

本報告は、令和５年度に当機構が実施した情報セキュリティ対策の状況を取りまとめ、情報セキュリティ委員会に
報告するものである。

## 2. 体制

当機構では、令和２年度に最高情報セキュリティ責任者（理事）の下に情報セキュリティ推進室を設置しており、
本年度は室員を２名増員して５名体制とした。推進室は規程の改正案の作成、各部の取組の取りまとめ及び研修を担当した。

## 3. 主な取組

### 3.1 ウェブサイト

機構が運営する１２のウェブサイトのうち、残っていた２サイトのHTTPS化を９月に完了し、全てのウェブサイトが
常時暗号化された。

### 3.2 端末・サーバ

- 本部の端末約８００台に、振る舞い検知型のマルウェア対策製品（EDR）を試行導入した。サーバへの展開は未了である。
- IT資産管理ツールの導入により、端末のソフトウェアのバージョン情報が自動的に収集されるようになった。
- 研究データのうち機密性の高いファイルについて、DRM製品による利用制限の検証を行った。

### 3.3 モバイル端末

在宅勤務の拡大に伴い、モバイル端末１５０台を追加配備した。全台をMDMに登録し、リモートワイプを設定した。

### 3.4 自己点検・教育

全部署で自己点検を実施した。自己点検及び研修で各部署から挙げられた課題（共有フォルダのアクセス権設定の不備等）
は、推進室で取りまとめて最高情報セキュリティ責任者に報告し、同責任者から全機構的な事項は推進室長に、部署固有の
事項は各部長に改善が指示された。

### 3.5 特定用途機器

実験棟の監視カメラ及び空調制御装置の初期パスワードが変更されていないことが判明し、変更を実施した。

### 3.6 情報セキュリティインシデント

本年度に発生した情報セキュリティインシデントは次のとおりであり、いずれも重大な被害には至らなかった。

| 区分 | 件数 | 主な内容 |
|---|---|---|
| 電子メールの誤送信 | 7 | 宛先の選択誤り、添付ファイルの誤り |
| 端末・媒体の紛失 | 2 | 出張先でのUSBメモリの紛失（暗号化済み） |
| 不審メールの開封 | 3 | 標的型攻撃メール訓練以外のものを含む |

### 3.7 情報セキュリティ監査

外部の監査事業者による情報セキュリティ監査を本部及び２研究所で実施した。指摘事項１２件のうち１０件は年度内に
改善を完了し、残る２件は次年度第１四半期に完了する見込みである。

## 4. 次年度の予定

- 電子メールサーバ間通信のSTARTTLS対応及びDKIMの導入を次年度に行う予定である。
- 研究部門の独自ドメインを政府ドメイン名（go.jp）へ移行することを検討する。
''', {
    'unknown-malware': ('missing', ['description', 'scope'], '本部の端末約８００台に、振る舞い検知型のマルウェア対策製品（EDR）を試行導入した。サーバへの展開は未了である。',
                        'reports a pilot on some terminals; no duty'),
    'it-asset-management': ('missing', ['description'], 'IT資産管理ツールの導入により、端末のソフトウェアのバージョン情報が自動的に収集されるようになった。',
                            'reports what was installed; imposes nothing'),
    'drm': ('missing', ['description'], '研究データのうち機密性の高いファイルについて、DRM製品による利用制限の検証を行った。',
            'reports a trial'),
    'web-encryption': ('missing', ['description', 'wrapped'], '機構が運営する１２のウェブサイトのうち、残っていた２サイトのHTTPS化を９月に完了し、全てのウェブサイトが',
                       'reports that all sites are now HTTPS; no duty to keep them so'),
    'email-encryption': ('missing', ['deferral', 'description'], '電子メールサーバ間通信のSTARTTLS対応及びDKIMの導入を次年度に行う予定である。',
                         'planned for next year'),
    'mobile-devices': ('missing', ['description'], '在宅勤務の拡大に伴い、モバイル端末１５０台を追加配備した。全台をMDMに登録し、リモートワイプを設定した。',
                       'reports deployment; no rule permitting use with safeguards'),
    'domain-names': ('missing', ['deferral', 'description'], '研究部門の独自ドメインを政府ドメイン名（go.jp）へ移行することを検討する。',
                     'a migration under study'),
    'iot-devices': ('missing', ['description'], '実験棟の監視カメラ及び空調制御装置の初期パスワードが変更されていないことが判明し、変更を実施した。',
                    'reports a fix made once'),
    'issue-reporting': ('missing', ['description', 'wrapped'], 'は、推進室で取りまとめて最高情報セキュリティ責任者に報告し、同責任者から全機構的な事項は推進室長に、部署固有の',
                        'describes reporting that happened this year; no duty'),
    'improvement-instructions': ('missing', ['description', 'wrapped'], '事項は各部長に改善が指示された。',
                                 'describes instructions given this year; no duty'),
    'promotion-structure': ('missing', ['description', 'wrapped'], '当機構では、令和２年度に最高情報セキュリティ責任者（理事）の下に情報セキュリティ推進室を設置しており、',
                            'describes an office that exists; the report does not set it up'),
}, IDS)

# ---------------------------------------------------------------- 11 city 対策基準 (1.1.1 headings, effort wording, 体制表)
# Considered related: web-encryption (努める), email-encryption (望ましい), promotion-structure (responsibility table
# with real roles), issue-reporting (training only, then extended to operation and self-inspection),
# improvement-instructions, unknown-malware (effort: normal for a recommended item), mobile-devices (ban until a
# telework environment exists), iot-devices (heading with 必要に応じて検討). drm, domain-names,
# it-asset-management: nothing near.
case('b9-11-city-taisaku-kijun.md', '''# ○○市情報セキュリティ対策基準

## 1 組織体制

### 1.1 最高情報セキュリティ責任者

1.1.1 市に最高情報セキュリティ責任者（以下「CISO」という。）を置き、副市長をもって充てる。

1.1.2 CISOは、統括情報セキュリティ責任者として情報政策課長を指名する。

### 1.2 役割分担

1.2.1 情報セキュリティ対策に係る各主体の役割は、表1のとおりとする。

表1 役割分担

| 主体 | 役割 |
|---|---|
| CISO | 市の情報セキュリティ対策の最終決定、改善の指示 |
| 統括情報セキュリティ責任者 | CISOの補佐、全庁的な対策の実施 |
| 情報セキュリティ対策推進体制（情報政策課セキュリティ担当） | 対策基準の見直し案の作成、各課の対策状況の把握と助言、研修の企画・実施、インシデント連絡窓口 |
| 課長（情報セキュリティ責任者） | 課における対策の実施、職員への指導 |

### 1.3 IoT機器

1.3.1 （必要に応じて検討する。）

## 2 情報システムの対策

### 2.1 不正プログラム対策

2.1.1 情報セキュリティ責任者は、端末及びサーバにウイルス対策ソフトウェアを導入すること。

2.1.2 統括情報セキュリティ責任者は、端末及びサーバにおいて、未知の不正プログラムの挙動を検知し、
その実行を阻止する機能の導入に努めること。

### 2.2 ウェブサイト

2.2.1 ウェブサイトを管理する課長は、市が開設する全てのウェブサイトについて、常時暗号化に努めるものとする。

### 2.3 電子メール

2.3.1 統括情報セキュリティ責任者は、電子メールサーバ間の通信の暗号化（STARTTLS）及び送信ドメイン認証
（SPF、DKIM）を導入することが望ましい。

### 2.4 モバイル端末

2.4.1 モバイル端末は、庁内LANに限り接続して使用する。庁外への持ち出し及び庁外の通信回線への接続は、
テレワーク環境の運用を開始するまでの間、行わないものとする。

### 2.5 アクセス制御

2.5.1 情報システム管理者は、職員の異動及び退職に際し、速やかにアクセス権限の変更又は削除を行うこと。

2.5.2 特権IDは、必要最小限の職員に限り付与し、その利用を記録すること。

## 3 運用

### 3.1 研修

3.1.1 統括情報セキュリティ責任者は、全職員を対象とした情報セキュリティ研修を年1回以上実施すること。

3.1.2 統括情報セキュリティ責任者は、研修の実施において把握した課題をCISOに報告すること。

### 3.2 自己点検

3.2.1 課長は、毎年度、課の対策の実施状況について自己点検を行うこと。

3.2.2 3.1.2の規定は、対策の運用及び自己点検において把握した課題の報告について準用する。この場合において、
「統括情報セキュリティ責任者」とあるのは「課長」と読み替える。

### 3.3 改善

3.3.1 CISOは、報告を受けた課題のうち、全庁に共通するものについては統括情報セキュリティ責任者に、
特定の課に固有のものについては当該課長に、それぞれ改善を指示すること。
''', {
    'unknown-malware': ('covered', ['modality', 'wrapped'], '2.1.2 統括情報セキュリティ責任者は、端末及びサーバにおいて、未知の不正プログラムの挙動を検知し、',
                        'terminals and servers, behaviour detection and blocking; effort wording is normal for a recommended measure'),
    'web-encryption': ('outdated', ['modality'], '市が開設する全てのウェブサイトについて、常時暗号化に努めるものとする。',
                       'every site, but only an effort (努める) for a mandatory duty'),
    'email-encryption': ('outdated', ['modality', 'wrapped'], '（SPF、DKIM）を導入することが望ましい。',
                         'transport encryption and sender authentication only desirable (望ましい)'),
    'mobile-devices': ('outdated', ['old-form', 'deferral', 'wrapped'], '2.4.1 モバイル端末は、庁内LANに限り接続して使用する。庁外への持ち出し及び庁外の通信回線への接続は、',
                       'ban on outside use until telework starts: a blanket ban (information level)'),
    'iot-devices': ('missing', ['heading', 'label'], '1.3.1 （必要に応じて検討する。）',
                    'heading whose body is a placeholder'),
    'issue-reporting': ('covered', ['citation', 'wrapped'], '3.2.2 3.1.2の規定は、対策の運用及び自己点検において把握した課題の報告について準用する。この場合において、',
                        'training issues to the CISO (3.1.2), extended to operation and self-inspection'),
    'improvement-instructions': ('covered', ['wrapped'], '3.3.1 CISOは、報告を受けた課題のうち、全庁に共通するものについては統括情報セキュリティ責任者に、',
                                 'city-wide and unit-specific improvements to the right people'),
    'promotion-structure': ('covered', ['table'], '| 情報セキュリティ対策推進体制（情報政策課セキュリティ担当） | 対策基準の見直し案の作成、各課の対策状況の把握と助言、研修の企画・実施、インシデント連絡窓口 |',
                            'the structure and its roles set by the responsibility table that 1.2.1 adopts'),
}, ['web-encryption', 'email-encryption', 'promotion-structure', 'issue-reporting', 'improvement-instructions',
    'unknown-malware', 'mobile-devices', 'iot-devices'])

# ---------------------------------------------------------------- 12 English state-agency endpoint standard (Exceptions)
# Considered related: mobile-devices (agency devices allowed with controls; personal devices barred), unknown-malware,
# it-asset-management, iot-devices (excluded from scope), drm (a "may" for some units in guidance notes).
# web-encryption, email-encryption (only a VPN for remote access), domain-names, issue-reporting,
# improvement-instructions, promotion-structure: nothing near.
case('b9-12-state-endpoint-standard-en.md', '''# Department of Transport and Planning — Endpoint and Mobile Device Security Standard

Standard ID: ISS-07 · Parent policy: Information Security Policy (ISP-01) · Review cycle: annual

## 1. Purpose

This standard sets the minimum controls for the Department's workstations, laptops, servers, tablets and
smartphones ("endpoints") so that they can be used safely wherever staff work.

## 2. Scope

2.1 This standard applies to every endpoint owned, leased or managed by the Department.

2.2 This standard does not apply to operational technology and Internet of Things devices such as traffic
signal controllers, roadside cameras and building sensors; these are governed by the Facilities OT Standard.

## 3. Standard

### 3.1 Baseline configuration

3.1.1 Endpoints shall be built from the approved standard operating environment image.

3.1.2 Local administrator rights shall not be granted to standard users.

### 3.2 Malicious code protection

3.2.1 All workstations, laptops and servers shall run the Department's endpoint detection and response (EDR)
agent in blocking mode, so that programs behaving maliciously are stopped before they execute their payload,
including malware for which no signature yet exists.

3.2.2 Signature-based antivirus shall remain enabled alongside the EDR agent.

### 3.3 Software inventory and patching

3.3.1 The endpoint management agent shall report the name and version of every installed application to the
central inventory automatically at least once a day.

3.3.2 Security patches rated critical shall be applied within 14 days of release.

### 3.4 Mobile and remote use

3.4.1 Department-issued laptops, tablets and smartphones may be used on the Department network and on external
networks, including home broadband and public Wi-Fi, provided that:

- (a) the device is enrolled in mobile device management and can be remotely wiped;
- (b) storage is encrypted;
- (c) sign-in requires multi-factor authentication; and
- (d) access to internal systems is made through the Department VPN.

3.4.2 Personally owned devices must not be used to store or process Department information.

### 3.5 Hardening and logging

3.5.1 Unused services, ports and accounts shall be disabled before an endpoint is issued.

3.5.2 Endpoints shall send security event logs to the central log platform, where they are retained for at least
twelve months.

3.5.3 Screens shall lock automatically after ten minutes of inactivity.

### 3.6 Disposal

3.6.1 Storage in endpoints that are returned, repaired off site or disposed of shall be sanitised in line with the
Department's media sanitisation procedure, and a certificate of sanitisation shall be kept.

### 3.7 Guidance notes

Business units handling Cabinet-in-confidence material may apply rights-management templates to documents at their
discretion.

## 4. Exceptions

Exceptions require a risk assessment approved by the Chief Information Security Officer and are valid for no
more than twelve months.

## 5. Roles

| Role | Responsibility |
|---|---|
| Chief Information Security Officer | Owns this standard and approves exceptions |
| End User Computing team | Builds and maintains the standard image, MDM and EDR platforms |
| Managers | Ensure their staff use endpoints in line with this standard |
| Staff | Report lost or stolen devices to the Service Desk immediately |

## 6. Related documents

- Information Security Policy (ISP-01)
- Facilities OT Standard (FAC-12)
''', {
    'unknown-malware': ('covered', ['english', 'paraphrase'], '3.2.1 All workstations, laptops and servers shall run the Department\'s endpoint detection and response (EDR)',
                        'EDR in blocking mode on workstations and servers, stopping unseen malware by behaviour'),
    'it-asset-management': ('covered', ['english'], '3.3.1 The endpoint management agent shall report the name and version of every installed application to the',
                            'agent reports names and versions automatically'),
    'mobile-devices': ('covered', ['english', 'list', 'condition'], '3.4.1 Department-issued laptops, tablets and smartphones may be used on the Department network and on external',
                       'use on internal and external networks with MDM, wipe, encryption, MFA'),
    'iot-devices': ('missing', ['english', 'exclusion'], '2.2 This standard does not apply to operational technology and Internet of Things devices such as traffic',
                    'IoT devices excluded from scope'),
    'drm': ('missing', ['english', 'modality'], 'Business units handling Cabinet-in-confidence material may apply rights-management templates to documents at their',
            'left to the discretion of some units: a permission, not an introduced measure'),
}, ['mobile-devices', 'unknown-malware', 'it-asset-management', 'iot-devices', 'drm'])

# ---------------------------------------------------------------- 13 国立研究開発法人 規程 (前条第2項 cross-references, 別表)
# Considered related: web-encryption (all approved sites, by cross-reference), unknown-malware (別表第1 row),
# it-asset-management (to be introduced next year), drm (not adopted), mobile-devices (別表第2 safeguards),
# domain-names, iot-devices (別表第1 row), promotion-structure, issue-reporting (operation only),
# email-encryption (誤送信 only). improvement-instructions: nothing near.
case('b9-13-nrdi-kitei-beppyo.md', '''# 国立研究開発法人○○技術研究所情報セキュリティ管理規程

制定 令和元年１２月２日 規程第４５号
改正 令和３年３月２９日 規程第１１号

## 目次

第１章 総則（第１条―第３条）
第２章 推進体制（第４条―第６条）
第３章 情報システムの管理（第７条―第１４条）
附則
別表第１ 情報システムの区分ごとの措置
別表第２ 要管理対策区域外におけるモバイル端末の利用条件

## 第１章 総則

（目的）
第１条 この規程は、国立研究開発法人○○技術研究所（以下「研究所」という。）の情報セキュリティ基本方針に
基づき、研究所の情報及び情報システムの管理について必要な事項を定める。

（用語）
第２条 この規程で用いる用語は、研究所情報セキュリティ基本方針で用いる用語の例による。

（適用）
第３条 この規程は、研究所の職員等及び研究所の情報システムに適用する。

## 第２章 推進体制

（最高情報セキュリティ責任者）
第４条 研究所に最高情報セキュリティ責任者を置き、理事長が指名する理事をもって充てる。

（情報セキュリティ推進部門）
第５条 最高情報セキュリティ責任者は、情報基盤部を情報セキュリティ対策推進体制と定め、次の業務を行わせる。
(1) 対策推進計画の案の策定及び進捗管理
(2) 各部署への技術的支援
(3) 職員等からの相談及び報告の受付

（運用上の課題の報告）
第６条 各部署の情報セキュリティ責任者は、対策の運用において生じた課題を、前条に定める推進体制を経由して
最高情報セキュリティ責任者に報告しなければならない。

## 第３章 情報システムの管理

（ウェブサイトの公開）
第７条 研究所のウェブサイトは、最高情報セキュリティ責任者の承認を得なければ公開してはならない。
２ 研究所のウェブサイトには、政府ドメイン名（go.jp）を用いなければならない。

（ウェブサイトの暗号化）
第８条 情報システムセキュリティ責任者は、前条第１項の規定により承認を受けたウェブサイトの全てについて、
HTTPSによる常時暗号化を実施しなければならない。

（区分ごとの措置）
第９条 情報システムセキュリティ責任者は、別表第１に掲げる情報システムの区分に応じ、同表に定める措置を
講じなければならない。

（ソフトウェア情報の管理）
第１０条 情報基盤部は、端末及びサーバのソフトウェア情報を自動的に収集するIT資産管理ソフトウェアを、
令和７年度中に導入する予定である。それまでの間は、各部署の報告により把握する。

（電子ファイルの保護）
第１１条 デジタル著作権管理による電子ファイルの保護は、研究協力機関とのファイル共有に支障を生ずるため、
当面導入しない。

（モバイル端末）
第１２条 職員等は、研究所が支給するモバイル端末を要管理対策区域外において使用し、研究所内外の通信回線に
接続するときは、別表第２に定める条件を満たさなければならない。

（電子メール）
第１３条 職員等は、電子メールを送信する際には、宛先及び添付ファイルに誤りがないことを確認しなければならない。

第１４条 削除

附 則
この規程は、令和２年１月１日から施行する。

附 則（令和３年規程第１１号）
この規程は、令和３年４月１日から施行する。

別表第１（第９条関係）

| 区分 | 措置 |
|---|---|
| 端末及びサーバ装置 | 不正プログラム対策ソフトウェアに加え、プログラムの動作を監視して未知の不正プログラムを検知し、実行を停止する機能を導入すること。 |
| 特定用途機器（ネットワークカメラ、入退室管理装置、研究用センサー機器等のIoT機器） | 初期設定の認証情報を変更し、ファームウェアを最新に保ち、研究所の業務ネットワークと分離したネットワークに接続すること。 |

別表第２（第１２条関係）

| 条件 | 内容 |
|---|---|
| 暗号化 | 端末の記憶装置全体を暗号化すること。 |
| 認証 | 多要素認証を設定すること。 |
| 遠隔消去 | モバイル端末管理ツールに登録し、紛失時に遠隔消去を行えるようにすること。 |
''', {
    'unknown-malware': ('covered', ['table', 'citation'], '| 端末及びサーバ装置 | 不正プログラム対策ソフトウェアに加え、プログラムの動作を監視して未知の不正プログラムを検知し、実行を停止する機能を導入すること。 |',
                        'article 9 applies 別表第1, whose row requires behaviour-based blocking on terminals and servers'),
    'it-asset-management': ('missing', ['deferral', 'article', 'wrapped'], '令和７年度中に導入する予定である。それまでの間は、各部署の報告により把握する。',
                            'introduction planned for a later year; meanwhile reports from units'),
    'drm': ('missing', ['negation', 'article'], '当面導入しない。',
            'DRM not adopted for now'),
    'web-encryption': ('covered', ['citation', 'article', 'wrapped'], '第８条 情報システムセキュリティ責任者は、前条第１項の規定により承認を受けたウェブサイトの全てについて、',
                       'every site must be approved (7-1), and every approved site is always HTTPS'),
    'email-encryption': ('missing', ['separate-duty', 'article'], '第１３条 職員等は、電子メールを送信する際には、宛先及び添付ファイルに誤りがないことを確認しなければならない。',
                         'a mis-sending check only'),
    'mobile-devices': ('covered', ['citation', 'article', 'table', 'wrapped'], '第１２条 職員等は、研究所が支給するモバイル端末を要管理対策区域外において使用し、研究所内外の通信回線に',
                       'use outside and connection inside/outside allowed under the 別表第2 safeguards'),
    'domain-names': ('covered', ['article'], '２ 研究所のウェブサイトには、政府ドメイン名（go.jp）を用いなければならない。',
                     'go.jp required for the sites'),
    'iot-devices': ('covered', ['table', 'citation'], '| 特定用途機器（ネットワークカメラ、入退室管理装置、研究用センサー機器等のIoT機器） | 初期設定の認証情報を変更し、ファームウェアを最新に保ち、研究所の業務ネットワークと分離したネットワークに接続すること。 |',
                    'IoT devices within the 別表 with credential, firmware and separation measures'),
    'issue-reporting': ('missing', ['scope', 'article', 'wrapped'], '第６条 各部署の情報セキュリティ責任者は、対策の運用において生じた課題を、前条に定める推進体制を経由して',
                        'only issues from operation; self-inspection and education left out, and a subset is not a pre-revision form'),
    'promotion-structure': ('covered', ['article', 'list'], '第５条 最高情報セキュリティ責任者は、情報基盤部を情報セキュリティ対策推進体制と定め、次の業務を行わせる。',
                            'a department designated as the structure with its tasks listed'),
}, ['web-encryption', 'unknown-malware', 'it-asset-management', 'drm', 'mobile-devices', 'domain-names',
    'iot-devices', 'promotion-structure', 'issue-reporting', 'email-encryption'])

# ---------------------------------------------------------------- 14 English translation of an 独立行政法人's rules
# Considered related: all eleven. unknown-malware "shall consider introducing" (study, not introduction); drm
# nowhere but "rights" in another sense, so only the title; mobile-devices banned outside (English ban treated
# like a Japanese one); iot-devices via mutatis mutandis.
case('b9-14-iaa-rules-en.md', '''# Information Security Rules of the Japan Agency for Regional Exchange (Provisional Translation)

*This is a provisional English translation. Only the Japanese original has legal effect.*

## Chapter I General Provisions

**Article 1 (Purpose)** These Rules set out the measures that the Japan Agency for Regional Exchange ("the
Agency") takes to protect its information and information systems, in accordance with the Agency's Basic
Information Security Policy.

**Article 2 (Scope)** These Rules apply to the officers and employees of the Agency, temporary staff and any other
person engaged in the Agency's business ("staff").

## Chapter II Organisation

**Article 3 (CISO)** (1) The Agency shall have a Chief Information Security Officer ("CISO"), who shall be an
Executive Director appointed by the President.

(2) The CISO shall establish the Information Security Promotion Office within the General Affairs Department as the
Agency's information security promotion structure. The Office shall draft the annual measures plan, support each
department in carrying out measures, collect reports from departments and run staff training.

**Article 4 (Reporting of issues)** Department information security officers shall report to the CISO, through the
Promotion Office, the issues that arise in operating the measures, in self-inspection and in staff training.

**Article 5 (Instructions for improvement)** Based on the reports under the preceding Article and the results of
audits, the CISO shall instruct the Promotion Office on improvements that concern the Agency as a whole, and the
department information security officer concerned on improvements particular to one department.

## Chapter III Information Systems

**Article 10 (Terminals)** (1) The information system security officer shall keep the software on terminals up to
date and shall disable functions that are not needed.

(2) Mobile terminals lent by the Agency shall not be taken outside the Agency's premises and shall not be connected
to any network other than the Agency's internal network.

**Article 11 (Special-purpose devices)** The provisions of the preceding Article, paragraph (1), and of Article 14
shall apply mutatis mutandis to special-purpose devices connected to the network, such as video-conference units,
IP telephones and network cameras; in that case, the officer shall also change their factory-default passwords
before use.

**Article 12 (Websites and domain names)** (1) The information system security officer shall encrypt all
communication with every website of the Agency using HTTPS at all times.

(2) Websites and e-mail addresses of the Agency shall use a government domain name ending in go.jp.

**Article 13 (E-mail)** The information system security officer shall configure the Agency's mail servers to encrypt
mail exchanged with other servers using STARTTLS and to publish SPF and DKIM records for sender domain
authentication.

**Article 14 (Vulnerabilities and malware)** (1) The information system security officer shall use IT asset
management software that automatically collects the names and versions of software installed on terminals and
servers, and shall check them against published vulnerabilities.

(2) The information system security officer shall install antivirus software with up-to-date definition files on
terminals and servers.

(3) The CISO shall consider introducing, on terminals and servers, a function that detects unknown malware from its
behaviour and prevents its execution.

**Article 15 (Rights of data subjects)** Requests concerning the rights of data subjects over personal information
shall be handled under the Agency's Personal Information Protection Rules.

## Supplementary Provisions

These Rules come into force on 1 April 2020.
''', {
    'unknown-malware': ('missing', ['english', 'deferral'], '(3) The CISO shall consider introducing, on terminals and servers, a function that detects unknown malware from its',
                        'only consideration of introducing it; pattern-file antivirus in (2) is a separate duty'),
    'it-asset-management': ('covered', ['english'], '**Article 14 (Vulnerabilities and malware)** (1) The information system security officer shall use IT asset',
                            'asset software collects names and versions automatically'),
    'drm': ('missing', ['english'], '**Article 15 (Rights of data subjects)** Requests concerning the rights of data subjects over personal information',
            '"rights" of data subjects, not rights management of files'),
    'web-encryption': ('covered', ['english'], 'communication with every website of the Agency using HTTPS at all times.',
                       'every site, HTTPS at all times'),
    'email-encryption': ('covered', ['english', 'wrapped'], '**Article 13 (E-mail)** The information system security officer shall configure the Agency\'s mail servers to encrypt',
                         'STARTTLS between servers and SPF/DKIM'),
    'mobile-devices': ('outdated', ['english', 'old-form'], '(2) Mobile terminals lent by the Agency shall not be taken outside the Agency\'s premises and shall not be connected',
                       'blanket ban on taking out and outside connection (information level)'),
    'domain-names': ('covered', ['english'], '(2) Websites and e-mail addresses of the Agency shall use a government domain name ending in go.jp.',
                     'go.jp for sites and mail'),
    'iot-devices': ('covered', ['english', 'citation', 'wrapped'], '**Article 11 (Special-purpose devices)** The provisions of the preceding Article, paragraph (1), and of Article 14',
                    'terminal measures applied mutatis mutandis to networked special-purpose devices, plus default-password change'),
    'issue-reporting': ('covered', ['english', 'article'], '**Article 4 (Reporting of issues)** Department information security officers shall report to the CISO, through the',
                        'issues from operation, self-inspection and training reported to the CISO'),
    'improvement-instructions': ('covered', ['english', 'article'], 'audits, the CISO shall instruct the Promotion Office on improvements that concern the Agency as a whole, and the',
                                 'agency-wide and department-specific improvements each to the right person'),
    'promotion-structure': ('covered', ['english', 'article'], '(2) The CISO shall establish the Information Security Promotion Office within the General Affairs Department as the',
                            'promotion office set up with its roles'),
}, IDS)

# ---------------------------------------------------------------- 15 city 規則 (準用 extends a duty to all sites; lg.jp)
# Considered related: web-encryption (本庁 sites in one article, extended by 準用 to all), email-encryption
# (別表), unknown-malware (terminals only), it-asset-management, mobile-devices (ただし書 conditions),
# promotion-structure, iot-devices, domain-names (lg.jp), issue-reporting (incident reports only). drm,
# improvement-instructions: nothing near.
case('b9-15-city-kisoku-junyo.md', '''# ○○市情報セキュリティ対策規則

令和３年３月２６日
規則第２２号

（目的）
第１条　この規則は、○○市情報セキュリティ基本方針に基づき、市の情報資産を脅威から保護するための対策に関し、
必要な事項を定めることを目的とする。

（推進体制）
第２条　市の情報セキュリティ対策を推進するため、デジタル推進課に情報セキュリティ推進班を置く。
２　情報セキュリティ推進班は、次に掲げる事務をつかさどる。
（１）　情報セキュリティ対策に係る計画の立案及び進行管理
（２）　各課等における対策の実施状況の確認及び指導
（３）　研修の企画及び実施
（４）　情報セキュリティインシデントの報告の受付及び関係課等との連絡調整

（インシデントの報告）
第３条　職員は、情報セキュリティインシデントを認知したときは、直ちに所属長を経て情報セキュリティ推進班に報告しなければならない。

（本庁のウェブサイト）
第４条　情報システム管理者は、本庁の各課等が開設するウェブサイトについて、全てのページをＨＴＴＰＳにより常時
暗号化しなければならない。
２　前項のウェブサイトには、地方公共団体のドメイン名（lg.jp）を使用しなければならない。

（出先機関等のウェブサイト）
第５条　前条の規定は、出先機関が開設するウェブサイト及び市の公の施設の指定管理者が市の委託を受けて開設する
ウェブサイトについて準用する。

（電子メール）
第６条　デジタル推進課長は、市の電子メールシステムについて、別表に定める措置を講じなければならない。

（端末の管理）
第７条　情報システム管理者は、職員が使用する端末に、未知の不正プログラムをその振る舞いにより検知し、実行を
阻止する機能を備えたソフトウェアを導入しなければならない。
２　情報システム管理者は、資産管理ソフトウェアにより、端末及びサーバにインストールされたソフトウェアの名称
及びバージョンを自動的に取得し、脆弱性情報と照合しなければならない。

（モバイル端末）
第８条　職員は、市が貸与するモバイル端末を庁舎外に持ち出し、又は庁外の通信回線に接続してはならない。ただし、
次の各号に掲げる措置が講じられた端末を業務に使用する場合は、この限りでない。
（１）　端末の記録媒体の暗号化
（２）　多要素認証の設定
（３）　紛失時に遠隔でデータを消去する機能の設定

（特定用途機器）
第９条　情報システム管理者は、ネットワークカメラ、庁舎の空調管理システムその他の通信回線に接続される機器に
ついて、初期パスワードの変更、ファームウェアの適時の更新及び業務系ネットワークからの分離を行わなければならない。

（委任）
第１０条　この規則の施行に関し必要な事項は、市長が別に定める。

附　則
この規則は、令和３年４月１日から施行する。

別表（第６条関係）

| 項目 | 措置 |
|---|---|
| 通信の暗号化 | 他の電子メールサーバとの間の通信をＴＬＳにより暗号化すること。 |
| 送信ドメイン認証 | ＳＰＦ及びＤＫＩＭを設定し、受信したメールについても送信ドメイン認証の結果を確認すること。 |
| 誤送信防止 | 外部宛てメールの送信時に宛先確認画面を表示すること。 |
''', {
    'unknown-malware': ('missing', ['scope', 'article', 'wrapped'], '第７条　情報システム管理者は、職員が使用する端末に、未知の不正プログラムをその振る舞いにより検知し、実行を',
                        'terminals only; the requirement names terminals and servers, and a subset of a recommended item is not its old form'),
    'it-asset-management': ('covered', ['article', 'wrapped'], '２　情報システム管理者は、資産管理ソフトウェアにより、端末及びサーバにインストールされたソフトウェアの名称',
                            'asset software collects names and versions automatically'),
    'web-encryption': ('covered', ['citation', 'article'], '第５条　前条の規定は、出先機関が開設するウェブサイト及び市の公の施設の指定管理者が市の委託を受けて開設する',
                       'HTTPS on every page of headquarters sites (4-1), extended by 準用 to branch and designated-manager sites'),
    'email-encryption': ('covered', ['table', 'citation'], '| 通信の暗号化 | 他の電子メールサーバとの間の通信をＴＬＳにより暗号化すること。 |',
                         'article 6 applies the 別表: TLS between servers and SPF/DKIM'),
    'mobile-devices': ('covered', ['condition', 'list', 'article'], '次の各号に掲げる措置が講じられた端末を業務に使用する場合は、この限りでない。',
                       'a ban lifted for devices with encryption, MFA and remote wipe: use with safeguards'),
    'domain-names': ('covered', ['paraphrase', 'article'], '２　前項のウェブサイトには、地方公共団体のドメイン名（lg.jp）を使用しなければならない。',
                     'a rule on the sites\' domain: the local-government counterpart of go.jp'),
    'iot-devices': ('covered', ['paraphrase', 'article', 'wrapped'], '第９条　情報システム管理者は、ネットワークカメラ、庁舎の空調管理システムその他の通信回線に接続される機器に',
                    'connected devices with default-password, firmware and separation measures'),
    'issue-reporting': ('missing', ['separate-duty', 'article'], '第３条　職員は、情報セキュリティインシデントを認知したときは、直ちに所属長を経て情報セキュリティ推進班に報告しなければならない。',
                        'incident reporting is a separate duty; no issues from operation, self-inspection or education to the CISO'),
    'promotion-structure': ('covered', ['paraphrase', 'article', 'list'], '第２条　市の情報セキュリティ対策を推進するため、デジタル推進課に情報セキュリティ推進班を置く。',
                            'a promotion team set up with its duties listed'),
}, ['web-encryption', 'email-encryption', 'unknown-malware', 'it-asset-management', 'mobile-devices',
    'promotion-structure', 'iot-devices', 'domain-names', 'issue-reporting'])

# ---------------------------------------------------------------- 16 ministry telework guide (guidance mixed with duties)
# Considered related: mobile-devices (permitted under listed conditions), email-encryption (personal-data attachments
# only, and 誤送信), web-encryption (staff told to check HTTPS on outside sites: not the agency's sites),
# iot-devices (home routers and smart speakers), issue-reporting (difficulties with telework rules to the
# promotion office, not the CISO), drm (labels on files), promotion-structure (the office only signs the guide),
# domain-names (a go.jp address in the contact line). unknown-malware, it-asset-management,
# improvement-instructions: nothing near.
case('b9-16-ministry-telework-guide.md', '''# テレワーク実施時の情報セキュリティ対策の手引き

○○省 大臣官房 情報セキュリティ対策推進室
令和４年１０月版

## はじめに

この手引きは、○○省情報セキュリティ対策基準に基づき、職員等がテレワーク（在宅勤務・サテライトオフィス勤務・
出張先での勤務）を行う際に守っていただく事項と、よくある疑問への回答をまとめたものです。
「〜しなければなりません」と書かれた事項は義務、「〜しましょう」と書かれた事項は推奨です。

## 1 使用する端末

1.1 テレワークには、省が支給するモバイル端末（ノートPC、スマートフォン）を使用しなければなりません。
私物のパソコンで業務を行うことは認められていません。

1.2 支給端末は、次の全てを満たしている場合に限り、自宅や出張先のネットワークに接続して業務に使うことが
できます。
- 記憶装置が暗号化されていること（支給時に設定済みです）
- ログイン時に多要素認証を行うこと
- 端末管理サービスに登録され、紛失時に遠隔で消去できる状態であること
- 省のシステムにはVPN経由で接続すること

1.3 カフェなど第三者の目がある場所では、のぞき見防止フィルタを使いましょう。

## 2 自宅のネットワーク

2.1 自宅のWi-Fiルーターは、初期設定のパスワードを変更し、ファームウェアを最新にしておきましょう。

2.2 スマートスピーカーなど会話を録音する機器の近くで、機密性の高い会議に参加しないでください。

## 3 電子メールとファイル

3.1 要機密情報を含むファイルを省外に電子メールで送る場合は、ファイルを暗号化しなければなりません。

3.2 送信前に宛先を確認しましょう。省外宛てのメールは、送信時に確認画面が表示されます。

3.3 機密性３情報のファイルには、文書の表紙に「取扱注意」の表示をしなければなりません。

## 4 インターネットの利用

4.1 業務で外部のウェブサイトを閲覧する際は、アドレスが「https://」で始まることを確認しましょう。

## 5 よくある質問

**Q1 自宅のプリンターで資料を印刷してもよいですか。**
A 要機密情報を含む資料は、自宅で印刷してはなりません。それ以外の資料も、印刷したものは持ち帰って職場で
廃棄しましょう。

**Q2 Web会議に家族の声が入ってしまいます。**
A 機密性の高い会議には、家族のいない部屋から、ヘッドセットを使って参加しなければなりません。背景に
書類やホワイトボードが映らないよう、背景ぼかし機能を使いましょう。

**Q3 出張先のホテルのWi-Fiにつないでもよいですか。**
A 1.2の条件を満たした支給端末であれば、ホテルのWi-Fiに接続してかまいません。省のシステムへは必ずVPNを
経由してください。

**Q4 端末の画面に更新プログラムの通知が出ました。**
A 通知が出たら、その日のうちに再起動して更新を適用しましょう。更新が１週間適用されない端末は、VPNに接続
できなくなります。

## 6 困ったとき・ルールを守れないとき

5.1 紛失・盗難やウイルス感染が疑われる場合は、直ちに所属の情報セキュリティ責任者と本推進室に連絡しなければなりません。

5.2 この手引きのルールでは業務が回らない、という場合は、本推進室に御相談ください。手引きの見直しの参考にします。

## 問い合わせ先

情報セキュリティ対策推進室（内線 4321、メール security@example.go.jp）
''', {
    'mobile-devices': ('covered', ['list', 'condition', 'wrapped'], '1.2 支給端末は、次の全てを満たしている場合に限り、自宅や出張先のネットワークに接続して業務に使うことが',
                       'issued devices may connect outside when encrypted, MFA, wipe-capable and on VPN'),
    'email-encryption': ('outdated', ['scope', 'old-form'], '3.1 要機密情報を含むファイルを省外に電子メールで送る場合は、ファイルを暗号化しなければなりません。',
                         'staff encrypt some attachments only; no transport encryption or sender authentication'),
    'web-encryption': ('missing', ['mixed'], '4.1 業務で外部のウェブサイトを閲覧する際は、アドレスが「https://」で始まることを確認しましょう。',
                       'advice on browsing other sites; nothing on the ministry\'s own sites'),
    'iot-devices': ('missing', ['modality'], '2.1 自宅のWi-Fiルーターは、初期設定のパスワードを変更し、ファームウェアを最新にしておきましょう。',
                    'advice about staff\'s home routers, not the organisation\'s IoT devices'),
    'issue-reporting': ('missing', ['modality'], '5.2 この手引きのルールでは業務が回らない、という場合は、本推進室に御相談ください。手引きの見直しの参考にします。',
                        'an invitation to consult the office; no duty to report issues to the CISO'),
    'drm': ('missing', ['mixed'], '3.3 機密性３情報のファイルには、文書の表紙に「取扱注意」の表示をしなければなりません。',
            'a handling label on the cover; no rights management'),
    'promotion-structure': ('missing', ['label'], '○○省 大臣官房 情報セキュリティ対策推進室',
                            'the issuing office is named; the guide does not set it up or define its roles'),
    'domain-names': ('missing', ['label'], '情報セキュリティ対策推進室（内線 4321、メール security@example.go.jp）',
                     'a go.jp address in a contact line; no rule on domain names'),
}, ['mobile-devices', 'email-encryption', 'web-encryption', 'iot-devices', 'issue-reporting', 'drm',
    'promotion-structure', 'domain-names'])

# ---------------------------------------------------------------- 17 English department cyber security policy
# Considered related: unknown-malware (application control on workstations and servers), drm (sensitivity labels
# that encrypt), web-encryption (only pages collecting personal or payment data), email-encryption (attachments),
# issue-reporting ("may"), promotion-structure (to be established next year), improvement-instructions (the
# steering group "will" recommend), it-asset-management (asset register of hardware). mobile-devices,
# domain-names, iot-devices: nothing near.
case('b9-17-dept-cyber-policy-en.md', '''# Department of Community Services — Cyber Security Policy

| Document owner | Chief Information Security Officer |
|---|---|
| Approved | Secretary, 14 March 2024 |
| Next review | March 2026 |

## 1. Policy statement

The Department will protect the confidentiality, integrity and availability of the information entrusted to it
by the community, in line with the state's cyber security framework.

## 2. Scope

This policy applies to all employees, contractors and third-party providers who access Department information or
systems. It covers all Department systems, whether hosted on premises or in the cloud.

## 3. Governance

3.1 The Chief Information Security Officer (CISO) is accountable for this policy and reports to the Secretary.

3.2 A Cyber Security Steering Group will be established during the 2025–26 financial year to coordinate the
implementation of this policy across divisions. Its terms of reference will be set when it is established.

3.3 Branch managers may raise with the CISO any security issues identified during day-to-day operations,
self-assessments or staff training.

3.4 Once established, the Steering Group will recommend improvements to the Secretary.

## 4. Controls

4.1 **Application control.** Application control shall be implemented on all workstations and servers so that only
approved programs can run; any program that is not approved, including previously unseen malicious code, is
blocked from executing.

4.2 **Information protection.** Documents classified OFFICIAL: Sensitive or above shall carry a sensitivity
label that encrypts the file and restricts opening, printing and forwarding to authorised users. The protection
travels with the file, so it cannot be read if it is copied or sent outside the Department, whether it is stored
on Department servers or in a cloud service.

4.3 **Web services.** HTTPS shall be used for all web pages that collect personal or payment information.

4.4 **Email.** Staff must encrypt attachments that contain sensitive information before emailing them outside the
Department.

4.5 **Assets.** ICT hardware shall be recorded in the asset register on receipt, with its serial number and location.

4.6 **Access control.** Access to Department systems shall be granted on the principle of least privilege and
reviewed every six months. Multi-factor authentication shall be used for remote access and for all privileged
accounts.

4.7 **Backups.** Business-critical data shall be backed up daily, with at least one copy held offline, and
restoration shall be tested every quarter.

4.8 **Patching.** Security updates for internet-facing services shall be applied within 48 hours where an exploit
exists, and within two weeks otherwise.

4.9 **Incidents.** Staff shall report suspected cyber security incidents to the Service Desk immediately. The
CISO shall notify the state's cyber security centre of significant incidents within 24 hours.

## 5. Definitions

- **Application control** — a technical control that allows only approved executables, scripts and libraries to run.
- **Sensitivity label** — a classification marking applied to a document or email, which may also apply
  protection such as encryption.

## 6. Breaches of this policy

Breaches may result in disciplinary action under the Department's Code of Conduct.

## 7. Related documents

- Acceptable Use of ICT Resources Policy
- Information Classification and Handling Standard
- Cyber Incident Response Plan
''', {
    'unknown-malware': ('covered', ['english', 'paraphrase'], '4.1 **Application control.** Application control shall be implemented on all workstations and servers so that only',
                        'execution control on workstations and servers blocks unknown malicious code before it runs'),
    'drm': ('covered', ['english', 'paraphrase'], 'travels with the file, so it cannot be read if it is copied or sent outside the Department, whether it is stored',
            'sensitivity labels encrypt files and keep them unreadable after leaving, on premises or in the cloud'),
    'web-encryption': ('outdated', ['english', 'scope'], '4.3 **Web services.** HTTPS shall be used for all web pages that collect personal or payment information.',
                       'HTTPS only on pages collecting personal or payment data: the pre-revision form'),
    'email-encryption': ('outdated', ['english', 'scope', 'old-form'], '4.4 **Email.** Staff must encrypt attachments that contain sensitive information before emailing them outside the',
                         'only sensitive attachments encrypted by staff; no transport encryption or sender authentication'),
    'issue-reporting': ('outdated', ['english', 'modality'], '3.3 Branch managers may raise with the CISO any security issues identified during day-to-day operations,',
                        'a mandatory report worded as a permission ("may")'),
    'promotion-structure': ('missing', ['english', 'deferral'], '3.2 A Cyber Security Steering Group will be established during the 2025–26 financial year to coordinate the',
                            'the coordinating body is put off to a later year'),
    'improvement-instructions': ('missing', ['english', 'deferral'], '3.4 Once established, the Steering Group will recommend improvements to the Secretary.',
                                 'a future body recommending to the Secretary; no CISO instructions'),
    'it-asset-management': ('missing', ['english', 'separate-duty'], '4.5 **Assets.** ICT hardware shall be recorded in the asset register on receipt, with its serial number and location.',
                            'hardware registered on receipt: not automatic software inventory'),
}, ['unknown-malware', 'drm', 'web-encryption', 'email-encryption', 'issue-reporting', 'promotion-structure',
    'improvement-instructions', 'it-asset-management'])

# ---------------------------------------------------------------- 18 prefecture 基本方針 (general; 改正履歴 names topics)
# Considered related: promotion-structure (a 体制 left to the 対策基準), issue-reporting and improvement-instructions
# (audit and self-inspection lead to review), web-encryption and email-encryption (named in the 改正履歴 only),
# iot-devices (definition only), mobile-devices and unknown-malware (threat list). drm, domain-names,
# it-asset-management: nothing near.
case('b9-18-pref-kihon-houshin.md', '''# ○○県情報セキュリティ基本方針

## 目次

1. 目的
2. 定義
3. 対象範囲
4. 職員等の遵守義務
5. 情報セキュリティ対策の体制
6. 情報資産への脅威
7. 情報セキュリティ対策
8. 評価及び見直し
9. 違反時の対応
10. 例外措置
11. 改正履歴

## 1 目的

この基本方針は、県が保有する情報資産の機密性、完全性及び可用性を維持するため、県が実施する情報セキュリティ
対策について基本的な事項を定めるものです。

## 2 定義

(1) 情報システム　コンピュータ、ネットワーク及び記録媒体で構成され、情報処理を行う仕組みをいいます。通信回線に
接続される複合機、ネットワークカメラその他のIoT機器を含みます。

(2) 情報資産　情報システム及びこれに記録された情報並びにこれらに関する文書をいいます。

## 3 対象範囲

この基本方針は、知事部局、議会事務局、各行政委員会及び企業局（以下「実施機関」という。）に適用します。

## 4 職員等の遵守義務

職員等は、情報セキュリティの重要性を認識し、業務の遂行に当たっては、情報セキュリティポリシー及び実施手順を
遵守しなければなりません。

## 5 情報セキュリティ対策の体制

県の情報セキュリティ対策を推進し、管理するための体制を確立します。体制の詳細は、情報セキュリティ対策基準で定めます。

## 6 情報資産への脅威

特に次の脅威を重視します。

- 不正アクセス、不正プログラムの感染等による情報の漏えい、改ざん及び消去
- 職員等によるスマートフォン、ノートパソコン等の紛失及び情報の不正な持ち出し
- 地震、落雷、火災等の災害によるサービスの停止

## 7 情報セキュリティ対策

前項の脅威から情報資産を保護するため、次の対策を講じます。具体的な対策は、情報セキュリティ対策基準で定めます。

(1) 物理的対策　サーバ等を設置する区域への入退室管理その他の物理的な対策を講じます。
(2) 人的対策　職員等に対し、情報セキュリティに関する研修及び啓発を行います。
(3) 技術的対策　情報資産へのアクセス制御、不正プログラム対策その他の技術的な対策を講じます。
(4) 運用　情報システムの監視、ポリシーの遵守状況の確認、外部委託の管理及びインシデントへの対処を行います。

## 8 評価及び見直し

情報セキュリティ監査及び自己点検を定期的に実施し、その結果を踏まえて情報セキュリティポリシーの見直しを行います。

## 9 違反時の対応

情報セキュリティポリシーに違反した職員等に対しては、その重大性、発生した事案の状況等に応じて、地方公務員法に
基づく懲戒処分等の対象とすることがあります。

## 10 例外措置

情報セキュリティ関係規定を遵守することが困難な状況で、業務の適正な遂行を継続するため、遵守事項とは異なる
方法を採用し、又は遵守事項を実施しないことについて合理的な理由がある場合には、あらかじめ定められた手続により
例外措置の許可を得て実施することができます。

## 11 改正履歴

| 年月日 | 改正の概要 |
|---|---|
| 平成15年4月1日 | 策定 |
| 令和2年3月31日 | 全ウェブサイトの常時暗号化及び電子メール通信の暗号化に関する対策基準の改正に合わせた文言の整理 |
| 令和4年3月31日 | IoT機器を情報システムの定義に追加 |
''', {
    'promotion-structure': ('missing', ['paraphrase'], '県の情報セキュリティ対策を推進し、管理するための体制を確立します。体制の詳細は、情報セキュリティ対策基準で定めます。',
                            'a structure announced and its details left to another document; no unit or roles here'),
    'issue-reporting': ('missing', ['separate-duty'], '情報セキュリティ監査及び自己点検を定期的に実施し、その結果を踏まえて情報セキュリティポリシーの見直しを行います。',
                        'audit and self-inspection lead to a policy review; no issue reporting to the CISO'),
    'improvement-instructions': ('missing', ['separate-duty'], '情報セキュリティ監査及び自己点検を定期的に実施し、その結果を踏まえて情報セキュリティポリシーの見直しを行います。',
                                 'policy review only; no CISO instructions on improvements'),
    'web-encryption': ('missing', ['label', 'table'], '| 令和2年3月31日 | 全ウェブサイトの常時暗号化及び電子メール通信の暗号化に関する対策基準の改正に合わせた文言の整理 |',
                       'a revision-history row names the topic; the document imposes nothing'),
    'email-encryption': ('missing', ['label', 'table'], '| 令和2年3月31日 | 全ウェブサイトの常時暗号化及び電子メール通信の暗号化に関する対策基準の改正に合わせた文言の整理 |',
                         'a revision-history row names the topic; the document imposes nothing'),
    'iot-devices': ('missing', ['definition', 'wrapped'], '接続される複合機、ネットワークカメラその他のIoT機器を含みます。',
                    'IoT devices only brought into a definition; no safety measure'),
    'mobile-devices': ('missing', ['list'], '- 職員等によるスマートフォン、ノートパソコン等の紛失及び情報の不正な持ち出し',
                       'loss of smartphones named as a threat; no rule on their use'),
    'unknown-malware': ('missing', ['list'], '- 不正アクセス、不正プログラムの感染等による情報の漏えい、改ざん及び消去',
                        'malware named as a threat; no measure'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'web-encryption', 'email-encryption',
    'iot-devices', 'mobile-devices', 'unknown-malware'])

write_set(D, C)
