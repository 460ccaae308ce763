# Source of the blind set test/fixtures/blind13/: eighteen whole documents of kinds not used before (a 市町村 対策基準
# in the 総務省 guideline style with 3-tier separation, a 国立大学法人 規則 with its 細則, a 独立行政法人 対策基準 with
# 欠番/削除 items, a role x duty matrix, a definitions-heavy 規程, a mail/web 運用手順 with code blocks and HTML comments,
# a 規程 whose 附則 delays or suspends articles, a telework 実施手順, a self-inspection 要領 with a checklist; in English
# an RFC 2119 baseline, a city council policy, university IT regulations with cross-references, a health trust's policy
# with a compliance table, a state agency's policy with exceptions and a sunset clause, a one-page charter, contractor
# clauses, a policy whose duties sit in footnotes and appendices, and a translated 独立行政法人 regulation).
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary, issue
# 11's status table, labelset.py and one generator for its format; no engine source, catalog, docs, other sets' texts
# or Kijun output were seen, and these labels were written before any run.
# The ids a document speaks to (or plainly invites a wrong verdict for) are labelled by hand with the clause that
# decides them; complete() then marks every other id `missing` with the tag `absent` and the title line as snippet.
# Status rules (issue 11): negation/deferral/exclusion/label/heading/definition -> missing; a subset of a mandatory
# requirement in its pre-revision form -> outdated, a subset of a recommended item (unknown-malware, it-asset-management,
# drm: e.g. terminals only, servers only, telework terminals only) -> missing; mandatory duty worded as
# wish/effort/permission/"as far as possible" (努める, 望ましい, できる, SHOULD, "may ... where appropriate") -> outdated;
# SHOULD/努める for a recommended item is its normal form -> covered; a separate duty still in force (audit or
# self-inspection results, incident reporting, SPF/DKIM only, 誤送信防止, pattern-file antivirus, storage encryption,
# hardware registers) -> missing; pre-revision form of the same duty (manual software survey or ledger, unknown malware
# only at the boundary, blanket mobile ban, attachment-only mail encryption) -> outdated. A ban followed by a paragraph
# that permits use with safeguards is the permission (covered).
# Readings specific to this set: text inside code blocks and HTML comments, checklist questions, informative annexes and
# references to documents not reproduced impose nothing (missing). A 附則 that enacts an article from a fixed date is a
# decided duty (covered); one that suspends it 「当分の間」 or until 「別に定める日」 is a deferral (missing). A standing
# exception or a general waiver that removes a requirement from all systems is an exclusion (missing); one that removes
# some sites from an all-sites rule is a limited scope (outdated). A contractor clause binds the body's systems only
# when it addresses them (the contractor's own systems -> missing). Footnotes and appendices of a policy are policy.
# Documents about students' or home devices do not address the body's mobile terminals / IoT devices (missing).
# Files avoid older-edition fingerprints (府省庁, 行政事務従事者, 平成28年度版); no document cites an older edition.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind13'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered, strict=True)))


# ---------------------------------------------------------------- 01 city: 総務省 guideline style, 3-tier separation
# considered: promotion-structure, improvement-instructions, it-asset-management, drm, iot-devices, unknown-malware,
# web-encryption, email-encryption, mobile-devices, issue-reporting (domain-names: nothing in the text)
case('01-city-taisakukijun-3tier.md', '''# 北浜市情報セキュリティ対策基準

制定　令和元年１０月１日訓令第８号
改正　令和７年３月２８日訓令第５号

## 第１章　総則

### 第１条（目的）
この訓令は、北浜市情報セキュリティ基本方針（以下「基本方針」という。）に基づき、本市の情報資産を脅威から守るために
遵守すべき対策の基準を定めることを目的とする。

### 第２条（対象範囲）
この基準の対象とする機関は、市長部局、議会事務局、各行政委員会及び消防本部とし、教育委員会が所管する学校の校務系
ネットワークについては、別に定める。
２　この基準は、前項の機関に属する職員、会計年度任用職員及び臨時職員（以下「職員等」という。）並びに外部委託事業者に適用する。

## 第２章　組織体制

### 第３条（最高情報セキュリティ責任者）
副市長を最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）とし、本市における全てのネットワーク、情報システム等の
情報資産の管理及び情報セキュリティ対策に関する最終決定権限及び責任を有する。

### 第４条（統括情報セキュリティ責任者）
総務部長を統括情報セキュリティ責任者とし、ＣＩＳＯを補佐させる。
２　各課の長を情報セキュリティ管理者とし、所管する課の情報セキュリティ対策に関する権限及び責任を有する。

### 第５条（情報セキュリティ推進チーム）
本市の情報セキュリティ対策の推進を担う組織として、総務部情報政策課に情報セキュリティ推進チーム（以下「推進チーム」という。）を置く。
２　推進チームは、次に掲げる事務を行う。
（１）情報セキュリティ対策基準及び実施手順の改定案の作成
（２）職員等に対する情報セキュリティ研修の企画及び実施
（３）自己点検の取りまとめ及び情報セキュリティインシデントへの対応の調整
（４）各課の情報セキュリティ管理者に対する助言及び支援

### 第６条（情報セキュリティ委員会）
本市の情報セキュリティ対策を統一的に行うため、ＣＩＳＯを委員長とする情報セキュリティ委員会（以下「委員会」という。）を置き、
情報セキュリティポリシーの策定及び見直しに関する事項を審議する。
２　委員会は、監査の結果を踏まえ、情報セキュリティポリシーの見直しの要否を審議する。

## 第３章　情報資産の分類と管理

### 第７条（情報資産の管理）
情報セキュリティ管理者は、所管する情報資産について、機密性、完全性及び可用性に応じて分類し、情報資産管理台帳に記録しなければならない。
２　機密性３の情報資産を外部記録媒体に保存する場合は、暗号化を施さなければならない。
３　ＵＳＢメモリ等の外部記録媒体は、情報政策課が許可したものに限り使用することができる。

## 第４章　物理的セキュリティ

### 第８条（管理区域）
サーバ等を設置する管理区域には、ＩＣカードによる入退室管理を行い、入退室の記録を１年間保存する。

### 第９条（庁舎の設備）
庁舎の監視カメラ及び入退室管理装置の管理は、施設管理課が別に定める庁舎管理規則によるものとし、この基準は適用しない。

## 第５章　技術的セキュリティ

### 第１０条（ネットワークの分離）
本市のネットワークは、次の各号に掲げる系統に分割し、系統間の通信は必要最小限に制限しなければならない。
（１）マイナンバー利用事務系　住民基本台帳、税、福祉等の個人番号利用事務を行う系統とし、他の系統との通信を遮断する。
（２）ＬＧＷＡＮ接続系　ＬＧＷＡＮを経由して他の地方公共団体等と通信する系統とする。
（３）インターネット接続系　インターネットに接続する系統とし、都道府県と市区町村が共同で運用する自治体情報セキュリティ
クラウドを経由して接続する。
２　ＬＧＷＡＮ接続系にインターネット接続系のファイルを取り込む場合は、無害化処理を行わなければならない。

### 第１１条（不正プログラム対策）
情報システム管理者は、全ての端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、パターンファイルを常に最新の状態に保たなければならない。
２　未知の不正プログラムへの対策は、インターネットとの境界である自治体情報セキュリティクラウドにおいて、サンドボックスによる振る舞いの検知により行うものとする。

### 第１２条（ウェブサイト）
本市のウェブサイトは、自治体情報セキュリティクラウドのウェブ監視の対象とする。
２　電子申請システムその他市民に個人情報を入力させるページは、ＴＬＳにより通信を暗号化しなければならない。

### 第１３条（電子メール）
インターネット接続系の電子メールは、自治体情報セキュリティクラウドのメール中継サーバを経由して送受信し、ＳＰＦによる送信ドメイン認証を行う。
２　職員等は、外部に電子メールを送信する場合は、宛先を複数人で確認し、誤送信を防止しなければならない。

### 第１４条（モバイル端末）
職員等は、市が貸与する端末を庁外に持ち出し、又は庁外の通信回線に接続してはならない。
２　前項の規定にかかわらず、ＣＩＳＯが承認したモバイル端末であって、端末の暗号化、多要素認証及び遠隔消去の措置を講じたものは、庁外において、閉域網を経由してＬＧＷＡＮ接続系に接続し、業務に使用することができる。

## 第６章　運用

### 第１５条（自己点検）
情報セキュリティ管理者は、毎年度、所管する課の自己点検を実施し、その結果をＣＩＳＯに報告しなければならない。

### 第１６条（監査）
ＣＩＳＯは、毎年度、情報セキュリティ監査を実施し、その結果を委員会に報告する。

### 第１７条（侵害時の対応）
職員等は、情報セキュリティインシデントを認知したときは、直ちに情報政策課に報告しなければならない。

附　則
この訓令は、令和７年４月１日から施行する。
''', {
    'promotion-structure': ('covered', ['article', 'list'], '本市の情報セキュリティ対策の推進を担う組織として、総務部情報政策課に情報セキュリティ推進チーム（以下「推進チーム」という。）を置く。',
                            'a unit driving the measures is set up and its duties are listed in 号'),
    'improvement-instructions': ('missing', ['article', 'separate-duty'], '委員会は、監査の結果を踏まえ、情報セキュリティポリシーの見直しの要否を審議する。',
                                 'only the committee deliberating a policy review; no CISO instruction of organisation-wide and section-specific improvements'),
    'it-asset-management': ('missing', ['article', 'separate-duty'], '所管する情報資産について、機密性、完全性及び可用性に応じて分類し、情報資産管理台帳に記録しなければならない。',
                            'an information-asset ledger by classification; no automatic collection of software information'),
    'drm': ('missing', ['article', 'separate-duty'], '機密性３の情報資産を外部記録媒体に保存する場合は、暗号化を施さなければならない。',
            'storage encryption on removable media; no rights management that survives a leak'),
    'iot-devices': ('missing', ['article', 'exclusion'], '庁舎の監視カメラ及び入退室管理装置の管理は、施設管理課が別に定める庁舎管理規則によるものとし、この基準は適用しない。',
                    'cameras and access-control devices are excluded from this standard'),
    'unknown-malware': ('outdated', ['article', 'old-form'], '未知の不正プログラムへの対策は、インターネットとの境界である自治体情報セキュリティクラウドにおいて、サンドボックスによる振る舞いの検知により行うものとする。',
                        'unknown malware handled only at the Internet boundary; terminals and servers have pattern files only'),
    'web-encryption': ('outdated', ['article', 'scope'], '電子申請システムその他市民に個人情報を入力させるページは、ＴＬＳにより通信を暗号化しなければならない。',
                       'encryption only for e-application and personal-data pages, not every site'),
    'email-encryption': ('missing', ['article', 'separate-duty'], 'インターネット接続系の電子メールは、自治体情報セキュリティクラウドのメール中継サーバを経由して送受信し、ＳＰＦによる送信ドメイン認証を行う。',
                         'SPF only and 誤送信防止; no transport encryption'),
    'mobile-devices': ('covered', ['article', 'condition', 'negation'], '前項の規定にかかわらず、ＣＩＳＯが承認したモバイル端末であって、端末の暗号化、多要素認証及び遠隔消去の措置を講じたものは、庁外において、閉域網を経由してＬＧＷＡＮ接続系に接続し、業務に使用することができる。',
                       'the ban in 第1項 is lifted by 第2項 for mobile terminals with encryption, MFA and remote wipe'),
    'issue-reporting': ('missing', ['article', 'separate-duty'], '情報セキュリティ管理者は、毎年度、所管する課の自己点検を実施し、その結果をＣＩＳＯに報告しなければならない。',
                        'only self-inspection results reported; no issues from operation, self-inspection and education'),
}, ['promotion-structure', 'improvement-instructions', 'it-asset-management', 'drm', 'iot-devices', 'unknown-malware',
    'web-encryption', 'email-encryption', 'mobile-devices', 'issue-reporting'])

