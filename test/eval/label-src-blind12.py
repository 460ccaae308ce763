# Source of the blind set test/fixtures/blind12/ (2026-12): whole documents of kinds and bodies not used before
# (a hospital 独立行政法人's 規程 with medical devices, a water bureau's 対策基準 with SCADA and IoT sensors, a prefectural
# board of education, a 対策基準 with 【解説】 blocks, a 実施手順書, a 自己点検 result sheet, a 監査報告書, a CISO's 通知, a
# 事務連絡 asking for opinions on a draft, a bilingual 規程, a 遵守事項 table with 基本対策/推奨対策 columns, a policy dense
# with the 統一基準's own terms, and six English documents: an agency acceptable-use policy, a city IT standard with an
# exceptions register, a university endpoint standard, a state e-mail and web standard with phased deadlines, a
# council's mobile-device procedure and a board-approved policy statement); every requirement id labelled.
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary, issue
# 11's status table, labelset.py and one generator for its format; no engine source, catalog, docs, other sets' texts
# or Kijun output were seen, and these labels were written before any run.
# The ids a document speaks to (or plainly invites a wrong verdict for) are labelled by hand with the clause that
# decides them; complete() marks every other id `missing` with the tag `absent` and the title line as the snippet.
# Before each case a comment lists the ids considered related, so an `absent` fill is a decision.
# Status rules (issue 11): negation/deferral/exclusion/label/heading/definition -> missing; a subset of a mandatory
# requirement in its pre-revision form -> outdated, a subset of a recommended item -> missing; a mandatory duty worded
# as wish/effort/permission -> outdated; a separate duty still in force (audit report, results-only reporting, SPF
# only, 誤送信防止, pattern-file antivirus, hardware registration at delivery) -> missing; the pre-revision form of the
# same duty (manual software survey or spreadsheet, boundary-only unknown malware, blanket mobile ban) -> outdated.
# Effort wording of the three recommended items (unknown-malware, it-asset-management, drm) is their normal form.
# A document that imposes nothing (self-inspection sheet, audit report, opinion request on a draft) -> missing, even
# where it describes a measure as done or proposed.
# Readings specific to this set:
# - 【解説】 blocks are explanation, not rules: only the article above a block can cover.
# - A bilingual text that declares one language authentic is read in that language (the reference translation's
#   weaker wording does not decide).
# - A table whose legend makes 基本対策 mandatory and 推奨対策 "実施に努める": an item only in 推奨対策 is effort wording
#   (covered for a recommended item, outdated for a mandatory one).
# - Exceptions register: a time-limited exception for a few named devices with a compensating control, granted under
#   the standard's exception process, does not undo coverage; a standing exception for a whole class of websites
#   leaves some sites on HTTP (the pre-revision "only some sites" form -> outdated).
# - Phased deadlines: a phase whose deadline has passed is in force; an item whose requirement is "to be set" or
#   "to be evaluated by FY2028" is a deferral.
# - A 実施手順書's firm steps (「〜する。」, who does what) are duties of the body.
# - Pupils' learning tablets taken home are not the organisation's work terminals: the staff rule decides
#   mobile-devices.
# - A notice whose rules apply from a date already reached is a decided duty.
# Files avoid older-edition fingerprints; no document cites an older edition (outdatedEdition is false throughout).
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind12'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered, strict=True)))


# ---------------------------------------------------------------- 01 hospital 独立行政法人: 規程 with medical devices
# considered: promotion-structure, iot-devices, drm, unknown-malware, web-encryption, mobile-devices, email-encryption,
# issue-reporting, improvement-instructions (it-asset-management, domain-names: nothing in the text)
case('01-hospital-kitei.md', '''# 独立行政法人みなと医療機構情報セキュリティ対策規程

令和７年３月２８日　規程第１２号
改正　令和８年６月３０日　規程第３１号

## 第１章　総則

### 第１条（目的）
この規程は、独立行政法人みなと医療機構情報セキュリティ基本方針に基づき、機構本部及び機構が設置する病院（以下「各病院」という。）における情報セキュリティ対策の基準を定め、
患者の診療情報その他機構が取り扱う情報を適切に保護することを目的とする。

### 第２条（定義）
この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　電子カルテシステム　診療録その他の診療に関する記録を電磁的に記録し、管理する情報システムをいう。
二　医療機器　医療機器等の品質、有効性及び安全性の確保等に関する法律に規定する医療機器のうち、通信回線に接続して使用するものをいう。
三　職員等　機構の役員及び職員並びに派遣労働者その他機構の業務に従事する者をいう。
四　診療情報ファイル　電子カルテシステムその他の医療情報システムから出力した、患者の診療に関する情報を記録した電子ファイルをいう。

### 第３条（適用範囲）
この規程は、機構本部及び各病院の職員等並びに機構の情報システムに適用する。

## 第２章　組織及び体制

### 第４条（最高情報セキュリティ責任者等）
機構に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、理事長が指名する理事をもって充てる。
２　機構本部に統括情報セキュリティ責任者を置き、情報システム部長をもって充てる。
３　各病院に病院情報セキュリティ責任者を置き、当該病院の事務部長をもって充てる。
４　各病院の医療情報システムごとに情報システムセキュリティ責任者を置き、当該病院の医療情報管理室長をもって充てる。

### 第５条（情報セキュリティ対策推進室）
機構本部情報システム部に、機構全体の情報セキュリティ対策を推進する組織として情報セキュリティ対策推進室（以下「推進室」という。）を置き、次の事務を行わせる。
一　この規程及び実施手順の改正案の作成
二　各病院における対策の実施状況の把握及び技術的な支援
三　職員等に対する教育の企画及び実施
四　情報セキュリティインシデントへの対処の調整
五　自己点検の取りまとめ
２　推進室の室長は、統括情報セキュリティ責任者の指揮を受け、前項の事務を統括する。

### 第６条（自己点検）
病院情報セキュリティ責任者は、毎年度、当該病院における自己点検を実施し、その結果を統括情報セキュリティ責任者に報告しなければならない。

### 第７条（情報セキュリティ監査）
情報セキュリティ監査責任者は、監査の結果を監査報告書に取りまとめ、ＣＩＳＯに提出するものとする。
２　ＣＩＳＯは、監査報告書の内容を踏まえ、指摘事項に係る改善計画の策定を統括情報セキュリティ責任者に指示するものとする。

## 第３章　情報システムの対策

### 第15条（不正プログラム対策）
情報システムセキュリティ責任者は、電子カルテシステムの端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新の状態に保たなければならない。
２　未知の不正プログラムについては、機構のネットワークとインターネットとの境界に設置したサンドボックス装置において、受信する電子メールの添付ファイル及びダウンロードされるファイルを検査し、検知するものとする。
３　医療機器については、製造販売業者が動作を保証しない場合、前２項の措置を講じないことができる。この場合において、情報システムセキュリティ責任者は、第16条に定める措置を確実に講じなければならない。

### 第16条（医療機器及び特定用途機器）
情報システムセキュリティ責任者は、通信回線に接続する医療機器（画像診断装置、生体情報モニタ、輸液ポンプ等）及び特定用途機器（ネットワークカメラ、ナースコール設備、複合機、入退室管理装置等）について、次の措置を講じなければならない。
一　導入時に初期パスワードを変更すること。
二　製造販売業者等と調整の上、ファームウェア及びソフトウェアの更新を適時に行うこと。
三　電子カルテシステムのネットワークと論理的に分離した医療機器用ネットワークに接続すること。
四　製造販売業者等による遠隔保守の通信は、機構が指定する接続方式に限ること。

### 第17条（診療情報ファイルの保護）
職員等は、診療情報ファイルを他の医療機関その他機構外の者に提供するときは、情報権限管理（ＩＲＭ）の機能により閲覧できる者を限定し、印刷及び複製を制限するとともに、当該ファイルが機構外に流出した場合にも許可された者以外の者が内容を閲覧できないようにしなければならない。

### 第18条（ウェブサイト）
広報担当部署は、機構及び各病院のウェブサイトのうち、診療予約、採用応募その他個人情報を入力させるページについては、ＴＬＳにより通信を暗号化しなければならない。

### 第19条（電子メール）
職員等は、機構外に電子メールを送信するときは、送信前に表示される宛先確認画面により宛先を確認しなければならない。
２　患者の個人情報を含むファイルを電子メールに添付して送信してはならない。

### 第20条（モバイル端末）
職員等は、機構が支給するノートパソコン、タブレット端末その他のモバイル端末を病院の敷地外に持ち出し、又は機構の通信回線以外の通信回線に接続してはならない。

附　則
この規程は、令和８年７月１日から施行する。
''', {
    'promotion-structure': ('covered', ['article', 'list'], '機構本部情報システム部に、機構全体の情報セキュリティ対策を推進する組織として情報セキュリティ対策推進室',
                            'a promotion office is set up as the unit that drives the measures, its duties listed in 号'),
    'iot-devices': ('covered', ['article', 'list'], '特定用途機器（ネットワークカメラ、ナースコール設備、複合機、入退室管理装置等）について、次の措置を講じなければならない。',
                    'networked medical devices and special-purpose devices in scope with default passwords, firmware and separation'),
    'drm': ('covered', ['article', 'paraphrase'], '情報権限管理（ＩＲＭ）の機能により閲覧できる者を限定し、印刷及び複製を制限するとともに',
            'rights management keeps clinical files given outside unreadable to others even after they leak'),
    'unknown-malware': ('outdated', ['article', 'old-form'], '未知の不正プログラムについては、機構のネットワークとインターネットとの境界に設置したサンドボックス装置において',
                        'unknown malware handled only by a sandbox at the Internet boundary; terminals run pattern-file AV only'),
    'web-encryption': ('outdated', ['article', 'scope', 'old-form'], '診療予約、採用応募その他個人情報を入力させるページについては、ＴＬＳにより通信を暗号化しなければならない。',
                       'encryption only on pages that collect personal data, not every site'),
    'mobile-devices': ('outdated', ['article', 'negation', 'old-form'], 'その他のモバイル端末を病院の敷地外に持ち出し、又は機構の通信回線以外の通信回線に接続してはならない。',
                       'blanket ban on taking mobile devices out or connecting them elsewhere: information-level note'),
    'email-encryption': ('missing', ['article', 'separate-duty'], '送信前に表示される宛先確認画面により宛先を確認しなければならない。',
                         'only a mis-sending check and an attachment ban; no transport encryption or sender authentication'),
    'issue-reporting': ('missing', ['article', 'separate-duty'], '当該病院における自己点検を実施し、その結果を統括情報セキュリティ責任者に報告しなければならない。',
                        'self-inspection results reported; not issues from operation, self-inspection and education to the CISO'),
    'improvement-instructions': ('missing', ['article', 'separate-duty'], 'ＣＩＳＯは、監査報告書の内容を踏まえ、指摘事項に係る改善計画の策定を統括情報セキュリティ責任者に指示するものとする。',
                                 'audit follow-up to one person; no organisation-wide and department-specific instructions'),
}, ['promotion-structure', 'iot-devices', 'drm', 'unknown-malware', 'web-encryption', 'mobile-devices',
    'email-encryption', 'issue-reporting', 'improvement-instructions'])

