# Source of the blind set test/fixtures/blind20/: twelve whole policies (60-130 lines each; seven in Japanese, five in
# English) of public bodies (独立行政法人, 県, 市, 国立大学法人, 公立病院, 教育委員会, 広域連合, research institute,
# city council, hospital trust), in which the eleven requirements are written the way an auditor tests a checker's
# reading of MEANING: coverage in paraphrase that shares few words with the revision summary (the measure described
# by what it does, not named), near-misses that share the words but not the duty (a committee that only deliberates,
# a hardware register, 誤送信防止, a CISO receiving audit reports, encryption of stored files, a camera used for
# physical security, DRM named only in a procurement wish-list), negation and deferral inside long sentences or after
# a semicolon, scope cut by an enumerated list or a proviso, weak wording (努める, 望ましい, できる, should, may, where
# practicable) of mandatory items, and two tables (a role x duty matrix; a compliance table with an 適用 column).
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary,
# the brief's status rules, labelset.py and label-src-blind14.py for its format; no engine source, catalog, docs,
# other sets' texts or Kijun output were seen, and these labels were written before any run.
# Whole-document convention: the ids a document speaks to (or plainly invites a wrong verdict for) are labelled by
# hand with the clause that decides them; complete(strict=True) marks every other id missing/absent at the title
# line. Before each case a comment lists the ids considered. Ordinary duties (passwords, physical security, training,
# incidents, audits, outsourcing) are written so as not to speak to the eleven unless labelled.
# Status rules (issue 11): covered = a firm clause requires the revised measure in full (paraphrase counts).
# outdated = the pre-revision form (manual software survey; unknown malware only at the boundary; HTTPS only on
# form pages or only on some sites; staff encrypting attachments; blanket mobile ban) or a mandatory duty worded as
# wish/effort/permission. missing = absent, negated, deferred (将来の課題, 見合わせる, 検討する, at a later date),
# excluded (適用しない, does not apply), a table row marked not applied, or a separate duty still in force
# (audit-result report to the CISO, SPF only, 誤送信防止, pattern-file antivirus alone, hardware register, storage
# encryption, ban on private devices, physical-security cameras, audit follow-up instructions). A subset of a
# recommended item (servers only, terminals only) -> missing. Weak wording is used here only for mandatory items, so
# no recommended item turns on modality. No older-edition fingerprints (府省庁, 行政事務従事者, 平成28年度版).
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind20'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    n = len(text.split('\n'))
    if not 60 <= n <= 130:
        sys.exit(f'{f}: {n} lines')
    C.append((f, text, complete(text, labels, considered, strict=True)))


# ---------------------------------------------------------------- 01 独立行政法人 対策基準, 条 form
# considered: unknown-malware, it-asset-management, web-encryption, email-encryption, promotion-structure,
# issue-reporting, drm
case('01-agency-kijun-articles.md', '''# 国立研究開発法人海洋環境技術機構 情報セキュリティ対策基準

令和元年10月１日規程第31号

## 第１章　総則

### 第１条（目的）
この規程は、国立研究開発法人海洋環境技術機構（以下「機構」という。）情報セキュリティ基本方針に基づき、機構の情報及び情報システムを守るために職員等が守るべき対策の基準を定める。

### 第２条（定義）
この規程において「職員等」とは、役員、職員、契約職員及び派遣労働者をいう。
２　この規程において「要機密情報」とは、機密性２以上に格付された情報をいう。

### 第３条（適用範囲）
この規程は、機構の全ての部署及び機構が管理する全ての情報システムに適用する。

## 第２章　組織及び体制

### 第４条（最高情報セキュリティ責任者）
機構に最高情報セキュリティ責任者を置き、理事長が指名する理事をもって充てる。

### 第５条（情報セキュリティ委員会）
機構に情報セキュリティ委員会を置き、この規程の改廃その他情報セキュリティに関する重要事項を審議する。
２　委員会は、審議の結果を最高情報セキュリティ責任者に答申するものとし、対策の実施には当たらない。

### 第６条（情報セキュリティ責任者）
各部の長を情報セキュリティ責任者とし、所管する部における対策の実施に責任を負わせる。
２　情報セキュリティ責任者は、対策の日々の運用、自己点検及び職員等への教育を進める中で明らかになった問題点を、遅滞なく最高情報セキュリティ責任者に伝えなければならない。

## 第３章　情報の取扱い

### 第７条（格付及び取扱制限）
職員等は、情報を作成し、又は入手したときは、その機密性、完全性及び可用性に応じて格付し、取扱制限を明示しなければならない。

### 第８条（保存）
要機密情報を含むファイルをファイルサーバに保存する場合は、暗号化して保存しなければならない。
２　要機密情報を記録した媒体を廃棄するときは、情報を復元できないよう抹消しなければならない。

### 第９条（電子メールの送信）
職員等は、機構外へ電子メールを送信するときは、送信前に宛先を上長又は同僚と確認するなど誤送信を防ぐための措置を講じなければならない。

## 第４章　物理的対策

### 第10条（区域の管理）
サーバ室への入室は、入退室管理簿に記録し、許可された者に限る。
２　執務室を最後に退出する者は、施錠を確認しなければならない。

## 第５章　情報システムの対策

### 第11条（主体認証）
情報システムには、利用者を識別し認証する機能を設け、パスワードは12文字以上とし、他のサービスと共用してはならない。

### 第12条（不正なプログラムへの対策）
情報システムセキュリティ責任者は、全ての端末及びサーバ装置に、定義ファイルに基づく不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保たなければならない。
２　情報システムセキュリティ責任者は、前項の端末及びサーバ装置に、定義ファイルに載っていない不正なプログラムであってもその動作の特徴から不審なものを見分け、起動される前に止める仕組みを備えなければならない。

### 第13条（ソフトウェアの把握）
各課の庶務担当者は、毎年度一回、所管する端末にインストールされているソフトウェアの名称及び版を目視で調べ、ソフトウェア管理台帳に記入して情報システム部に提出しなければならない。

### 第14条（ウェブサイト）
情報システムセキュリティ責任者は、機構が運営する全てのウェブサイトについて、閲覧者との間の通信を、ページの種類を問わず常に暗号化された経路で行わせなければならない。

## 第６章　運用

### 第15条（教育）
情報セキュリティ責任者は、職員等に対し、着任時及び毎年度一回、情報セキュリティに関する教育を受講させなければならない。

### 第16条（インシデントへの対処）
職員等は、情報セキュリティインシデントを認知したときは、直ちに情報システム部に報告しなければならない。
２　最高情報セキュリティ責任者は、重大なインシデントについて、所管官庁に速やかに連絡する。

### 第17条（外部委託）
情報処理業務を外部に委託するときは、契約書に守秘義務、再委託の制限及び事故時の報告義務を定めなければならない。

### 第18条（監査）
監査責任者は、毎年度、情報セキュリティ監査を実施し、その結果を最高情報セキュリティ責任者に報告する。

附　則
この規程は、令和元年10月１日から施行する。
''', {
    'issue-reporting': ('covered', ['article', 'paraphrase'], '対策の日々の運用、自己点検及び職員等への教育を進める中で明らかになった問題点を、遅滞なく最高情報セキュリティ責任者に伝えなければならない',
                        'problems found in operation, self-inspection and training reported to the CISO (paraphrase)'),
    'promotion-structure': ('missing', ['article', 'separate-duty'], '委員会は、審議の結果を最高情報セキュリティ責任者に答申するものとし、対策の実施には当たらない',
                            'a committee that only deliberates; no unit that drives the measures'),
    'drm': ('missing', ['article', 'separate-duty'], '要機密情報を含むファイルをファイルサーバに保存する場合は、暗号化して保存しなければならない',
            'storage encryption, not rights management that follows the file'),
    'email-encryption': ('missing', ['article', 'separate-duty'], '送信前に宛先を上長又は同僚と確認するなど誤送信を防ぐための措置',
                         '誤送信防止 only'),
    'unknown-malware': ('covered', ['article', 'paraphrase'], '定義ファイルに載っていない不正なプログラムであってもその動作の特徴から不審なものを見分け、起動される前に止める仕組み',
                        'terminals and servers: behaviour-based detection and blocking before execution (paraphrase)'),
    'it-asset-management': ('outdated', ['article', 'old-form'], '毎年度一回、所管する端末にインストールされているソフトウェアの名称及び版を目視で調べ',
                            'manual yearly survey into a ledger: the pre-revision form'),
    'web-encryption': ('covered', ['article', 'paraphrase'], '全てのウェブサイトについて、閲覧者との間の通信を、ページの種類を問わず常に暗号化された経路で行わせなければならない',
                       'all websites, every page, always encrypted'),
}, ['unknown-malware', 'it-asset-management', 'web-encryption', 'email-encryption', 'promotion-structure',
    'issue-reporting', 'drm'])