# ---------------------------------------------------------------- 02 national university: 規則 + 細則
# considered: promotion-structure, issue-reporting, improvement-instructions, domain-names, web-encryption,
# email-encryption, drm, unknown-malware, it-asset-management, mobile-devices (iot-devices: nothing in the text)
case('02-univ-kisoku-saisoku.md', '''# 国立大学法人東雲大学情報セキュリティ規則

（令和２年４月１日規則第１５号）

## 第１章　総則

### 第１条（目的）
この規則は、国立大学法人東雲大学（以下「本学」という。）における情報セキュリティ対策に関し必要な事項を定め、
本学の情報資産を適切に保護することを目的とする。

### 第２条（定義）
この規則において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　情報システム　ハードウェア及びソフトウェアから構成され、情報処理又は通信の用に供するものをいう。
二　部局　学部、研究科、附置研究所、附属病院及び事務局をいう。
三　教職員等　本学の役員及び教職員並びに本学の業務に従事する者をいう。

### 第３条（適用範囲）
この規則は、本学の情報システム及びその利用者に適用する。

## 第２章　組織

### 第４条（最高情報セキュリティ責任者）
本学に、最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、情報担当理事をもって充てる。

### 第５条（全学情報セキュリティ委員会）
本学の情報セキュリティに関する重要事項を審議するため、全学情報セキュリティ委員会（以下「委員会」という。）を置く。
２　委員会の組織及び運営に関し必要な事項は、別に定める。

### 第６条（部局情報セキュリティ責任者）
部局に部局情報セキュリティ責任者を置き、部局長をもって充てる。

### 第７条（課題の報告）
部局情報セキュリティ責任者は、当該部局における情報セキュリティ対策の運用、自己点検及び教育の実施を通じて明らかになった
課題を、ＣＩＳＯに報告しなければならない。
２　前項の報告の時期及び様式は、細則で定める。

### 第８条（改善の指示）
ＣＩＳＯによる改善の指示に関し必要な事項は、細則で定める。

## 第３章　情報システムの対策

### 第９条（ドメイン名）
本学の情報システムで使用するドメイン名は、細則で定める。

### 第１０条（技術的対策）
情報基盤センター長は、本学の情報システムについて、細則で定めるところにより、不正プログラム対策、脆弱性対策、
通信の暗号化その他の技術的対策を講じなければならない。

附　則
この規則は、令和２年４月１日から施行する。

---

# 東雲大学情報セキュリティ対策細則

（令和２年４月１日学長裁定、令和７年１０月１日改正）

### 第１条（趣旨）
この細則は、国立大学法人東雲大学情報セキュリティ規則（以下「規則」という。）の実施に関し必要な事項を定める。

### 第２条（課題の報告の時期）
規則第７条第１項の報告は、毎年度末までに、別紙様式により行うものとする。ただし、緊急を要する課題は、判明した都度報告する。

### 第３条（ドメイン名）
規則第９条に規定するドメイン名は、本学が登録した shinonome-u.ac.jp 及びそのサブドメインとする。
２　教職員等は、本学の業務のためのウェブサイト及び電子メールアドレスに、前項以外のドメイン名を使用してはならない。

### 第４条（ウェブサイトの暗号化）
情報基盤センター長及び部局情報セキュリティ責任者は、本学が開設する全てのウェブサイト（部局及び研究室が開設するものを含む。）を、ＨＴＴＰＳにより常時暗号化しなければならない。

### 第５条（電子メール）
全学メールサーバは、学外のメールサーバとの通信において、ＳＴＡＲＴＴＬＳによる暗号化を行うよう努めるものとする。
２　機密性の高いファイルを電子メールに添付して学外に送信する場合は、当該ファイルにパスワードを設定し、パスワードは別の手段で通知する。

### 第６条（不正プログラム対策）
情報基盤センター長は、教職員等が使用する端末に、未知の不正プログラムをその振る舞いにより検知し、実行を阻止するソフトウェアを導入する。
２　サーバ装置については、パターンファイル方式の不正プログラム対策ソフトウェアによるものとする。

### 第７条（ソフトウェアの把握）
情報基盤センター長は、端末及びサーバ装置にインストールされたソフトウェアの情報を自動的に収集する資産管理ソフトウェアの導入について、次期情報基盤システムの更新に合わせて検討する。

### 第８条（学生の私物端末）
学生は、私物のスマートフォン、タブレット端末及びノートパソコンを、学内無線ＬＡＮのゲスト用ネットワークに限り接続することができる。

### 第９条（改善の指示）
（準備中）

附　則
この細則は、令和７年１０月１日から実施する。
''', {
    'promotion-structure': ('missing', ['article', 'paraphrase'], '本学の情報セキュリティに関する重要事項を審議するため、全学情報セキュリティ委員会（以下「委員会」という。）を置く。',
                            'a deliberative committee only; no unit that drives the measures with its roles'),
    'issue-reporting': ('covered', ['article', 'wrapped'], '部局情報セキュリティ責任者は、当該部局における情報セキュリティ対策の運用、自己点検及び教育の実施を通じて明らかになった',
                        '規則第7条: issues from operation, self-inspection and education reported to the CISO'),
    'improvement-instructions': ('missing', ['article', 'heading', 'deferral'], '第９条（改善の指示）',
                                 '規則第8条 delegates to the 細則, whose article has only a placeholder body'),
    'domain-names': ('covered', ['article'], '規則第９条に規定するドメイン名は、本学が登録した shinonome-u.ac.jp 及びそのサブドメインとする。',
                     'the 細則 fixes the ac.jp domain of a higher-education body for sites and mail'),
    'web-encryption': ('covered', ['article'], '本学が開設する全てのウェブサイト（部局及び研究室が開設するものを含む。）を、ＨＴＴＰＳにより常時暗号化しなければならない。',
                       'every site, including departmental and lab sites, always HTTPS (duty only in the 細則)'),
    'email-encryption': ('outdated', ['article', 'modality'], '全学メールサーバは、学外のメールサーバとの通信において、ＳＴＡＲＴＴＬＳによる暗号化を行うよう努めるものとする。',
                         'transport encryption only as an effort; the mandatory item worded as a wish'),
    'drm': ('missing', ['article', 'separate-duty'], '機密性の高いファイルを電子メールに添付して学外に送信する場合は、当該ファイルにパスワードを設定し、パスワードは別の手段で通知する。',
            'password-protected attachments are not rights management'),
    'unknown-malware': ('missing', ['article', 'scope'], '情報基盤センター長は、教職員等が使用する端末に、未知の不正プログラムをその振る舞いにより検知し、実行を阻止するソフトウェアを導入する。',
                        'behaviour-based prevention on staff terminals only; servers keep pattern files (a subset of a recommended item)'),
    'it-asset-management': ('missing', ['article', 'deferral'], '次期情報基盤システムの更新に合わせて検討する。',
                            'asset-management software is only to be considered at the next system renewal'),
    'mobile-devices': ('missing', ['article', 'scope'], '学生は、私物のスマートフォン、タブレット端末及びノートパソコンを、学内無線ＬＡＮのゲスト用ネットワークに限り接続することができる。',
                       "students' own devices on a guest network; nothing on the body's mobile terminals for work"),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'domain-names', 'web-encryption',
    'email-encryption', 'drm', 'unknown-malware', 'it-asset-management', 'mobile-devices'])

# ---------------------------------------------------------------- 03 独立行政法人 対策基準, decimal headings, 欠番/削除
# considered: all eleven
case('03-iaa-taisakukijun-kettban.md', '''# 独立行政法人海洋資源技術機構 情報セキュリティ対策基準

令和３年４月１日 理事長決定
令和７年４月１日 一部改正

本対策基準は、機構の情報セキュリティ基本方針に基づき、政府機関等の情報セキュリティ対策のための統一基準（平成30年度版）
に準拠して定める。改正に伴い廃止した遵守事項は「（削除）」とし、今後の改正で定める予定の遵守事項は「（欠番）」として
番号を維持する。

## 第1部 総則

### 1.1 目的・適用範囲
(1) 本対策基準は、機構の情報資産を保護するため、職員等が遵守すべき事項を定める。
(2) 本対策基準は、機構の全ての情報システム及び職員等に適用する。

### 1.3 用語定義
- 「職員等」とは、機構の役員、職員及び派遣労働者その他機構の指揮命令に服する者をいう。
- 「要管理対策区域」とは、機構が管理する区域のうち、情報セキュリティ対策を講ずる区域をいう。

## 第2部 情報セキュリティ対策の基本的枠組み

### 2.1.1 組織・体制の整備
遵守事項
(1) 最高情報セキュリティ責任者の設置
 (a) 機構は、最高情報セキュリティ責任者を1人置くこと。
(2) 情報セキュリティ委員会の設置
 (a) 最高情報セキュリティ責任者は、情報セキュリティ委員会を置くこと。
(3) 情報セキュリティ監査責任者の設置
 (a) 最高情報セキュリティ責任者は、情報セキュリティ監査責任者を1人置くこと。
(4) 情報セキュリティ対策推進体制の整備
 (a) （欠番）
(5) 統括情報セキュリティ責任者・情報セキュリティ責任者等の設置
 (a) 最高情報セキュリティ責任者は、統括情報セキュリティ責任者を1人置くこと。
 (b) 統括情報セキュリティ責任者は、部門ごとに情報セキュリティ責任者を置くこと。

### 2.2.1 対策基準の運用
遵守事項
(1) 情報セキュリティ対策の運用
 (a) 情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育の実施において発生した課題を把握し、最高情報セキュリティ責任者に報告すること。
 (b) 職員等は、対策基準及び実施手順を遵守すること。

### 2.3.1 自己点検
遵守事項
(1) 自己点検の実施
 (a) 情報セキュリティ責任者は、年度ごとに自己点検を実施し、その結果を最高情報セキュリティ責任者に報告すること。

### 2.4.1 情報セキュリティ対策の見直し
遵守事項
(1) 改善事項の指示
 (a) （削除）
(2) 対策基準の見直し
 (a) 最高情報セキュリティ責任者は、情報セキュリティ監査の結果を踏まえ、情報セキュリティ委員会に対策基準の見直しを行わせること。

## 第3部 情報の取扱い

### 3.1.1 情報の取扱い
遵守事項
 (a) 職員等は、要機密情報を含む電子ファイルを保存する場合は、暗号化を施すこと。
 (b) 職員等は、要機密情報を機構外に持ち出す場合は、情報セキュリティ責任者の許可を得ること。

## 第6部 情報システムのセキュリティ要件

### 6.2.1 ソフトウェアに関する脆弱性対策
遵守事項
(1) ソフトウェアに関する脆弱性対策の実施
 (a) 情報システムセキュリティ責任者は、サーバ装置及び端末の構築時に、公開された脆弱性の対策を実施すること。
(2) IT資産管理ソフトウェアの導入
 (a) （欠番）

### 6.2.2 不正プログラム対策
遵守事項
 (a) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新の状態に保つこと。
 (b) （欠番）

### 6.3.2 アプリケーション・コンテンツの提供時の対策
遵守事項
(1) 政府ドメイン名の使用
 (a) 情報セキュリティ責任者は、機構外の者に提供するウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp で終わるドメイン名）を使用すること。

## 第7部 情報システムの構成要素

### 7.1.1 端末
遵守事項
 (a) 情報システムセキュリティ責任者は、端末に主体認証機能を設けること。
 (b) 職員等は、機構が支給する端末を要管理対策区域外に持ち出さないこと。また、要管理対策区域外において端末を通信回線に接続しないこと。

### 7.1.3 特定用途機器
遵守事項
 (a) 情報システムセキュリティ責任者は、特定用途機器（テレビ会議システム、IP電話、ネットワークカメラ、入退管理装置等をいう。）について、初期設定のパスワードを変更し、ファームウェアを最新の状態に保ち、業務用の通信回線から分離する等の対策を講ずること。

### 7.2.1 電子メール
遵守事項
 (a) 情報システムセキュリティ責任者は、電子メールサーバが電子メールの不正な中継を行わないように設定すること。
 (b) （削除）
 (c) 情報システムセキュリティ責任者は、機構のドメイン名についてSPFレコードを公開し、なりすましメールの防止に努めること。

### 7.2.2 ウェブ
遵守事項
 (a) 情報システムセキュリティ責任者は、機構が運用する全てのウェブサイトについて、TLSにより通信を常時暗号化すること。
 (b) 情報システムセキュリティ責任者は、ウェブサーバから不要なサービスを削除すること。
''', {
    'promotion-structure': ('missing', ['label', 'heading'], '(4) 情報セキュリティ対策推進体制の整備',
                            'the item heading is kept but its body is （欠番）'),
    'issue-reporting': ('covered', ['list'], '情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育の実施において発生した課題を把握し、最高情報セキュリティ責任者に報告すること。',
                        'issues from operation, self-inspection and education reported to the CISO'),
    'improvement-instructions': ('missing', ['label', 'heading'], '(1) 改善事項の指示',
                                 'the item is （削除）; the remaining item only has the committee review the standard'),
    'drm': ('missing', ['list', 'separate-duty'], '職員等は、要機密情報を含む電子ファイルを保存する場合は、暗号化を施すこと。',
            'storage encryption, not rights management'),
    'it-asset-management': ('missing', ['label', 'heading'], '(2) IT資産管理ソフトウェアの導入',
                            'the heading names asset-management software but the item is （欠番）'),
    'unknown-malware': ('missing', ['list', 'separate-duty'], '端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新の状態に保つこと。',
                        'signature antivirus only; the next item is （欠番）'),
    'domain-names': ('covered', ['list'], '機構外の者に提供するウェブサイト及び電子メールアドレスには、政府ドメイン名（go.jp で終わるドメイン名）を使用すること。',
                     'go.jp for sites and mail addresses'),
    'mobile-devices': ('outdated', ['list', 'negation', 'old-form'], '職員等は、機構が支給する端末を要管理対策区域外に持ち出さないこと。また、要管理対策区域外において端末を通信回線に接続しないこと。',
                       'a blanket ban on taking terminals out and connecting outside: information-level note that use with safeguards is now allowed'),
    'iot-devices': ('covered', ['list'], '初期設定のパスワードを変更し、ファームウェアを最新の状態に保ち、業務用の通信回線から分離する等の対策を講ずること。',
                    'special-purpose devices named and given default-credential, firmware and separation measures'),
    'email-encryption': ('missing', ['list', 'separate-duty'], '機構のドメイン名についてSPFレコードを公開し、なりすましメールの防止に努めること。',
                         'SPF only; the transport item is （削除）'),
    'web-encryption': ('covered', ['list'], '機構が運用する全てのウェブサイトについて、TLSにより通信を常時暗号化すること。',
                       'every site always encrypted'),
}, IDS)