# ---------------------------------------------------------------- 02 water bureau 対策基準: SCADA and IoT sensors
# considered: iot-devices, unknown-malware, it-asset-management, web-encryption, mobile-devices, issue-reporting,
# improvement-instructions
case('02-water-bureau-taisaku.md', '''# 港北市水道局情報セキュリティ対策基準

制定　令和６年４月１日　水道局管理規程第８号
最終改正　令和８年４月１日

## 第１　目的及び適用範囲

１　この基準は、港北市水道局情報セキュリティ基本方針に基づき、水道局（以下「局」という。）が保有する情報資産の
機密性、完全性及び可用性を確保するために遵守すべき対策の基準を定める。
２　この基準は、局の事務系システム、料金システム、浄水場及び配水施設の監視制御システム並びに遠隔監視用の
ＩｏＴ機器に適用する。

## 第２　組織体制

１　局の最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）は、水道事業管理者とする。
２　統括情報セキュリティ責任者は、総務部長とする。
３　各課の長を情報セキュリティ責任者とし、浄水課長及び配水課長は、監視制御システムの情報システムセキュリティ責任者を兼ねる。
４　総務部経営企画課情報システム担当（以下「情報システム担当」という。）は、局の事務系システム及び料金システムの運用管理を行う。

## 第３　自己点検及び改善

１　情報セキュリティ責任者は、毎年度、所管する課の自己点検を行い、その結果をＣＩＳＯに報告する。
２　ＣＩＳＯは、前項の報告を踏まえ、局全体に共通する改善事項については統括情報セキュリティ責任者に、
各課に固有の改善事項については当該課の情報セキュリティ責任者に、それぞれ改善を指示するよう努める。

## 第４　監視制御システムの対策

１　監視制御システム（ＳＣＡＤＡ、監視操作卓及びＰＬＣを含む。以下同じ。）のネットワークは、インターネット及び
事務系ネットワークから物理的に分離し、外部との接続点を設けてはならない。
２　監視操作卓として用いる端末は、あらかじめ許可したアプリケーション以外のプログラムの実行を禁止する設定を行う。
３　監視制御システムへの可搬記憶媒体の接続は、浄水課長が許可した専用の媒体に限る。
４　監視制御システムの保守業者による作業は、職員の立会いの下で行い、作業記録を３年間保存する。

## 第５　ＩｏＴ機器の対策

１　配水管網の水位計、流量計、水質センサ、遠隔監視カメラその他通信機能を有するＩｏＴ機器は、この基準の対象とし、
情報システムセキュリティ責任者は、次の対策を講じなければならない。
（１）導入時に初期設定のパスワードを変更し、推測されにくいものとすること。
（２）製造者が提供するファームウェアの更新情報を定期的に確認し、適用すること。
（３）閉域の通信回線（ＬＴＥ閉域網等）により接続し、インターネットから直接到達できないようにすること。
（４）機器の設置場所、型番及びファームウェアの版数を台帳に記録すること。

## 第６　事務系システムの対策

１　事務系の端末及びサーバ装置には、不正プログラム対策ソフトウェアを導入し、定義ファイルを自動で更新する。
２　情報システム担当は、毎年度、事務系の端末及びサーバ装置にインストールされているソフトウェアの名称及び版数を
各課に照会して調査し、ソフトウェア管理台帳（表計算ファイル）に記録する。
３　局のウェブサイトは、料金のお支払い、開栓・閉栓の申込み及び工事のお知らせのページを含め、全てのページをＨＴＴＰＳにより
常時暗号化して提供する。ＨＴＴＰによる接続要求は、ＨＴＴＰＳに転送する。

## 第７　モバイル端末

１　漏水調査及び巡回点検に用いるタブレット端末は、次の全ての要件を満たす場合に限り、局外に持ち出し、
モバイル回線に接続して業務に使用することができる。
（１）モバイル端末管理（ＭＤＭ）に登録されていること。
（２）端末内の記憶領域が暗号化されていること。
（３）紛失時に遠隔消去ができるよう設定されていること。
（４）局の業務システムへの接続は、閉域のモバイル回線を経由すること。
２　職員は、タブレット端末を紛失したときは、直ちに情報システム担当に報告する。

## 第８　雑則

この基準に定めるもののほか、必要な事項は、統括情報セキュリティ責任者が別に定める。
''', {
    'iot-devices': ('covered', ['list', 'wrapped'], '配水管網の水位計、流量計、水質センサ、遠隔監視カメラその他通信機能を有するＩｏＴ機器は、この基準の対象とし、',
                    'IoT sensors and cameras explicitly in scope with default-password, firmware and closed-network measures'),
    'unknown-malware': ('missing', ['scope', 'separate-duty'], '監視操作卓として用いる端末は、あらかじめ許可したアプリケーション以外のプログラムの実行を禁止する設定を行う。',
                        'execution control only on control consoles; office terminals and servers have pattern-file AV only'),
    'it-asset-management': ('outdated', ['wrapped', 'old-form'], '各課に照会して調査し、ソフトウェア管理台帳（表計算ファイル）に記録する。',
                            'a yearly manual survey into a spreadsheet ledger, the old form of automatic collection'),
    'web-encryption': ('covered', ['wrapped'], '全てのページをＨＴＴＰＳにより',
                       'every page of the bureau site served over HTTPS, HTTP redirected'),
    'mobile-devices': ('covered', ['condition', 'list', 'wrapped'], '次の全ての要件を満たす場合に限り、局外に持ち出し、',
                       'field tablets may be used outside on mobile networks under MDM, encryption and remote wipe'),
    'issue-reporting': ('missing', ['separate-duty'], '所管する課の自己点検を行い、その結果をＣＩＳＯに報告する。',
                        'only self-inspection results are reported; no issues from operation and education'),
    'improvement-instructions': ('outdated', ['modality', 'wrapped'], '各課に固有の改善事項については当該課の情報セキュリティ責任者に、それぞれ改善を指示するよう努める。',
                                 'bureau-wide and section-specific instructions, but worded as an effort'),
}, ['iot-devices', 'unknown-malware', 'it-asset-management', 'web-encryption', 'mobile-devices', 'issue-reporting',
    'improvement-instructions'])

# ---------------------------------------------------------------- 03 prefectural board of education: GIGA tablets
# considered: promotion-structure, mobile-devices, web-encryption, email-encryption, iot-devices, issue-reporting,
# unknown-malware, it-asset-management
case('03-pref-board-education.md', '''# 北辰県教育委員会学校情報セキュリティ対策基準

令和５年３月２０日　教育長決定
令和８年３月２４日　一部改正

## １　目的

この基準は、北辰県教育委員会情報セキュリティ基本方針に基づき、県立学校（以下「学校」という。）における
校務及び学習活動で取り扱う情報資産を保護するため、学校及び教育委員会事務局が講ずべき対策を定める。

## ２　推進体制

(1) 教育委員会事務局教育政策課に「学校情報セキュリティ推進チーム」（以下「推進チーム」という。）を置き、
学校における情報セキュリティ対策を推進する組織とする。
(2) 推進チームの役割は、次のとおりとする。
- 本基準及び学校向け実施手順の改正案の作成
- 学校の情報セキュリティ担当教職員に対する研修の企画及び実施
- 学校からの相談への対応及び技術的な支援
- 校務系ネットワーク及び学習系ネットワークの構成管理
(3) 校長は、学校における情報セキュリティ責任者として、推進チームと連携して対策を実施する。
(4) 教育長は、教育委員会における最高情報セキュリティ責任者として、この基準の運用を統括する。

## ３　ネットワークの分離

(1) 校務系ネットワーク（成績、指導要録、保健情報等を取り扱う。）と学習系ネットワーク（児童生徒が学習用端末で利用する。）は、
論理的に分離し、相互に通信できないようにする。
(2) 校務系ネットワークからのインターネット接続は、教育委員会が設置する接続点を経由する。
(3) 学習系ネットワークからのインターネット接続には、教育委員会が契約するフィルタリングサービスを適用する。

## ４　端末

(1) 校務用端末及び学習用端末は、納品時に資産番号ラベルを貼付し、学校ごとの端末台帳に登録する。
(2) 学習用端末には、ＯＳ標準のウイルス対策機能を有効にし、定義ファイルを自動更新する設定とする。
(3) 教職員は、校務用端末（ノートパソコン及びタブレット端末を含む。）を学校外に持ち出し、又は校務系ネットワーク以外の
通信回線に接続してはならない。
(4) 児童生徒の学習用端末（１人１台端末）は、家庭学習のため家庭に持ち帰ることができる。この場合、学習用端末は
フィルタリングを適用したうえで家庭の通信回線に接続し、紛失したときは保護者が直ちに学校に連絡する。
(5) 学習用端末の利用者アカウントは、教育委員会が一括して作成し、卒業又は転出の際に削除する。

## ５　学校ホームページ

(1) 学校ホームページは、教育委員会が提供するコンテンツ管理システムにより作成し、全てのページをＨＴＴＰＳで公開する。ただし、学校が独自に開設している部活動、同窓会等のウェブサイトについては、この限りでない。
(2) 児童生徒の氏名、顔写真等を掲載するときは、保護者の同意を得る。

## ６　電子メール

(1) 校務用電子メールは、教育委員会が運用するメールサーバを利用する。
(2) 教職員は、個人情報を含むファイルを校外に電子メールで送信するときは、ファイルにパスワードを設定して暗号化するよう努める。
(3) 教職員は、校務用電子メールを私用のメールアドレスに自動転送してはならない。

## ７　対象外とする機器

学校に設置する防犯カメラ、校内放送設備、電子黒板その他の設備機器の取扱いは、教育委員会施設課の定めるところによるものとし、この基準の対象外とする。

## ８　自己点検

校長は、毎年度、学校の情報セキュリティ対策の実施状況について自己点検を行い、その結果を教育長に報告する。
''', {
    'promotion-structure': ('covered', ['list', 'wrapped'], '教育委員会事務局教育政策課に「学校情報セキュリティ推進チーム」（以下「推進チーム」という。）を置き、',
                            'a promotion team is set up as the unit that drives school security, with its roles listed'),
    'mobile-devices': ('outdated', ['negation', 'old-form', 'wrapped'], '校務用端末（ノートパソコン及びタブレット端末を含む。）を学校外に持ち出し、又は校務系ネットワーク以外の',
                       'staff work devices banned from leaving school; pupils taking learning tablets home is not work use'),
    'web-encryption': ('outdated', ['condition', 'exclusion', 'scope'], 'ただし、学校が独自に開設している部活動、同窓会等のウェブサイトについては、この限りでない。',
                       'the ただし書 leaves schools\' own sites out: only some sites are encrypted'),
    'email-encryption': ('outdated', ['modality', 'old-form'], 'ファイルにパスワードを設定して暗号化するよう努める。',
                         'only staff encrypting some attachments, as an effort; no transport encryption or sender authentication'),
    'iot-devices': ('missing', ['exclusion'], '学校に設置する防犯カメラ、校内放送設備、電子黒板その他の設備機器の取扱いは、',
                    'cameras and other connected equipment are placed outside this standard'),
    'issue-reporting': ('missing', ['separate-duty'], '自己点検を行い、その結果を教育長に報告する。',
                        'only self-inspection results are reported'),
    'unknown-malware': ('missing', ['scope', 'separate-duty'], '学習用端末には、ＯＳ標準のウイルス対策機能を有効にし、定義ファイルを自動更新する設定とする。',
                        'pattern-file antivirus on learning devices only; no behaviour-based prevention'),
    'it-asset-management': ('missing', ['separate-duty'], '校務用端末及び学習用端末は、納品時に資産番号ラベルを貼付し、学校ごとの端末台帳に登録する。',
                            'hardware registered at delivery; no software information collected'),
}, ['promotion-structure', 'mobile-devices', 'web-encryption', 'email-encryption', 'iot-devices', 'issue-reporting',
    'unknown-malware', 'it-asset-management'])

