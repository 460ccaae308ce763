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
from labelset import write_set  # noqa: E402

D = 'test/fixtures/blind9'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
IDS = ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
       'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure']


def complete(text, labels, considered):
    """Every id not labelled by hand is missing/absent, cited at the title line. `considered` names the ids the
    drafter weighed as related to this document; each of them must have been labelled by hand."""
    unknown = set(labels) - set(IDS)
    if unknown:
        sys.exit(f'unknown ids {unknown}')
    left = [i for i in considered if i not in labels]
    if left:
        sys.exit(f'considered but not labelled: {left}')
    title = next(l for l in text.split('\n') if l.strip())
    out = dict(labels)
    for i in IDS:
        if i not in out:
            out[i] = ('missing', ['absent'], title, 'the document has no clause on this requirement')
    return out


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
    'it-asset-management': ('covered', [], 'IT資産管理ソフトウェアを用いて、端末及びサーバ装置にインストール',
                            'asset-management software collects names and versions automatically'),
    'drm': ('missing', ['deferral', 'wrapped'], 'クラウドサービスとの連携の検証結果を踏まえ、次年度以降に導入の可否を判断する。',
            'DRM put off to a decision next year; the 改正履歴 row only names the topic'),
    'web-encryption': ('covered', [], '省が運営する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと。',
                       'every site, always HTTPS, firm ending'),
    'email-encryption': ('covered', [], '電子メールサーバ間の通信をSTARTTLSにより暗号化するとともに、SPF及び',
                         'server-to-server STARTTLS and SPF/DKIM sender authentication'),
    'mobile-devices': ('covered', ['list', 'wrapped', 'condition'], '省が支給するモバイル端末を、次に掲げる措置が講じられている場合に限り、省内外の通信回線に',
                       'use inside and outside permitted with encryption, MFA and remote wipe'),
    'domain-names': ('covered', [], 'ウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用すること。',
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
# iot-devices (複合機 disposal only). drm, it-asset-management: nothing near.
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

## 第5章 外部委託

（委託先の対策）
第30条 業務を外部に委託する場合には、契約において、受託者に次に掲げる事項を義務付けなければならない。
一 委託業務に用いる端末及びサーバに、プログラムの振る舞いから未知の不正プログラムを検知し、その実行を阻止する機能を導入すること。
二 委託業務の終了時に、機構から提供した情報を返却し、又は抹消すること。

附 則
この規程は、令和元年7月1日から施行する。
''', {
    'unknown-malware': ('missing', ['scope', 'list', 'article'], '一 委託業務に用いる端末及びサーバに、プログラムの振る舞いから未知の不正プログラムを検知し、その実行を阻止する機能を導入すること。',
                        'required only of contractors for their own equipment, not of the agency\'s terminals and servers'),
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
    'email-encryption', 'mobile-devices', 'domain-names', 'iot-devices'])

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

write_set(D, C)