# ---------------------------------------------------------------- 04 research institute: role x duty matrix
# considered: promotion-structure, issue-reporting, improvement-instructions, unknown-malware, iot-devices,
# web-encryption, email-encryption, drm
case('04-research-institute-role-matrix.md', '''# 国立研究開発法人北辰先端科学研究所 情報セキュリティ実施要領

令和６年４月１日　所長決定

## 第１　趣旨
この要領は、北辰先端科学研究所情報セキュリティ規程（以下「規程」という。）第５条に基づき、研究所における情報セキュリティ
対策の実施者及び実施事項を定めるものである。

## 第２　体制
１　研究所に、情報セキュリティ対策の推進を担う体制として、情報セキュリティ推進室（以下「推進室」という。）を置く。
２　最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）、推進室、研究部門情報セキュリティ責任者（以下「部門責任者」という。）、
情報システム管理者及び職員の実施事項は、別表のとおりとする。
３　推進室長は、ＣＩＳＯが指名する。

## 第３　記号の意味
別表の記号の意味は、次のとおりとする。

- ○：当該役割の者が実施しなければならない事項
- △：当該役割の者が必要に応じて実施する事項
- －：当該役割の者の実施事項ではない事項

## 第４　実施の記録
各実施者は、別表の○を付した事項の実施状況を記録し、推進室の求めに応じて提出する。

## 別表（役割別実施事項）

| No. | 実施事項 | ＣＩＳＯ | 推進室 | 部門責任者 | システム管理者 | 職員 |
|---|---|---|---|---|---|---|
| 1 | 情報セキュリティ対策基準の決定 | ○ | － | － | － | － |
| 2 | 対策基準の改定案の作成 | － | ○ | － | － | － |
| 3 | 教育計画の策定及び研修の実施 | － | ○ | △ | － | － |
| 4 | 自己点検の実施及び結果の推進室への提出 | － | － | ○ | － | － |
| 5 | 自己点検結果の取りまとめ及びＣＩＳＯへの報告 | － | ○ | － | － | － |
| 6 | 改善事項の指示（研究所全体に係る事項は推進室へ、部門に固有の事項は部門責任者へ） | ○ | － | － | － | － |
| 7 | 不正プログラム対策ソフトウェアの導入及びパターンファイルの更新 | － | － | － | ○ | － |
| 8 | 特定用途機器（実験装置制御用端末、ネットワークカメラ、入退室管理装置等）の初期パスワード変更及びファームウェア更新 | － | － | － | △ | － |
| 9 | 研究所ウェブサイトの常時ＨＴＴＰＳ化 | － | － | － | － | － |
| 10 | 電子メール送信時の宛先確認（誤送信防止） | － | － | － | － | ○ |
| 11 | 重要文書へのデジタル著作権管理（ＤＲＭ）の適用 | － | － | － | － | － |
| 12 | 情報セキュリティインシデントを認知した場合の推進室への報告 | － | － | ○ | ○ | ○ |

注１）No.9 の実施者は、令和１０年度の情報基盤更新の際に定める。
注２）No.11 のＤＲＭは、研究データの共同利用に支障を生ずるおそれがあるため、当面導入しない。
注３）別表に掲げる事項のほか、各実施者は規程及び関係する手順書を遵守する。
''', {
    'promotion-structure': ('covered', ['article', 'table'], '研究所に、情報セキュリティ対策の推進を担う体制として、情報セキュリティ推進室（以下「推進室」という。）を置く。',
                            'a promotion office is set up; its duties are marked in the matrix'),
    'issue-reporting': ('missing', ['table', 'separate-duty'], '| 5 | 自己点検結果の取りまとめ及びＣＩＳＯへの報告 | － | ○ | － | － | － |',
                        'only self-inspection results reach the CISO; no reporting of issues from operation and education'),
    'improvement-instructions': ('covered', ['table'], '| 6 | 改善事項の指示（研究所全体に係る事項は推進室へ、部門に固有の事項は部門責任者へ） | ○ | － | － | － | － |',
                                 'the CISO (○) instructs institute-wide improvements to the office and department-specific ones to the department'),
    'unknown-malware': ('missing', ['table', 'separate-duty'], '| 7 | 不正プログラム対策ソフトウェアの導入及びパターンファイルの更新 | － | － | － | ○ | － |',
                        'pattern-file antivirus only'),
    'iot-devices': ('outdated', ['table', 'modality'], '| 8 | 特定用途機器（実験装置制御用端末、ネットワークカメラ、入退室管理装置等）の初期パスワード変更及びファームウェア更新 | － | － | － | △ | － |',
                    'the only mark is △ (as needed): a mandatory measure left to discretion'),
    'web-encryption': ('missing', ['table', 'deferral'], '| 9 | 研究所ウェブサイトの常時ＨＴＴＰＳ化 | － | － | － | － | － |',
                       'no role is assigned and note 1 defers choosing one to a later renewal'),
    'email-encryption': ('missing', ['table', 'separate-duty'], '| 10 | 電子メール送信時の宛先確認（誤送信防止） | － | － | － | － | ○ |',
                         '誤送信防止 only'),
    'drm': ('missing', ['table', 'negation'], '注２）No.11 のＤＲＭは、研究データの共同利用に支障を生ずるおそれがあるため、当面導入しない。',
            'DRM row has no mark and the note says it is not introduced'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'iot-devices',
    'web-encryption', 'email-encryption', 'drm'])

# ---------------------------------------------------------------- 05 long definitions chapter, short operative chapters
# considered: promotion-structure, web-encryption, iot-devices, unknown-malware, it-asset-management, drm,
# mobile-devices, email-encryption, issue-reporting
case('05-definitions-heavy-kitei.md', '''# 独立行政法人国民生活技術センター情報セキュリティ管理規程

令和４年規程第２１号

## 第１章　総則

### 第１条（目的）
この規程は、独立行政法人国民生活技術センター（以下「センター」という。）の情報セキュリティ対策に関し、
基本的な事項を定めることを目的とする。

### 第２条（定義）
この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　情報資産　センターの業務で取り扱う情報及び当該情報を取り扱う情報システムをいう。
二　情報システム　ハードウェア、ソフトウェア、ネットワーク及び記録媒体で構成され、情報処理の用に供するものをいう。
三　端末　職員等が情報処理を行うために直接操作する電子計算機をいう。
四　サーバ装置　情報システムにおいて、他の電子計算機にサービスを提供する電子計算機をいう。
五　モバイル端末　端末のうち、業務上の必要に応じて移動させて使用することを目的としたもの（ノートパソコン、タブレット端末及びスマートフォンを含む。）をいう。
六　特定用途機器　テレビ会議システム、ＩＰ電話システム、ネットワークカメラシステム、入退管理システム、施設管理システム等の特定の用途に使用される機器であって、通信回線に接続され、又は電磁的記録媒体を内蔵しているものをいう。
七　不正プログラム　コンピュータウイルス、ワーム、スパイウェア等の、情報システムを利用者が意図しない形で動作させるプログラムの総称をいう。
八　未知の不正プログラム　既知の不正プログラムの特徴に一致しないため、パターンファイル方式では検知することができない不正プログラムをいう。
九　ＩＴ資産管理ソフトウェア　端末及びサーバ装置にインストールされたソフトウェアの名称、バージョン等の情報を自動的に収集し、一元的に管理するソフトウェアをいう。
十　デジタル著作権管理　電子ファイルに閲覧、印刷、複製等の利用権限を付与し、権限を有しない者による利用を、当該ファイルが外部に流出した後においても制限する技術をいう。
十一　常時暗号化　ウェブサイトの全てのページについて、ＨＴＴＰＳにより通信を暗号化することをいう。
十二　送信ドメイン認証　電子メールの送信元のドメインが詐称されていないことを受信側で検証する技術（ＳＰＦ、ＤＫＩＭ等）をいう。
十三　情報セキュリティ対策推進体制　センターにおいて情報セキュリティ対策の推進を担う部門をいう。
十四　自己点検　職員等が自らの情報セキュリティ対策の実施状況を点検することをいう。
十五　要管理対策区域　センターが管理する区域であって、情報セキュリティ対策を講ずる区域をいう。
十六　職員等　センターの役員及び職員並びに派遣労働者その他センターの業務に従事する者をいう。

## 第２章　体制

### 第３条（情報セキュリティ対策推進体制）
センターに、情報セキュリティ対策推進体制として、情報管理部情報セキュリティ推進課（以下「推進課」という。）を置く。
２　推進課は、次に掲げる役割を担う。
一　この規程及び関係する手順の案の作成
二　教育及び自己点検の企画及び取りまとめ
三　情報セキュリティインシデントへの対処の調整

## 第３章　情報システムの対策

### 第４条（ウェブサイト）
情報システムセキュリティ責任者は、センターが開設するウェブサイトについて、常時暗号化を行わなければならない。

### 第５条（特定用途機器）
特定用途機器に係る対策は、別に定める。

### 第６条（不正プログラム対策）
情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入しなければならない。

## 第４章　点検

### 第７条（自己点検）
各部の長は、毎年度自己点検を行い、その結果を最高情報セキュリティ責任者に報告しなければならない。

附　則
この規程は、令和４年４月１日から施行する。
''', {
    'promotion-structure': ('covered', ['article', 'list'], 'センターに、情報セキュリティ対策推進体制として、情報管理部情報セキュリティ推進課（以下「推進課」という。）を置く。',
                            'the promotion structure is set up in an operative article with its roles listed'),
    'web-encryption': ('covered', ['article', 'mixed'], '情報システムセキュリティ責任者は、センターが開設するウェブサイトについて、常時暗号化を行わなければならない。',
                       'an operative duty for the sites the centre opens, using the defined term (all pages over HTTPS)'),
    'iot-devices': ('missing', ['definition', 'deferral'], '特定用途機器に係る対策は、別に定める。',
                    'the term is defined and the measures are left to another rule'),
    'unknown-malware': ('missing', ['definition'], '八　未知の不正プログラム　既知の不正プログラムの特徴に一致しないため、パターンファイル方式では検知することができない不正プログラムをいう。',
                        'defined only; the operative article asks for antivirus software in general'),
    'it-asset-management': ('missing', ['definition'], '九　ＩＴ資産管理ソフトウェア　端末及びサーバ装置にインストールされたソフトウェアの名称、バージョン等の情報を自動的に収集し、一元的に管理するソフトウェアをいう。',
                            'defined only; no operative clause'),
    'drm': ('missing', ['definition'], '十　デジタル著作権管理　電子ファイルに閲覧、印刷、複製等の利用権限を付与し、権限を有しない者による利用を、当該ファイルが外部に流出した後においても制限する技術をいう。',
            'defined only; no operative clause'),
    'mobile-devices': ('missing', ['definition'], '五　モバイル端末　端末のうち、業務上の必要に応じて移動させて使用することを目的としたもの（ノートパソコン、タブレット端末及びスマートフォンを含む。）をいう。',
                       'defined only; no operative clause'),
    'email-encryption': ('missing', ['definition'], '十二　送信ドメイン認証　電子メールの送信元のドメインが詐称されていないことを受信側で検証する技術（ＳＰＦ、ＤＫＩＭ等）をいう。',
                         'defined only; no operative clause on mail'),
    'issue-reporting': ('missing', ['article', 'separate-duty'], '各部の長は、毎年度自己点検を行い、その結果を最高情報セキュリティ責任者に報告しなければならない。',
                        'self-inspection results only'),
}, ['promotion-structure', 'web-encryption', 'iot-devices', 'unknown-malware', 'it-asset-management', 'drm',
    'mobile-devices', 'email-encryption', 'issue-reporting'])

# ---------------------------------------------------------------- 06 mail/web operations manual with code and comments
# considered: email-encryption, domain-names, unknown-malware, drm, mobile-devices, web-encryption,
# it-asset-management, issue-reporting
case('06-mail-web-unyo-tejun.md', '''# 電子メール及びウェブサーバ運用手順書（第３版）

独立行政法人産業標準試験所　情報システム部
令和７年６月

本書は、試験所の情報セキュリティ対策基準に基づき、電子メールサーバ及び公開ウェブサーバの運用担当者が行う作業の手順を定める。
本書中の設定例は参考として示すものであり、実際の設定値は構成管理台帳による。

## 1 電子メールサーバ

### 1.1 送信ドメイン認証
運用担当者は、試験所のドメインについてSPFレコードをDNSに登録し、送信元のメールサーバを限定する。

```
; 権威DNSサーバ ゾーンファイル抜粋（参考）
sangyo-shiken.go.jp.  IN TXT "v=spf1 ip4:203.0.113.25 -all"
```

<!-- DKIM署名は次期メールシステム更改（令和９年度）で導入予定。selector: sel2027 -->

### 1.2 サーバ間通信
Postfix の設定例を以下に示す（参考）。

```
# /etc/postfix/main.cf（参考設定）
smtpd_tls_security_level = may
smtp_tls_security_level = encrypt
smtpd_tls_cert_file = /etc/pki/tls/certs/mail.pem
```

### 1.3 誤送信防止
外部宛ての電子メールは、送信前に５分間保留し、送信者が宛先を再確認する。保留中は送信者が送信を取り消すことができる。

### 1.4 添付ファイルの検査
メールゲートウェイにおいて、受信した添付ファイルをサンドボックスで実行し、未知の不正プログラムの挙動を検知した場合は隔離する。
端末及びサーバ装置における挙動の検知は行わない。

### 1.5 添付ファイルの送付
パスワード付きZIPファイルによる添付は廃止し、機密性２以上のファイルは試験所のファイル共有サービスのリンクで送付する。

### 1.6 スマートフォンでの閲覧
スマートフォンからの電子メール閲覧の手順は、別紙３による。

## 2 ウェブサーバ

### 2.1 暗号化
問い合わせフォーム及び電子申請のページは、HTTPSで提供する。それ以外の静的ページについても、HTTPSで提供することが望ましい。

```
# /etc/nginx/conf.d/www.conf（参考設定）
server {
    listen 80;
    server_name www.sangyo-shiken.go.jp;
    return 301 https://$host$request_uri;
}
```

<!-- 全ページのHTTPS化は予算確保後に実施（運用担当メモ） -->

### 2.2 構成情報の管理
運用担当者は、毎月第１営業日に次のコマンドでインストール済みパッケージの一覧を取得し、構成管理台帳（表計算ファイル）に転記する。

```
rpm -qa | sort > /var/tmp/pkglist.txt
```

### 2.3 ログの保存
ウェブサーバのアクセスログは、１年間保存する。

## 3 障害時の対応
運用担当者は、サーバの障害又は不審な通信を検知した場合は、直ちに情報システムセキュリティ責任者に報告する。

## 4 作業記録
運用担当者は、本書に基づく作業を行ったときは、作業日時、作業者、作業内容及び結果を作業記録簿に記録し、作業責任者の確認を受ける。
設定変更を伴う作業は、事前に変更申請を行い、承認を得てから実施する。作業記録簿は３年間保存する。
''', {
    'email-encryption': ('missing', ['separate-duty', 'description'], '運用担当者は、試験所のドメインについてSPFレコードをDNSに登録し、送信元のメールサーバを限定する。',
                         'SPF only in the policy text; TLS appears only in a reference config block and DKIM in an HTML comment'),
    'domain-names': ('missing', ['description'], 'sangyo-shiken.go.jp.  IN TXT "v=spf1 ip4:203.0.113.25 -all"',
                     'the go.jp name appears only inside a code block; no rule on domain names'),
    'unknown-malware': ('outdated', ['old-form', 'negation'], 'メールゲートウェイにおいて、受信した添付ファイルをサンドボックスで実行し、未知の不正プログラムの挙動を検知した場合は隔離する。',
                        'unknown malware handled only at the mail gateway; the next line rules out terminals and servers'),
    'drm': ('missing', ['separate-duty'], 'パスワード付きZIPファイルによる添付は廃止し、機密性２以上のファイルは試験所のファイル共有サービスのリンクで送付する。',
            'link sharing instead of zip files is not rights management'),
    'mobile-devices': ('missing', ['label'], 'スマートフォンからの電子メール閲覧の手順は、別紙３による。',
                       'a reference to an annex that is not reproduced'),
    'web-encryption': ('outdated', ['scope', 'modality'], '問い合わせフォーム及び電子申請のページは、HTTPSで提供する。それ以外の静的ページについても、HTTPSで提供することが望ましい。',
                       'HTTPS firm only for form and e-application pages, other pages a wish; the redirect is only in a reference config'),
    'it-asset-management': ('outdated', ['old-form'], '運用担当者は、毎月第１営業日に次のコマンドでインストール済みパッケージの一覧を取得し、構成管理台帳（表計算ファイル）に転記する。',
                            'a monthly hand-run listing copied into a spreadsheet ledger: the manual form'),
    'issue-reporting': ('missing', ['separate-duty'], '運用担当者は、サーバの障害又は不審な通信を検知した場合は、直ちに情報システムセキュリティ責任者に報告する。',
                        'fault and incident reporting, not issues reported to the CISO'),
}, ['email-encryption', 'domain-names', 'unknown-malware', 'drm', 'mobile-devices', 'web-encryption',
    'it-asset-management', 'issue-reporting'])

# ---------------------------------------------------------------- 07 規程 with 附則: 施行日 and 経過措置
# considered: promotion-structure, issue-reporting, improvement-instructions, unknown-malware, it-asset-management,
# web-encryption, email-encryption, mobile-devices, iot-devices
case('07-kitei-fusoku-keika-sochi.md', '''# 独立行政法人北方文化振興機構情報セキュリティ規程

令和８年３月２７日規程第４号

## 第１章　総則

### 第１条（目的）
この規程は、独立行政法人北方文化振興機構（以下「機構」という。）の情報資産を保護するため、情報セキュリティ対策に関し
必要な事項を定めることを目的とする。

### 第２条（定義）
この規程において「職員等」とは、機構の役員及び職員並びに機構の業務に従事する派遣労働者をいう。

### 第３条（適用範囲）
この規程は、機構の全ての情報システム及び職員等に適用する。

## 第２章　体制

### 第４条（最高情報セキュリティ責任者）
機構に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、理事長が指名する理事をもって充てる。

### 第５条（情報セキュリティ対策推進体制）
機構に、情報セキュリティ対策の推進を担う情報セキュリティ対策推進体制を置く。その組織及び役割は、別に定める。

### 第６条（課題の報告）
各部の長は、情報セキュリティ対策の運用、自己点検及び教育を通じて判明した課題を、ＣＩＳＯに報告しなければならない。

### 第７条（改善の指示）
ＣＩＳＯは、監査の結果、改善が必要と認めるときは、各部の長に対し、改善を命ずることができる。

## 第３章　技術的対策

### 第１０条（不正プログラム対策）
情報システム部長は、全ての端末及びサーバ装置に、パターンファイル方式の不正プログラム対策ソフトウェアを導入し、
自動更新を有効にしなければならない。

### 第１１条（ソフトウェアの管理）
情報システム部長は、端末及びサーバ装置のソフトウェアの名称及び版数を、ＩＴ資産管理ソフトウェアにより自動的に収集しなければならない。

### 第１２条（ウェブサイト）
機構が開設する全てのウェブサイトは、ＨＴＴＰＳにより常時暗号化しなければならない。

### 第１３条（電子メール）
電子メールサーバは、他の電子メールサーバとの通信をＴＬＳにより暗号化し、ＳＰＦ及びＤＫＩＭによる送信ドメイン認証を行わなければならない。

### 第１４条（モバイル端末）
職員等は、機構が支給するモバイル端末であって、端末の暗号化、多要素認証及び遠隔消去の設定を施したものを、機構の内外に
おいて通信回線に接続し、業務に使用することができる。

### 第１５条（特定用途機器）
削除

### 第１６条（委任）
この規程に定めるもののほか、情報セキュリティ対策の実施に関し必要な事項は、ＣＩＳＯが別に定める。

附　則
（施行期日）
１　この規程は、令和８年４月１日から施行する。
２　第１２条の規定は、令和９年４月１日から施行する。
３　第５条の規定は、同条に規定する別に定める規程の施行の日から施行する。
４　第１１条の規定は、理事長が別に定める日から施行する。
（経過措置）
５　第１３条の規定は、当分の間、適用しない。
６　この規程の施行の際現に効力を有する情報システム管理要領は、この規程に基づき定められたものとみなす。
''', {
    'promotion-structure': ('missing', ['article', 'deferral'], '３　第５条の規定は、同条に規定する別に定める規程の施行の日から施行する。',
                            'the article takes effect only when an undetermined rule is made, and its organisation and roles are left to that rule'),
    'issue-reporting': ('covered', ['article'], '各部の長は、情報セキュリティ対策の運用、自己点検及び教育を通じて判明した課題を、ＣＩＳＯに報告しなければならない。',
                        'issues from operation, self-inspection and education reported to the CISO, in force from the 施行日'),
    'improvement-instructions': ('outdated', ['article', 'modality'], 'ＣＩＳＯは、監査の結果、改善が必要と認めるときは、各部の長に対し、改善を命ずることができる。',
                                 'a permission, and without the organisation-wide / department-specific split'),
    'unknown-malware': ('missing', ['article', 'separate-duty'], '情報システム部長は、全ての端末及びサーバ装置に、パターンファイル方式の不正プログラム対策ソフトウェアを導入し、',
                        'pattern-file antivirus only'),
    'it-asset-management': ('missing', ['article', 'deferral'], '４　第１１条の規定は、理事長が別に定める日から施行する。',
                            'the automatic-collection article waits for a date not yet set'),
    'web-encryption': ('covered', ['article', 'mixed'], '機構が開設する全てのウェブサイトは、ＨＴＴＰＳにより常時暗号化しなければならない。',
                       'every site always HTTPS; 附則 enacts it from a fixed date (令和９年４月１日)'),
    'email-encryption': ('missing', ['article', 'deferral'], '５　第１３条の規定は、当分の間、適用しない。',
                         'the mail article is suspended indefinitely by the 経過措置'),
    'mobile-devices': ('covered', ['article', 'condition', 'wrapped'], '職員等は、機構が支給するモバイル端末であって、端末の暗号化、多要素認証及び遠隔消去の設定を施したものを、機構の内外に',
                       'mobile terminals with safeguards may be connected inside and outside for work'),
    'iot-devices': ('missing', ['article', 'heading'], '### 第１５条（特定用途機器）',
                    'the article heading remains but its body is 削除'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'it-asset-management',
    'web-encryption', 'email-encryption', 'mobile-devices', 'iot-devices'])

# ---------------------------------------------------------------- 08 telework and mobile 実施手順
# considered: promotion-structure, mobile-devices, drm, email-encryption, unknown-malware, web-encryption,
# iot-devices, issue-reporting
case('08-telework-mobile-jisshi-tejun.md', '''# テレワーク及びモバイル端末利用実施手順

独立行政法人南海防災研究機構　総務部
令和７年１１月１日制定

## １　目的
この手順は、機構の情報セキュリティ対策基準に基づき、職員がテレワーク及びモバイル端末を利用して業務を行う場合に遵守すべき
事項を定める。

## ２　適用範囲
この手順は、機構の役員及び職員（以下「職員」という。）に適用する。派遣労働者がテレワークを行う場合も同様とする。

## ３　推進体制
テレワークの推進は、総務部人事課に置くテレワーク推進チームが担い、利用者からの相談に応じる。

## ４　モバイル端末の利用
(1) 職員は、機構が支給するモバイル端末（ノートパソコン、タブレット端末及びスマートフォン）を、次に掲げる措置が講じられている
場合に限り、機構の内外において通信回線に接続し、業務に使用することができる。
  ア　記憶装置全体の暗号化
  イ　多要素認証によるログオン
  ウ　モバイル端末管理（ＭＤＭ）への登録及び紛失時の遠隔消去
(2) 職員は、前号の措置を無効にし、又は変更してはならない。
(3) 私物の端末を業務に使用してはならない。

## ５　情報の取扱い
(1) 機密性２以上の電子ファイルは、保存場所（機構内のサーバ、クラウドサービス及びテレワーク端末）を問わず、情報権限管理（ＩＲＭ）により保護し、閲覧・印刷・複製の権限を付与された者以外は、当該ファイルが機構外に流出した後も開くことができないようにしなければならない。
(2) テレワーク時に機密性２以上の情報を電子メールで送信する場合は、ファイルを暗号化して添付し、復号用のパスワードは別の経路で通知する。
(3) 紙の資料を自宅に持ち帰ってはならない。

## ６　端末のセキュリティ
(1) テレワーク用の端末には、ＥＤＲを導入し、未知の不正プログラムの挙動を検知して実行を停止させる。
(2) ウェブ会議サービスに接続する場合は、暗号化された通信を用いること。
(3) 自宅のネットワークに接続する場合は、スマートスピーカー、ネットワークカメラ等の家庭用ＩｏＴ機器とは別のネットワーク（ゲスト用ＳＳＩＤ等）に接続するよう努めること。
(4) 公衆無線ＬＡＮは、ＶＰＮを経由する場合に限り利用することができる。

## ７　作業場所及び作業環境
(1) テレワークは、自宅その他所属長があらかじめ認めた場所で行う。喫茶店、交通機関の車内等の不特定多数の者が出入りする場所では、
機密性２以上の情報を取り扱ってはならない。
(2) 職員は、第三者に画面をのぞき見られることのないよう、座席の位置に配慮し、必要に応じてのぞき見防止フィルタを使用する。
(3) 職員は、離席する場合は、画面をロックしなければならない。
(4) 家族その他の同居者に、端末を使用させてはならない。

## ８　インシデント発生時の対応
テレワーク実施者は、端末の紛失、盗難又は不正プログラムへの感染のおそれを認知した場合は、直ちに機構ＣＳＩＲＴに報告する。

## ９　その他
この手順に定めるもののほか、テレワークの実施に関し必要な事項は、総務部長が別に定める。
''', {
    'promotion-structure': ('missing', ['paraphrase', 'separate-duty'], 'テレワークの推進は、総務部人事課に置くテレワーク推進チームが担い、利用者からの相談に応じる。',
                            'a telework promotion team, not a unit driving information-security measures'),
    'mobile-devices': ('covered', ['list', 'condition', 'wrapped'], '(1) 職員は、機構が支給するモバイル端末（ノートパソコン、タブレット端末及びスマートフォン）を、次に掲げる措置が講じられている',
                       'mobile terminals with encryption, MFA and MDM/remote wipe may be connected inside and outside for work'),
    'drm': ('covered', ['list'], '情報権限管理（ＩＲＭ）により保護し、閲覧・印刷・複製の権限を付与された者以外は、当該ファイルが機構外に流出した後も開くことができないようにしなければならない。',
            'rights management wherever the file is stored, unreadable to others after a leak'),
    'email-encryption': ('outdated', ['list', 'scope', 'old-form'], 'テレワーク時に機密性２以上の情報を電子メールで送信する場合は、ファイルを暗号化して添付し、復号用のパスワードは別の経路で通知する。',
                         'only staff encrypting some attachments; no transport encryption or sender authentication'),
    'unknown-malware': ('missing', ['list', 'scope'], 'テレワーク用の端末には、ＥＤＲを導入し、未知の不正プログラムの挙動を検知して実行を停止させる。',
                        'behaviour-based prevention only on telework terminals, not all terminals and servers'),
    'web-encryption': ('missing', ['list', 'separate-duty'], 'ウェブ会議サービスに接続する場合は、暗号化された通信を用いること。',
                       "about connecting to web-conference services, not the body's websites"),
    'iot-devices': ('missing', ['list', 'scope', 'modality'], 'スマートスピーカー、ネットワークカメラ等の家庭用ＩｏＴ機器とは別のネットワーク（ゲスト用ＳＳＩＤ等）に接続するよう努めること。',
                    "home IoT devices, not the body's devices"),
    'issue-reporting': ('missing', ['separate-duty'], 'テレワーク実施者は、端末の紛失、盗難又は不正プログラムへの感染のおそれを認知した場合は、直ちに機構ＣＳＩＲＴに報告する。',
                        'incident reporting to the CSIRT'),
}, ['promotion-structure', 'mobile-devices', 'drm', 'email-encryption', 'unknown-malware', 'web-encryption',
    'iot-devices', 'issue-reporting'])

# ---------------------------------------------------------------- 09 self-inspection and audit 要領 with a checklist
# considered: issue-reporting, improvement-instructions, web-encryption, mobile-devices, email-encryption,
# it-asset-management
case('09-jiko-tenken-kansa-yoryo.md', '''# 情報セキュリティ自己点検及び監査実施要領

独立行政法人東都統計研究センター
令和６年７月１日　最高情報セキュリティ責任者決定

## 第１　趣旨
この要領は、センターの情報セキュリティ対策基準に定める自己点検及び情報セキュリティ監査の実施に関し、必要な事項を定める。

## 第２　自己点検の実施
１　各部の情報セキュリティ責任者は、毎年度１０月末日までに、別紙の自己点検票により所管する部の自己点検を行う。
２　自己点検票の回答は、部の職員の回答を取りまとめ、情報政策課に提出する。

## 第３　結果の報告
情報政策課は、各部の自己点検結果を集計し、１２月末日までに最高情報セキュリティ責任者に報告する。

## 第４　監査
１　情報セキュリティ監査責任者は、毎年度監査計画を定め、最高情報セキュリティ責任者の承認を得る。
２　監査人は、監査の結果を監査報告書に取りまとめ、情報セキュリティ監査責任者に提出する。
３　情報セキュリティ監査責任者は、監査報告書を最高情報セキュリティ責任者に提出する。

## 第５　改善
最高情報セキュリティ責任者は、自己点検及び監査の結果を踏まえ、全ての部に共通して対処すべき事項については統括情報セキュリティ
責任者に、一の部のみに係る事項については当該部の情報セキュリティ責任者に、それぞれ是正のための措置を講ずるよう命ずる。
２　前項の命を受けた者は、措置の計画及び結果を最高情報セキュリティ責任者に報告する。

## 第６　監査人の独立性
監査人は、自らが所属する部の業務を監査してはならない。外部の専門事業者に監査を委託する場合は、当該事業者が被監査部門の情報システムの
構築又は運用に関与していないことを確認する。

## 第７　記録の保存
自己点検票、監査調書及び監査報告書は、作成の日から５年間保存する。

## 第８　実施の細目
この要領に定めるもののほか、自己点検及び監査の実施に関し必要な細目は、情報政策課長が別に定める。

## 別紙　自己点検票（抜粋）

| No. | 点検項目 | 回答 |
|---|---|---|
| 1 | 所管するウェブサイトは、全てのページがHTTPSで提供されているか | はい／いいえ |
| 2 | モバイル端末を要管理対策区域外で使用する場合、暗号化及び遠隔消去の設定がされているか | はい／いいえ |
| 3 | 電子メールサーバで送信ドメイン認証（SPF・DKIM）及びサーバ間通信の暗号化を設定しているか | はい／いいえ |
| 4 | IT資産管理ソフトウェアにより、端末のソフトウェア情報が自動収集されているか | はい／いいえ |
| 5 | パスワードを他人に知られないよう管理しているか | はい／いいえ |
| 6 | 情報セキュリティ研修を受講したか | はい／いいえ |
''', {
    'issue-reporting': ('missing', ['separate-duty'], '情報政策課は、各部の自己点検結果を集計し、１２月末日までに最高情報セキュリティ責任者に報告する。',
                        'self-inspection results and audit reports only'),
    'improvement-instructions': ('covered', ['paraphrase', 'wrapped'], '最高情報セキュリティ責任者は、自己点検及び監査の結果を踏まえ、全ての部に共通して対処すべき事項については統括情報セキュリティ',
                                 'the CISO orders measures common to all departments to the general officer and those of one department to its officer'),
    'web-encryption': ('missing', ['table', 'description'], '| 1 | 所管するウェブサイトは、全てのページがHTTPSで提供されているか | はい／いいえ |',
                       'a checklist question imposes no duty'),
    'mobile-devices': ('missing', ['table', 'description'], '| 2 | モバイル端末を要管理対策区域外で使用する場合、暗号化及び遠隔消去の設定がされているか | はい／いいえ |',
                       'a checklist question imposes no duty'),
    'email-encryption': ('missing', ['table', 'description'], '| 3 | 電子メールサーバで送信ドメイン認証（SPF・DKIM）及びサーバ間通信の暗号化を設定しているか | はい／いいえ |',
                         'a checklist question imposes no duty'),
    'it-asset-management': ('missing', ['table', 'description'], '| 4 | IT資産管理ソフトウェアにより、端末のソフトウェア情報が自動収集されているか | はい／いいえ |',
                            'a checklist question imposes no duty'),
}, ['issue-reporting', 'improvement-instructions', 'web-encryption', 'mobile-devices', 'email-encryption',
    'it-asset-management'])

# ---------------------------------------------------------------- 10 national baseline standard, RFC 2119 keywords
# considered: promotion-structure, issue-reporting, unknown-malware, it-asset-management, mobile-devices,
# web-encryption, email-encryption, domain-names, drm, iot-devices, improvement-instructions
case('10-national-baseline-rfc2119-en.md', '''# Baseline Security Standard for Public Bodies (English translation)

Issued by the National Cyber Resilience Office
Edition 2.1 — applies from 1 April 2026

## 1. Conventions

1.1 The key words "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT", "SHOULD", "SHOULD NOT", "RECOMMENDED", "MAY" and
"OPTIONAL" in this Standard are to be interpreted as described in RFC 2119 (BCP 14) when, and only when, they appear in
capitals.

1.2 A body that does not implement a SHOULD requirement MUST record the reason in its risk register.

## 2. Scope

2.1 This Standard applies to incorporated administrative agencies and designated corporations (hereafter "bodies")
and to the information systems they own or operate, wherever hosted.

2.2 Section 6 lists subjects that are outside the scope of this edition.

## 3. Governance

3.1 Each body MUST appoint a Chief Information Security Officer (CISO) at board level.

3.2 Each body SHOULD designate a security promotion unit that drives the implementation of this Standard, and SHOULD
define the roles of that unit.

3.3 Security incidents MUST be reported to the national CSIRT within 24 hours of detection, using the reporting form in
Annex A.

3.4 Each body MUST carry out a self-assessment against this Standard every year and submit the result to the National
Cyber Resilience Office.

## 4. Endpoints and servers

4.1 Anti-malware software with up-to-date signatures MUST be installed on all endpoints and servers.

4.2 Endpoints and servers SHOULD run a capability that detects previously unseen malware from its behaviour and
prevents it from executing.

4.3 Bodies MUST maintain a register of the software installed on endpoints and servers, updated by system owners through a manual survey at least once a year.

4.4 Mobile devices (laptops, tablets and smartphones) MAY be connected to the body's internal network and to external networks for official business, provided that they are enrolled in mobile device management, their storage is encrypted, multi-factor authentication is enforced and they can be wiped remotely.

4.5 Security patches rated critical MUST be applied within 14 days of release.

## 5. Web and e-mail

5.1 All websites operated by a body MUST be served exclusively over HTTPS; requests over HTTP MUST be redirected to HTTPS, and HSTS SHOULD be enabled.

5.2 Mail servers SHOULD use STARTTLS when exchanging mail with other domains.

5.3 Bodies MUST publish an SPF record for every domain that sends mail.

5.4 Domain names: see the Government Domain Name Guideline (separate publication).

## 6. Outside the scope of this edition

6.1 Information rights management (IRM/DRM) is out of scope of this Standard.

6.2 IoT devices and building-management systems are outside the scope of this edition and will be addressed in a
separate standard.

## 7. Conformance and review

7.1 A body conforms to this Standard when it meets every MUST requirement and has either met each SHOULD requirement or
recorded, under clause 1.2, why it has not.

7.2 The National Cyber Resilience Office may ask a body for evidence of conformance at any time, and publishes an
anonymised summary of the self-assessments every year.

7.3 This Standard is reviewed every two years, or earlier where the threat environment changes materially. Comments
on this edition may be sent to the Office through its public consultation page.

## Annex A (normative) — Incident reporting form

Fields: body name; contact; time of detection; systems affected; information affected; actions taken.

## Annex C (informative) — Example improvement cycle

This annex is informative and imposes no requirement.

In this example, the CISO reviews the annual self-assessment and asks the relevant teams to address the findings.
''', {
    'promotion-structure': ('outdated', ['english', 'modality'], '3.2 Each body SHOULD designate a security promotion unit that drives the implementation of this Standard, and SHOULD',
                            'a mandatory structure worded as SHOULD'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], '3.3 Security incidents MUST be reported to the national CSIRT within 24 hours of detection, using the reporting form in',
                        'incident reporting to an outside body, and self-assessment results; not issues reported to the CISO'),
    'unknown-malware': ('covered', ['english', 'modality'], '4.2 Endpoints and servers SHOULD run a capability that detects previously unseen malware from its behaviour and',
                        'behaviour-based prevention on endpoints and servers; SHOULD is the normal form of a recommended item'),
    'it-asset-management': ('outdated', ['english', 'old-form'], '4.3 Bodies MUST maintain a register of the software installed on endpoints and servers, updated by system owners through a manual survey at least once a year.',
                            'a manually surveyed register: the old form of automatic collection'),
    'mobile-devices': ('covered', ['english', 'condition', 'modality'], "4.4 Mobile devices (laptops, tablets and smartphones) MAY be connected to the body's internal network and to external networks for official business, provided that they are enrolled in mobile device management, their storage is encrypted, multi-factor authentication is enforced and they can be wiped remotely.",
                       'the permission with safeguards is the requirement itself'),
    'web-encryption': ('covered', ['english'], '5.1 All websites operated by a body MUST be served exclusively over HTTPS; requests over HTTP MUST be redirected to HTTPS, and HSTS SHOULD be enabled.',
                       'every site HTTPS only (MUST)'),
    'email-encryption': ('outdated', ['english', 'modality'], '5.2 Mail servers SHOULD use STARTTLS when exchanging mail with other domains.',
                         'transport encryption only SHOULD; SPF (MUST) is a separate duty'),
    'domain-names': ('missing', ['english', 'label'], '5.4 Domain names: see the Government Domain Name Guideline (separate publication).',
                     'a pointer to another publication, no rule here'),
    'drm': ('missing', ['english', 'exclusion'], '6.1 Information rights management (IRM/DRM) is out of scope of this Standard.',
            'excluded from scope'),
    'iot-devices': ('missing', ['english', 'exclusion', 'deferral'], '6.2 IoT devices and building-management systems are outside the scope of this edition and will be addressed in a',
                    'excluded and deferred to a future standard'),
    'improvement-instructions': ('missing', ['english', 'description'], 'In this example, the CISO reviews the annual self-assessment and asks the relevant teams to address the findings.',
                                 'an example in an informative annex imposes nothing'),
}, IDS)

# ---------------------------------------------------------------- 11 city council: "will" and "is responsible for"
# considered: promotion-structure, issue-reporting, improvement-instructions, unknown-malware, it-asset-management,
# web-encryption, email-encryption, drm, mobile-devices, iot-devices
case('11-city-council-policy-en.md', '''# Harbourton City Council — Information Security Policy

Version 4.0. Approved by the Policy and Resources Committee on 12 February 2026. Review date: February 2028.

## 1. Purpose

The Council holds information about residents, businesses and its own staff. This policy sets out how the Council will
protect that information and the systems that hold it, so that residents can trust the Council with their data.

## 2. Scope

This policy applies to all councillors, employees, agency staff, volunteers and contractors who use Council
information or systems, and to all Council information systems, whether hosted on Council premises or by a supplier.

## 3. Roles and responsibilities

The Chief Executive is accountable for information security across the Council.

The Chief Information Security Officer (CISO) is responsible for this policy, for the Council's security standards and
for reporting on security to the Corporate Leadership Team.

The Council will establish an Information Security Working Group, chaired by the Head of Digital Services, to drive the delivery of this policy across all services. The Working Group is responsible for:

- maintaining the security standards that support this policy;
- planning and delivering security awareness training;
- coordinating the annual self-assessment and the response to security incidents.

Service managers are responsible for reporting to the CISO the problems they encounter in operating security controls, in carrying out self-assessments and in delivering staff training.

All staff are responsible for complying with this policy and for reporting suspected incidents to the IT Service Desk.

## 4. Improvement

Arrangements for directing improvement actions, both Council-wide and within individual services, will be set out in a future revision of this policy.

## 5. Technical controls

5.1 All Council computers will run anti-virus software with automatically updated signatures.

5.2 The IT team keeps a register of hardware assets, updated when equipment is delivered or disposed of.

5.3 Online payment and account pages of the Council website will be protected with TLS.

5.4 Staff will check the recipient address before sending personal data by e-mail.

5.5 Confidential documents will be stored in the Council's document management system with access limited to named officers.

5.6 Council laptops and phones will not be connected to public Wi-Fi or to any other network outside Council premises.

5.7 CCTV, car-park barriers and building management systems are managed by Facilities Management and are outside the scope of this policy.

5.8 Access to Council systems will be granted on the basis of job role and removed promptly when staff leave or change
roles. Managers will review the access of their teams every six months.

5.9 Passwords will be at least 12 characters long, and multi-factor authentication will be used for remote access and for
all administrator accounts.

5.10 Backups of Council systems will be taken daily and tested at least twice a year.

## 6. Information classification

Council information is classified as OFFICIAL or OFFICIAL-SENSITIVE. Information marked OFFICIAL-SENSITIVE will only be
shared with people who need it for their work, and printed copies will be stored in locked cabinets.

## 7. Breaches of this policy

Breaches of this policy may be dealt with under the Council's disciplinary procedure.

## 8. Review

This policy will be reviewed every two years by the CISO and re-approved by the Policy and Resources Committee. Minor
changes, such as updates to job titles, may be made by the CISO between reviews.
''', {
    'promotion-structure': ('covered', ['english', 'paraphrase', 'list'], 'The Council will establish an Information Security Working Group, chaired by the Head of Digital Services, to drive the delivery of this policy across all services. The Working Group is responsible for:',
                            'a group that drives delivery of the policy is established, with its responsibilities listed'),
    'issue-reporting': ('covered', ['english', 'paraphrase'], 'Service managers are responsible for reporting to the CISO the problems they encounter in operating security controls, in carrying out self-assessments and in delivering staff training.',
                        'problems from operation, self-assessment and training reported to the CISO'),
    'improvement-instructions': ('missing', ['english', 'deferral'], 'Arrangements for directing improvement actions, both Council-wide and within individual services, will be set out in a future revision of this policy.',
                                 'deferred to a future revision'),
    'unknown-malware': ('missing', ['english', 'separate-duty'], '5.1 All Council computers will run anti-virus software with automatically updated signatures.',
                        'signature antivirus only'),
    'it-asset-management': ('missing', ['english', 'separate-duty'], '5.2 The IT team keeps a register of hardware assets, updated when equipment is delivered or disposed of.',
                            'hardware register at delivery, not software information collected automatically'),
    'web-encryption': ('outdated', ['english', 'scope'], '5.3 Online payment and account pages of the Council website will be protected with TLS.',
                       'only payment and account pages'),
    'email-encryption': ('missing', ['english', 'separate-duty'], '5.4 Staff will check the recipient address before sending personal data by e-mail.',
                         'mis-sending check only'),
    'drm': ('missing', ['english', 'separate-duty'], "5.5 Confidential documents will be stored in the Council's document management system with access limited to named officers.",
            'access control in a repository, not protection that survives a leak'),
    'mobile-devices': ('outdated', ['english', 'negation', 'old-form'], '5.6 Council laptops and phones will not be connected to public Wi-Fi or to any other network outside Council premises.',
                       'a blanket ban on outside networks: information-level note that use with safeguards is now allowed'),
    'iot-devices': ('missing', ['english', 'exclusion'], '5.7 CCTV, car-park barriers and building management systems are managed by Facilities Management and are outside the scope of this policy.',
                    'IoT-type systems excluded'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'it-asset-management',
    'web-encryption', 'email-encryption', 'drm', 'mobile-devices', 'iot-devices'])

# ---------------------------------------------------------------- 12 university IT regulations, clause cross-references
# considered: promotion-structure, domain-names, web-encryption, it-asset-management, unknown-malware, drm,
# email-encryption, issue-reporting
case('12-university-it-regulations-en.md', '''# Kitamura University IT Security Regulations

Made by the Board of Directors under Article 12 of the Kitamura University Organisation Rules. In force from 1 October 2025.

## 1. Interpretation

1.1 In these Regulations, "University website" means any website published by the University, by a faculty, department,
institute or office of the University, or by a research project funded or hosted by the University.

1.2 "University-managed device" means an endpoint or server owned, leased or administered by the University.

1.3 A reference to a clause is a reference to a clause of these Regulations.

## 2. Governance

2.1 The Vice-President (Information) is the Chief Information Security Officer (CISO).

2.2 The IT Security Committee meets twice a year to review these Regulations and receives the reports made under clause 9.

2.3 Each Head of Department is responsible for information security in the department.

## 3. Domain names

3.1 University websites and e-mail services shall use domain names under kitamura-u.ac.jp; no other domain name shall be used for University business.

## 4. Websites

4.1 Each University website shall have a named administrator recorded with Information Services.

4.2 All University websites shall be served only over HTTPS, with HTTP requests redirected.

4.3 Clause 4.2 does not apply to websites of research projects, which may continue to be served over HTTP.

4.4 Websites hosted by external providers for the University shall meet clauses 4.1 and 4.2.

## 5. Endpoints and servers

5.1 Information Services shall deploy asset-management software on all University-managed endpoints and servers, which automatically collects the names and versions of installed software.

5.2 Incoming mail is scanned at the mail gateway, including detonation of attachments in a sandbox to catch unknown malware; no behaviour-based protection is required on endpoints or servers.

5.3 Vulnerabilities found through the inventory kept under clause 5.1 shall be remedied within the periods set by the CISO.

## 6. Accounts

6.1 Accounts shall be protected by multi-factor authentication as required by the Account Standard.

6.2 Shared and generic accounts shall not be used, except for teaching laboratories approved by Information Services.

6.3 Accounts of staff who leave the University shall be disabled on their last working day.

## 7. Data

7.1 Confidential research data shall be stored only on encrypted drives.

7.2 E-mail containing Confidential data must not be auto-forwarded to external accounts.

## 8. Students

8.1 Students using University facilities are bound by the Acceptable Use Regulations.

8.2 Information Services may suspend the account of a student who breaches those Regulations, pending an inquiry.

## 9. Self-assessment

9.1 Heads of Department shall report the results of the annual self-assessment to the CISO, who shall forward them to the committee under clause 2.2.

## 10. Breaches

10.1 A breach of these Regulations by a member of staff may be dealt with under the Staff Disciplinary Rules, and by a
student under the Student Discipline Regulations.

10.2 Information Services may disconnect any device that endangers the University network, without notice.

## 11. Review

11.1 These Regulations are reviewed by the IT Security Committee under clause 2.2 at least once every three years.
''', {
    'promotion-structure': ('missing', ['english', 'paraphrase'], '2.2 The IT Security Committee meets twice a year to review these Regulations and receives the reports made under clause 9.',
                            'a review committee only; no unit driving the measures with its roles'),
    'domain-names': ('covered', ['english', 'list'], '3.1 University websites and e-mail services shall use domain names under kitamura-u.ac.jp; no other domain name shall be used for University business.',
                     "a higher-education body's ac.jp domain for sites and mail"),
    'web-encryption': ('outdated', ['english', 'exclusion', 'scope'], '4.3 Clause 4.2 does not apply to websites of research projects, which may continue to be served over HTTP.',
                       'the all-sites rule of 4.2 leaves research-project sites (University websites by 1.1) on HTTP'),
    'it-asset-management': ('covered', ['english'], '5.1 Information Services shall deploy asset-management software on all University-managed endpoints and servers, which automatically collects the names and versions of installed software.',
                            'automatic collection of software names and versions on endpoints and servers'),
    'unknown-malware': ('outdated', ['english', 'old-form', 'negation'], '5.2 Incoming mail is scanned at the mail gateway, including detonation of attachments in a sandbox to catch unknown malware; no behaviour-based protection is required on endpoints or servers.',
                        'unknown malware only at the boundary'),
    'drm': ('missing', ['english', 'separate-duty'], '7.1 Confidential research data shall be stored only on encrypted drives.',
            'storage encryption, not rights management'),
    'email-encryption': ('missing', ['english', 'separate-duty'], '7.2 E-mail containing Confidential data must not be auto-forwarded to external accounts.',
                         'a forwarding rule; no transport encryption or sender authentication'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], '9.1 Heads of Department shall report the results of the annual self-assessment to the CISO, who shall forward them to the committee under clause 2.2.',
                        'self-assessment results only'),
}, ['promotion-structure', 'domain-names', 'web-encryption', 'it-asset-management', 'unknown-malware', 'drm',
    'email-encryption', 'issue-reporting'])

# ---------------------------------------------------------------- 13 health trust: compliance table
# considered: web-encryption, email-encryption, it-asset-management, mobile-devices, drm, issue-reporting,
# unknown-malware, iot-devices
case('13-health-trust-compliance-table-en.md', '''# Northfield Health Trust — Information Security Policy

Document owner: Chief Information Security Officer. Approved by the Trust Board, 3 March 2026. Version 3.2.

## 1. Introduction

The Trust provides acute and community health services and processes large volumes of patient information. This policy
sets out the security controls that protect that information and the Trust's clinical and corporate systems. It is
supported by technical standards and by operating procedures maintained by the Digital Services directorate.

## 2. Scope

This policy applies to all Trust staff, students on placement, contractors and volunteers, and to every information
system used for Trust business, including systems provided by third parties on the Trust's behalf.

## 3. Responsibilities

The Chief Executive is the accountable officer. The Chief Information Security Officer (CISO) maintains this policy and
reports on compliance to the Audit and Risk Committee. Line managers make sure their staff complete annual training.

## 4. Policy statements

4.1 All Trust websites shall be served over HTTPS only.

4.2 The Trust will adopt encrypted transport between mail servers and sender authentication when the new mail platform enters service.

4.3 Software installed on Trust devices shall be recorded in the software asset register by the IT Service Desk at the time of installation.

4.4 Trust smartphones, tablets and laptops may be used on and off Trust premises, on Trust and external networks, provided they are managed through MDM, encrypted, and capable of remote wipe.

4.5 Patient records are accessible only to staff with a legitimate relationship with the patient (role-based access control).

4.6 Data security incidents shall be reported to the regulator through the national toolkit within 72 hours.

4.7 Staff shall lock their screens when leaving their workstation.

4.8 Access to clinical systems shall be removed within one working day of a member of staff leaving the Trust.

4.9 Backups of clinical systems shall be held in two separate locations and restored in a test at least once a year.

4.10 Removable media shall not be used to store patient information unless issued by Digital Services.

## 5. Compliance status

The table below records the Trust's position against the main requirements at the date of approval.

| Requirement | Status | Target date |
|---|---|---|
| HTTPS for all websites (4.1) | Compliant | — |
| Encrypted mail transport and sender authentication (4.2) | Planned | March 2027 |
| Software asset register (4.3) | Compliant | — |
| Behaviour-based blocking of unknown malware on endpoints and servers | Not applicable — provided by the national endpoint service | — |
| IoT and medical devices: default credentials changed, firmware patched, separate network segment | Under review | To be confirmed |
| Mobile devices (4.4) | Compliant | — |

## 6. Review

This policy will be reviewed every two years or after a significant incident.

## 7. Related documents

- Information Governance Policy
- Acceptable Use Policy
- Business Continuity Policy
- Records Management Policy
''', {
    'web-encryption': ('covered', ['english'], '4.1 All Trust websites shall be served over HTTPS only.',
                       'every site HTTPS only; the table row confirms it is in place'),
    'email-encryption': ('missing', ['english', 'deferral', 'table'], '4.2 The Trust will adopt encrypted transport between mail servers and sender authentication when the new mail platform enters service.',
                         'deferred to a future platform; the table marks it Planned'),
    'it-asset-management': ('outdated', ['english', 'old-form'], '4.3 Software installed on Trust devices shall be recorded in the software asset register by the IT Service Desk at the time of installation.',
                            'a hand-kept software register: the old form of automatic collection'),
    'mobile-devices': ('covered', ['english', 'condition'], '4.4 Trust smartphones, tablets and laptops may be used on and off Trust premises, on Trust and external networks, provided they are managed through MDM, encrypted, and capable of remote wipe.',
                       'use inside and outside with MDM, encryption and remote wipe'),
    'drm': ('missing', ['english', 'separate-duty'], '4.5 Patient records are accessible only to staff with a legitimate relationship with the patient (role-based access control).',
            'role-based access control, not rights management'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], '4.6 Data security incidents shall be reported to the regulator through the national toolkit within 72 hours.',
                        'incident reporting to an outside body'),
    'unknown-malware': ('missing', ['english', 'table', 'exclusion'], '| Behaviour-based blocking of unknown malware on endpoints and servers | Not applicable — provided by the national endpoint service | — |',
                        'a table row marking the measure not applicable; no clause requires it'),
    'iot-devices': ('missing', ['english', 'table', 'deferral'], '| IoT and medical devices: default credentials changed, firmware patched, separate network segment | Under review | To be confirmed |',
                    'a table row under review with no date and no clause'),
}, ['web-encryption', 'email-encryption', 'it-asset-management', 'mobile-devices', 'drm', 'issue-reporting',
    'unknown-malware', 'iot-devices'])

