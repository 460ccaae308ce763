# Source of the blind set test/fixtures/blind15/: eighteen whole documents written the way auditors test a checker,
# but as ordinary policies (独立行政法人 and city 対策基準 in 条 form, numbered-list form and table form, a 基本方針 and
# 対策基準 in one file, a 要綱 of an 一部事務組合, 実施手順書, a 国立大学法人 規程, an 教育委員会 基準, a 公営企業 基準,
# a 研究開発法人 基準 with 別表; in English a university, an institute, two hospital trusts and two state agencies,
# with RFC-2119 words and "should" against "must"). Each document carries several of the eleven requirements in hard
# forms: negation inside long sentences (「…は行わないものとする」「…を要しない」), scope cut by ただし書 or by an
# enumerated list, deferral (「令和N年度以降に…検討する」, "planned for review in FY2027"), a heading or table row naming
# a requirement with a vacuous body (「（略）」「別に定める。」 with nothing defined, "(Reserved)"), definitions-only
# mentions, mandatory items worded weakly (努める, 望ましい, できる, should) and, as often, full coverage stated in
# unusual paraphrase (no revision-summary words: "the name and version of every software package ... without user
# action", 「閲覧できる者をあらかじめ指定する保護」, 「プログラムが起動した後の動作から…停止・隔離」 ...).
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary,
# labelset.py and one generator (label-src-blind14.py) for its format; no engine source, catalog, docs, other sets'
# texts or Kijun output were seen, and these labels were written before any run.
# Whole-document convention: the ids a document speaks to (or plainly invites a wrong verdict for) are labelled by
# hand with the clause that decides them; complete() marks every other id missing/absent at the title line. Before
# each case a comment lists the ids considered.
# Status rules (issue 11): covered = a firm clause requires the revised measure in full (paraphrase counts; for
# unknown-malware terminals AND servers, detection by behaviour AND prevention of execution; for email-encryption
# transport encryption between servers AND sender authentication; for improvement-instructions both the
# organisation-wide and the department-specific route; for issue-reporting issues from operation, self-inspection
# and education). outdated = the pre-revision form of the same duty (manual software survey, boundary-only unknown
# malware, blanket mobile ban, HTTPS only on login/form pages or only on some sites, staff encrypting attachments)
# or a mandatory duty worded as wish/effort/permission (努める, 望ましい, できる, 可能な限り, should, may, SHOULD).
# missing = absent, negated, deferred, excluded, a heading/table row with a placeholder body, a definition only, a
# subset of a recommended item (terminals only, servers only), or a separate duty still in force (audit follow-up,
# SPF only, 誤送信防止, private-device ban). Recommended items (unknown-malware, it-asset-management, drm) are never
# effort-worded in this set, and no clause both negates a measure and states its old form.
# No file carries an older-edition fingerprint (府省庁, 行政事務従事者, 平成28年度版): outdatedEdition is false throughout.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind15'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered, strict=True)))


