# Source of the blind set test/fixtures/blind7/ (2026-12-07): drafted by a helper that read neither the engine
# (server/src, catalog, docs, snippets, examples) nor any other set's texts or labels, and never ran Kijun; labels were
# written from the domain digest (requirements.md §4-5), the FY2018 revision summary and issue 11's status table only,
# clause by clause as an auditor would read them, before any run.
# Styles: 省庁 対策基準 (decimal sections, tables), 独立行政法人 規程 with 別表, 県/市町村 規則・要綱 (第N条, 項, 号,
# ただし書), 国立大学法人 規程, university and institute policies in English, wrapped lines, full-width characters, HTML
# comments and code blocks holding requirement words (not policy), citations of the standard and `<!-- kijun: id -->`
# markers over clauses that are fine, weak or limited. Extra weight on (a) paraphrase in the regulations' own wording
# (never the summary's words: 推進を担う室, HTTPS へ転送, STARTTLS/送信ドメイン認証, 挙動を監視して実行を停止,
# 資産管理ツール, IRM, MDM と持ち出し, 特定用途機器), (b) documents that mix description (解説, 逐条解説, notices, FAQ,
# reports of the state) with prescription, where only the prescriptive part counts, (c) scope and conditions (subsets,
# ただし書, 別表, 「…場合に限り」, contractors vs outside parties), (d) plain covered clauses.
# Status rules (issue 11): negation/deferral/exclusion/label without body/definition only/description -> missing;
# subset of a mandatory duty in its pre-revision form (some pages or sites, only attachments) -> outdated; weak wording
# (努める, 望ましい, 可能な限り, できる) of a mandatory duty -> outdated; separate duty in force (audit report, result of
# self-inspection, SPF only, 誤送信防止, pattern files, hardware registration) -> missing; pre-revision form (manual
# software survey, unknown malware only at the boundary, blanket mobile ban in Japanese or English) -> outdated.
# A permission with safeguards is the mobile-devices requirement itself, and 「…場合に限り」 naming the safeguards is
# its condition, not a subset. A duty a policy puts on its own contractor for the organisation's service counts; a duty
# put on outside parties (senders, site visitors) does not. Pairs an auditor could argue either way are left unlabelled.
# 97 cases, 121 labelled pairs (50 covered, 24 outdated, 47 missing); every requirement id has covered and missing
# cases, and outdated ones wherever an old form or weak wording of a duty exists (drm has no old form).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402
D = 'test/fixtures/blind7'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})


def case(f, text, labels):
    C.append((f, text, labels))


case('b7-01-ministry-web-mail.md', '''# 情報セキュリティ対策基準

## 7.2 電子メール・ウェブ等

### 7.2.1 電子メール

(1) 電子メールの導入時の対策

(a) 情報システムセキュリティ責任者は、電子メールサーバが電子メールの不正な中継を行わないように設定すること。

(b) 情報システムセキュリティ責任者は、他のメールサーバとの間の通信を STARTTLS により暗号化するとともに、送信ドメイン認証（SPF 及び DKIM）を導入し、受信側が送信元を検証できるようにすること。

### 7.2.2 ウェブ

(1) ウェブサーバの導入・運用時の対策

(a) 情報システムセキュリティ責任者は、機関等が運営する全てのウェブサイトについて、HTTPS による接続のみを受け付け、HTTP による要求は HTTPS に転送するよう設定すること。

(b) 情報システムセキュリティ責任者は、ウェブサーバの不要な機能を停止すること。
''', {
    'email-encryption': ('covered', ['decimal', 'paraphrase', 'plain'], '他のメールサーバとの間の通信を STARTTLS により暗号化するとともに、送信ドメイン認証（SPF 及び DKIM）を導入', 'server-to-server transport encryption and sender-domain authentication, as a duty (こと)'),
    'web-encryption': ('covered', ['decimal', 'paraphrase', 'plain'], '全てのウェブサイトについて、HTTPS による接続のみを受け付け', 'every website accepts HTTPS only, HTTP redirected: HTTPS everywhere in other words'),
})

case('b7-02-pref-web-personal-pages.md', '''# ○○県情報セキュリティ対策基準

第５章 技術的セキュリティ

５．４ ウェブサイト

(1) 情報政策課長は、県のウェブサイトのうち、個人情報を入力させるページ及びログインを要するページについては、TLS により通信を暗号化しなければならない。

(2) 前号に掲げるページ以外のページについては、HTTP による提供を妨げない。

５．５ 電子メール

(1) 職員は、電子メールを送信する前に、宛先、添付ファイル及び本文を確認しなければならない。

(2) 情報政策課長は、外部に送信する電子メールの送信を一定時間保留し、送信者が取り消すことのできる仕組みを設けなければならない。
''', {
    'web-encryption': ('outdated', ['scope-limit', 'list'], '個人情報を入力させるページ及びログインを要するページについては、TLS により通信を暗号化しなければならない', 'encryption only on personal-data and login pages, other pages explicitly allowed on HTTP: the pre-revision subset'),
    'email-encryption': ('missing', ['separate-duty', 'decoy'], '外部に送信する電子メールの送信を一定時間保留し', 'only mis-sending prevention (誤送信防止): a separate duty; no transport encryption or sender authentication'),
})

case('b7-03-univ-en-web-mobile.md', '''# Information Security Policy of the University

## Part 4 Technical Controls

### 4.3 Websites

4.3.1 All websites operated by or on behalf of the University shall be served exclusively over HTTPS. Requests made over plain HTTP shall be redirected to HTTPS, and HTTP Strict Transport Security shall be enabled.

### 4.4 Portable devices

4.4.1 University-issued laptops, tablets and smartphones may be used for University business both on campus and off campus, including over external networks, provided that:
(a) the device storage is fully encrypted;
(b) the device is enrolled in the University's mobile device management service, which can lock and wipe it remotely;
(c) sign-in requires multi-factor authentication.

4.4.2 Users shall report a lost or stolen device to the IT Service Desk without delay.
''', {
    'web-encryption': ('covered', ['english', 'plain'], 'All websites operated by or on behalf of the University shall be served exclusively over HTTPS.', 'all websites HTTPS only'),
    'mobile-devices': ('covered', ['english', 'condition', 'paraphrase'], 'may be used for University business both on campus and off campus, including over external networks, provided that:', 'use on and off campus permitted provided encryption, MDM with remote wipe and MFA: the permission with safeguards'),
})

case('b7-04-city-web-tadashigaki.md', '''# △△市情報セキュリティ対策規則

（ウェブサイトの暗号化）
第12条　情報政策課長は、本市が開設するウェブサイトについて、常時暗号化を行わなければならない。ただし、市長が特に認めた催事の特設サイト及び外部の事業者が提供する広報用サイトについては、この限りでない。

（ウェブサイトの管理）
第13条　ウェブサイトの管理責任者は、掲載情報を定期的に確認しなければならない。
''', {
    'web-encryption': ('outdated', ['article-form', 'scope-limit', 'exception'], 'ただし、市長が特に認めた催事の特設サイト及び外部の事業者が提供する広報用サイトについては、この限りでない。', 'a ただし書 leaves some of the city sites unencrypted: not every website'),
})

case('b7-05-iaa-beppyo-web-mail.md', '''# 国立研究開発法人□□機構 情報セキュリティ対策規程

（ウェブサイト及び電子メールの対策）
第20条　情報システムセキュリティ責任者は、別表第２に定めるところにより、ウェブサイト及び電子メールに係る対策を講じなければならない。

（ソフトウェアの更新）
第21条　情報システムセキュリティ責任者は、ソフトウェアの脆弱性に関する情報を収集し、必要な更新を行わなければならない。

別表第２（第20条関係）

| 対象 | 講ずべき対策 |
|---|---|
| ウェブサイト | 機構が運用する全てのウェブサイトを HTTPS により提供し、暗号化されていない接続を受け付けないこと |
| 電子メール | メールサーバ間の通信を TLS で暗号化し、SPF、DKIM 及び DMARC による送信ドメイン認証を実施すること |
''', {
    'web-encryption': ('covered', ['beppyo-reference', 'table', 'article-form'], '機構が運用する全てのウェブサイトを HTTPS により提供し、暗号化されていない接続を受け付けないこと', 'the article binds to 別表第２, whose row requires HTTPS for every site'),
    'email-encryption': ('covered', ['beppyo-reference', 'table', 'article-form'], 'メールサーバ間の通信を TLS で暗号化し、SPF、DKIM 及び DMARC による送信ドメイン認証を実施すること', 'the article binds to 別表第２: transport encryption and sender authentication'),
})

case('b7-06-town-youkou-negation.md', '''# ◇◇町情報セキュリティ対策要綱

（電子メール）
第15条　電子メールの送受信に係るサーバ間通信の暗号化については、費用及び既存システムとの互換性を考慮し、当面の間、導入を見合わせるものとする。

（ウェブサイト）
第16条　町のウェブサイトの常時暗号化は、次期ホームページ更新時に向けた将来の課題とする。
２　ウェブサイトに掲載する情報は、所管課長の承認を得なければならない。
''', {
    'email-encryption': ('missing', ['negation', 'deferral', 'article-form'], '当面の間、導入を見合わせるものとする', 'transport encryption is put off: not adopted'),
    'web-encryption': ('missing', ['deferral', 'article-form'], '町のウェブサイトの常時暗号化は、次期ホームページ更新時に向けた将来の課題とする。', 'HTTPS everywhere left as a future issue'),
})

