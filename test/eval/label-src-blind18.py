# Source of the blind set test/fixtures/blind18/: eighteen whole policies (12 Japanese, 6 English; 独立行政法人,
# 国立大学法人, 市, 県, 町, 地方独立行政法人の病院, 一部事務組合, 指定法人, 研究開発法人, and English versions of such
# bodies' policies), each 60-150 lines, built so that the BOUNDARIES of each requirement are tested in realistic
# text: every document carries several near-misses beside ordinary duties (passwords, physical security, training,
# incidents, audits, outsourcing, disposal).
# Boundaries exercised: e-mail (server-to-server STARTTLS + SPF/DKIM = covered; SPF/DKIM only, 誤送信防止 only, or
# TLS only between mail clients and the server = missing; staff encrypting attachments / PPAP = outdated); web
# (HTTPS on every site = covered; forms/login only, a site list with named exceptions, "where possible" = outdated);
# mobile (use inside and outside allowed with encryption/MDM/remote wipe = covered; blanket ban = outdated; BYOD ban
# alone = missing); IoT / 特定用途機器 (cameras, TV conference, building control with default-password change,
# firmware, segmentation = covered; 複合機 treated only as printers (print collection, HDD erasure) = missing, a
# physical-security camera = missing, the measures as an effort = outdated); domain names (go.jp firm = covered;
# ac.jp for a university 法人 = covered; lg.jp firmly required of a local government = covered, the same rule of the
# kind the revision asks, adapted to the body; a URL merely mentioned = missing; "as far as possible" = outdated);
# issue reporting vs audit-result reporting; CISO improvement instructions (organisation-wide AND department-
# specific) vs audit follow-up; a promotion unit with roles vs a committee that only deliberates; IT asset-management
# software vs a hardware ledger; unknown malware on terminals AND servers (covered) vs one part (missing: a subset of
# a recommended item) vs the Internet gateway only (outdated); DRM/IRM vs ordinary encryption or access control.
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary,
# labelset.py and label-src-blind14.py for its format; no engine source, catalog, docs, other sets' texts or Kijun
# output were seen, and these labels were written before any run.
# Whole-document convention: the ids a document speaks to (or plainly invites a wrong verdict for) are labelled by
# hand with the clause that decides them; complete() marks every other id missing/absent at the title line. Before
# each case a comment lists the ids considered.
# Status rules (issue 11): covered = a firm clause requires the revised measure in full (paraphrase counts);
# negation/deferral/exclusion/label/heading/definition -> missing; the pre-revision form of the same duty (manual
# software survey, boundary-only unknown malware, blanket mobile ban, HTTPS only on login/form pages or on listed
# sites, staff encrypting attachments) -> outdated; a mandatory duty worded as wish/effort/permission -> outdated; a
# subset of a recommended item (terminals only, servers only) -> missing; a separate duty still in force
# (audit-result report, SPF/sender authentication only, 誤送信防止, client-to-server TLS only, pattern-file
# antivirus, hardware register, storage/media/attachment-password encryption as a DRM substitute, a ban on private
# devices, physical-security cameras, 複合機 print rules) -> missing. A committee that only deliberates is not the
# promotion structure; a CISO instruction to remedy audit findings is not the organisation-wide/department-specific
# improvement instruction. Covered labels of the recommended items rest on a firm clause (none effort-worded).
# Text in code blocks and HTML comments is not policy. No older-edition fingerprints (府省庁, 行政事務従事者,
# 平成28年度版) are used, so outdatedEdition is false throughout.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind18'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered, strict=True)))

# Source of the blind set test/fixtures/blind18/: eighteen whole policies (12 Japanese, 6 English; 独立行政法人,
# 国立大学法人, 市, 県, 町, 地方独立行政法人の病院, 一部事務組合, 指定法人, 研究開発法人, and English versions of such
# bodies' policies), each 60-150 lines, built so that the BOUNDARIES of each requirement are tested in realistic
# text: every document carries several near-misses beside ordinary duties (passwords, physical security, training,
# incidents, audits, outsourcing, disposal).
# Boundaries exercised: e-mail (server-to-server STARTTLS + SPF/DKIM = covered; SPF/DKIM only, 誤送信防止 only, or
# TLS only between mail clients and the server = missing; staff encrypting attachments / PPAP = outdated); web
# (HTTPS on every site = covered; forms/login only, a site list with named exceptions, "where possible" = outdated);
# mobile (use inside and outside allowed with encryption/MDM/remote wipe = covered; blanket ban = outdated; BYOD ban
# alone = missing); IoT / 特定用途機器 (cameras, TV conference, building control with default-password change,
# firmware, segmentation = covered; 複合機 treated only as printers (print collection, HDD erasure) = missing, a
# physical-security camera = missing, the measures as an effort = outdated); domain names (go.jp firm = covered;
# ac.jp for a university 法人 = covered; lg.jp firmly required of a local government = covered, the same rule of the
# kind the revision asks, adapted to the body; a URL merely mentioned = missing; "as far as possible" = outdated);
# issue reporting vs audit-result reporting; CISO improvement instructions (organisation-wide AND department-
# specific) vs audit follow-up; a promotion unit with roles vs a committee that only deliberates; IT asset-management
# software vs a hardware ledger; unknown malware on terminals AND servers (covered) vs one part (missing: a subset of
# a recommended item) vs the Internet gateway only (outdated); DRM/IRM vs ordinary encryption or access control.
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary,
# labelset.py and label-src-blind14.py for its format; no engine source, catalog, docs, other sets' texts or Kijun
# output were seen, and these labels were written before any run.
# Whole-document convention: the ids a document speaks to (or plainly invites a wrong verdict for) are labelled by
# hand with the clause that decides them; complete() marks every other id missing/absent at the title line. Before
# each case a comment lists the ids considered.
# Status rules (issue 11): covered = a firm clause requires the revised measure in full (paraphrase counts);
# negation/deferral/exclusion/label/heading/definition -> missing; the pre-revision form of the same duty (manual
# software survey, boundary-only unknown malware, blanket mobile ban, HTTPS only on login/form pages or on listed
# sites, staff encrypting attachments) -> outdated; a mandatory duty worded as wish/effort/permission -> outdated; a
# subset of a recommended item (terminals only, servers only) -> missing; a separate duty still in force
# (audit-result report, SPF/sender authentication only, 誤送信防止, client-to-server TLS only, pattern-file
# antivirus, hardware register, storage/media/attachment-password encryption as a DRM substitute, a ban on private
# devices, physical-security cameras, 複合機 print rules) -> missing. A committee that only deliberates is not the
# promotion structure; a CISO instruction to remedy audit findings is not the organisation-wide/department-specific
# improvement instruction. Covered labels of the recommended items rest on a firm clause (none effort-worded).
# Text in code blocks and HTML comments is not policy. No older-edition fingerprints (府省庁, 行政事務従事者,
# 平成28年度版) are used, so outdatedEdition is false throughout.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind18'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered, strict=True)))