# ---------------------------------------------------------------- 02 県 対策基準, decimal form, role x duty matrix
# considered: issue-reporting, improvement-instructions, promotion-structure, mobile-devices, iot-devices,
# web-encryption
case('02-pref-kijun-matrix.md', '''# 白嶺県情報セキュリティ対策基準

令和３年４月１日　白嶺県情報セキュリティ委員会決定

## 1　総則

### 1.1　目的
本基準は、白嶺県情報セキュリティ基本方針に基づき、県の情報資産を守るための具体的な対策を定める。

### 1.2　適用範囲
本基準は、知事部局、行政委員会、議会事務局及び企業局に適用する。

### 1.3　用語
(1) 職員等　県の機関に勤務する職員、会計年度任用職員及び派遣労働者をいう。
(2) 部局　知事部局の部及び行政委員会の事務局をいう。

## 2　組織体制

### 2.1　役割
(1) 最高情報セキュリティ責任者（CISO）は副知事とする。
(2) 統括情報セキュリティ責任者はデジタル推進局長とする。
(3) 各部局の長を情報セキュリティ責任者とする。

### 2.2　役割と事務の分担
次の表において「◎」を付した者は、当該事務を行わなければならない。「○」を付した者は、当該事務に協力する。

| 事務 | CISO | 統括情報セキュリティ責任者 | 情報セキュリティ責任者 |
|---|---|---|---|
| 本基準の改廃の決定 | ◎ | ○ | |
| 日々の運用、自己点検及び研修の実施の中で見付かった課題を最高情報セキュリティ責任者に報告すること | | ○ | ◎ |
| 全庁で取り組むべき改善事項を統括情報セキュリティ責任者に、部局固有の改善事項を当該部局の情報セキュリティ責任者に、それぞれ指示すること | ◎ | | |
| 情報セキュリティ監査の結果を受領すること | ◎ | | |
| 職員等への研修の実施 | | ◎ | ○ |

### 2.3　推進体制
全庁の対策を推し進める専任の部門の設置については、2.2の分担で当面運用できることから見合わせ、次期の基準改定時に改めて検討する。

## 3　情報資産の管理

### 3.1　分類
情報資産は、機密性、完全性及び可用性に応じて分類し、分類に従って取り扱う。

### 3.2　持出し
(1) 職員等は、モバイル端末を庁舎の外に持ち出してはならず、庁外のネットワークに接続してはならない。
(2) 記録媒体を庁舎外に持ち出すときは、情報セキュリティ責任者の許可を得る。

## 4　物理的セキュリティ
(1) サーバ室は施錠し、入室者を記録する。
(2) 停電に備え、無停電電源装置を設ける。

## 5　技術的セキュリティ

### 5.1　アクセス制御
(1) 利用者ＩＤは個人ごとに付与し、共用してはならない。
(2) 異動又は退職した職員等の利用者ＩＤは、速やかに削除する。

### 5.2　特定の業務に用いる機器
ネットワークに接続して特定の業務に用いる機器（テレビ会議装置、IP電話機、ネットワークカメラ、空調・照明の制御装置等）も本基準の対象とし、情報システムセキュリティ責任者は、出荷時のパスワードの変更、ファームウェアの更新及び他の系統からのネットワークの分離を行わなければならない。

### 5.3　ウェブサイト
県のウェブサイトのうち、申請フォーム及び個人情報を入力させるページに限り、通信をTLSにより暗号化する。

### 5.4　ログ
情報システムのアクセスログは、１年間保存する。

## 6　運用

### 6.1　インシデント対応
職員等は、インシデントを認知したときは、直ちに所属長及びデジタル推進局に報告する。

### 6.2　研修
全ての職員等は、毎年度一回、情報セキュリティ研修を受講しなければならない。

### 6.3　外部委託
委託先には、本基準と同等の対策の実施を契約で義務付ける。

## 7　評価及び見直し
本基準は、監査の結果及び情勢の変化を踏まえ、毎年度見直す。
''', {
    'issue-reporting': ('covered', ['table', 'paraphrase'], '日々の運用、自己点検及び研修の実施の中で見付かった課題を最高情報セキュリティ責任者に報告すること',
                        'role x duty matrix: the department ISO (◎, bound by the lead sentence) reports issues from operation, self-inspection and training to the CISO'),
    'improvement-instructions': ('covered', ['table', 'paraphrase'], '全庁で取り組むべき改善事項を統括情報セキュリティ責任者に、部局固有の改善事項を当該部局の情報セキュリティ責任者に、それぞれ指示すること',
                                 'matrix row: the CISO (◎) instructs organisation-wide and department-specific improvements to the right persons'),
    'promotion-structure': ('missing', ['deferral', 'wrapped'], '全庁の対策を推し進める専任の部門の設置については、2.2の分担で当面運用できることから見合わせ',
                            'the driving unit deferred (見合わせ, 次期改定時に検討)'),
    'mobile-devices': ('outdated', ['old-form', 'list'], 'モバイル端末を庁舎の外に持ち出してはならず、庁外のネットワークに接続してはならない',
                       'blanket ban on taking mobile terminals out or connecting outside: the pre-revision form'),
    'iot-devices': ('covered', ['paraphrase'], 'ネットワークに接続して特定の業務に用いる機器（テレビ会議装置、IP電話機、ネットワークカメラ、空調・照明の制御装置等）も本基準の対象とし',
                    'special-purpose networked devices in scope with default password change, firmware update, separation'),
    'web-encryption': ('outdated', ['old-form', 'scope'], '申請フォーム及び個人情報を入力させるページに限り、通信をTLSにより暗号化する',
                       'HTTPS only on form and personal-data pages'),
}, ['issue-reporting', 'improvement-instructions', 'promotion-structure', 'mobile-devices', 'iot-devices',
    'web-encryption'])