# ---------------------------------------------------------------- 14 state agency: exceptions process and sunset clause
# considered: promotion-structure, improvement-instructions, email-encryption, issue-reporting, unknown-malware,
# web-encryption, mobile-devices
case('14-state-agency-exceptions-sunset-en.md', '''# State Revenue Agency — Information Security Policy

Policy number ISP-01, revision 7. Issued by the Commissioner on 20 January 2026.

## Part 1. General

1.1 This policy protects taxpayer information and the Agency's information systems. It applies to all employees,
contractors and systems of the Agency.

1.2 Standards and procedures issued by the CISO under this policy are binding.

## Part 2. Governance

2.1 The Deputy Commissioner (Corporate) is the Chief Information Security Officer (CISO).

2.2 The Security Programme Office drives the implementation of this policy. Its roles are to maintain the policy and standards, coordinate security training, consolidate self-assessment results and track exceptions.

2.3 Where the CISO considers it appropriate, the CISO may direct improvements that affect the whole Agency to the Security Programme Office and those specific to one division to that division's security lead.

2.4 Each division appoints a security lead.

## Part 3. Technical requirements

3.1 All Agency websites shall be served over HTTPS only.

3.2 E-mail servers shall sign outgoing mail with DKIM and publish SPF and DMARC records for every Agency domain.

3.3 Endpoints and servers shall run behaviour-based protection that blocks unknown malware before it executes.

3.4 The use of portable devices is governed by Section 9.

## Part 4. Exceptions

4.1 The CISO may grant a time-limited exception to any requirement of this policy on the basis of a documented risk
assessment, for no more than 12 months at a time.

4.2 Exceptions granted are reported quarterly to the Audit Committee.

4.3 Standing exceptions in force at the date of issue:

| Ref | Requirement | Scope of exception | Expires |
|---|---|---|---|
| E-1 | 3.3 behaviour-based protection | All endpoints and servers (funding not yet available) | Renewed annually |
| E-3 | 3.1 HTTPS only | Public statistics site stats.revenue.example (legacy platform) | 31 March 2028 |

## Part 4A. Compliance

4A.1 Compliance with this policy is checked by the Security Programme Office through annual self-assessment, and by
Internal Audit through its risk-based audit plan.

4A.2 A breach of this policy by an employee may lead to disciplinary action under the Agency's Code of Conduct. A breach
by a contractor is dealt with under the contract.

4A.3 Taxpayer information shall be used only for the purposes for which it was collected and shall not be disclosed
except as permitted by the Revenue Administration Act.

## Part 5. Sunset

5.1 Section 9 expires on the day the CISO declares the Agency's mobile device management programme complete. No date
has been set.

## Section 9. Interim restrictions on portable devices

9.1 Agency laptops, tablets and phones shall not be taken off Agency premises or connected to any external network.

9.2 Staff who need to work away from the office shall use the Agency's remote desktop service from an Agency site.

## Section 10. Definitions

"Agency website" means any website operated by or for the Agency. "Endpoint" means a desktop or laptop computer used
by staff. "Security lead" means the person appointed under clause 2.4.
''', {
    'promotion-structure': ('covered', ['english', 'paraphrase'], '2.2 The Security Programme Office drives the implementation of this policy. Its roles are to maintain the policy and standards, coordinate security training, consolidate self-assessment results and track exceptions.',
                            'an office that drives implementation, with its roles'),
    'improvement-instructions': ('outdated', ['english', 'modality', 'condition'], "2.3 Where the CISO considers it appropriate, the CISO may direct improvements that affect the whole Agency to the Security Programme Office and those specific to one division to that division's security lead.",
                                 'the right split, but worded as a discretionary permission'),
    'email-encryption': ('missing', ['english', 'separate-duty'], '3.2 E-mail servers shall sign outgoing mail with DKIM and publish SPF and DMARC records for every Agency domain.',
                         'sender authentication only; no transport encryption'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], '4.2 Exceptions granted are reported quarterly to the Audit Committee.',
                        'exception reporting to the audit committee, not issues to the CISO'),
    'unknown-malware': ('missing', ['english', 'table', 'exclusion'], '| E-1 | 3.3 behaviour-based protection | All endpoints and servers (funding not yet available) | Renewed annually |',
                        'clause 3.3 is waived for every endpoint and server by a standing exception'),
    'web-encryption': ('outdated', ['english', 'table', 'scope'], '| E-3 | 3.1 HTTPS only | Public statistics site stats.revenue.example (legacy platform) | 31 March 2028 |',
                       'a standing exception leaves one site on HTTP: not every site'),
    'mobile-devices': ('outdated', ['english', 'negation', 'old-form'], '9.1 Agency laptops, tablets and phones shall not be taken off Agency premises or connected to any external network.',
                       'a blanket ban in force until an undated sunset: information-level note'),
}, ['promotion-structure', 'improvement-instructions', 'email-encryption', 'issue-reporting', 'unknown-malware',
    'web-encryption', 'mobile-devices'])