case('b7-07-iaa-mail-attachments.md', '''# 独立行政法人◎◎ 情報セキュリティ実施規程

第４章 電子メールの利用

（暗号化）
第31条　職員等は、要機密情報を含む電子ファイルを電子メールに添付して送信する場合は、当該ファイルを暗号化し、復号のためのパスワードを別の手段で通知しなければならない。

（私的利用の禁止）
第32条　職員等は、業務以外の目的で電子メールを利用してはならない。
''', {
    'email-encryption': ('outdated', ['scope-limit', 'article-form', 'attachments'], '当該ファイルを暗号化し、復号のためのパスワードを別の手段で通知しなければならない', 'only staff encrypting some attached files; no transport encryption, no sender authentication: the mail form of the subset'),
})

case('b7-08-agency-spf-only.md', '''# 情報セキュリティ対策基準（抜粋）

7.2.1 電子メール

(1) 情報システムセキュリティ責任者は、機関等のドメインについて SPF レコードを DNS に公開し、受信した電子メールについて送信元ドメインの SPF 検証を行うこと。

(2) 情報システムセキュリティ責任者は、SPF 検証に失敗した電子メールの件名に注意喚起の文字列を付すこと。
''', {
    'email-encryption': ('missing', ['separate-duty', 'decimal'], '機関等のドメインについて SPF レコードを DNS に公開し', 'SPF only: sender authentication without transport encryption is the separate duty, not the requirement'),
})

case('b7-09-ministry-mail-weak-citation.md', '''# 対策基準

7.2.1 電子メール（統一基準 7.2.1 対応）

(1) 情報システムセキュリティ責任者は、電子メールサーバ間の通信について、可能な限り TLS による暗号化を行うことが望ましい。

(2) 情報システムセキュリティ責任者は、電子メールクライアントから電子メールサーバへの接続に際し、主体認証を行うこと。
''', {
    'email-encryption': ('outdated', ['weak-wording', 'citation', 'decimal'], '可能な限り TLS による暗号化を行うことが望ましい', 'cited as the 7.2.1 clause, but the mandatory encryption is worded as desirable and as far as possible'),
})

case('b7-10-institute-en-mail-av.md', '''# Information Security Standard of the Institute

## 7 Mail and Malware

7.1 The Institute's mail servers shall encrypt all server-to-server transmission with STARTTLS, and outgoing mail shall be authenticated with SPF and DKIM so that recipients can verify that it was sent by the Institute.

7.2 Antivirus software shall be installed on every workstation and server, and its signature files shall be updated at least daily.

7.3 Staff shall not open attachments from unknown senders.
''', {
    'email-encryption': ('covered', ['english', 'plain'], "The Institute's mail servers shall encrypt all server-to-server transmission with STARTTLS", 'transport encryption plus SPF/DKIM sender authentication'),
    'unknown-malware': ('missing', ['english', 'separate-duty'], 'Antivirus software shall be installed on every workstation and server, and its signature files shall be updated at least daily.', 'signature-based antivirus only: a separate duty in force, no behaviour-based prevention'),
})

case('b7-11-iaa-behaviour-and-pattern.md', '''# 国立大学法人◇◇大学 情報システム運用基準

（不正プログラム対策）
第18条　情報システム運用責任者は、本学が管理する端末及びサーバ装置に、次に掲げる対策を講じなければならない。
一　パターンファイルを用いた不正プログラム対策ソフトウェアを導入し、パターンファイルを常に最新の状態に保つこと。
二　プログラムの挙動を常時監視し、既知の不正プログラムに該当しない場合であっても不審な動作を示すプログラムの実行を停止させる機能を導入すること。
２　職員等は、前項の機能により通知を受けたときは、直ちに情報基盤センターに連絡しなければならない。
''', {
    'unknown-malware': ('covered', ['paraphrase', 'article-form', 'list'], '不審な動作を示すプログラムの実行を停止させる機能を導入すること', 'behaviour monitoring that stops suspicious programs on terminals and servers; pattern files beside it are fine'),
})

case('b7-12-pref-sandbox-boundary.md', '''# ○○県情報セキュリティ対策基準

６．２ 不正プログラム対策

(1) 情報政策課長は、インターネットとの接続点にサンドボックス装置を設置し、外部から受信するファイルに含まれる未知の不正プログラムを検知し、遮断しなければならない。

(2) 職員は、不正プログラムに感染したおそれがある場合は、直ちに端末をネットワークから切り離さなければならない。
''', {
    'unknown-malware': ('outdated', ['scope-limit', 'boundary-only'], 'インターネットとの接続点にサンドボックス装置を設置し、外部から受信するファイルに含まれる未知の不正プログラムを検知し、遮断しなければならない', 'unknown malware handled only at the Internet boundary: the pre-revision form; nothing where programs run'),
})

case('b7-13-city-pattern-manual-survey.md', '''# △△市情報セキュリティ対策基準

第７ 技術的セキュリティ

７－３ 不正プログラム対策

(1) 統括情報セキュリティ責任者は、全ての端末及びサーバにウイルス対策ソフトウェアを導入し、定義ファイルを自動で更新する設定としなければならない。

７－４ ソフトウェアの管理

(1) 情報セキュリティ責任者は、毎年度１回、所管する端末にインストールされているソフトウェアの名称及びバージョンを調査し、ソフトウェア管理台帳に記録して、統括情報セキュリティ責任者に報告しなければならない。
''', {
    'unknown-malware': ('missing', ['separate-duty'], '全ての端末及びサーバにウイルス対策ソフトウェアを導入し、定義ファイルを自動で更新する設定としなければならない', 'pattern-file antivirus only: a separate duty, no behaviour-based prevention'),
    'it-asset-management': ('outdated', ['manual-not-automated'], '毎年度１回、所管する端末にインストールされているソフトウェアの名称及びバージョンを調査し', 'a yearly manual survey recorded in a ledger: the pre-revision form of automatic collection'),
})

case('b7-14-univ-en-edr-inventory.md', '''# IT Security Regulations

Article 22 (Endpoint protection)
(1) The Information Technology Center shall deploy, on all University workstations and servers, endpoint protection that monitors program behaviour and blocks malicious code that no signature yet identifies before it can execute.
(2) Signature-based antivirus shall remain installed alongside it.

Article 23 (Software inventory)
(1) An agent installed on every workstation and server shall collect the names and versions of installed software automatically and report them daily to a central inventory.
(2) The Center shall match the inventory against published vulnerability information and notify the owners of affected machines.
''', {
    'unknown-malware': ('covered', ['english', 'paraphrase', 'article-form'], 'endpoint protection that monitors program behaviour and blocks malicious code that no signature yet identifies before it can execute', 'behaviour-based blocking of unknown code on workstations and servers, beside signatures'),
    'it-asset-management': ('covered', ['english', 'paraphrase', 'article-form'], 'shall collect the names and versions of installed software automatically and report them daily to a central inventory', 'software names and versions collected automatically from endpoints and servers'),
})

case('b7-15-iaa-edr-deferred.md', '''# 独立行政法人○○ 情報セキュリティ対策基準

6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入すること。

(2) 振る舞い検知型の不正プログラム対策製品の導入については、費用対効果を踏まえ、次期情報基盤の更改時に検討する。
''', {
    'unknown-malware': ('missing', ['deferral', 'decimal'], '振る舞い検知型の不正プログラム対策製品の導入については、費用対効果を踏まえ、次期情報基盤の更改時に検討する。', 'behaviour-based detection deferred to the next system renewal; the rest is pattern-file antivirus'),
})

case('b7-16-code-block-samples.md', '''# 情報システム運用手順（情報セキュリティ）

## 1. ウェブサーバの設定

ウェブサーバの設定変更は、情報システム課の承認を得て行うこと。

参考：他機関の設定例（本手順の要求事項ではない）

```nginx
server {
    listen 80;
    # 常時HTTPS化の例: 全てのページを HTTPS に転送
    return 301 https://$host$request_uri;
}
```

## 2. 端末の設定

端末の設定は、情報システム課が配布する標準設定によること。

```yaml
# 製品評価メモ（未採用）
edr:
  behavior_detection: true   # 未知の不正プログラムの実行を阻止
  targets: [terminals, servers]
```
''', {
    'web-encryption': ('missing', ['code-block', 'decoy'], '# 常時HTTPS化の例: 全てのページを HTTPS に転送', 'HTTPS only in a sample configuration labelled as not a requirement'),
    'unknown-malware': ('missing', ['code-block', 'decoy'], 'behavior_detection: true   # 未知の不正プログラムの実行を阻止', 'behaviour detection only in a code block (an evaluation memo, not adopted)'),
})

case('b7-17-marker-consider.md', '''# 情報セキュリティ対策基準

6.2.2 不正プログラム対策

<!-- kijun: unknown-malware -->
(3) 統括情報セキュリティ責任者は、未知の不正プログラムへの対策として、端末及びサーバ装置における振る舞い検知製品の導入の要否を検討すること。

(4) 職員等は、不審な電子メールを受信した場合は、開封せずに情報システム課に連絡すること。
''', {
    'unknown-malware': ('missing', ['marker', 'deferral'], '振る舞い検知製品の導入の要否を検討すること', 'the marker points here, but the clause only asks whether to introduce it: a duty to consider, not the measure'),
})

case('b7-18-city-asset-tool.md', '''# △△市情報セキュリティ対策基準

７－５ 脆弱性対策

(1) 情報政策課長は、資産管理ツールにより、庁内の端末及びサーバにインストールされているソフトウェアの名称及び版数を自動的に取得し、常に最新の一覧を保持しなければならない。

(2) 情報政策課長は、脆弱性情報が公表されたときは、前号の一覧により該当する機器を特定し、速やかに対策を講じなければならない。
''', {
    'it-asset-management': ('covered', ['paraphrase', 'plain'], '資産管理ツールにより、庁内の端末及びサーバにインストールされているソフトウェアの名称及び版数を自動的に取得し', 'a tool acquires software names and versions automatically, used to locate vulnerable machines'),
})