# ---------------------------------------------------------------- 04 対策基準 with 【解説】 after each article
# considered: promotion-structure, issue-reporting, improvement-instructions, drm, unknown-malware, email-encryption,
# web-encryption, domain-names
case('04-taisaku-kaisetsu.md', '''# 独立行政法人産業技術普及機構 情報セキュリティ対策基準（解説付き）

本書は、機構の情報セキュリティ対策基準の各条項の後に、その趣旨及び運用上の留意点を【解説】として付したものである。
【解説】は条項の理解を助けるためのものであり、それ自体は遵守事項ではない。

## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）は、機構における情報セキュリティ対策推進体制として
情報基盤部セキュリティ推進課を指定し、次に掲げる役割を担わせること。
　(a) 対策基準及び実施手順の整備に係る事務
　(b) 対策推進計画の策定及び進捗管理に係る事務
　(c) 教育、自己点検及び情報セキュリティ監査への対応に係る事務の取りまとめ
　(d) 情報セキュリティインシデントに係る連絡調整

【解説】
統一基準では、従来の責任者を中心とした役割規定に加え、対策の推進を担う部門を「情報セキュリティ対策推進体制」として
位置付けている。機構では情報基盤部セキュリティ推進課がこれに当たる。

## 2.3.1 自己点検

(1) 情報セキュリティ責任者は、対策の運用、自己点検及び教育の実施を通じて把握した課題を、統括情報セキュリティ責任者を
経由してＣＩＳＯに報告すること。

【解説】
課題には、規程の運用上の支障、点検で判明した未実施事項、教育の受講率の低さ等が含まれる。報告を通じて、
各部署が自らの課題を認識し、対応方針を検討することが期待される。

## 2.4.1 対策の見直し

(1) ＣＩＳＯは、情報セキュリティを取り巻く状況の変化を踏まえ、毎年度、対策基準及び対策推進計画の見直しを行うこと。

【解説】
見直しの結果、組織横断的な改善事項は統括情報セキュリティ責任者に、部門特有の改善事項は各情報セキュリティ責任者に、
ＣＩＳＯから改善を指示することが想定される。

## 3.1.1 情報の取扱い

(1) 職員等は、要機密情報を機構外の者に提供する場合は、暗号化その他の必要な措置を講ずること。

【解説】
必要な措置としては、ファイルの暗号化のほか、デジタル著作権管理（ＤＲＭ）により閲覧・印刷・複製を制限し、
ファイルが外部に流出した場合でも内容を読み取れないようにする方法がある。

## 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、
定義ファイルを常に最新の状態に保つこと。

【解説】
定義ファイルに基づく検知では、未知の不正プログラムを検知できない。端末上のプログラムの振る舞いを監視し、
不審な動作を検知した時点で実行を停止するＥＤＲ製品の活用も有効であり、次期端末更改時に導入の是非を検討する。

## 7.2.1 電子メール

(1) 情報システムセキュリティ責任者は、なりすましメールの送信を防止するため、機構のドメインについてＳＰＦレコードを公開すること。

【解説】
国の統一基準群では、電子メールサーバ間の通信の暗号化及びＤＫＩＭ等の送信ドメイン認証も求められている。
機構のメールサービスは令和９年度に更改予定であり、その際に対応を検討する。

## 7.2.2 ウェブ

(1) 情報システムセキュリティ責任者は、機構が運用する全てのウェブサイトについて、ＨＴＴＰＳによる常時暗号化を行い、
ＨＴＴＰによるアクセスはＨＴＴＰＳに転送すること。
(2) 情報システムセキュリティ責任者は、機構が開設するウェブサイト及び機構の電子メールアドレスに、機構が登録した go.jp ドメイン名を使用すること。

【解説】
常時暗号化により、利用者は接続先が真に機構のウェブサイトであることを確認でき、通信の盗聴や改ざんを防ぐことができる。
外部事業者に運用を委託しているイベント用のサイトも対象となる。go.jp 以外のドメイン名は、第三者に取得されて
なりすましに悪用されるおそれがあるため、キャンペーン等の期間限定のサイトであっても使用しない。
''', {
    'promotion-structure': ('covered', ['list', 'wrapped'], '情報基盤部セキュリティ推進課を指定し、次に掲げる役割を担わせること。',
                            'a named division is designated as the promotion structure with listed roles (the rule, not the 解説)'),
    'issue-reporting': ('covered', ['wrapped'], '(1) 情報セキュリティ責任者は、対策の運用、自己点検及び教育の実施を通じて把握した課題を、統括情報セキュリティ責任者を',
                        'issues from operation, self-inspection and education reported via the 統括 to the CISO'),
    'improvement-instructions': ('missing', ['description', 'wrapped'], 'ＣＩＳＯから改善を指示することが想定される。',
                                 'the split instructions appear only in the 解説 as an expectation; the rule is a yearly review'),
    'drm': ('missing', ['description', 'wrapped'], '必要な措置としては、ファイルの暗号化のほか、デジタル著作権管理（ＤＲＭ）により閲覧・印刷・複製を制限し、',
            'DRM only named as an example in the explanation; the rule asks for encryption or other measures'),
    'unknown-malware': ('missing', ['description', 'deferral', 'separate-duty'], '不審な動作を検知した時点で実行を停止するＥＤＲ製品の活用も有効であり、次期端末更改時に導入の是非を検討する。',
                        'the rule is pattern-file antivirus; EDR is only discussed and deferred in the 解説'),
    'email-encryption': ('missing', ['separate-duty', 'deferral'], '(1) 情報システムセキュリティ責任者は、なりすましメールの送信を防止するため、機構のドメインについてＳＰＦレコードを公開すること。',
                         'SPF only; transport encryption and DKIM are put off in the 解説'),
    'web-encryption': ('covered', ['wrapped'], '(1) 情報システムセキュリティ責任者は、機構が運用する全てのウェブサイトについて、ＨＴＴＰＳによる常時暗号化を行い、',
                       'every site always encrypted, HTTP redirected'),
    'domain-names': ('covered', ['list'], '機構が開設するウェブサイト及び機構の電子メールアドレスに、機構が登録した go.jp ドメイン名を使用すること。',
                     'sites and mail addresses use the body\'s go.jp domain'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'drm', 'unknown-malware', 'email-encryption',
    'web-encryption', 'domain-names'])

# ---------------------------------------------------------------- 05 実施手順書 implementing a 対策基準
# considered: it-asset-management, unknown-malware, mobile-devices, email-encryption, issue-reporting
case('05-jisshi-tejun.md', '''# 端末管理実施手順書（情報セキュリティ対策基準 6.2.1・6.2.2・7.1.1 関係）

独立行政法人農林水産資源研究機構　情報システム課
第３版　令和８年５月

## 1. この手順書について

本手順書は、機構の情報セキュリティ対策基準（以下「対策基準」という。）6.2.1、6.2.2 及び 7.1.1 の規定を実施するため、
情報システム課及び各部署の担当者が行う作業の手順を定める。各手順の実施者は、手順ごとに【実施者】として示す。
画面の図は、本書の別冊「画面イメージ集」に収録している。

## 2. IT資産管理エージェントの導入

【実施者】情報システム課　端末担当

1. 端末及びサーバ装置のキッティング時に、IT資産管理ソフトウェアのエージェントをインストールする。既に稼働している機器には、配布機能により一括してインストールする。
2. 資産管理サーバの管理コンソールを開き、「端末一覧」画面（図2-1：左側のメニューから「資産」→「端末一覧」を選択した画面）に
   当該機器が表示されていることを確認する。
3. 「ソフトウェア一覧」画面（図2-2）で、当該機器にインストールされているソフトウェアの名称及びバージョンが自動収集されていることを確認する。
4. 毎週月曜日に、脆弱性情報（JVN 等）で公表された製品とバージョンを「ソフトウェア検索」画面で検索し、該当する機器の一覧を出力する。
5. 該当機器がある場合は、当日中に情報システムセキュリティ責任者に報告し、更新プログラムの適用手順（本書第7章）に進む。

## 3. ＥＤＲの導入

【実施者】情報システム課　セキュリティ担当

1. 職員用端末のキッティング時に、ＥＤＲのエージェントをインストールし、管理画面（図3-1）で「保護モード：ブロック」に
   設定されていることを確認する。
2. サーバ装置へのＥＤＲの導入は、サーバ基盤の次期更改（令和１０年度予定）にあわせて行うこととし、それまでの間は
   定義ファイル型の不正プログラム対策ソフトウェアのみを用いる。
3. ＥＤＲの管理画面でアラートが表示された場合は、本書第6章のインシデント対応手順に従う。

## 4. モバイル端末の貸出し

【実施者】各部署の庶務担当、情報システム課　端末担当、利用者

1. 庶務担当は、出張又はテレワークのためにモバイル端末（ノートパソコン又はタブレット端末）を必要とする職員等からの申請を受け、
   貸出簿に記入する。
2. 端末担当は、貸し出す端末が次の状態であることを確認し、貸出し前チェックシート（様式4）に記録する。
   - ＭＤＭに登録され、紛失時に遠隔消去（リモートワイプ）を実行できること
   - 内蔵ディスクが暗号化（BitLocker）されていること
   - 多要素認証によるサインインが設定されていること
3. 利用者は、機構外では、自宅、出張先その他の通信回線に接続したうえで、必ずＶＰＮを経由して機構の業務システムに接続する。
4. 利用者は、端末を紛失した場合、直ちに端末担当に連絡する。端末担当は、管理画面（図4-2）から遠隔消去を実行する。
5. 返却時、端末担当は端末の初期化を行い、貸出簿に返却日を記入する。

## 5. 外部宛て電子メールの添付ファイル

【実施者】利用者

1. 外部宛てに添付ファイル付きの電子メールを送信すると、送信サーバで添付ファイルが自動的にダウンロードリンクに置き換えられる。
2. 送信後、「送信保留」画面（図5-1）で宛先を再確認し、誤りがなければ「送信」を押す。誤りがあれば「取消」を押す。
3. 保留時間（５分）を過ぎると、電子メールは自動的に送信される。

## 6. 問題が生じた場合

作業中に手順どおりに操作できない等の問題が生じた場合は、作業を中断し、情報システム課長に報告する。
情報システム課長は、必要に応じて手順書の改訂を行う。
''', {
    'it-asset-management': ('covered', ['list', 'paraphrase'], '端末及びサーバ装置のキッティング時に、IT資産管理ソフトウェアのエージェントをインストールする。',
                            'asset-management agents on all terminals and servers; names and versions collected automatically and matched weekly'),
    'unknown-malware': ('missing', ['list', 'scope', 'deferral', 'wrapped'], '2. サーバ装置へのＥＤＲの導入は、サーバ基盤の次期更改（令和１０年度予定）にあわせて行うこととし、それまでの間は',
                        'EDR on staff terminals only; servers deferred to a later renewal (subset of a recommended item)'),
    'mobile-devices': ('covered', ['list', 'paraphrase'], '3. 利用者は、機構外では、自宅、出張先その他の通信回線に接続したうえで、必ずＶＰＮを経由して機構の業務システムに接続する。',
                       'lent mobile devices used outside on any network with MDM, encryption, MFA and VPN'),
    'email-encryption': ('missing', ['list', 'separate-duty'], '1. 外部宛てに添付ファイル付きの電子メールを送信すると、送信サーバで添付ファイルが自動的にダウンロードリンクに置き換えられる。',
                         'attachment-to-link conversion and a send hold are mis-sending measures, not mail encryption'),
    'issue-reporting': ('missing', ['separate-duty'], '作業中に手順どおりに操作できない等の問題が生じた場合は、作業を中断し、情報システム課長に報告する。',
                        'procedural problems reported to the section head; not issues from operation, self-inspection and education to the CISO'),
}, ['it-asset-management', 'unknown-malware', 'mobile-devices', 'email-encryption', 'issue-reporting'])

# ---------------------------------------------------------------- 06 自己点検 result sheet: findings, not rules
# considered: web-encryption, email-encryption, unknown-malware, it-asset-management, mobile-devices, iot-devices,
# drm, issue-reporting, promotion-structure
case('06-jiko-tenken-kekka.md', '''# 令和８年度　情報セキュリティ自己点検結果票（経営企画部）

独立行政法人地域交通安全機構
点検実施日：令和８年１０月１５日　点検者：経営企画部情報セキュリティ担当
点検基準：機構情報セキュリティ対策基準（令和７年４月改正）

本票は、経営企画部が所管する情報システム及び業務について、対策基準の遵守状況を点検した結果を記録したものである。
判定欄の「○」は実施済み、「△」は一部実施、「×」は未実施を示す。

## 点検結果

| No. | 点検項目 | 判定 | 状況・課題 | 今後の対応 |
|---|---|---|---|---|
| 1 | 所管ウェブサイトの常時暗号化 | △ | 所管５サイトのうち、旧キャンペーンサイト２件がＨＴＴＰのまま公開されている | 令和９年３月末までにＨＴＴＰＳへ移行又は閉鎖する |
| 2 | 電子メールの送信ドメイン認証・暗号化 | △ | ＳＰＦは設定済み。ＤＫＩＭは未設定。サーバ間通信の暗号化は情報システム部で確認中 | 情報システム部の回答を待って再点検 |
| 3 | 振る舞い検知による未知の不正プログラム対策 | ○ | 部内の全端末及び所管サーバ３台にＥＤＲが導入され、ブロックモードで稼働している | 継続 |
| 4 | ソフトウェアの把握 | ○ | 資産管理ツールの画面で、部内端末のソフトウェアの名称・版数が自動で表示されることを確認 | 継続 |
| 5 | モバイル端末の持出し | × | 持出し用ノートＰＣ４台のうち１台で遠隔消去の設定がされていなかった | 直ちに設定する（１０月２０日完了予定） |
| 6 | 複合機・ネットワークカメラ | △ | 複合機１台の管理者パスワードが初期値のままであった | 変更済み（１０月１６日） |
| 7 | 情報セキュリティ教育 | ○ | 部員２４名全員が受講済み（受講率１００％） | 継続 |
| 8 | 要機密情報ファイルの情報権限管理（ＩＲＭ） | × | ＩＲＭは未導入。外部送付時はパスワード付きファイルで対応している | 推進室の方針を待って対応 |
| 9 | 離席時の画面ロック | ○ | 抜き打ち確認で全員実施 | 継続 |

## 総括

１　点検の結果、△３件、×２件の課題が把握された。
２　本票により把握された課題は、部の情報セキュリティ責任者である経営企画部長の確認を経て、１０月３１日までに
統括情報セキュリティ責任者を通じて最高情報セキュリティ責任者に報告した。
３　No.1 の旧キャンペーンサイトについては、移行費用が予算化されていないため、閉鎖を含めて部内で検討している。
４　No.8 については、部単独での対応が困難であるため、機構全体での検討を要望した。

## 備考

・本票の様式は、情報セキュリティ対策推進室が定めたものである。
・点検項目は、対策基準の改正に伴い、令和８年度から No.1、No.2、No.3 及び No.8 を追加した。
・判定の根拠資料（設定画面の写し等）は、経営企画部の共有フォルダに保存している。
''', {
    'web-encryption': ('missing', ['table', 'description'], '| 1 | 所管ウェブサイトの常時暗号化 | △ | 所管５サイトのうち、旧キャンペーンサイト２件がＨＴＴＰのまま公開されている',
                       'a finding about sites, not a rule'),
    'email-encryption': ('missing', ['table', 'description'], 'ＳＰＦは設定済み。ＤＫＩＭは未設定。',
                         'a finding on mail settings, not a rule'),
    'unknown-malware': ('missing', ['table', 'description'], '部内の全端末及び所管サーバ３台にＥＤＲが導入され、ブロックモードで稼働している',
                        'describes EDR as installed; the sheet imposes nothing'),
    'it-asset-management': ('missing', ['table', 'description'], '資産管理ツールの画面で、部内端末のソフトウェアの名称・版数が自動で表示されることを確認',
                            'an inspection finding, not a rule'),
    'mobile-devices': ('missing', ['table', 'description'], '持出し用ノートＰＣ４台のうち１台で遠隔消去の設定がされていなかった',
                       'a finding on one laptop, not a rule'),
    'iot-devices': ('missing', ['table', 'description'], '複合機１台の管理者パスワードが初期値のままであった',
                    'a finding on a multifunction printer, not a rule'),
    'drm': ('missing', ['table', 'description'], '| 8 | 要機密情報ファイルの情報権限管理（ＩＲＭ） | × | ＩＲＭは未導入。',
            'IRM recorded as not introduced'),
    'issue-reporting': ('missing', ['description', 'wrapped'], '統括情報セキュリティ責任者を通じて最高情報セキュリティ責任者に報告した。',
                        'a past-tense account of one report, not a rule that issues be reported'),
    'promotion-structure': ('missing', ['label', 'description'], '・本票の様式は、情報セキュリティ対策推進室が定めたものである。',
                            'an office named as author of the form; no structure set up with roles'),
}, ['web-encryption', 'email-encryption', 'unknown-malware', 'it-asset-management', 'mobile-devices', 'iot-devices',
    'drm', 'issue-reporting', 'promotion-structure'])

# ---------------------------------------------------------------- 07 監査報告書: findings and recommendations
# considered: web-encryption, email-encryption, promotion-structure, issue-reporting, improvement-instructions,
# iot-devices, mobile-devices, it-asset-management
case('07-kansa-houkokusho.md', '''# 令和８年度 情報セキュリティ監査報告書

独立行政法人都市環境研究機構
情報セキュリティ監査責任者　監査室長
提出日：令和８年１１月３０日
提出先：最高情報セキュリティ責任者

## 1. 監査の概要

(1) 目的　機構の情報セキュリティ対策基準（以下「対策基準」という。）が統一基準群に準拠しているか、及び各部署において
対策基準が遵守されているかを確認する。
(2) 対象　本部総務部、研究推進部、情報システム室及び筑波研究所
(3) 期間　令和８年９月１日から同年１０月３１日まで
(4) 方法　規程類の閲覧、担当者へのヒアリング、機器設定の確認
(5) 監査人　監査室職員２名及び外部の専門家１名

## 2. 監査結果の総括

対策基準の準拠性については改善を要する事項が４件、遵守状況については改善を要する事項が３件認められた。
前年度の指摘事項６件のうち５件は改善済みであることを確認した。詳細は次のとおりである。

## 3. 指摘事項

### 指摘1 ウェブサイトの暗号化（準拠性）
対策基準7.2.2は、個人情報を入力させるページに限りＴＬＳによる暗号化を求めており、全てのウェブサイトの常時暗号化を定めていない。
【改善勧告】全てのウェブサイトについて常時暗号化を行う旨を規定されたい。

### 指摘2 電子メールの暗号化及び送信ドメイン認証（準拠性）
対策基準には、電子メールサーバ間の通信の暗号化及び送信ドメイン認証に関する規定がない。なお、ＳＰＦは運用上設定されている。
【改善勧告】規定を整備されたい。

### 指摘3 情報セキュリティ対策推進体制（準拠性）
対策基準第2章に情報セキュリティ対策推進体制の規定がなく、推進を担う部門とその役割が明確でない。
【改善勧告】情報システム室を推進体制と位置付け、その役割を定められたい。

### 指摘4 課題の報告（準拠性）
自己点検の結果報告の規定はあるが、運用、自己点検及び教育を通じて把握した課題を最高情報セキュリティ責任者に報告する規定がない。
【改善勧告】規定を整備されたい。

### 指摘5 特定用途機器（遵守状況）
筑波研究所の入退室管理装置及びネットワークカメラ計６台で、管理者パスワードが初期設定のまま使用されていた。

### 指摘6 モバイル端末（遵守状況）
研究推進部で、持出し用ノートＰＣが暗号化されないまま出張に使用されていた。

### 指摘7 ソフトウェアの把握（遵守状況）
情報システム室はソフトウェア台帳を年１回更新しているが、筑波研究所の端末が台帳に反映されていなかった。

## 4. 改善に向けた提言

最高情報セキュリティ責任者におかれては、指摘1から指摘4までの組織横断的な事項は統括情報セキュリティ責任者に、
指摘5から指摘7までの部署固有の事項は各部署の情報セキュリティ責任者に、それぞれ改善を指示されたい。
なお、指摘5については、機器の管理者が不明確であることが原因と考えられるため、管理者の指定を併せて検討されたい。

## 5. 報告

本報告書をもって、最高情報セキュリティ責任者への監査結果の報告とする。
被監査部署の意見は、別紙「被監査部署の回答」のとおりである。
''', {
    'web-encryption': ('missing', ['description', 'citation', 'scope'], '対策基準7.2.2は、個人情報を入力させるページに限りＴＬＳによる暗号化を求めており、全てのウェブサイトの常時暗号化を定めていない。',
                       'an audit finding describing another document\'s rule; this report imposes nothing'),
    'email-encryption': ('missing', ['description', 'negation'], '対策基準には、電子メールサーバ間の通信の暗号化及び送信ドメイン認証に関する規定がない。',
                         'a finding that the rule is absent'),
    'promotion-structure': ('missing', ['description'], '【改善勧告】情報システム室を推進体制と位置付け、その役割を定められたい。',
                            'a recommendation, not a structure set up'),
    'issue-reporting': ('missing', ['description', 'negation'], '自己点検の結果報告の規定はあるが、運用、自己点検及び教育を通じて把握した課題を最高情報セキュリティ責任者に報告する規定がない。',
                        'a finding that the reporting rule is absent; the report itself is an audit report'),
    'improvement-instructions': ('missing', ['description', 'wrapped'], '指摘5から指摘7までの部署固有の事項は各部署の情報セキュリティ責任者に、それぞれ改善を指示されたい。',
                                 'the auditor asks the CISO to instruct; no rule makes the CISO do so'),
    'iot-devices': ('missing', ['description'], '筑波研究所の入退室管理装置及びネットワークカメラ計６台で、管理者パスワードが初期設定のまま使用されていた。',
                    'a compliance finding, not a rule'),
    'mobile-devices': ('missing', ['description'], '研究推進部で、持出し用ノートＰＣが暗号化されないまま出張に使用されていた。',
                       'a compliance finding, not a rule'),
    'it-asset-management': ('missing', ['description'], '情報システム室はソフトウェア台帳を年１回更新しているが、',
                            'describes a manual ledger as practice; the report imposes nothing'),
}, ['web-encryption', 'email-encryption', 'promotion-structure', 'issue-reporting', 'improvement-instructions',
    'iot-devices', 'mobile-devices', 'it-asset-management'])

# ---------------------------------------------------------------- 08 CISO's 通知 with an effective date already reached
# considered: web-encryption, email-encryption, mobile-devices, iot-devices, drm, issue-reporting
case('08-ciso-tsuchi.md', '''# 情報セキュリティ対策に関する遵守事項の追加について（通知）

情セ第４２号
令和８年８月２０日

各部局長　様

最高情報セキュリティ責任者
（副理事長）

独立行政法人海洋資源調査機構（以下「機構」という。）の情報セキュリティ対策基準第５条第２項の規定に基づき、下記のとおり
遵守事項を追加しますので、所属の職員等に周知の上、遺漏のないよう対応願います。
本通知による遵守事項は、令和８年１０月１日から適用します。

記

１　ウェブサイトの常時暗号化
　(1) 各部局長は、所管する全てのウェブサイト（外部事業者に運用を委託しているもの及び期間を限って開設するものを含む。）を
　　ＨＴＴＰＳのみで提供し、ＨＴＴＰによるアクセスはＨＴＴＰＳに転送させること。
　(2) 令和８年１０月１日時点でＨＴＴＰにより提供しているウェブサイトは、同日までに移行を完了するか、公開を停止すること。

２　電子メールの暗号化及び送信ドメイン認証
　　情報システム部長は、機構のメールサーバと機構外のメールサーバとの通信をＴＬＳにより暗号化するとともに、
　　機構のドメインについてＳＰＦ及びＤＫＩＭによる送信ドメイン認証を設定すること。

３　モバイル端末の機構外での利用
　(1) 職員等は、機構が支給するモバイル端末を、次の措置が講じられている場合に限り、機構の内外を問わず通信回線に接続して
　　業務に使用することができる。
　　ア　端末の記憶領域の暗号化
　　イ　多要素認証による利用者の認証
　　ウ　ＭＤＭへの登録及び遠隔消去の設定
　(2) 前号の措置が講じられていないモバイル端末を機構外に持ち出してはならない。

４　特定用途機器
　　複合機、ネットワークカメラ、テレビ会議システム等の特定用途機器に係る遵守事項については、現在調査中の設置状況を踏まえ、別途通知します。

５　情報権限管理（ＩＲＭ）
　　要機密情報を含むファイルへのＩＲＭの適用については、本年度の試行結果を踏まえ、来年度に導入の可否を判断します。

６　実施状況の報告
　　各部局長は、上記１から３までの実施状況を、令和８年１２月２５日までに統括情報セキュリティ責任者に報告すること。

７　その他
　　本通知の内容は、次回の対策基準の改正時に対策基準に反映する予定です。それまでの間は、本通知が対策基準の一部として
　　効力を有するものとします。

以上

（担当）情報システム部セキュリティ対策課　内線２２４５
''', {
    'web-encryption': ('covered', ['list', 'wrapped'], '(1) 各部局長は、所管する全てのウェブサイト（外部事業者に運用を委託しているもの及び期間を限って開設するものを含む。）を',
                       'every site, outsourced and temporary ones included, HTTPS only from a date already reached'),
    'email-encryption': ('covered', ['wrapped'], '情報システム部長は、機構のメールサーバと機構外のメールサーバとの通信をＴＬＳにより暗号化するとともに、',
                         'server-to-server TLS plus SPF and DKIM sender authentication'),
    'mobile-devices': ('covered', ['condition', 'list', 'wrapped'], '(1) 職員等は、機構が支給するモバイル端末を、次の措置が講じられている場合に限り、機構の内外を問わず通信回線に接続して',
                       'mobile devices may be connected inside and outside under encryption, MFA, MDM and remote wipe'),
    'iot-devices': ('missing', ['deferral'], '特定用途機器に係る遵守事項については、現在調査中の設置状況を踏まえ、別途通知します。',
                    'special-purpose device rules are put off to a later notice'),
    'drm': ('missing', ['deferral'], '本年度の試行結果を踏まえ、来年度に導入の可否を判断します。',
            'IRM adoption is left to a decision next year'),
    'issue-reporting': ('missing', ['separate-duty'], '各部局長は、上記１から３までの実施状況を、令和８年１２月２５日までに統括情報セキュリティ責任者に報告すること。',
                        'a progress report on this notice, not issues from operation, self-inspection and education to the CISO'),
}, ['web-encryption', 'email-encryption', 'mobile-devices', 'iot-devices', 'drm', 'issue-reporting'])

# ---------------------------------------------------------------- 09 事務連絡: opinions asked on a draft
# considered: web-encryption, email-encryption, mobile-devices, unknown-malware, issue-reporting, promotion-structure, drm
case('09-jimurenraku-ikenshokai.md', '''# 情報セキュリティ対策基準の改正案に対する意見照会について

事務連絡
令和８年１１月１０日

各課室長　殿

総務部情報政策課長

本市情報セキュリティ対策基準については、国の統一基準群の改定内容を踏まえた見直しを進めており、このたび改正案を
取りまとめました。つきましては、下記により改正案に対する御意見を照会しますので、御多忙のところ恐縮ですが、
期限までに御回答くださいますようお願いします。

なお、本件は意見照会であり、改正案の内容は現時点で決定したものではありません。改正が決定するまでの間は、
現行の対策基準によります。

記

１　照会事項
　別添「対策基準改正案の概要」について、所管業務への影響、実施上の課題、必要となる経費の見込み等

２　回答期限
　令和８年１１月２７日（金）

３　回答方法
　別紙回答様式により、電子メールで情報政策課情報セキュリティ担当あてに回答してください。意見がない場合も「意見なし」と回答してください。
　回答様式の「影響の有無」欄は必ず記入してください。

４　今後の予定
　いただいた御意見を踏まえて改正案を修正し、令和９年１月の情報セキュリティ委員会に付議する予定です。
　委員会で決定された場合は、訓令の改正手続を経て、各課室に改めて通知します。

５　改正の背景
　国の統一基準群は、利用者の側に立った対策の強化、業務形態の多様化への対応、自律的な改善の仕組みの整備等の観点から
改定されています。本市の対策基準は、前回の全部改正から相当の期間が経過しており、テレワークの拡大やクラウドサービスの
利用の増加を踏まえた見直しが必要となっています。改正案は、こうした状況を踏まえて情報政策課が取りまとめたものであり、
各課室の業務への影響を把握した上で内容を確定させたいと考えています。

## 別添　対策基準改正案の概要

| 項目 | 改正案の内容 |
|---|---|
| ウェブサイト | 市が開設する全てのウェブサイトをＨＴＴＰＳにより常時暗号化する |
| 電子メール | メールサーバ間の通信を暗号化し、送信ドメイン認証（ＳＰＦ・ＤＫＩＭ）を行う |
| モバイル端末 | 暗号化、多要素認証及び遠隔消去の措置を講じた市貸与端末に限り、庁外での接続・利用を認める |
| 未知の不正プログラム対策 | 端末及びサーバに振る舞い検知により実行を防止する機能を導入する |
| 課題の報告 | 運用、自己点検及び研修を通じて把握した課題を最高情報セキュリティ責任者に報告する |
| 推進体制 | 情報政策課を情報セキュリティ対策推進体制と位置付け、その役割を定める |
| 情報権限管理 | 導入の要否は、他団体の導入状況を踏まえて引き続き検討する（今回の改正では規定しない） |

（注）改正案の施行時期は、意見照会の結果を踏まえて改めてお知らせします。

６　問合せ先
　総務部情報政策課　情報セキュリティ担当　内線３１２０
''', {
    'web-encryption': ('missing', ['table', 'description', 'deferral'], '| ウェブサイト | 市が開設する全てのウェブサイトをＨＴＴＰＳにより常時暗号化する |',
                       'a proposal under consultation; nothing decided'),
    'email-encryption': ('missing', ['table', 'description', 'deferral'], '| 電子メール | メールサーバ間の通信を暗号化し、送信ドメイン認証（ＳＰＦ・ＤＫＩＭ）を行う |',
                         'a proposal under consultation; nothing decided'),
    'mobile-devices': ('missing', ['table', 'description', 'deferral'], '| モバイル端末 | 暗号化、多要素認証及び遠隔消去の措置を講じた市貸与端末に限り、庁外での接続・利用を認める |',
                       'a proposal under consultation; nothing decided'),
    'unknown-malware': ('missing', ['table', 'description', 'deferral'], '| 未知の不正プログラム対策 | 端末及びサーバに振る舞い検知により実行を防止する機能を導入する |',
                        'a proposal under consultation; nothing decided'),
    'issue-reporting': ('missing', ['table', 'description', 'deferral'], '| 課題の報告 | 運用、自己点検及び研修を通じて把握した課題を最高情報セキュリティ責任者に報告する |',
                        'a proposal under consultation; nothing decided'),
    'promotion-structure': ('missing', ['table', 'description', 'deferral'], '| 推進体制 | 情報政策課を情報セキュリティ対策推進体制と位置付け、その役割を定める |',
                            'a proposal under consultation; nothing decided'),
    'drm': ('missing', ['table', 'deferral', 'negation'], '導入の要否は、他団体の導入状況を踏まえて引き続き検討する（今回の改正では規定しない）',
            'even the draft leaves rights management for further study'),
}, ['web-encryption', 'email-encryption', 'mobile-devices', 'unknown-malware', 'issue-reporting',
    'promotion-structure', 'drm'])

# ---------------------------------------------------------------- 10 bilingual 規程: Japanese authentic, English reference
# considered: domain-names, web-encryption, email-encryption, drm, mobile-devices, unknown-malware, issue-reporting
case('10-bilingual-kitei.md', '''# 国立研究開発法人北辰先端科学研究所情報セキュリティ規程 / Information Security Regulations of the Hokushin Institute for Advanced Science

令和７年１０月１日制定 / Established 1 October 2025

本規程は日本語を正文とし、英語は参考訳とする。両者の間に相違がある場合は、日本語による。
These Regulations are authentic in Japanese; the English text is a reference translation. In case of any discrepancy, the Japanese text prevails.

### 第１条（目的） / Article 1 (Purpose)
この規程は、研究所の情報セキュリティ基本方針に基づき、研究所の情報資産を保護するために必要な事項を定める。
These Regulations set out the matters necessary to protect the information assets of the Institute under its Basic Information Security Policy.

### 第２条（責任者） / Article 2 (Responsible persons)
研究所に最高情報セキュリティ責任者を置き、理事長が指名する理事をもって充てる。
The Institute shall have a Chief Information Security Officer, who shall be an Executive Director designated by the President.
２　各研究部門及び事務部門に情報セキュリティ責任者を置き、当該部門の長をもって充てる。
2. Each research and administrative department shall have an Information Security Officer, who shall be the head of the department.

### 第３条（自己点検） / Article 3 (Self-inspection)
情報セキュリティ責任者は、毎年度、所管部門の自己点検を行い、その結果を最高情報セキュリティ責任者に報告しなければならない。
Each Information Security Officer shall conduct a self-inspection of the department every fiscal year and report the results to the Chief Information Security Officer.

### 第８条（ドメイン名） / Article 8 (Domain names)
研究所が開設するウェブサイト及び研究所の電子メールアドレスには、研究所が登録した go.jp ドメイン名を使用しなければならない。
The Institute shall use the go.jp domain name registered by the Institute for its websites and e-mail addresses.

### 第９条（ウェブサイト） / Article 9 (Websites)
研究所が開設する全てのウェブサイトは、ＨＴＴＰＳにより常時暗号化しなければならない。
All websites established by the Institute should be encrypted with HTTPS where possible.

### 第１０条（電子メール） / Article 10 (E-mail)
情報システム管理者は、研究所の電子メールサーバと外部の電子メールサーバとの間の通信を、可能な限り暗号化するよう努める。
The Information Systems Manager shall endeavour to encrypt, as far as possible, communication between the Institute's mail servers and external mail servers.
２　職員等は、要機密情報を含む電子ファイルを研究所外に送付する場合は、当該ファイルにパスワードを設定しなければならない。
2. Staff sending an electronic file containing confidential information outside the Institute shall protect the file with a password.

### 第１１条（モバイル端末） / Article 11 (Mobile devices)
職員等は、研究所が支給するモバイル端末を、記憶領域の暗号化、多要素認証及び遠隔消去の設定を講じた上で、研究所の内外において通信回線に接続し、業務に使用することができる。
Staff may connect Institute-issued mobile devices to networks inside and outside the Institute and use them for work, provided that storage encryption, multi-factor authentication and remote wipe are in place.

### 第１２条（不正プログラム対策） / Article 12 (Malware protection)
情報システム管理者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入しなければならない。
The Information Systems Manager shall install anti-malware software on terminals and servers.
２　振る舞い検知により未知の不正プログラムの実行を防止する製品の導入は、費用対効果を勘案し、当面見合わせる。
2. The introduction of products that prevent the execution of unknown malware through behaviour detection is postponed for the time being, in view of cost-effectiveness.

### 第１３条（委任） / Article 13 (Delegation)
この規程に定めるもののほか、情報セキュリティ対策の実施に関し必要な事項は、最高情報セキュリティ責任者が別に定める。
Other matters necessary for implementing information security measures shall be determined separately by the Chief Information Security Officer.
''', {
    'domain-names': ('covered', ['article', 'english', 'mixed'], '研究所が開設するウェブサイト及び研究所の電子メールアドレスには、研究所が登録した go.jp ドメイン名を使用しなければならない。',
                     'sites and mail addresses must use the Institute\'s go.jp domain'),
    'web-encryption': ('covered', ['article', 'english', 'mixed'], '研究所が開設する全てのウェブサイトは、ＨＴＴＰＳにより常時暗号化しなければならない。',
                       'the authentic Japanese text requires every site always on HTTPS; the weaker English is only a reference translation'),
    'email-encryption': ('outdated', ['article', 'modality', 'english', 'mixed'], '研究所の電子メールサーバと外部の電子メールサーバとの間の通信を、可能な限り暗号化するよう努める。',
                         'server-to-server encryption only "as far as possible" as an effort; no sender authentication'),
    'drm': ('missing', ['article', 'separate-duty'], '当該ファイルにパスワードを設定しなければならない。',
            'password-protected files, not rights management that survives a leak'),
    'mobile-devices': ('covered', ['article', 'condition', 'english', 'mixed'], '職員等は、研究所が支給するモバイル端末を、記憶領域の暗号化、多要素認証及び遠隔消去の設定を講じた上で、',
                       'mobile devices may be connected inside and outside with encryption, MFA and remote wipe'),
    'unknown-malware': ('missing', ['article', 'deferral', 'english', 'mixed'], '振る舞い検知により未知の不正プログラムの実行を防止する製品の導入は、費用対効果を勘案し、当面見合わせる。',
                        'behaviour-based prevention is put off'),
    'issue-reporting': ('missing', ['article', 'separate-duty', 'english', 'mixed'], '所管部門の自己点検を行い、その結果を最高情報セキュリティ責任者に報告しなければならない。',
                        'only self-inspection results are reported'),
}, ['domain-names', 'web-encryption', 'email-encryption', 'drm', 'mobile-devices', 'unknown-malware',
    'issue-reporting'])

# ---------------------------------------------------------------- 11 遵守事項 table: 基本対策 / 推奨対策 / 対象
# considered: unknown-malware, it-asset-management, web-encryption, email-encryption, drm, mobile-devices, iot-devices,
# issue-reporting, promotion-structure
case('11-junshu-jiko-table.md', '''# 湖東市情報セキュリティ対策基準　別表第１（遵守事項一覧）

令和８年４月１日改正

## 別表第１の見方

１　この表は、湖東市情報セキュリティ対策基準第８条の規定により、各課等が講ずべき対策を一覧にしたものである。
２　「基本対策」欄に掲げる対策は、「対象」欄に掲げるものについて、各課等が必ず実施しなければならない。
３　「推奨対策」欄に掲げる対策は、各課等が実施に努めるものとし、実施の有無は各課等の判断による。
４　「—」は、該当する対策がないことを示す。
５　各課等は、年度当初に、推奨対策の実施予定を情報政策課に届け出る。

## 遵守事項一覧

| 区分 | 基本対策 | 推奨対策 | 対象 |
|---|---|---|---|
| パスワード | １２文字以上とし、他のシステムと使い回さない | パスワード管理ツールを利用する | 全職員 |
| 不正プログラム対策 | 定義ファイル型の不正プログラム対策ソフトウェアを導入し、定義ファイルを毎日更新する | プログラムの振る舞いから未知の不正プログラムを検知し、その実行を防止する機能を導入する | 全ての端末及びサーバ装置 |
| ソフトウェアの管理 | 導入したソフトウェアを台帳に記録し、年１回棚卸しを行う | ＩＴ資産管理ソフトウェアにより、ソフトウェアの名称及び版数を自動的に収集する | 全ての端末及びサーバ装置 |
| ウェブサイト | 個人情報を入力させるページをＴＬＳにより暗号化する | 全てのページをＨＴＴＰＳにより常時暗号化する | 市が開設するウェブサイト |
| 電子メール | ＳＰＦレコードを公開する | 電子メールサーバ間の通信をＴＬＳにより暗号化し、ＤＫＩＭによる署名を行う | 市のメールサーバ |
| 要機密情報ファイル | 外部送付時にパスワードを設定する | — | 全職員 |
| モバイル端末 | 庁外への持出し及び庁外の通信回線への接続を禁止する | — | 全ての市貸与端末 |
| 特定用途機器 | （今後定める） | — | 複合機、ネットワークカメラ、庁舎管理設備 |
| バックアップ | 業務データを週１回以上取得する | 世代管理を行い、遠隔地に保管する | 全ての業務システム |
| 自己点検 | 年１回実施し、結果を情報政策課に報告する | — | 全ての課等 |
| 情報セキュリティ対策推進体制 | — | — | — |

## 備考

１　この表の改正は、情報政策課が案を作成し、最高情報セキュリティ責任者が決定する。
２　対象欄の「全ての端末及びサーバ装置」には、指定管理者に貸与する端末を含む。
３　推奨対策を実施しない課等は、その理由を届出書に記載する。
''', {
    'unknown-malware': ('covered', ['table', 'modality'], 'プログラムの振る舞いから未知の不正プログラムを検知し、その実行を防止する機能を導入する',
                        'behaviour-based prevention on all terminals and servers as an effort item; effort wording is normal for a recommended item'),
    'it-asset-management': ('covered', ['table', 'modality', 'mixed'], 'ＩＴ資産管理ソフトウェアにより、ソフトウェアの名称及び版数を自動的に収集する',
                            'automatic collection on all terminals and servers as an effort item beside the basic ledger'),
    'web-encryption': ('outdated', ['table', 'modality', 'scope', 'mixed'], '| ウェブサイト | 個人情報を入力させるページをＴＬＳにより暗号化する | 全てのページをＨＴＴＰＳにより常時暗号化する |',
                       'only personal-data pages are mandatory; all pages only as an effort'),
    'email-encryption': ('outdated', ['table', 'modality', 'mixed'], '電子メールサーバ間の通信をＴＬＳにより暗号化し、ＤＫＩＭによる署名を行う',
                         'SPF mandatory; transport encryption and DKIM only as an effort'),
    'drm': ('missing', ['table', 'separate-duty'], '| 要機密情報ファイル | 外部送付時にパスワードを設定する |',
            'password on files, not rights management'),
    'mobile-devices': ('outdated', ['table', 'negation', 'old-form'], '庁外への持出し及び庁外の通信回線への接続を禁止する',
                       'blanket ban on taking devices out: information-level note'),
    'iot-devices': ('missing', ['table', 'label', 'deferral'], '| 特定用途機器 | （今後定める） |',
                    'a row with a placeholder for a body'),
    'issue-reporting': ('missing', ['table', 'separate-duty'], '年１回実施し、結果を情報政策課に報告する',
                        'self-inspection results to a division; no issues to the CISO'),
    'promotion-structure': ('missing', ['table', 'label'], '| 情報セキュリティ対策推進体制 | — | — | — |',
                            'a row naming the structure with nothing in it'),
}, ['unknown-malware', 'it-asset-management', 'web-encryption', 'email-encryption', 'drm', 'mobile-devices',
    'iot-devices', 'issue-reporting', 'promotion-structure'])

# ---------------------------------------------------------------- 12 統一基準 terms used densely; several only defined or headings
# considered: web-encryption, improvement-instructions, promotion-structure, iot-devices, mobile-devices,
# it-asset-management, drm, issue-reporting, unknown-malware
case('12-term-dense-taisaku.md', '''# 独立行政法人国土基盤情報センター情報セキュリティ対策基準

令和８年４月１日　理事長決定

## 第1部 総則

### 1.1 目的・適用範囲
(1) 本対策基準は、独立行政法人国土基盤情報センター（以下「センター」という。）の情報セキュリティ基本方針に基づき、
センターの情報及び情報システムの情報セキュリティを確保するための対策の基準を定める。
(2) 本対策基準は、センターの職員等及びセンターが管理する全ての情報システムに適用する。

### 1.3 用語定義
(1) 「要管理対策区域」とは、センターの管理下にある区域であって、取り扱う情報を保護するために、施設及び環境に係る対策が必要な区域をいう。
(2) 「特定用途機器」とは、テレビ会議システム、ＩＰ電話システム、ネットワークカメラシステム、入退館管理システム等の特定の用途に使用される情報システム特有の構成要素であって、通信回線に接続されている、又は電磁的記録媒体を内蔵しているものをいう。
(3) 「情報セキュリティ対策推進体制」とは、センターの情報セキュリティ対策の推進に係る事務を遂行するための体制をいう。
(4) 「統括情報セキュリティ責任者」とは、最高情報セキュリティ責任者を補佐し、センターの情報セキュリティ対策を統括する者をいう。
(5) 「モバイル端末」とは、端末のうち、業務上の必要に応じて移動させて使用することを目的としたものをいい、端末の形態は問わない。
(6) 「ＩＴ資産管理ソフトウェア」とは、端末及びサーバ装置にインストールされたソフトウェアの情報を自動的に収集し、管理するソフトウェアをいう。
(7) 「情報権限管理」とは、電子ファイルに利用者ごとの閲覧、印刷、複製等の権限を付与し、ファイルがどこにあってもその権限に従ってのみ利用できるようにする仕組みをいう。

## 第2部 情報セキュリティ対策の基本的枠組み

### 2.1.1 組織・体制の整備
(1) 最高情報セキュリティ責任者の設置
　(a) センターに、最高情報セキュリティ責任者１人を置くこと。
(2) 統括情報セキュリティ責任者の設置
　(a) 最高情報セキュリティ責任者は、情報システム部長を統括情報セキュリティ責任者に指名すること。
(3) 情報セキュリティ対策推進体制の整備

(4) 情報セキュリティ責任者の設置
　(a) 統括情報セキュリティ責任者は、各部の長を情報セキュリティ責任者に指名すること。

### 2.3.1 自己点検
(1) 自己点検の実施
　(a) 情報セキュリティ責任者は、所管する部署における自己点検を毎年度実施し、その結果を統括情報セキュリティ責任者に報告すること。

### 2.4.1 情報セキュリティ対策の見直し
(1) 改善の指示
　(a) 最高情報セキュリティ責任者は、自己点検及び情報セキュリティ監査の結果等を踏まえ、組織横断的な改善事項については統括情報セキュリティ責任者に、部署固有の改善事項については当該部署の情報セキュリティ責任者に、それぞれ改善を指示することができる。

## 第3部 情報の取扱い

### 3.2.1 情報を取り扱う区域
(1) 要管理対策区域における対策
　(a) 統括情報セキュリティ責任者は、要管理対策区域の範囲を定め、入退館の管理その他の物理的な対策を講ずること。
　(b) 職員等は、要管理対策区域に部外者を立ち入らせる場合は、職員等が同行すること。

## 第6部 情報システムのセキュリティ要件

### 6.2.1 ソフトウェアに関する脆弱性対策
(1) 情報システムセキュリティ責任者は、サーバ装置及び端末にインストールされているソフトウェアについて、脆弱性対策を講ずること。

### 6.2.2 不正プログラム対策
(1) 不正プログラム対策の実施
　(a) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入すること。
(2) 未知の不正プログラム対策
　（本項は検討中）

## 第7部 情報システムの構成要素

### 7.1.1 端末
(1) 情報システムセキュリティ責任者は、端末で利用を認めるソフトウェアを定め、それ以外のソフトウェアを利用させないこと。

### 7.1.3 特定用途機器

### 7.2.2 ウェブ
(1) ウェブサーバの導入・運用時の対策
　(a) 情報システムセキュリティ責任者は、センターが運用する全てのウェブサイトについて、ＴＬＳによる常時暗号化を行うこと。
''', {
    'web-encryption': ('covered', ['list'], '情報システムセキュリティ責任者は、センターが運用する全てのウェブサイトについて、ＴＬＳによる常時暗号化を行うこと。',
                       'every site always encrypted'),
    'improvement-instructions': ('outdated', ['modality', 'list'], 'それぞれ改善を指示することができる。',
                                 'the split instructions are only a permission (できる), not a duty'),
    'promotion-structure': ('missing', ['heading', 'definition'], '(3) 情報セキュリティ対策推進体制の整備',
                            'the structure is defined and has a heading, but the heading has no body'),
    'iot-devices': ('missing', ['heading', 'definition'], '### 7.1.3 特定用途機器',
                    'special-purpose devices are defined and given an empty heading only'),
    'mobile-devices': ('missing', ['definition'], '(5) 「モバイル端末」とは、端末のうち、業務上の必要に応じて移動させて使用することを目的としたものをいい',
                       'mobile devices only defined'),
    'it-asset-management': ('missing', ['definition'], '(6) 「ＩＴ資産管理ソフトウェア」とは、',
                            'asset-management software only defined; 6.2.1 says nothing about it'),
    'drm': ('missing', ['definition'], '(7) 「情報権限管理」とは、',
            'rights management only defined'),
    'issue-reporting': ('missing', ['separate-duty', 'list'], '所管する部署における自己点検を毎年度実施し、その結果を統括情報セキュリティ責任者に報告すること。',
                        'self-inspection results to the 統括; no issues to the CISO'),
    'unknown-malware': ('missing', ['heading', 'deferral'], '(2) 未知の不正プログラム対策',
                        'a heading whose body says the item is under study'),
}, ['web-encryption', 'improvement-instructions', 'promotion-structure', 'iot-devices', 'mobile-devices',
    'it-asset-management', 'drm', 'issue-reporting', 'unknown-malware'])

# ---------------------------------------------------------------- 13 national agency acceptable-use policy (English)
# considered: mobile-devices, unknown-malware, email-encryption, drm, issue-reporting, web-encryption
case('13-agency-acceptable-use-en.md', '''# Acceptable Use Policy for ICT Resources

Japan Agency for Fisheries Inspection (Incorporated Administrative Agency)
Policy IS-07, version 2.1 — approved by the Chief Information Security Officer on 1 April 2026

## 1. Purpose and scope

This Policy tells everyone who uses the Agency's computers, phones, networks, e-mail and cloud services what they
may and may not do. It applies to officers, employees, temporary staff and contractors who are given an Agency
account ("users"). It sits under the Agency's Information Security Measures Standard; where the two differ, the
Standard prevails.

## 2. General principles

2.1 Agency ICT resources are provided for Agency business. Limited personal use is allowed if it does not interfere
with your work, cost the Agency money, or break the law or this Policy.
2.2 You are responsible for everything done with your account. Never share your password or your authentication
token, and never sign in on behalf of someone else.
2.3 Lock your screen whenever you leave your desk.

## 3. Devices you are issued

3.1 The Agency issues each user a laptop and, where the job requires it, a smartphone.
3.2 You may use your Agency laptop or smartphone at home, on business trips and on public or hotel networks, provided that:
   (a) the device is enrolled in the Agency's device management service;
   (b) its storage is encrypted (IT Services sets this up; do not turn it off);
   (c) you sign in with multi-factor authentication; and
   (d) you reach Agency systems only through the Agency VPN.
3.3 If a device is lost or stolen, report it to the IT Service Desk at once so that it can be wiped remotely.
3.4 Personal devices must not be used to store Agency information.

## 4. Software

4.1 Do not install software yourself. Ask the IT Service Desk, which installs only software on the approved list.
4.2 Do not disable or uninstall the anti-virus software. It scans files when they are opened and updates its signatures several times a day.
4.3 Do not connect USB storage devices other than those issued by the Agency.

## 5. E-mail

5.1 Use only your Agency e-mail account for Agency business. Do not forward Agency mail automatically to personal accounts.
5.2 When you send mail outside the Agency, a confirmation window lists the external recipients. Check them before you press Send.
5.3 Never open attachments or links you did not expect. If in doubt, ask the sender by phone.

## 6. Documents and information

6.1 Label documents according to the Information Classification Standard (PUBLIC, INTERNAL, SENSITIVE).
6.2 Documents labelled SENSITIVE may carry rights-management protection applied by their owner. Do not try to remove or bypass it.
6.3 Store Agency documents only in Agency file shares and the Agency's approved cloud storage.

## 7. Internet use

7.1 Do not visit sites that are illegal, offensive or that the web filter blocks.
7.2 Never type your Agency password into a site that is not an Agency site or an approved cloud service.

## 8. Reporting

8.1 Report at once to the IT Service Desk: lost or stolen devices, suspicious e-mail, messages from the anti-virus software, and any other security concern.

## 9. Monitoring and breaches

9.1 The Agency logs the use of its systems to protect them. Logs are reviewed only for security and legal purposes.
9.2 Breaches of this Policy may lead to withdrawal of access and to disciplinary action.
''', {
    'mobile-devices': ('covered', ['english', 'condition', 'list'], '3.2 You may use your Agency laptop or smartphone at home, on business trips and on public or hotel networks, provided that:',
                       'issued devices may be used on outside networks under MDM, encryption, MFA and VPN'),
    'unknown-malware': ('missing', ['english', 'separate-duty'], '4.2 Do not disable or uninstall the anti-virus software. It scans files when they are opened and updates its signatures several times a day.',
                        'signature antivirus only; no behaviour-based prevention'),
    'email-encryption': ('missing', ['english', 'separate-duty'], '5.2 When you send mail outside the Agency, a confirmation window lists the external recipients.',
                         'a mis-sending check, not mail encryption or sender authentication'),
    'drm': ('missing', ['english', 'modality'], '6.2 Documents labelled SENSITIVE may carry rights-management protection applied by their owner.',
            'rights management is optional ("may carry"); users are only told not to remove it'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], '8.1 Report at once to the IT Service Desk: lost or stolen devices, suspicious e-mail,',
                        'incident reporting to the service desk, not issues to the CISO'),
    'web-encryption': ('missing', ['english', 'separate-duty'], '7.2 Never type your Agency password into a site that is not an Agency site or an approved cloud service.',
                       'a user rule on where to type passwords; nothing on encrypting the Agency\'s websites'),
}, ['mobile-devices', 'unknown-malware', 'email-encryption', 'drm', 'issue-reporting', 'web-encryption'])

