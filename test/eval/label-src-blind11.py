# Source of the blind set test/fixtures/blind11/ (2026-12-07): documents weighted to tables, structure and mixed content
# (roles tables, 別表 per system type, checklists, scope-limiting headers, 新旧対照表, FAQ appendices, implementation
# reports, minutes, procurement specifications, notices with a future effective date), by different kinds of public
# bodies, about a third in English; every requirement id labelled.
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary, issue
# 11's status table and labelset.py plus one generator for its format; no engine source, catalog, docs, other sets'
# texts or Kijun output were seen, and these labels were written before any run.
# The ids a document speaks to (or plainly invites a wrong verdict for) are labelled by hand with the clause that
# decides them; complete() then marks every other id `missing` with the tag `absent` and the document's title line as
# the snippet. Before each case a comment lists the ids considered related, so an `absent` fill is a decision.
# Status rules (issue 11): negation/deferral/exclusion/label/heading/definition -> missing; a subset of a mandatory
# requirement in its pre-revision form -> outdated, a subset of a recommended item -> missing; mandatory duty worded as
# wish/effort/permission -> outdated; a separate duty still in force (audit report, SPF only, 誤送信防止, pattern-file
# antivirus) -> missing; pre-revision form of the same duty (manual software survey, boundary-only unknown malware,
# blanket mobile ban) -> outdated. Effort wording of the three recommended items (unknown-malware,
# it-asset-management, drm) is their normal form. A description of what was done or is planned (minutes, reports,
# FAQ answers describing practice) imposes nothing -> missing. In a 新旧対照表 only the column in force counts.
# Readings specific to this set: a procurement specification that requires the contractor to equip *all* of the
# body's terminals/servers/sites with a function is read as the body introducing it (covered); an optional or
# "as far as possible" item in it is not. A notice that enacts a rule with a fixed effective date is a decided duty
# (covered), while "the date will be notified later" is a deferral (missing).
# Files avoid older-edition fingerprints (府省庁, 行政事務従事者, 平成28年度版).
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind11'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered, strict=True)))