case('b7-19-iaa-hardware-delivery.md', '''# 独立行政法人◎◎ 情報機器管理規程

（機器の受入れ）
第８条　情報システム管理者は、情報機器の納入を受けたときは、検収を行い、資産番号を付した上で情報機器管理台帳に登録しなければならない。

（機器の廃棄）
第９条　情報機器を廃棄するときは、記録媒体の情報を復元できないように消去しなければならない。
''', {
    'it-asset-management': ('missing', ['separate-duty', 'article-form'], '検収を行い、資産番号を付した上で情報機器管理台帳に登録しなければならない', 'registration of hardware at delivery: not automatic collection of software information'),
})

case('b7-20-definitions-only.md', '''# 情報セキュリティ対策規程

（定義）
第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　IT資産管理ソフトウェア　端末及びサーバ装置のソフトウェアの情報を自動的に収集し、一元的に管理するソフトウェアをいう。
二　デジタル著作権管理　電子ファイルの閲覧、印刷、複製等を許可された者に限定し、ファイルが外部に流出した場合であってもその内容の漏えいを防ぐ技術をいう。
三　職員等　本法人の役員及び職員並びに派遣労働者をいう。

（責務）
第３条　職員等は、この規程を遵守しなければならない。
''', {
    'it-asset-management': ('missing', ['definition-only', 'article-form'], '一　IT資産管理ソフトウェア　端末及びサーバ装置のソフトウェアの情報を自動的に収集し', 'the term is only defined; no article requires it'),
    'drm': ('missing', ['definition-only', 'article-form'], '二　デジタル著作権管理　電子ファイルの閲覧、印刷、複製等を許可された者に限定し', 'the term is only defined; no article requires it'),
})

case('b7-21-iaa-irm.md', '''# 国立研究開発法人□□機構 情報取扱規程

（要機密情報を含む電子ファイルの保護）
第14条　情報の作成者は、要機密情報を含む電子ファイルを作成し、又は外部に提供するときは、情報権限管理（IRM）による保護を施し、閲覧、印刷及び複製を許可された者に限らなければならない。
２　前項の保護は、当該ファイルが機構の外部に持ち出され、又はクラウドサービス上に保存された場合であっても、許可されていない者が内容を閲覧できないものとする。
''', {
    'drm': ('covered', ['paraphrase', 'article-form'], '情報権限管理（IRM）による保護を施し、閲覧、印刷及び複製を許可された者に限らなければならない', 'IRM protection that keeps confidential files unreadable even after they leave, on premises or in the cloud'),
})

case('b7-22-en-rights-management.md', '''# Data Protection Standard

Section 5 Protecting documents

5.1 Documents classified as Confidential shall be protected with information rights management before they are stored or shared. The protection shall travel with the file, so that the content stays encrypted and cannot be opened by anyone the owner has not authorised, even if the file is copied to removable media, forwarded by e-mail or uploaded to a cloud service.

5.2 Owners shall review the list of authorised users of their protected documents every six months.
''', {
    'drm': ('covered', ['english', 'paraphrase'], 'shall be protected with information rights management before they are stored or shared', 'rights management that travels with the file: unreadable to the unauthorised wherever it goes'),
})

case('b7-23-zip-password.md', '''# 情報セキュリティ実施手順

３．情報の持ち出し・送付

(1) 職員は、要機密情報を含むファイルを外部に送付する場合は、ファイルを圧縮してパスワードを設定しなければならない。

(2) 職員は、ファイルサーバの共有フォルダについて、アクセス権を課単位で設定しなければならない。

(3) 職員は、要機密情報を記録した電磁的記録媒体を持ち出す場合は、上司の許可を得なければならない。
''', {
    'drm': ('missing', ['decoy', 'separate-duty'], 'ファイルを圧縮してパスワードを設定しなければならない', 'a password-protected archive and folder ACLs are not rights management: anyone with the password reads a leaked file'),
})

case('b7-24-drm-exclusion.md', '''# ◇◇町情報セキュリティ対策基準

第６ アクセス制御

(1) 情報システム管理者は、業務システムの利用者ごとにアクセス権限を設定しなければならない。

(2) デジタル著作権管理（DRM）による電子ファイルの保護は、本町の規模及び業務の実情に照らし、本基準の対象外とする。
''', {
    'drm': ('missing', ['exclusion'], 'デジタル著作権管理（DRM）による電子ファイルの保護は、本町の規模及び業務の実情に照らし、本基準の対象外とする。', 'DRM excluded from the standard'),
})

case('b7-25-table-placeholders.md', '''# 情報セキュリティ対策基準

## 6.2 脅威への対策（一覧）

| 項目 | 対策の内容 |
|---|---|
| 不正プログラム対策 | 全ての端末及びサーバ装置に不正プログラム対策ソフトウェアを導入すること |
| IT資産管理ソフトウェアの導入 | 別途定める |
| デジタル著作権管理（DRM） | （検討中） |
| 標的型攻撃対策 | 職員等に対し年１回以上の訓練を実施すること |
''', {
    'it-asset-management': ('missing', ['label-only', 'table'], '| IT資産管理ソフトウェアの導入 | 別途定める |', 'a row naming the measure with a placeholder body'),
    'drm': ('missing', ['label-only', 'table', 'deferral'], '| デジタル著作権管理（DRM） | （検討中） |', 'a row naming DRM whose body is "under study"'),
    'unknown-malware': ('missing', ['separate-duty', 'table'], '| 不正プログラム対策 | 全ての端末及びサーバ装置に不正プログラム対策ソフトウェアを導入すること |', 'antivirus software only: a separate duty, nothing on behaviour-based prevention'),
})

case('b7-26-pref-mobile-mdm.md', '''# ○○県情報セキュリティ対策基準

８．３ モバイル端末

(1) 職員は、県が貸与するノートパソコン、タブレット端末及びスマートフォン（以下「モバイル端末」という。）を、庁舎の内外において業務に使用することができる。ただし、次に掲げる措置が講じられている場合に限る。

　ア　端末の記憶装置が暗号化されていること。
　イ　端末管理システム（MDM）に登録され、紛失時に遠隔から消去できること。
　ウ　多要素認証により利用者を確認すること。

(2) 職員は、モバイル端末を庁舎外で使用するときは、公衆無線LANに直接接続せず、県が指定する VPN を経由しなければならない。
''', {
    'mobile-devices': ('covered', ['condition', 'paraphrase', 'full-width'], '庁舎の内外において業務に使用することができる。ただし、次に掲げる措置が講じられている場合に限る。', 'use inside and outside permitted on condition of encryption, MDM remote wipe and MFA: the ただし書 names the safeguards, not a subset'),
})

case('b7-27-city-mobile-ban.md', '''# △△市情報セキュリティ対策規則

（端末の持ち出し）
第20条　職員は、本市が貸与するノートパソコン、タブレット端末その他の携帯可能な端末を庁舎外に持ち出してはならない。
２　職員は、前項の端末を庁内ネットワーク以外のネットワークに接続してはならない。
''', {
    'mobile-devices': ('outdated', ['ban', 'article-form'], '職員は、本市が貸与するノートパソコン、タブレット端末その他の携帯可能な端末を庁舎外に持ち出してはならない。', 'a blanket ban on taking devices out: stricter than the standard, the revision permits use with safeguards (information level)'),
})

case('b7-28-en-mobile-ban.md', '''# Acceptable Use of IT Equipment

3. Portable equipment

3.1 Laptops and tablets issued by the Agency shall not be removed from Agency premises under any circumstances.

3.2 Agency devices shall connect only to the Agency's internal network; connection to home, public or mobile networks is prohibited.

3.3 Users shall lock their screen when leaving their desk.
''', {
    'mobile-devices': ('outdated', ['english', 'ban'], 'Laptops and tablets issued by the Agency shall not be removed from Agency premises under any circumstances.', 'a blanket ban in English, treated like a Japanese ban: the revision permits use with safeguards'),
})

case('b7-29-mobile-deferral.md', '''# 独立行政法人○○ 情報セキュリティ対策基準

8.2 モバイル端末の利用

(1) 法人外におけるモバイル端末の利用及び外部ネットワークへの接続の可否については、テレワーク制度の整備状況を踏まえ、今後検討する。

(2) 情報システムセキュリティ責任者は、端末に主体認証機能を設けること。
''', {
    'mobile-devices': ('missing', ['deferral', 'decimal'], '外部ネットワークへの接続の可否については、テレワーク制度の整備状況を踏まえ、今後検討する。', 'whether mobile use outside is allowed is left for future study: no rule either way'),
})

case('b7-30-iaa-gojp.md', '''# 独立行政法人◎◎ 情報セキュリティ対策基準

6.3.2 アプリケーション・コンテンツの提供時の対策

(1) 情報システムセキュリティ責任者は、法人が運用するウェブサイト及び職員等が業務で使用する電子メールアドレスについて、政府ドメイン名（go.jp で終わるドメイン名）を使用すること。

(2) 情報システムセキュリティ責任者は、利用者に不要なソフトウェアの導入を求めないこと。
''', {
    'domain-names': ('covered', ['decimal', 'plain'], '政府ドメイン名（go.jp で終わるドメイン名）を使用すること', 'websites and mail addresses use go.jp'),
})

case('b7-31-univ-acjp.md', '''# 国立大学法人◇◇大学 情報セキュリティ対策基準

第６章 情報の発信

（ドメイン名）
第40条　本学が運用するウェブサイト及び本学の電子メールアドレスには、本学が登録した ac.jp ドメイン名（高等教育機関向けのドメイン名）を使用しなければならない。
２　広報課長は、本学が使用するドメイン名の一覧を管理しなければならない。
''', {
    'domain-names': ('covered', ['article-form', 'paraphrase'], '本学が登録した ac.jp ドメイン名（高等教育機関向けのドメイン名）を使用しなければならない', 'a university 法人 requires its ac.jp domain for sites and mail: the relaxed rule'),
})