# ---------------------------------------------------------------- 14 city IT security standard with an exceptions register (English)
# considered: promotion-structure, issue-reporting, improvement-instructions, unknown-malware, email-encryption,
# web-encryption, iot-devices
case('14-city-it-standard-exceptions-en.md', '''# City of Harborview — IT Security Standard ITS-02

Owner: Chief Information Security Officer, Department of Technology
Version 4.0 — effective 1 July 2025
Applies to: all City departments, boards and commissions that use City IT resources

## 1. Purpose

This Standard sets the minimum security controls for City information systems. Departments may apply stricter
controls. Terms in capitals are defined in the City Information Security Policy.

## 2. Roles

2.1 The Chief Information Security Officer (CISO) approves this Standard and any exception to it.
2.2 The Information Security Office (ISO), within the Department of Technology, is the unit that drives the City's security programme. Its duties are to:
  - maintain this Standard and the supporting procedures;
  - plan and track the annual security work plan with departments;
  - run security awareness training;
  - coordinate self-assessments and incident response.
2.3 Each department head appoints a Department Security Liaison.
2.4 Department heads shall report to the CISO the problems they identify in operating this Standard, in their annual self-assessment and in security training.
2.5 On those reports, the CISO shall direct City-wide improvements to the ISO and improvements specific to one department to that department's head.

## 3. Endpoints and servers

3.1 All City workstations, laptops and servers shall run the City's endpoint detection and response (EDR) agent in blocking mode, so that programs behaving maliciously, including previously unknown malware, are stopped before they run further.
3.2 Signature-based antivirus remains enabled alongside EDR.
3.3 Operating-system security updates shall be applied within 14 days of release.

## 4. E-mail and web

4.1 The City mail gateway shall use TLS (STARTTLS) for all server-to-server connections, shall publish SPF, sign outgoing mail with DKIM, and publish a DMARC policy.
4.2 All City websites shall be served over HTTPS only; requests over HTTP shall be redirected to HTTPS.

## 5. Connected devices

5.1 Cameras, sensors, parking meters, building controllers and other connected devices are outside the scope of this Standard. They are managed by the Department of Facilities under its own procedures.

## 6. Exceptions

6.1 A department that cannot meet a requirement may request an exception. The CISO may approve an exception for up to 12 months if compensating controls are in place. Approved exceptions are recorded in the Exceptions Register below and reviewed every quarter.
6.2 A standing exception may be approved by the CISO where meeting the requirement is outside the City's control.

### Exceptions Register (as of 1 October 2026)

| ID | Scope | Requirement | Exception granted | Compensating control | Expires |
|---|---|---|---|---|---|
| EX-11 | SCADA HMI workstations at the Eastside water plant (4 devices) | 3.1 | EDR not installed (vendor support) | Application allow-listing; isolated network | 2027-06-30 |
| EX-14 | All websites hosted by third-party vendors on behalf of City departments | 4.2 | May be served over HTTP | None | No expiry (standing exception) |
| EX-15 | Library catalogue kiosks (22 devices) | 3.1 | EDR replaced by kiosk lockdown | Read-only image, nightly reset | 2027-03-31 |
| EX-17 | Fire dispatch consoles (6 devices) | 3.3 | Updates within 30 days | Segmented network | 2027-01-31 |
''', {
    'promotion-structure': ('covered', ['english', 'list', 'paraphrase'], '2.2 The Information Security Office (ISO), within the Department of Technology, is the unit that drives the City\'s security programme.',
                            'a named office drives the programme, with its duties listed'),
    'issue-reporting': ('covered', ['english', 'paraphrase'], '2.4 Department heads shall report to the CISO the problems they identify in operating this Standard, in their annual self-assessment and in security training.',
                        'problems from operation, self-assessment and training reported to the CISO'),
    'improvement-instructions': ('covered', ['english', 'paraphrase'], '2.5 On those reports, the CISO shall direct City-wide improvements to the ISO and improvements specific to one department to that department\'s head.',
                                 'City-wide and department-specific improvements directed to the right person'),
    'unknown-malware': ('covered', ['english', 'table', 'mixed'], '3.1 All City workstations, laptops and servers shall run the City\'s endpoint detection and response (EDR) agent in blocking mode,',
                        'behaviour-based blocking on all terminals and servers; two time-limited register entries with compensating controls do not undo it'),
    'email-encryption': ('covered', ['english'], '4.1 The City mail gateway shall use TLS (STARTTLS) for all server-to-server connections, shall publish SPF, sign outgoing mail with DKIM, and publish a DMARC policy.',
                         'server-to-server TLS plus sender authentication'),
    'web-encryption': ('outdated', ['english', 'table', 'exclusion', 'scope', 'mixed'], '| EX-14 | All websites hosted by third-party vendors on behalf of City departments | 4.2 | May be served over HTTP |',
                       'a standing exception lets a whole class of City sites stay on HTTP: only some sites are encrypted'),
    'iot-devices': ('missing', ['english', 'exclusion'], '5.1 Cameras, sensors, parking meters, building controllers and other connected devices are outside the scope of this Standard.',
                    'connected devices are excluded from the standard'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'email-encryption',
    'web-encryption', 'iot-devices'])

# ---------------------------------------------------------------- 15 university endpoint standard (English)
# considered: unknown-malware, it-asset-management, mobile-devices, domain-names, iot-devices, email-encryption
case('15-university-endpoint-standard-en.md', '''# Kitami National University — Endpoint Security Standard

National University Corporation Kitami National University
Standard ENS-1, issued by the Chief Information Security Officer under Article 12 of the University Information Security Regulations
Effective 1 April 2026

## 1. Scope

1.1 This Standard applies to every endpoint owned by the University: desktop and laptop computers, tablets, and
the servers operated by faculties, research institutes and administrative offices.
1.2 Personally owned devices of students and staff are covered by the BYOD Guideline and not by this Standard.
1.3 "Department IT contact" means the person each faculty, institute or office names to the Information Media Center.

## 2. Malware protection

2.1 Every endpoint shall run the University's managed endpoint protection platform with behavioural detection enabled. The platform stops processes that behave maliciously, including unknown malware, before they can run further.
2.2 Users shall not disable, pause or uninstall the endpoint protection agent.
2.3 Alerts are triaged by the Information Media Center within one working day.

## 3. Software inventory

3.1 Each department's IT contact shall keep a spreadsheet listing the software installed on the department's endpoints, and shall update it at the start of each semester by checking each machine.
3.2 The spreadsheet shall record the product name, version and licence of each item of software.

## 4. Updates

4.1 Operating systems and applications shall be kept within vendor support.
4.2 Security updates rated critical shall be applied within 7 days, others within 30 days.

## 5. Mobile use

5.1 University-owned laptops and tablets may be used off campus and connected to any network, including home and public Wi-Fi, provided that full-disk encryption, multi-factor sign-in and remote wipe are enabled and the device is enrolled in the University device management service.
5.2 Lost or stolen devices shall be reported to the Information Media Center within 24 hours.

## 6. Directory and naming

6.1 Windows endpoints shall be joined to the University's directory domain (ad.kitami-u.ac.jp) and named according to the convention DEPT-TYPE-NNNN.

## 7. Laboratory and connected devices

7.1 Laboratory instruments and other connected devices (for example data loggers, 3D printers, IoT sensor kits and network cameras) should be placed on an isolated laboratory VLAN where practicable, and their default passwords should be changed.

## 8. E-mail clients

8.1 Mail clients on endpoints shall connect to the University mail service over TLS only (IMAPS, and SMTP submission with STARTTLS).

## 9. Configuration baseline

9.1 Endpoints shall be built from the baseline images published by the Information Media Center.
9.2 Local administrator rights are given only to named staff who need them, and are reviewed every year.
9.3 Screens shall lock automatically after 10 minutes without use.

## 10. Removable media and disposal

10.1 Removable storage that holds confidential research data shall be encrypted.
10.2 Endpoints that leave University use shall have their storage erased with a method approved by the Information
Media Center, or be physically destroyed, and the erasure shall be recorded.

## 11. Review

11.1 The Information Media Center reviews this Standard every year and reports proposed changes to the CISO.
''', {
    'unknown-malware': ('covered', ['english', 'paraphrase'], '2.1 Every endpoint shall run the University\'s managed endpoint protection platform with behavioural detection enabled.',
                        'behaviour-based prevention on every endpoint, which by 1.1 includes servers'),
    'it-asset-management': ('outdated', ['english', 'old-form'], '3.1 Each department\'s IT contact shall keep a spreadsheet listing the software installed on the department\'s endpoints,',
                            'a manually checked spreadsheet each semester, the old form of automatic collection'),
    'mobile-devices': ('covered', ['english', 'condition'], '5.1 University-owned laptops and tablets may be used off campus and connected to any network,',
                       'off-campus use on any network with encryption, MFA, remote wipe and MDM'),
    'domain-names': ('missing', ['english', 'separate-duty'], '6.1 Windows endpoints shall be joined to the University\'s directory domain (ad.kitami-u.ac.jp)',
                     'a directory domain for joining PCs, not a rule on website or e-mail domain names'),
    'iot-devices': ('outdated', ['english', 'modality'], 'should be placed on an isolated laboratory VLAN where practicable, and their default passwords should be changed.',
                    'connected devices named with measures, but only as should / where practicable'),
    'email-encryption': ('missing', ['english', 'scope'], '8.1 Mail clients on endpoints shall connect to the University mail service over TLS only',
                         'client-to-server TLS only; no server-to-server encryption or sender authentication'),
}, ['unknown-malware', 'it-asset-management', 'mobile-devices', 'domain-names', 'iot-devices', 'email-encryption'])

# ---------------------------------------------------------------- 16 state e-mail and web standard, phased deadlines (English)
# considered: web-encryption, email-encryption, drm, unknown-malware, issue-reporting, domain-names
case('16-state-email-web-phased-en.md', '''# State of Westmark — Email and Web Security Standard (ICT-STD-12)

Version 3.0 — issued 1 July 2026 by the State Chief Information Security Officer
Applies to: all executive-branch agencies of the State of Westmark and to contractors operating websites or mail services on their behalf

## 1. Purpose

Residents must be able to trust that a website or an e-mail that claims to come from a State agency really does,
and that what they send to the State cannot be read or changed on the way. This Standard sets the controls that
make this possible, and the dates by which each control applies.

Terms used in this Standard:

- "Agency website" means any website that an agency operates or that is operated for it, whatever its domain name.
- "Agency mail server" means any server that sends or receives e-mail for an agency mail domain, including cloud
  mail services used by the agency.

## 2. Phased implementation

This Standard is implemented in three phases. Each requirement is mandatory from the deadline of its phase.

| Phase | Deadline | Requirements |
|---|---|---|
| 1 | 31 March 2025 (passed) | W-1, W-3, M-1 |
| 2 | 31 March 2026 (passed) | M-2, M-3 |
| 3 | by FY2028 (31 March 2029) | M-4 and the items in section 6 |

Versions 1 and 2 of this Standard set the same Phase 1 and Phase 2 deadlines; version 3 adds section 6.

## 3. Web requirements

W-1 All agency websites shall be served over HTTPS only, with HTTP Strict Transport Security (HSTS) enabled.
W-2 Exception: static archive websites that are scheduled for decommissioning before 31 March 2028 may continue to be served over HTTP until they are decommissioned.
W-3 TLS 1.2 or higher shall be used; TLS 1.0 and 1.1 shall be disabled.

## 4. Email requirements

M-1 Every agency mail domain shall publish an SPF record ending in "-all".
M-2 Agency mail servers shall use TLS (STARTTLS) for all connections with other mail servers, inbound and outbound.
M-3 Agency mail servers shall sign all outgoing mail with DKIM using a key of at least 2048 bits.
M-4 Agencies shall publish a DMARC policy of p=reject.

## 5. Reporting

5.1 Each agency shall report its progress against each phase to the State CISO every quarter, using the dashboard template.
5.2 The State CISO publishes a summary of agency progress twice a year.

## 6. Phase 3 items to be specified

6.1 Rights management for documents classified Sensitive: requirements will be set in version 4 of this Standard, before FY2028.
6.2 Sandboxing of e-mail attachments at the mail gateway: agencies should evaluate options by FY2028.

## 7. Compliance

7.1 Agency Chief Information Officers are accountable for meeting this Standard in their agency.
7.2 The State CISO's office scans agency websites and mail domains every month and sends each agency its results.
7.3 An agency that expects to miss a deadline shall tell the State CISO at least 60 days before it, with a recovery plan.

## 8. Contacts

Questions about this Standard: Office of the State CISO, Cyber Policy Unit.
''', {
    'web-encryption': ('outdated', ['english', 'exclusion', 'scope'], 'W-2 Exception: static archive websites that are scheduled for decommissioning before 31 March 2028 may continue to be served over HTTP',
                       'HTTPS everywhere in force, but a class of archive sites may stay on HTTP: not every site'),
    'email-encryption': ('covered', ['english', 'list'], 'M-2 Agency mail servers shall use TLS (STARTTLS) for all connections with other mail servers, inbound and outbound.',
                         'server-to-server TLS and DKIM in force since a passed deadline, with SPF'),
    'drm': ('missing', ['english', 'deferral'], '6.1 Rights management for documents classified Sensitive: requirements will be set in version 4 of this Standard, before FY2028.',
            'rights management left to a future version'),
    'unknown-malware': ('missing', ['english', 'deferral', 'modality'], '6.2 Sandboxing of e-mail attachments at the mail gateway: agencies should evaluate options by FY2028.',
                        'only a future evaluation of gateway sandboxing'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], '5.1 Each agency shall report its progress against each phase to the State CISO every quarter',
                        'progress reporting on the phases, not issues from operation, self-inspection and training'),
    'domain-names': ('missing', ['english', 'definition'], '- "Agency website" means any website that an agency operates or that is operated for it, whatever its domain name.',
                     'domain names appear only in a definition that sets no rule on them'),
}, ['web-encryption', 'email-encryption', 'drm', 'unknown-malware', 'issue-reporting', 'domain-names'])