# ---------------------------------------------------------------- 15 one-page security charter
# considered: web-encryption, email-encryption, unknown-malware, drm, mobile-devices, promotion-structure,
# issue-reporting
case('15-security-charter-onepage-en.md', '''# Information Security Charter — National Archives of Wakaba

Signed by the Director-General, 1 April 2026. This charter is our promise to the people whose records we keep. It sits
above our security policy and standards, and everyone who works with us is asked to read it and live by it.

## Why we have this charter

We hold records that matter to people's lives: land titles, family registers and the papers of public bodies. People
trust us to keep them safe, accurate and available, and to give access to them only to those entitled to it. A
breach would harm them and would damage the trust on which our work depends.

## Our commitments

1. We protect the records entrusted to us as carefully as we would protect our own.
2. We strive to serve our websites over encrypted connections wherever practicable.
3. We never send personal data by e-mail without having a colleague double-check the recipient.
4. We keep our antivirus up to date on every computer.
5. We do not use rights-management tools; confidential files are shared only through our secure portal.
6. We will never ask staff to use their personal phones for work.
7. We give every new colleague security training in their first week, and a refresher every year.
8. We keep only the information we need, for as long as we need it, and we dispose of it securely.
9. We lock our screens and our cabinets when we step away.

## Our partners

The firms that build and run services for us hold our records on our behalf. We choose them with care, we write our
security expectations into every contract, and we check that they meet them. Their people are bound by this charter
while they work with our records, just as ours are.

## Our promise to those we serve

Anyone may ask us how their records are protected, and we will answer plainly. If we ever lose or expose a record, we
will tell the people affected as soon as we can, explain what happened and what we are doing about it, and learn from
it so that it does not happen again. We would rather admit a mistake early than hide it.

## What we ask of you

Read this charter and our security policy. Choose strong passphrases and never share them. Challenge visitors you do
not recognise. Tell the service desk at once if something looks wrong, even if you are not sure: an early false alarm
costs us little, a late report can cost us a great deal. Ask before you take records out of the building, and never
leave them unattended in a car or on public transport.

## How we will know we are keeping our promises

We measure how quickly we respond to reports, how many of our people complete their training, and how often our
records are requested by people who should not see them. We publish a short account of these measures in our annual
report, so that the people whose records we keep can judge for themselves.

## Who is accountable

Information security is everyone's job: we have no separate security team, and every manager owns security in their area.

Managers must report to the CISO the problems they find in operating our security measures, in our self-checks and in staff training.

The Director-General reviews this charter every two years.
''', {
    'web-encryption': ('outdated', ['english', 'modality', 'list'], '2. We strive to serve our websites over encrypted connections wherever practicable.',
                       'a mandatory item worded as an effort, as far as practicable'),
    'email-encryption': ('missing', ['english', 'separate-duty', 'list'], '3. We never send personal data by e-mail without having a colleague double-check the recipient.',
                         'mis-sending check only'),
    'unknown-malware': ('missing', ['english', 'separate-duty', 'list'], '4. We keep our antivirus up to date on every computer.',
                        'signature antivirus only'),
    'drm': ('missing', ['english', 'negation', 'list'], '5. We do not use rights-management tools; confidential files are shared only through our secure portal.',
            'rights management is expressly not used'),
    'mobile-devices': ('missing', ['english', 'negation', 'list', 'scope'], '6. We will never ask staff to use their personal phones for work.',
                       "about personal phones; nothing on the body's mobile terminals"),
    'promotion-structure': ('missing', ['english', 'negation'], "Information security is everyone's job: we have no separate security team, and every manager owns security in their area.",
                            'states there is no security unit'),
    'issue-reporting': ('covered', ['english', 'paraphrase'], 'Managers must report to the CISO the problems they find in operating our security measures, in our self-checks and in staff training.',
                        'problems from operation, self-checks and training reported to the CISO (must)'),
}, ['web-encryption', 'email-encryption', 'unknown-malware', 'drm', 'mobile-devices', 'promotion-structure',
    'issue-reporting'])