case('b7-32-univ-en-domain.md', '''# Information Security Standards of the University

## 9 Online presence

9.1 All websites and e-mail addresses of the University shall use the University's own ac.jp domain name, so that the public can recognise them as genuine.

9.2 Staff shall not register other domain names for University business.
''', {
    'domain-names': ('covered', ['english', 'plain'], "All websites and e-mail addresses of the University shall use the University's own ac.jp domain name", 'ac.jp for all sites and mail of a higher-education body'),
})

case('b7-33-domain-weak.md', '''# 独立行政法人○○ ウェブサイト運用規程

（ドメイン名）
第６条　広報室長は、法人のウェブサイトを開設するときは、政府ドメイン名を使用するよう努めるものとする。

（更新）
第７条　掲載内容の更新は、所管部署の長の承認を得て行う。
''', {
    'domain-names': ('outdated', ['weak-wording', 'article-form'], '政府ドメイン名を使用するよう努めるものとする。', 'the mandatory go.jp rule worded as an effort'),
})

case('b7-34-dns-decoy.md', '''# 情報セキュリティ対策基準

7.2.3 DNS

(1) 情報システムセキュリティ責任者は、コンテンツサーバにおいて、管理するドメイン名に関する情報を正確に保つこと。

(2) 情報システムセキュリティ責任者は、キャッシュサーバにおいて、名前解決の要求への適切な応答をするための措置を講ずること。

(3) 情報システムセキュリティ責任者は、ドメイン名の登録情報に変更が生じた場合は、速やかに登録事業者に届け出ること。
''', {
    'domain-names': ('missing', ['decoy', 'decimal'], '管理するドメイン名に関する情報を正確に保つこと。', 'DNS server duties mention domain names, but no rule on which domain sites and mail use'),
})

case('b7-35-iaa-special-purpose.md', '''# 国立研究開発法人□□機構 情報セキュリティ対策基準

7.1.3 特定用途機器

(1) 情報システムセキュリティ責任者は、テレビ会議システム、IP電話機、ネットワークカメラ、入退館管理装置、空調等の設備制御装置その他の特定用途機器についても、本基準の対象として管理すること。

(2) 情報システムセキュリティ責任者は、特定用途機器について、次の対策を講ずること。
　(a) 初期設定のパスワードを変更すること。
　(b) ファームウェアの更新を定期的に確認し、適用すること。
　(c) 業務用の通信回線から論理的に分離した通信回線に接続すること。
''', {
    'iot-devices': ('covered', ['paraphrase', 'decimal', 'list'], 'ネットワークカメラ、入退館管理装置、空調等の設備制御装置その他の特定用途機器についても、本基準の対象として管理すること。', 'special-purpose devices explicitly in scope, with default passwords, firmware and network separation'),
})

case('b7-36-en-connected-devices.md', '''# Information Security Policy

## 12 Building systems and other connected devices

12.1 Network-connected devices that are not general-purpose computers, such as building-management controllers, IP cameras, door-access readers and conference-room systems, are within the scope of this policy.

12.2 For each such device, the system owner shall change the factory default password before connection, keep the firmware up to date, and place the device on a network segment separated from office systems.
''', {
    'iot-devices': ('covered', ['english', 'paraphrase'], 'the system owner shall change the factory default password before connection, keep the firmware up to date', 'connected devices in scope, with credential, firmware and segmentation duties'),
})

case('b7-37-iot-exclusion.md', '''# ◇◇町情報セキュリティ対策基準

第１ 対象範囲

(1) 本基準は、町が管理する情報システム及びこれに記録される情報に適用する。

(2) 前号の規定にかかわらず、防犯カメラ、庁舎の空調制御装置その他の特定用途機器には、本基準を適用しない。

第２ 職員の責務

(1) 職員は、本基準を遵守しなければならない。
''', {
    'iot-devices': ('missing', ['exclusion'], '防犯カメラ、庁舎の空調制御装置その他の特定用途機器には、本基準を適用しない。', 'special-purpose devices are excluded from the standard'),
})

case('b7-38-iot-weak.md', '''# △△市情報セキュリティ対策基準

７－８ IoT機器

(1) 情報政策課長は、ネットワークに接続する IoT 機器について、可能な範囲で初期パスワードの変更及びファームウェアの更新に努めるものとする。
''', {
    'iot-devices': ('outdated', ['weak-wording'], '可能な範囲で初期パスワードの変更及びファームウェアの更新に努めるものとする。', 'the IoT measures, a 遵守事項, worded as an effort as far as possible'),
})

case('b7-39-purpose-clause.md', '''# 国立大学法人◇◇大学 情報セキュリティ基本規程

（目的）
第１条　この規程は、本学が保有する情報資産（IoT機器を含む。以下同じ。）を、漏えい、改ざん、滅失等の脅威から保護し、もって本学の教育研究活動の円滑な遂行に資することを目的とする。

（適用範囲）
第２条　この規程は、本学の役員、教職員及び学生に適用する。

（遵守義務）
第３条　前条に掲げる者は、この規程及び本学が別に定める規則を遵守しなければならない。
''', {
    'iot-devices': ('missing', ['purpose-clause', 'article-form'], '本学が保有する情報資産（IoT機器を含む。以下同じ。）を、漏えい、改ざん、滅失等の脅威から保護し', 'IoT named only in the purpose clause; no safety measure for them'),
})

case('b7-40-iaa-issues-and-instructions.md', '''# 独立行政法人◎◎ 情報セキュリティ管理規程

（課題の報告）
第10条　情報セキュリティ責任者は、所管する部署における情報セキュリティ対策の運用、自己点検及び教育の実施の過程で明らかになった問題点を、最高情報セキュリティ責任者に報告しなければならない。

（改善の指示）
第11条　最高情報セキュリティ責任者は、前条の報告その他の情報を踏まえ、法人全体として取り組むべき改善事項については統括情報セキュリティ責任者に、特定の部署に固有の改善事項については当該部署の情報セキュリティ責任者に、それぞれ改善を指示しなければならない。
''', {
    'issue-reporting': ('covered', ['paraphrase', 'article-form'], '自己点検及び教育の実施の過程で明らかになった問題点を、最高情報セキュリティ責任者に報告しなければならない', 'problems arising in operation, self-inspection and education reported to the CISO'),
    'improvement-instructions': ('covered', ['paraphrase', 'article-form'], '法人全体として取り組むべき改善事項については統括情報セキュリティ責任者に、特定の部署に固有の改善事項については当該部署の情報セキュリティ責任者に', 'organisation-wide and department-specific improvements each instructed to the right person'),
})

case('b7-41-audit-report-only.md', '''# 情報セキュリティ監査規程

（監査の実施）
第５条　情報セキュリティ監査責任者は、毎年度、監査計画を策定し、監査を実施しなければならない。

（監査結果の報告）
第６条　情報セキュリティ監査責任者は、監査の結果を取りまとめ、最高情報セキュリティ責任者に報告しなければならない。
''', {
    'issue-reporting': ('missing', ['separate-duty', 'article-form'], '監査の結果を取りまとめ、最高情報セキュリティ責任者に報告しなければならない', 'an audit report to the CISO is a separate duty; no reporting of issues from operation, self-inspection and education'),
})

case('b7-42-self-inspection-results.md', '''# ○○県情報セキュリティ対策基準

９．１ 自己点検

(1) 統括情報セキュリティ責任者は、毎年度、自己点検の計画を策定しなければならない。

(2) 情報セキュリティ責任者は、所管する課室の自己点検を実施し、その結果を統括情報セキュリティ責任者に提出しなければならない。
''', {
    'issue-reporting': ('missing', ['separate-duty'], '所管する課室の自己点検を実施し、その結果を統括情報セキュリティ責任者に提出しなければならない', 'only the results of self-inspection are submitted: a separate duty, no reporting of issues to the CISO'),
})

case('b7-43-issue-weak.md', '''# 情報セキュリティ対策基準

2.2.1 関係規程の運用

(1) 情報セキュリティ責任者は、対策の運用、自己点検及び教育において生じた課題について、必要に応じて最高情報セキュリティ責任者に報告するよう努めること。
''', {
    'issue-reporting': ('outdated', ['weak-wording', 'decimal'], '必要に応じて最高情報セキュリティ責任者に報告するよう努めること。', 'issue reporting to the CISO worded as an effort, as needed'),
})

case('b7-44-univ-en-governance.md', '''# Information Security Governance Regulations of the University

Article 5 (Information Security Promotion Office)
(1) The University establishes the Information Security Promotion Office as the unit that drives information security measures across the University.
(2) The Office shall draft revisions of the information security standards, plan staff training, coordinate self-inspections, and support faculties in implementing measures.

Article 6 (Reporting of issues)
Heads of faculties and departments shall report to the Chief Information Security Officer (CISO) any issues identified in the day-to-day operation of security measures, in self-inspections and in training.

Article 7 (Improvement directions)
The CISO shall direct improvements that concern the University as a whole to the Information Security Promotion Office, and improvements specific to a faculty or department to the head of that unit.
''', {
    'promotion-structure': ('covered', ['english', 'paraphrase', 'article-form'], 'The University establishes the Information Security Promotion Office as the unit that drives information security measures across the University.', 'a unit set up to drive measures, with its roles listed in (2)'),
    'issue-reporting': ('covered', ['english', 'paraphrase', 'article-form'], 'shall report to the Chief Information Security Officer (CISO) any issues identified in the day-to-day operation of security measures', 'issues from operation, self-inspection and training reported to the CISO'),
    'improvement-instructions': ('covered', ['english', 'paraphrase', 'article-form'], 'The CISO shall direct improvements that concern the University as a whole to the Information Security Promotion Office', 'university-wide and unit-specific improvements, each directed to an appropriate person'),
})