# ---------------------------------------------------------------- J01 独立行政法人 対策基準, 統一基準-style decimal numbering
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('01-dokuho-taisakukijun.md', '''# 独立行政法人東邦産業振興機構 情報セキュリティ対策基準

制定　平成31年３月29日規程第12号
改正　令和４年３月30日規程第５号

## 第１部　総則

### 1.1　目的
本基準は、独立行政法人東邦産業振興機構（以下「機構」という。）情報セキュリティ基本方針に基づき、
機構の情報及び情報システムの情報セキュリティを確保するために職員等が遵守すべき事項を定める。

### 1.2　適用範囲
本基準は、機構の全ての部署、地方事務所及び海外事務所並びにそこで業務に従事する職員等に適用する。

### 1.3　用語の定義
(1) 「職員等」とは、役員、職員、有期雇用職員及び派遣労働者をいう。
(2) 「要機密情報」とは、格付が機密性２以上の情報をいう。
(3) 「モバイル端末」とは、端末のうち、業務上の必要に応じて移動させて使用することを目的としたものをいう。
(4) 「特定用途機器」とは、テレビ会議システム、IP電話システム、ネットワークカメラシステム、入退館管理システム等の特定の用途に使用される情報システム特有の構成要素であって、通信回線に接続されているものをいう。

## 第２部　組織・体制

### 2.1　最高情報セキュリティ責任者
(1) 理事長は、理事のうち１名を最高情報セキュリティ責任者（以下「CISO」という。）として指名する。
(2) CISOは、機構における情報セキュリティ対策に関する事務を統括する。

### 2.2　情報セキュリティ委員会
(1) CISOは、情報セキュリティ委員会（以下「委員会」という。）を置き、自ら委員長となる。
(2) 委員会は、各部長をもって構成し、対策基準の改定案その他の重要事項について審議し、その結果をCISOに答申する。
(3) 委員会は、年２回以上開催する。

### 2.3　情報セキュリティ責任者
各部の長を情報セキュリティ責任者とし、部内の情報セキュリティ対策を実施させる。

## 第３部　情報の取扱い

### 3.1　格付と取扱制限
(1) 職員等は、情報を作成又は入手したときは、格付及び取扱制限を定め、明示しなければならない。
(2) 要機密情報を含む電子ファイルを保存する場合は、暗号化機能を用いて暗号化しなければならない。
(3) 要機密情報を含む電子ファイルを外部記録媒体で運搬する場合は、パスワードを設定したうえで施錠できる鞄で運搬すること。

### 3.2　区域
執務室は、職員等以外の者の立入りを制限する区域とし、来訪者には入館証を着用させること。

## 第４部　情報システムの構成要素

### 4.1　端末
(1) 情報システムセキュリティ責任者は、端末の調達時に、機器の名称、型番、製造番号及び設置場所を機器管理台帳に登録しなければならない。
(2) 端末には、パターンファイル方式の不正プログラム対策ソフトウェアを導入し、常に最新の状態に保つこと。
(3) 職員等は、端末を離れるときは画面をロックすること。

### 4.2　モバイル端末
(1) 職員等は、次の措置を講じたモバイル端末に限り、機構内外の通信回線に接続して業務に利用することができる。
　ア　記録装置の全体を暗号化すること。
　イ　モバイルデバイス管理（MDM）の対象として登録すること。
　ウ　紛失・盗難時に遠隔から記録されている情報を消去できるよう設定すること。
　エ　多要素の主体認証を設定すること。
(2) 職員等は、モバイル端末を紛失した場合は、直ちに情報システムセキュリティ責任者に報告しなければならない。

### 4.3　特定用途機器
(1) 情報システムセキュリティ責任者は、特定用途機器について、次の対策を講じなければならない。
　ア　導入時に初期設定のパスワードを変更すること。
　イ　ファームウェアを製造者が提供する最新の版に更新すること。
　ウ　業務用の通信回線から論理的に分離したネットワークに接続すること。
(2) 前号の対策は、ネットワークカメラ、テレビ会議システム及び空調等の建物管理システムを含む全ての特定用途機器を対象とする。

### 4.4　不正プログラム対策（境界）
インターネットとの接続点には、未知の不正プログラムを検知するためのサンドボックス機能を有する装置を設置し、
検知した通信を遮断しなければならない。

## 第５部　電子メール・ウェブ

### 5.1　電子メール
(1) 情報システムセキュリティ責任者は、電子メールサーバが他の電子メールサーバとの間で行う通信について、STARTTLSにより暗号化しなければならない。
(2) 情報システムセキュリティ責任者は、送信ドメイン認証技術（SPF及びDKIM）を導入し、機構のドメインを詐称した電子メールを受信者が判別できるようにしなければならない。

### 5.2　ウェブ
(1) 情報システムセキュリティ責任者は、機構が運用する全てのウェブサイトについて、全てのページをHTTPSにより常時暗号化しなければならない。
(2) ウェブサイトに掲載するコンテンツは、広報課長の承認を得ること。

### 5.3　ドメイン名
機構が提供するウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用しなければならない。

## 第６部　情報セキュリティインシデント
(1) 職員等は、情報セキュリティインシデントを認知した場合には、直ちにCSIRTに報告しなければならない。
(2) CSIRTは、被害拡大の防止措置を講じ、CISOに報告しなければならない。

## 第７部　監査・見直し

### 7.1　情報セキュリティ監査
(1) 情報セキュリティ監査責任者は、監査計画に基づき監査を実施し、その結果をCISOに報告しなければならない。
(2) CISOは、監査結果において指摘された事項について、当該部の情報セキュリティ責任者に改善計画の策定及び実施を指示すること。

### 7.2　教育
CISOは、全職員等に対し、年１回以上、情報セキュリティに関する教育を受講させること。

### 7.3　見直し
委員会は、監査結果及び脅威の動向を踏まえて本基準の見直しを審議する。

附　則
本基準は、令和４年４月１日から施行する。
''', {
    'unknown-malware': ('outdated', ['list', 'old-form', 'scope'], 'インターネットとの接続点には、未知の不正プログラムを検知するためのサンドボックス機能を有する装置を設置し、',
                        'unknown malware handled only at the Internet boundary; terminals have pattern-file antivirus only'),
    'it-asset-management': ('missing', ['list', 'separate-duty'], '機器の名称、型番、製造番号及び設置場所を機器管理台帳に登録しなければならない。',
                            'a hardware register at procurement; no automatic collection of software information'),
    'drm': ('missing', ['list', 'separate-duty'], '(2) 要機密情報を含む電子ファイルを保存する場合は、暗号化機能を用いて暗号化しなければならない。',
            'ordinary file encryption, not rights management'),
    'web-encryption': ('covered', ['list'], '機構が運用する全てのウェブサイトについて、全てのページをHTTPSにより常時暗号化しなければならない。',
                       'every site, every page, HTTPS'),
    'email-encryption': ('covered', ['list'], '電子メールサーバが他の電子メールサーバとの間で行う通信について、STARTTLSにより暗号化しなければならない。',
                         'server-to-server STARTTLS beside SPF and DKIM (next item)'),
    'mobile-devices': ('covered', ['list'], '次の措置を講じたモバイル端末に限り、機構内外の通信回線に接続して業務に利用することができる。',
                       'use inside and outside allowed with encryption, MDM, remote wipe and authentication'),
    'domain-names': ('covered', ['list'], '機構が提供するウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp）を使用しなければならない。',
                     'firm go.jp rule for websites and e-mail'),
    'iot-devices': ('covered', ['list'], '(1) 情報システムセキュリティ責任者は、特定用途機器について、次の対策を講じなければならない。',
                    'default password change, firmware, segmentation for cameras, TV conference and building systems'),
    'issue-reporting': ('missing', ['list', 'separate-duty'], '監査計画に基づき監査を実施し、その結果をCISOに報告しなければならない。',
                        'only audit results are reported'),
    'improvement-instructions': ('missing', ['list', 'separate-duty'], 'CISOは、監査結果において指摘された事項について、当該部の情報セキュリティ責任者に改善計画の策定及び実施を指示すること。',
                                 'audit follow-up only'),
    'promotion-structure': ('missing', ['list', 'separate-duty'], '(2) 委員会は、各部長をもって構成し、対策基準の改定案その他の重要事項について審議し、その結果をCISOに答申する。',
                            'a committee that deliberates; no unit driving the measures'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J02 国立大学法人 対策基準, 第N条 form, ac.jp
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('02-univ-taisakukijun.md', '''# 国立大学法人北辰大学情報セキュリティ対策基準

令和元年12月18日制定
令和５年３月22日改正

## 第１章　総則

### 第１条（目的）
この基準は、国立大学法人北辰大学情報セキュリティポリシー基本規則に基づき、本学の情報資産を保護するために
構成員が遵守すべき対策を定めることを目的とする。

### 第２条（定義）
この基準において「構成員」とは、本学の役員、教職員、学生及び本学の情報システムを利用する者をいう。
２　この基準において「部局」とは、各学部、研究科、附属図書館、附属病院及び事務局の各部をいう。

### 第３条（適用範囲）
この基準は、本学が管理する全ての情報システム及びそこで取り扱われる情報に適用する。

## 第２章　組織

### 第４条（最高情報セキュリティ責任者）
本学に最高情報セキュリティ責任者（以下「CISO」という。）を置き、情報担当理事をもって充てる。

### 第５条（情報セキュリティ推進室）
CISOの下に、本学の情報セキュリティ対策を推進する組織として情報セキュリティ推進室（以下「推進室」という。）を置く。
２　推進室は、次の各号に掲げる業務を行う。
(1) 全学の情報セキュリティ対策の企画立案及び実施状況の把握
(2) 部局情報セキュリティ責任者への技術的支援及び連絡調整
(3) 全学教育及び自己点検の実施の取りまとめ
(4) 情報セキュリティインシデントへの対処の支援
３　推進室に室長を置き、情報基盤センター長をもって充てる。

### 第６条（部局情報セキュリティ責任者）
各部局の長を部局情報セキュリティ責任者とし、部局における対策の実施に責任を負わせる。

## 第３章　情報の取扱い

### 第７条（格付）
構成員は、取り扱う情報について、機密性、完全性及び可用性の格付を行い、取扱制限を明示しなければならない。

### 第８条（デジタル著作権管理）
推進室は、デジタル著作権管理（DRM）機能を全学に導入し、機密性３の情報を含む電子ファイルには、閲覧・印刷・複製の権限を利用者ごとに付与する保護を施さなければならない。
２　前項の保護は、ファイルが学外に流出した場合にも、権限のない者が内容を閲覧できないものでなければならない。

## 第４章　情報システム

### 第９条（不正プログラム対策）
情報基盤センター長は、本学が管理する端末及びサーバ装置に、未知の不正プログラムを振る舞いにより検知し、その実行を防止する機能を導入しなければならない。
２　前項に加え、パターンファイル方式の不正プログラム対策ソフトウェアを導入すること。

### 第10条（ソフトウェアの管理）
部局情報セキュリティ責任者は、毎年度末に、部局の端末にインストールされているソフトウェアの名称及びバージョンを調査し、表計算ファイルにより推進室に提出しなければならない。

### 第11条（私物端末）
構成員は、私物のパソコン、スマートフォン等を事務系ネットワークに接続してはならない。

### 第12条（複合機）
部局情報セキュリティ責任者は、複合機について、印刷物の放置を防ぐため認証印刷機能を利用させるとともに、廃棄又は返却時には内蔵する記録装置の情報を消去しなければならない。

### 第13条（電子メール）
情報基盤センター長は、本学のメールサーバに送信ドメイン認証技術（SPF及びDKIM）を設定し、なりすましメールを判別できるようにしなければならない。
２　構成員は、学外に電子メールを送信する際は、宛先を確認してから送信しなければならない。

### 第14条（ウェブサイト）
ウェブサイトの管理者は、利用者に認証情報又は個人情報を入力させるページについては、TLSにより暗号化しなければならない。

### 第15条（ドメイン名）
本学が開設するウェブサイト及び本学が発行する電子メールアドレスには、高等教育機関向けのドメイン名（ac.jp）を使用しなければならない。

## 第５章　運用

### 第16条（パスワード）
構成員は、12文字以上の推測されにくいパスワードを設定し、他人に知らせてはならない。

### 第17条（課題の報告）
部局情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育の実施において生じた課題をCISOに報告しなければならない。

### 第18条（改善の指示）
CISOは、全学に共通する改善事項及び部局に固有の改善事項について、それぞれの責任者に改善を指示することができる。

### 第19条（教育）
推進室は、新規採用の教職員及び新入生に対し、情報セキュリティ教育を実施しなければならない。

### 第20条（インシデント対応）
構成員は、情報セキュリティインシデントを発見したときは、速やかに本学CSIRTに報告しなければならない。

### 第21条（監査）
CISOは、毎年度、情報セキュリティ監査を実施させ、その結果を役員会に報告する。

附　則
この基準は、令和５年４月１日から施行する。
''', {
    'unknown-malware': ('covered', ['article'], '本学が管理する端末及びサーバ装置に、未知の不正プログラムを振る舞いにより検知し、その実行を防止する機能を導入しなければならない。',
                        'behaviour-based detection and prevention on terminals and servers'),
    'it-asset-management': ('outdated', ['article', 'old-form'], '部局の端末にインストールされているソフトウェアの名称及びバージョンを調査し、表計算ファイルにより推進室に提出しなければならない。',
                            'a yearly manual survey in a spreadsheet: the old form'),
    'drm': ('covered', ['article'], '推進室は、デジタル著作権管理（DRM）機能を全学に導入し、',
            'DRM with per-user rights that keeps leaked files unreadable'),
    'web-encryption': ('outdated', ['article', 'scope', 'old-form'], '利用者に認証情報又は個人情報を入力させるページについては、TLSにより暗号化しなければならない。',
                       'encryption only on login and personal-data pages'),
    'email-encryption': ('missing', ['article', 'separate-duty'], '本学のメールサーバに送信ドメイン認証技術（SPF及びDKIM）を設定し、',
                         'sender authentication only; no transport encryption between servers'),
    'mobile-devices': ('missing', ['article', 'separate-duty'], '構成員は、私物のパソコン、スマートフォン等を事務系ネットワークに接続してはならない。',
                       'a ban on private devices only; nothing on the university-issued mobile terminals'),
    'domain-names': ('covered', ['article'], '本学が開設するウェブサイト及び本学が発行する電子メールアドレスには、高等教育機関向けのドメイン名（ac.jp）を使用しなければならない。',
                     'ac.jp for a higher-education 法人, firm'),
    'iot-devices': ('missing', ['article', 'separate-duty'], '部局情報セキュリティ責任者は、複合機について、印刷物の放置を防ぐため認証印刷機能を利用させるとともに、',
                    '複合機 treated only as printers (print release, disk erasure); no IoT/special-purpose device measures'),
    'issue-reporting': ('covered', ['article'], '部局情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育の実施において生じた課題をCISOに報告しなければならない。',
                        'issues from operation, self-inspection and education reported to the CISO'),
    'improvement-instructions': ('outdated', ['article', 'modality'], '全学に共通する改善事項及び部局に固有の改善事項について、それぞれの責任者に改善を指示することができる。',
                                 'both kinds of instruction, but only as a permission (することができる)'),
    'promotion-structure': ('covered', ['article', 'list'], 'CISOの下に、本学の情報セキュリティ対策を推進する組織として情報セキュリティ推進室（以下「推進室」という。）を置く。',
                            'a unit that drives the measures, with its duties listed'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J03 市 対策基準, 条 form, lg.jp rule
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('03-city-taisakukijun.md', '''# 南沢市情報セキュリティ対策基準

令和３年３月26日訓令第６号

## 第１章　総則

### 第１条（趣旨）
この訓令は、南沢市情報セキュリティ基本方針に基づき、情報資産を適切に保護するための対策の基準を定めるものとする。

### 第２条（用語の定義）
この訓令において使用する用語は、基本方針において使用する用語の例による。
２　この訓令において「所属長」とは、課長、室長及びこれらに相当する職にある者をいう。

## 第２章　体制

### 第３条（最高情報セキュリティ責任者）
副市長を最高情報セキュリティ責任者（以下「CISO」という。）とする。

### 第４条（情報セキュリティ会議）
情報セキュリティに関する重要事項を審議するため、南沢市情報セキュリティ会議（以下「会議」という。）を置く。
２　会議は、CISO、教育長及び各部長をもって組織し、CISOが招集する。
３　会議は、審議の結果を市長に報告する。

### 第５条（所属長の責務）
所属長は、所属における情報資産の管理及び職員の指導監督を行う。

## 第３章　物理的・人的対策

### 第６条（サーバ室）
サーバ室への入室は、情報政策課長が許可した者に限り、入退室を記録しなければならない。

### 第７条（端末の持出し及び外部接続の禁止）
職員は、ノートパソコン、タブレット端末及びスマートフォンその他の業務用端末を庁舎外に持ち出し、又は庁外の通信回線に接続してはならない。

### 第８条（パスワード）
職員は、パスワードを８文字以上とし、90日ごとに変更しなければならない。

### 第９条（研修）
情報政策課長は、全職員を対象に、毎年度、情報セキュリティ研修を実施する。

## 第４章　技術的対策

### 第10条（ソフトウェア資産の管理）
情報政策課長は、IT資産管理ソフトウェアを用いて、全ての端末及びサーバにインストールされているソフトウェアの名称及びバージョンを自動的に収集し、脆弱性情報と照合しなければならない。
２　照合の結果、脆弱性のあるソフトウェアが判明したときは、速やかに更新その他の措置を講じなければならない。

### 第11条（ウイルス対策）
情報政策課長は、端末及びサーバにウイルス対策ソフトウェアを導入し、定義ファイルを自動更新する設定としなければならない。

### 第12条（ファイルサーバ）
所属長は、ファイルサーバのフォルダについて、所属の職員に限りアクセスできるよう権限を設定しなければならない。

### 第13条（電子メール）
職員は、個人情報を含むファイルを庁外に電子メールで送信するときは、ファイルをパスワード付きで圧縮し、パスワードを別の電子メールで通知しなければならない。

### 第14条（ウェブサイト）
情報政策課長は、本市公式ウェブサイト及び電子申請システムについて、HTTPSにより通信を暗号化しなければならない。
２　前項の規定は、観光情報サイトその他外部の事業者が運営する本市のウェブサイトについては、適用しない。

### 第15条（ドメイン名）
本市が開設するウェブサイト及び本市の電子メールアドレスには、地方公共団体向けドメイン名（lg.jp）を使用しなければならない。

### 第16条（特定用途機器）
所属長は、防犯カメラ、テレビ会議装置その他のネットワークに接続する機器について、初期パスワードの変更及びファームウェアの更新に努めるものとする。

## 第５章　事故対応、監査及び見直し

### 第17条（事故の報告）
職員は、情報セキュリティに関する事故を発見したときは、直ちに所属長及び情報政策課長に報告しなければならない。

### 第18条（監査）
CISOは、毎年度、情報セキュリティ監査を実施しなければならない。
２　監査人は、監査の結果を会議に報告しなければならない。
３　CISOは、監査の結果、改善が必要とされた所属の所属長に対し、改善を命じなければならない。

### 第19条（外部委託）
所属長は、情報システムの運用を委託するときは、委託先に本基準と同等の対策を求め、契約書に明記しなければならない。

### 第20条（見直し）
会議は、監査の結果等を踏まえ、毎年度、本基準の見直しを審議するものとする。

附　則
この訓令は、令和３年４月１日から施行する。
''', {
    'unknown-malware': ('missing', ['article', 'separate-duty'], '情報政策課長は、端末及びサーバにウイルス対策ソフトウェアを導入し、定義ファイルを自動更新する設定としなければならない。',
                        'signature-file antivirus only'),
    'it-asset-management': ('covered', ['article'], 'IT資産管理ソフトウェアを用いて、全ての端末及びサーバにインストールされているソフトウェアの名称及びバージョンを自動的に収集し、',
                            'automatic collection of software names and versions, matched against vulnerabilities'),
    'drm': ('missing', ['article', 'separate-duty'], 'ファイルサーバのフォルダについて、所属の職員に限りアクセスできるよう権限を設定しなければならない。',
            'ordinary folder access control, not rights management'),
    'web-encryption': ('outdated', ['article', 'scope', 'exclusion'], '前項の規定は、観光情報サイトその他外部の事業者が運営する本市のウェブサイトについては、適用しない。',
                       'HTTPS only on the official site and e-application system; other city sites excluded'),
    'email-encryption': ('outdated', ['article', 'old-form'], 'ファイルをパスワード付きで圧縮し、パスワードを別の電子メールで通知しなければならない。',
                         'staff encrypting attachments (PPAP); no transport encryption or sender authentication'),
    'mobile-devices': ('outdated', ['article', 'negation', 'old-form'], 'タブレット端末及びスマートフォンその他の業務用端末を庁舎外に持ち出し、又は庁外の通信回線に接続してはならない。',
                       'blanket ban on taking devices out and on outside networks'),
    'domain-names': ('covered', ['article'], '本市が開設するウェブサイト及び本市の電子メールアドレスには、地方公共団体向けドメイン名（lg.jp）を使用しなければならない。',
                     'a firm rule to use the public-body domain (lg.jp for a local government)'),
    'iot-devices': ('outdated', ['article', 'modality'], '初期パスワードの変更及びファームウェアの更新に努めるものとする。',
                    'the device measures only as an effort (努めるものとする)'),
    'issue-reporting': ('missing', ['article', 'separate-duty'], '２　監査人は、監査の結果を会議に報告しなければならない。',
                        'only audit results are reported'),
    'improvement-instructions': ('missing', ['article', 'separate-duty'], '３　CISOは、監査の結果、改善が必要とされた所属の所属長に対し、改善を命じなければならない。',
                                 'audit follow-up only'),
    'promotion-structure': ('missing', ['article', 'separate-duty'], '情報セキュリティに関する重要事項を審議するため、南沢市情報セキュリティ会議（以下「会議」という。）を置く。',
                            'a deliberative meeting only'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J04 県 対策基準, 第N章 / N.N decimal form
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('04-pref-taisakukijun.md', '''# 東雲県情報セキュリティ対策基準

制定　令和２年３月31日
改正　令和６年３月29日

## 第１章　総則

1.1　目的
　この基準は、東雲県情報セキュリティ基本方針を実施するため、県の機関が遵守すべき情報セキュリティ対策の基準を定める。

1.2　対象とする機関
　知事部局、議会事務局、各行政委員会事務局、企業局及び病院局とする。

1.3　用語
　(1) 情報資産　ネットワーク、情報システム、これらで取り扱うデータ及びこれらに関する文書をいう。
　(2) 職員等　県の機関に勤務する職員、会計年度任用職員及び派遣労働者をいう。

## 第２章　組織体制

2.1　最高情報セキュリティ責任者
　副知事を最高情報セキュリティ責任者（以下「CISO」という。）とする。

2.2　情報セキュリティ委員会
　(1) CISOを委員長とし、各部局長を委員とする情報セキュリティ委員会を置く。
　(2) 委員会は、対策基準の制定及び改廃、重大な情報セキュリティインシデントへの対応方針その他の重要事項を審議する。

2.3　統括情報セキュリティ責任者
　デジタル戦略局長を統括情報セキュリティ責任者とし、CISOを補佐させる。

2.4　課題の報告
　各部局長は、情報セキュリティ対策の運用、自己点検及び研修の実施において把握した課題について、CISOに報告するよう努めるものとする。

2.5　改善の指示
　(1) CISOは、全庁に共通する改善事項については、統括情報セキュリティ責任者に対し、改善を指示する。
　(2) CISOは、特定の部局に固有の改善事項については、当該部局長に対し、改善を指示する。

## 第３章　情報資産の管理

3.1　情報資産の分類
　職員等は、情報資産を重要性に応じて分類し、分類に従って取り扱わなければならない。

3.2　重要な電子ファイルの保護
　統括情報セキュリティ責任者は、デジタル著作権管理（IRMを含む。）の仕組みを整備し、機密性３の電子ファイルには利用権限を設定させなければならない。当該ファイルは、県庁外に持ち出され、又は流出した場合においても、権限を有しない者が閲覧できないものとする。

3.3　ソフトウェアの把握
　IT資産管理ソフトウェアによるソフトウェア情報の自動収集については、次期情報基盤の更新に合わせて導入を検討する。

## 第４章　物理的・人的セキュリティ

4.1　管理区域
　サーバ室及び情報機器室は管理区域とし、生体認証による入退室管理を行う。

4.2　モバイル端末
　(1) 職員等は、統括情報セキュリティ責任者が貸与したモバイル端末を、庁内及び庁外の通信回線に接続して業務に使用することができる。
　(2) 前号のモバイル端末には、次の措置を講じなければならない。
　　ア　端末内の記録の暗号化
　　イ　モバイル端末管理（MDM）による一元管理
　　ウ　紛失時の遠隔データ消去
　(3) 私物端末を業務に使用してはならない。

4.3　研修
　統括情報セキュリティ責任者は、職員等に対し、e ラーニングによる研修を年１回以上実施する。

## 第５章　技術的セキュリティ

5.1　不正プログラム対策
　(1) 庁内ネットワークとインターネットの境界に、未知の不正プログラムの侵入を振る舞いにより検知する装置を設置する。
　(2) 端末には、パターンマッチング方式のウイルス対策ソフトを導入する。

5.2　特定用途機器
　情報システム管理者は、IoT機器（ネットワークカメラ、テレビ会議システム、ビル管理システムの制御装置その他の特定用途機器をいう。）について、導入時の初期パスワードの変更、ファームウェアの更新及び業務系ネットワークからの分離を行わなければならない。

5.3　電子メール
　職員等は、県外の宛先に電子メールを送信する場合、送信前に宛先を再確認する画面で確認を行わなければならない。
　また、送信後一定時間は送信を取り消せる機能を利用するものとする。

5.4　ウェブサイト
　(1) ウェブサイトの改ざんを検知する仕組みを導入する。
　(2) 県の全ウェブサイトの常時暗号化については、ウェブサイト管理システムの更新時に改めて検討する。

## 第６章　運用

6.1　インシデント対応
　職員等は、インシデントを発見したときは、直ちに所属長を経由して東雲県CSIRTに報告する。

6.2　外部委託
　所属長は、委託先の選定に当たり、ISMS認証の取得状況等を確認しなければならない。

6.3　監査
　CISOは、監査人を指名し、毎年度、情報セキュリティ監査を実施させる。監査人は、監査報告書をCISOに提出する。

6.4　見直し
　委員会は、監査の結果を踏まえ、本基準を見直す。
''', {
    'unknown-malware': ('outdated', ['list', 'old-form', 'scope'], '庁内ネットワークとインターネットの境界に、未知の不正プログラムの侵入を振る舞いにより検知する装置を設置する。',
                        'unknown malware detected only at the boundary; terminals run pattern matching only'),
    'it-asset-management': ('missing', ['deferral'], 'IT資産管理ソフトウェアによるソフトウェア情報の自動収集については、次期情報基盤の更新に合わせて導入を検討する。',
                            'deferred (導入を検討する)'),
    'drm': ('covered', ['wrapped'], 'デジタル著作権管理（IRMを含む。）の仕組みを整備し、機密性３の電子ファイルには利用権限を設定させなければならない。',
            'rights management that keeps leaked files unreadable'),
    'web-encryption': ('missing', ['list', 'deferral'], '県の全ウェブサイトの常時暗号化については、ウェブサイト管理システムの更新時に改めて検討する。',
                       'HTTPS everywhere deferred'),
    'email-encryption': ('missing', ['separate-duty'], '職員等は、県外の宛先に電子メールを送信する場合、送信前に宛先を再確認する画面で確認を行わなければならない。',
                         'mis-sending prevention only'),
    'mobile-devices': ('covered', ['list'], '貸与したモバイル端末を、庁内及び庁外の通信回線に接続して業務に使用することができる。',
                       'use inside and outside with encryption, MDM and remote wipe'),
    'iot-devices': ('covered', ['plain'], 'IoT機器（ネットワークカメラ、テレビ会議システム、ビル管理システムの制御装置その他の特定用途機器をいう。）について、',
                    'default passwords, firmware and network separation for IoT/special-purpose devices'),
    'issue-reporting': ('outdated', ['plain', 'modality'], 'CISOに報告するよう努めるものとする。',
                        'the issue report worded as an effort'),
    'improvement-instructions': ('covered', ['list'], '(1) CISOは、全庁に共通する改善事項については、統括情報セキュリティ責任者に対し、改善を指示する。',
                                 'organisation-wide instructions to the 統括 and department-specific ones to the 部局長'),
    'promotion-structure': ('missing', ['list', 'separate-duty'], '(2) 委員会は、対策基準の制定及び改廃、重大な情報セキュリティインシデントへの対応方針その他の重要事項を審議する。',
                            'a deliberative committee only'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J05 国立研究開発法人 規程, 第N条 (条 numbers in plain paragraphs)
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('05-rnd-kitei.md', '''# 国立研究開発法人海洋環境技術研究所情報セキュリティ規程

（令和２年規程第31号）

## 第１章　総則

第１条（目的）　この規程は、国立研究開発法人海洋環境技術研究所（以下「研究所」という。）における情報セキュリティ対策の基本となる事項を定め、研究所の情報資産を保護することを目的とする。

第２条（定義）　この規程において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
一　職員等　研究所の役員、職員、契約職員、客員研究員及び派遣労働者
二　情報システム　研究所が調達し、又は開発した情報処理の仕組み及び通信回線
三　端末　職員等が直接操作する情報システムの構成要素であるパソコン等の機器

第３条（適用範囲）　この規程は、研究所の本所、各研究拠点及び観測船に適用する。

## 第２章　推進体制

第４条（最高情報セキュリティ責任者）　研究所に最高情報セキュリティ責任者（以下「CISO」という。）を置き、理事長が指名する理事をもって充てる。

第５条（情報セキュリティ対策推進体制）　CISOは、情報セキュリティ対策の推進を担う体制として、情報基盤部に情報セキュリティ推進課を置き、次に掲げる役割を担わせなければならない。
一　対策基準及び実施手順の整備及び周知
二　研究所全体の対策の実施状況の把握及びCISOへの報告
三　各研究拠点への助言及び技術支援
四　教育及び自己点検の実施の支援

第６条（課題の報告）　各部門の情報セキュリティ責任者は、対策の運用、自己点検及び教育を通じて認識した課題を、遅滞なくCISOに報告しなければならない。

## 第３章　情報の取扱い

第７条（格付）　職員等は、情報の作成時に格付を決定し、格付に応じた取扱いをしなければならない。

第８条（研究データの保護）　研究データの漏えい対策として、デジタル著作権管理による保護の導入は、将来の課題とする。
２　当面、機密性の高い研究データは、アクセス権限を限定した共有フォルダに保存するものとする。

第９条（安全区域）　サーバ室及び観測データ処理室は、ICカードによる入退室管理を行う区域とし、入口には防犯カメラを設置して映像を30日間保存する。

## 第４章　情報システムの対策

第10条（不正プログラム対策）　情報基盤部長は、研究所の端末及びサーバ装置の全てに、振る舞いの検知により未知の不正プログラムを検知し、その実行を阻止する機能を導入しなければならない。

第11条（ソフトウェアの把握）　各部門の情報セキュリティ責任者は、四半期ごとに、所管する端末の導入ソフトウェアを目視で点検し、一覧表を更新しなければならない。

第12条（私物端末）　職員等は、私物の端末を研究所の情報システムに接続し、又は業務に使用してはならない。

第13条（電子メール）　情報基盤部長は、職員等の端末上のメールソフトとメールサーバとの間の通信をTLSにより暗号化しなければならない。
２　職員等は、研究所外の者に要機密情報を送信する場合は、あらかじめ上司の承認を得なければならない。

第14条（ウェブサイト）　情報基盤部長は、研究所が開設する全てのウェブサイト（研究プロジェクトの特設サイトを含む。）を、HTTPSのみで提供しなければならない。

第15条（ドメイン名）　研究所のウェブサイト及び電子メールには、go.jp ドメイン名を使用しなければならない。研究プロジェクトの特設サイトも同様とする。

第16条（パスワード及び認証）　職員等は、情報システムにログインする際には、多要素認証を用いなければならない。

## 第５章　運用

第17条（教育）　CISOは、職員等に対し、毎年度、情報セキュリティ教育を実施し、受講状況を確認しなければならない。

第18条（インシデント）　職員等は、情報セキュリティインシデントを認知したときは、直ちに情報セキュリティ推進課に報告しなければならない。

第19条（外部委託）　情報システムの運用を外部に委託する場合は、委託先の情報セキュリティ対策の実施状況を定期的に確認しなければならない。

第20条（監査）　CISOは、内部監査室に情報セキュリティ監査を実施させ、その結果の報告を受ける。
２　CISOは、監査の結果に基づき、指摘を受けた部門に改善を求める。

第21条（改善）　CISOは、研究所全体に関わる改善事項及び特定の部門に固有の改善事項について、それぞれ適切な責任者に改善を指示するよう努める。

附　則
この規程は、令和２年10月１日から施行する。
''', {
    'unknown-malware': ('covered', ['article'], '研究所の端末及びサーバ装置の全てに、振る舞いの検知により未知の不正プログラムを検知し、その実行を阻止する機能を導入しなければならない。',
                        'behaviour-based prevention on all terminals and servers'),
    'it-asset-management': ('outdated', ['article', 'old-form'], '所管する端末の導入ソフトウェアを目視で点検し、一覧表を更新しなければならない。',
                            'a manual quarterly check of installed software'),
    'drm': ('missing', ['article', 'deferral'], '研究データの漏えい対策として、デジタル著作権管理による保護の導入は、将来の課題とする。',
            'DRM deferred; folder access control only for now'),
    'web-encryption': ('covered', ['article'], '研究所が開設する全てのウェブサイト（研究プロジェクトの特設サイトを含む。）を、HTTPSのみで提供しなければならない。',
                       'every site HTTPS only'),
    'email-encryption': ('missing', ['article', 'separate-duty'], '職員等の端末上のメールソフトとメールサーバとの間の通信をTLSにより暗号化しなければならない。',
                         'TLS only between mail clients and the server; no server-to-server encryption or sender authentication'),
    'mobile-devices': ('missing', ['article', 'separate-duty'], '職員等は、私物の端末を研究所の情報システムに接続し、又は業務に使用してはならない。',
                       'a BYOD ban alone'),
    'domain-names': ('covered', ['article'], '研究所のウェブサイト及び電子メールには、go.jp ドメイン名を使用しなければならない。',
                     'firm go.jp rule'),
    'iot-devices': ('missing', ['article', 'separate-duty'], '入口には防犯カメラを設置して映像を30日間保存する。',
                    'a camera as physical security; no measures for the devices themselves'),
    'issue-reporting': ('covered', ['article'], '対策の運用、自己点検及び教育を通じて認識した課題を、遅滞なくCISOに報告しなければならない。',
                        'issues from operation, self-inspection and education reported to the CISO'),
    'improvement-instructions': ('outdated', ['article', 'modality'], 'それぞれ適切な責任者に改善を指示するよう努める。',
                                 'both kinds of instruction, but only as an effort (努める)'),
    'promotion-structure': ('covered', ['article', 'list'], 'CISOは、情報セキュリティ対策の推進を担う体制として、情報基盤部に情報セキュリティ推進課を置き、',
                            'a promotion unit with its roles listed'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J06 独立行政法人 ポリシー (基本方針 + 対策基準 in one), list form
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('06-dokuho-policy.md', '''# 独立行政法人国際文化交流基金　情報セキュリティポリシー

最終改訂：2023年10月1日　総務部情報管理課

## Ⅰ　基本方針

1. 基金は、業務の遂行に当たり取り扱う情報資産を、漏えい、改ざん、滅失等の脅威から保護する。
2. 基金は、情報セキュリティに関する法令、政府機関等の統一基準群その他の規範を遵守する。
3. 基金は、役職員に対し情報セキュリティに関する教育を継続的に行う。
4. 基金は、情報セキュリティ対策の実施状況を定期的に点検し、継続的に改善する。

## Ⅱ　対策基準

### 1. 用語

- 「役職員」：基金の役員、職員、嘱託職員及び派遣労働者をいう。
- 「情報システム」：基金が管理する端末、サーバ装置、通信回線装置及びソフトウェアをいう。

### 2. 体制

- 理事長は、理事の中から最高情報セキュリティ責任者（CISO）を指名する。
- CISOは、必要があると認めるときは、情報セキュリティ対策の推進を担う体制を置くことができる。
- 各部長は情報セキュリティ責任者として、部内の対策の実施を管理する。

### 3. 情報の取扱い

- 役職員は、情報を格付し、格付に応じて保存場所及び共有範囲を決めなければならない。
- 機密性の高い情報を保存するノートパソコン及び外部記録媒体は、記録装置全体を暗号化しなければならない。
- 海外事務所との間でやり取りする要機密情報は、暗号化された共有フォルダを使用すること。

### 4. 端末及びサーバ

- 情報管理課長は、IT資産管理ソフトウェアにより、全ての端末及びサーバ装置のソフトウェアの名称及び版数を自動的に収集し、脆弱性が公表された場合は該当する機器を直ちに特定しなければならない。
- 情報管理課長は、全ての端末に、未知の不正プログラムの挙動を検知して実行を防止するEDR製品を導入しなければならない。
- サーバ装置には、パターンファイル方式の不正プログラム対策ソフトウェアを導入し、定期的にフルスキャンを行うこと。
- 役職員は、基金が支給する端末を事務所の外に持ち出してはならない。海外出張時も同様とする。

### 5. 複合機

- 複合機で印刷する場合は、印刷物を速やかに回収すること。
- 複合機のリース返却時には、ハードディスクのデータ消去証明書を取得すること。

### 6. 電子メール

- 情報管理課長は、基金のメールサーバが外部のメールサーバと送受信する通信を、STARTTLSにより暗号化しなければならない。
- 情報管理課長は、基金のドメインについて、SPFレコード及びDKIM署名を設定しなければならない。
- 役職員は、不審なメールを受信した場合は、開封せずに情報管理課へ転送すること。

### 7. ウェブサイト

- 次に掲げるウェブサイトは、HTTPSにより暗号化しなければならない。
  - 基金公式ウェブサイト
  - 助成申請システム
- 上記以外のイベント告知用サイトについては、HTTPによる公開を妨げない。
- 基金のウェブサイト及び電子メールには、go.jp ドメインを使用するよう努めること。

### 8. パスワード

- パスワードは10文字以上とし、英大文字、英小文字、数字及び記号を組み合わせること。
- 同一のパスワードを複数のシステムで使い回してはならない。

### 9. インシデント対応

- 役職員は、インシデントを認知した場合には、直ちに情報管理課に報告すること。
- 情報管理課は、CISOの指示に従い、被害拡大の防止、原因の調査及び再発防止策の策定を行う。

### 10. 外部委託

- 情報システムの開発・運用を委託する場合は、委託先との契約に情報セキュリティ要件を含めること。

### 11. 監査及び改善

- 監査室長は、毎年度、情報セキュリティ監査を行い、監査結果をCISOに報告する。
- CISOは、組織全体の改善事項は情報管理課長に、部門固有の改善事項は各部長に指示することが望ましい。
- 本ポリシーは、監査結果を踏まえて毎年度見直す。
''', {
    'unknown-malware': ('missing', ['list', 'scope', 'separate-duty'], '全ての端末に、未知の不正プログラムの挙動を検知して実行を防止するEDR製品を導入しなければならない。',
                        'behaviour-based prevention on terminals only; servers get pattern-file antivirus (a subset of a recommended item)'),
    'it-asset-management': ('covered', ['list'], 'IT資産管理ソフトウェアにより、全ての端末及びサーバ装置のソフトウェアの名称及び版数を自動的に収集し、',
                            'automatic collection of software names and versions on terminals and servers'),
    'drm': ('missing', ['list', 'separate-duty'], '機密性の高い情報を保存するノートパソコン及び外部記録媒体は、記録装置全体を暗号化しなければならない。',
            'storage encryption, not rights management'),
    'web-encryption': ('outdated', ['list', 'scope'], '上記以外のイベント告知用サイトについては、HTTPによる公開を妨げない。',
                       'HTTPS only on listed sites; other sites may stay on HTTP'),
    'email-encryption': ('covered', ['list', 'paraphrase'], '基金のメールサーバが外部のメールサーバと送受信する通信を、STARTTLSにより暗号化しなければならない。',
                         'server-to-server STARTTLS beside SPF and DKIM'),
    'mobile-devices': ('outdated', ['list', 'negation', 'old-form'], '役職員は、基金が支給する端末を事務所の外に持ち出してはならない。海外出張時も同様とする。',
                       'blanket ban on taking devices out'),
    'domain-names': ('outdated', ['list', 'modality'], '基金のウェブサイト及び電子メールには、go.jp ドメインを使用するよう努めること。',
                     'go.jp worded as an effort'),
    'iot-devices': ('missing', ['list', 'separate-duty'], '複合機のリース返却時には、ハードディスクのデータ消去証明書を取得すること。',
                    '複合機 treated only as printers; no IoT/special-purpose device measures'),
    'issue-reporting': ('missing', ['list', 'separate-duty'], '監査室長は、毎年度、情報セキュリティ監査を行い、監査結果をCISOに報告する。',
                        'only audit results are reported'),
    'improvement-instructions': ('outdated', ['list', 'modality'], 'CISOは、組織全体の改善事項は情報管理課長に、部門固有の改善事項は各部長に指示することが望ましい。',
                                 'both kinds of instruction, worded as desirable (望ましい)'),
    'promotion-structure': ('outdated', ['list', 'modality'], 'CISOは、必要があると認めるときは、情報セキュリティ対策の推進を担う体制を置くことができる。',
                            'the promotion structure only permitted (置くことができる), no roles'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J07 地方独立行政法人 病院機構 対策基準, 第N 項目 form
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('07-hospital-kijun.md', '''# 地方独立行政法人西浜市立病院機構　情報セキュリティ対策基準

令和４年４月１日施行

## 第１　目的

この基準は、地方独立行政法人西浜市立病院機構（以下「機構」という。）が運営する病院及び診療所において、
患者情報その他の情報資産を保護するため、職員等が遵守すべき対策を定める。

## 第２　定義

１　「職員等」とは、医師、看護職員、医療技術職員、事務職員、委託業者の従事者その他機構の情報システムを利用する者をいう。
２　「医療情報システム」とは、電子カルテシステム、部門システム及びこれらと接続する機器をいう。
３　「特定用途機器」とは、ネットワークに接続された医療機器、ナースコール、監視カメラ、テレビ会議装置及び空調・電力等の設備制御装置をいう。

## 第３　体制

１　理事長は、最高情報セキュリティ責任者（CISO）として副理事長を指名する。
２　各病院の院長は、病院の情報セキュリティ責任者として、院内の対策の実施を管理する。
３　機構は、本部に情報セキュリティ対策を推進する体制を整備するよう努める。
４　医療情報システム安全管理委員会は、対策の方針を審議し、CISOに意見を述べる。

## 第４　情報の取扱い

１　職員等は、患者情報を業務以外の目的で閲覧してはならない。
２　紹介状、検査結果等の機密性の高い電子ファイルを院外と共有する場合は、情報権限管理（IRM）機能により保護しなければならない。この保護は、ファイルが第三者に渡った場合でも、許可された者以外による閲覧、印刷及び転送を防ぐものとする。
３　紙の診療記録は、施錠できる書庫に保管する。

## 第５　端末及び機器

１　情報システム部長は、購入した端末及び医療機器について、資産番号、設置場所及び保守契約を資産台帳に記録しなければならない。
２　職員等は、私物のスマートフォン、タブレット及びパソコンを医療情報システムに接続してはならない。
３　情報システム部長は、特定用途機器について、次の対策を講じなければならない。
　(1) 初期設定のパスワードを導入時に変更すること。
　(2) 製造者からファームウェアの更新が提供された場合は、影響を確認のうえ適用すること。
　(3) 医療情報システムのネットワークとは分離したネットワークセグメントに接続すること。

## 第６　不正プログラム対策

１　インターネットとの接続境界に、未知のマルウェアをサンドボックスで解析し、侵入を遮断する装置を設置する。
２　端末及びサーバには、ウイルス対策ソフトウェアを導入し、定義ファイルを毎日更新する。
３　職員等は、外部から持ち込まれた記録媒体を医療情報システムの端末に接続してはならない。

## 第７　電子メール及びウェブ

１　職員等は、患者情報を含むファイルを電子メールで送信するときは、ファイルを暗号化し、復号用のパスワードを電話等の別の手段で伝えなければならない。
２　機構のウェブサイトは、可能な限りHTTPSで提供するものとする。
３　ウェブサイトへの掲載は、広報担当部署の確認を経て行う。

## 第８　パスワード

１　電子カルテシステムのパスワードは、他の職員と共有してはならない。
２　退職者のアカウントは、退職日に無効化しなければならない。

## 第９　教育

情報システム部長は、新規採用職員研修において情報セキュリティ教育を行い、全職員に年１回のeラーニングを受講させる。

## 第10　インシデント対応

１　職員等は、情報セキュリティインシデントを発見した場合、直ちに所属長及び情報システム部に報告する。
２　重大なインシデントの場合、CISOは、理事長及び設立団体に報告するとともに、必要に応じて公表する。

## 第11　点検、監査及び改善

１　各病院の情報セキュリティ責任者は、運用、自己点検及び教育の中で生じた課題を、CISOに報告することが望ましい。
２　CISOは、機構全体に共通する改善事項については情報システム部長に、特定の病院又は部門に固有の改善事項についてはその病院長又は部門の長に、それぞれ改善を指示しなければならない。
３　監査は、機構の内部監査部門が毎年度行う。

## 第12　外部委託

保守業者がリモート保守を行う場合は、接続経路、接続時間及び作業内容を記録し、作業後に確認する。
''', {
    'unknown-malware': ('outdated', ['list', 'old-form', 'scope'], 'インターネットとの接続境界に、未知のマルウェアをサンドボックスで解析し、侵入を遮断する装置を設置する。',
                        'unknown malware only at the boundary; terminals and servers have definition files only'),
    'it-asset-management': ('missing', ['list', 'separate-duty'], '資産番号、設置場所及び保守契約を資産台帳に記録しなければならない。',
                            'a hardware register only'),
    'drm': ('covered', ['list'], '情報権限管理（IRM）機能により保護しなければならない。',
            'IRM that keeps shared files unreadable to others'),
    'web-encryption': ('outdated', ['list', 'modality'], '機構のウェブサイトは、可能な限りHTTPSで提供するものとする。',
                       'HTTPS only where possible'),
    'email-encryption': ('outdated', ['list', 'old-form'], 'ファイルを暗号化し、復号用のパスワードを電話等の別の手段で伝えなければならない。',
                         'staff encrypting attachments; no transport encryption'),
    'mobile-devices': ('missing', ['list', 'separate-duty'], '職員等は、私物のスマートフォン、タブレット及びパソコンを医療情報システムに接続してはならない。',
                       'a BYOD ban alone'),
    'iot-devices': ('covered', ['list'], '３　情報システム部長は、特定用途機器について、次の対策を講じなければならない。',
                    'default passwords, firmware and segmentation for cameras, TV conference and facility control'),
    'issue-reporting': ('outdated', ['list', 'modality'], '運用、自己点検及び教育の中で生じた課題を、CISOに報告することが望ましい。',
                        'issue report only desirable'),
    'improvement-instructions': ('covered', ['list'], '機構全体に共通する改善事項については情報システム部長に、特定の病院又は部門に固有の改善事項についてはその病院長又は部門の長に、',
                                 'organisation-wide and department-specific instructions, firm'),
    'promotion-structure': ('outdated', ['list', 'modality'], '機構は、本部に情報セキュリティ対策を推進する体制を整備するよう努める。',
                            'the promotion structure only as an effort, without roles'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J08 独立行政法人 対策基準, measures in tables
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('08-dokuho-table-kijun.md', '''# 独立行政法人農林水産物流通機構 情報セキュリティ対策基準

令和３年７月１日理事長決定

## 1　総則

本基準は、機構の情報セキュリティポリシーを構成する対策基準として、職員等が遵守すべき事項を定める。
本基準に定める事項の実施手順は、別に情報システム部長が定める。

用語の意義は次のとおりとする。

| 用語 | 意義 |
|---|---|
| 職員等 | 機構の役員、職員、契約職員及び派遣労働者 |
| 端末 | 職員等が業務に用いるパソコン、タブレット端末及びスマートフォン |
| モバイル端末 | 端末のうち、持ち運んで利用するもの |
| 要保護情報 | 機密性２以上、完全性２又は可用性２の情報 |

## 2　体制

(1) 理事長は、最高情報セキュリティ責任者（CISO）を置く。
(2) CISOは、情報セキュリティ対策推進体制として、情報システム部に情報セキュリティ推進グループを設置し、その役割を次の表のとおり定める。

| 役割 | 内容 |
|---|---|
| 計画 | 年度の情報セキュリティ対策推進計画の案を作成する |
| 実施支援 | 各部の対策の実施を技術面から支援する |
| 取りまとめ | 自己点検、教育及びインシデント対応の状況を取りまとめてCISOに報告する |
| 連絡 | 所管省庁及び関係機関との連絡窓口となる |

(3) 各部の長は、情報セキュリティ責任者として部内の対策を実施する。
(4) 情報セキュリティ責任者は、運用、自己点検及び教育において生じた課題をCISOに報告するよう努める。

## 3　情報の取扱い

| 区分 | 遵守事項 |
|---|---|
| 作成・入手 | 格付を決定し、文書の右上に明示すること |
| 保存 | 要保護情報は、機構のファイルサーバに保存し、端末本体に保存しないこと |
| 提供 | 要保護情報を外部に提供するファイルには、閲覧用パスワードを設定すること |
| 廃棄 | 電子データは復元不可能な方法で消去すること |

## 4　端末・サーバ

| 対象 | 遵守事項 |
|---|---|
| 端末及びサーバ装置 | 未知の不正プログラムを振る舞いにより検知し実行を防止する機能を導入すること |
| 端末及びサーバ装置 | パターンファイル方式の不正プログラム対策ソフトウェアも併せて導入すること |
| 導入ソフトウェア | 各部は、半期ごとに端末に導入されているソフトウェアを調査し、所定の表計算様式で情報システム部に報告すること |
| モバイル端末 | 暗号化、MDMへの登録及び遠隔消去の設定を行ったうえで、機構内外のネットワークに接続して業務に利用できる |
| 私物端末 | 業務に利用しないこと |

## 5　特定用途機器

ネットワークカメラ、テレビ会議システム等の特定用途機器に係る対策は、機器の更新計画の策定に合わせて検討する。

## 6　電子メール・ウェブ・ドメイン

(1) 情報システム部長は、機構のドメインにSPFレコードを公開し、なりすましメールの受信者による判別を可能としなければならない。
(2) ウェブサイトは、HTTPSにより暗号化して提供することが望ましい。
(3) 機構のウェブサイト及び電子メールアドレスのドメイン名は、go.jp としなければならない。

## 7　認証

(1) パスワードは12文字以上とし、推測されやすい文字列を用いないこと。
(2) 機構外から業務システムに接続する場合は、多要素認証を用いること。

## 8　インシデント対応

職員等は、インシデント又はその疑いを認知したときは、直ちに情報セキュリティ推進グループに連絡すること。

## 9　外部委託

委託先には、契約に基づき、情報セキュリティ対策の履行状況の報告を求めること。

## 10　監査

(1) 監査責任者は、監査結果をCISOに報告する。
(2) CISOは、監査で指摘を受けた部の長に、改善措置を講じさせ、その結果を報告させる。
''', {
    'unknown-malware': ('covered', ['table'], '| 端末及びサーバ装置 | 未知の不正プログラムを振る舞いにより検知し実行を防止する機能を導入すること |',
                        'behaviour-based prevention on terminals and servers'),
    'it-asset-management': ('outdated', ['table', 'old-form'], '各部は、半期ごとに端末に導入されているソフトウェアを調査し、所定の表計算様式で情報システム部に報告すること',
                            'manual software survey in a spreadsheet'),
    'drm': ('missing', ['table', 'separate-duty'], '要保護情報を外部に提供するファイルには、閲覧用パスワードを設定すること',
            'a password on files, not rights management'),
    'web-encryption': ('outdated', ['list', 'modality'], '(2) ウェブサイトは、HTTPSにより暗号化して提供することが望ましい。',
                       'HTTPS only desirable'),
    'email-encryption': ('missing', ['list', 'separate-duty'], '機構のドメインにSPFレコードを公開し、なりすましメールの受信者による判別を可能としなければならない。',
                         'SPF only; no transport encryption'),
    'mobile-devices': ('covered', ['table'], '暗号化、MDMへの登録及び遠隔消去の設定を行ったうえで、機構内外のネットワークに接続して業務に利用できる',
                       'use inside and outside with encryption, MDM and remote wipe'),
    'domain-names': ('covered', ['list'], '(3) 機構のウェブサイト及び電子メールアドレスのドメイン名は、go.jp としなければならない。',
                     'firm go.jp rule'),
    'iot-devices': ('missing', ['deferral'], 'ネットワークカメラ、テレビ会議システム等の特定用途機器に係る対策は、機器の更新計画の策定に合わせて検討する。',
                    'IoT measures deferred'),
    'issue-reporting': ('outdated', ['list', 'modality'], '(4) 情報セキュリティ責任者は、運用、自己点検及び教育において生じた課題をCISOに報告するよう努める。',
                        'issue report only as an effort'),
    'improvement-instructions': ('missing', ['list', 'separate-duty'], '(2) CISOは、監査で指摘を受けた部の長に、改善措置を講じさせ、その結果を報告させる。',
                                 'audit follow-up only'),
    'promotion-structure': ('covered', ['list', 'table'], 'CISOは、情報セキュリティ対策推進体制として、情報システム部に情報セキュリティ推進グループを設置し、',
                            'a promotion unit with a table of roles'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J09 町 対策基準 (small town), 条 form with 号
# considered: unknown-malware, it-asset-management, web-encryption, email-encryption, mobile-devices, domain-names,
# iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('09-town-taisakukijun.md', '''# 川辺町情報セキュリティ対策基準

令和４年３月18日訓令第３号

### 第１条（目的）
この訓令は、川辺町情報セキュリティ基本方針に基づき、町の情報資産を守るための具体的な対策を定める。

### 第２条（定義）
この訓令において「職員」とは、町長部局、教育委員会事務局、議会事務局及び各行政委員会事務局の職員（会計年度任用職員を含む。）をいう。

### 第３条（体制）
町長は、副町長を最高情報セキュリティ責任者（以下「CISO」という。）に任命する。
２　総務課長は、統括情報セキュリティ責任者としてCISOを補佐する。
３　町は、情報セキュリティ対策の推進を担う体制の整備に努めるものとする。

### 第４条（課題の報告）
課長等は、情報セキュリティ対策の運用、自己点検及び研修の実施に当たって生じた課題を、統括情報セキュリティ責任者を経由してCISOに報告しなければならない。

### 第５条（改善の指示）
CISOは、町全体に関わる改善事項は統括情報セキュリティ責任者に、課等に固有の改善事項は当該課長等に対し、改善を指示することができる。

### 第６条（情報資産の管理）
職員は、情報資産を重要度に応じて分類し、分類に応じた管理をしなければならない。
２　重要な書類は、施錠できるキャビネットに保管しなければならない。

### 第７条（端末の持出し）
職員は、業務用のパソコン及びタブレット端末を役場庁舎の外に持ち出してはならない。
２　職員は、業務用の端末を役場のネットワーク以外の通信回線に接続してはならない。

### 第８条（パスワード）
職員は、他人に推測されにくいパスワードを設定し、メモ等に記載して放置してはならない。

### 第９条（ソフトウェアの管理）
総務課長は、IT資産管理ソフトウェアを導入し、町が管理する全ての端末及びサーバのソフトウェアの名称及びバージョンを自動的に収集しなければならない。
２　総務課長は、収集した情報により脆弱性のあるソフトウェアを特定し、速やかに更新しなければならない。

### 第10条（不正プログラム対策）
総務課長は、端末及びサーバにウイルス対策ソフトウェアを導入しなければならない。
２　振る舞い検知等による未知の不正プログラムへの対策は、将来の課題とする。

### 第11条（ネットワーク機器等）
課長等は、ネットワークカメラ、防災行政無線の遠隔制御装置その他のネットワークに接続する特定用途機器について、初期パスワードの変更、ファームウェアの更新及び業務用ネットワークからの分離に努めなければならない。

### 第12条（電子メール）
総務課長は、町のメールサーバと外部のメールサーバとの間の通信を、可能な限り暗号化するものとする。
２　総務課長は、町のドメインにSPF及びDKIMを設定しなければならない。

### 第13条（ウェブサイト）
総務課長は、町が開設する全てのウェブサイトについて、HTTPSによる常時暗号化を行わなければならない。

### 第14条（ドメイン名）
町が開設するウェブサイトには、できる限り地方公共団体向けドメイン名（lg.jp）を使用する。

### 第15条（研修）
総務課長は、職員に対し、年１回以上情報セキュリティ研修を実施しなければならない。

### 第16条（事故の報告）
職員は、情報セキュリティに関する事故又はそのおそれを知ったときは、直ちに総務課長に報告しなければならない。

### 第17条（外部委託）
課長等は、システムの運用を委託する場合は、委託先に守秘義務を課し、情報の取扱いについて報告を求めなければならない。

### 第18条（監査）
CISOは、必要に応じて外部の専門家による監査を実施するものとする。

附　則
この訓令は、令和４年４月１日から施行する。
''', {
    'unknown-malware': ('missing', ['article', 'deferral'], '振る舞い検知等による未知の不正プログラムへの対策は、将来の課題とする。',
                        'deferred (将来の課題)'),
    'it-asset-management': ('covered', ['article'], 'IT資産管理ソフトウェアを導入し、町が管理する全ての端末及びサーバのソフトウェアの名称及びバージョンを自動的に収集しなければならない。',
                            'automatic software collection on terminals and servers'),
    'web-encryption': ('covered', ['article'], '町が開設する全てのウェブサイトについて、HTTPSによる常時暗号化を行わなければならない。',
                       'every site, HTTPS always'),
    'email-encryption': ('outdated', ['article', 'modality'], '町のメールサーバと外部のメールサーバとの間の通信を、可能な限り暗号化するものとする。',
                         'server-to-server encryption only as far as possible (SPF/DKIM firm)'),
    'mobile-devices': ('outdated', ['article', 'negation', 'old-form'], '職員は、業務用のパソコン及びタブレット端末を役場庁舎の外に持ち出してはならない。',
                       'blanket ban on taking devices out and on other networks'),
    'domain-names': ('outdated', ['article', 'modality'], '町が開設するウェブサイトには、できる限り地方公共団体向けドメイン名（lg.jp）を使用する。',
                     'the public-body domain only as far as possible'),
    'iot-devices': ('outdated', ['article', 'modality'], '初期パスワードの変更、ファームウェアの更新及び業務用ネットワークからの分離に努めなければならない。',
                    'the device measures as an effort (努めなければならない)'),
    'issue-reporting': ('covered', ['article'], '情報セキュリティ対策の運用、自己点検及び研修の実施に当たって生じた課題を、統括情報セキュリティ責任者を経由してCISOに報告しなければならない。',
                        'issues from operation, self-inspection and training reported to the CISO'),
    'improvement-instructions': ('outdated', ['article', 'modality'], '課等に固有の改善事項は当該課長等に対し、改善を指示することができる。',
                                 'both kinds of instruction as a permission'),
    'promotion-structure': ('outdated', ['article', 'modality'], '３　町は、情報セキュリティ対策の推進を担う体制の整備に努めるものとする。',
                            'the promotion structure only as an effort'),
}, ['unknown-malware', 'it-asset-management', 'web-encryption', 'email-encryption', 'mobile-devices', 'domain-names',
    'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J10 独立行政法人 対策基準 (Markdown lists, an HTML-comment draft)
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('10-dokuho-list-kijun.md', '''# 独立行政法人地域交通安全センター情報セキュリティ対策基準

令和５年４月１日改正

## 第1章 総則

1. 本基準は、独立行政法人地域交通安全センター（以下「センター」という。）の情報セキュリティポリシーに基づき、
   職員等が遵守すべき情報セキュリティ対策を定めるものである。
2. 本基準は、センターの本部、全国の支所及び試験場に適用する。
3. 本基準において「職員等」とは、センターの役員、職員及び派遣労働者をいう。

## 第2章 組織体制

1. センターに最高情報セキュリティ責任者（以下「CISO」という。）を置き、理事長が指名する理事をもって充てる。
2. CISOは、情報セキュリティ対策推進体制として、総務部に情報セキュリティ推進室を置く。推進室の役割は次のとおりとする。
   - センター全体の情報セキュリティ対策の推進及び進捗管理
   - 支所及び試験場に対する指導及び技術的助言
   - 教育教材の作成及び自己点検の企画
   - CSIRTの事務局
3. CISOは、センター全体に共通する改善事項を推進室長に、特定の部署に固有の改善事項を当該部署の長に、それぞれ指示しなければならない。
4. 各部署の長は、情報セキュリティ責任者として、部署の対策を実施する。

## 第3章 情報の取扱い

1. 職員等は、情報の格付を行い、格付に従って取り扱うこと。
2. CISOは、デジタル著作権管理（DRM）システムを導入し、機密性3の電子ファイルには、利用者ごとに閲覧・編集・印刷の権限を付与する保護を施さなければならない。保護されたファイルは、センター外に流出した場合であっても、権限のない者が開くことはできないものとする。
3. 紙媒体で機密性3の情報を持ち出す場合は、上司の承認を得ること。

## 第4章 端末及びサーバ

1. 端末及びサーバには、ウイルス対策ソフトウェアを導入し、定義ファイルを最新に保つこと。
2. インターネット接続口に、未知の不正プログラムを検知して遮断する次世代ファイアウォールを設置すること。
3. 資産管理ツールによるソフトウェア情報の自動収集は、費用対効果の観点から当面導入を見合わせる。
4. 職員等は、私物のパソコン及びスマートフォンを業務に使用しないこと。
5. 複合機は、利用者認証を設定し、印刷ログを１年間保存すること。廃棄時は、記憶装置を物理的に破壊すること。

## 第5章 電子メール

1. 推進室長は、センターの電子メールサーバと外部の電子メールサーバとの通信をSTARTTLSで暗号化しなければならない。
2. 推進室長は、送信ドメイン認証（SPF及びDKIM）をセンターの全ての送信ドメインに設定しなければならない。
3. 職員等は、メール送信時に宛先の確認を徹底すること。

## 第6章 ウェブサイト

<!-- 改正案（未決定）: センターが運用する全てのウェブサイトを常時HTTPS化する。 -->

1. センターのウェブサイトのうち、ログイン画面及び受験申込フォームは、HTTPSにより暗号化すること。
2. センターのウェブサイト及び電子メールアドレスには、可能な限り go.jp ドメインを使用すること。

## 第7章 アカウント管理

1. 情報システムのアカウントは、人事異動の発令日に変更すること。
2. 管理者権限は、業務上必要な者に限り付与すること。

## 第8章 インシデント対応

1. 職員等は、インシデントを発見したときは、直ちにCSIRTに報告すること。
2. CSIRTは、CISOの指示のもと、初動対応、原因究明及び再発防止を行う。

## 第9章 教育・監査

1. 推進室は、全職員等を対象に年1回以上の教育を実施すること。
2. 監査責任者は、監査の結果をCISOに報告すること。

## 第10章 外部委託

1. 委託先との契約には、再委託の制限、情報の返却・消去及び事故時の報告を定めること。
''', {
    'unknown-malware': ('outdated', ['list', 'old-form', 'scope'], 'インターネット接続口に、未知の不正プログラムを検知して遮断する次世代ファイアウォールを設置すること。',
                        'unknown malware only at the Internet gateway'),
    'it-asset-management': ('missing', ['list', 'deferral'], '資産管理ツールによるソフトウェア情報の自動収集は、費用対効果の観点から当面導入を見合わせる。',
                            'automatic collection put off (見合わせる)'),
    'drm': ('covered', ['list'], 'CISOは、デジタル著作権管理（DRM）システムを導入し、',
            'DRM with per-user rights; leaked files cannot be opened'),
    'web-encryption': ('outdated', ['list', 'scope', 'old-form'], 'センターのウェブサイトのうち、ログイン画面及び受験申込フォームは、HTTPSにより暗号化すること。',
                       'HTTPS only on login and form pages; the HTTPS-everywhere draft is in an HTML comment'),
    'email-encryption': ('covered', ['list'], 'センターの電子メールサーバと外部の電子メールサーバとの通信をSTARTTLSで暗号化しなければならない。',
                         'server-to-server STARTTLS beside SPF and DKIM'),
    'mobile-devices': ('missing', ['list', 'separate-duty'], '職員等は、私物のパソコン及びスマートフォンを業務に使用しないこと。',
                       'a BYOD ban alone'),
    'domain-names': ('outdated', ['list', 'modality'], 'センターのウェブサイト及び電子メールアドレスには、可能な限り go.jp ドメインを使用すること。',
                     'go.jp only as far as possible'),
    'iot-devices': ('missing', ['list', 'separate-duty'], '複合機は、利用者認証を設定し、印刷ログを１年間保存すること。',
                    '複合機 treated as printers only'),
    'issue-reporting': ('missing', ['list', 'separate-duty'], '監査責任者は、監査の結果をCISOに報告すること。',
                        'only audit results are reported'),
    'improvement-instructions': ('covered', ['list'], 'CISOは、センター全体に共通する改善事項を推進室長に、特定の部署に固有の改善事項を当該部署の長に、それぞれ指示しなければならない。',
                                 'organisation-wide and department-specific instructions'),
    'promotion-structure': ('covered', ['list'], 'CISOは、情報セキュリティ対策推進体制として、総務部に情報セキュリティ推進室を置く。',
                            'a promotion office with its roles listed'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J11 国立研究開発法人 対策基準 (decimal, a heading with a placeholder, a code block)
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('11-rnd-taisakukijun.md', '''# 国立研究開発法人先端材料科学研究機構　情報セキュリティ対策基準

2022年４月１日制定　2024年４月１日改正

## 1. 総則

### 1.1 目的
本基準は、機構の情報セキュリティ基本方針に基づき、研究成果及び業務情報を保護するための対策を定める。

### 1.2 用語の定義
- 職員等：機構の役員、職員、任期付研究員、ポスドク研究員、技術補助員及び派遣労働者をいう。
- 特定用途機器：研究設備の制御装置、ネットワークカメラ、テレビ会議システム、入退室管理装置その他の特定の用途に用いられ、通信回線に接続される機器をいう。
- 情報権限管理（IRM）：電子ファイルに閲覧、編集、印刷等の利用権限を付与し、ファイルの所在にかかわらずその権限に従った利用のみを可能とする技術をいう。

## 2. 組織

### 2.1 最高情報セキュリティ責任者
理事長は、担当理事を最高情報セキュリティ責任者（CISO）に指名する。

### 2.2 情報セキュリティ委員会
CISOの諮問に応じて対策の基本方針を審議するため、情報セキュリティ委員会を置く。委員会は研究部門長及び管理部門長で構成する。

### 2.3 課題の報告
部門情報セキュリティ責任者は、対策の運用、自己点検及び教育の各取組において把握した課題を、四半期ごとにCISOに報告しなければならない。

### 2.4 改善
CISOは、機構横断的な改善事項及び部門特有の改善事項について、それぞれ適切な責任者に改善を指示することが望ましい。

## 3. 端末・サーバ装置

### 3.1 不正プログラム対策
情報基盤室長は、機構の全ての端末及びサーバ装置において、未知の不正プログラムの挙動を検知し、その実行を防止する機能を稼働させなければならない。

### 3.2 ソフトウェアの棚卸し
部門情報セキュリティ責任者は、毎年度、所管する端末及びサーバ装置のソフトウェアの棚卸しを手作業で行い、結果を情報基盤室に提出しなければならない。

### 3.3 モバイル端末
(1) 職員等は、機構が支給するモバイル端末を、機構内外の通信回線に接続して業務に利用することができる。
(2) 前項のモバイル端末は、情報基盤室の端末管理システム（MDM）に登録し、記録装置を暗号化し、紛失時の遠隔消去を可能としなければならない。
(3) 要管理対策区域外での利用に当たっては、のぞき見防止フィルタを使用すること。

### 3.4 特定用途機器
情報基盤室長は、特定用途機器について、初期パスワードの変更、ファームウェアの定期的な更新、研究用ネットワーク及び事務用ネットワークからの分離を行わなければならない。

## 4. 電子メール・ウェブ

### 4.1 電子メール
(1) 情報基盤室長は、メールサーバ間の通信のTLSによる暗号化並びにSPF及びDKIMの設定に努める。
(2) 職員等は、機構外に送信する電子メールについて、送信前に宛先を再確認しなければならない。

### 4.2 ウェブサイトの暗号化
（別に定める。）

ウェブサーバの設定例（参考）：

```
Strict-Transport-Security: max-age=31536000; includeSubDomains
# 全てのウェブサイトをHTTPSのみで提供する
```

### 4.3 ドメイン名
機構のウェブサイトに用いるドメイン名の取扱いについては、今後検討する。

## 5. 運用

### 5.1 パスワード
職員等は、パスワードを他者と共有してはならない。管理者アカウントには多要素認証を設定しなければならない。

### 5.2 教育
情報基盤室は、年１回、全職員等を対象とした標的型メール訓練を実施する。

### 5.3 インシデント対応
職員等は、インシデントを認知した場合には、直ちに機構CSIRTに報告しなければならない。

### 5.4 外部委託及びクラウドサービス
クラウドサービスを利用する場合は、ISMAPクラウドサービスリストに登録されたサービスから選定することを原則とする。

### 5.5 監査
監査室は、毎年度、情報セキュリティ監査を実施し、結果をCISOに報告する。
''', {
    'unknown-malware': ('covered', ['plain'], '機構の全ての端末及びサーバ装置において、未知の不正プログラムの挙動を検知し、その実行を防止する機能を稼働させなければならない。',
                        'behaviour-based prevention on all terminals and servers'),
    'it-asset-management': ('outdated', ['old-form'], '所管する端末及びサーバ装置のソフトウェアの棚卸しを手作業で行い、結果を情報基盤室に提出しなければならない。',
                            'a manual yearly inventory'),
    'drm': ('missing', ['list', 'definition'], '情報権限管理（IRM）：電子ファイルに閲覧、編集、印刷等の利用権限を付与し、',
            'IRM only defined; no clause requires it'),
    'web-encryption': ('missing', ['label'], '### 4.2 ウェブサイトの暗号化',
                       'a heading with a placeholder body; the HTTPS line is in a code block, not policy'),
    'email-encryption': ('outdated', ['list', 'modality'], '情報基盤室長は、メールサーバ間の通信のTLSによる暗号化並びにSPF及びDKIMの設定に努める。',
                         'transport encryption and sender authentication only as an effort'),
    'mobile-devices': ('covered', ['list'], '機構が支給するモバイル端末を、機構内外の通信回線に接続して業務に利用することができる。',
                       'use inside and outside with MDM, encryption and remote wipe'),
    'domain-names': ('missing', ['deferral'], '機構のウェブサイトに用いるドメイン名の取扱いについては、今後検討する。',
                     'domain rule deferred'),
    'iot-devices': ('covered', ['plain'], '特定用途機器について、初期パスワードの変更、ファームウェアの定期的な更新、研究用ネットワーク及び事務用ネットワークからの分離を行わなければならない。',
                    'default passwords, firmware, segmentation for defined special-purpose devices'),
    'issue-reporting': ('covered', ['plain'], '対策の運用、自己点検及び教育の各取組において把握した課題を、四半期ごとにCISOに報告しなければならない。',
                        'issues from operation, self-inspection and education reported to the CISO'),
    'improvement-instructions': ('outdated', ['plain', 'modality'], 'それぞれ適切な責任者に改善を指示することが望ましい。',
                                 'both kinds of instruction only desirable'),
    'promotion-structure': ('missing', ['separate-duty'], 'CISOの諮問に応じて対策の基本方針を審議するため、情報セキュリティ委員会を置く。',
                            'a deliberative committee only'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- J12 一部事務組合 対策基準, 第N条 with full-width digits
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('12-kumiai-taisakukijun.md', '''# 香原広域行政事務組合情報セキュリティ対策基準

令和５年２月１日告示第２号

## 第１章　総則

### 第１条（目的）
この基準は、香原広域行政事務組合（以下「組合」という。）が行う消防、廃棄物処理及び介護保険認定の事務において取り扱う情報資産を保護するため、必要な対策を定める。

### 第２条（定義）
この基準において「職員」とは、組合の職員及び構成市町から派遣された職員をいう。
２　この基準において「情報システム」とは、組合が管理する端末、サーバ、ネットワーク機器及びソフトウェアをいう。

### 第３条（適用範囲）
この基準は、組合の事務局、消防本部、各消防署及びクリーンセンターに適用する。
２　特定用途機器（ネットワークカメラ、テレビ会議装置、プラント制御装置等をいう。）は、この基準の対象外とする。

## 第２章　体制

### 第４条（最高情報セキュリティ責任者）
管理者は、副管理者を最高情報セキュリティ責任者（以下「CISO」という。）に指名する。

### 第５条（推進体制）
CISOは、事務局総務課に情報セキュリティ対策の推進体制を置くことが望ましい。

### 第６条（課題の報告）
各所属長は、情報セキュリティ対策の運用、自己点検及び研修において生じた課題を、CISOに報告することができる。

### 第７条（改善の指示）
CISOは、組合全体に共通する改善事項を事務局長に、所属に固有の改善事項を当該所属長に指示しなければならない。

## 第３章　情報資産の取扱い

### 第８条（重要情報の保護）
事務局長は、デジタル著作権管理の仕組みを導入し、個人情報を含む電子ファイルを構成市町等に提供する場合には、閲覧できる者を限定する保護を施さなければならない。
２　前項の保護は、当該ファイルが提供先から外部に流出した場合においても、権限を有しない者が内容を閲覧できないものでなければならない。

### 第９条（持出しの禁止）
職員は、組合の端末（ノートパソコン及びタブレット端末を含む。）を庁舎外に持ち出し、又は組合の通信回線以外に接続してはならない。ただし、災害時の特例は別に定める。

## 第４章　技術的対策

### 第10条（ソフトウェア情報の収集）
事務局長は、ＩＴ資産管理ソフトウェアにより、組合の全ての端末及びサーバのソフトウェア（名称及びバージョン）を自動で収集し、脆弱性情報が公表されたときは該当する機器を特定して対処しなければならない。

### 第11条（不正プログラム対策）
事務局長は、サーバに、未知の不正プログラムを振る舞いで検知して実行を阻止するソフトウェアを導入しなければならない。
２　端末には、定義ファイル方式のウイルス対策ソフトウェアを導入しなければならない。

### 第12条（電子メール）
職員は、個人情報を含むファイルを電子メールで送る場合は、ファイルをパスワード付きZIP形式に圧縮し、パスワードを別メールで送付しなければならない。

### 第13条（ウェブサイト）
事務局長は、組合の全てのウェブサイト（消防本部のサイトを含む。）を、ＨＴＴＰＳにより常時暗号化して公開しなければならない。
２　組合のウェブサイト（https://www.kohara-kouiki.lg.jp/）の更新は、事務局総務課が行う。

### 第14条（パスワード）
職員は、パスワードを８文字以上とし、他人に知られないよう管理しなければならない。

### 第15条（研修）
CISOは、毎年度、全職員を対象とした情報セキュリティ研修を実施しなければならない。

## 第５章　事故対応及び監査

### 第16条（事故対応）
職員は、情報漏えい等の事故を発見したときは、直ちに所属長に報告しなければならない。所属長は、CISOに報告しなければならない。

### 第17条（外部委託）
所属長は、委託先に対し、組合の情報セキュリティ対策基準と同等の対策を求めなければならない。

### 第18条（監査）
CISOは、２年に１回、情報セキュリティ監査を実施する。

附　則
この基準は、令和５年４月１日から施行する。
''', {
    'unknown-malware': ('missing', ['article', 'scope', 'separate-duty'], 'サーバに、未知の不正プログラムを振る舞いで検知して実行を阻止するソフトウェアを導入しなければならない。',
                        'behaviour-based prevention on servers only; terminals have definition files (a subset of a recommended item)'),
    'it-asset-management': ('covered', ['article'], 'ＩＴ資産管理ソフトウェアにより、組合の全ての端末及びサーバのソフトウェア（名称及びバージョン）を自動で収集し、',
                            'automatic software collection on terminals and servers (full-width letters)'),
    'drm': ('covered', ['article'], 'デジタル著作権管理の仕組みを導入し、個人情報を含む電子ファイルを構成市町等に提供する場合には、',
            'DRM that keeps leaked files unreadable'),
    'web-encryption': ('covered', ['article'], '組合の全てのウェブサイト（消防本部のサイトを含む。）を、ＨＴＴＰＳにより常時暗号化して公開しなければならない。',
                       'every site HTTPS always (full-width letters)'),
    'email-encryption': ('outdated', ['article', 'old-form'], 'ファイルをパスワード付きZIP形式に圧縮し、パスワードを別メールで送付しなければならない。',
                         'PPAP only; no transport encryption'),
    'mobile-devices': ('outdated', ['article', 'negation', 'old-form'], '組合の端末（ノートパソコン及びタブレット端末を含む。）を庁舎外に持ち出し、',
                       'blanket ban on taking devices out and on other networks'),
    'domain-names': ('missing', ['article', 'separate-duty'], '組合のウェブサイト（https://www.kohara-kouiki.lg.jp/）の更新は、事務局総務課が行う。',
                     'an lg.jp address merely mentioned; no rule on domain names'),
    'iot-devices': ('missing', ['article', 'exclusion'], '特定用途機器（ネットワークカメラ、テレビ会議装置、プラント制御装置等をいう。）は、この基準の対象外とする。',
                    'special-purpose devices excluded'),
    'issue-reporting': ('outdated', ['article', 'modality'], '研修において生じた課題を、CISOに報告することができる。',
                        'the issue report only permitted'),
    'improvement-instructions': ('covered', ['article'], 'CISOは、組合全体に共通する改善事項を事務局長に、所属に固有の改善事項を当該所属長に指示しなければならない。',
                                 'organisation-wide and department-specific instructions'),
    'promotion-structure': ('outdated', ['article', 'modality'], 'CISOは、事務局総務課に情報セキュリティ対策の推進体制を置くことが望ましい。',
                            'the promotion structure only desirable, with no roles'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- E01 English translation of an 独立行政法人's standards, numbered sections
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('13-en-agency-standards.md', '''# Japan Agency for Regional Trade Promotion — Information Security Standards (English translation)

Adopted 1 April 2020; last amended 1 October 2023. This translation is provided for reference; the Japanese text prevails.

## 1. General Provisions

1.1 Purpose. These Standards set out the measures that the officers and employees of the Japan Agency for
Regional Trade Promotion (the "Agency") shall take to protect the Agency's information and information systems.

1.2 Scope. These Standards apply to the head office, the regional offices and the overseas representative offices.

1.3 Definitions. In these Standards:
(a) "Staff" means the officers, employees, fixed-term employees and temporary agency workers of the Agency;
(b) "Mobile device" means a laptop, tablet or smartphone issued by the Agency for use while moving;
(c) "Confidential information" means information classified at confidentiality level 2 or higher.

## 2. Organisation

2.1 The President shall appoint an Executive Director as Chief Information Security Officer (CISO).

2.2 The Information Security Committee, chaired by the CISO and composed of the Directors-General, shall deliberate
on the revision of these Standards and on other important matters, and report its conclusions to the CISO.

2.3 The CISO may, where the CISO considers it appropriate, establish a unit to promote information security measures.

2.4 Each Director-General shall serve as Information Security Officer for his or her department.

2.5 Information Security Officers are encouraged to report to the CISO any issues that arise in the operation of
security measures, in self-inspection and in training.

## 3. Handling of Information

3.1 Staff shall classify information when they create or obtain it, and shall mark the classification.

3.2 The Information Systems Division shall operate an information rights management (IRM) service. Confidential
files sent outside the Agency shall be protected with IRM so that, if a file leaks, persons without rights cannot open,
print or copy it, whether the file is held on premises or in a cloud service.

3.3 Paper documents containing Confidential information shall be kept in locked cabinets.

## 4. Devices and Servers

4.1 When a PC, server or network device is delivered, the Information Systems Division shall record its model,
serial number and location in the equipment register.

4.2 A sandbox appliance that analyses attachments and downloads for unknown malware shall be installed at the
Internet gateway. PCs and servers shall run signature-based anti-virus software.

4.3 Staff may use mobile devices connected to networks inside and outside the Agency for their work, provided that
the device storage is encrypted, the device is enrolled in mobile device management (MDM), remote wipe is enabled and
multi-factor authentication is configured.

4.4 Multifunction printers shall require staff authentication before printing, and their hard disks shall be erased
when the lease ends.

## 5. E-mail, Web and Domain Names

5.1 Connections between staff mail clients and the Agency's mail server shall be encrypted with TLS.

5.2 Every website operated by the Agency, including campaign and event sites, shall be served over HTTPS only, and
plain HTTP requests shall be redirected to HTTPS.

5.3 The Agency's websites and e-mail addresses shall use the Agency's go.jp domain name.

## 6. Accounts and Passwords

6.1 Passwords shall be at least twelve characters and shall not be reused across systems.

6.2 Accounts of staff who leave the Agency shall be disabled on the day of departure.

## 7. Incidents

7.1 Staff who become aware of a security incident shall report it immediately to the Agency CSIRT.

7.2 The CSIRT shall contain the incident, investigate its cause and report to the CISO.

## 8. Outsourcing

8.1 Contracts with contractors shall include confidentiality, restrictions on subcontracting and incident reporting.

## 9. Audit and Review

9.1 The Audit Office shall audit information security each fiscal year and submit the audit report to the CISO.

9.2 The CISO shall direct each audited department to correct the findings of the audit and to report its corrective
actions.

9.3 The Committee shall review these Standards every year in the light of audit results.
''', {
    'unknown-malware': ('outdated', ['english', 'old-form', 'scope'], '4.2 A sandbox appliance that analyses attachments and downloads for unknown malware shall be installed at the',
                        'unknown malware only at the gateway; endpoints run signatures'),
    'it-asset-management': ('missing', ['english', 'separate-duty'], 'serial number and location in the equipment register.',
                            'a hardware register at delivery'),
    'drm': ('covered', ['english', 'wrapped'], '3.2 The Information Systems Division shall operate an information rights management (IRM) service. Confidential',
            'IRM that keeps leaked files unreadable, on premises or in the cloud'),
    'web-encryption': ('covered', ['english', 'wrapped'], '5.2 Every website operated by the Agency, including campaign and event sites, shall be served over HTTPS only, and',
                       'every site HTTPS only'),
    'email-encryption': ('missing', ['english', 'separate-duty'], "5.1 Connections between staff mail clients and the Agency's mail server shall be encrypted with TLS.",
                         'TLS between clients and the server only'),
    'mobile-devices': ('covered', ['english', 'wrapped'], '4.3 Staff may use mobile devices connected to networks inside and outside the Agency for their work, provided that',
                       'use inside and outside with encryption, MDM, remote wipe and MFA'),
    'domain-names': ('covered', ['english'], "5.3 The Agency's websites and e-mail addresses shall use the Agency's go.jp domain name.",
                     'firm go.jp rule'),
    'iot-devices': ('missing', ['english', 'separate-duty'], '4.4 Multifunction printers shall require staff authentication before printing, and their hard disks shall be erased',
                    'multifunction devices treated as printers only'),
    'issue-reporting': ('outdated', ['english', 'modality', 'wrapped'], '2.5 Information Security Officers are encouraged to report to the CISO any issues that arise in the operation of',
                        'the issue report only encouraged'),
    'improvement-instructions': ('missing', ['english', 'separate-duty', 'wrapped'], '9.2 The CISO shall direct each audited department to correct the findings of the audit and to report its corrective',
                                 'audit follow-up only'),
    'promotion-structure': ('outdated', ['english', 'modality'], '2.3 The CISO may, where the CISO considers it appropriate, establish a unit to promote information security measures.',
                            'the promotion unit only permitted, with no roles; the committee only deliberates'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- E02 national university corporation, English policy with Article headings
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('14-en-university-policy.md', '''# Seiran University Information Security Policy

National University Corporation Seiran University — approved by the Board of Directors on 20 March 2023

## Chapter 1. General

### Article 1 (Purpose)
This Policy sets out the measures by which Seiran University (the "University") protects the information assets
used in education, research, medical care and administration.

### Article 2 (Definitions)
1. "Members" means the officers, faculty, staff, students and visiting researchers of the University.
2. "Faculty unit" means each faculty, graduate school, research institute, the University Hospital and the
   Administration Bureau.
3. "Special-purpose devices" means network cameras, video-conferencing systems, building automation controllers,
   laboratory instruments with network interfaces and other devices for a specific purpose connected to the network.

### Article 3 (Scope)
This Policy applies to all information systems managed by the University and to all Members who use them.

## Chapter 2. Organisation

### Article 4 (CISO)
The Executive Director for Information shall serve as Chief Information Security Officer (CISO).

### Article 5 (Promotion)
The University shall endeavour to set up an office to promote information security.

### Article 6 (Improvement instructions)
1. The CISO shall instruct the Director of the Information Infrastructure Center to carry out improvements that
   concern the whole University.
2. The CISO shall instruct the Dean or Director of the faculty unit concerned to carry out improvements specific
   to that faculty unit.

## Chapter 3. Information and Devices

### Article 7 (Classification)
Members shall classify information and handle it according to its classification.

### Article 8 (Protection of confidential files)
Confidential files stored on laptops or removable media shall be encrypted with the University's standard
encryption software, and shared folders holding them shall be restricted to named users.

### Article 9 (Malware)
The Information Infrastructure Center shall deploy, on all University-managed endpoints and servers, a capability
that detects unknown malware from its behaviour and blocks its execution.

### Article 10 (Software inventory)
Each faculty unit shall, once a year, survey the software installed on its PCs by hand and submit the list to the
Information Infrastructure Center.

### Article 11 (Personal devices)
Members shall not use privately owned devices to handle the University's administrative information.

### Article 12 (Special-purpose devices)
The administrator of each special-purpose device shall change the default password before connecting it, keep its
firmware up to date and connect it only to a network segment separated from the administrative network.

## Chapter 4. E-mail, Web and Domains

### Article 13 (E-mail)
Members who send personal data or confidential files by e-mail shall encrypt the attachment and send the password
by a separate channel.

### Article 14 (Web)
All websites of the University and its faculty units shall be served over HTTPS only.

### Article 15 (Domain names)
Websites and e-mail addresses of the University shall use the University's ac.jp domain name.

## Chapter 5. Operation

### Article 16 (Passwords)
Members shall use passwords of at least twelve characters and multi-factor authentication for remote access.

### Article 17 (Training)
All Members shall complete information security training each academic year.

### Article 18 (Incidents)
Members shall report security incidents immediately to the University CSIRT.

### Article 19 (Audit)
1. The Internal Audit Office shall audit information security annually.
2. The Internal Audit Office shall report the audit results to the CISO and the President.

### Article 20 (Contractors)
Contracts for outsourced systems shall require the contractor to apply measures equivalent to this Policy.
''', {
    'unknown-malware': ('covered', ['english', 'article', 'wrapped'], 'The Information Infrastructure Center shall deploy, on all University-managed endpoints and servers, a capability',
                        'behaviour-based detection and blocking on endpoints and servers'),
    'it-asset-management': ('outdated', ['english', 'article', 'old-form'], 'Each faculty unit shall, once a year, survey the software installed on its PCs by hand and submit the list to the',
                            'a yearly manual software survey'),
    'drm': ('missing', ['english', 'article', 'separate-duty'], 'Confidential files stored on laptops or removable media shall be encrypted with the University',
            'ordinary encryption and folder access control'),
    'web-encryption': ('covered', ['english', 'article'], 'All websites of the University and its faculty units shall be served over HTTPS only.',
                       'every site HTTPS only'),
    'email-encryption': ('outdated', ['english', 'article', 'old-form'], 'Members who send personal data or confidential files by e-mail shall encrypt the attachment and send the password',
                         'staff encrypting attachments; no transport encryption'),
    'mobile-devices': ('missing', ['english', 'article', 'separate-duty'], "Members shall not use privately owned devices to handle the University's administrative information.",
                       'a BYOD ban alone'),
    'domain-names': ('covered', ['english', 'article'], "Websites and e-mail addresses of the University shall use the University's ac.jp domain name.",
                     'ac.jp for a higher-education 法人, firm'),
    'iot-devices': ('covered', ['english', 'article', 'wrapped'], 'The administrator of each special-purpose device shall change the default password before connecting it, keep its',
                    'default password, firmware, segmentation for defined special-purpose devices'),
    'issue-reporting': ('missing', ['english', 'article', 'separate-duty'], '2. The Internal Audit Office shall report the audit results to the CISO and the President.',
                        'only audit results are reported'),
    'improvement-instructions': ('covered', ['english', 'article', 'list'], '1. The CISO shall instruct the Director of the Information Infrastructure Center to carry out improvements that',
                                 'University-wide and faculty-specific instructions'),
    'promotion-structure': ('outdated', ['english', 'article', 'modality'], 'The University shall endeavour to set up an office to promote information security.',
                            'the promotion office only as an effort, with no roles'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- E03 city, English version of the security standards, bullet lists
# considered: unknown-malware, it-asset-management, web-encryption, email-encryption, mobile-devices, domain-names,
# iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('15-en-city-standards.md', '''# City of Minatogawa — Information Security Standards (English Version)

Effective April 1, 2022. Issued by the General Affairs Bureau, Digital Transformation Division.

## Part 1. Purpose and Scope

- These Standards implement the City of Minatogawa Information Security Basic Policy.
- They apply to the Mayor's Office, the Board of Education Secretariat, the Waterworks Bureau, the Fire Department
  and all other City bodies, and to every employee, part-time employee and dispatched worker (together, "staff").

## Part 2. Organisation

- The Deputy Mayor is the Chief Information Security Officer (CISO).
- An Information Security Promotion Section is established within the Digital Transformation Division as the unit
  that drives the City's information security measures. The Section shall:
  - drafts the annual security plan and tracks its implementation across all bureaus;
  - supports each bureau in applying these Standards and in self-inspection;
  - plans and delivers staff training;
  - acts as the point of contact of the City CSIRT.
- Each Bureau Director is the Information Security Manager of the bureau.
- Each Bureau Director shall report to the CISO the issues that arise in the bureau's operation of security measures,
  its self-inspection and its training, together with the proposed response.

## Part 3. Information Assets

- Staff shall classify information assets and label them according to the City's classification scheme.
- Documents containing personal information shall be stored only on the City's file server.
- Staff shall not take City PCs, tablets or smartphones out of City buildings, and shall not connect them to any
  network other than the City network.

## Part 4. Physical Security

- The server room shall be locked and entry shall be limited to authorised staff, with entries logged.
- Visitors shall wear a visitor badge and be escorted at all times in office areas.

## Part 5. Technical Measures

- The Promotion Section shall use IT asset management software that automatically collects, from all City PCs and
  servers, the name and version of every installed program, and shall use it to find vulnerable software.
- All PCs and servers shall run anti-virus software with automatic pattern-file updates.
- Staff shall lock their screens when leaving their desks.
- Network cameras, video-conference units and building management systems connected to City networks: bureaus
  should endeavour to change default passwords and apply firmware updates.

## Part 6. E-mail

- The City's mail servers shall encrypt all mail exchanged with external mail servers using STARTTLS.
- The Promotion Section shall publish SPF records and sign outgoing mail with DKIM for all City mail domains.
- Staff shall double-check recipients before sending mail outside the City.

## Part 7. Websites and Domain Names

- The following websites shall be served over HTTPS: the City portal and the online application service.
- Tourism, event and other sites run by contractors on the City's behalf are not subject to the preceding item.
- City websites and e-mail addresses should use the lg.jp domain name where practicable.

## Part 8. Incidents

- Staff who discover an incident shall report it to their Bureau Director and the CSIRT at once.
- The CSIRT shall coordinate containment and recovery and report to the CISO.

## Part 9. Outsourcing

- Contracts shall require contractors to comply with these Standards and to allow on-site inspection by the City.

## Part 10. Audit and Review

- The CISO shall have an information security audit performed every year.
- Where the audit identifies deficiencies in a bureau, the CISO shall order that bureau to correct them.
- These Standards shall be reviewed annually.
''', {
    'unknown-malware': ('missing', ['english', 'list', 'separate-duty'], '- All PCs and servers shall run anti-virus software with automatic pattern-file updates.',
                        'pattern-file antivirus only'),
    'it-asset-management': ('covered', ['english', 'list', 'wrapped'], '- The Promotion Section shall use IT asset management software that automatically collects, from all City PCs and',
                            'automatic collection of names and versions from PCs and servers'),
    'web-encryption': ('outdated', ['english', 'list', 'scope', 'exclusion'], '- Tourism, event and other sites run by contractors on the City',
                       'HTTPS only on listed sites; contractor-run sites exempt'),
    'email-encryption': ('covered', ['english', 'list'], "- The City's mail servers shall encrypt all mail exchanged with external mail servers using STARTTLS.",
                         'server-to-server STARTTLS beside SPF and DKIM'),
    'mobile-devices': ('outdated', ['english', 'list', 'negation', 'old-form', 'wrapped'], "- Staff shall not take City PCs, tablets or smartphones out of City buildings, and shall not connect them to any",
                       'blanket ban on taking devices out and on outside networks'),
    'domain-names': ('outdated', ['english', 'list', 'modality'], '- City websites and e-mail addresses should use the lg.jp domain name where practicable.',
                     'the public-body domain only where practicable'),
    'iot-devices': ('outdated', ['english', 'list', 'modality'], 'should endeavour to change default passwords and apply firmware updates.',
                    'IoT measures only as an effort'),
    'issue-reporting': ('covered', ['english', 'list', 'wrapped'], "- Each Bureau Director shall report to the CISO the issues that arise in the bureau's operation of security measures,",
                        'issues from operation, self-inspection and training reported to the CISO'),
    'improvement-instructions': ('missing', ['english', 'list', 'separate-duty'], '- Where the audit identifies deficiencies in a bureau, the CISO shall order that bureau to correct them.',
                                 'audit follow-up only'),
    'promotion-structure': ('covered', ['english', 'list', 'wrapped'], '- An Information Security Promotion Section is established within the Digital Transformation Division as the unit',
                            'a unit that drives the measures, roles listed'),
}, ['unknown-malware', 'it-asset-management', 'web-encryption', 'email-encryption', 'mobile-devices', 'domain-names',
    'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- E04 national research institute, English rules with §-style numbering
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('16-en-institute-rules.md', '''# National Institute for Coastal Disaster Research — Information Security Rules

Rules No. 14 of 2021, as amended on 1 April 2024 (English version)

## §1 Purpose
These Rules set out how the National Institute for Coastal Disaster Research (the "Institute") protects its research
data, observation systems and administrative information.

## §2 Definitions
(1) "Personnel" means officers, researchers, technical staff, administrative staff, postdoctoral fellows and
    dispatched workers of the Institute.
(2) "Observation network" means the sensors, data loggers and communication equipment of the Institute's coastal
    observation stations.

## §3 Roles
(1) The Director-General designates an Executive Director as Chief Information Security Officer (CISO).
(2) An Information Security Committee, consisting of the CISO and the heads of the research departments, meets
    quarterly to discuss security policy and advise the CISO.
(3) Each department head is the Information Security Manager of the department.
(4) The CISO may give instructions for Institute-wide improvements to the Head of IT Services and for
    department-specific improvements to the department head concerned.

## §4 Information handling
(1) Personnel shall classify data as Public, Internal or Restricted.
(2) Restricted files shared with partner universities or companies shall be protected with the Institute's digital
    rights management service, which applies per-user permissions to view, edit and print and keeps a protected file
    unreadable to anyone without permission, even after it has been copied outside the Institute.
(3) Personnel shall not store Restricted data on personal cloud storage.

## §5 Endpoints and servers
(1) Personnel shall install only software on the Institute's approved software list.
(2) The Head of IT Services shall operate, at the Institute's Internet gateway, a system that detects unknown
    malware by detonating suspicious files in a sandbox and blocks those found malicious.
(3) PCs and servers shall run the Institute's standard anti-virus software.
(4) Institute-issued laptops, tablets and smartphones may be connected to networks inside and outside the Institute
    for work, on condition that they are encrypted, enrolled in the Institute's MDM service and set up for remote wipe.

## §6 Observation network and other connected devices
(1) The observation network shall be separated from the administrative network by a firewall.
(2) Sensors, network cameras and video-conference units should, where feasible, have their default passwords
    changed and their firmware updated.

## §7 E-mail and web
(1) Personnel shall check the recipients before sending e-mail outside the Institute, and the mail system shall
    hold outgoing external mail for five minutes so that it can be recalled.
(2) Login pages and data-request forms on Institute websites shall be served over HTTPS.
(3) Whether the Institute's websites should move to a go.jp domain name will be decided after the next website
    renewal.

## §8 Accounts
(1) Accounts shall be personal; shared accounts are prohibited except for observation equipment.
(2) Privileged accounts shall use multi-factor authentication.

## §9 Training
All personnel shall complete annual security awareness training and a phishing exercise.

## §10 Incidents
(1) Personnel shall report any suspected incident to IT Services immediately.
(2) IT Services shall report significant incidents to the CISO and to the supervising ministry.

## §11 Contractors
Contractors who access Institute systems shall sign a confidentiality agreement and follow these Rules.

## §12 Audit
(1) The Audit Office shall audit compliance with these Rules every year.
(2) The Audit Office shall report the results of each audit to the CISO.
''', {
    'unknown-malware': ('outdated', ['english', 'list', 'old-form', 'scope', 'wrapped'], "(2) The Head of IT Services shall operate, at the Institute's Internet gateway, a system that detects unknown",
                        'unknown malware only at the gateway'),
    'it-asset-management': ('missing', ['english', 'list', 'separate-duty'], "(1) Personnel shall install only software on the Institute's approved software list.",
                            'a software allow-list, not automatic collection'),
    'drm': ('covered', ['english', 'list', 'wrapped'], "(2) Restricted files shared with partner universities or companies shall be protected with the Institute's digital",
            'DRM keeping copied files unreadable'),
    'web-encryption': ('outdated', ['english', 'list', 'scope', 'old-form'], '(2) Login pages and data-request forms on Institute websites shall be served over HTTPS.',
                       'HTTPS only on login and form pages'),
    'email-encryption': ('missing', ['english', 'list', 'separate-duty'], '(1) Personnel shall check the recipients before sending e-mail outside the Institute, and the mail system shall',
                         'mis-sending prevention only'),
    'mobile-devices': ('covered', ['english', 'list', 'wrapped'], '(4) Institute-issued laptops, tablets and smartphones may be connected to networks inside and outside the Institute',
                       'use inside and outside with encryption, MDM and remote wipe'),
    'domain-names': ('missing', ['english', 'list', 'deferral'], "(3) Whether the Institute's websites should move to a go.jp domain name will be decided after the next website",
                     'the domain rule deferred'),
    'iot-devices': ('outdated', ['english', 'list', 'modality', 'wrapped'], '(2) Sensors, network cameras and video-conference units should, where feasible, have their default passwords',
                    'device measures only where feasible (should)'),
    'issue-reporting': ('missing', ['english', 'list', 'separate-duty'], '(2) The Audit Office shall report the results of each audit to the CISO.',
                        'only audit results are reported'),
    'improvement-instructions': ('outdated', ['english', 'list', 'modality', 'wrapped'], '(4) The CISO may give instructions for Institute-wide improvements to the Head of IT Services and for',
                                 'both kinds of instruction only permitted (may)'),
    'promotion-structure': ('missing', ['english', 'list', 'separate-duty', 'wrapped'], '(2) An Information Security Committee, consisting of the CISO and the heads of the research departments, meets',
                            'a committee that discusses and advises only'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- E05 指定法人 (designated corporation), English standards in Markdown headings
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# domain-names, iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('17-en-designated-corp.md', '''# Japan Occupational Qualification Center — Information Security Measures Standard

Version 3.1 (1 July 2023). Approved by the President.

## 1 Introduction

### 1.1 Purpose
This Standard sets out the security measures of the Japan Occupational Qualification Center (the "Center"), a
corporation designated under the Basic Act on Cybersecurity, for the examinations, certificates and registers it
maintains.

### 1.2 Scope
This Standard covers all Center information systems, including the examination management system, the online
application portal and the certificate verification service, and all employees and contractors who use them.

## 2 Governance

### 2.1 Chief Information Security Officer
The Executive Director for Administration is the Chief Information Security Officer (CISO).

### 2.2 Security Steering Committee
The Security Steering Committee, chaired by the CISO, reviews security plans and incident reports and makes
recommendations to the President. The Committee has no executive staff of its own.

### 2.3 Improvement instructions
(a) The CISO shall instruct the Head of Information Systems to implement improvements that concern the Center as a
whole.
(b) The CISO shall instruct the head of a division to implement improvements that are specific to that division.

## 3 Information

### 3.1 Classification
Information shall be classified as Public, Internal, Confidential or Strictly Confidential.

### 3.2 Access
Confidential and Strictly Confidential folders shall be accessible only to groups approved by the division head, and
access rights shall be reviewed every six months.

## 4 Systems

### 4.1 Malware
Every Center PC and server shall run endpoint detection and response (EDR) software that identifies previously
unknown malware from its behaviour and stops it from executing, in addition to conventional anti-virus software.

### 4.2 Software records
Each division shall keep a spreadsheet of the software installed on its PCs, updated by a manual check every six
months, and send it to Information Systems.

### 4.3 Connected devices
Network cameras at examination venues, video-conference systems and the building's access-control and air-conditioning
controllers shall have their default credentials replaced at installation, receive firmware updates, and be placed on
network segments isolated from the business network.

### 4.4 Personal devices
Employees shall not connect personally owned smartphones, tablets or computers to Center systems.

## 5 E-mail

### 5.1 Transport and sender authentication
The Center's mail gateways shall use STARTTLS for all connections with other mail servers, and all Center sending
domains shall publish SPF records and sign outgoing mail with DKIM.

### 5.2 Awareness
Employees shall report suspicious e-mail to Information Systems using the report button.

## 6 Web and domain names

### 6.1 Encryption
Center websites should be served over HTTPS where possible.

### 6.2 Domain names
Center websites and e-mail addresses should, as far as possible, use the Center's go.jp domain name.

## 7 People

### 7.1 Training
Employees shall complete security training on joining and every year afterwards.

### 7.2 Passwords
Passwords shall be at least 12 characters; multi-factor authentication is required for remote access.

## 8 Incidents
Employees shall report incidents to Information Systems immediately; Information Systems shall notify the CISO.

## 9 Audit
The Internal Auditor shall audit this Standard annually and report the audit results to the CISO and the Board.
''', {
    'unknown-malware': ('covered', ['english', 'wrapped'], 'Every Center PC and server shall run endpoint detection and response (EDR) software that identifies previously',
                        'behaviour-based prevention on PCs and servers'),
    'it-asset-management': ('outdated', ['english', 'old-form', 'wrapped'], 'Each division shall keep a spreadsheet of the software installed on its PCs, updated by a manual check every six',
                            'manual spreadsheet of installed software'),
    'drm': ('missing', ['english', 'separate-duty', 'wrapped'], 'Confidential and Strictly Confidential folders shall be accessible only to groups approved by the division head, and',
            'ordinary access control'),
    'web-encryption': ('outdated', ['english', 'modality'], 'Center websites should be served over HTTPS where possible.',
                       'HTTPS only where possible'),
    'email-encryption': ('covered', ['english', 'wrapped'], "The Center's mail gateways shall use STARTTLS for all connections with other mail servers, and all Center sending",
                         'server-to-server STARTTLS with SPF and DKIM'),
    'mobile-devices': ('missing', ['english', 'separate-duty'], 'Employees shall not connect personally owned smartphones, tablets or computers to Center systems.',
                       'a BYOD ban alone'),
    'domain-names': ('outdated', ['english', 'modality'], "Center websites and e-mail addresses should, as far as possible, use the Center's go.jp domain name.",
                     'go.jp only as far as possible'),
    'iot-devices': ('covered', ['english', 'wrapped'], 'Network cameras at examination venues, video-conference systems and the building',
                    'default credentials, firmware and isolation for cameras, TV conference and building controllers'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], 'The Internal Auditor shall audit this Standard annually and report the audit results to the CISO and the Board.',
                        'only audit results are reported'),
    'improvement-instructions': ('covered', ['english', 'list', 'wrapped'], '(a) The CISO shall instruct the Head of Information Systems to implement improvements that concern the Center as a',
                                 'Center-wide and division-specific instructions'),
    'promotion-structure': ('missing', ['english', 'separate-duty', 'wrapped'], 'The Security Steering Committee, chaired by the CISO, reviews security plans and incident reports and makes',
                            'a committee that reviews and recommends only'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

# ---------------------------------------------------------------- E06 prefecture, English summary-style standards with Article numbers
# considered: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# iot-devices, issue-reporting, improvement-instructions, promotion-structure
case('18-en-prefecture-standards.md', '''# Kitakaze Prefecture Information Security Standards

Prefectural Directive No. 22, effective 1 April 2023 (English version prepared by the International Affairs Division)

## Chapter I — General Provisions

Article 1 (Purpose) These Standards prescribe the measures the Prefecture takes to protect its information assets in
accordance with the Kitakaze Prefecture Information Security Basic Policy.

Article 2 (Scope) These Standards apply to the Governor's departments, the Prefectural Assembly Secretariat, the
administrative committees, the Public Enterprise Bureau and the prefectural police administration office.

Article 3 (Definitions) "Staff" means prefectural employees, fiscal-year appointed staff and dispatched workers.
"Information assets" means networks, information systems, the data they handle and related documents.

## Chapter II — Organisation

Article 4 (CISO) The Vice-Governor is the Chief Information Security Officer (CISO).

Article 5 (Information Security Promotion Division) The Information Security Promotion Division is established in the
Digital Government Department as the body responsible for promoting information security measures throughout the
Prefecture. Its roles are:
(1) to draft and revise these Standards and the implementation procedures;
(2) to plan and coordinate training and self-inspection across all departments;
(3) to give technical advice to departments and to run the Prefectural CSIRT;
(4) to monitor the implementation of measures and report on it to the CISO.

Article 6 (Reporting of issues) Each Department Director shall report to the CISO, through the Promotion Division,
the issues identified in operating security measures, in self-inspection and in training.

## Chapter III — Information Assets

Article 7 (Classification) Staff shall classify information assets by confidentiality, integrity and availability.

Article 8 (Leak protection) Introduction of rights management technology for files shared outside the Prefecture will
be considered when the document management system is next renewed.

Article 9 (Removal) Staff shall not take prefectural PCs, tablets or smartphones out of prefectural offices, and
shall not connect them to external networks.

## Chapter IV — Technical Security

Article 10 (Software information) The Promotion Division shall use IT asset management software to gather, without
manual work, the names and versions of software on every prefectural PC and server, and shall use the results to
apply security updates promptly when vulnerabilities are announced.

Article 11 (Malware) Every prefectural PC shall have a behaviour-based protection function that detects unknown
malware and prevents it from running. Servers shall run pattern-file anti-virus software.

Article 12 (E-mail) Prefectural mail servers should encrypt mail exchanged with other mail servers using TLS and
should support sender domain authentication (SPF and DKIM).

Article 13 (Websites) All websites operated by or for the Prefecture shall be served exclusively over HTTPS.

Article 14 (Connected equipment) Security measures for network cameras, video-conference systems and building
management equipment will be studied in the next fiscal year.

## Chapter V — Operations

Article 15 (Passwords) Staff shall set passwords of at least eight characters and shall not disclose them.

Article 16 (Training) The Promotion Division shall provide annual security training for all staff.

Article 17 (Incidents) Staff shall report incidents immediately to their Department Director and the CSIRT.

Article 18 (Outsourcing) Contracts shall oblige contractors to protect prefectural information and report incidents.

Article 19 (Audit) The Prefecture shall conduct an information security audit every year. The CISO shall instruct
any department found deficient in the audit to correct the deficiencies and report the results.

Article 20 (Review) These Standards shall be reviewed each year.
''', {
    'unknown-malware': ('missing', ['english', 'article', 'scope', 'separate-duty', 'wrapped'], 'Article 11 (Malware) Every prefectural PC shall have a behaviour-based protection function that detects unknown',
                        'behaviour-based prevention on PCs only; servers run pattern files (a subset of a recommended item)'),
    'it-asset-management': ('covered', ['english', 'article', 'paraphrase', 'wrapped'], 'Article 10 (Software information) The Promotion Division shall use IT asset management software to gather, without',
                            'automatic collection of names and versions from PCs and servers'),
    'drm': ('missing', ['english', 'article', 'deferral', 'wrapped'], 'Article 8 (Leak protection) Introduction of rights management technology for files shared outside the Prefecture will',
            'rights management deferred'),
    'web-encryption': ('covered', ['english', 'article'], 'Article 13 (Websites) All websites operated by or for the Prefecture shall be served exclusively over HTTPS.',
                       'every site HTTPS only'),
    'email-encryption': ('outdated', ['english', 'article', 'modality', 'wrapped'], 'Article 12 (E-mail) Prefectural mail servers should encrypt mail exchanged with other mail servers using TLS and',
                         'transport encryption and sender authentication worded as should'),
    'mobile-devices': ('outdated', ['english', 'article', 'negation', 'old-form'], 'Article 9 (Removal) Staff shall not take prefectural PCs, tablets or smartphones out of prefectural offices, and',
                       'blanket ban on taking devices out and on external networks'),
    'iot-devices': ('missing', ['english', 'article', 'deferral', 'wrapped'], 'Article 14 (Connected equipment) Security measures for network cameras, video-conference systems and building',
                    'IoT measures deferred'),
    'issue-reporting': ('covered', ['english', 'article', 'wrapped'], 'Article 6 (Reporting of issues) Each Department Director shall report to the CISO, through the Promotion Division,',
                        'issues from operation, self-inspection and training reported to the CISO'),
    'improvement-instructions': ('missing', ['english', 'article', 'separate-duty', 'wrapped'], 'The CISO shall instruct',
                                 'audit follow-up only'),
    'promotion-structure': ('covered', ['english', 'article', 'list', 'wrapped'], 'Article 5 (Information Security Promotion Division) The Information Security Promotion Division is established in the',
                            'a promotion division with its roles listed'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
    'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure'])

write_set(D, C)