# ---------------------------------------------------------------- 17 council mobile-device procedure (English)
# considered: mobile-devices, iot-devices, it-asset-management, email-encryption
case('17-council-mobile-procedure-en.md', '''# Riverside District Council — Mobile Device Procedure

Procedure ICT-P-09 | Owner: Head of ICT | Approved: Information Governance Board, 14 May 2026 | Review: May 2027

## 1. Purpose

This procedure sets out how Council-issued smartphones, tablets and laptops are requested, issued, used, looked
after and returned, so that Council information on them stays safe wherever staff work.

## 2. Scope

2.1 This procedure applies to all Council employees, elected members and agency workers who are issued a Council mobile device.
2.2 It does not cover CCTV cameras, smart building devices or car-park sensors, which are managed by Property Services.
2.3 Personally owned devices are covered by the Bring Your Own Device Procedure.

## 3. Issuing a device

Step 1 — The line manager submits a request through the ICT self-service portal, stating the business need.
Step 2 — ICT records the device in the asset register with its serial number, IMEI and the name of the user.
Step 3 — ICT enrols the device in Microsoft Intune, enables device encryption, sets a six-digit PIN or biometric lock, and installs the Always On VPN profile.
Step 4 — The user signs the Mobile Device Agreement and collects the device from the ICT service desk.

## 4. Using a device away from Council offices

4.1 Council mobile devices may be used at home, at other sites and while travelling, and may be connected to home broadband, mobile data and public Wi-Fi, provided that the device remains enrolled in Intune, its encryption and PIN or biometric lock stay enabled, and Council systems are reached only through the Always On VPN.
4.2 Do not leave a device unattended in a vehicle or public place.
4.3 Do not let family members or others use the device.
4.4 Devices used abroad need the prior agreement of the Head of ICT.

## 4A. Apps

4A.1 Apps are installed only from the Company Portal. Apps from the public app store may be requested through the
ICT self-service portal and are added to the Company Portal if approved.
4A.2 Do not install apps that copy or back up Council data to a personal cloud account.
4A.3 Keep the operating system and apps up to date; Intune will prompt you when an update is due.

## 5. E-mail on mobile devices

5.1 Council e-mail on smartphones and tablets is accessed only through the Outlook app; the app's connection to the Council mail service is encrypted.
5.2 Do not add personal e-mail accounts to a Council device.

## 6. Lost or stolen devices

6.1 Report the loss to the ICT service desk straight away, and in any case within one hour of noticing it.
6.2 ICT wipes the device remotely through Intune and records the incident.
6.3 If the device may have held personal data, the Data Protection Officer is told the same day.

## 7. Returning a device

7.1 Devices are returned to ICT when the user leaves the Council or changes role.
7.2 ICT wipes the device, updates the asset register and reissues or disposes of it.
7.3 Damaged devices are returned in the same way; do not take them to a third-party repair shop.

## 8. Breaches of this procedure

Failure to follow this procedure may lead to the device being withdrawn and to action under the Council's
disciplinary policy. Questions about this procedure go to the ICT service desk.
''', {
    'mobile-devices': ('covered', ['english', 'condition'], '4.1 Council mobile devices may be used at home, at other sites and while travelling,',
                       'use away from offices on any network under MDM, encryption, lock and VPN'),
    'iot-devices': ('missing', ['english', 'exclusion'], '2.2 It does not cover CCTV cameras, smart building devices or car-park sensors, which are managed by Property Services.',
                    'connected devices excluded from this procedure'),
    'it-asset-management': ('missing', ['english', 'separate-duty', 'list'], 'Step 2 — ICT records the device in the asset register with its serial number, IMEI and the name of the user.',
                            'hardware recorded at issue; no software information collected'),
    'email-encryption': ('missing', ['english', 'scope'], '5.1 Council e-mail on smartphones and tablets is accessed only through the Outlook app;',
                         'only the app-to-service connection is encrypted; no server-to-server encryption or sender authentication'),
}, ['mobile-devices', 'iot-devices', 'it-asset-management', 'email-encryption'])