case('b7-45-instructions-permission.md', '''# △△市情報セキュリティ対策規則

（改善の指示）
第30条　最高情報セキュリティ責任者は、必要があると認めるときは、全庁的な改善事項及び各課に固有の改善事項について、関係する情報セキュリティ責任者に改善を指示することができる。
''', {
    'improvement-instructions': ('outdated', ['weak-wording', 'article-form'], '関係する情報セキュリティ責任者に改善を指示することができる。', 'the CISO may instruct, when deemed necessary: a permission where the standard sets a duty'),
})

case('b7-46-instructions-heading-only.md', '''# 情報セキュリティ対策基準

## 2.4 見直し

### 2.4.1 改善事項の指示

（今後整備予定）

### 2.4.2 対策基準の見直し

(1) 情報セキュリティ委員会は、毎年度、対策基準の見直しの要否を審議すること。
''', {
    'improvement-instructions': ('missing', ['label-only', 'deferral'], '### 2.4.1 改善事項の指示', 'a heading with a placeholder body and no duty'),
})

case('b7-47-city-promotion-office.md', '''# △△市情報セキュリティポリシー 対策基準

第２ 組織体制

(1) 情報政策課に情報セキュリティ推進室を置き、本市の情報セキュリティ対策を推進させる。

(2) 情報セキュリティ推進室は、次に掲げる事務を行う。
　ア　対策基準及び実施手順の見直しの立案
　イ　職員に対する情報セキュリティ研修の企画及び実施
　ウ　自己点検の取りまとめ及び結果の分析
　エ　情報セキュリティインシデントに関する各課への助言

(3) 最高情報セキュリティ責任者は副市長とし、統括情報セキュリティ責任者は総務部長とする。
''', {
    'promotion-structure': ('covered', ['paraphrase', 'list', 'full-width'], '情報政策課に情報セキュリティ推進室を置き、本市の情報セキュリティ対策を推進させる。', 'a unit set up to drive the measures, with its tasks enumerated'),
})

case('b7-48-promotion-weak.md', '''# 独立行政法人○○ 情報セキュリティ対策基準

2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、情報セキュリティ対策推進体制を整備することが望ましい。

(2) 最高情報セキュリティ責任者は、情報セキュリティ委員会を置くこと。
''', {
    'promotion-structure': ('outdated', ['weak-wording', 'decimal'], '情報セキュリティ対策推進体制を整備することが望ましい。', 'the promotion structure, a duty, worded as desirable'),
})

case('b7-49-promotion-definition.md', '''# 情報セキュリティ対策基準

1.3 用語定義

・「情報セキュリティ対策推進体制」とは、機関等の情報セキュリティ対策の推進に係る事務を遂行するための体制をいう。
・「情報システム」とは、ハードウェア及びソフトウェアから成るシステムであって、情報処理又は通信の用に供するものをいう。

2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、情報セキュリティ委員会を置くこと。
''', {
    'promotion-structure': ('missing', ['definition-only'], '・「情報セキュリティ対策推進体制」とは、機関等の情報セキュリティ対策の推進に係る事務を遂行するための体制をいう。', 'the structure appears only in the definitions; 2.1.1 sets up a committee only'),
})

case('b7-50-commentary-mixed.md', '''# △△市情報セキュリティ対策基準（逐条解説付き）

（ウェブサイトの暗号化）
第14条　情報政策課長は、本市が開設する全てのウェブサイトについて、ＨＴＴＰＳにより提供し、暗号化されていない通信による閲覧ができないようにしなければならない。

【解説】
本条は、市民が閲覧するサイトが本市のものであることを確認でき、通信内容の盗聴や改ざんを防ぐための規定である。
なお、国の統一基準では、電子メールの通信についても暗号化が求められているが、本市では庁内メールシステムの更新に合わせて検討している段階にある。

（電子メール）
第15条　職員は、電子メールの宛先を送信前に確認しなければならない。
''', {
    'web-encryption': ('covered', ['full-width', 'article-form', 'descriptive'], '本市が開設する全てのウェブサイトについて、ＨＴＴＰＳにより提供し', 'the article requires HTTPS for every site; the commentary only explains'),
    'email-encryption': ('missing', ['descriptive', 'deferral', 'decoy'], 'なお、国の統一基準では、電子メールの通信についても暗号化が求められているが、本市では庁内メールシステムの更新に合わせて検討している段階にある。', 'mail encryption mentioned only in commentary describing the standard, under study; the mail article is about checking addresses'),
})

case('b7-51-notice-descriptive.md', '''# 情報セキュリティ対策実施手順（職員への周知）

情報システム課からのお知らせ

本年度、庁内の全ての端末とサーバに、振る舞い検知により未知の不正プログラムの実行を止める製品を試行導入しました。
また、ソフトウェアの自動収集機能を持つ資産管理ソフトウェアの導入に向けて、製品の比較を進めています。

職員が守る事項

1. 端末の画面に警告が表示された場合は、作業を中断し、情報システム課に電話で連絡すること。
2. 許可されていないソフトウェアを端末にインストールしないこと。
''', {
    'unknown-malware': ('missing', ['descriptive'], '本年度、庁内の全ての端末とサーバに、振る舞い検知により未知の不正プログラムの実行を止める製品を試行導入しました。', 'a notice describing a trial; no rule requires the measure'),
    'it-asset-management': ('missing', ['descriptive', 'deferral'], 'ソフトウェアの自動収集機能を持つ資産管理ソフトウェアの導入に向けて、製品の比較を進めています。', 'a report of products being compared; no rule'),
})

case('b7-52-handbook-faq.md', '''# 情報セキュリティハンドブック（規程の抜粋とよくある質問）

## 規程の抜粋

第18条　職員等は、機構が支給するモバイル端末を、端末管理システムへの登録、記憶装置の暗号化及び多要素認証の設定が行われていることを条件として、機構の内外において業務に使用することができる。

## よくある質問

Q. 機構のウェブサイトは全て暗号化されていますか。

A. 主要なウェブサイトは HTTPS に対応済みです。その他のサイトも順次対応していく予定です。
''', {
    'mobile-devices': ('covered', ['article-form', 'condition', 'paraphrase'], '記憶装置の暗号化及び多要素認証の設定が行われていることを条件として、機構の内外において業務に使用することができる。', 'the rule permits use inside and outside on condition of MDM, encryption and MFA'),
    'web-encryption': ('missing', ['descriptive', 'faq'], 'A. 主要なウェブサイトは HTTPS に対応済みです。その他のサイトも順次対応していく予定です。', 'an FAQ answer describing the state; no rule requires HTTPS'),
})

case('b7-53-iot-citation-fine.md', '''# 情報セキュリティ対策基準

7.1.3 複合機・特定用途機器（統一基準 7.1.3 対応）

(1) 情報システムセキュリティ責任者は、複合機の記憶装置に保存された情報を、廃棄時に抹消すること。

(2) 情報システムセキュリティ責任者は、ネットワークカメラ、IP電話機等の特定用途機器について、初期パスワードを変更し、ファームウェアを最新に保ち、業務用ネットワークから分離した通信回線に接続すること。
''', {
    'iot-devices': ('covered', ['citation', 'decimal', 'plain'], 'ネットワークカメラ、IP電話機等の特定用途機器について、初期パスワードを変更し、ファームウェアを最新に保ち', 'cited as 7.1.3 and the clause itself sets the measures for special-purpose devices'),
})

case('b7-54-web-marker-list.md', '''# ○○県情報セキュリティ対策基準

<!-- kijun: web-encryption -->
５．６ 通信の暗号化

(1) 情報政策課長は、次に掲げるウェブサイトについて、HTTPS により提供しなければならない。
　ア　電子申請システム
　イ　職員採用試験の申込サイト
　ウ　県立図書館の蔵書予約サイト
''', {
    'web-encryption': ('outdated', ['marker', 'scope-limit', 'list'], '次に掲げるウェブサイトについて、HTTPS により提供しなければならない。', 'the marker points here; an enumerated list of three sites, not every site of the prefecture'),
})

case('b7-55-mail-marker-fine.md', '''# 国立研究開発法人□□機構 情報セキュリティ対策基準

<!-- kijun: email-encryption -->
7.2.1 電子メール

(1) 情報システムセキュリティ責任者は、機構のメールサーバが他組織のメールサーバと通信する際に TLS による暗号化を用いるよう設定し、送信する電子メールには DKIM 署名を付すとともに SPF 及び DMARC のレコードを公開すること。
''', {
    'email-encryption': ('covered', ['marker', 'decimal'], '他組織のメールサーバと通信する際に TLS による暗号化を用いるよう設定し', 'the marker points at a clause that does set transport encryption and sender authentication'),
})

case('b7-56-comment-wrapped.md', '''# 独立行政法人◎◎ 情報セキュリティ対策規程

<!-- 情報セキュリティ対策推進体制の規定は、次回改正で追加する予定（担当：総務課） -->

（課題の報告）
第９条　各部の情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び職員研修の
実施に際して把握した課題を、取りまとめの上、四半期ごとに最高情報セキュリティ責任者に
報告しなければならない。

（委員会）
第10条　法人に情報セキュリティ委員会を置く。
''', {
    'promotion-structure': ('missing', ['comment'], '<!-- 情報セキュリティ対策推進体制の規定は、次回改正で追加する予定（担当：総務課） -->', 'the structure is named only in an HTML comment (a drafting note); the regulation sets up a committee only'),
    'issue-reporting': ('covered', ['wrapped-lines', 'article-form', 'paraphrase'], '実施に際して把握した課題を、取りまとめの上、四半期ごとに最高情報セキュリティ責任者に', 'issues from operation, self-inspection and training reported to the CISO each quarter (clause wraps over three lines)'),
})