# ---------------------------------------------------------------- 16 contractor clauses: own systems vs the body's
# considered: unknown-malware, email-encryption, drm, mobile-devices, it-asset-management, web-encryption,
# domain-names, issue-reporting
case('16-contractor-security-clauses-en.md', '''# Schedule 7 — Information Security Requirements for the Contractor

Contract for the operation of the web and mail services of the Japan Tourism Data Agency (the "Authority"),
an incorporated administrative agency. Contract number JTDA-2026-014.

## Part A. Definitions

A-1 "Authority Systems" means the information systems owned by the Authority, including those the Contractor operates
under this Contract.

A-2 "Contractor Systems" means the Contractor's own information systems, including the endpoints used by its staff.

A-3 "Authority Data" means any information provided by or created for the Authority under this Contract.

## Part B. Contractor Systems

C-4.1 The Contractor shall ensure that the endpoints its own staff use to perform the Contract run behaviour-based protection against unknown malware.

C-4.2 The Contractor's own mail systems used to correspond with the Authority should support TLS.

C-4.3 The Contractor shall encrypt Authority Data at rest on Contractor Systems using AES-256.

C-4.4 Contractor staff shall not connect personal devices to Authority Systems.

## Part C. Delivery

C-5.1 The Contractor shall deliver design documents and operating manuals in Japanese.

C-5.2 The Contractor shall provide the Authority with a list of the software components (name and version) of the delivered system at acceptance and on each update.

C-5.3 The Contractor shall carry out a vulnerability assessment of the delivered system before acceptance and shall
remedy every finding rated high or critical before the system goes live.

## Part D. Authority Systems operated by the Contractor

C-6.1 Under this Contract the Contractor operates all public websites of the Authority, listed in Annex A, and the Authority's mail service.

C-6.2 Every website listed in Annex A shall be served exclusively over HTTPS, with HTTP requests redirected; the Contractor shall renew server certificates before they expire.

C-6.3 Websites and mail addresses operated for the Authority shall use domain names under go.jp registered by the Authority; the Contractor shall not register domain names in its own name for the Authority's services.

C-6.4 The Contractor shall apply security patches to Authority Systems within the periods set in the Service Levels.

## Part E. Incidents

C-9 The Contractor shall report security incidents affecting Authority Data or Authority Systems to the Authority within 24 hours of becoming aware of them.

## Part F. Audit and return of data

C-10 The Authority, or an auditor appointed by it, may audit the Contractor's compliance with this Schedule on ten
working days' notice, and the Contractor shall give reasonable access to premises, records and staff.

C-11 On expiry or termination of the Contract, the Contractor shall return all Authority Data to the Authority and
then securely delete it from Contractor Systems, and shall give the Authority a certificate of deletion.

C-12 The Contractor shall not subcontract any work under this Schedule without the Authority's prior written consent.

C-13 The Contractor shall ensure that its staff who handle Authority Data have signed confidentiality undertakings and
have received security training within the previous twelve months.

## Annex A. Public websites of the Authority

| Site | Purpose |
|---|---|
| www.jtda.go.jp | Main site |
| stats.jtda.go.jp | Open data |
| recruit.jtda.go.jp | Recruitment |
''', {
    'unknown-malware': ('missing', ['english', 'scope'], "C-4.1 The Contractor shall ensure that the endpoints its own staff use to perform the Contract run behaviour-based protection against unknown malware.",
                        "the contractor's own endpoints, not the Authority's terminals and servers"),
    'email-encryption': ('missing', ['english', 'scope', 'modality'], "C-4.2 The Contractor's own mail systems used to correspond with the Authority should support TLS.",
                         "the contractor's own mail systems; nothing on the Authority's mail service"),
    'drm': ('missing', ['english', 'separate-duty'], 'C-4.3 The Contractor shall encrypt Authority Data at rest on Contractor Systems using AES-256.',
            'storage encryption, not rights management'),
    'mobile-devices': ('missing', ['english', 'negation', 'scope'], 'C-4.4 Contractor staff shall not connect personal devices to Authority Systems.',
                       "a ban on contractors' personal devices; nothing on the Authority's mobile terminals"),
    'it-asset-management': ('missing', ['english', 'separate-duty'], 'C-5.2 The Contractor shall provide the Authority with a list of the software components (name and version) of the delivered system at acceptance and on each update.',
                            'a component list at delivery, not software information collected automatically from terminals and servers'),
    'web-encryption': ('covered', ['english', 'condition', 'table'], 'C-6.2 Every website listed in Annex A shall be served exclusively over HTTPS, with HTTP requests redirected; the Contractor shall renew server certificates before they expire.',
                       'all the Authority\'s public websites (C-6.1, Annex A) HTTPS only'),
    'domain-names': ('covered', ['english'], 'C-6.3 Websites and mail addresses operated for the Authority shall use domain names under go.jp registered by the Authority;',
                     'go.jp for the Authority\'s sites and mail'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], 'C-9 The Contractor shall report security incidents affecting Authority Data or Authority Systems to the Authority within 24 hours of becoming aware of them.',
                        'incident reporting by a contractor'),
}, ['unknown-malware', 'email-encryption', 'drm', 'mobile-devices', 'it-asset-management', 'web-encryption',
    'domain-names', 'issue-reporting'])