# ---------------------------------------------------------------- 01 独立行政法人 対策基準, 条 form
# considered: promotion-structure, issue-reporting, improvement-instructions, unknown-malware, web-encryption,
# email-encryption, domain-names
case('01-iaa-joubun.md', '''# 独立行政法人湖南産業技術機構情報セキュリティ対策基準

制定　令和元年７月１日規程第21号
改正　令和６年３月29日規程第９号

## 第１章　総則

### 第１条（目的）
この規程は、独立行政法人湖南産業技術機構情報セキュリティ基本方針に基づき、機構の情報及び情報システムを適切に保護するため、
役職員及び機構の業務に従事する者（以下「職員等」という。）が遵守すべき対策の基準を定めることを目的とする。

### 第２条（定義）
この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　情報システム　ハードウェア、ソフトウェア及び通信回線から構成され、情報処理の業務を行う仕組みをいう。
二　要機密情報　機密性２以上の情報をいう。
三　管理区域　サーバ装置等を設置し、入退室を管理する区域をいう。

### 第３条（適用範囲）
この規程は、機構の全ての部署並びに機構が管理する情報及び情報システムに適用する。

## 第２章　組織及び体制

### 第４条（最高情報セキュリティ責任者等）
機構に最高情報セキュリティ責任者を置き、理事長が指名する理事をもって充てる。
２　機構に統括情報セキュリティ責任者を置き、総務部長をもって充てる。
３　各部の長を情報セキュリティ責任者とし、部における対策の実施に責任を負わせる。

### 第５条（情報基盤管理室の役割）
機構に、情報セキュリティ対策を日常的に推し進める実務部門として情報基盤管理室を位置付け、同室に次の事務を行わせる。
一　この規程及び実施手順の改定案の作成
二　教育及び自己点検の企画、実施及び結果の取りまとめ
三　各部に対する技術的支援及び部相互の連絡調整
四　情報セキュリティインシデントへの対処の調整

### 第６条（課題の報告）
各部の情報セキュリティ責任者は、対策の日常の運用、自己点検及び研修の実施の過程で判明した問題点を取りまとめ、四半期ごとに最高情報セキュリティ責任者に報告しなければならない。

### 第７条（改善の指示）
最高情報セキュリティ責任者は、前条の報告を踏まえ、全機構に共通する改善事項については統括情報セキュリティ責任者に、部に固有の改善事項については当該部の情報セキュリティ責任者に、それぞれ指示することができる。

## 第３章　情報の取扱い

### 第８条（格付及び取扱制限）
職員等は、情報を作成し、又は入手したときは、機密性、完全性及び可用性の観点から格付を行い、必要な取扱制限を明示しなければならない。

### 第９条（持出し及び廃棄）
要機密情報を機構外に持ち出すときは、情報セキュリティ責任者の許可を得なければならない。
２　情報を廃棄するときは、復元できない方法により消去しなければならない。

## 第４章　物理的対策

### 第10条（管理区域）
管理区域への入退室は、ICカードにより認証し、その記録を１年間保存しなければならない。
２　来訪者が管理区域に立ち入るときは、職員等が常時同行しなければならない。

## 第５章　技術的対策

### 第11条（主体認証）
情報システムには、利用者ごとの識別コード及びパスワードによる認証を設けなければならない。
２　パスワードは12文字以上とし、他のシステムと同一のものを使用してはならない。

### 第12条（不正プログラム対策）
情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保たなければならないが、プログラムの動作の監視によって既知の定義に該当しないものを検知し実行を阻止する仕組みの導入は行わないものとする。

### 第13条（ウェブサイト）
機構が開設する公開ウェブサイトは、例外なく全てのページについて、閲覧者の端末との間の通信を暗号化した経路によってのみ提供し、暗号化されていない接続は暗号化した接続に転送しなければならない。
２　機構のウェブサイト及び電子メールアドレスには、政府機関等のために割り当てられる「go.jp」で終わるドメイン名を用いなければならない。

### 第14条（電子メール）
職員等は、要機密情報を電子メールで送信するときは、添付ファイルにパスワードを設定して暗号化し、パスワードは別の手段で通知しなければならない。
２　職員等は、業務上の電子メールを私的なメールアドレスに転送してはならない。

## 第６章　外部委託

### 第15条（委託先の管理）
情報システムの開発又は運用を外部に委託するときは、委託先に守秘義務、再委託の事前承認及び事故発生時の報告を契約で義務付けなければならない。

## 第７章　教育、インシデント対応及び監査

### 第16条（教育）
統括情報セキュリティ責任者は、職員等に対し、毎年度１回以上の教育を実施し、受講状況を記録しなければならない。

### 第17条（インシデントへの対処）
職員等は、情報セキュリティインシデントを認知したときは、直ちに情報基盤管理室に連絡しなければならない。

### 第18条（監査）
情報セキュリティ監査責任者は、毎年度監査を実施し、監査報告書を作成しなければならない。

附　則
この規程は、令和６年４月１日から施行する。
''', {
    'promotion-structure': ('covered', ['article', 'paraphrase', 'list'], '機構に、情報セキュリティ対策を日常的に推し進める実務部門として情報基盤管理室を位置付け、同室に次の事務を行わせる。',
                            'a unit driving the measures day to day, with its roles enumerated (promotion structure in paraphrase)'),
    'issue-reporting': ('covered', ['article', 'paraphrase'], '各部の情報セキュリティ責任者は、対策の日常の運用、自己点検及び研修の実施の過程で判明した問題点を取りまとめ',
                        'problems found in operation, self-inspection and training reported to the CISO, firm'),
    'improvement-instructions': ('outdated', ['article', 'modality'], 'それぞれ指示することができる。',
                                 'both routes present but the instruction is only a permission (できる)'),
    'unknown-malware': ('missing', ['article', 'negation', 'long-sentence'], 'プログラムの動作の監視によって既知の定義に該当しないものを検知し実行を阻止する仕組みの導入は行わないものとする。',
                        'behaviour-based prevention negated at the end of a long sentence; only pattern files remain'),
    'web-encryption': ('covered', ['article', 'paraphrase'], '機構が開設する公開ウェブサイトは、例外なく全てのページについて、閲覧者の端末との間の通信を暗号化した経路によってのみ提供し',
                       'every page of every public site only over an encrypted path, plain connections redirected'),
    'domain-names': ('covered', ['article'], '機構のウェブサイト及び電子メールアドレスには、政府機関等のために割り当てられる「go.jp」で終わるドメイン名を用いなければならない。',
                     'go.jp required for sites and mail addresses'),
    'email-encryption': ('outdated', ['article', 'old-form'], '職員等は、要機密情報を電子メールで送信するときは、添付ファイルにパスワードを設定して暗号化し',
                         'staff encrypting attachments; no transport encryption or sender authentication'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'web-encryption',
    'email-encryption', 'domain-names'])

# ---------------------------------------------------------------- 02 city 対策基準, numbered-list form
# considered: it-asset-management, mobile-devices, web-encryption, email-encryption, iot-devices, promotion-structure,
# improvement-instructions, issue-reporting, unknown-malware
case('02-city-numbered.md', '''# 川端市情報セキュリティ対策基準

令和３年４月１日制定
令和６年10月１日改正

1.　総則

(1) 目的
　この基準は、川端市情報セキュリティ基本方針に基づき、市の情報資産を保護するために職員等が守るべき具体的な対策を定める。

(2) 対象
　市長部局、議会事務局、各行政委員会事務局及び消防本部の職員等並びにこれらが取り扱う情報資産を対象とする。

(3) 用語
　ア　情報資産　情報システム、ネットワーク、これらで取り扱う情報及びこれを記録した媒体をいう。
　イ　職員等　正規職員、会計年度任用職員及び派遣職員をいう。

2.　組織体制

(1) 副市長を最高情報セキュリティ責任者（以下「CISO」という。）とする。
(2) デジタル推進課長を統括情報セキュリティ責任者とし、CISOを補佐させる。
(3) 各課長を情報セキュリティ管理者とし、課における対策の実施を管理させる。
(4) 情報セキュリティ対策推進体制
　（略）
(5) 情報セキュリティ管理者は、対策の運用、自己点検及び研修において気付いた課題を、CISOに報告するよう努めるものとする。
(6) CISOは、点検の結果等から改善が必要と判断した事項のうち、全庁に及ぶものは統括情報セキュリティ責任者に、特定の部に限られるものは当該部の長に、その実施を命ずる。

3.　情報資産の管理

(1) 情報資産は、重要性に応じて分類し、分類ごとに定める取扱いに従わなければならない。
(2) 住民の個人情報を含む文書は、施錠できる書庫に保管する。
(3) 不要となった記録媒体は、物理的に破壊してから廃棄する。

4.　物理的セキュリティ

(1) サーバ室は常時施錠し、入室者を記録する。
(2) サーバ室には無停電電源装置を設置し、停電時にも安全に停止できるようにする。

5.　人的セキュリティ

(1) 職員等は、パスワードを８文字以上とし、生年月日等推測されやすいものを用いてはならない。
(2) 職員等は、離席時に画面をロックしなければならない。
(3) 統括情報セキュリティ責任者は、新規採用職員及び全職員に対し、年１回以上研修を行う。

6.　技術的セキュリティ

(1) 端末及びサーバには不正プログラム対策ソフトウェアを導入し、定義ファイルを自動更新する。
(2) 修正プログラムは、公開後速やかに検証し、適用する。
(3) 端末に導入されたソフトウェアの名称及び版数を自動的に収集するツールについては、令和９年度以降にその導入を検討する。
(4) 会議室のテレビ会議装置、庁舎の防犯撮影装置、入退館の認証装置、空調の遠隔制御装置等、特定の用途のためにネットワークに接続される機器も本基準の対象とする。
(5) 前号の機器について、統括情報セキュリティ責任者は、初期設定の認証情報を変更し、製造者の更新プログラムを適用し、事務用ネットワークから論理的に分離しなければならない。
(6) 市が開設する全てのウェブサイトは、通信を暗号化して提供する。ただし、イベント告知等の情報提供のみを目的とする特設サイトについては、この限りでない。
(7) 市の電子メールドメインについては、送信ドメイン認証のためのSPFレコードを公開するが、メールサーバ間の通信の暗号化は行わないものとする。
(8) 職員等は、庁外において端末を通信回線に接続して業務を行ってはならず、タブレット端末及びノートパソコンを庁外へ持ち出すことも禁止する。

7.　外部委託

(1) 委託先には、秘密保持、再委託の制限及び事故時の報告を契約により義務付ける。
(2) 委託業務の終了時には、貸与した情報の返却又は消去を確認する。

8.　インシデント対応

(1) 職員等は、情報セキュリティインシデントを発見したときは、直ちに情報セキュリティ管理者に報告する。
(2) 情報セキュリティ管理者は、被害の拡大防止の措置を講じ、統括情報セキュリティ責任者に報告する。

9.　監査及び見直し

(1) CISOは、年１回、外部の監査人による情報セキュリティ監査を実施させる。
(2) この基準は、監査の結果及び情勢の変化を踏まえ、必要に応じて見直す。
''', {
    'promotion-structure': ('missing', ['list', 'heading-only', 'placeholder'], '(4) 情報セキュリティ対策推進体制',
                            'a list item naming the promotion structure whose body is only （略）'),
    'issue-reporting': ('outdated', ['list', 'modality'], '(5) 情報セキュリティ管理者は、対策の運用、自己点検及び研修において気付いた課題を、CISOに報告するよう努めるものとする。',
                        'the issue report is an effort duty (努める)'),
    'improvement-instructions': ('covered', ['list', 'paraphrase'], '(6) CISOは、点検の結果等から改善が必要と判断した事項のうち、全庁に及ぶものは統括情報セキュリティ責任者に',
                                 'organisation-wide to the chief officer, department-specific to the department head, firm (命ずる)'),
    'it-asset-management': ('missing', ['list', 'deferral'], '(3) 端末に導入されたソフトウェアの名称及び版数を自動的に収集するツールについては、令和９年度以降にその導入を検討する。',
                            'automatic software collection deferred to FY2027 or later'),
    'iot-devices': ('covered', ['list', 'paraphrase'], '(5) 前号の機器について、統括情報セキュリティ責任者は、初期設定の認証情報を変更し、製造者の更新プログラムを適用し',
                    'special-purpose networked devices brought into scope (item 4) with default credentials, updates and separation'),
    'web-encryption': ('outdated', ['list', 'proviso', 'scope'], 'ただし、イベント告知等の情報提供のみを目的とする特設サイトについては、この限りでない。',
                       'all sites encrypted except informational special sites (ただし書): only some sites'),
    'email-encryption': ('missing', ['list', 'negation', 'separate-duty'], 'メールサーバ間の通信の暗号化は行わないものとする。',
                         'SPF only, and server-to-server encryption expressly negated'),
    'mobile-devices': ('outdated', ['list', 'negation', 'old-form'], '(8) 職員等は、庁外において端末を通信回線に接続して業務を行ってはならず',
                       'blanket ban on outside connection and on taking devices out'),
    'unknown-malware': ('missing', ['list', 'separate-duty'], '(1) 端末及びサーバには不正プログラム対策ソフトウェアを導入し、定義ファイルを自動更新する。',
                        'pattern-file antivirus only, a separate duty; no behaviour-based prevention'),
}, ['unknown-malware', 'it-asset-management', 'mobile-devices', 'web-encryption', 'email-encryption', 'iot-devices', 'promotion-structure',
    'improvement-instructions', 'issue-reporting'])

# ---------------------------------------------------------------- 03 prefecture 対策基準, table form
# considered: unknown-malware, it-asset-management, drm, web-encryption, mobile-devices, email-encryption,
# issue-reporting
case('03-pref-table.md', '''# 白鷺県情報セキュリティ対策基準（対策一覧表）

令和２年４月１日　白鷺県情報セキュリティ委員会決定
令和６年４月１日　一部改正

## １　趣旨

この対策一覧表は、白鷺県情報セキュリティ基本方針に基づき、知事部局、各行政委員会及び企業局の職員等が遵守すべき対策を、
区分ごとに一覧の形で定めるものである。表中「担当」欄に掲げる者は、当該対策の実施に責任を負う。

## ２　用語

- 「情報資産」とは、情報システム、ネットワーク及びこれらで取り扱う情報をいう。
- 「所属」とは、県の本庁の課室及び出先機関をいう。
- 「CISO」とは、最高情報セキュリティ責任者（副知事）をいう。

## ３　組織的対策

| 区分 | 対策 | 担当 |
|---|---|---|
| 責任者 | 各所属の長を情報セキュリティ責任者とし、所属の対策を管理させる。 | CISO |
| 研修 | 全職員等に対し年１回以上の研修を行い、受講を記録する。 | 情報政策課長 |
| 自己点検 | 各所属は、毎年度、自己点検票により対策の実施状況を点検する。 | 各所属の長 |
| 監査結果報告 | 監査人は、監査の結果を取りまとめ、CISOに報告する。 | 監査人 |
| インシデント | 職員等はインシデントを認知したとき直ちに所属の長及び情報政策課に報告する。 | 職員等 |

## ４　物理的対策

| 区分 | 対策 | 担当 |
|---|---|---|
| サーバ室 | 生体認証による入退室管理を行い、記録を１年間保存する。 | 情報政策課長 |
| 機器の廃棄 | 記憶装置は専用機器で破壊し、破壊証明を取得する。 | 各所属の長 |

## ５　技術的対策

| 区分 | 対策 | 担当 |
|---|---|---|
| 主体認証 | 端末へのログオンには、ICカードとPINによる二要素認証を用いる。 | 情報政策課長 |
| 不正プログラム（定義） | 全端末及びサーバに対策ソフトウェアを導入し、定義ファイルを自動更新する。 | 情報政策課長 |
| 不正プログラム（未知） | 端末及びサーバ装置で動くプログラムの挙動を監視し、定義ファイルにない不審な動作をするものを検出して実行を止める機能を備える。 | 情報政策課長 |
| ソフトウェアの把握 | 各所属は、年度末に所属端末のソフトウェア導入状況を調査票に記入し、情報政策課に提出する。 | 各所属の長 |
| デジタル著作権管理（DRM）による保護 | 別に定める。 | 情報政策課長 |
| 公開ウェブサイト通信の暗号化 | ― | ― |
| メールの暗号化 | 必要に応じて、メールサーバ間の通信を暗号化することが望ましい。 | 情報政策課長 |
| モバイル端末 | 県が貸与するノートパソコン及びタブレットは、ディスク暗号化、多要素認証、遠隔消去の設定及び一元管理を施した上で、庁内外を問わず通信回線に接続して業務に用いることができる。 | 情報政策課長 |
| 私物端末 | 私物のパソコン及びスマートフォンを業務に用いてはならない。 | 職員等 |

## ６　外部委託

| 区分 | 対策 | 担当 |
|---|---|---|
| 契約 | 守秘義務、再委託の制限、事故時報告及び監査受入れを契約に定める。 | 発注所属の長 |
| クラウド | 機密性２以上の情報を扱うクラウドサービスは、情報政策課長の承認を得て利用する。 | 発注所属の長 |

## ７　見直し

この一覧表は、監査の結果及び技術の動向を踏まえ、毎年度見直す。
''', {
    'unknown-malware': ('covered', ['table', 'paraphrase'], '端末及びサーバ装置で動くプログラムの挙動を監視し、定義ファイルにない不審な動作をするものを検出して実行を止める機能を備える。',
                        'terminals and servers: behaviour watched, unknown-suspicious programs stopped'),
    'it-asset-management': ('outdated', ['table', 'old-form'], '各所属は、年度末に所属端末のソフトウェア導入状況を調査票に記入し、情報政策課に提出する。',
                            'a yearly manual survey form: the old form'),
    'drm': ('missing', ['table', 'placeholder'], '| デジタル著作権管理（DRM）による保護 | 別に定める。 |',
            'a table row naming DRM whose body is 別に定める with nothing defined'),
    'web-encryption': ('missing', ['table', 'placeholder'], '| 公開ウェブサイト通信の暗号化 | ― | ― |',
                       'a table row naming web encryption with an empty body'),
    'email-encryption': ('outdated', ['table', 'modality'], '必要に応じて、メールサーバ間の通信を暗号化することが望ましい。',
                         'server-to-server encryption only desirable, as needed'),
    'mobile-devices': ('covered', ['table'], '県が貸与するノートパソコン及びタブレットは、ディスク暗号化、多要素認証、遠隔消去の設定及び一元管理を施した上で',
                       'use inside and outside permitted with encryption, MFA, remote wipe and management (the private-device ban is separate)'),
    'issue-reporting': ('missing', ['table', 'separate-duty'], '| 監査結果報告 | 監査人は、監査の結果を取りまとめ、CISOに報告する。 | 監査人 |',
                        'only audit results reach the CISO; issues from operation, self-inspection and training are not reported'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'mobile-devices', 'email-encryption',
    'issue-reporting'])

# ---------------------------------------------------------------- 04 town 基本方針 + 対策基準 in one file
# considered: promotion-structure, issue-reporting, improvement-instructions, web-encryption, unknown-malware,
# mobile-devices, iot-devices
case('04-town-houshin-kijun.md', '''# 桐生野町情報セキュリティポリシー

令和４年４月１日施行

# 第１部　情報セキュリティ基本方針

## １　目的
本町が保有する住民の情報及び行政運営に必要な情報を様々な脅威から守り、住民の信頼に応えるため、この基本方針を定める。

## ２　定義
（１）情報セキュリティポリシー　この基本方針及び第２部の対策基準をいう。
（２）改善指示　CISOが組織横断的な改善事項又は部門固有の改善事項について責任者に対して行う指示をいう。
（３）職員等　町長部局、教育委員会事務局及び議会事務局の職員、会計年度任用職員その他町の業務に従事する者をいう。

## ３　職員等の義務
職員等は、情報セキュリティの重要性を認識し、情報セキュリティポリシー及び実施手順を遵守しなければならない。

## ４　対策
町は、物理的、人的、技術的及び組織的な対策を講じ、情報資産を保護する。

## ５　評価及び見直し
町は、監査及び自己点検を定期的に行い、情勢の変化に応じて情報セキュリティポリシーを見直す。

# 第２部　情報セキュリティ対策基準

## 第１　組織体制
１　副町長を最高情報セキュリティ責任者（以下「CISO」という。）とする。
２　CISOは、対策の推進を担う体制として、総務課情報係を中心とする推進チームを置くことができる。
３　各課長は、日々の対策の実施、年１回の自己点検及び職員研修のそれぞれで見えてきた不備や困りごとを、文書によりCISOに伝えなければならない。

## 第２　対象範囲
１　対策基準の対象機器は、次に掲げるものとする。
（１）職員用端末
（２）サーバ
（３）ネットワーク機器
２　前項各号に掲げるもの以外の機器（複合機、ネットワークカメラその他の特定用途機器を含む。）は、この基準の対象としない。

## 第３　情報資産の管理
１　情報資産の管理者は、所管する情報資産の台帳を整備する。
２　個人情報を含む書類は、執務時間外は施錠保管する。
３　端末及び記録媒体を廃棄するときは、データ消去ソフトウェアで消去し、その記録を残す。

## 第４　物理的セキュリティ
１　サーバは、施錠された専用の部屋に設置する。
２　執務室の最終退庁者は、窓及び扉の施錠を確認する。

## 第５　人的セキュリティ
１　職員等は、パスワードを他人に教えてはならず、付箋等に記載して掲示してはならない。
２　私物のスマートフォン、タブレット等を業務に使用してはならない。
３　総務課長は、新規採用職員に対し、着任時に情報セキュリティ研修を行う。

## 第６　技術的セキュリティ
１　職員用端末及びサーバには、不正プログラム対策ソフトウェアを導入する。
２　インターネットとの接続点に設置する機器において、既知の定義に一致しない不審なファイルを仮想環境で動作させて確認し、有害と判断したものの通過を遮断する。
３　町の公式ウェブサイト及び町が運営する全ての関連サイトは、閲覧者の通信内容が第三者に読み取られ又は書き換えられないよう、暗号化された接続でのみ公開する。
４　住民情報系ネットワークは、インターネットに接続するネットワークから分離する。

## 第７　外部委託
１　委託先の選定に当たっては、情報セキュリティ対策の実施体制を確認する。
２　委託契約には、秘密保持及び再委託の制限を定める。

## 第８　インシデント対応
１　職員等は、情報漏えい等の事故を発見したときは、直ちに所属長及び総務課長に報告する。
２　総務課長は、被害の状況を確認し、必要に応じて関係機関に連絡する。

## 第９　監査
１　CISOは、毎年度、監査を実施する。
２　監査の結果は、町長に報告する。
''', {
    'promotion-structure': ('outdated', ['numbered', 'modality'], '２　CISOは、対策の推進を担う体制として、総務課情報係を中心とする推進チームを置くことができる。',
                            'the promotion structure is only permitted (置くことができる)'),
    'issue-reporting': ('covered', ['numbered', 'paraphrase'], '３　各課長は、日々の対策の実施、年１回の自己点検及び職員研修のそれぞれで見えてきた不備や困りごとを、文書によりCISOに伝えなければならない。',
                        'shortcomings from operation, self-inspection and training reported to the CISO, firm'),
    'improvement-instructions': ('missing', ['definition-only'], '（２）改善指示　CISOが組織横断的な改善事項又は部門固有の改善事項について責任者に対して行う指示をいう。',
                                 'only a definition; no clause makes the CISO instruct improvements'),
    'iot-devices': ('missing', ['enumeration', 'exclusion'], '２　前項各号に掲げるもの以外の機器（複合機、ネットワークカメラその他の特定用途機器を含む。）は、この基準の対象としない。',
                    'special-purpose devices excluded by the scope list'),
    'mobile-devices': ('missing', ['numbered', 'separate-duty'], '２　私物のスマートフォン、タブレット等を業務に使用してはならない。',
                       'a private-device ban only; nothing on town-issued mobile terminals'),
    'unknown-malware': ('outdated', ['numbered', 'old-form', 'paraphrase'], '２　インターネットとの接続点に設置する機器において、既知の定義に一致しない不審なファイルを仮想環境で動作させて確認し',
                        'unknown malware handled only at the Internet boundary (sandbox at the connection point)'),
    'web-encryption': ('covered', ['numbered', 'paraphrase'], '３　町の公式ウェブサイト及び町が運営する全ての関連サイトは、閲覧者の通信内容が第三者に読み取られ又は書き換えられないよう、暗号化された接続でのみ公開する。',
                       'every site of the town only over encrypted connections'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'web-encryption', 'unknown-malware',
    'mobile-devices', 'iot-devices'])

# ---------------------------------------------------------------- 05 一部事務組合 要綱, 条 form
# considered: email-encryption, it-asset-management, drm, mobile-devices, promotion-structure,
# improvement-instructions
case('05-kumiai-youkou.md', '''# 東嶺広域行政事務組合情報セキュリティ対策要綱

令和２年10月１日告示第12号
改正　令和５年３月31日告示第４号

（趣旨）
第１条　この要綱は、東嶺広域行政事務組合（以下「組合」という。）が取り扱う情報資産の保護に関し、必要な事項を定めるものとする。

（定義）
第２条　この要綱において「職員」とは、組合の事務に従事する職員（構成市町からの派遣職員を含む。）をいう。
２　この要綱において「情報管理者」とは、組合事務局総務課長をいう。

（管理者の責務）
第３条　組合の管理者（組合長）は、組合における情報セキュリティの確保について最終的な責任を負う。
２　情報管理者は、組合長を補佐し、この要綱に定める対策を実施する。

（推進体制）
第４条　推進体制については、別に定める。

（改善）
第５条　組合長は、必要に応じ、組合全体に係る改善事項及び各署所に固有の改善事項について、それぞれの責任者に改善を求めるよう努める。

（情報の分類）
第６条　職員は、取り扱う情報を、その重要度に応じて「秘」「取扱注意」「公開」に分類しなければならない。

（記録媒体）
第７条　職員は、「秘」又は「取扱注意」に分類される情報を記録媒体に保存するときは、組合が貸与する暗号化機能付きの記録媒体を用いなければならない。

（情報の持ち出し対策）
第８条　情報の持ち出し対策としては、前条の記録媒体の暗号化をもって足りるものとし、ファイルごとに閲覧権限を付与して流出後の閲覧を防ぐ方式の導入は要しない。

（端末の利用）
第９条　職員は、組合が貸与する端末であっても、事務局庁舎及び消防署所の外のネットワークに接続してはならない。
２　職員は、端末にパスワード付きのスクリーンセーバーを設定しなければならない。

（ソフトウェアの把握）
第10条　情報管理者は、全ての端末及びサーバについて、導入されているソフトウェアの名称及び版を、職員の手作業によらず管理用の仕組みにより毎日自動的に取得し、脆弱性情報と照合できる状態にしておかなければならない。
２　職員は、情報管理者の許可を得ずにソフトウェアを導入してはならない。

（電子メール）
第11条　組合の電子メールサーバは、他の組織のメールサーバと電子メールを受け渡す際に通信経路を暗号化する設定とし、併せて、受信者が送信元の正当性を確かめられるよう、組合のドメインについて送信元の認証に必要な情報（送信を許可するサーバの一覧及び電子署名の検証鍵）を公開しなければならない。

（庁舎の管理）
第12条　サーバを設置する部屋は施錠し、鍵は情報管理者が管理する。
２　消防指令センターへの入室は、指令業務に従事する職員及び情報管理者が許可した者に限る。

（研修）
第13条　情報管理者は、毎年度、職員に対して情報セキュリティ研修を実施する。

（事故の報告）
第14条　職員は、情報の漏えい、紛失その他の事故が発生したときは、直ちに情報管理者に報告しなければならない。
２　情報管理者は、前項の報告を受けたときは、組合長に報告し、必要な措置を講じなければならない。

（委託）
第15条　情報システムに係る業務を委託するときは、委託先に秘密保持を義務付け、再委託は組合長の承認を要するものとする。

（補則）
第16条　この要綱に定めるもののほか、必要な事項は組合長が別に定める。

附　則
この要綱は、令和５年４月１日から施行する。
''', {
    'promotion-structure': ('missing', ['article', 'placeholder'], '第４条　推進体制については、別に定める。',
                            'a heading and article naming the promotion structure with only 別に定める'),
    'improvement-instructions': ('outdated', ['article', 'modality'], '第５条　組合長は、必要に応じ、組合全体に係る改善事項及び各署所に固有の改善事項について、それぞれの責任者に改善を求めるよう努める。',
                                 'both routes named but as an effort duty (努める) and only as needed'),
    'drm': ('missing', ['article', 'negation', 'long-sentence'], 'ファイルごとに閲覧権限を付与して流出後の閲覧を防ぐ方式の導入は要しない。',
            'rights management expressly not required (を要しない); media encryption is a separate duty'),
    'mobile-devices': ('outdated', ['article', 'negation', 'old-form'], '第９条　職員は、組合が貸与する端末であっても、事務局庁舎及び消防署所の外のネットワークに接続してはならない。',
                       'blanket ban on outside connection of issued terminals'),
    'it-asset-management': ('covered', ['article', 'paraphrase'], '第10条　情報管理者は、全ての端末及びサーバについて、導入されているソフトウェアの名称及び版を、職員の手作業によらず管理用の仕組みにより毎日自動的に取得し',
                            'software names and versions collected automatically from all terminals and servers'),
    'email-encryption': ('covered', ['article', 'paraphrase'], '第11条　組合の電子メールサーバは、他の組織のメールサーバと電子メールを受け渡す際に通信経路を暗号化する設定とし',
                         'server-to-server transport encryption and published sender-authentication data (SPF/DKIM in paraphrase)'),
}, ['email-encryption', 'it-asset-management', 'drm', 'mobile-devices', 'promotion-structure',
    'improvement-instructions'])

# ---------------------------------------------------------------- 06 独立行政法人 実施手順書 (procedure steps)
# considered: web-encryption, unknown-malware, it-asset-management, iot-devices, email-encryption, domain-names
case('06-iaa-tejunsho.md', '''# 独立行政法人北辰地域振興センター　情報システム運用実施手順書

第３版　令和６年７月１日　情報システム部作成

## 1. この手順書について

1-1　この手順書は、センター情報セキュリティ対策基準に定める事項のうち、情報システム部が所管する情報システムの運用に係る具体的な手順を定める。
1-2　手順の実施者は、特に定める場合を除き、情報システム部の運用担当者（以下「担当者」という。）とする。
1-3　この手順書において「職員用端末」とは、センターが職員等に貸与するデスクトップ型及びノート型の電子計算機をいう。

## 2. アカウント管理

手順2-1　新規利用者の識別コードは、人事異動通知を受けた日から３営業日以内に発行する。
手順2-2　初期パスワードは利用者本人に手渡しで通知し、初回ログオン時に変更させる。
手順2-3　退職者のアカウントは、退職日の翌日までに無効化する。
手順2-4　管理者権限を持つアカウントの一覧は、毎月棚卸しし、部長の確認を受ける。

## 3. ウェブサーバの運用

手順3-1　ウェブページの公開は、所管部署の長の承認を得た原稿に基づいて行う。
手順3-2　問い合わせフォーム及びログイン画面を含むページについては、HTTPSで提供する。その他の情報提供ページはHTTPでの提供を可とする。
手順3-3　ウェブサーバのアクセスログは、１年間保存する。

## 4. 不正プログラム対策

手順4-1　サーバ装置及び職員用端末のいずれにも、常駐する監視エージェントを導入し、プログラムが起動した後の動作（ファイルの大量暗号化、不審なプロセスの生成等）から未知の攻撃を見つけ、当該プログラムを自動的に停止・隔離する設定とする。
手順4-2　監視エージェントが停止・隔離を行ったときは、担当者は当日中に影響範囲を調査し、部長に報告する。
手順4-3　定義ファイル型の対策ソフトウェアは、引き続き全台で自動更新とする。

## 5. ソフトウェアの管理

手順5-1　サーバ装置については、導入ソフトウェアの名称及びバージョンを収集エージェントにより毎日自動で取得する。ただし、職員用端末は収集の対象外とする。
手順5-2　修正プログラムは、検証環境で動作を確認した後、公開から30日以内に適用する。

## 6. 機器の管理

手順6-1　機器を受け入れたときは、機器管理番号のラベルを貼付し、機器台帳に登録する。
手順6-2　ネットワーク接続された複合機、テレビ会議装置等についても、可能な範囲で初期パスワードの変更に努める。
手順6-3　廃棄する機器の記憶装置は、専門業者に破砕を依頼し、証明書を受領する。

## 7. 電子メールの運用

手順7-1　外部宛ての電子メールは、送信後５分間保留し、送信者に宛先を再確認させる。
手順7-2　受信した電子メールの添付ファイルのうち実行形式のものは、自動的に削除する。
手順7-3　迷惑メールと判定したものは、件名に［迷惑］を付して配送する。
手順7-4　新たなウェブサイト及びメールアドレスに用いるドメイン名の取扱いについては、令和８年度以降にルールを定める予定である。

## 8. バックアップ

手順8-1　基幹システムのデータは毎日取得し、週１回遠隔地に保管する。
手順8-2　復元手順は年１回訓練により確認する。

## 9. 障害及びインシデント

手順9-1　障害又はインシデントを検知したときは、担当者は直ちに部長及びCSIRTに連絡する。
手順9-2　対応の経過は、インシデント管理票に時系列で記録する。
''', {
    'web-encryption': ('outdated', ['procedure', 'scope', 'old-form'], '手順3-2　問い合わせフォーム及びログイン画面を含むページについては、HTTPSで提供する。その他の情報提供ページはHTTPでの提供を可とする。',
                       'HTTPS only on form and login pages; other pages may use HTTP'),
    'unknown-malware': ('covered', ['procedure', 'paraphrase'], '手順4-1　サーバ装置及び職員用端末のいずれにも、常駐する監視エージェントを導入し、プログラムが起動した後の動作',
                        'servers and terminals: behaviour after start watched, unknown attacks stopped and quarantined'),
    'it-asset-management': ('missing', ['procedure', 'proviso', 'subset'], 'ただし、職員用端末は収集の対象外とする。',
                            'automatic collection on servers only; terminals excluded by ただし書 (subset of a recommended item)'),
    'iot-devices': ('outdated', ['procedure', 'modality'], '手順6-2　ネットワーク接続された複合機、テレビ会議装置等についても、可能な範囲で初期パスワードの変更に努める。',
                    'special-purpose devices addressed only as an effort, as far as possible'),
    'email-encryption': ('missing', ['procedure', 'separate-duty'], '手順7-1　外部宛ての電子メールは、送信後５分間保留し、送信者に宛先を再確認させる。',
                         'mis-sending prevention only; no transport encryption or sender authentication'),
    'domain-names': ('missing', ['procedure', 'deferral'], '手順7-4　新たなウェブサイト及びメールアドレスに用いるドメイン名の取扱いについては、令和８年度以降にルールを定める予定である。',
                     'domain-name rules deferred'),
}, ['web-encryption', 'unknown-malware', 'it-asset-management', 'iot-devices', 'email-encryption', 'domain-names'])

# ---------------------------------------------------------------- 07 国立大学法人 規程, document-number + article hybrid
# considered: domain-names, mobile-devices, web-encryption, unknown-malware, drm, issue-reporting,
# promotion-structure, email-encryption
case('07-univ-kitei.md', '''# 国立大学法人東陵大学情報セキュリティ対策規程

平成31年３月20日制定
令和６年２月21日最終改正

## 3101-1 第１条（目的）
この規程は、国立大学法人東陵大学情報セキュリティポリシー基本規程に基づき、本学の情報資産を保護するための対策の基準を定める。

## 3101-2 第２条（定義）
この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 構成員　本学の役員、教職員、学生及び研究生その他本学の情報システムを利用する者をいう。
(2) 部局　学部、研究科、附置研究所、附属図書館、附属病院及び事務局をいう。
(3) 要機密情報　機密性２以上の情報をいう。
(4) 情報基盤センター　本学の全学情報システムの運用を行う組織をいう。
(5) 携帯型の情報機器　ノートパソコン、タブレット端末及びスマートフォンをいう。
(6) 情報セキュリティ対策推進体制　本学における情報セキュリティ対策の推進を担う体制をいう。

## 3101-3 第３条（最高情報セキュリティ責任者）
本学に最高情報セキュリティ責任者を置き、学長が指名する理事をもって充てる。

## 3101-4 第４条（部局情報セキュリティ責任者）
各部局に部局情報セキュリティ責任者を置き、部局長をもって充てる。
２　各部局の情報セキュリティ責任者は、運用、自己点検及び教育で生じた課題を最高情報セキュリティ責任者に報告することが望ましい。

## 3101-5 第５条（情報の取扱い）
構成員は、要機密情報を学外に送信し、又は持ち出すときは、部局情報セキュリティ責任者の許可を得なければならない。
２　要機密情報を含むファイルには、閲覧・印刷・複製を許可された者に限って開けるよう利用権限を埋め込み、学外に流出した場合でも第三者が内容を読めない状態を保たなければならない。

## 3101-6 第６条（学外からの利用）
本学が貸与する携帯型の情報機器は、記憶内容の暗号化、本人確認の設定、紛失時に遠隔操作で内容を消去できる設定を施し、情報基盤センターの管理下に置いた上で、学内外のいずれの通信回線にも接続して業務に使用することができる。

## 3101-7 第７条（主体認証）
全学認証システムのパスワードは、英大文字、英小文字、数字及び記号を含む10文字以上としなければならない。
２　学外から全学情報システムに接続する場合は、多要素認証を用いなければならない。

## 3101-8 第８条（不正プログラム対策）
端末には、プログラムの挙動から未知の不正プログラムを検知しその実行を防ぐ機能を導入する。ただし、サーバ装置には、この条の規定は適用しない。
２　全ての端末及びサーバ装置には、定義ファイル型の不正プログラム対策ソフトウェアを導入する。

## 3101-9 第９条（ウェブサイト及びドメイン名）
本学の名義で公開する全てのウェブサイト（部局、研究室及び附属施設が開設するものを含む。）は、暗号化された通信のみを受け付けなければならない。
２　本学のウェブサイト及び電子メールアドレスには、高等教育機関向けに割り当てられるドメイン名（ac.jp）を用いなければならない。

## 3101-10 第10条（電子メール）
電子メールの送受信に係るサーバ間の通信の暗号化及び送信元の認証については、可能な限り対応する。
２　構成員は、全学メールを学外のメールサービスに自動転送してはならない。

## 3101-11 第11条（教育）
最高情報セキュリティ責任者は、新規採用の教職員及び新入生に対し、情報セキュリティ教育を実施しなければならない。

## 3101-12 第12条（インシデント対応）
構成員は、情報セキュリティインシデントを認知したときは、直ちに情報基盤センターに報告しなければならない。
２　情報基盤センターは、本学CSIRTとして対処の調整を行う。

## 3101-13 第13条（監査）
監査室は、毎年度、情報セキュリティ監査を行い、その結果を学長に報告する。

附　則
この規程は、令和６年４月１日から施行する。
''', {
    'promotion-structure': ('missing', ['definition-only'], '(6) 情報セキュリティ対策推進体制　本学における情報セキュリティ対策の推進を担う体制をいう。',
                            'the promotion structure is only defined; no clause sets it up or gives it roles'),
    'issue-reporting': ('outdated', ['article', 'modality'], '２　各部局の情報セキュリティ責任者は、運用、自己点検及び教育で生じた課題を最高情報セキュリティ責任者に報告することが望ましい。',
                        'the issue report is only desirable'),
    'drm': ('covered', ['article', 'paraphrase'], '２　要機密情報を含むファイルには、閲覧・印刷・複製を許可された者に限って開けるよう利用権限を埋め込み',
            'usage rights embedded in files so leaked copies stay unreadable'),
    'mobile-devices': ('covered', ['article', 'paraphrase'], '本学が貸与する携帯型の情報機器は、記憶内容の暗号化、本人確認の設定、紛失時に遠隔操作で内容を消去できる設定を施し',
                       'issued mobile devices may connect on and off campus with encryption, authentication, remote wipe and management'),
    'unknown-malware': ('missing', ['article', 'proviso', 'subset'], 'ただし、サーバ装置には、この条の規定は適用しない。',
                        'behaviour-based prevention on terminals only; servers excluded (subset of a recommended item)'),
    'web-encryption': ('covered', ['article'], '本学の名義で公開する全てのウェブサイト（部局、研究室及び附属施設が開設するものを含む。）は、暗号化された通信のみを受け付けなければならない。',
                       'every site of the university, including departmental ones, encrypted only'),
    'domain-names': ('covered', ['article'], '２　本学のウェブサイト及び電子メールアドレスには、高等教育機関向けに割り当てられるドメイン名（ac.jp）を用いなければならない。',
                     'ac.jp for a higher-education 法人'),
    'email-encryption': ('outdated', ['article', 'modality'], '電子メールの送受信に係るサーバ間の通信の暗号化及び送信元の認証については、可能な限り対応する。',
                         'transport encryption and sender authentication only as far as possible'),
}, ['domain-names', 'mobile-devices', 'web-encryption', 'unknown-malware', 'drm', 'issue-reporting',
    'promotion-structure', 'email-encryption'])

# ---------------------------------------------------------------- 08 独立行政法人 対策基準, decimal form after the 統一基準
# considered: promotion-structure, improvement-instructions, it-asset-management, unknown-malware, iot-devices,
# web-encryption, email-encryption, domain-names
case('08-iaa-decimal.md', '''# 独立行政法人南洋資源調査機構情報セキュリティ対策基準

令和元年９月１日　情報セキュリティ委員会決定
令和５年12月１日　改定

## 第1部　総則

### 1.1 目的及び適用範囲
(1) 目的
(a) 本対策基準は、機構の情報セキュリティ水準を向上させるため、政府機関等の情報セキュリティ対策のための統一基準に準拠して、機関等として遵守すべき事項を定める。
(2) 適用範囲
(a) 本対策基準は、機構の全ての職員等及び機構が管理する全ての情報システムに適用する。

### 1.2 用語定義
(a) 「職員等」とは、機構の役職員、派遣労働者その他機構の指揮命令に服する者をいう。
(b) 「特定用途機器」とは、テレビ会議システム、IP電話システム、ネットワークカメラシステム等の特定の用途に使用される情報システム特有の構成要素であって、通信回線に接続されているものをいう。

## 第2部　情報セキュリティ対策の基本的枠組み

### 2.1.1 組織・体制の整備
(1) 最高情報セキュリティ責任者の設置
(a) 理事長は、最高情報セキュリティ責任者を1人置くこと。
(2) 推進担当部署の指名
(a) 最高情報セキュリティ責任者は、対策の推進に係る実務を担う部署（以下「推進担当部署」という。）を指名し、その担う役割（規程の改定案の作成、教育・自己点検の取りまとめ、部署間の調整）を定めること。
(3) 情報セキュリティ委員会
(a) 最高情報セキュリティ責任者は、対策基準等の審議を行う情報セキュリティ委員会を置くこと。

### 2.2.3 教育
(1) 教育の実施
(a) 統括情報セキュリティ責任者は、全ての職員等に対し、年度ごとに教育を受講させること。

### 2.3.2 情報セキュリティ監査
(1) 監査の実施
(a) 情報セキュリティ監査責任者は、監査実施計画に基づき監査を実施し、監査報告書を作成すること。

### 2.4.1 改善の指示
(1) （略）

## 第6部　情報システムのセキュリティ要件

### 6.1.1 主体認証機能
(1) 主体認証機能の導入
(a) 情報システムセキュリティ責任者は、情報システムに主体認証機能を導入すること。
(b) 特権を有する管理者の主体認証には、多要素主体認証方式を用いること。

### 6.2.1 ソフトウェアに関する脆弱性対策
(1) ソフトウェアの把握
(a) 情報システムセキュリティ責任者は、半年ごとに、端末及びサーバ装置に導入されたソフトウェアの一覧を担当者に目視で確認させ、表計算ファイルで管理すること。
(b) 情報システムセキュリティ責任者は、公表された脆弱性情報を収集し、修正プログラムを適用すること。

### 6.2.2 不正プログラム対策
(1) 不正プログラム対策の実施
(a) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入すること。
(b) 情報システムセキュリティ責任者は、端末及びサーバ装置において、動作中のプログラムの振る舞いを分析し、既知の定義では特定できない不正なプログラムを見つけて、その動作を未然に止める機能を導入すること。

## 第7部　情報システムの構成要素

### 7.1.3 特定用途機器
(1) 特定用途機器に係る対策は、令和８年度以降に導入を検討する。

### 7.2.1 電子メール
(1) 電子メールの導入時の対策
(a) 電子メールサーバは、他組織のサーバとの電子メールの受け渡しに際し、伝送路を暗号化して中継するとともに、受信側が送信元ドメインを検証できるよう、送信を許可するサーバ情報及びメールに付す署名の検証情報を公開すること。

### 7.2.2 ウェブ
(1) ウェブサーバの導入・運用時の対策
(a) 情報システムセキュリティ責任者は、機関等のウェブサイトは、全て常時暗号化することが望ましい。
(b) 情報システムセキュリティ責任者は、ウェブサーバの不要な機能を停止すること。

### 7.2.3 ドメイン名
(1) ドメイン名の使用
(a) 情報システムセキュリティ責任者は、機関等のウェブサイトには、可能な限り政府ドメイン名（go.jp）を使用するよう努めること。

## 第8部　情報システムの利用

### 8.1.1 情報システムの利用
(a) 職員等は、業務の遂行以外の目的で情報システムを利用しないこと。
(b) 職員等は、離席時には画面ロックを行うこと。
''', {
    'promotion-structure': ('covered', ['decimal', 'paraphrase'], '(a) 最高情報セキュリティ責任者は、対策の推進に係る実務を担う部署（以下「推進担当部署」という。）を指名し',
                            'a unit driving the measures is designated with its roles defined'),
    'improvement-instructions': ('missing', ['decimal', 'heading-only', 'placeholder'], '### 2.4.1 改善の指示',
                                 'a heading naming improvement instructions with only （略） under it'),
    'it-asset-management': ('outdated', ['decimal', 'old-form'], '(a) 情報システムセキュリティ責任者は、半年ごとに、端末及びサーバ装置に導入されたソフトウェアの一覧を担当者に目視で確認させ、表計算ファイルで管理すること。',
                            'manual check kept in a spreadsheet: the old form'),
    'unknown-malware': ('covered', ['decimal', 'paraphrase'], '(b) 情報システムセキュリティ責任者は、端末及びサーバ装置において、動作中のプログラムの振る舞いを分析し',
                        'terminals and servers: behaviour analysed, unknown programs stopped before they act'),
    'iot-devices': ('missing', ['decimal', 'deferral'], '(1) 特定用途機器に係る対策は、令和８年度以降に導入を検討する。',
                    'defined in 1.2 but the measures are deferred'),
    'email-encryption': ('covered', ['decimal', 'paraphrase'], '(a) 電子メールサーバは、他組織のサーバとの電子メールの受け渡しに際し、伝送路を暗号化して中継するとともに',
                         'transport encryption between servers and sender-authentication data published'),
    'web-encryption': ('outdated', ['decimal', 'modality'], '(a) 情報システムセキュリティ責任者は、機関等のウェブサイトは、全て常時暗号化することが望ましい。',
                       'HTTPS everywhere only desirable'),
    'domain-names': ('outdated', ['decimal', 'modality'], '(a) 情報システムセキュリティ責任者は、機関等のウェブサイトには、可能な限り政府ドメイン名（go.jp）を使用するよう努めること。',
                     'go.jp only as an effort, as far as possible'),
}, ['promotion-structure', 'improvement-instructions', 'it-asset-management', 'unknown-malware', 'iot-devices',
    'web-encryption', 'email-encryption', 'domain-names'])

# ---------------------------------------------------------------- 09 教育委員会 学校情報セキュリティ対策基準, 条 form
# considered: iot-devices, mobile-devices, issue-reporting, improvement-instructions, promotion-structure,
# web-encryption
case('09-boe-school.md', '''# 緑川市立学校情報セキュリティ対策基準

令和３年３月25日教育委員会訓令第２号
改正　令和６年３月28日教育委員会訓令第３号

第１章　総則

（目的）
第１条　この基準は、緑川市教育委員会情報セキュリティ基本方針に基づき、市立小学校及び中学校（以下「学校」という。）における情報資産の保護のための対策を定める。

（定義）
第２条　この基準において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）校務系情報　児童生徒の成績、出欠、健康診断結果等、教職員が校務に用いる情報をいう。
（２）学習系情報　児童生徒が学習活動において作成し、又は利用する情報をいう。
（３）教職員　学校に勤務する校長、教員、事務職員その他の職員をいう。

第２章　組織体制

（最高情報セキュリティ責任者）
第３条　教育長を最高情報セキュリティ責任者（以下「CISO」という。）とする。

（推進組織）
第４条　教育委員会事務局に、学校の情報セキュリティ対策を推し進める実働の組織として教育情報化推進室を置き、次に掲げる事務を担わせる。
（１）この基準及び学校向け実施手順の改定案の作成
（２）教職員研修及び学校の自己点検の企画並びに結果の集約
（３）学校からの相談への対応及び学校間の調整
（４）情報セキュリティインシデント発生時の学校への支援

（学校情報セキュリティ管理者）
第５条　各学校の校長を学校情報セキュリティ管理者とし、学校における対策の実施に責任を負わせる。

（報告）
第６条　校長は、毎年度、自己点検の結果を教育委員会に提出するものとするが、日々の運用及び研修の場で生じた課題を取りまとめてCISOに報告することは求めないものとする。

（改善の指示）
第７条　CISOは、全ての学校に共通する改善事項は教育情報化推進室長に、個別の学校に固有の改善事項は当該学校の校長に、それぞれ改善を指示しなければならない。

第３章　情報資産の取扱い

（校務系情報の取扱い）
第８条　教職員は、校務系情報を校務用端末以外の端末に保存してはならない。
２　校務系情報を印刷した書類は、使用後速やかにシュレッダーで裁断する。

（校務用端末の持出し）
第９条　教職員は、校務用端末を学校外に持ち出し、又は学校外の通信回線に接続してはならない。

第４章　技術的対策

（認証）
第10条　校務用端末へのログオンには、教職員ごとのICカード及びパスワードを用いる。

（ネットワークの分離）
第11条　校務系ネットワークと学習系ネットワークは、論理的に分離しなければならない。

（教室等のネットワーク接続機器）
第12条　電子黒板、校内放送設備、防犯用撮影機器、空調の集中制御装置その他特定の用途で学校のネットワークに接続される機器は、この基準の対象とする。
２　学校情報セキュリティ管理者は、前項の機器について、工場出荷時の管理者パスワードを変更させ、製造者の修正プログラムを適用させ、校務系ネットワークから分離させなければならない。

（学校ホームページ）
第13条　学校ホームページの掲載内容は、校長の承認を得なければならない。
２　学校ホームページの通信の暗号化については、令和９年度のシステム更新時に導入の可否を検討する。

第５章　教育及び事故対応

（研修）
第14条　教育情報化推進室は、全教職員を対象に毎年度研修を実施する。

（事故の報告）
第15条　教職員は、個人情報の紛失その他の事故が発生したときは、直ちに校長に報告し、校長は教育委員会に報告しなければならない。

附　則
この訓令は、令和６年４月１日から施行する。
''', {
    'promotion-structure': ('covered', ['article', 'paraphrase', 'list'], '第４条　教育委員会事務局に、学校の情報セキュリティ対策を推し進める実働の組織として教育情報化推進室を置き',
                            'a working unit that drives the measures, with its roles enumerated'),
    'issue-reporting': ('missing', ['article', 'negation', 'long-sentence'], '日々の運用及び研修の場で生じた課題を取りまとめてCISOに報告することは求めないものとする。',
                        'the issue report is expressly not required; only self-inspection results go to the board'),
    'improvement-instructions': ('covered', ['article'], '第７条　CISOは、全ての学校に共通する改善事項は教育情報化推進室長に、個別の学校に固有の改善事項は当該学校の校長に',
                                 'organisation-wide and school-specific improvements each instructed, firm'),
    'mobile-devices': ('outdated', ['article', 'negation', 'old-form'], '第９条　教職員は、校務用端末を学校外に持ち出し、又は学校外の通信回線に接続してはならない。',
                       'blanket ban on taking terminals out and on outside connection'),
    'iot-devices': ('covered', ['article', 'paraphrase'], '２　学校情報セキュリティ管理者は、前項の機器について、工場出荷時の管理者パスワードを変更させ',
                    'networked special-purpose devices in scope (para 1) with default-password change, patches and separation'),
    'web-encryption': ('missing', ['article', 'deferral'], '２　学校ホームページの通信の暗号化については、令和９年度のシステム更新時に導入の可否を検討する。',
                       'encryption of the school sites deferred'),
}, ['iot-devices', 'mobile-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure',
    'web-encryption'])

# ---------------------------------------------------------------- 10 公営企業 (水道局) 対策基準, numbered form with ①
# considered: iot-devices, it-asset-management, web-encryption, email-encryption, drm, issue-reporting, unknown-malware
case('10-waterworks.md', '''# 浜岡市水道局情報セキュリティ対策基準

令和２年７月１日水道事業管理規程第５号
令和６年４月１日改正

１　目的

　この基準は、浜岡市水道局（以下「局」という。）が保有する情報資産を保護し、安定した水道事業の運営を確保するため、局の職員が遵守すべき事項を定める。

２　用語の意義

（１）情報資産　局の情報システム、ネットワーク、これらで扱う情報及び記録媒体をいう。
（２）制御系システム　浄水場及び配水施設の運転を監視し、制御するための情報システムをいう。
（３）事務系システム　料金、会計、人事等の事務に用いる情報システムをいう。

３　組織体制

（１）水道事業管理者（局長）を最高情報セキュリティ責任者（以下「CISO」という。）とする。
（２）総務課長を統括情報セキュリティ責任者とし、事務系システムを所管させる。
（３）浄水課長を制御系システム責任者とし、制御系システムを所管させる。
（４）各課長は、運用中に生じた問題、自己点検で判明した不備及び研修の実施を通じて把握した課題を、毎年度末にCISOに報告する。

４　情報資産の管理

（１）情報資産は、機密性に応じて３段階に分類する。
（２）顧客の個人情報を含む帳票は、施錠できる保管庫に保管する。
（３）文書ファイルに利用権限を設定し流出後も閲覧を防ぐ仕組み（IRM）の導入は、将来の課題とする。

５　物理的セキュリティ

（１）中央監視室及びサーバ室への入室は、ICカードにより制限する。
（２）浄水場の重要区画には、侵入検知センサーを設置する。

６　技術的セキュリティ

（１）事務系システム
　①　局内の全端末及びサーバの構成情報（導入されているソフトウェアの種類及び版）は、専用の管理ツールが自動で集め、総務課が随時一覧できるようにする。
　②　端末及びサーバには不正プログラム対策ソフトウェアを導入し、定義ファイルを自動で更新する。
　③　局が運営する全ての公開ウェブサイトは、料金案内、工事情報等の全ページを含め、暗号化された通信経路を通じてのみ閲覧可能とする。
　④　電子メールサーバ間の通信は、相手先が対応している場合は、可能な限り暗号化する。
（２）制御系システム
　①　制御系システムは、インターネット及び事務系システムから物理的に分離する。
　②　浄水場の遠隔監視装置、水位計の通信端末等の特定用途機器については、初期パスワードの変更等の対策を講じることが望ましい。
　③　制御系システムへの記録媒体の接続は、浄水課長の許可を得た検査済みの媒体に限る。

７　人的セキュリティ

（１）職員は、パスワードを定期的に変更し、他人と共有してはならない。
（２）総務課長は、全職員に対し年１回研修を行う。

８　外部委託

（１）制御系システムの保守を委託するときは、遠隔保守の経路及び作業記録の提出を契約に定める。
（２）委託先の従業員が局の施設に入るときは、職員が立ち会う。

９　事故対応

（１）職員は、情報セキュリティに関する事故を発見したときは、直ちに所属課長に報告する。
（２）浄水処理に影響するおそれのある事故は、直ちにCISOに報告し、水道事業の継続を優先して対処する。
''', {
    'issue-reporting': ('covered', ['numbered', 'paraphrase'], '（４）各課長は、運用中に生じた問題、自己点検で判明した不備及び研修の実施を通じて把握した課題を、毎年度末にCISOに報告する。',
                        'issues from operation, self-inspection and training reported to the CISO'),
    'drm': ('missing', ['numbered', 'deferral'], '（３）文書ファイルに利用権限を設定し流出後も閲覧を防ぐ仕組み（IRM）の導入は、将来の課題とする。',
            'rights management left as a future task'),
    'it-asset-management': ('covered', ['numbered', 'paraphrase'], '①　局内の全端末及びサーバの構成情報（導入されているソフトウェアの種類及び版）は、専用の管理ツールが自動で集め',
                            'software kind and version collected automatically by a management tool from all terminals and servers'),
    'web-encryption': ('covered', ['numbered', 'paraphrase'], '③　局が運営する全ての公開ウェブサイトは、料金案内、工事情報等の全ページを含め、暗号化された通信経路を通じてのみ閲覧可能とする。',
                       'every public site, every page, only over encrypted paths'),
    'email-encryption': ('outdated', ['numbered', 'modality', 'condition'], '④　電子メールサーバ間の通信は、相手先が対応している場合は、可能な限り暗号化する。',
                         'server encryption only as far as possible; no sender authentication'),
    'iot-devices': ('outdated', ['numbered', 'modality'], '②　浄水場の遠隔監視装置、水位計の通信端末等の特定用途機器については、初期パスワードの変更等の対策を講じることが望ましい。',
                    'special-purpose devices named but measures only desirable'),
    'unknown-malware': ('missing', ['numbered', 'separate-duty'], '②　端末及びサーバには不正プログラム対策ソフトウェアを導入し、定義ファイルを自動で更新する。',
                        'pattern-file antivirus only, a separate duty; no behaviour-based prevention'),
}, ['unknown-malware', 'iot-devices', 'it-asset-management', 'web-encryption', 'email-encryption', 'drm', 'issue-reporting'])

# ---------------------------------------------------------------- 11 研究開発法人 対策基準, articles + 別表 tables
# considered: unknown-malware, it-asset-management, drm, domain-names, mobile-devices, promotion-structure,
# improvement-instructions
case('11-rnd-beppyo.md', '''# 国立研究開発法人北斗先端材料研究機構情報セキュリティ対策基準

令和２年４月１日理事長決定
令和６年６月１日改正

## 第１章　総則

第１条（目的）　この基準は、機構情報セキュリティ基本方針に基づき、研究成果、個人情報その他機構の情報資産を守るために遵守すべき対策の基準を定める。

第２条（適用範囲）　この基準は、機構の全ての役職員、客員研究員、派遣労働者及び機構の情報システムを利用する共同研究者に適用する。

第３条（用語）　この基準における情報の格付の区分は、別表第１のとおりとする。

## 第２章　組織

第４条（責任者）　理事長は、最高情報セキュリティ責任者（以下「CISO」という。）を理事の中から指名する。
２　CISOは、統括情報セキュリティ責任者として情報システム部長を指名する。
３　研究部門及び事務部門の長を情報セキュリティ責任者とする。

第５条（推進組織）　理事長は、情報セキュリティ対策の推進を担う組織を設け、その役割を定めるよう努める。

第６条（改善の指示）　CISOは、点検・監査・インシデント対応の結果、機構全体で取り組むべき事項は統括情報セキュリティ責任者に、特定の部門に固有の事項は当該部門の情報セキュリティ責任者に、改善の実施を指示する。

## 第３章　情報の取扱い

第７条（格付に応じた取扱い）　職員等は、情報の格付に応じ、別表第２に定める措置を講じなければならない。

第８条（研究データ）　共同研究に係るデータは、契約で定める範囲を超えて共有してはならない。

## 第４章　技術的対策

第９条（脆弱性対策）　情報システム部長は、ソフトウェアの脆弱性情報を収集し、必要な修正プログラムを適用させなければならない。ただし、各端末に導入されたソフトウェアの名称及び版を自動的に集約する仕組みは、これを設けないものとする。

第10条（不正プログラム対策）　機構は、インターネットとの境界に設置する装置において、未知の不正プログラムを挙動により検知し、その侵入を防止する。
２　端末及びサーバ装置には、定義ファイル型の対策ソフトウェアを導入する。

第11条（モバイル端末）　機構が支給するスマートフォン及びノートPCは、端末内の情報の暗号化、多要素による利用者確認、紛失時の遠隔消去及び端末管理システムへの登録を条件として、機構内外を問わず業務用ネットワークへの接続を認める。

第12条（ウェブ及びドメイン）　機構のウェブサイト及び電子メールに関する管理事項は、別表第３のとおりとする。

第13条（物理的対策）　クリーンルーム及び計算機室への入室は、生体認証により管理する。

第14条（研修）　統括情報セキュリティ責任者は、客員研究員を含む全ての利用者に対し、利用開始時及び毎年度研修を行う。

第15条（委託）　外部に業務を委託するときは、委託先の情報セキュリティ対策を評価し、契約に秘密保持及び事故報告を定める。

第16条（インシデント）　職員等は、インシデントを認知したときは、直ちに機構CSIRTに報告する。

## 別表第１　格付の区分

| 区分 | 内容 |
|---|---|
| 機密性３ | 漏えいにより機構の研究活動に重大な支障を及ぼす情報 |
| 機密性２ | 機密性３以外の非公開の情報 |
| 機密性１ | 公開してよい情報 |

## 別表第２　格付に応じた措置

| 対象 | 措置 | 区分 |
|---|---|---|
| 格付が機密性２以上の電子ファイル | 開封できる者を指定した利用制御を付与し、外部に漏れた場合も権限のない者には内容を表示させない | 必須 |
| 格付が機密性３の紙文書 | 施錠保管し、持出しは部門長の許可を要する | 必須 |
| 全ての電子ファイル | 機構内のファイルサーバ又はCISOが承認したクラウドサービスに保存する | 必須 |

## 別表第３　ウェブ及び電子メールの管理事項

| 事項 | 内容 | 担当 |
|---|---|---|
| ドメイン名の管理 | 別に定める | 情報システム部 |
| ウェブサーバの管理 | 不要なサービスを停止し、管理画面への接続元を限定する | 情報システム部 |
| 迷惑メール対策 | 受信した迷惑メールを隔離する | 情報システム部 |
''', {
    'promotion-structure': ('outdated', ['article', 'modality'], '第５条（推進組織）　理事長は、情報セキュリティ対策の推進を担う組織を設け、その役割を定めるよう努める。',
                            'the promotion structure is only an effort duty'),
    'improvement-instructions': ('covered', ['article', 'paraphrase'], '第６条（改善の指示）　CISOは、点検・監査・インシデント対応の結果、機構全体で取り組むべき事項は統括情報セキュリティ責任者に',
                                 'organisation-wide and department-specific improvements each instructed to the right person'),
    'it-asset-management': ('missing', ['article', 'proviso', 'negation'], 'ただし、各端末に導入されたソフトウェアの名称及び版を自動的に集約する仕組みは、これを設けないものとする。',
                            'automatic software collection expressly not set up (ただし書 negation)'),
    'unknown-malware': ('outdated', ['article', 'old-form'], '第10条（不正プログラム対策）　機構は、インターネットとの境界に設置する装置において、未知の不正プログラムを挙動により検知し、その侵入を防止する。',
                        'unknown malware only at the boundary; terminals and servers have pattern files only'),
    'mobile-devices': ('covered', ['article', 'paraphrase'], '第11条（モバイル端末）　機構が支給するスマートフォン及びノートPCは、端末内の情報の暗号化、多要素による利用者確認',
                       'issued mobile devices may connect inside and outside with encryption, MFA, remote wipe and management'),
    'drm': ('covered', ['table', 'paraphrase'], '| 格付が機密性２以上の電子ファイル | 開封できる者を指定した利用制御を付与し、外部に漏れた場合も権限のない者には内容を表示させない | 必須 |',
            'usage control naming who may open; leaked copies unreadable (table row, mandatory)'),
    'domain-names': ('missing', ['table', 'placeholder'], '| ドメイン名の管理 | 別に定める | 情報システム部 |',
                     'a table row naming domain management with only 別に定める, nothing defined'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'domain-names', 'mobile-devices', 'promotion-structure',
    'improvement-instructions'])

# ---------------------------------------------------------------- 12 広域連合 情報セキュリティ実施手順書
# considered: web-encryption, email-encryption, unknown-malware, issue-reporting, improvement-instructions,
# iot-devices
case('12-kouiki-jisshi.md', '''# 南丘県後期高齢者医療広域連合　情報セキュリティ実施手順書

令和５年４月１日　事務局長決定

## 1　総則

1.1　この手順書は、南丘県後期高齢者医療広域連合情報セキュリティ対策基準に基づき、事務局の職員が日常業務において実施する手順を定める。
1.2　この手順書において「CISO」とは、最高情報セキュリティ責任者である事務局長をいう。
1.3　この手順書において「課長」とは、総務課長、業務課長及び保険料課長をいう。

## 2　組織的な手順

2.1　各課長は、運用、自己点検及び研修に関して課題があると認めるときは、CISOに報告することができる。
2.2　CISOは、監査で指摘された事項について、当該課長に改善を指示する。
2.3　総務課長は、毎年度、情報セキュリティに関する研修計画を作成し、CISOの承認を得る。

## 3　端末の利用手順

3.1　始業時は、ICカードを端末に挿入してログオンする。
3.2　離席時はICカードを抜き取り、画面をロックする。
3.3　被保険者情報を表示した画面を来庁者から見える位置に置かない。
3.4　ソフトウェアの追加が必要な場合は、申請書により総務課長の承認を得る。

## 4　不正プログラム対策の手順

4.1　対策ソフトウェアの定義ファイルが自動更新されていることを、毎週月曜日に確認する。
4.2　不審な動作を認めたときは、LANケーブルを抜き、総務課に連絡する。

### 4.3　未知の不正プログラム対策

（内容は別途定める）

## 5　ウェブサイト及び電子メールの手順

5.1　本広域連合が公開する全てのウェブサイト（ホームページ及び各種特設ページを含む。）は、平文の接続要求を受けた場合でも暗号化された接続へ自動的に切り替え、暗号化されない状態で内容を返さない設定とする。
5.2　ホームページの更新は、総務課の担当者が原稿の承認記録を確認してから行う。
5.3　本広域連合のメールドメインについて、送信ドメイン認証（SPF）のレコードを登録する。
5.4　外部に個人情報を送付するときは、電子メールではなく、専用のファイル交換システムを用いる。

## 6　機器の手順

6.1　窓口の受付番号発券機、会議用映像機器、ネットワーク接続の複合機等の特定の業務のための機器は、導入時に初期のログイン情報を変更し、ファームウェアを最新に保ち、業務用ネットワークとは別のセグメントに置く。
6.2　廃棄する端末のハードディスクは、物理破壊する。

## 7　事故時の手順

7.1　被保険者情報の漏えい又はそのおそれを認めたときは、直ちに課長に報告し、課長はCISOに報告する。
7.2　構成市町村への連絡は、CISOの指示に基づき総務課が行う。

## 8　外部委託の手順

8.1　電算処理の委託先から、毎月、作業報告書及びアクセス記録の提出を受け、内容を確認する。
''', {
    'issue-reporting': ('outdated', ['numbered', 'modality'], '2.1　各課長は、運用、自己点検及び研修に関して課題があると認めるときは、CISOに報告することができる。',
                        'the issue report is only a permission (できる)'),
    'improvement-instructions': ('missing', ['numbered', 'separate-duty'], '2.2　CISOは、監査で指摘された事項について、当該課長に改善を指示する。',
                                 'audit follow-up only; no organisation-wide versus department-specific instructions'),
    'unknown-malware': ('missing', ['heading-only', 'placeholder'], '### 4.3　未知の不正プログラム対策',
                        'a heading naming unknown-malware measures with a placeholder body; only pattern files elsewhere'),
    'web-encryption': ('covered', ['numbered', 'paraphrase'], '5.1　本広域連合が公開する全てのウェブサイト（ホームページ及び各種特設ページを含む。）は、平文の接続要求を受けた場合でも暗号化された接続へ自動的に切り替え',
                       'every website of the union served only encrypted, plain requests redirected'),
    'email-encryption': ('missing', ['numbered', 'separate-duty'], '5.3　本広域連合のメールドメインについて、送信ドメイン認証（SPF）のレコードを登録する。',
                         'SPF only; no transport encryption'),
    'iot-devices': ('covered', ['numbered', 'paraphrase'], '6.1　窓口の受付番号発券機、会議用映像機器、ネットワーク接続の複合機等の特定の業務のための機器は',
                    'special-purpose devices with default-login change, firmware updates and separate segment'),
}, ['web-encryption', 'email-encryption', 'unknown-malware', 'issue-reporting', 'improvement-instructions',
    'iot-devices'])

# ---------------------------------------------------------------- 13 English: national university standard, RFC 2119
# considered: domain-names, web-encryption, email-encryption, unknown-malware, it-asset-management, mobile-devices,
# promotion-structure, issue-reporting
case('13-en-university-rfc2119.md', '''# Kitamura National University Information Security Standard

Approved by the Board of Directors, 1 April 2020. Last revised 1 October 2024.

## 1. Purpose and scope

1.1 This Standard sets out the measures that protect the information assets of Kitamura National University (the
"University") under the University Information Security Basic Policy.

1.2 It applies to all officers, faculty, staff, students and visitors who use University information systems.

1.3 The key words "MUST", "MUST NOT", "SHOULD", "SHOULD NOT" and "MAY" in this Standard are to be interpreted as
described in RFC 2119.

## 2. Organisation

2.1 The President MUST appoint an executive director as Chief Information Security Officer (CISO).

2.2 Each faculty, graduate school and administrative division MUST have a security lead appointed by its head.

### 2.3 Security promotion team

(Reserved.)

2.4 Heads of department MUST report to the CISO the problems they encounter in the day-to-day operation of security measures, in self-inspections and in training.

2.5 The Information Security Committee MUST meet at least twice a year to deliberate on this Standard.

## 3. Information handling

3.1 Information MUST be classified as Public, Internal or Restricted by its owner.

3.2 Restricted information MUST NOT be stored on personal cloud storage services.

3.3 Paper records containing Restricted information MUST be kept in locked cabinets.

## 4. Accounts and passwords

4.1 Each user MUST have a unique University ID; shared accounts MUST NOT be used except for approved service accounts.

4.2 Passwords MUST be at least 12 characters long. Multi-factor authentication MUST be used for remote access.

## 5. Systems

5.1 Every endpoint and server MUST run an agent that watches what running programs do and stops any program whose behaviour matches malicious activity, including programs no signature yet identifies.

5.2 Departmental IT contacts MUST complete an annual spreadsheet survey of the software installed on the machines they look after.

5.3 Security patches MUST be applied within 30 days of release, or within 7 days for critical vulnerabilities.

5.4 Web pages that collect credentials or personal data MUST be served over HTTPS; other pages SHOULD be.

5.5 University websites and e-mail addresses MUST use domain names under the University's ac.jp domain.

5.6 Mail relayed between the University's mail servers and the servers of other organisations MUST travel over an encrypted channel, and the University MUST publish the records receivers need to confirm that mail claiming to come from its domains really does (an authorised-sender list and a signing key).

5.7 Personally owned devices MUST NOT be used to store Restricted information.

## 6. Physical security

6.1 Server rooms MUST be locked and access MUST be logged.

6.2 Visitors to server rooms MUST be escorted at all times.

## 7. Training, incidents and audit

7.1 All staff MUST complete the online security course each academic year.

7.2 Suspected incidents MUST be reported to the University CSIRT immediately.

7.3 The Internal Audit Office MUST audit compliance with this Standard every year and report to the President.
''', {
    'promotion-structure': ('missing', ['english', 'heading-only', 'placeholder'], '### 2.3 Security promotion team',
                            'a heading naming the promotion team with only "(Reserved.)" under it'),
    'issue-reporting': ('covered', ['english', 'rfc2119', 'paraphrase'], '2.4 Heads of department MUST report to the CISO the problems they encounter in the day-to-day operation',
                        'problems from operation, self-inspection and training reported to the CISO, MUST'),
    'unknown-malware': ('covered', ['english', 'rfc2119', 'paraphrase'], '5.1 Every endpoint and server MUST run an agent that watches what running programs do',
                        'endpoints and servers: behaviour watched, unidentified malicious programs stopped'),
    'it-asset-management': ('outdated', ['english', 'rfc2119', 'old-form'], '5.2 Departmental IT contacts MUST complete an annual spreadsheet survey',
                            'an annual manual spreadsheet survey: the old form'),
    'web-encryption': ('outdated', ['english', 'rfc2119', 'scope', 'modality'], '5.4 Web pages that collect credentials or personal data MUST be served over HTTPS; other pages SHOULD be.',
                       'HTTPS mandatory only on login/form pages, SHOULD elsewhere'),
    'domain-names': ('covered', ['english', 'rfc2119'], "5.5 University websites and e-mail addresses MUST use domain names under the University's ac.jp domain.",
                     'ac.jp for a higher-education body, MUST'),
    'email-encryption': ('covered', ['english', 'rfc2119', 'paraphrase'], "5.6 Mail relayed between the University's mail servers and the servers of other organisations MUST travel over an encrypted channel",
                         'server-to-server encryption and published sender-authentication records (SPF/DKIM in paraphrase)'),
    'mobile-devices': ('missing', ['english', 'separate-duty'], '5.7 Personally owned devices MUST NOT be used to store Restricted information.',
                       'a private-device rule only; nothing on University-issued mobile devices'),
}, ['domain-names', 'web-encryption', 'email-encryption', 'unknown-malware', 'it-asset-management', 'mobile-devices',
    'promotion-structure', 'issue-reporting'])

# ---------------------------------------------------------------- 14 English: regional hospital trust policy, must/should
# considered: iot-devices, mobile-devices, drm, web-encryption, email-encryption, improvement-instructions,
# promotion-structure
case('14-en-hospital-trust.md', '''# Minamikaze Regional Hospital Trust — Information Security Policy

Version 4.2, approved by the Trust Board on 18 March 2024

## 1. Introduction

1.1 Minamikaze Regional Hospital Trust (the "Trust") runs three acute hospitals and a network of community clinics.
This policy sets out how the Trust protects patient, staff and corporate information.

1.2 In this policy "must" marks a requirement and "should" marks good practice that staff are expected to follow
unless there is a documented reason not to.

1.3 The policy applies to all employees, bank and agency staff, students on placement, volunteers and contractors.

## 2. Roles

2.1 The Chief Executive appoints the Director of Digital Services as Chief Information Security Officer (CISO).

2.2 The Digital Security Office is the Trust's working unit for driving security measures forward; its duties are to maintain this policy and the supporting procedures, to run the training and self-assessment programme, to advise wards and departments, and to co-ordinate incident response.

2.3 The CISO may direct Trust-wide improvements to the Head of IT Operations and site-specific improvements to the relevant site director.

2.4 The Caldicott Guardian advises on the lawful sharing of patient information.

## 3. Patient information

3.1 Patient records must be accessed only for the care of the patient or for an approved purpose.

3.2 Access to electronic patient records is logged and audited monthly.

3.3 Rights management that keeps exported patient files unreadable outside the Trust will be considered in the next digital strategy (2027 onwards).

## 4. Devices

4.1 Trust laptops and tablets must not leave Trust premises and must not be connected to any network other than the Trust network.

4.2 Networked medical and building devices — infusion pumps, patient monitors, nurse-call systems, CCTV and building-management controllers — are within the scope of this policy, and Clinical Engineering must change factory passwords before connection, apply vendor firmware fixes and place such devices on segregated network segments.

4.3 Screens in public areas must be positioned so that patient information cannot be read by visitors.

## 5. Web and e-mail

5.1 All Trust websites should be served over HTTPS.

5.2 Mail traffic between the Trust's mail servers and external servers is not required to be encrypted.

5.3 Staff must check recipients before sending e-mail that contains patient information.

## 6. Passwords and access

6.1 Passwords must be at least 10 characters and must not be reused across systems.

6.2 Smartcards used for clinical systems must not be shared or left in unattended workstations.

## 7. Suppliers

7.1 Suppliers with access to patient data must sign the Trust data processing agreement before access is granted.

7.2 Remote support sessions must be requested by the Trust and recorded.

## 8. Incidents and training

8.1 Staff must report incidents and near misses through the incident reporting system on the same day.

8.2 All staff must complete data security training every year.
''', {
    'promotion-structure': ('covered', ['english', 'paraphrase'], "2.2 The Digital Security Office is the Trust's working unit for driving security measures forward",
                            'a working unit that drives the measures, with its duties listed'),
    'improvement-instructions': ('outdated', ['english', 'modality'], '2.3 The CISO may direct Trust-wide improvements to the Head of IT Operations',
                                 'both routes present but only a permission (may)'),
    'drm': ('missing', ['english', 'deferral'], '3.3 Rights management that keeps exported patient files unreadable outside the Trust will be considered',
            'rights management deferred to a future strategy'),
    'mobile-devices': ('outdated', ['english', 'negation', 'old-form'], '4.1 Trust laptops and tablets must not leave Trust premises',
                       'blanket ban on taking devices out or connecting them elsewhere'),
    'iot-devices': ('covered', ['english', 'paraphrase'], '4.2 Networked medical and building devices',
                    'networked special-purpose devices in scope with default passwords, firmware fixes and segregation'),
    'web-encryption': ('outdated', ['english', 'modality'], '5.1 All Trust websites should be served over HTTPS.',
                       'HTTPS everywhere only a should'),
    'email-encryption': ('missing', ['english', 'negation'], "5.2 Mail traffic between the Trust's mail servers and external servers is not required to be encrypted.",
                         'transport encryption expressly not required; only a recipient check (mis-sending)'),
}, ['iot-devices', 'mobile-devices', 'drm', 'web-encryption', 'email-encryption', 'improvement-instructions',
    'promotion-structure'])

# ---------------------------------------------------------------- 15 English: state agency security standard, numbered
# considered: web-encryption, domain-names, it-asset-management, unknown-malware, issue-reporting,
# promotion-structure, iot-devices
case('15-en-state-agency.md', '''# National Land Information Agency — Information Security Standard

Incorporated Administrative Agency. Standard No. 3, effective 1 July 2023.

## 1. General

1.1 This Standard implements the Agency's Information Security Basic Policy and applies to all officers and staff
of the Agency, to contractors working on Agency premises, and to all information systems the Agency operates.

1.2 Definitions.
(a) "Staff" means officers, employees and temporary workers of the Agency.
(b) "Special-purpose device" means a device such as a multifunction printer, video-conference unit or network camera that is connected to an Agency network.
(c) "Sensitive information" means information rated confidentiality level 2 or above.

## 2. Governance

2.1 The President designates an Executive Director as Chief Information Security Officer (CISO).

2.2 The Agency does not set up a separate unit to drive security measures; each division remains responsible for its own measures.

2.3 Division heads should report to the CISO issues arising from operations, self-inspection and training.

2.4 The CISO chairs the Information Security Committee, which approves this Standard and its revisions.

## 3. Information handling

3.1 Sensitive information must not be sent outside the Agency without the approval of the division head.

3.2 Survey data supplied by local governments must be handled under the terms of each data-sharing agreement.

3.3 Printed maps and survey records containing sensitive information must be shredded after use.

## 4. Technical measures

4.1 The Agency's endpoint management platform must inventory, without user action, the name and version of every software package on each workstation and server, daily.

4.2 Vulnerabilities rated critical must be patched within 14 days.

4.3 Behavioural detection and blocking of unknown malware applies only to workstations; servers are out of scope of this clause.

4.4 Every public web service operated by the Agency must refuse unencrypted connections and must send all visitors to an encrypted address; no page is exempt.

4.5 The Agency's public websites and mail addresses must be registered under go.jp.

4.6 Administrator accounts must use multi-factor authentication.

## 5. Physical measures

5.1 The data centre is a controlled area; entry requires a badge and PIN and is logged.

5.2 Equipment leaving the data centre for repair must have its storage removed or wiped.

## 6. Outsourcing

6.1 Contracts must require confidentiality, prior approval of subcontracting, incident notification within 24 hours and the return or deletion of Agency data at the end of the contract.

## 7. Incidents, training and audit

7.1 Staff must report suspected incidents to the Agency CSIRT at once.

7.2 Every member of staff must complete security training each fiscal year.

7.3 The Audit Office audits compliance with this Standard each year.
''', {
    'iot-devices': ('missing', ['english', 'definition-only'], '(b) "Special-purpose device" means a device such as a multifunction printer',
                    'special-purpose devices only defined; no clause gives them measures'),
    'promotion-structure': ('missing', ['english', 'negation'], '2.2 The Agency does not set up a separate unit to drive security measures',
                            'a promotion unit expressly not set up'),
    'issue-reporting': ('outdated', ['english', 'modality'], '2.3 Division heads should report to the CISO issues arising from operations, self-inspection and training.',
                        'the issue report only a should'),
    'it-asset-management': ('covered', ['english', 'paraphrase'], "4.1 The Agency's endpoint management platform must inventory, without user action",
                            'software name and version collected automatically from workstations and servers'),
    'unknown-malware': ('missing', ['english', 'exclusion', 'subset'], '4.3 Behavioural detection and blocking of unknown malware applies only to workstations',
                        'workstations only, servers excluded: a subset of a recommended item'),
    'web-encryption': ('covered', ['english', 'paraphrase'], '4.4 Every public web service operated by the Agency must refuse unencrypted connections',
                       'every public web service encrypted only, no page exempt'),
    'domain-names': ('covered', ['english'], "4.5 The Agency's public websites and mail addresses must be registered under go.jp.",
                     'go.jp required'),
}, ['web-encryption', 'domain-names', 'it-asset-management', 'unknown-malware', 'issue-reporting',
    'promotion-structure', 'iot-devices'])

# ---------------------------------------------------------------- 16 English: institute of technology IS procedures, RFC 2119
# considered: drm, mobile-devices, email-encryption, web-encryption, improvement-instructions, iot-devices,
# domain-names
case('16-en-institute-procedures.md', '''# Higashiyama Institute of Technology — Information Services Security Procedures

Issued by the Director of Information Services under the Institute Information Security Regulations.
Revision 7, April 2024.

## 0. Conventions

The key words MUST, MUST NOT, SHOULD and MAY are used as defined in RFC 2119. "Restricted" refers to the highest
of the Institute's three information classes.

## 1. Governance procedures

1.1 The Chief Information Security Officer (CISO) is the Vice-President for Research Infrastructure.

1.2 The CISO MUST assign each improvement action either to the Director of Information Services, where it concerns the whole Institute, or to the head of the faculty concerned, where it is specific to that faculty.

1.3 Each faculty MUST nominate a security liaison who attends the quarterly liaison meeting.

1.4 The Security Committee MUST review these procedures at least once a year.

## 2. Accounts

2.1 Accounts MUST be created only on a request approved by the line manager.

2.2 Accounts of leavers MUST be disabled on the last working day.

2.3 Passwords MUST be at least 14 characters. Password managers approved by Information Services MAY be used.

## 3. Data protection

3.1 Files classified Restricted MUST be protected with rights management that binds reading, printing and copying to named users, so that a copy taken outside the Institute cannot be opened by anyone else.

3.2 Research data MUST be stored on Institute storage or on a cloud service approved by Information Services.

3.3 Staff MUST encrypt e-mail attachments containing Restricted data with a password sent by a separate channel.

## 4. Devices

4.1 Institute-issued laptops, tablets and phones MAY be connected to any network, on or off campus, for Institute work, provided that their storage is encrypted, sign-in requires two factors, they are enrolled in device management and they can be wiped remotely.

4.2 Network-attached lab instruments, cameras and building controllers SHOULD have their default passwords changed where practicable.

4.3 Devices MUST be returned to Information Services when a member of staff leaves.

## 5. Web services

5.1 Websites SHOULD use the Institute's ac.jp domain where possible.

5.2 Moving all Institute websites to encrypted connections is planned for review in FY2027.

5.3 Content management systems MUST be kept within vendor support.

## 6. Physical security

6.1 Machine rooms MUST be locked; keys and access cards are issued by Information Services only.

## 7. Incidents and training

7.1 Incidents MUST be reported to the Information Services service desk at once.

7.2 New staff MUST complete security induction in their first month.
''', {
    'improvement-instructions': ('covered', ['english', 'rfc2119', 'paraphrase'], '1.2 The CISO MUST assign each improvement action either to the Director of Information Services',
                                 'institute-wide actions to the director, faculty-specific ones to the faculty head, MUST'),
    'drm': ('covered', ['english', 'rfc2119', 'paraphrase'], '3.1 Files classified Restricted MUST be protected with rights management',
            'rights management keeps copies taken outside unreadable'),
    'email-encryption': ('outdated', ['english', 'rfc2119', 'old-form'], '3.3 Staff MUST encrypt e-mail attachments containing Restricted data',
                         'staff encrypting attachments; no transport encryption or sender authentication'),
    'mobile-devices': ('covered', ['english', 'rfc2119', 'paraphrase'], '4.1 Institute-issued laptops, tablets and phones MAY be connected to any network',
                       'permitted on and off campus, provided encryption, two factors, management and remote wipe'),
    'iot-devices': ('outdated', ['english', 'rfc2119', 'modality'], '4.2 Network-attached lab instruments, cameras and building controllers SHOULD have their default passwords changed',
                    'special-purpose devices only SHOULD, where practicable'),
    'domain-names': ('outdated', ['english', 'rfc2119', 'modality'], "5.1 Websites SHOULD use the Institute's ac.jp domain where possible.",
                     'the domain rule only SHOULD, where possible'),
    'web-encryption': ('missing', ['english', 'deferral'], '5.2 Moving all Institute websites to encrypted connections is planned for review in FY2027.',
                       'HTTPS everywhere deferred'),
}, ['drm', 'mobile-devices', 'email-encryption', 'web-encryption', 'improvement-instructions', 'iot-devices',
    'domain-names'])

# ---------------------------------------------------------------- 17 English: hospital trust technical security standard, RFC 2119
# considered: unknown-malware, it-asset-management, web-encryption, email-encryption, issue-reporting,
# promotion-structure, improvement-instructions
case('17-en-hospital-technical.md', '''# Aoba Community Health Trust — Technical Security Standard

Document TS-01, owner: Chief Information Security Officer. Approved 2 September 2024.

## 1. Purpose

1.1 This Standard states the technical and organisational controls that protect the systems of Aoba Community
Health Trust (the "Trust"), its five community hospitals and its home-care service.

1.2 The words MUST, MUST NOT, SHOULD and MAY are to be read as in RFC 2119.

1.3 This Standard applies to every system that stores or processes Trust information, whether hosted by the Trust or
by a supplier.

## 2. Organisation

2.1 The Trust SHOULD establish a security promotion team with defined roles.

2.2 Ward and department security leads MUST tell the CISO, each quarter, of the difficulties and shortcomings they find while running security measures, carrying out self-inspections and delivering training.

2.3 The CISO MUST ensure that each audit finding is remedied by the audited department.

2.4 The Information Governance Group meets monthly and reports to the Trust Board.

## 3. Identity and access

3.1 Clinical system access MUST be role-based and reviewed every six months.

3.2 Remote access MUST use the Trust VPN with multi-factor authentication.

3.3 Generic log-ins MUST NOT be used on clinical systems.

## 4. Endpoint and server protection

4.1 All hardware MUST be recorded in the asset register on delivery.

4.2 Software on devices is not inventoried centrally, and no tool collects software versions automatically.

4.3 Anti-virus software with automatically updated signatures MUST be installed on all endpoints and servers.

4.4 Unknown malware MUST be detected by sandbox analysis at the Internet gateway.

4.5 Operating system patches MUST be applied within 30 days of release.

## 5. Web and mail

5.1 Pages that collect patient information MUST use HTTPS. Informational pages MAY use HTTP.

5.2 The Trust's mail gateways MUST negotiate TLS with the mail servers of other organisations for every message they relay, and MUST publish SPF and DKIM records for all Trust domains.

5.3 Outbound e-mail to personal addresses containing patient data MUST NOT be sent.

## 6. Backup and continuity

6.1 Clinical databases MUST be backed up daily, with one copy held offline.

6.2 Restores MUST be tested every quarter.

## 7. Suppliers

7.1 Suppliers MUST notify the Trust of any security incident affecting Trust data within 24 hours.

## 8. Incidents

8.1 Incidents MUST be logged in the Trust incident system and reported to the CISO when patient data is involved.
''', {
    'promotion-structure': ('outdated', ['english', 'rfc2119', 'modality'], '2.1 The Trust SHOULD establish a security promotion team with defined roles.',
                            'the promotion team only SHOULD'),
    'issue-reporting': ('covered', ['english', 'rfc2119', 'paraphrase'], '2.2 Ward and department security leads MUST tell the CISO, each quarter, of the difficulties and shortcomings',
                        'difficulties from operation, self-inspection and training reported to the CISO, MUST'),
    'improvement-instructions': ('missing', ['english', 'separate-duty'], '2.3 The CISO MUST ensure that each audit finding is remedied by the audited department.',
                                 'audit follow-up only, not organisation-wide and department-specific instructions'),
    'it-asset-management': ('missing', ['english', 'negation'], '4.2 Software on devices is not inventoried centrally, and no tool collects software versions automatically.',
                            'automatic software collection expressly absent; only a hardware register'),
    'unknown-malware': ('outdated', ['english', 'rfc2119', 'old-form'], '4.4 Unknown malware MUST be detected by sandbox analysis at the Internet gateway.',
                        'unknown malware only at the boundary'),
    'web-encryption': ('outdated', ['english', 'rfc2119', 'scope', 'old-form'], '5.1 Pages that collect patient information MUST use HTTPS. Informational pages MAY use HTTP.',
                       'HTTPS only on data-collection pages'),
    'email-encryption': ('covered', ['english', 'rfc2119'], "5.2 The Trust's mail gateways MUST negotiate TLS with the mail servers of other organisations",
                         'TLS between servers for every message and SPF/DKIM published, MUST'),
}, ['unknown-malware', 'it-asset-management', 'web-encryption', 'email-encryption', 'issue-reporting',
    'promotion-structure', 'improvement-instructions'])

# ---------------------------------------------------------------- 18 English: state agency control matrix, table form
# considered: mobile-devices, it-asset-management, iot-devices, drm, email-encryption, domain-names, issue-reporting
case('18-en-agency-control-matrix.md', '''# Coastal Fisheries Research Agency — Information Security Control Matrix

Incorporated Administrative Agency. Control Matrix edition 5, approved by the CISO on 10 January 2025.

## 1. How to read this matrix

This matrix is the Agency's measures standard. Each row states one control, the party responsible and its level.
"Mandatory" controls must be met by every division; "Desirable" controls are good practice that divisions should
adopt where they can. Terms: "Agency systems" are all information systems the Agency owns or contracts for;
"staff" are officers, employees, research vessel crews and temporary workers.

## 2. Organisation and people

| Area | Control | Responsible | Level |
|---|---|---|---|
| Leadership | The Executive Director for Administration is the Chief Information Security Officer (CISO). | President | Mandatory |
| Division leads | Each division head appoints a security lead for the division. | Division heads | Mandatory |
| Issue reporting | (Reserved) | — | — |
| Training | Every member of staff completes security training each fiscal year, and vessel crews before each voyage. | Security lead | Mandatory |
| Audit | Internal audit reviews compliance with this matrix every year and reports to the President. | Internal Audit | Mandatory |

## 3. Information

| Area | Control | Responsible | Level |
|---|---|---|---|
| Classification | Information owners classify information as Public, Internal or Confidential. | Information owner | Mandatory |
| Rights management | Not adopted at this time. | — | — |
| Disposal | Paper and media holding Confidential information are destroyed by an approved contractor. | Division heads | Mandatory |

## 4. Systems and devices

| Area | Control | Responsible | Level |
|---|---|---|---|
| Authentication | Multi-factor sign-in for all remote access and all administrator accounts. | IT Division | Mandatory |
| Software inventory | The management agent gathers, with no action by staff, the installed programs and their versions from every workstation and server, and IT Division reviews the list against new vulnerability notices. | IT Division | Mandatory |
| Patching | Security updates applied within 30 days; critical ones within 7 days. | IT Division | Mandatory |
| Mobile devices | Agency-issued phones and laptops may connect to internal and external networks for work, on shore or at sea, if their storage is encrypted, sign-in uses multiple factors, they are managed centrally and they can be wiped remotely. | IT Division | Mandatory |
| Special-purpose devices (IoT) | See separate standard. | — | — |
| E-mail | Encryption of server-to-server mail traffic. | IT Division | Desirable |
| Domain names | Agency websites and mail addresses use go.jp where feasible. | IT Division | Desirable |

## 5. Facilities

| Area | Control | Responsible | Level |
|---|---|---|---|
| Server room | Badge entry with logging; visitors escorted. | Facilities | Mandatory |
| Power | Uninterruptible power for core systems and a generator test every month. | Facilities | Mandatory |

## 6. Suppliers and incidents

| Area | Control | Responsible | Level |
|---|---|---|---|
| Contracts | Confidentiality, subcontracting approval and 24-hour incident notice written into every contract. | Contracting division | Mandatory |
| Incidents | Staff report suspected incidents to the IT Division help desk at once; the CISO is informed of serious ones. | All staff | Mandatory |
''', {
    'issue-reporting': ('missing', ['english', 'table', 'placeholder'], '| Issue reporting | (Reserved) | — | — |',
                        'a table row naming issue reporting with a reserved body'),
    'drm': ('missing', ['english', 'table', 'negation'], '| Rights management | Not adopted at this time. | — | — |',
            'rights management expressly not adopted'),
    'it-asset-management': ('covered', ['english', 'table', 'paraphrase'], '| Software inventory | The management agent gathers, with no action by staff, the installed programs and their versions',
                            'installed programs and versions gathered automatically from workstations and servers, mandatory'),
    'mobile-devices': ('covered', ['english', 'table'], '| Mobile devices | Agency-issued phones and laptops may connect to internal and external networks for work',
                       'permitted inside and outside with encryption, MFA, central management and remote wipe, mandatory'),
    'iot-devices': ('missing', ['english', 'table', 'placeholder'], '| Special-purpose devices (IoT) | See separate standard. | — | — |',
                    'a table row referring to a separate standard that does not exist here'),
    'email-encryption': ('outdated', ['english', 'table', 'modality'], '| E-mail | Encryption of server-to-server mail traffic. | IT Division | Desirable |',
                         'transport encryption only desirable; no sender authentication'),
    'domain-names': ('outdated', ['english', 'table', 'modality'], '| Domain names | Agency websites and mail addresses use go.jp where feasible. | IT Division | Desirable |',
                     'go.jp only desirable, where feasible'),
}, ['mobile-devices', 'it-asset-management', 'iot-devices', 'drm', 'email-encryption', 'domain-names',
    'issue-reporting'])

write_set(D, C)