case('b7-57-fullwidth-ciso.md', '''# ◇◇県情報セキュリティ対策基準

２．４ 改善

（１）ＣＩＳＯは、自己点検、監査その他の結果を踏まえ、全庁に共通する改善事項については情報政策課長に、特定の所属に固有の改善事項については当該所属の情報セキュリティ責任者に、それぞれ改善を指示しなければならない。

（２）情報政策課長は、改善の実施状況を取りまとめ、ＣＩＳＯに報告しなければならない。
''', {
    'improvement-instructions': ('covered', ['full-width', 'paraphrase'], '全庁に共通する改善事項については情報政策課長に、特定の所属に固有の改善事項については当該所属の情報セキュリティ責任者に', 'the CISO (full-width) instructs common and unit-specific improvements to the appropriate persons'),
})

case('b7-58-outside-party-mail.md', '''# 国立大学法人◇◇大学 電子メール利用規程

（送信者の責務）
第７条　学外の者が本学に電子メールを送信するときは、送信者の責任において、通信の暗号化その他の必要な措置を講ずるものとする。

（利用者の遵守事項）
第８条　利用者は、パスワードを他人に知らせてはならない。
''', {
    'email-encryption': ('missing', ['outside-duty'], '学外の者が本学に電子メールを送信するときは、送信者の責任において、通信の暗号化その他の必要な措置を講ずるものとする。', 'puts encryption on outside senders; the university sets nothing for its own mail'),
})

case('b7-59-outside-party-web.md', '''# △△市電子申請システム利用規約及び情報セキュリティ対策

第５条　利用者は、TLS 1.2 以上に対応したブラウザを使用して電子申請システムにアクセスするものとする。

第６条　市は、電子申請システムの稼働状況を監視し、障害が発生したときは速やかに復旧に努める。
''', {
    'web-encryption': ('missing', ['outside-duty', 'decoy'], '利用者は、TLS 1.2 以上に対応したブラウザを使用して電子申請システムにアクセスするものとする。', 'a duty of outside users about their browser, and for one system: nothing requires the city to encrypt its sites'),
})

case('b7-60-web-new-sites-only.md', '''# 独立行政法人○○ ウェブサイト管理規程

（暗号化）
第９条　広報室長は、新たにウェブサイトを開設する場合に限り、当該ウェブサイトを HTTPS により提供しなければならない。
２　既に開設しているウェブサイトについては、従前の例による。
''', {
    'web-encryption': ('outdated', ['condition', 'scope-limit', 'article-form'], '新たにウェブサイトを開設する場合に限り、当該ウェブサイトを HTTPS により提供しなければならない。', 'only new sites; existing sites stay as they were: a subset of the sites'),
})

case('b7-61-beppyo-weak-mail.md', '''# 国立研究開発法人□□機構 情報システム管理規程

（技術的対策）
第15条　情報システム管理者は、別表に掲げる対策を講ずるものとする。

別表（第15条関係）

| 区分 | 対策 |
|---|---|
| 電子メール | メールサーバ間の通信の暗号化及び送信ドメイン認証を、可能な範囲で実施するよう努める |
| ウェブサイト | 機構の全てのウェブサイトを常時暗号化する |
''', {
    'email-encryption': ('outdated', ['beppyo-reference', 'table', 'weak-wording'], '| 電子メール | メールサーバ間の通信の暗号化及び送信ドメイン認証を、可能な範囲で実施するよう努める |', 'the 別表 row words the mandatory mail encryption as an effort, as far as possible'),
    'web-encryption': ('covered', ['beppyo-reference', 'table', 'plain'], '| ウェブサイト | 機構の全てのウェブサイトを常時暗号化する |', 'the article binds to the 別表 row: every site always encrypted'),
})

case('b7-62-mobile-en-only-if.md', '''# Remote Working and Mobile Device Standard

1. Staff may use Agency-issued laptops and smartphones for official work at home, while travelling and on external networks only if the device is managed by the Agency's MDM service, its storage is encrypted, and connections to internal systems pass through the Agency VPN.

2. A device that is lost shall be reported within one hour so that it can be wiped remotely.
''', {
    'mobile-devices': ('covered', ['english', 'condition'], "on external networks only if the device is managed by the Agency's MDM service, its storage is encrypted", '"only if" names the safeguards under which outside use is permitted: the requirement itself, not a subset'),
})

case('b7-63-city-issue-reporting.md', '''# ◇◇市情報セキュリティ対策規則

（運用上の課題の報告）
第25条　情報セキュリティ責任者は、次に掲げる事項を、速やかに最高情報セキュリティ責任者に報告しなければならない。
一　情報セキュリティ対策の運用において生じた課題
二　自己点検の実施により明らかになった課題
三　職員研修の実施において生じた課題
''', {
    'issue-reporting': ('covered', ['article-form', 'list', 'plain'], '次に掲げる事項を、速やかに最高情報セキュリティ責任者に報告しなければならない。', 'issues from operation, self-inspection and training, listed in 号, reported to the CISO'),
})

case('b7-64-promotion-deferral.md', '''# ◇◇町情報セキュリティ基本方針

５　推進体制

情報セキュリティ対策の推進を担う体制の整備については、職員数の状況を踏まえ、今後の検討課題とする。

６　職員の責務

職員は、情報セキュリティの重要性を認識し、本方針を遵守しなければならない。
''', {
    'promotion-structure': ('missing', ['deferral', 'label-only'], '情報セキュリティ対策の推進を担う体制の整備については、職員数の状況を踏まえ、今後の検討課題とする。', 'under a 推進体制 heading, the structure is left as a future issue'),
})

case('b7-65-iaa-promotion-plain.md', '''# 独立行政法人◎◎ 情報セキュリティ対策基準

2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、情報セキュリティ対策の推進を担う体制として情報セキュリティ対策推進室を設置し、その構成員及び役割を定めること。

(2) 情報セキュリティ対策推進室は、対策推進計画の案の作成、教育の実施の支援及び自己点検結果の取りまとめを行うこと。
''', {
    'promotion-structure': ('covered', ['decimal', 'plain'], '情報セキュリティ対策の推進を担う体制として情報セキュリティ対策推進室を設置し、その構成員及び役割を定めること。', 'a promotion structure set up with its members and roles'),
})

case('b7-66-domain-exception.md', '''# 国立研究開発法人□□機構 ウェブサイト運用基準

(1) 広報部長は、機構のウェブサイトには政府ドメイン名（go.jp）を使用すること。ただし、共同研究プロジェクトの紹介サイト及び催事の告知サイトについては、任意のドメイン名を使用することができる。

(2) 広報部長は、使用するドメイン名の一覧を管理すること。
''', {
    'domain-names': ('missing', ['scope-limit', 'exception'], 'ただし、共同研究プロジェクトの紹介サイト及び催事の告知サイトについては、任意のドメイン名を使用することができる。', 'go.jp with a ただし書 allowing any domain for some sites; the limit is not a pre-revision form of the rule, so the rule is not met (missing, cite clause)'),
})

case('b7-67-iot-definition-only.md', '''# 情報セキュリティ対策基準

1.3 用語定義

(1) 「特定用途機器」とは、テレビ会議システム、IP電話システム、ネットワークカメラシステム等の特定の用途に使用される情報システム特有の構成要素であって、通信回線に接続されている、又は電磁的記録媒体を内蔵しているものをいう。

7.1.1 端末

(1) 情報システムセキュリティ責任者は、端末に主体認証機能を設けること。
''', {
    'iot-devices': ('missing', ['definition-only'], '(1) 「特定用途機器」とは、テレビ会議システム、IP電話システム、ネットワークカメラシステム等の特定の用途に使用される情報システム特有の構成要素であって', 'special-purpose devices only defined; no measure for them'),
})

case('b7-68-en-asset-manual.md', '''# IT Asset Management Procedure

1. Every March, each department shall survey the software installed on its computers and record the product names and versions in the Software Register spreadsheet.

2. The IT Office shall compare the Register with vendor advisories and tell departments which products need updating.
''', {
    'it-asset-management': ('outdated', ['english', 'manual-not-automated'], 'each department shall survey the software installed on its computers and record the product names and versions in the Software Register spreadsheet', 'a yearly manual survey into a spreadsheet: the old form of automatic collection'),
})

case('b7-69-en-improvement-audit.md', '''# Information Security Audit Charter

Section 4 Follow-up

4.1 The Chief Audit Executive shall report audit findings to the Chief Information Security Officer within 30 days of the audit.

4.2 Audited units shall prepare a corrective action plan for each finding and track it to closure.
''', {
    'issue-reporting': ('missing', ['english', 'separate-duty'], 'The Chief Audit Executive shall report audit findings to the Chief Information Security Officer', 'audit findings reported to the CISO: the separate audit duty, not issues from operation, self-inspection and education'),
})

case('b7-70-domain-negation.md', '''# ◎◎センター 情報セキュリティ対策基準

6.3 情報の発信

(1) 政府ドメイン名の使用は求めない。ウェブサイトのドメイン名は、各事業の担当部署が事業の性質に応じて取得するものとする。

(2) 情報発信に当たっては、掲載内容に要機密情報が含まれていないことを確認すること。
''', {
    'domain-names': ('missing', ['negation', 'decimal'], '(1) 政府ドメイン名の使用は求めない。', 'the rule is explicitly not required; each section picks any domain'),
})