# ---------------------------------------------------------------- 01 national university: roles table + 別表
# considered: promotion-structure, issue-reporting, improvement-instructions, domain-names, email-encryption,
# web-encryption, unknown-malware, it-asset-management, iot-devices (mobile-devices, drm: nothing in the text)
case('01-univ-roles-table.md', '''# 国立大学法人北陵大学情報セキュリティ対策基準

## 第１章　総則

### 第１条（目的）
この基準は、国立大学法人北陵大学情報セキュリティ基本方針に基づき、本学における情報セキュリティ対策の
基準を定めるものとする。

### 第２条（適用範囲）
この基準は、本学の役員、教職員、学生その他本学の情報システムを利用する者に適用する。

## 第２章　組織及び体制

### 第３条（情報セキュリティ対策推進室）
本学に、情報セキュリティ対策を全学的に推進する組織として、情報セキュリティ対策推進室（以下「推進室」という。）を置く。
２　推進室その他の担当の役割は、次の表のとおりとする。

| 担当 | 実施事項 |
|---|---|
| 最高情報セキュリティ責任者（ＣＩＳＯ） | 本学の情報セキュリティ対策の総括、対策基準の決定 |
| 推進室 | 対策基準の改定案の作成、全学教育の企画、自己点検の取りまとめ、インシデント対応の調整 |
| 部局情報セキュリティ責任者 | 部局における対策の運用、並びに運用、自己点検及び教育の各過程で判明した課題の取りまとめ及びＣＩＳＯへの報告 |
| 情報システム管理者 | 所管する情報システムの運用管理及び脆弱性対策 |

３　ＣＩＳＯは、前項の報告を受けたときは、全学に共通する改善事項については推進室長に、部局に固有の改善事項については
当該部局情報セキュリティ責任者に、それぞれ改善の実施を指示する。

## 第３章　情報システムの対策

### 第10条（ドメイン名）
本学が開設するウェブサイト及び本学の電子メールアドレスには、本学が登録した ac.jp ドメイン名を使用するものとし、
本学の管理が及ばないドメイン名を使用してはならない。

### 第11条（電子メール）
電子メールサーバは、他の電子メールサーバとの通信をＴＬＳにより暗号化するとともに、ＳＰＦ及びＤＫＩＭによる送信ドメイン認証を行うものとする。

### 第12条（システム種別ごとの対策）
情報システム管理者は、所管する情報システムの種別に応じ、別表に定める対策を講じなければならない。

#### 別表（第12条関係）

| システム種別 | 講ずべき対策 |
|---|---|
| 教職員用端末 | 振る舞いにより未知の不正プログラムを検知し、その実行を阻止する機能の導入／ＩＴ資産管理ソフトウェアによるソフトウェアの名称及び版数の自動収集 |
| サーバ装置 | 端末と同じ（振る舞い検知による実行阻止、ソフトウェア情報の自動収集） |
| ウェブサーバ | 全てのコンテンツをＨＴＴＰＳで提供し、ＨＴＴＰによる接続はＨＴＴＰＳへ転送すること |
| 特定用途機器（複合機、ネットワークカメラ、入退館管理装置等） | 初期パスワードの変更、ファームウェアの更新、学内業務ネットワークからの分離 |
''', {
    'promotion-structure': ('covered', ['article', 'paraphrase'], '本学に、情報セキュリティ対策を全学的に推進する組織として、情報セキュリティ対策推進室（以下「推進室」という。）を置く。',
                            'a promotion office is set up and its duties are given in the roles table'),
    'issue-reporting': ('covered', ['table'], '| 部局情報セキュリティ責任者 | 部局における対策の運用、並びに運用、自己点検及び教育の各過程で判明した課題の取りまとめ及びＣＩＳＯへの報告 |',
                        'the roles table makes issues from operation, self-inspection and education reportable to the CISO'),
    'improvement-instructions': ('covered', ['wrapped', 'article'], '３　ＣＩＳＯは、前項の報告を受けたときは、全学に共通する改善事項については推進室長に、部局に固有の改善事項については',
                                 'CISO instructs university-wide and department-specific improvements to the right person'),
    'domain-names': ('covered', ['article'], '本学が開設するウェブサイト及び本学の電子メールアドレスには、本学が登録した ac.jp ドメイン名を使用するものとし、',
                     'a higher-education body uses its ac.jp domain for sites and mail'),
    'email-encryption': ('covered', ['article'], '電子メールサーバは、他の電子メールサーバとの通信をＴＬＳにより暗号化するとともに、ＳＰＦ及びＤＫＩＭによる送信ドメイン認証を行うものとする。',
                         'server-to-server TLS and sender authentication'),
    'web-encryption': ('covered', ['table'], '| ウェブサーバ | 全てのコンテンツをＨＴＴＰＳで提供し、ＨＴＴＰによる接続はＨＴＴＰＳへ転送すること |',
                       'the 別表 row for web servers requires HTTPS for all content, HTTP redirected'),
    'unknown-malware': ('covered', ['table'], '| 教職員用端末 | 振る舞いにより未知の不正プログラムを検知し、その実行を阻止する機能の導入／ＩＴ資産管理ソフトウェアによるソフトウェアの名称及び版数の自動収集 |',
                        'behaviour-based blocking on terminals, and on servers by the next row, via 別表 cited by 第12条'),
    'it-asset-management': ('covered', ['table'], '| サーバ装置 | 端末と同じ（振る舞い検知による実行阻止、ソフトウェア情報の自動収集） |',
                            'asset-management software collects software names and versions on terminals and servers'),
    'iot-devices': ('covered', ['table'], '| 特定用途機器（複合機、ネットワークカメラ、入退館管理装置等） | 初期パスワードの変更、ファームウェアの更新、学内業務ネットワークからの分離 |',
                    'special-purpose devices in scope with default-credential, firmware and separation measures'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'domain-names', 'email-encryption',
    'web-encryption', 'unknown-malware', 'it-asset-management', 'iot-devices'])

# ---------------------------------------------------------------- 02 city: 新旧対照表, revised column in force
# considered: web-encryption, email-encryption, mobile-devices, unknown-malware, issue-reporting, it-asset-management
case('02-city-shinkyu-taishohyo.md', '''# 南浜市情報セキュリティ対策基準の一部改正について

令和８年３月２５日　総務部情報政策課

南浜市情報セキュリティ対策基準（訓令第12号）の一部を次のように改正し、令和８年４月１日から施行する。
改正の内容は、次の新旧対照表のとおりである（傍線部分は改正部分）。改正前の欄は参考として掲げるものであり、
施行日以後は改正後の欄の規定による。

## 新旧対照表

| 改正後 | 改正前 |
|---|---|
| （不正プログラム対策）第18条　情報システム管理者は、端末及びサーバ装置に、不正プログラム対策ソフトウェアに加え、プログラムの挙動から未知の不正プログラムを検知し、その実行を防ぐ機能を導入するよう努める。 | （不正プログラム対策）第18条　情報システム管理者は、端末にウイルス対策ソフトウェアを導入し、パターンファイルを常に最新に保つ。 |
| （ソフトウェアの把握）第19条　情報システム管理者は、所管する端末にインストールされたソフトウェアを年１回調査し、ソフトウェア管理台帳に記録する。 | （ソフトウェアの把握）第19条　同左 |
| （ウェブサイトの暗号化）第24条　情報システム管理者は、本市が開設する全てのウェブサイトを、ＨＴＴＰＳにより常時暗号化しなければならない。 | （ウェブサイトの暗号化）第24条　情報システム管理者は、個人情報を入力させるページについて、ＳＳＬにより暗号化しなければならない。 |
| （電子メール）第25条　電子メールサーバ間の通信は暗号化し、あわせて送信ドメイン認証を行うものとする。 | （電子メール）第25条　職員は、個人情報を含むファイルを電子メールで送信するときは、パスワードを設定するよう努める。 |
| （モバイル端末）第31条　職員は、端末の暗号化、遠隔消去の設定及び多要素認証を施した市貸与のモバイル端末に限り、庁外で通信回線に接続して業務に使用することができる。 | （モバイル端末）第31条　職員は、端末を庁外に持ち出してはならない。 |
| （課題の報告）第50条　各課長は、運用、自己点検及び職員研修の実施を通じて把握した課題を、最高情報セキュリティ責任者に報告する。 | （課題の報告）第50条　各課長は、自己点検の結果を最高情報セキュリティ責任者に報告する。 |

附　則
この訓令は、令和８年４月１日から施行する。
''', {
    'unknown-malware': ('covered', ['table', 'modality', 'mixed'], '（不正プログラム対策）第18条　情報システム管理者は、端末及びサーバ装置に、不正プログラム対策ソフトウェアに加え、プログラムの挙動から未知の不正プログラムを検知し、その実行を防ぐ機能を導入するよう努める。',
                        'the column in force adds behaviour-based prevention on terminals and servers; effort wording is normal for a recommended item'),
    'it-asset-management': ('outdated', ['table', 'old-form', 'mixed'], '（ソフトウェアの把握）第19条　情報システム管理者は、所管する端末にインストールされたソフトウェアを年１回調査し、ソフトウェア管理台帳に記録する。',
                            'the revised column keeps a yearly manual survey into a ledger, the old form of automatic collection'),
    'web-encryption': ('covered', ['table', 'mixed'], '（ウェブサイトの暗号化）第24条　情報システム管理者は、本市が開設する全てのウェブサイトを、ＨＴＴＰＳにより常時暗号化しなければならない。',
                       'the column in force requires every site to be HTTPS; the old login-page rule is only in the superseded column'),
    'email-encryption': ('covered', ['table', 'mixed'], '（電子メール）第25条　電子メールサーバ間の通信は暗号化し、あわせて送信ドメイン認証を行うものとする。',
                         'server-to-server encryption with sender authentication in the column in force'),
    'mobile-devices': ('covered', ['table', 'condition', 'mixed'], '（モバイル端末）第31条　職員は、端末の暗号化、遠隔消去の設定及び多要素認証を施した市貸与のモバイル端末に限り、庁外で通信回線に接続して業務に使用することができる。',
                       'outside use allowed under safeguards; the ban is only in the superseded column'),
    'issue-reporting': ('covered', ['table', 'mixed'], '（課題の報告）第50条　各課長は、運用、自己点検及び職員研修の実施を通じて把握した課題を、最高情報セキュリティ責任者に報告する。',
                        'issues from operation, self-inspection and training reported to the CISO'),
}, ['unknown-malware', 'it-asset-management', 'web-encryption', 'email-encryption', 'mobile-devices',
    'issue-reporting'])

# ---------------------------------------------------------------- 03 research institute (English): policy + FAQ
# considered: promotion-structure, unknown-malware, web-encryption, mobile-devices, issue-reporting,
# email-encryption (FAQ only), drm (FAQ only), domain-names (FAQ only), improvement-instructions
case('03-institute-policy-faq-en.md', '''# National Institute for Coastal Research — Information Security Standard

Approved by the Chief Information Security Officer (CISO). This Standard applies to all officers, staff and
contractors of the Institute and to every information system the Institute operates.

## 1. Organisation

1.1 The Information Security Promotion Office is established in the General Affairs Department as the unit
that drives the Institute's security measures. It drafts this Standard, plans training, collects
self-assessment results and coordinates incident response.

1.2 The CISO decides on this Standard and on exceptions to it.

## 2. Malware

2.1 Every PC and server shall run endpoint protection that identifies previously unseen malware from its
behaviour and stops it before it runs. Signature-based antivirus remains in place alongside it.

## 3. Websites

3.1 Every website operated by the Institute shall be served over HTTPS only; requests over plain HTTP shall
be redirected to HTTPS.

## 4. Mobile devices

4.1 Institute-issued laptops, tablets and smartphones may be connected to networks outside the Institute for
work, provided that storage encryption, enrolment in mobile device management and remote wipe are in place.

## 5. Reporting

5.1 Department heads shall report to the CISO the problems identified in day-to-day operation,
self-assessment and training under this Standard.

---

## Appendix — Frequently asked questions

**Q1. Is mail between our mail server and other organisations encrypted?**
A. Our mail server currently offers STARTTLS, and most partners use it. Staff do not need to do anything.

**Q2. Will the Institute introduce rights management (IRM) for sensitive files?**
A. Not at this time. The Promotion Office will look at it again in the next fiscal year.

**Q3. Why does our web address end in go.jp?**
A. The Institute has used its go.jp address since it was founded; nothing changes for staff.

**Q4. Who decides what must be improved after the self-assessment?**
A. The Promotion Office summarises the results for the CISO.
''', {
    'promotion-structure': ('covered', ['english', 'paraphrase'], '1.1 The Information Security Promotion Office is established in the General Affairs Department as the unit',
                            'a promotion office established as the driving unit, with its roles'),
    'unknown-malware': ('covered', ['english', 'paraphrase'], '2.1 Every PC and server shall run endpoint protection that identifies previously unseen malware from its',
                        'behaviour-based prevention on every PC and server, beside signatures'),
    'web-encryption': ('covered', ['english'], '3.1 Every website operated by the Institute shall be served over HTTPS only; requests over plain HTTP shall',
                       'every site HTTPS only'),
    'mobile-devices': ('covered', ['english', 'condition'], '4.1 Institute-issued laptops, tablets and smartphones may be connected to networks outside the Institute for',
                       'outside connection permitted with encryption, MDM and remote wipe'),
    'issue-reporting': ('covered', ['english', 'wrapped'], '5.1 Department heads shall report to the CISO the problems identified in day-to-day operation,',
                        'problems from operation, self-assessment and training reported to the CISO'),
    'email-encryption': ('missing', ['english', 'description', 'mixed'], 'A. Our mail server currently offers STARTTLS, and most partners use it. Staff do not need to do anything.',
                         'an FAQ answer describes current practice; no rule requires mail encryption or sender authentication'),
    'drm': ('missing', ['english', 'deferral', 'mixed'], 'A. Not at this time. The Promotion Office will look at it again in the next fiscal year.',
            'IRM is not introduced and is put off to next year'),
    'domain-names': ('missing', ['english', 'description', 'mixed'], 'A. The Institute has used its go.jp address since it was founded; nothing changes for staff.',
                     'an FAQ answer describes the address in use; no rule on domain names'),
    'improvement-instructions': ('missing', ['english', 'mixed'], 'A. The Promotion Office summarises the results for the CISO.',
                                 'the FAQ describes a summary to the CISO; no instruction of improvements by the CISO'),
}, ['promotion-structure', 'unknown-malware', 'web-encryption', 'mobile-devices', 'issue-reporting',
    'email-encryption', 'drm', 'domain-names', 'improvement-instructions'])

# ---------------------------------------------------------------- 04 agency committee minutes (議事録)
# considered: unknown-malware, it-asset-management, drm, web-encryption, mobile-devices, issue-reporting,
# improvement-instructions, promotion-structure
case('04-agency-committee-minutes.md', '''# 独立行政法人地域交通基盤機構　第３回情報セキュリティ委員会議事録

- 日時：令和８年１０月１４日（水）１４時００分～１５時３０分
- 場所：本部第２会議室
- 出席者：理事（最高情報セキュリティ責任者、委員長）、各部長、情報システム部長（事務局）

## 議事

### １．未知の不正プログラム対策（ＥＤＲ）の導入について

事務局から、端末及びサーバにＥＤＲを導入し、振る舞いの検知により不正プログラムの実行を阻止する案について説明があった。
審議の結果、所要経費を令和９年度予算要求に計上したうえで、導入の可否は引き続き検討することとされた。

### ２．ＩＴ資産管理ツールの運用状況について

事務局から、資産管理ツールは全端末に導入済みであり、ソフトウェアの名称及び版数が毎日自動で収集されている旨の報告があった。

### ３．重要文書へのＤＲＭ適用について

委員から、流出時の被害を抑えるためＤＲＭを適用してはどうかとの提案があったが、費用対効果の観点から、
当面は導入を見送ることとした。

### ４．ウェブサイトのＨＴＴＰＳ化について

事務局から、機構の全ウェブサイトのＨＴＴＰＳ化を令和９年３月末までに完了させる予定である旨の説明があり、了承された。

### ５．モバイル端末の持ち出しについて

委員から、テレワークのため貸与ノートＰＣの持ち出しを認めてはどうかとの意見があり、事務局において検討することとなった。

### ６．自己点検で把握された課題について

各部長から、本年度の自己点検で把握された課題について報告があった。委員長から、各部において対応方針を
整理するよう発言があった。

## 決定事項

1. ＥＤＲは令和９年度予算要求に計上し、導入の可否は継続検討とする。
2. ＤＲＭの導入は見送る。
3. 次回委員会は令和９年１月に開催する。

（事務局：情報システム部情報セキュリティ推進課）
''', {
    'unknown-malware': ('missing', ['deferral', 'description'], '1. ＥＤＲは令和９年度予算要求に計上し、導入の可否は継続検討とする。',
                        'behaviour-based blocking is only under continued study'),
    'it-asset-management': ('missing', ['description'], '事務局から、資産管理ツールは全端末に導入済みであり、ソフトウェアの名称及び版数が毎日自動で収集されている旨の報告があった。',
                            'minutes record a report of current practice; no rule requires it (and servers are not mentioned)'),
    'drm': ('missing', ['negation'], '2. ＤＲＭの導入は見送る。', 'DRM is decided against for now'),
    'web-encryption': ('missing', ['description', 'deferral'], '事務局から、機構の全ウェブサイトのＨＴＴＰＳ化を令和９年３月末までに完了させる予定である旨の説明があり、了承された。',
                       'a plan noted in minutes, not a rule'),
    'mobile-devices': ('missing', ['deferral', 'description'], '委員から、テレワークのため貸与ノートＰＣの持ち出しを認めてはどうかとの意見があり、事務局において検討することとなった。',
                       'a suggestion left for study; no rule'),
    'issue-reporting': ('missing', ['description'], '各部長から、本年度の自己点検で把握された課題について報告があった。委員長から、各部において対応方針を',
                        'records that a report was made once; no duty to report'),
    'improvement-instructions': ('missing', ['description', 'wrapped'], '各部長から、本年度の自己点検で把握された課題について報告があった。委員長から、各部において対応方針を',
                                 'a remark to sort out responses is not an instruction of organisation-wide and department-specific improvements'),
    'promotion-structure': ('missing', ['label'], '（事務局：情報システム部情報セキュリティ推進課）',
                            'a secretariat named in a footer; no promotion structure set up with roles'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'mobile-devices', 'issue-reporting',
    'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- 05 city procurement specification (仕様書)
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, iot-devices,
# mobile-devices, issue-reporting
case('05-city-procurement-spec.md', '''# 東山市庁内情報基盤更改業務　調達仕様書

## 第１　業務概要

### １．目的
本業務は、東山市（以下「本市」という。）の庁内情報基盤（全庁の職員用端末約１，２００台、業務サーバ及び
公開ウェブサーバを含む。）を更改し、令和９年４月から５年間の運用保守を行うことを目的とする。

### ２．用語
本仕様書において「ＥＤＲ」とは、端末上のプログラムの挙動を監視し、不審な動作を検知する製品をいう。

## 第２　機能要件

### １．セキュリティ機能

(1) 受注者は、本基盤の全ての職員用端末及びサーバに、プログラムの振る舞いから未知の不正プログラムを検知し、
その実行を阻止する機能を有する製品を導入すること。

(2) 受注者は、全端末及び全サーバのソフトウェアの名称及び版数を自動的に収集し、脆弱性情報と照合できる
ＩＴ資産管理ソフトウェアを導入すること。

(3) 受注者は、公開ウェブサーバで提供する全てのページをＨＴＴＰＳにより提供し、ＨＴＴＰによるアクセスはＨＴＴＰＳに転送する設定とすること。

(4) 受注者は、メールサーバについて、可能な限り他のメールサーバとの通信のＳＴＡＲＴＴＬＳ化に対応すること。

(5) 重要ファイルの閲覧・印刷を権限に応じて制限する情報権限管理（ＩＲＭ）機能の提供は任意とし、提案があった場合は加点評価の対象とする。

(6) 庁舎に設置するネットワークカメラ及び複合機は本調達の範囲外とする。

## 第３　運用保守要件

(1) 受注者は、定期的にセキュリティパッチの適用状況を本市に報告すること。
(2) 受注者は、貸与するノートＰＣの庁外持ち出しについて、本市の指示に従うこと。
''', {
    'unknown-malware': ('covered', ['mixed', 'wrapped', 'list'], '(1) 受注者は、本基盤の全ての職員用端末及びサーバに、プログラムの振る舞いから未知の不正プログラムを検知し、',
                        'the specification requires behaviour-based blocking on every terminal and server of the body'),
    'it-asset-management': ('covered', ['mixed', 'wrapped', 'list'], '(2) 受注者は、全端末及び全サーバのソフトウェアの名称及び版数を自動的に収集し、脆弱性情報と照合できる',
                            'automatic collection of software names and versions on all terminals and servers'),
    'web-encryption': ('covered', ['mixed', 'list'], '(3) 受注者は、公開ウェブサーバで提供する全てのページをＨＴＴＰＳにより提供し、ＨＴＴＰによるアクセスはＨＴＴＰＳに転送する設定とすること。',
                       'every page of the public web server is HTTPS with redirect'),
    'email-encryption': ('outdated', ['mixed', 'modality', 'list'], '(4) 受注者は、メールサーバについて、可能な限り他のメールサーバとの通信のＳＴＡＲＴＴＬＳ化に対応すること。',
                         'transport encryption only "as far as possible", and no sender authentication'),
    'drm': ('missing', ['mixed', 'modality', 'condition'], '(5) 重要ファイルの閲覧・印刷を権限に応じて制限する情報権限管理（ＩＲＭ）機能の提供は任意とし、提案があった場合は加点評価の対象とする。',
            'IRM is optional in the tender; nothing requires it'),
    'iot-devices': ('missing', ['exclusion'], '(6) 庁舎に設置するネットワークカメラ及び複合機は本調達の範囲外とする。',
                    'cameras and MFPs are excluded'),
    'mobile-devices': ('missing', ['mixed'], '(2) 受注者は、貸与するノートＰＣの庁外持ち出しについて、本市の指示に従うこと。',
                       'defers to instructions given elsewhere; no rule on outside use or safeguards'),
    'issue-reporting': ('missing', ['separate-duty', 'mixed'], '(1) 受注者は、定期的にセキュリティパッチの適用状況を本市に報告すること。',
                        'a contractor reports patch status to the city; not issues from operation, self-inspection and education reported to the CISO'),
}, ['unknown-malware', 'it-asset-management', 'web-encryption', 'email-encryption', 'drm', 'iot-devices',
    'mobile-devices', 'issue-reporting'])

# ---------------------------------------------------------------- 06 prefecture notice with a future effective date
# considered: web-encryption, email-encryption, mobile-devices
case('06-pref-notice-future-date.md', '''# ウェブサイトの常時暗号化について（通知）

西岬県総務部長
各所属長　様

令和８年１１月３０日

県が開設するウェブサイトの安全性を高めるため、西岬県情報セキュリティ対策基準第30条を下記のとおり改正し、
令和９年４月１日から施行することとしたので通知します。各所属においては、施行日までに所管サイトの移行を完了してください。

記

１　改正後の第30条
　各所属長は、県が開設し、又は運営を委託する全てのウェブサイトについて、ＨＴＴＰＳによる常時暗号化を行わなければならない。
　外部のサービスを利用して開設するサイトについても同様とする。

２　経過措置
　施行日の前日までの間は、改正前の第30条（申請フォーム等、個人情報を入力させるページに限り暗号化する旨の規定）を適用する。

３　電子メールについて
　電子メールサーバ間の通信の暗号化及び送信ドメイン認証についても同様の改正を予定していますが、
　その施行時期は追って通知します。

４　その他
　モバイル端末の庁外での利用は本通知の対象外です。

（担当：総務部情報政策課セキュリティ担当）
''', {
    'web-encryption': ('covered', ['mixed', 'condition'], '　各所属長は、県が開設し、又は運営を委託する全てのウェブサイトについて、ＨＴＴＰＳによる常時暗号化を行わなければならない。',
                       'the rule is enacted with a fixed effective date and covers every site, outside services included; the transitional login-page rule lapses on that date'),
    'email-encryption': ('missing', ['deferral'], '　その施行時期は追って通知します。',
                         'the mail amendment is only planned; its date is left open'),
    'mobile-devices': ('missing', ['exclusion'], '　モバイル端末の庁外での利用は本通知の対象外です。',
                       'mobile use is outside this notice'),
}, ['web-encryption', 'email-encryption', 'mobile-devices'])


# ---------------------------------------------------------------- 07 town: checklist with 実施する/実施しない/検討中
# considered: web-encryption, email-encryption, unknown-malware, it-asset-management, drm, mobile-devices,
# iot-devices, issue-reporting, promotion-structure
case('07-town-checklist.md', '''# 北川町情報セキュリティ対策実施基準

## １　趣旨
この基準は、北川町情報セキュリティ基本方針に基づき、町の各課が講ずる情報セキュリティ対策を定める。

## ２　実施する対策
各課長は、次表の「実施する」欄に○を付した対策を講じなければならない。「実施しない」欄又は「検討中」欄に
○を付した対策は、この基準による義務の対象としない。

| No. | 対策 | 実施する | 実施しない | 検討中 |
|---|---|:---:|:---:|:---:|
| 1 | 町が開設する全てのウェブサイトのＨＴＴＰＳによる常時暗号化 | ○ | | |
| 2 | メールサーバ間通信のＴＬＳ暗号化及び送信ドメイン認証（ＳＰＦ・ＤＫＩＭ）の設定 | ○ | | |
| 3 | 端末及びサーバでの振る舞い検知による未知の不正プログラムの実行防止 | | | ○ |
| 4 | ＩＴ資産管理ソフトウェアによる端末及びサーバのソフトウェア情報の自動収集 | ○ | | |
| 5 | 重要文書へのＤＲＭ（閲覧・印刷・複製の権限制御）の適用 | | ○ | |
| 6 | タブレット端末の庁外での業務利用（ＭＤＭ登録及び遠隔消去の設定を条件とする） | ○ | | |
| 7 | 庁舎の監視カメラ、複合機等の初期パスワード変更及びファームウェア更新 | ○ | | |
| 8 | 運用、自己点検及び研修で生じた課題の最高情報セキュリティ責任者（副町長）への報告 | ○ | | |
| 9 | 情報セキュリティ対策推進体制の設置 | | | ○ |

## ３　見直し
この表は、毎年度、総務課において見直す。
''', {
    'web-encryption': ('covered', ['table'], '| 1 | 町が開設する全てのウェブサイトのＨＴＴＰＳによる常時暗号化 | ○ | | |',
                       'every town site HTTPS, marked 実施する'),
    'email-encryption': ('covered', ['table'], '| 2 | メールサーバ間通信のＴＬＳ暗号化及び送信ドメイン認証（ＳＰＦ・ＤＫＩＭ）の設定 | ○ | | |',
                         'server TLS and sender authentication, marked 実施する'),
    'unknown-malware': ('missing', ['table', 'deferral'], '| 3 | 端末及びサーバでの振る舞い検知による未知の不正プログラムの実行防止 | | | ○ |',
                        'the row is marked 検討中 and so is expressly not a duty'),
    'it-asset-management': ('covered', ['table'], '| 4 | ＩＴ資産管理ソフトウェアによる端末及びサーバのソフトウェア情報の自動収集 | ○ | | |',
                            'automatic software collection on terminals and servers, marked 実施する'),
    'drm': ('missing', ['table', 'negation'], '| 5 | 重要文書へのＤＲＭ（閲覧・印刷・複製の権限制御）の適用 | | ○ | |',
            'the row is marked 実施しない'),
    'mobile-devices': ('covered', ['table', 'condition'], '| 6 | タブレット端末の庁外での業務利用（ＭＤＭ登録及び遠隔消去の設定を条件とする） | ○ | | |',
                       'outside use of tablets allowed on MDM and remote-wipe conditions'),
    'iot-devices': ('covered', ['table'], '| 7 | 庁舎の監視カメラ、複合機等の初期パスワード変更及びファームウェア更新 | ○ | | |',
                    'cameras and MFPs get default-password and firmware measures'),
    'issue-reporting': ('covered', ['table'], '| 8 | 運用、自己点検及び研修で生じた課題の最高情報セキュリティ責任者（副町長）への報告 | ○ | | |',
                        'issues from operation, self-inspection and training reported to the CISO'),
    'promotion-structure': ('missing', ['table', 'deferral', 'label'], '| 9 | 情報セキュリティ対策推進体制の設置 | | | ○ |',
                            'the promotion structure row is marked 検討中'),
}, ['web-encryption', 'email-encryption', 'unknown-malware', 'it-asset-management', 'drm', 'mobile-devices',
    'iot-devices', 'issue-reporting', 'promotion-structure'])

# ---------------------------------------------------------------- 08 water authority: table header limits the scope
# considered: web-encryption, unknown-malware, iot-devices, issue-reporting, email-encryption
case('08-water-authority-scope-table.md', '''# 湖東広域水道企業団情報セキュリティ対策規程

（目的）
第１条　この規程は、湖東広域水道企業団（以下「企業団」という。）が保有する情報資産を脅威から守るため、
情報セキュリティ対策に関し必要な事項を定めるものとする。

（個人情報を取り扱うシステムの対策）
第５条　次表の左欄に掲げる対象システムの管理者は、それぞれ同表の右欄に定める措置を講じなければならない。

| 対象システム（お客さまの個人情報を取り扱うものに限る。） | 講ずる措置 |
|---|---|
| 料金お問合せサイト | 全ページのＨＴＴＰＳによる暗号化 |
| 電子申請サイト | 全ページのＨＴＴＰＳによる暗号化 |
| 料金システム（サーバ及び窓口端末） | 振る舞い検知型の不正プログラム対策製品の導入 |

２　前項の表に掲げるもの以外のウェブサイト（企業団ホームページ、水質情報サイト等）及び情報システムについては、前項の規定は適用しない。

（電子メール）
第６条　職員は、電子メールを送信する前に宛先を確認し、外部に送信する添付ファイルにはパスワードを設定しなければならない。

（浄水施設の機器）
第９条　浄水場及び配水池に設置するネットワークカメラ、テレメータ装置その他のネットワークに接続する機器の管理者は、
初期パスワードを変更し、ファームウェアを更新するとともに、当該機器を事務用ネットワークから分離しなければならない。

（監査）
第12条　情報セキュリティ監査責任者は、監査の結果を企業長に報告しなければならない。
''', {
    'web-encryption': ('outdated', ['table', 'scope', 'exclusion'], '２　前項の表に掲げるもの以外のウェブサイト（企業団ホームページ、水質情報サイト等）及び情報システムについては、前項の規定は適用しない。',
                       'HTTPS only for the sites in a table limited to personal-data systems; the homepage and others are exempted'),
    'unknown-malware': ('missing', ['table', 'scope'], '| 料金システム（サーバ及び窓口端末） | 振る舞い検知型の不正プログラム対策製品の導入 |',
                        'behaviour-based protection only on the billing system; other terminals and servers are exempted'),
    'email-encryption': ('missing', ['separate-duty'], '第６条　職員は、電子メールを送信する前に宛先を確認し、外部に送信する添付ファイルにはパスワードを設定しなければならない。',
                         'mis-sending checks and password-protected attachments; no transport encryption or sender authentication'),
    'iot-devices': ('covered', ['wrapped', 'article', 'paraphrase'], '第９条　浄水場及び配水池に設置するネットワークカメラ、テレメータ装置その他のネットワークに接続する機器の管理者は、',
                    'networked cameras and telemetry get password, firmware and separation measures'),
    'issue-reporting': ('missing', ['separate-duty'], '第12条　情報セキュリティ監査責任者は、監査の結果を企業長に報告しなければならない。',
                        'an audit report is a separate duty'),
}, ['web-encryption', 'unknown-malware', 'email-encryption', 'iot-devices', 'issue-reporting'])

# ---------------------------------------------------------------- 09 national museum (English): policy + implementation report
# considered: it-asset-management, email-encryption, web-encryption, promotion-structure, improvement-instructions,
# unknown-malware (report only), drm (report only), domain-names, issue-reporting
case('09-museum-policy-and-report-en.md', '''# National Museum of Northern Crafts — Information Security Policy and FY2025 Implementation Report

## Part I — Policy

**Section 1. Scope.** This Policy applies to all staff and to every information system of the Museum,
including systems run for the Museum by contractors.

**Section 2. Promotion.** The Information Security Promotion Team, placed in the General Affairs Division, is
the unit that carries the Museum's security measures forward. It prepares this Policy, runs staff training,
organises the annual self-inspection and keeps the Museum's incident contacts.

**Section 3. Improvements.** Where the self-inspection or an incident reveals shortcomings, the CISO shall direct
improvements that concern the whole Museum to the Promotion Team, and improvements specific to one division to
the head of that division.

**Section 4. Software inventory.** The IT Unit shall keep an inventory of the software installed on Museum PCs,
compiled once a year from a spreadsheet that each division fills in.

**Section 5. E-mail.** Museum mail servers shall use TLS when exchanging mail with other servers and shall
publish SPF, DKIM and DMARC records for the Museum's domains.

**Section 6. Websites.** The main website and the online ticketing site shall use HTTPS. Exhibition microsites may
continue to use HTTP.

**Section 7. Domain names.** Museum websites and mail addresses shall use names under the Museum's go.jp domain.

## Part II — Implementation report, FY2025

- Endpoint detection and response was deployed on all 240 PCs and 18 servers in October 2025; it blocks
  programs that behave like ransomware before they run.
- A pilot of digital rights management for loan contracts was run in the Curatorial Division.
- All exhibition microsites were moved to HTTPS in March 2026.
- Divisions reported the problems found in the self-inspection to the Promotion Team.
''', {
    'promotion-structure': ('covered', ['english', 'paraphrase'], '**Section 2. Promotion.** The Information Security Promotion Team, placed in the General Affairs Division, is',
                            'a promotion team set up as the driving unit, with its roles'),
    'improvement-instructions': ('covered', ['english', 'wrapped'], '**Section 3. Improvements.** Where the self-inspection or an incident reveals shortcomings, the CISO shall direct',
                                 'the CISO directs museum-wide and division-specific improvements to the right person'),
    'it-asset-management': ('outdated', ['english', 'old-form'], 'compiled once a year from a spreadsheet that each division fills in.',
                            'a yearly spreadsheet survey of installed software, the old form of automatic collection'),
    'email-encryption': ('covered', ['english'], '**Section 5. E-mail.** Museum mail servers shall use TLS when exchanging mail with other servers and shall',
                         'server-to-server TLS plus SPF, DKIM and DMARC'),
    'web-encryption': ('outdated', ['english', 'scope', 'mixed'], '**Section 6. Websites.** The main website and the online ticketing site shall use HTTPS. Exhibition microsites may',
                       'the rule names two sites and lets microsites stay on HTTP; the report that they moved is a description, not a rule'),
    'domain-names': ('covered', ['english'], '**Section 7. Domain names.** Museum websites and mail addresses shall use names under the Museum\'s go.jp domain.',
                     'sites and mail under the go.jp domain'),
    'unknown-malware': ('missing', ['english', 'description', 'mixed'], '- Endpoint detection and response was deployed on all 240 PCs and 18 servers in October 2025; it blocks',
                        'the report describes a deployment; the policy has no rule on it'),
    'drm': ('missing', ['english', 'description', 'mixed'], '- A pilot of digital rights management for loan contracts was run in the Curatorial Division.',
            'a pilot described in the report; no rule'),
    'issue-reporting': ('missing', ['english', 'description', 'mixed'], '- Divisions reported the problems found in the self-inspection to the Promotion Team.',
                        'a past event, reported to the team rather than the CISO; no duty'),
}, ['promotion-structure', 'improvement-instructions', 'it-asset-management', 'email-encryption', 'web-encryption',
    'domain-names', 'unknown-malware', 'drm', 'issue-reporting'])

# ---------------------------------------------------------------- 10 hospital organisation (English): one sentence for web and mail
# considered: web-encryption, email-encryption, iot-devices, mobile-devices, it-asset-management, unknown-malware,
# promotion-structure
case('10-hospital-standard-en.md', '''# Regional Hospital Organization — IT Security Standard

## 1 Purpose and scope
1.1 This Standard sets the security measures for the information systems of the Regional Hospital Organization
(the "Organization") and its eleven hospitals.
1.2 Networked medical devices (infusion pumps, imaging modalities, patient monitors) and building-management
equipment are outside the scope of this Standard; they are governed by the Clinical Engineering Rules.

## 2 Committee
2.1 An Information Security Committee chaired by the CISO meets at least twice a year.

## 3 Communications
3.1 All websites of the Organization, and all mail exchanged between the Organization's mail servers and external mail servers, shall be encrypted with TLS; outgoing mail shall be signed with DKIM and covered by SPF and DMARC records.

## 4 Endpoints and servers
4.1 Antivirus software with up-to-date signature files shall be installed on every PC and server.
4.2 A sandbox at the internet gateway shall inspect inbound files for unknown malware before delivery.
4.3 The IT Department shall collect, through its asset-management agent, the name and version of every program
installed on PCs and servers each day, and match them against vulnerability advisories.

## 5 Smartphones and tablets
5.1 Staff must not use smartphones or tablets for the Organization's work, whether inside or outside its premises.
''', {
    'web-encryption': ('covered', ['english', 'mixed'], '3.1 All websites of the Organization, and all mail exchanged between the Organization\'s mail servers and external mail servers, shall be encrypted with TLS; outgoing mail shall be signed with DKIM and covered by SPF and DMARC records.',
                       'one sentence makes every website TLS-encrypted'),
    'email-encryption': ('covered', ['english', 'mixed'], '3.1 All websites of the Organization, and all mail exchanged between the Organization\'s mail servers and external mail servers, shall be encrypted with TLS; outgoing mail shall be signed with DKIM and covered by SPF and DMARC records.',
                         'the same sentence encrypts server-to-server mail and adds DKIM, SPF and DMARC'),
    'iot-devices': ('missing', ['english', 'exclusion', 'wrapped'], '1.2 Networked medical devices (infusion pumps, imaging modalities, patient monitors) and building-management',
                    'networked devices are put outside the Standard'),
    'mobile-devices': ('outdated', ['english', 'negation'], '5.1 Staff must not use smartphones or tablets for the Organization\'s work, whether inside or outside its premises.',
                       'a blanket ban: stricter than the standard, information-level note that use with safeguards is now allowed'),
    'unknown-malware': ('outdated', ['english', 'old-form'], '4.2 A sandbox at the internet gateway shall inspect inbound files for unknown malware before delivery.',
                        'unknown malware handled only at the boundary; endpoints have only signature antivirus'),
    'it-asset-management': ('covered', ['english', 'wrapped', 'paraphrase'], '4.3 The IT Department shall collect, through its asset-management agent, the name and version of every program',
                            'an agent collects program names and versions daily on PCs and servers'),
    'promotion-structure': ('missing', ['english'], '2.1 An Information Security Committee chaired by the CISO meets at least twice a year.',
                            'a committee that meets; no promotion unit with its roles'),
}, ['web-encryption', 'email-encryption', 'iot-devices', 'mobile-devices', 'unknown-malware',
    'it-asset-management', 'promotion-structure'])

# ---------------------------------------------------------------- 11 prefecture: weakened item in a list, cross-references
# considered: issue-reporting, improvement-instructions, web-encryption, email-encryption, mobile-devices,
# promotion-structure
case('11-pref-kijun-crossref.md', '''# 東浦県情報セキュリティ対策基準

第１章　総則

（趣旨）
第１条　この基準は、東浦県情報セキュリティ基本方針第５条の規定により、県の機関が講ずべき情報セキュリティ対策の
基準を定めるものとする。

第２章　推進体制

（推進体制）
第３条　情報政策課に情報セキュリティ対策推進チームを置き、対策基準の見直し、職員研修の企画、自己点検の集約及び
各所属への技術的助言を行わせる。

（教育及び自己点検）
第15条　所属長は、所属職員に対する情報セキュリティ研修及び年１回の自己点検を行うとともに、これらの実施を通じて把握した課題を最高情報セキュリティ責任者に報告するよう努める。

（改善の指示）
第16条　最高情報セキュリティ責任者は、前条の規定により報告された課題その他の状況を踏まえ、県の機関全体に
係る改善事項は統括情報セキュリティ責任者に、所属に固有の改善事項は当該所属長に、それぞれ措置を指示する。

第３章　情報システム

（ウェブサイト及び電子メール）（統一基準7.2.1及び7.2.2関連）
第22条　情報政策課長は、県が開設する全てのウェブサイトの常時暗号化及び電子メールサーバ間通信の暗号化を行うとともに、送信ドメイン認証の導入に努める。

（モバイル端末の許可）
第28条　職員は、モバイル端末を業務に使用しようとするときは、情報セキュリティ責任者の許可を受けなければならない。
２　情報セキュリティ責任者は、端末の暗号化、遠隔消去機能の設定及びＭＤＭへの登録がなされていることを確認したうえで、
庁舎の内外における通信回線への接続を許可するものとする。

（持出しの制限）
第30条　職員は、第28条第２項の規定により許可を受けた場合を除き、モバイル端末を庁舎外に持ち出してはならない。
''', {
    'promotion-structure': ('covered', ['article', 'paraphrase', 'wrapped'], '第３条　情報政策課に情報セキュリティ対策推進チームを置き、対策基準の見直し、職員研修の企画、自己点検の集約及び',
                            'a promotion team is set up with its roles'),
    'issue-reporting': ('outdated', ['modality', 'article'], '第15条　所属長は、所属職員に対する情報セキュリティ研修及び年１回の自己点検を行うとともに、これらの実施を通じて把握した課題を最高情報セキュリティ責任者に報告するよう努める。',
                        'training and self-inspection are firm, but reporting the issues to the CISO is only an effort'),
    'improvement-instructions': ('covered', ['article', 'wrapped'], '第16条　最高情報セキュリティ責任者は、前条の規定により報告された課題その他の状況を踏まえ、県の機関全体に',
                                 'the CISO instructs body-wide and unit-specific improvements to the right person'),
    'web-encryption': ('covered', ['article', 'citation', 'mixed'], '第22条　情報政策課長は、県が開設する全てのウェブサイトの常時暗号化及び電子メールサーバ間通信の暗号化を行うとともに、送信ドメイン認証の導入に努める。',
                       'every site always encrypted, firmly, in a clause that also covers mail'),
    'email-encryption': ('outdated', ['article', 'citation', 'modality', 'mixed'], '第22条　情報政策課長は、県が開設する全てのウェブサイトの常時暗号化及び電子メールサーバ間通信の暗号化を行うとともに、送信ドメイン認証の導入に努める。',
                         'transport encryption is firm but sender authentication is only an effort; the author cited 7.2.1'),
    'mobile-devices': ('covered', ['article', 'condition', 'wrapped'], '２　情報セキュリティ責任者は、端末の暗号化、遠隔消去機能の設定及びＭＤＭへの登録がなされていることを確認したうえで、',
                       'use inside and outside allowed once safeguards are checked; 第30条 refers back to it'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'web-encryption', 'email-encryption',
    'mobile-devices'])

# ---------------------------------------------------------------- 12 city regulation: 準用 and non-application
# considered: web-encryption, email-encryption, drm, unknown-malware, iot-devices, it-asset-management
case('12-city-kitei-junyo.md', '''# 西原市情報セキュリティ対策規程

（目的）
第１条　この規程は、西原市情報セキュリティポリシーに基づき、市の情報システムに係る技術的な対策を定めることを目的とする。

（資産の把握）
第18条　情報システム管理者は、端末及びサーバ装置を導入したときは、その機器名、設置場所及び管理者を機器台帳に登録しなければならない。

（不正プログラム対策）
第24条　情報システム管理者は、端末及びサーバ装置に、プログラムの挙動を監視して未知の不正プログラムを検出し、
その実行を防止する機能を導入しなければならない。
２　前項の機能に加え、パターンファイルによる不正プログラム対策ソフトウェアを導入するものとする。

（情報の利用制限）
第25条　機密性３情報を記録した電子ファイルは、ＤＲＭにより、閲覧、印刷及び複製を許可された者に限るよう保護し、
庁外に流出した場合にも内容を閲覧できない状態としなければならない。

（特定用途機器）
第27条　特定用途機器については、第24条の規定は適用しない。ただし、ネットワークカメラ、テレビ会議装置その他の
ＩｏＴ機器は、初期設定のパスワードを変更し、ファームウェアを最新の状態に保つものとする。

（ウェブサイトの暗号化）
第30条　情報システム管理者は、市が管理する全てのウェブサイトについて、通信の暗号化を行わなければならない。
２　前項の暗号化は、ＴＬＳ１．２以上の方式により、サイト内の全てのページについて常時行うものとする。

（電子メール）
第31条　前条第２項の規定は、市の電子メールサーバと外部の電子メールサーバとの間の通信について準用する。
２　電子メールサーバには、ＳＰＦ及びＤＭＡＲＣによる送信ドメイン認証の設定を行わなければならない。
''', {
    'it-asset-management': ('missing', ['separate-duty', 'article'], '第18条　情報システム管理者は、端末及びサーバ装置を導入したときは、その機器名、設置場所及び管理者を機器台帳に登録しなければならない。',
                            'hardware registration at delivery; no automatic collection of software information'),
    'unknown-malware': ('covered', ['article', 'wrapped', 'paraphrase'], '第24条　情報システム管理者は、端末及びサーバ装置に、プログラムの挙動を監視して未知の不正プログラムを検出し、',
                        'behaviour-based blocking on terminals and servers; the 第27条 exemption for special devices leaves terminals and servers untouched'),
    'drm': ('covered', ['article', 'wrapped'], '第25条　機密性３情報を記録した電子ファイルは、ＤＲＭにより、閲覧、印刷及び複製を許可された者に限るよう保護し、',
            'DRM keeps protected files unreadable even after leaking'),
    'iot-devices': ('covered', ['article', 'wrapped', 'exclusion'], 'ＩｏＴ機器は、初期設定のパスワードを変更し、ファームウェアを最新の状態に保つものとする。',
                    'the ただし書 gives IoT devices their own password and firmware measures'),
    'web-encryption': ('covered', ['article'], '２　前項の暗号化は、ＴＬＳ１．２以上の方式により、サイト内の全てのページについて常時行うものとする。',
                       'every site, every page, always encrypted'),
    'email-encryption': ('covered', ['article', 'paraphrase'], '第31条　前条第２項の規定は、市の電子メールサーバと外部の電子メールサーバとの間の通信について準用する。',
                         'by 準用 server-to-server mail is always TLS-encrypted, with SPF and DMARC in 第２項'),
}, ['it-asset-management', 'unknown-malware', 'drm', 'iot-devices', 'web-encryption', 'email-encryption'])


# ---------------------------------------------------------------- 13 college of technology (English): citations over weak wording
# considered: promotion-structure, web-encryption, domain-names, unknown-malware, mobile-devices, issue-reporting,
# iot-devices, drm
case('13-college-citations-en.md', '''# Kitaura College of Technology — Information Security Measures (English translation)

*This translation is provided for reference. The Japanese text prevails.*

## 1. Definitions

(1) "IoT device" means a device other than a PC or server that connects to the College network, such as a
network camera, a video-conference unit or a building-control panel.
(2) "CISO" means the Chief Information Security Officer appointed by the President.

## 2. Organisation

2.1 (cf. Unified Standards 2.1.1) A structure to promote information security measures shall be established as
necessary.

2.2 (cf. Unified Standards 2.3.1) Heads of departments shall report to the CISO the issues that arise in the
operation of these Measures, in self-inspections and in education.

## 3. Technical measures

3.1 (cf. Unified Standards 7.2.2) The College should, where practicable, serve its websites over HTTPS.

3.2 (cf. Unified Standards 6.3.2) The College's websites and e-mail addresses shall use the domain
kitaura-ct.ac.jp; no other domain may be used for official information.

3.3 (cf. Unified Standards 6.2.2) Unknown malware: to be addressed in a future revision of these Measures.

3.4 (cf. Unified Standards 6.1.2) Rights management of files: [to be drafted].

3.5 (cf. Unified Standards 7.1.1) Notebook PCs issued by the College may be taken off campus and connected to
outside networks, provided that their storage is encrypted and they are registered in the College's device
management service.
''', {
    'promotion-structure': ('outdated', ['english', 'citation', 'modality', 'wrapped'], '2.1 (cf. Unified Standards 2.1.1) A structure to promote information security measures shall be established as',
                            'the author cites 2.1.1 but the structure is set up only "as necessary", with no roles'),
    'issue-reporting': ('covered', ['english', 'citation'], '2.2 (cf. Unified Standards 2.3.1) Heads of departments shall report to the CISO the issues that arise in the',
                        'issues from operation, self-inspection and education reported to the CISO'),
    'web-encryption': ('outdated', ['english', 'citation', 'modality'], '3.1 (cf. Unified Standards 7.2.2) The College should, where practicable, serve its websites over HTTPS.',
                       'the author cites 7.2.2 but HTTPS is only "should, where practicable"'),
    'domain-names': ('covered', ['english', 'citation'], '3.2 (cf. Unified Standards 6.3.2) The College\'s websites and e-mail addresses shall use the domain',
                     'a higher-education body uses its ac.jp domain only'),
    'unknown-malware': ('missing', ['english', 'citation', 'deferral', 'label'], '3.3 (cf. Unified Standards 6.2.2) Unknown malware: to be addressed in a future revision of these Measures.',
                        'a cited heading with a deferral for a body'),
    'drm': ('missing', ['english', 'citation', 'label'], '3.4 (cf. Unified Standards 6.1.2) Rights management of files: [to be drafted].',
            'a placeholder under a citation'),
    'mobile-devices': ('covered', ['english', 'citation', 'condition', 'wrapped'], '3.5 (cf. Unified Standards 7.1.1) Notebook PCs issued by the College may be taken off campus and connected to',
                       'outside connection allowed with encryption and device management'),
    'iot-devices': ('missing', ['english', 'definition'], '(1) "IoT device" means a device other than a PC or server that connects to the College network, such as a',
                    'IoT devices appear only in the definitions'),
}, ['promotion-structure', 'issue-reporting', 'web-encryption', 'domain-names', 'unknown-malware', 'drm',
    'mobile-devices', 'iot-devices'])

# ---------------------------------------------------------------- 14 incorporated agency: mixed heading styles, full-width text
# considered: promotion-structure, unknown-malware, iot-devices, it-asset-management, domain-names, email-encryption,
# issue-reporting, improvement-instructions
case('14-agency-mixed-headings.md', '''# 独立行政法人海洋資源調査機構情報セキュリティ対策基準

## 第１章　組織

### １．情報セキュリティ対策推進体制

（１）機構に、情報セキュリティ対策推進体制として情報セキュリティ推進部を置く。
（２）推進部は、次に掲げる事務を行う。
　ア　対策基準の見直し案の作成
　イ　役職員に対する教育の実施
　ウ　自己点検の取りまとめ
　エ　情報セキュリティインシデントへの対処の調整

## 第２章　技術的対策

### １．不正プログラム対策

（１）情報システムセキュリティ責任者は、次の対策を講ずること。
　ア　全ての端末及びサーバ装置へのウイルス対策ソフトウェアの導入
　イ　端末及びサーバ装置における、振る舞いの検知による未知の不正プログラムの
　　実行を防止する機能の導入

### ２．ＩｏＴ機器

（１）調査船に搭載する観測機器、ネットワークカメラその他のＩｏＴ機器についても本基準の対象とし、
情報システムセキュリティ責任者は次の対策を講ずること。
　ア　初期パスワードの変更
　イ　ファームウェアの更新
　ウ　業務用ネットワークとの分離

### ３．ソフトウェア情報の管理

（１）端末及びサーバ装置にインストールされたソフトウェアの名称及び版数は、ＩＴ資産管理ソフトウェアにより自動的に
収集することが望ましい。

### ４．ドメイン名

（１）機構のウェブサイト及び電子メールアドレスには、政府ドメイン名（ｇｏ．ｊｐ）を使用すること。

### ５．電子メール

（１）メールサーバ間の通信の暗号化は、相手方のサーバが対応している場合に限り、行うことができる。

## 第３章　点検及び見直し

### １．自己点検

（１）各部の長は、自己点検の結果をＣＩＳＯに報告すること。
（２）ＣＩＳＯは、自己点検の結果を踏まえ、機構全体に係る改善事項は推進部長に、各部に固有の改善事項は当該部の長に、
それぞれ改善を指示すること。
''', {
    'promotion-structure': ('covered', ['list'], '（１）機構に、情報セキュリティ対策推進体制として情報セキュリティ推進部を置く。',
                            'a promotion department set up, with its duties listed ア～エ'),
    'unknown-malware': ('covered', ['list', 'wrapped'], '　イ　端末及びサーバ装置における、振る舞いの検知による未知の不正プログラムの',
                        'behaviour-based blocking on terminals and servers beside antivirus; the item wraps'),
    'iot-devices': ('covered', ['list', 'wrapped'], '（１）調査船に搭載する観測機器、ネットワークカメラその他のＩｏＴ機器についても本基準の対象とし、',
                    'IoT devices brought into scope with password, firmware and separation measures'),
    'it-asset-management': ('covered', ['modality', 'wrapped'], '（１）端末及びサーバ装置にインストールされたソフトウェアの名称及び版数は、ＩＴ資産管理ソフトウェアにより自動的に',
                            'automatic collection on terminals and servers; 望ましい is normal for a recommended item'),
    'domain-names': ('covered', ['paraphrase'], '（１）機構のウェブサイト及び電子メールアドレスには、政府ドメイン名（ｇｏ．ｊｐ）を使用すること。',
                     'go.jp for sites and mail'),
    'email-encryption': ('outdated', ['modality', 'condition'], '（１）メールサーバ間の通信の暗号化は、相手方のサーバが対応している場合に限り、行うことができる。',
                         'encryption only permitted, and no sender authentication'),
    'issue-reporting': ('missing', ['separate-duty'], '（１）各部の長は、自己点検の結果をＣＩＳＯに報告すること。',
                        'only self-inspection results are reported; not the issues from operation, self-inspection and education'),
    'improvement-instructions': ('covered', ['list'], '（２）ＣＩＳＯは、自己点検の結果を踏まえ、機構全体に係る改善事項は推進部長に、各部に固有の改善事項は当該部の長に、',
                                 'the CISO instructs agency-wide and department-specific improvements to the right person'),
}, ['promotion-structure', 'unknown-malware', 'iot-devices', 'it-asset-management', 'domain-names',
    'email-encryption', 'issue-reporting', 'improvement-instructions'])

# ---------------------------------------------------------------- 15 rural broadband agency (English): annex exempts systems
# considered: unknown-malware, it-asset-management, web-encryption, domain-names, improvement-instructions,
# email-encryption
case('15-agency-annex-exemptions-en.md', '''# Rural Broadband Promotion Agency — Security Measures Standard

## Chapter 1 General provisions

**Article 1 (Purpose).** This Standard lays down the security measures that the Agency takes under its Basic
Information Security Policy.

**Article 5 (Improvement).** The CISO may give instructions for improvement where he or she considers it
necessary.

## Chapter 2 Systems

**Article 12 (Malware prevention).** The measures in Annex 2 shall be applied to each system type listed there.
Systems marked "Exempt" are not subject to the measure in that column.

**Article 16 (Websites).** HTTPS is required on pages that collect personal data. Other pages should also move to
HTTPS as far as practicable.

**Article 17 (Domain names).** The Agency's websites and mail addresses shall use names under go.jp.

**Article 18 (Mail).** Outgoing mail to external addresses shall be held for one minute before delivery so that
the sender can cancel a mis-addressed message.

## Annex 2 Measures by system type (Article 12)

| System type | Behaviour-based prevention of unknown malware | Software inventory |
|---|---|---|
| Office PCs | Required | Names and versions collected automatically by the asset-management agent |
| File and application servers | Required | Names and versions collected automatically by the asset-management agent |
| Laboratory PCs | Exempt | Names and versions collected automatically by the asset-management agent |
| Legacy servers (Annex 3) | Exempt | Names and versions collected automatically by the asset-management agent |
''', {
    'unknown-malware': ('missing', ['english', 'table', 'scope', 'exclusion'], '| Laboratory PCs | Exempt | Names and versions collected automatically by the asset-management agent |',
                        'Annex 2 exempts laboratory PCs and legacy servers: a subset of a recommended item'),
    'it-asset-management': ('covered', ['english', 'table'], '| Office PCs | Required | Names and versions collected automatically by the asset-management agent |',
                            'Annex 2 has automatic collection for every system type, terminals and servers'),
    'web-encryption': ('outdated', ['english', 'scope', 'modality', 'wrapped'], '**Article 16 (Websites).** HTTPS is required on pages that collect personal data. Other pages should also move to',
                       'HTTPS required only on personal-data pages; others only "as far as practicable"'),
    'domain-names': ('covered', ['english'], '**Article 17 (Domain names).** The Agency\'s websites and mail addresses shall use names under go.jp.',
                     'go.jp for sites and mail'),
    'improvement-instructions': ('outdated', ['english', 'modality', 'wrapped'], '**Article 5 (Improvement).** The CISO may give instructions for improvement where he or she considers it',
                                 'instructions are only a permission, with no split into agency-wide and unit-specific improvements'),
    'email-encryption': ('missing', ['english', 'separate-duty'], '**Article 18 (Mail).** Outgoing mail to external addresses shall be held for one minute before delivery so that',
                         'a mis-sending delay only'),
}, ['unknown-malware', 'it-asset-management', 'web-encryption', 'domain-names', 'improvement-instructions',
    'email-encryption'])

# ---------------------------------------------------------------- 16 fire department: definitions, headings, ただし書
# considered: promotion-structure, drm, web-encryption, email-encryption, unknown-malware, iot-devices, mobile-devices
case('16-fire-dept-kijun.md', '''# 港北市消防局情報セキュリティ対策基準

（目的）
第１条　この基準は、港北市情報セキュリティ基本方針に基づき、消防局における情報セキュリティ対策の基準を定める。

（定義）
第２条　この基準において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 情報システム　消防局が管理するハードウェア及びソフトウェアで構成される仕組みをいう。
(2) 推進体制　消防局において情報セキュリティ対策の推進を担う組織をいう。
(3) モバイル端末　タブレット端末、スマートフォンその他の持ち運びが可能な端末をいう。

（情報の利用制限）
第８条　必要に応じて検討する。

（ウェブサイト）
第10条　消防局のウェブサイトは、全てのページを常時ＨＴＴＰＳで公開する。ただし、防災情報の緊急配信用ミラー
サイトについては、アクセスが集中する間に限り、ＨＴＴＰによる配信を認める。

（電子メール）
第11条　外部宛ての電子メールは、誤送信を防止するため、送信前に所属長の確認を受ける。
２　電子メールのなりすましを防ぐため、ＳＰＦレコードを公開する。

（不正プログラム対策）
第12条　端末及びサーバには、ふるまい検知型のエンドポイント対策製品を導入し、未知のマルウェアの実行を阻止する。

（ＩｏＴ機器）
第13条　庁舎の監視カメラ、指令台周辺の特定用途機器等のＩｏＴ機器に係る対策は、将来の課題とする。

（モバイル端末）
第14条　救急隊が使用するタブレット端末は、ＭＤＭにより管理し、暗号化及び紛失時の遠隔消去の設定を行ったうえで、
救急現場において携帯電話回線に接続して使用することができる。
''', {
    'promotion-structure': ('missing', ['definition'], '(2) 推進体制　消防局において情報セキュリティ対策の推進を担う組織をいう。',
                            'the term is only defined; no clause sets the structure up'),
    'drm': ('missing', ['heading', 'label'], '第８条　必要に応じて検討する。',
            'a heading on use restriction with a placeholder body'),
    'web-encryption': ('outdated', ['exclusion', 'wrapped', 'condition'], '第10条　消防局のウェブサイトは、全てのページを常時ＨＴＴＰＳで公開する。ただし、防災情報の緊急配信用ミラー',
                       'a ただし書 lets the disaster-information mirror serve over HTTP'),
    'email-encryption': ('missing', ['separate-duty'], '２　電子メールのなりすましを防ぐため、ＳＰＦレコードを公開する。',
                         'SPF only plus a mis-sending check; no transport encryption'),
    'unknown-malware': ('covered', ['article', 'paraphrase'], '第12条　端末及びサーバには、ふるまい検知型のエンドポイント対策製品を導入し、未知のマルウェアの実行を阻止する。',
                        'behaviour-based blocking on terminals and servers'),
    'iot-devices': ('missing', ['deferral'], '第13条　庁舎の監視カメラ、指令台周辺の特定用途機器等のＩｏＴ機器に係る対策は、将来の課題とする。',
                    'IoT measures left to the future'),
    'mobile-devices': ('covered', ['condition', 'wrapped', 'scope'], '第14条　救急隊が使用するタブレット端末は、ＭＤＭにより管理し、暗号化及び紛失時の遠隔消去の設定を行ったうえで、',
                       'outside connection allowed with MDM, encryption and remote wipe; narrower use is stricter, which the permission allows'),
}, ['promotion-structure', 'drm', 'web-encryption', 'email-encryption', 'unknown-malware', 'iot-devices',
    'mobile-devices'])

# ---------------------------------------------------------------- 17 medical-care union: 統一基準 citations and a kijun marker
# considered: promotion-structure, issue-reporting, it-asset-management, web-encryption, email-encryption, drm,
# mobile-devices
case('17-union-citations-marker.md', '''# 北央県後期高齢者医療広域連合情報セキュリティ対策規程

第１章　総則

（目的）
第１条　この規程は、広域連合が保有する情報資産の機密性、完全性及び可用性を確保するため、情報セキュリティ対策に関し
必要な事項を定める。

（推進体制）（統一基準2.1.1対応）
第３条　推進体制については、別に定める。

（課題の報告）
第４条　各課長は、日常の運用、自己点検及び研修において明らかとなった問題点を、速やかに事務局長（最高情報セキュリティ責任者）に報告すること。

第２章　技術的対策

（ソフトウェアの把握）（統一基準6.2.1対応）
第９条　情報システム担当課長は、端末及びサーバにインストールされたソフトウェアを年２回棚卸しし、その結果を管理表に記載する。

<!-- kijun: web-encryption -->
（ウェブサイト）
第10条　広域連合のウェブサイトの暗号化は、可能な限り実施する。

（電子メール）（統一基準7.2.1(1)対応）
第11条　電子メールサーバは、他の電子メールサーバとの通信時にＳＴＡＲＴＴＬＳにより暗号化し、送信ドメイン認証（ＳＰＦ、ＤＫＩＭ及びＤＭＡＲＣ）を実施すること。

（ファイルの利用制限）
第12条　被保険者の個人情報を含むファイルを構成市町村以外に提供する場合は、ＤＲＭ機能を有するシステムを用い、閲覧期限、
印刷の禁止及び複製の禁止を設定し、流出時にも閲覧されないよう努める。

（端末の使用）
第15条　職員は、広域連合が貸与する端末以外の端末を業務に使用してはならない。
''', {
    'promotion-structure': ('missing', ['citation', 'label'], '第３条　推進体制については、別に定める。',
                            'cites 2.1.1 but the body only delegates; nothing is set up here'),
    'issue-reporting': ('covered', ['article', 'paraphrase'], '第４条　各課長は、日常の運用、自己点検及び研修において明らかとなった問題点を、速やかに事務局長（最高情報セキュリティ責任者）に報告すること。',
                        'problems from operation, self-inspection and training reported to the CISO'),
    'it-asset-management': ('outdated', ['citation', 'old-form'], '第９条　情報システム担当課長は、端末及びサーバにインストールされたソフトウェアを年２回棚卸しし、その結果を管理表に記載する。',
                            'the author cites 6.2.1 but the survey is manual, twice a year'),
    'web-encryption': ('outdated', ['citation', 'modality'], '第10条　広域連合のウェブサイトの暗号化は、可能な限り実施する。',
                       'a kijun marker names the clause; encryption only "as far as possible"'),
    'email-encryption': ('covered', ['citation', 'article'], '第11条　電子メールサーバは、他の電子メールサーバとの通信時にＳＴＡＲＴＴＬＳにより暗号化し、送信ドメイン認証（ＳＰＦ、ＤＫＩＭ及びＤＭＡＲＣ）を実施すること。',
                         'STARTTLS between servers and SPF, DKIM, DMARC'),
    'drm': ('covered', ['modality', 'wrapped', 'paraphrase'], '第12条　被保険者の個人情報を含むファイルを構成市町村以外に提供する場合は、ＤＲＭ機能を有するシステムを用い、閲覧期限、',
            'DRM keeps shared personal-data files unreadable after leaking; effort wording normal for a recommended item'),
    'mobile-devices': ('missing', ['negation'], '第15条　職員は、広域連合が貸与する端末以外の端末を業務に使用してはならない。',
                       'a ban on private devices says nothing about issued mobile devices used outside'),
}, ['promotion-structure', 'issue-reporting', 'it-asset-management', 'web-encryption', 'email-encryption', 'drm',
    'mobile-devices'])


# ---------------------------------------------------------------- 18 trade agency (English): notice with current/revised table
# considered: issue-reporting, unknown-malware, mobile-devices, web-encryption, drm, email-encryption,
# promotion-structure
case('18-agency-revision-notice-en.md', '''# Overseas Trade Support Agency — Notice No. 14: Partial Revision of the Information Security Standard

Issued by the Chief Information Security Officer, 1 September 2026

The Information Security Standard is revised as shown in the table below. The revision takes effect on
1 October 2026. From that date the "Revised rule" column applies; the "Current rule" column is shown for
reference only. Where the revised column reads "(no change)", the current rule continues to apply.

| Article | Current rule | Revised rule |
|---|---|---|
| 7 | The CISO receives the results of internal audits. | Department heads shall report to the CISO the issues they identify in day-to-day operations, self-inspection and training. |
| 9 | Anti-virus software with pattern files is installed on PCs. | Anti-virus software with pattern files, together with a function that detects unknown malware by its behaviour and stops it from running, shall be installed on all PCs and servers. |
| 14 | Staff shall not take Agency PCs, tablets or phones out of the office. | (no change) |
| 21 | Websites of overseas offices may use HTTP. | All websites of the Agency, including those of its overseas offices, shall be served over HTTPS only. |
| 22 | (new article) | Files marked "Confidential" that are sent outside the Agency shall be protected with rights management, so that they cannot be opened by anyone not authorised even after they are forwarded. |

Article 30 (checks against mis-addressed e-mail) is not amended by this Notice.

Questions about this Notice should be sent to the Information Security Promotion Office.
''', {
    'issue-reporting': ('covered', ['english', 'table', 'mixed'], '| 7 | The CISO receives the results of internal audits. | Department heads shall report to the CISO the issues they identify in day-to-day operations, self-inspection and training. |',
                        'the revised column, in force, has issues from operation, self-inspection and training reported to the CISO'),
    'unknown-malware': ('covered', ['english', 'table', 'mixed'], '| 9 | Anti-virus software with pattern files is installed on PCs. | Anti-virus software with pattern files, together with a function that detects unknown malware by its behaviour and stops it from running, shall be installed on all PCs and servers. |',
                        'the revised column adds behaviour-based blocking on all PCs and servers'),
    'mobile-devices': ('outdated', ['english', 'table', 'negation', 'mixed'], '| 14 | Staff shall not take Agency PCs, tablets or phones out of the office. | (no change) |',
                       'the revised column keeps the blanket ban: information-level note that use with safeguards is now allowed'),
    'web-encryption': ('covered', ['english', 'table', 'mixed'], '| 21 | Websites of overseas offices may use HTTP. | All websites of the Agency, including those of its overseas offices, shall be served over HTTPS only. |',
                       'the revised column requires HTTPS on every site; the HTTP permission is superseded'),
    'drm': ('covered', ['english', 'table', 'scope'], '| 22 | (new article) | Files marked "Confidential" that are sent outside the Agency shall be protected with rights management, so that they cannot be opened by anyone not authorised even after they are forwarded. |',
            'rights management keeps confidential files unreadable to unauthorised people after they leave'),
    'email-encryption': ('missing', ['english', 'separate-duty'], 'Article 30 (checks against mis-addressed e-mail) is not amended by this Notice.',
                         'only a mis-sending rule is mentioned; no mail encryption or sender authentication'),
    'promotion-structure': ('missing', ['english', 'label'], 'Questions about this Notice should be sent to the Information Security Promotion Office.',
                            'an office named as a contact; no structure set up with its roles'),
}, ['issue-reporting', 'unknown-malware', 'mobile-devices', 'web-encryption', 'drm', 'email-encryption',
    'promotion-structure'])

write_set(D, C)