# ---------------------------------------------------------------- 03 agency standard (English)
# considered: unknown-malware, it-asset-management, drm, email-encryption, domain-names, improvement-instructions,
# promotion-structure, mobile-devices
case('03-agency-standard-en.md', '''# Japan Fisheries Data Agency — Information Security Measures Standard

Adopted 1 October 2019; last amended 1 April 2023.

## 1. Purpose and scope

1.1 This Standard sets out the measures that all officers and contractors of the Japan Fisheries Data Agency
(the "Agency") shall take to protect the Agency's information and information systems.

1.2 This Standard applies to every department of the Agency and to all systems the Agency owns or operates.

## 2. Definitions

2.1 "Staff" means officers, fixed-term employees and dispatched workers of the Agency.

2.2 "Confidential information" means information classified at confidentiality level 2 or above.

## 3. Organisation

3.1 The Chief Information Security Officer (CISO) is the Executive Director appointed by the President.

3.2 The Information Security Office is the unit that drives the Agency's security measures forward. Its roles are:
(a) planning and coordinating the yearly security programme;
(b) supporting departments in carrying out the measures;
(c) tracking the progress of the measures and reporting it to the CISO.

3.3 The CISO shall direct each audited department to correct the findings of the security audit and shall confirm the correction.

## 4. Handling of information

4.1 Staff shall label information with its classification when it is created or received.

4.2 Confidential information shall not be stored on personal cloud storage.

4.3 Printed confidential information shall be shredded when no longer needed.

## 5. Physical security

5.1 Server rooms shall be locked and entries shall be recorded.

5.2 Visitors shall be escorted at all times in work areas.

## 6. Endpoints and servers

6.1 At the Internet gateway, the Agency shall run a sandbox that detonates incoming files to catch previously unseen malicious code before it reaches the internal network.

6.2 An inventory tool shall gather, without any action by staff, the name and version of every program installed on each workstation and server, so that machines running vulnerable software can be found within hours of a vulnerability being disclosed.

6.3 Agency-issued laptops, tablets and smartphones may be connected for work to networks inside or outside the Agency, provided that the device storage is encrypted, sign-in requires multi-factor authentication, the device is enrolled in device management and it can be wiped remotely.

6.4 Passwords shall be at least 12 characters long and shall not be reused for other services.

## 7. Mail and web

7.1 The Agency's mail servers shall encrypt the connection whenever they exchange mail with other mail servers, and outgoing mail shall be published with SPF and signed with DKIM so that recipients can confirm it really came from the Agency.

7.2 All Agency websites and e-mail addresses shall use a domain name under go.jp.

## 8. Procurement plan

8.1 Items the Agency would like to consider procuring in future years, subject to budget, include:
- a replacement of the telephone system;
- document rights management (DRM) for research data;
- additional storage for backups.

## 9. Training, incidents and audit

9.1 All staff shall complete security training on joining and every year thereafter.

9.2 Staff shall report suspected incidents to the Information Security Office immediately.

9.3 The internal auditor shall audit the Agency's security measures every year and report the results to the CISO.

## 10. Outsourcing

10.1 Contracts with service providers shall require confidentiality, restrict subcontracting and oblige the provider to report incidents.

## 11. Review

11.1 This Standard shall be reviewed every year.
''', {
    'promotion-structure': ('covered', ['english', 'paraphrase', 'list'], 'The Information Security Office is the unit that drives the',
                            'a unit that drives the measures, with its roles defined'),
    'improvement-instructions': ('missing', ['english', 'separate-duty'], '3.3 The CISO shall direct each audited department to correct the findings of the security audit',
                                 'audit follow-up only, not organisation-wide and department-specific improvement instructions'),
    'unknown-malware': ('outdated', ['english', 'old-form'], '6.1 At the Internet gateway, the Agency shall run a sandbox that detonates incoming files',
                        'unknown malware handled only at the boundary'),
    'it-asset-management': ('covered', ['english', 'paraphrase'], '6.2 An inventory tool shall gather, without any action by staff, the name and version of every program installed on each workstation and server',
                            'automatic collection of software names and versions on terminals and servers, for fast vulnerability response'),
    'mobile-devices': ('covered', ['english', 'paraphrase', 'condition'], '6.3 Agency-issued laptops, tablets and smartphones may be connected for work to networks inside or outside the Agency, provided that',
                       'mobile terminals may connect inside and outside with safeguards'),
    'email-encryption': ('covered', ['english', 'paraphrase'], 'mail servers shall encrypt the connection whenever they exchange mail with other mail servers',
                         'server-to-server transport encryption plus sender authentication'),
    'domain-names': ('covered', ['english'], '7.2 All Agency websites and e-mail addresses shall use a domain name under go.jp.',
                     'go.jp for websites and mail (not a higher-education body)'),
    'drm': ('missing', ['english', 'list', 'separate-duty'], '- document rights management (DRM) for research data;',
            'DRM only in a procurement wish-list, subject to budget'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'email-encryption', 'domain-names', 'improvement-instructions',
    'promotion-structure', 'mobile-devices'])


# ---------------------------------------------------------------- 04 国立大学法人 規程
# considered: domain-names, web-encryption, email-encryption, mobile-devices, unknown-malware, iot-devices,
# issue-reporting, promotion-structure
case('04-univ-kitei.md', '''# 国立大学法人東雲大学情報セキュリティ対策規程

令和２年２月20日制定

## 第１章　総則

### 第１条（目的）
この規程は、国立大学法人東雲大学（以下「本学」という。）の情報資産を適切に保護するために必要な事項を定める。

### 第２条（適用範囲）
この規程は、本学の役員、教職員、学生及び本学の情報システムを利用する全ての者に適用する。

### 第３条（定義）
この規程において「構成員」とは、前条に掲げる者をいう。

## 第２章　体制

### 第４条（最高情報セキュリティ責任者）
本学に最高情報セキュリティ責任者を置き、学長が指名する理事をもって充てる。

### 第５条（情報基盤センター）
情報基盤センターは、本学の情報セキュリティ対策を推し進める部門としての役割を担うよう努めるものとする。

### 第６条（監査）
監査責任者は、毎年度監査を行い、その結果を最高情報セキュリティ責任者に報告する。

## 第３章　利用者の遵守事項

### 第７条（パスワード）
構成員は、パスワードを他人に知らせてはならず、推測されにくいものを設定しなければならない。

### 第８条（電子メール）
構成員は、学外に要機密情報を電子メールで送るときは、添付ファイルをパスワード付きの圧縮ファイルとし、パスワードを別のメールで通知しなければならない。

### 第９条（携帯して使う端末）
本学が貸与するノートパソコン、タブレット及びスマートフォンは、端末内の記録の暗号化、画面ロック、紛失時に遠隔で中身を消去できる管理機能の設定を行ったうえで、学内外のいずれのネットワークに接続しても業務に使用することができる。

### 第10条（持込み端末）
私物の端末を本学の業務用ネットワークに接続する場合は、情報基盤センターに登録しなければならない。

## 第４章　情報システムの管理

### 第11条（ドメイン名）
本学のウェブサイト及び電子メールアドレスには、高等教育機関向けのドメイン名（ac.jp）を用いなければならない。

### 第12条（ウェブサイト）
本学が公開する全てのウェブサイトは、全ページを常時暗号化することが望ましい。

### 第13条（不正プログラム対策）
全ての端末には、ウイルス対策ソフトウェアを導入し、定義ファイルを自動で更新する。
２　プログラムの振る舞いを監視して実行を阻止する製品の導入は、費用対効果を見極めたうえで将来の課題とする。

### 第14条（物理的対策）
建物の出入口及びサーバ室の前室には防犯カメラを設置し、録画を30日間保存する。
２　サーバ室の入室は、ICカードにより認証する。

## 第５章　教育及び事故対応

### 第15条（教育）
新たに構成員となった者は、情報セキュリティに関する講習を受講しなければならない。

### 第16条（事故対応）
構成員は、情報漏えいその他の事故を知ったときは、直ちに情報基盤センターに通報しなければならない。
２　情報基盤センターは、通報を受けたときは、被害の拡大を防ぐ措置を講じる。

### 第17条（外部委託）
情報システムの運用を外部に委託するときは、委託先の管理体制を事前に確認する。

### 第18条（雑則）
この規程に定めるもののほか、必要な事項は最高情報セキュリティ責任者が別に定める。

附　則
この規程は、令和２年４月１日から施行する。
''', {
    'promotion-structure': ('outdated', ['article', 'modality', 'paraphrase'], '本学の情報セキュリティ対策を推し進める部門としての役割を担うよう努めるものとする',
                            'the driving unit worded as effort (努める)'),
    'issue-reporting': ('missing', ['article', 'separate-duty'], '監査責任者は、毎年度監査を行い、その結果を最高情報セキュリティ責任者に報告する',
                        'audit-result report only'),
    'email-encryption': ('outdated', ['article', 'old-form'], '添付ファイルをパスワード付きの圧縮ファイルとし、パスワードを別のメールで通知しなければならない',
                         'staff encrypting attachments (PPAP), no transport encryption'),
    'mobile-devices': ('covered', ['article', 'paraphrase', 'condition'], '学内外のいずれのネットワークに接続しても業務に使用することができる',
                       'mobile terminals may connect on or off campus with encryption, lock and remote wipe'),
    'domain-names': ('covered', ['article'], '高等教育機関向けのドメイン名（ac.jp）を用いなければならない',
                     'a higher-education 法人 using ac.jp'),
    'web-encryption': ('outdated', ['article', 'modality'], '全ページを常時暗号化することが望ましい',
                       'HTTPS everywhere only as a wish (望ましい)'),
    'unknown-malware': ('missing', ['article', 'deferral', 'paraphrase'], '費用対効果を見極めたうえで将来の課題とする',
                        'behaviour-based blocking deferred; pattern-file antivirus only'),
    'iot-devices': ('missing', ['article', 'separate-duty'], '建物の出入口及びサーバ室の前室には防犯カメラを設置し',
                    'a camera used for physical security, not IoT devices as objects of protection'),
}, ['domain-names', 'web-encryption', 'email-encryption', 'mobile-devices', 'unknown-malware', 'iot-devices',
    'issue-reporting', 'promotion-structure'])

# ---------------------------------------------------------------- 05 hospital trust (English)
# considered: unknown-malware, iot-devices, web-encryption, issue-reporting, improvement-instructions, drm,
# mobile-devices
case('05-hospital-policy-en.md', '''# Kitamura Municipal Hospital Trust — Information Security Policy

Version 3.0, approved by the Board on 25 March 2022.

## 1. Purpose

1.1 This Policy protects patient and corporate information held by the Trust and the systems that process it.

## 2. Scope

2.1 This Policy applies to all hospitals and clinics of the Trust, and to all staff, contractors and volunteers.

## 3. Roles

3.1 The Chief Information Security Officer (CISO) is the Deputy Director-General.

3.2 Each clinical or administrative department has an Information Security Manager.

3.3 The CISO shall give improvement instructions in two streams: improvements that concern the whole Trust to the Deputy CISO, and improvements peculiar to a single department to that department's Information Security Manager.

3.4 Information Security Managers may report to the CISO problems they notice while running the measures, carrying out self-inspection or delivering training.

## 4. Information handling

4.1 Patient records shall be accessed only by staff involved in the patient's care.

4.2 Confidential files shall be protected by rights management that binds each file to the people allowed to read it, so that the content cannot be opened by anyone else even after the file is copied outside the Trust or into a cloud service.

4.3 Paper records shall be stored in locked cabinets.

## 5. Physical security

5.1 Data centre doors shall be opened only with authorised ID cards.

5.2 Equipment leaving the premises shall be signed out.

## 6. Systems

6.1 Every PC and server shall run an agent that watches what programs do and stops a program before it can run when its behaviour looks malicious, including malicious code for which no signature yet exists.

6.2 Networked medical devices, building-control equipment and other special-purpose devices should, where practicable, have their factory passwords changed and their firmware kept up to date.

6.3 The Trust's main website shall be served only over HTTPS; this requirement does not apply to the patient-information microsite and the recruitment site, which remain on HTTP.

6.4 Personally owned phones and computers shall not be used to process patient information.

6.5 User accounts shall be removed within five working days of a staff member leaving.

## 7. Training

7.1 All staff shall complete information governance training every year.

7.2 New starters shall complete the training before receiving system access.

## 8. Incidents

8.1 Staff shall report suspected incidents to the IT Service Desk at once.

8.2 Serious incidents shall be reported to the CISO and the Board.

## 9. Suppliers

9.1 Suppliers with access to patient information shall sign a data processing agreement.

9.2 Remote maintenance by suppliers shall be permitted only through the Trust's controlled gateway.

## 10. Audit and review

10.1 The internal audit team shall audit compliance with this Policy every year.

10.2 This Policy shall be reviewed every two years or after a major incident.
''', {
    'improvement-instructions': ('covered', ['english', 'paraphrase'], 'improvements that concern the whole Trust to the Deputy CISO, and improvements peculiar to a single department',
                                 'CISO instructs trust-wide and department-specific improvements to the right persons'),
    'issue-reporting': ('outdated', ['english', 'modality'], '3.4 Information Security Managers may report to the CISO problems they notice while running the measures',
                        'issue reporting worded as permission (may)'),
    'drm': ('covered', ['english', 'paraphrase'], '4.2 Confidential files shall be protected by rights management that binds each file to the people allowed to read it',
            'rights management: unreadable to others even after leaving the Trust or in the cloud'),
    'unknown-malware': ('covered', ['english', 'paraphrase'], '6.1 Every PC and server shall run an agent that watches what programs do and stops a program before it can run',
                        'terminals and servers, behaviour-based, blocks execution, unknown code'),
    'iot-devices': ('outdated', ['english', 'modality'], 'should, where practicable, have their factory passwords changed',
                    'IoT safety measures worded as should / where practicable'),
    'web-encryption': ('outdated', ['english', 'scope', 'exclusion'], 'this requirement does not apply to the patient-information microsite and the recruitment site',
                       'HTTPS on the main site only; some sites excluded after a semicolon'),
    'mobile-devices': ('missing', ['english', 'separate-duty'], '6.4 Personally owned phones and computers shall not be used to process patient information.',
                       'a ban on private devices only'),
}, ['unknown-malware', 'iot-devices', 'web-encryption', 'issue-reporting', 'improvement-instructions', 'drm',
    'mobile-devices'])


# ---------------------------------------------------------------- 06 市 対策基準 with a compliance table
# considered: web-encryption, drm, it-asset-management, email-encryption, promotion-structure,
# improvement-instructions
case('06-city-kijun-table.md', '''# 南沢市情報セキュリティ対策基準

令和４年３月25日決定

## 第１　総則

１　この基準は、南沢市情報セキュリティ基本方針に基づき、市の情報資産を守るための対策を定める。
２　この基準は、市長部局、教育委員会事務局、上下水道局及び議会事務局に適用する。
３　この基準で「職員等」とは、市の機関に勤務する職員、会計年度任用職員及び派遣労働者をいう。

## 第２　組織

１　最高情報セキュリティ責任者（以下「CISO」という。）は、副市長をもって充てる。
２　デジタル推進課を、市の情報セキュリティ対策を推し進める部門と位置付け、その所掌を次のとおりとする。
　(1) 年度ごとの対策計画の立案及び進捗の管理
　(2) 各課が行う対策の支援及び調整
　(3) 対策の実施状況のCISOへの報告
３　CISOは、全庁に共通する改善事項及び特定の課に固有の改善事項について、それぞれの担当者に改善を指示するよう努める。
４　各課の長を情報セキュリティ管理者とする。

## 第３　情報資産の取扱い

１　職員等は、情報資産を機密性に応じて分類し、分類に応じて取り扱わなければならない。
２　機密性の高い文書は、施錠できる書庫に保管する。
３　記録媒体を廃棄するときは、物理的に破壊する。

## 第４　物理的対策

１　サーバ室は施錠し、入退室を記録する。
２　来庁者の執務室への立入りは、職員等が同行する場合に限る。

## 第５　技術的対策の適用一覧

次の表の「適用」欄が「適用する」の対策は、各情報システムの管理者が実施しなければならない。「適用しない」の対策は、実施を要しない。

| 番号 | 対策の内容 | 適用 |
|---|---|---|
| 5-1 | 利用者ＩＤを個人ごとに付与し、パスワードは12文字以上とする | 適用する |
| 5-2 | 市が運営する全てのウェブサイトを、どのページも暗号化した通信でのみ閲覧できるようにする | 適用する |
| 5-3 | 重要な文書ファイルに閲覧権限を埋め込み、庁外に流出しても権限のない者が開けないようにする | 適用しない（将来の課題） |
| 5-4 | サーバ装置に限り、導入されているソフトウェアの名称と版数をツールで自動的に集める | 適用する |
| 5-5 | メールサーバ同士の通信を暗号化し、あわせて送信元が市であることを受信者が確かめられるようにする | 適用しない |
| 5-6 | アクセスログを１年間保存する | 適用する |

## 第６　運用

１　職員等は、毎年度一回、情報セキュリティ研修を受講しなければならない。
２　職員等は、情報セキュリティ事故を知ったときは、直ちにデジタル推進課に報告する。
３　デジタル推進課は、事故の原因を調査し、再発防止策をCISOに報告する。

## 第７　外部委託

１　業務を委託する場合は、契約に秘密保持及び事故報告の義務を定める。
２　委託先の対策の実施状況を、年一回以上確認する。

## 第８　監査及び点検

１　各課は、毎年度、自己点検を行う。
２　監査は、外部の専門家に委託して実施し、結果をCISOに報告する。

## 第９　見直し

この基準は、監査の結果等を踏まえて必要に応じて見直す。

附　則
この基準は、令和４年４月１日から施行する。
''', {
    'promotion-structure': ('covered', ['paraphrase', 'list'], 'デジタル推進課を、市の情報セキュリティ対策を推し進める部門と位置付け',
                            'a unit that drives the measures, with its roles listed'),
    'improvement-instructions': ('outdated', ['modality', 'paraphrase'], 'それぞれの担当者に改善を指示するよう努める',
                                 'improvement instructions worded as effort (努める)'),
    'web-encryption': ('covered', ['table', 'paraphrase'], '市が運営する全てのウェブサイトを、どのページも暗号化した通信でのみ閲覧できるようにする | 適用する',
                       'compliance table row applied: every site, every page encrypted'),
    'drm': ('missing', ['table', 'deferral'], '適用しない（将来の課題）',
            'rights-management row not applied (future issue)'),
    'it-asset-management': ('missing', ['table', 'scope'], 'サーバ装置に限り、導入されているソフトウェアの名称と版数をツールで自動的に集める',
                            'automatic collection limited to servers: a subset of a recommended item'),
    'email-encryption': ('missing', ['table', 'exclusion'], 'メールサーバ同士の通信を暗号化し、あわせて送信元が市であることを受信者が確かめられるようにする | 適用しない',
                         'mail transport encryption row not applied'),
}, ['web-encryption', 'drm', 'it-asset-management', 'email-encryption', 'promotion-structure',
    'improvement-instructions'])


# ---------------------------------------------------------------- 07 university (English)
# considered: domain-names, web-encryption, unknown-malware, it-asset-management, promotion-structure,
# email-encryption, iot-devices
case('07-univ-standard-en.md', '''# Hoshimi University of Technology — Information Security Standard

Approved by the Board of Directors, 1 April 2021.

## 1. Purpose

1.1 This Standard sets out how the University protects its information and the systems that hold it.

## 2. Scope

2.1 This Standard applies to faculty, staff, students and guests who use University systems.

## 3. Governance

3.1 The Chief Information Security Officer (CISO) is a Vice-President appointed by the President.

3.2 The Information Security Committee deliberates on revisions of this Standard and on major incidents and gives its opinion to the CISO; it does not itself carry out or coordinate any measures.

3.3 Each faculty appoints an Information Security Manager.

## 4. Accounts and passwords

4.1 Each user receives a personal account; accounts shall not be shared.

4.2 Passwords shall be at least 12 characters and shall be changed after any suspected compromise.

## 5. Web and mail

5.1 Every website the University operates shall be reachable only over encrypted connections, on every page; plain HTTP requests shall be redirected to HTTPS.

5.2 University websites should, where practicable, use a domain name under ac.jp.

5.3 The University shall publish SPF records for its mail domains.

## 6. Malware and software

6.1 All PCs shall run anti-virus software with automatically updated signatures.

6.2 Servers shall additionally run behaviour-based protection that blocks programs acting maliciously before they execute, including unknown malware.

6.3 Each faculty shall survey the software installed on its PCs and servers every year by questionnaire and send the results to the Information Technology Center.

## 7. Networked equipment

7.1 Printers, video-conferencing units, IP cameras, laboratory instruments and building-control devices connected to the campus network are within the scope of this Standard; their owners shall change default passwords before connection, apply firmware updates and place them on a separate network segment.

## 8. Physical security

8.1 Data-centre access is limited to authorised staff and logged.

8.2 Laboratories holding sensitive data shall be locked when unattended.

## 9. Training

9.1 New staff and students shall complete online security training in their first month.

9.2 Information Security Managers shall encourage faculty members to attend yearly refresher sessions.

## 10. Incidents

10.1 Users shall report suspected incidents to the IT Help Desk immediately.

10.2 The Information Technology Center shall contain the incident and report it to the CISO.

## 11. Outsourcing and cloud

11.1 Cloud services that hold confidential data shall be approved by the Information Technology Center.

11.2 Contracts shall oblige providers to report incidents and to delete data at the end of the contract.

## 12. Audit and review

12.1 The Office of Internal Audit shall audit this Standard every two years.

12.2 The CISO shall review this Standard every year.
''', {
    'promotion-structure': ('missing', ['english', 'separate-duty', 'negation'], 'it does not itself carry out or coordinate any measures',
                            'a committee that only deliberates'),
    'web-encryption': ('covered', ['english', 'paraphrase'], '5.1 Every website the University operates shall be reachable only over encrypted connections, on every page',
                       'all sites, every page, encrypted only'),
    'domain-names': ('outdated', ['english', 'modality'], '5.2 University websites should, where practicable, use a domain name under ac.jp.',
                     'domain rule worded as should / where practicable'),
    'email-encryption': ('missing', ['english', 'separate-duty'], '5.3 The University shall publish SPF records for its mail domains.',
                         'SPF only, no transport encryption'),
    'unknown-malware': ('missing', ['english', 'scope'], '6.2 Servers shall additionally run behaviour-based protection',
                        'behaviour-based blocking on servers only: a subset of a recommended item'),
    'it-asset-management': ('outdated', ['english', 'old-form'], 'survey the software installed on its PCs and servers every year by questionnaire',
                            'manual yearly questionnaire: the pre-revision form'),
    'iot-devices': ('covered', ['english', 'paraphrase'], 'connected to the campus network are within the scope of this Standard; their owners shall change default passwords',
                    'special-purpose networked devices in scope with safety measures'),
}, ['domain-names', 'web-encryption', 'unknown-malware', 'it-asset-management', 'promotion-structure',
    'email-encryption', 'iot-devices'])

# ---------------------------------------------------------------- 08 広域連合 対策基準
# considered: email-encryption, mobile-devices, drm, issue-reporting, improvement-instructions, iot-devices,
# it-asset-management
case('08-kouiki-kijun.md', '''# 東谷地域広域連合情報セキュリティ対策基準

令和２年７月１日告示

## 第１条（趣旨）
この基準は、東谷地域広域連合情報セキュリティ基本方針に基づき、対策の基準を定める。

## 第２条（適用範囲）
この基準は、事務局及び連合が設置する施設に適用する。
２　次に掲げる機器には、この基準を適用しない。
　(1) 複合機
　(2) ネットワークカメラ、IP電話機その他の特定の用途に用いる機器
　(3) 施設の空調及び照明の制御装置

## 第３条（定義）
この基準において「職員等」とは、連合の職員及び構成市町村からの派遣職員をいう。

## 第４条（体制）
最高情報セキュリティ責任者は、事務局長をもって充てる。
２　各課長は、業務の運営、自己点検及び研修の実施を通じて把握した課題を、その都度最高情報セキュリティ責任者に報告しなければならない。
３　改善の指示の在り方については、構成市町村の状況を見極めたうえで、今後検討する。

## 第５条（情報資産の管理）
情報資産は、重要度に応じて分類し、管理者を定める。
２　端末その他の機器は、納入時に機器管理台帳に登録し、製造番号及び設置場所を記録する。

## 第６条（パスワード）
パスワードは、英大文字、英小文字、数字及び記号を組み合わせた10文字以上とする。

## 第７条（電子メール）
メールサーバ間の通信は、可能な限り暗号化し、送信元を確認できるようにする。
２　職員等は、電子メールの送信前に宛先を確認しなければならない。

## 第８条（持ち運んで使う端末）
持ち運んで使う情報端末は、記録領域の暗号化、利用者の認証、遠隔からの消去及び集中管理の設定を講じた場合に限り、庁舎の内外を問わずネットワークにつないで業務に使用することができる。

## 第９条（調達）
次期システム更新で導入を希望する機能は、次のとおりとする。ただし、予算の範囲内で選定する。
　(1) 文書ファイルの閲覧・印刷を制限するデジタル著作権管理
　(2) 無線LANの増設

## 第10条（物理的対策）
サーバを設置する室は施錠し、鍵は総務課長が管理する。

## 第11条（教育）
職員等は、年一回以上、情報セキュリティ研修を受講する。

## 第12条（事故対応）
職員等は、事故を知ったときは、直ちに総務課長に報告する。
２　総務課長は、事故の内容を最高情報セキュリティ責任者に報告する。

## 第13条（外部委託）
委託先との契約には、秘密保持、再委託の制限及び事故時の報告を定める。

## 第14条（監査）
監査は、構成市町村の監査担当者の協力を得て、毎年度行う。

## 第15条（見直し）
この基準は、必要に応じて見直す。

附　則
この基準は、令和２年７月１日から施行する。
''', {
    'iot-devices': ('missing', ['exclusion', 'list'], 'ネットワークカメラ、IP電話機その他の特定の用途に用いる機器',
                    'special-purpose devices excluded by an enumerated list (この基準を適用しない)'),
    'issue-reporting': ('covered', ['article', 'paraphrase'], '業務の運営、自己点検及び研修の実施を通じて把握した課題を、その都度最高情報セキュリティ責任者に報告しなければならない',
                        'issues from operation, self-inspection and training reported to the CISO'),
    'improvement-instructions': ('missing', ['article', 'deferral'], '改善の指示の在り方については、構成市町村の状況を見極めたうえで、今後検討する',
                                 'improvement instructions deferred'),
    'it-asset-management': ('missing', ['article', 'separate-duty'], '納入時に機器管理台帳に登録し、製造番号及び設置場所を記録する',
                            'hardware register only'),
    'email-encryption': ('outdated', ['article', 'modality'], 'メールサーバ間の通信は、可能な限り暗号化し、送信元を確認できるようにする',
                         'mail encryption worded as 可能な限り'),
    'mobile-devices': ('covered', ['article', 'paraphrase', 'condition'], '庁舎の内外を問わずネットワークにつないで業務に使用することができる',
                       'portable terminals may connect inside and outside with safeguards'),
    'drm': ('missing', ['list', 'separate-duty'], '文書ファイルの閲覧・印刷を制限するデジタル著作権管理',
            'DRM only in a procurement wish-list'),
}, ['email-encryption', 'mobile-devices', 'drm', 'issue-reporting', 'improvement-instructions', 'iot-devices',
    'it-asset-management'])


# ---------------------------------------------------------------- 09 city council (English)
# considered: issue-reporting, promotion-structure, web-encryption, email-encryption, unknown-malware,
# mobile-devices
case('09-city-council-en.md', '''# Aozora City Council — Information Security Standard

Effective 1 April 2020.

## 1. Purpose

1.1 This Standard sets out the security measures that all Council employees shall follow.

## 2. Scope

2.1 This Standard applies to all departments of the Council, including the Fire Department and the Waterworks Bureau.

## 3. Definitions

3.1 "Employees" means regular and fixed-term employees and dispatched workers.

## 4. Organisation

4.1 The Chief Information Security Officer (CISO) is the Deputy Mayor.

4.2 Each Director is the Information Security Manager for his or her department.

4.3 Each Information Security Manager shall bring to the CISO, without delay, every difficulty that surfaces while the department runs its security measures, checks its own compliance or trains its employees.

4.4 The Council should set up a unit that pushes the security measures forward across departments and define its tasks.

## 5. Information assets

5.1 Information shall be classified by confidentiality and handled according to its class.

5.2 Confidential paper documents shall be stored in locked cabinets and shredded on disposal.

## 6. Physical security

6.1 Server rooms shall be locked; keys shall be kept by the Information Policy Division.

6.2 Visitors shall wear a badge and be escorted.

## 7. Technical measures

7.1 All PCs and servers shall run anti-virus software whose signature files are updated automatically.

7.2 Council websites should, where practicable, be served over HTTPS on every page.

7.3 Council mail servers shall use TLS for every exchange with other mail servers and shall sign outgoing mail with DKIM and publish SPF, so that recipients can verify that mail claiming to be from the Council is genuine.

7.4 Laptops, tablets and smartphones shall not be taken out of Council buildings and shall not be connected to any network outside the Council.

7.5 User accounts shall be personal; shared accounts are prohibited.

## 8. Training

8.1 All employees shall complete security training every year.

8.2 Managers shall keep a record of attendance.

## 9. Incidents

9.1 Employees shall report suspected incidents to the Information Policy Division immediately.

9.2 The Information Policy Division shall coordinate the response and inform the CISO.

## 10. Outsourcing

10.1 Contracts shall require contractors to protect Council information to the level of this Standard.

## 11. Audit

11.1 The Audit Office shall audit compliance every year and report the results to the CISO.

## 12. Review

12.1 This Standard shall be reviewed every year.
''', {
    'issue-reporting': ('covered', ['english', 'paraphrase'], 'shall bring to the CISO, without delay, every difficulty that surfaces while the department runs its security measures',
                        'difficulties from operation, self-inspection and training brought to the CISO'),
    'promotion-structure': ('outdated', ['english', 'modality', 'paraphrase'], '4.4 The Council should set up a unit that pushes the security measures forward',
                            'promotion structure worded as should'),
    'unknown-malware': ('missing', ['english', 'separate-duty'], '7.1 All PCs and servers shall run anti-virus software whose signature files are updated automatically.',
                        'pattern-file antivirus alone'),
    'web-encryption': ('outdated', ['english', 'modality'], '7.2 Council websites should, where practicable, be served over HTTPS on every page.',
                       'HTTPS everywhere as should / where practicable'),
    'email-encryption': ('covered', ['english', 'paraphrase'], '7.3 Council mail servers shall use TLS for every exchange with other mail servers',
                         'server-to-server TLS and sender verification'),
    'mobile-devices': ('outdated', ['english', 'old-form'], '7.4 Laptops, tablets and smartphones shall not be taken out of Council buildings',
                       'blanket mobile ban: the pre-revision form'),
}, ['issue-reporting', 'promotion-structure', 'web-encryption', 'email-encryption', 'unknown-malware',
    'mobile-devices'])


# ---------------------------------------------------------------- 10 独立行政法人 対策基準, negation in long sentences
# considered: it-asset-management, drm, domain-names, web-encryption, iot-devices, improvement-instructions,
# promotion-structure
case('10-agency-kijun-negation.md', '''# 独立行政法人地域交通研究機構情報セキュリティ対策基準

令和３年１月15日理事長決定

## 1　総則

1.1　本基準は、独立行政法人地域交通研究機構（以下「機構」という。）の情報セキュリティ基本方針を実施するための対策の基準を定める。

1.2　本基準は、機構の役職員及び機構の情報システムを利用する委託先の要員に適用する。

## 2　組織体制

2.1　最高情報セキュリティ責任者（CISO）は、理事長が指名する理事とする。

2.2　情報セキュリティ対策推進体制は設けず、各部の情報セキュリティ責任者がそれぞれの部の対策を行う。

2.3　CISOは、機構全体にわたる改善事項を統括情報セキュリティ責任者に、特定の部に限られる改善事項を当該部の情報セキュリティ責任者に、それぞれ指示しなければならない。

2.4　情報セキュリティ委員会は、年二回開催する。

## 3　情報の取扱い

3.1　役職員は、情報を格付し、格付に応じた取扱制限を守らなければならない。

3.2　要機密情報を含む文書ファイルには、閲覧できる者をファイル自体に結び付ける保護を施し、機構外に持ち出され、又はクラウド上に置かれた場合であっても、権限のない者が内容を読めないようにしなければならない。

3.3　要機密情報を印刷したときは、速やかに回収する。

## 4　物理的対策

4.1　サーバ室は常時施錠し、入室はICカードで記録する。

## 5　情報システム

5.1　端末及びサーバ装置にインストールされたソフトウェアの名称及び版を自動で集める製品については、脆弱性への対応を早める効果が期待されることは承知しているが、既存の運用手順との整合が取れないため、当面は導入しない。

5.2　パスワードは12文字以上とし、初期パスワードは初回利用時に変更させる。

5.3　機構の全てのウェブサイトは、掲載内容にかかわらず、利用者との通信を暗号化して提供しなければならない。

5.4　機構のウェブサイト及び電子メールに用いるドメイン名は、政府機関であることを示す「go.jp」としなければならない。

5.5　テレビ会議装置、ネットワークカメラ、交通量計測装置等の特定の用途に用いる機器については、初期パスワードの変更及びファームウェアの更新に努める。

## 6　運用

6.1　役職員は、毎年度、情報セキュリティ教育を受講する。

6.2　役職員は、インシデントを知ったときは、直ちに情報システム課に報告する。

6.3　情報システム課は、インシデントの原因を究明し、再発防止策を講じる。

## 7　外部委託

7.1　委託先の選定に当たっては、情報セキュリティ対策の実施能力を確認する。

7.2　委託契約には、秘密保持及び事故報告の義務を定める。

## 8　監査

8.1　監査責任者は、毎年度、監査を実施し、結果をCISOに報告する。

## 9　見直し

9.1　本基準は、毎年度見直す。

附則
本基準は、令和３年４月１日から施行する。
''', {
    'promotion-structure': ('missing', ['negation', 'paraphrase'], '情報セキュリティ対策推進体制は設けず',
                            'promotion structure negated'),
    'improvement-instructions': ('covered', ['paraphrase'], '機構全体にわたる改善事項を統括情報セキュリティ責任者に、特定の部に限られる改善事項を当該部の情報セキュリティ責任者に、それぞれ指示しなければならない',
                                 'organisation-wide and department-specific improvement instructions'),
    'drm': ('covered', ['paraphrase'], '閲覧できる者をファイル自体に結び付ける保護を施し、機構外に持ち出され、又はクラウド上に置かれた場合であっても',
            'rights management bound to the file; unreadable after leak, on premises or cloud'),
    'it-asset-management': ('missing', ['negation', 'wrapped', 'paraphrase'], '既存の運用手順との整合が取れないため、当面は導入しない',
                            'automatic software collection negated at the end of a long sentence'),
    'web-encryption': ('covered', ['paraphrase'], '機構の全てのウェブサイトは、掲載内容にかかわらず、利用者との通信を暗号化して提供しなければならない',
                       'all sites encrypted regardless of content'),
    'domain-names': ('covered', ['paraphrase'], '政府機関であることを示す「go.jp」としなければならない',
                     'go.jp for websites and mail'),
    'iot-devices': ('outdated', ['modality'], '初期パスワードの変更及びファームウェアの更新に努める',
                    'IoT safety measures worded as effort (努める)'),
}, ['it-asset-management', 'drm', 'domain-names', 'web-encryption', 'iot-devices', 'improvement-instructions',
    'promotion-structure'])

# ---------------------------------------------------------------- 11 教育委員会 対策基準
# considered: unknown-malware, mobile-devices, email-encryption, web-encryption, issue-reporting,
# promotion-structure, iot-devices
case('11-boe-kijun.md', '''# 西浜市教育委員会情報セキュリティ対策基準

令和３年９月１日教育長決定

## 第１　目的
この基準は、西浜市教育委員会及び市立学校の情報資産を守るための対策を定める。

## 第２　適用範囲
この基準は、教育委員会事務局及び市立の小学校、中学校及び特別支援学校に適用する。

## 第３　定義
「教職員等」とは、事務局職員、校長、教員及び学校事務職員をいう。

## 第４　体制
１　最高情報セキュリティ責任者は、教育長とする。
２　学校教育課情報教育係を、教育委員会全体の情報セキュリティ対策を推し進める担当部門とし、対策計画の立案、学校への支援及び実施状況の把握を行わせる。
３　各校長は、学校における運用、自己点検及び研修の中で生じた課題を、最高情報セキュリティ責任者に報告することが望ましい。
４　各校長を学校の情報セキュリティ責任者とする。

## 第５　情報の取扱い
１　成績、指導要録その他の個人情報は、校務用サーバにのみ保存する。
２　個人情報を含む書類は、施錠できる保管庫に保管する。

## 第６　物理的対策
１　校務用サーバは施錠したラックに設置する。
２　校門及び昇降口には防犯のための監視カメラを設置し、映像は14日間保存する。

## 第７　端末
１　校務用端末及び校務用サーバには、既知のウイルスの検出に加え、見たことのない不正なプログラムをその挙動から判定して実行させない機能を備えなければならない。
２　教職員等に貸与するタブレット端末は、端末の暗号化、パスコードによる認証、紛失時の遠隔消去及び管理サーバへの登録を行った場合には、学校の内外を問わずネットワークに接続して校務に使用することができる。

## 第８　電子メール
１　教職員等は、電子メールを送信する前に宛先及び添付ファイルを確認し、誤送信を防がなければならない。
２　保護者への一斉連絡は、メール配信システムを用い、宛先を他の受信者に知らせない方法による。

## 第９　ウェブサイト
学校ホームページを暗号化された通信で提供することについては、次期のホームページ作成システムの更新時に検討する。

## 第10　パスワード
パスワードは10文字以上とし、他人に教えてはならない。

## 第11　研修
教職員等は、毎年度、情報セキュリティ研修を受講する。

## 第12　事故対応
１　教職員等は、情報漏えい等の事故を知ったときは、直ちに校長に報告する。
２　校長は、事故の内容を学校教育課に報告する。

## 第13　外部委託
校務支援システムの保守を委託する場合は、契約に秘密保持義務を定める。

## 第14　監査
１　監査は、毎年度、教育委員会事務局が行う。
２　監査の結果は、最高情報セキュリティ責任者に報告する。

## 第15　見直し
この基準は、毎年度見直す。

附　則
この基準は、令和３年10月１日から施行する。
''', {
    'promotion-structure': ('covered', ['paraphrase'], '教育委員会全体の情報セキュリティ対策を推し進める担当部門とし',
                            'a unit that drives the measures, with its roles'),
    'issue-reporting': ('outdated', ['modality'], '最高情報セキュリティ責任者に報告することが望ましい',
                        'issue reporting worded as a wish (望ましい)'),
    'iot-devices': ('missing', ['separate-duty'], '校門及び昇降口には防犯のための監視カメラを設置し',
                    'a camera for physical security only'),
    'unknown-malware': ('covered', ['paraphrase'], '見たことのない不正なプログラムをその挙動から判定して実行させない機能を備えなければならない',
                        'terminals and servers: behaviour-based blocking of unknown malware'),
    'mobile-devices': ('covered', ['paraphrase', 'condition'], '学校の内外を問わずネットワークに接続して校務に使用することができる',
                       'tablets may connect inside and outside with safeguards'),
    'email-encryption': ('missing', ['separate-duty'], '宛先及び添付ファイルを確認し、誤送信を防がなければならない',
                         '誤送信防止 only'),
    'web-encryption': ('missing', ['deferral'], '次期のホームページ作成システムの更新時に検討する',
                       'web encryption deferred'),
}, ['unknown-malware', 'mobile-devices', 'email-encryption', 'web-encryption', 'issue-reporting',
    'promotion-structure', 'iot-devices'])


# ---------------------------------------------------------------- 12 research institute (English)
# considered: drm, it-asset-management, unknown-malware, improvement-instructions, domain-names, email-encryption,
# iot-devices
case('12-institute-standard-en.md', '''# National Institute for Coastal Studies — Information Security Standard

Adopted 1 July 2019 by the President.

## 1. Purpose

1.1 This Standard sets the measures the Institute takes to protect research and administrative information.

## 2. Scope

2.1 This Standard applies to all officers, researchers, visiting researchers and contractors of the Institute.

## 3. Roles

3.1 The Chief Information Security Officer (CISO) is the Vice-President for Administration.

3.2 Each division head is the Information Security Manager of the division.

3.3 The CISO may instruct the Deputy CISO on improvements needed across the Institute and each Information Security Manager on improvements needed only in that division.

## 4. Information handling

4.1 Confidential research data shall be stored only on Institute file servers, encrypted at rest with keys held by the Information Systems Division.

4.2 Staff sending confidential files by e-mail shall zip them with a password and send the password in a separate message.

4.3 Printed confidential data shall be collected from printers immediately.

## 5. Physical security

5.1 The server room shall be locked and its access log reviewed monthly.

## 6. Systems

6.1 A management agent on every PC and server shall report the installed software and its version to a central console automatically every day, so that systems exposed to a newly announced vulnerability can be identified at once.

6.2 Every PC and server shall also run protection that judges programs by what they do and prevents a program from executing when its actions look malicious, even if the program has never been seen before.

6.3 Research instruments, network cameras, IP phones and other single-purpose devices attached to the Institute network are subject to this Standard; their factory passwords shall be changed, their firmware shall be kept current and they shall be isolated from the office network.

6.4 All Institute websites and mail addresses shall use a go.jp domain name.

6.5 Passwords shall be at least 12 characters and multi-factor authentication shall be used for remote access.

## 7. Training

7.1 All staff shall complete security training every year.

7.2 Visiting researchers shall receive a briefing before receiving an account.

## 8. Incidents

8.1 Suspected incidents shall be reported to the Information Systems Division at once.

8.2 The Division shall report serious incidents to the CISO and the supervising ministry.

## 9. Outsourcing

9.1 Contractors shall sign a confidentiality agreement before receiving access.

## 10. Audit

10.1 The Audit Office shall audit compliance every year and report the results to the CISO.

## 11. Review

11.1 This Standard shall be reviewed every year.
''', {
    'improvement-instructions': ('outdated', ['english', 'modality'], '3.3 The CISO may instruct the Deputy CISO on improvements needed across the Institute',
                                 'improvement instructions worded as permission (may)'),
    'drm': ('missing', ['english', 'separate-duty'], 'encrypted at rest with keys held by the Information Systems Division',
            'storage encryption only'),
    'email-encryption': ('outdated', ['english', 'old-form'], '4.2 Staff sending confidential files by e-mail shall zip them with a password',
                         'staff encrypting attachments, no transport encryption'),
    'it-asset-management': ('covered', ['english', 'paraphrase'], '6.1 A management agent on every PC and server shall report the installed software and its version to a central console automatically',
                            'automatic software inventory on terminals and servers for vulnerability response'),
    'unknown-malware': ('covered', ['english', 'paraphrase'], '6.2 Every PC and server shall also run protection that judges programs by what they do',
                        'behaviour-based prevention on terminals and servers'),
    'iot-devices': ('covered', ['english', 'paraphrase'], 'other single-purpose devices attached to the Institute network are subject to this Standard',
                    'special-purpose devices in scope with safety measures'),
    'domain-names': ('covered', ['english'], '6.4 All Institute websites and mail addresses shall use a go.jp domain name.',
                     'go.jp rule'),
}, ['drm', 'it-asset-management', 'unknown-malware', 'improvement-instructions', 'domain-names', 'email-encryption',
    'iot-devices'])

write_set(D, C)