case('b7-71-drm-cloud-paraphrase.md', '''# ◇◇県情報セキュリティ対策基準

３．３ 情報の保護

(1) 情報政策課長は、機密性の高い電子ファイルについて、暗号化と利用権限の設定を一体として付与する仕組みを導入し、ファイルが庁外やクラウドサービスに持ち出された場合でも、権限のない者が開くことができないようにしなければならない。

(2) 職員は、前号の仕組みで保護したファイルの利用権限を、業務上必要な範囲に限り付与しなければならない。
''', {
    'drm': ('covered', ['paraphrase', 'full-width'], 'ファイルが庁外やクラウドサービスに持ち出された場合でも、権限のない者が開くことができないようにしなければならない', 'a rights-management mechanism described without the term: files stay unopenable for the unauthorised wherever they go'),
})

case('b7-72-mobile-en-deferral-not-yet.md', '''# Information Security Policy of the Foundation

Section 8 Devices

8.1 Whether staff will be permitted to use Foundation laptops outside the office is not yet decided and will be considered when the remote-work programme is reviewed.

8.2 Desktop computers shall be locked to the desk.
''', {
    'mobile-devices': ('missing', ['english', 'deferral'], 'Whether staff will be permitted to use Foundation laptops outside the office is not yet decided', 'outside use left undecided: neither permission with safeguards nor a ban'),
})

case('b7-73-iaa-beppyo-edr-asset.md', '''# 独立行政法人○○ 情報システム技術基準

（脅威への対策）
第12条　情報システムセキュリティ責任者は、別表第１に定めるところにより、不正プログラム及びソフトウェアの脆弱性への対策を講じなければならない。

別表第１（第12条関係）

| 対象 | 対策 |
|---|---|
| 端末及びサーバ装置 | プログラムの挙動を監視し、未知の不正プログラムの実行を阻止する機能（EDR）を導入すること |
| ソフトウェア情報 | 資産管理ソフトウェアにより、端末及びサーバ装置のソフトウェアの名称及びバージョンを自動的に収集し、脆弱性情報と突合すること |
''', {
    'unknown-malware': ('covered', ['beppyo-reference', 'table'], '| 端末及びサーバ装置 | プログラムの挙動を監視し、未知の不正プログラムの実行を阻止する機能（EDR）を導入すること |', 'the article binds to 別表第１: behaviour monitoring that blocks unknown malware on terminals and servers'),
    'it-asset-management': ('covered', ['beppyo-reference', 'table'], 'ソフトウェアの名称及びバージョンを自動的に収集し、脆弱性情報と突合すること |', 'the article binds to 別表第１: software information collected automatically'),
})

case('b7-74-web-list-weak.md', '''# 情報セキュリティ対策の重点事項（対策基準別紙）

本法人の情報システムセキュリティ責任者は、次の事項を実施する。

- 公開ウェブサーバの脆弱性診断を年１回以上実施すること
- 全てのウェブサイトの HTTPS 化を推進するよう努めること
- ウェブサーバのログを１年間保存すること
''', {
    'web-encryption': ('outdated', ['weak-wording', 'list'], '- 全てのウェブサイトの HTTPS 化を推進するよう努めること', 'HTTPS for all sites worded as an effort to promote, in a list item among firm duties'),
})

case('b7-75-mail-heading-placeholder.md', '''# △△市情報セキュリティ対策規則

（電子メール通信の暗号化）
第18条　電子メールの利用に関し必要な事項は、別に定める。

（電子メールの誤送信防止）
第19条　職員は、外部に電子メールを送信するときは、宛先を BCC に設定する等により、他の受信者のアドレスが表示されないようにしなければならない。
''', {
    'email-encryption': ('missing', ['label-only', 'article-form'], '（電子メール通信の暗号化）', 'a caption naming mail encryption over a body that only defers to other rules; the next article is mis-sending prevention'),
})

case('b7-76-improvement-self-decoy.md', '''# ◇◇県情報セキュリティ対策基準

９．２ 自己点検結果の活用

(1) 各所属の情報セキュリティ責任者は、自己点検の結果に基づき、所属における対策の改善に自ら取り組まなければならない。

(2) 統括情報セキュリティ責任者は、自己点検の結果を取りまとめ、情報セキュリティ委員会に報告しなければならない。
''', {
    'improvement-instructions': ('missing', ['decoy', 'separate-duty'], '自己点検の結果に基づき、所属における対策の改善に自ら取り組まなければならない。', 'units improve on their own; no CISO instruction of organisation-wide and unit-specific improvements'),
})

case('b7-77-asset-negation.md', '''# ◇◇村情報セキュリティ対策基準

第８ ソフトウェアの管理

(1) 端末の台数が少ないことから、IT資産管理ソフトウェアは導入しないものとする。

(2) 職員は、業務に必要なソフトウェア以外を端末に導入してはならない。
''', {
    'it-asset-management': ('missing', ['negation'], '端末の台数が少ないことから、IT資産管理ソフトウェアは導入しないものとする。', 'explicitly not introduced'),
})

case('b7-78-univ-mail-contractor.md', '''# 国立大学法人◇◇大学 電子メールサービス運用規程

（委託先に求める対策）
第６条　情報基盤センター長は、本学の電子メールサービスの運用を委託する事業者に対し、契約により、次に掲げる措置を義務付けなければならない。
一　本学のメールサーバと学外のメールサーバとの間の通信を STARTTLS により暗号化すること。
二　本学から送信する電子メールに DKIM 署名を付し、SPF 及び DMARC のレコードを公開すること。
２　情報基盤センター長は、前項の措置の実施状況を毎年度確認しなければならない。
''', {
    'email-encryption': ('covered', ['contractor', 'article-form', 'list'], '一　本学のメールサーバと学外のメールサーバとの間の通信を STARTTLS により暗号化すること。', 'the university binds the operator of its own mail service by contract to transport encryption and sender authentication, and checks it: a duty on a contractor for the organisation\'s mail, not on outside parties'),
})

case('b7-79-standard-with-state-report.md', '''# ◎◎市情報セキュリティ対策基準

（推進体制）
第４条　本市に、情報セキュリティ対策の推進を担う組織として情報セキュリティ推進チームを置く。
２　推進チームは、対策基準の見直し案の作成、研修の実施、自己点検の取りまとめ及び各課への技術的支援を行う。
３　推進チームの構成員は、最高情報セキュリティ責任者が指名する。

参考　2025年度の取組状況

全ての公式ウェブサイトの常時暗号化を完了した。
電子メールについては、送信ドメイン認証（SPF）の設定を完了している。
''', {
    'promotion-structure': ('covered', ['article-form', 'paraphrase', 'plain'], '本市に、情報セキュリティ対策の推進を担う組織として情報セキュリティ推進チームを置く。', 'a unit that drives the measures, with its tasks and members set'),
    'web-encryption': ('missing', ['descriptive'], '全ての公式ウェブサイトの常時暗号化を完了した。', 'a report of the state under 参考; no rule requires it'),
    'email-encryption': ('missing', ['descriptive', 'separate-duty'], '電子メールについては、送信ドメイン認証（SPF）の設定を完了している。', 'a report of the state, and SPF only'),
})

case('b7-80-marker-issue-weak.md', '''# 情報セキュリティ対策基準

2.3.1 自己点検

<!-- kijun: issue-reporting -->
(3) 情報セキュリティ責任者は、対策の運用、自己点検及び教育を通じて認識した課題がある場合には、最高情報セキュリティ責任者に報告することができる。

(4) 最高情報セキュリティ責任者は、自己点検の結果を情報セキュリティ委員会に報告すること。
''', {
    'issue-reporting': ('outdated', ['marker', 'weak-wording', 'decimal'], '最高情報セキュリティ責任者に報告することができる。', 'the marker points at the clause, but reporting is a permission (できる) where the standard sets a duty'),
})

case('b7-81-mobile-citation-inside-only.md', '''# 独立行政法人○○ 情報セキュリティ対策基準

7.1.1 端末（統一基準 7.1.1 対応）

(1) 職員等は、法人が支給するタブレット端末を、法人の会議室内に限り、法人内無線LANに接続して使用することができる。法人の庁舎外での使用及び外部のネットワークへの接続は認めない。

(2) 情報システムセキュリティ責任者は、端末の紛失に備え、記憶装置を暗号化すること。
''', {
    'mobile-devices': ('outdated', ['citation', 'scope-limit', 'ban'], '法人の庁舎外での使用及び外部のネットワークへの接続は認めない。', 'cited as 7.1.1, but outside use is banned: the pre-revision form, stricter than the standard (information level)'),
})

case('b7-82-city-network-devices.md', '''# △△市情報セキュリティ対策基準

７－９ ネットワーク接続機器

(1) 本基準は、庁舎の監視カメラ、入退室管理システム、空調の集中制御装置、複合機その他の通信回線に接続される機器（以下「ネットワーク接続機器」という。）にも適用する。

(2) 施設所管課長は、ネットワーク接続機器を導入するときは、次に掲げる措置を講じなければならない。
　ア　製造時に設定されたパスワードを変更すること。
　イ　製造者が提供する更新プログラムを適用すること。
　ウ　庁内の業務系ネットワークとは別のネットワークに接続すること。
''', {
    'iot-devices': ('covered', ['paraphrase', 'list', 'full-width'], '(1) 本基準は、庁舎の監視カメラ、入退室管理システム、空調の集中制御装置、複合機その他の通信回線に接続される機器（以下「ネットワーク接続機器」という。）にも適用する。', 'connected devices brought within scope in the city\'s own words, with password, update and separation measures'),
})