# ---------------------------------------------------------------- 17 duties in footnotes and appendices
# considered: promotion-structure, improvement-instructions, web-encryption, iot-devices, unknown-malware,
# email-encryption, it-asset-management, drm, mobile-devices
case('17-policy-footnotes-appendix-en.md', '''# Information Security Policy — Institute for Regional Statistics

Approved by the Director-General on 15 May 2026. This policy is short by design: the body states principles, and the
binding detail sits in the appendices and in the notes at the end, which form part of this policy.

## 1. Purpose

The Institute collects and publishes statistics on the regions. This policy protects the confidentiality of the returns
we receive, the integrity of what we publish, and the availability of our services.

## 2. Scope

This policy applies to every member of staff, to contractors working on Institute systems, and to every information
system that the Institute owns or that is operated on its behalf.

## 3. Governance

Governance arrangements are set out in Appendix A.

## 4. Technical protection

Our websites and e-mail are protected in accordance with Appendix B and the notes below.[^2] Software on our systems is
kept track of so that vulnerable versions are found quickly.[^3] Confidential files are handled with care.[^4]

## 5. Devices

Use of mobile devices is governed by the Mobile Device Procedure.[^5]

## 6. Compliance

Managers make sure their staff know this policy. Breaches may lead to disciplinary action.

## 7. Review

This policy and its appendices are reviewed every two years by the CISO and approved by the Director-General. Notes and
appendices are amended in the same way as the body of the policy.

## 8. Classification

Statistical returns are classified Confidential from receipt until they are destroyed. Published statistics are
classified Public once released; before release they are Confidential and subject to the pre-release access rules.

## Appendix A — Governance

A.1 The Director-General appoints the Chief Information Security Officer (CISO).

A.2 Security Promotion Team: [to be completed]

A.3 The CISO shall direct improvements that concern the whole Institute to the Head of IT, and improvements specific to one department to that department's head.

## Appendix B — Technical baseline

B.1 All websites of the Institute shall be served over HTTPS only; plain HTTP shall be redirected.

B.2 Building-management and camera systems are listed in Appendix C for information; this policy sets no requirements for them.

B.3 Behaviour-based protection against unknown malware on endpoints and servers: to be evaluated in FY2027.

## Appendix C — Building systems (for information)

| System | Location |
|---|---|
| Door access control | Head office |
| CCTV | Head office, data centre |

## Appendix D — Glossary

"Return" means a questionnaire completed by a business or household under the Statistics Act. "Pre-release access"
means access to statistics before their publication, which is limited to the officials named in the Pre-release
Access Order. "Head of IT" means the head of the Information Technology Division.

## Notes

[^2]: Mail servers shall encrypt server-to-server transfers with TLS and authenticate outgoing mail with SPF and DKIM.
[^3]: Software is inventoried automatically by the asset-management agent on servers; endpoints are not covered.
[^4]: Confidential files may be password-protected before they are shared.
[^5]: The Mobile Device Procedure is an internal document and is not reproduced here.
''', {
    'promotion-structure': ('missing', ['english', 'label'], 'A.2 Security Promotion Team: [to be completed]',
                            'a label with a placeholder body'),
    'improvement-instructions': ('covered', ['english'], "A.3 The CISO shall direct improvements that concern the whole Institute to the Head of IT, and improvements specific to one department to that department's head.",
                                 'institute-wide and department-specific improvements directed to the right person (appendix)'),
    'web-encryption': ('covered', ['english'], 'B.1 All websites of the Institute shall be served over HTTPS only; plain HTTP shall be redirected.',
                       'every site HTTPS only (appendix referenced by the body)'),
    'iot-devices': ('missing', ['english', 'exclusion'], 'B.2 Building-management and camera systems are listed in Appendix C for information; this policy sets no requirements for them.',
                    'listed for information only, no requirements'),
    'unknown-malware': ('missing', ['english', 'deferral'], 'B.3 Behaviour-based protection against unknown malware on endpoints and servers: to be evaluated in FY2027.',
                        'deferred to a future evaluation'),
    'email-encryption': ('covered', ['english'], '[^2]: Mail servers shall encrypt server-to-server transfers with TLS and authenticate outgoing mail with SPF and DKIM.',
                         'transport TLS and sender authentication, in a footnote that is part of the policy'),
    'it-asset-management': ('missing', ['english', 'scope'], '[^3]: Software is inventoried automatically by the asset-management agent on servers; endpoints are not covered.',
                            'automatic inventory on servers only (a subset of a recommended item)'),
    'drm': ('missing', ['english', 'separate-duty', 'modality'], '[^4]: Confidential files may be password-protected before they are shared.',
            'optional password protection, not rights management'),
    'mobile-devices': ('missing', ['english', 'label'], '[^5]: The Mobile Device Procedure is an internal document and is not reproduced here.',
                       'a reference to a document not reproduced'),
}, ['promotion-structure', 'improvement-instructions', 'web-encryption', 'iot-devices', 'unknown-malware',
    'email-encryption', 'it-asset-management', 'drm', 'mobile-devices'])