# ---------------------------------------------------------------- 18 short board-approved policy statement (English)
# considered: promotion-structure, issue-reporting, improvement-instructions
case('18-board-policy-statement-en.md', '''# Information Security Policy Statement

Northern Coast Regional Water Authority
Approved by the Board on 26 March 2026 — signed by the Chair of the Board and the Chief Executive

## Our commitment

The Authority supplies drinking water to more than 400,000 people and holds information about customers, staff and
suppliers. We depend on our information systems and on the control systems that run our treatment works. The Board
is committed to protecting the confidentiality, integrity and availability of this information and of these systems,
and to meeting the law and the expectations of our regulators.

This Statement sets out who is responsible for information security. The controls themselves are set out in the
Authority's information security standards and procedures, which all staff and contractors must follow.

## Scope

This Statement applies to all information held or processed by the Authority or on its behalf, in any form, and to
all of the Authority's information and operational technology systems, wherever they are located. It applies to
Board members, staff, contractors, agency workers and suppliers who have access to the Authority's information.

## Our principles

- We protect information in proportion to its value and to the harm that its loss would cause.
- We identify, assess and treat information-security risks, and we record the risks we accept.
- We make sure that staff and contractors understand their duties, through induction and yearly training.
- We expect our suppliers to protect our information at least as well as we do, and we say so in our contracts.
- We plan for disruption, so that water supply and the services our customers rely on continue during an incident.
- We learn from incidents and near misses, and we change how we work when they show us a weakness.
- We comply with the law on data protection, network and information systems, and critical infrastructure.

## Responsibilities

- The Board sets the Authority's appetite for information-security risk and approves this Statement.
- The Chief Executive is accountable to the Board for information security.
- The Chief Information Security Officer (CISO) leads the information security programme and advises the Chief Executive.
- The Audit and Risk Committee receives the annual internal audit report on information security and reports to the Board.
- Directors are responsible for information security in their directorates and for making sure their staff are trained.
- Managers make sure their teams follow the standards and procedures.
- All staff and contractors protect the information they handle and report security incidents and weaknesses promptly.

## Information Security Promotion Structure

The membership and terms of reference of the structure that will drive the information security programme will be set out in the Information Security Framework, to be issued.

## Review

The CISO reviews this Statement every year and proposes any changes to the Board.

Signed:
Chair of the Board
Chief Executive
''', {
    'promotion-structure': ('missing', ['english', 'heading', 'deferral'], 'The membership and terms of reference of the structure that will drive the information security programme will be set out in the Information Security Framework, to be issued.',
                            'a heading whose body defers the structure to a document not yet issued'),
    'issue-reporting': ('missing', ['english', 'separate-duty', 'list'], 'The Audit and Risk Committee receives the annual internal audit report on information security and reports to the Board.',
                        'an audit report to a committee, not issues reported to the CISO'),
    'improvement-instructions': ('missing', ['english', 'separate-duty'], 'The CISO reviews this Statement every year and proposes any changes to the Board.',
                                 'the CISO proposes changes to the Board; no improvements instructed to responsible persons'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions'])

write_set(D, C)