case('b7-83-en-iot-weak.md', '''# Information Security Guidelines for Facilities

5. Smart building devices

5.1 Where practicable, default passwords on IoT devices such as cameras and sensors should be changed, and firmware updates should be applied when convenient.

5.2 Facilities staff shall keep a list of the devices installed in each building.
''', {
    'iot-devices': ('outdated', ['english', 'weak-wording'], 'Where practicable, default passwords on IoT devices such as cameras and sensors should be changed', 'IoT safety measures worded as "should, where practicable"'),
})

case('b7-84-univ-improvement-ja.md', '''# 国立大学法人◇◇大学 情報セキュリティ対策規程

（改善の指示）
第15条　最高情報セキュリティ責任者は、前条の報告、情報セキュリティ監査の結果その他の情報を踏まえ、全学的に対応すべき改善事項については情報基盤センター長に、部局に固有の改善事項については当該部局の部局情報セキュリティ責任者に対し、それぞれ改善の措置を講ずるよう指示するものとする。
''', {
    'improvement-instructions': ('covered', ['article-form', 'paraphrase'], '全学的に対応すべき改善事項については情報基盤センター長に、部局に固有の改善事項については当該部局の部局情報セキュリティ責任者に対し', 'university-wide and faculty-specific improvements each instructed by the CISO to the right person'),
})

case('b7-85-en-gojp.md', '''# Information Security Standard of the Agency

6.4 Domain names

6.4.1 The Agency's websites and official e-mail addresses shall use domain names under go.jp, the government domain, so that citizens can confirm that they come from the Agency.

6.4.2 The web team shall renew domain registrations before they expire.
''', {
    'domain-names': ('covered', ['english', 'plain'], "The Agency's websites and official e-mail addresses shall use domain names under go.jp", 'sites and mail under go.jp'),
})

case('b7-86-city-mail-spoofing.md', '''# ◎◎市情報セキュリティ対策規則

（電子メールの安全対策）
第22条　情報政策課長は、本市のメールサーバについて、次に掲げる措置を講じなければならない。
一　他のメールサーバとの通信を暗号化して行うこと。
二　本市を装ったなりすましメールを受信者が判別できるよう、送信ドメイン認証の技術を導入すること。
''', {
    'email-encryption': ('covered', ['paraphrase', 'article-form', 'list'], '一　他のメールサーバとの通信を暗号化して行うこと。', 'server-to-server encryption and sender-domain authentication against spoofing, in 号'),
})

case('b7-87-town-web-plain.md', '''# ◇◇町情報セキュリティ対策基準

第９ ホームページ

(1) 総務課長は、町が管理する全てのホームページを常時SSL化しなければならない。

(2) 総務課長は、ホームページの改ざんを検知する仕組みを設けなければならない。
''', {
    'web-encryption': ('covered', ['plain'], '(1) 総務課長は、町が管理する全てのホームページを常時SSL化しなければならない。', '常時SSL化 of every homepage: HTTPS everywhere'),
})

case('b7-88-iaa-mobile-beppyo.md', '''# 国立研究開発法人□□機構 モバイル端末利用規程

（利用）
第５条　職員等は、別表第３に掲げる措置が講じられた機構支給のモバイル端末を、機構の内外において、機構内外の通信回線に接続して業務に使用することができる。

（紛失時の届出）
第６条　職員等は、モバイル端末を紛失したときは、直ちに情報システム部に届け出なければならない。

別表第３（第５条関係）

| 措置 | 内容 |
|---|---|
| 暗号化 | 端末の記憶装置全体を暗号化する |
| 端末管理 | モバイルデバイス管理により、設定を一元管理し、紛失時に遠隔消去する |
| 主体認証 | 生体認証又は多要素認証を用いる |
''', {
    'mobile-devices': ('covered', ['beppyo-reference', 'condition', 'article-form'], '機構の内外において、機構内外の通信回線に接続して業務に使用することができる。', 'use inside and outside, on any network, permitted for devices with the 別表第３ safeguards (encryption, MDM with remote wipe, authentication)'),
})

case('b7-89-promotion-permission.md', '''# △△市情報セキュリティ対策規則

（推進組織）
第５条　最高情報セキュリティ責任者は、必要に応じて、情報セキュリティ対策の推進を担う組織を置くことができる。

（情報セキュリティ委員会）
第６条　本市に情報セキュリティ委員会を置く。
''', {
    'promotion-structure': ('outdated', ['weak-wording', 'article-form'], '必要に応じて、情報セキュリティ対策の推進を担う組織を置くことができる。', 'the structure is only permitted, as needed: a duty worded as a permission'),
})

case('b7-90-en-issue-weak.md', '''# Information Security Management Rules

Rule 9 Feedback

Unit security officers should, where appropriate, inform the Chief Information Security Officer of problems they encounter in operating security measures, in self-inspections and in staff training.
''', {
    'issue-reporting': ('outdated', ['english', 'weak-wording'], 'Unit security officers should, where appropriate, inform the Chief Information Security Officer of problems', 'issue reporting worded as "should, where appropriate"'),
})

case('b7-91-en-improvement-negation.md', '''# Information Security Governance Policy of the College

4. Responsibilities

4.1 The CISO does not issue improvement directions to departments; each department is solely responsible for improving its own security measures.

4.2 The CISO chairs the Information Security Committee.
''', {
    'improvement-instructions': ('missing', ['english', 'negation'], 'The CISO does not issue improvement directions to departments', 'the CISO explicitly gives no improvement instructions'),
})

case('b7-92-asset-comment.md', '''# 独立行政法人◎◎ 情報セキュリティ対策基準

6.2.1 ソフトウェアに関する脆弱性対策

<!-- 改正案メモ：資産管理ソフトウェアにより端末のソフトウェア情報を自動収集すること（次回改正で検討） -->

(1) 情報システムセキュリティ責任者は、公開された脆弱性情報を入手し、対策の要否を判断すること。

(2) 情報システムセキュリティ責任者は、対策が必要と判断したソフトウェアについて、更新プログラムを適用すること。
''', {
    'it-asset-management': ('missing', ['comment', 'deferral'], '<!-- 改正案メモ：資産管理ソフトウェアにより端末のソフトウェア情報を自動収集すること（次回改正で検討） -->', 'automatic collection appears only in an HTML comment (a drafting memo); the clauses are about vulnerability information'),
})

case('b7-93-ministry-plain-malware-asset.md', '''# 情報セキュリティ対策基準

6.2.1 ソフトウェアに関する脆弱性対策

(1) 情報システムセキュリティ責任者は、IT資産管理ソフトウェアを導入し、端末及びサーバ装置のソフトウェアの名称、
バージョン等の情報を自動的に収集すること。

6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に、未知の不正プログラムを
その振る舞いにより検知し、実行を防止する機能を導入すること。
''', {
    'it-asset-management': ('covered', ['plain', 'decimal', 'wrapped-lines'], 'IT資産管理ソフトウェアを導入し、端末及びサーバ装置のソフトウェアの名称、', 'asset-management software collecting software information automatically (wrapped over two lines)'),
    'unknown-malware': ('covered', ['plain', 'decimal', 'wrapped-lines'], 'その振る舞いにより検知し、実行を防止する機能を導入すること。', 'behaviour-based detection and prevention on terminals and servers (wrapped over two lines)'),
})

case('b7-94-en-gateway-sandbox.md', '''# Malware Protection Standard

2.1 Previously unknown malware shall be detected by the sandbox appliance at the Internet gateway before e-mail attachments and downloads reach users.

2.2 Infected machines shall be disconnected from the network at once.
''', {
    'unknown-malware': ('outdated', ['english', 'boundary-only', 'scope-limit'], 'Previously unknown malware shall be detected by the sandbox appliance at the Internet gateway', 'unknown malware handled only at the gateway: the pre-revision form'),
})

case('b7-95-drm-plain.md', '''# 情報セキュリティ対策基準

3.1.1 情報の取扱い

(1) 統括情報セキュリティ責任者は、要機密情報を含む電子ファイルについて、デジタル著作権管理（DRM）によるアクセス制御を行い、ファイルが外部に流出した場合でも内容を閲覧できないようにすること。
''', {
    'drm': ('covered', ['plain', 'decimal'], 'デジタル著作権管理（DRM）によるアクセス制御を行い', 'DRM access control keeping leaked files unreadable'),
})

case('b7-96-edr-terminals-only.md', '''# ◇◇県情報セキュリティ対策基準

６．３ 不正プログラム対策

(1) 情報政策課長は、職員が使用する端末に、プログラムの挙動を監視して不審なプログラムの実行を阻止する製品を導入しなければならない。

(2) 情報政策課長は、サーバについては、パターンファイル方式のウイルス対策ソフトウェアにより対策を行うものとし、前号の製品は導入しない。
''', {
    'unknown-malware': ('missing', ['scope-limit', 'negation', 'full-width'], 'サーバについては、パターンファイル方式のウイルス対策ソフトウェアにより対策を行うものとし、前号の製品は導入しない。', 'behaviour-based blocking on terminals, explicitly not on servers (pattern files only): the requirement names terminals and servers; a subset of a recommended item is missing by the status table'),
})

case('b7-97-pref-web-wrapped.md', '''# ○○県情報セキュリティ対策基準

５．４ ウェブサイト

（１）情報政策課長は、県が運営する全てのウェブサイトについて、ＨＴＴＰＳによる
常時暗号化を行い、暗号化されていない通信を受け付けないようにしなければならない。

（２）ウェブサイトの所管課長は、掲載情報の正確性を確保しなければならない。
''', {
    'web-encryption': ('covered', ['full-width', 'wrapped-lines', 'plain'], '（１）情報政策課長は、県が運営する全てのウェブサイトについて、ＨＴＴＰＳによる', 'every prefectural site always on HTTPS (wrapped, full-width)'),
})

write_set(D, C)