# ---------------------------------------------------------------- 18 translated 独立行政法人 regulation, double negation
# considered: promotion-structure, issue-reporting, unknown-malware, email-encryption, web-encryption, iot-devices,
# drm, mobile-devices
case('18-iaa-regulations-translation-en.md', '''# Japan Agency for Maritime Data Information Security Regulations (Provisional English Translation)

Regulation No. 9 of 2019, as last amended on 31 March 2026. This translation is provided for reference; only the
Japanese text has legal effect.

## Chapter I General Provisions

Article 1 (Purpose)
These Regulations set out the matters necessary for information security at the Japan Agency for Maritime Data, an
incorporated administrative agency (hereinafter "the Agency").

Article 2 (Definitions)
In these Regulations, "staff" means the officers and employees of the Agency and temporary workers engaged in its
business; "terminal" means a computer operated directly by staff.

Article 3 (Scope)
These Regulations apply to all information systems of the Agency and to all staff.

## Chapter II Organisation

Article 4 (Chief Information Security Officer)
The Agency shall have a Chief Information Security Officer (CISO), who shall be an Executive Director designated by the
President.

Article 5 (Information Security Committee)
The Agency shall have an Information Security Committee, which shall deliberate on important matters concerning
information security.

Article 6 (Department Security Officers)
Each Department shall have a Department Security Officer, who shall be the head of the Department.

Article 7 (Reporting of Issues)
No Department Security Officer shall fail to report to the CISO the issues that arise in operating security measures, in self-inspection and in education.

Article 8 (Classification of Information)
Staff shall classify information they create or obtain as Confidential, Internal or Public, according to the
Classification Standard set by the CISO.

Article 9 (Handling of Information)
Staff shall not use information for purposes other than the business of the Agency, and shall not take information
classified as Confidential out of the areas managed by the Agency without the permission of the Department Security
Officer.

Article 10 (Education)
The CISO shall provide information security education to all staff at least once a year, and staff shall attend it.

Article 11 (Self-inspection)
Each Department Security Officer shall carry out a self-inspection every year according to the plan set by the CISO.

## Chapter III Technical Measures

Article 16 (Malware)
Anti-malware software shall be installed on all terminals and servers, and its signature files shall not be left out of date.

Article 17 (E-mail)
Staff shall not send information classified as Confidential by e-mail to addresses outside the Agency.

Article 18 (Websites)
The Agency's websites shall be encrypted, except where encryption is not practicable.

Article 20 (Special-purpose Devices)
1. Special-purpose devices such as IP telephones, video-conference systems and network cameras are not excluded from these Regulations.
2. The System Security Officer shall change their initial passwords, keep their firmware current and place them on a network segment separate from business systems.

Article 21 (Rights Management)
The Agency does not rule out the introduction of rights-management tools in the future; no decision has been made.

Article 22 (Mobile Terminals)
Mobile terminals issued by the Agency shall not be connected to any network, inside or outside the Agency, unless they are encrypted, protected by multi-factor authentication and enrolled for remote wipe.

## Supplementary Provisions

These Regulations shall come into force on 1 April 2019. The amendments of 31 March 2026 shall come into force on
1 April 2026.
''', {
    'promotion-structure': ('missing', ['english', 'article', 'paraphrase'], 'The Agency shall have an Information Security Committee, which shall deliberate on important matters concerning',
                            'a deliberative committee only'),
    'issue-reporting': ('covered', ['english', 'article', 'negation'], 'No Department Security Officer shall fail to report to the CISO the issues that arise in operating security measures, in self-inspection and in education.',
                        'double negation: officers must report issues from operation, self-inspection and education to the CISO'),
    'unknown-malware': ('missing', ['english', 'article', 'separate-duty', 'negation'], 'Anti-malware software shall be installed on all terminals and servers, and its signature files shall not be left out of date.',
                        'signature antivirus only'),
    'email-encryption': ('missing', ['english', 'article', 'separate-duty', 'negation'], 'Staff shall not send information classified as Confidential by e-mail to addresses outside the Agency.',
                         'a sending restriction; no transport encryption or sender authentication'),
    'web-encryption': ('outdated', ['english', 'article', 'modality', 'condition'], "The Agency's websites shall be encrypted, except where encryption is not practicable.",
                       'an as-far-as-practicable exception weakens a mandatory all-sites duty'),
    'iot-devices': ('covered', ['english', 'article', 'negation'], '2. The System Security Officer shall change their initial passwords, keep their firmware current and place them on a network segment separate from business systems.',
                    'special-purpose devices are in scope (not excluded) and get default-credential, firmware and separation measures'),
    'drm': ('missing', ['english', 'article', 'negation', 'deferral'], 'The Agency does not rule out the introduction of rights-management tools in the future; no decision has been made.',
            'double negation that decides nothing'),
    'mobile-devices': ('covered', ['english', 'article', 'negation', 'condition'], 'Mobile terminals issued by the Agency shall not be connected to any network, inside or outside the Agency, unless they are encrypted, protected by multi-factor authentication and enrolled for remote wipe.',
                       'shall not ... unless: connection inside and outside permitted with safeguards'),
}, ['promotion-structure', 'issue-reporting', 'unknown-malware', 'email-encryption', 'web-encryption', 'iot-devices',
    'drm', 'mobile-devices'])

write_set(D, C)
