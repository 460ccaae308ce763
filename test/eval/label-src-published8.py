# Source of the blind set test/fixtures/published8/ (collected published regulations, labels written blind).
# Texts: the stored opening of each public page (search tool, corpus "pages"), converted to Markdown without changing
# its words; what was cut is recorded in manifest.json (manifest-src-published8.py). Publishers are not in the
# worktree's .used-publishers.txt (a different department of a listed body counts as listed). Eleven Japanese texts
# (city 対策基準 chapter, town-council tablet rules, a metropolitan water bureau's and a city water bureau's rules, a
# city homepage rule, university rules and notices, a 大学共同利用機関 policy) and five English public-body texts
# (three counties, a county sheriff's department, a county's guidelines). Drafted by a helper who read only the domain
# digest, the FY2018 revision summary, issue 11's status table, labelset.py and the published7/blind14 generators for
# their format; no engine source, catalog, docs, other sets' texts or Kijun output were seen, and these labels were
# written before any run.
# Whole-document convention: the ids a document speaks to (or plainly invites a wrong verdict for) are labelled by hand;
# complete() fills every other id as missing/absent. Before each case a comment lists the ids considered.
# Status rules (issue 11): covered = a firm clause requires the revised measure in full; outdated = the pre-revision
# form (manual software record, boundary-only unknown malware, HTTPS only on some pages, staff encrypting attachments,
# blanket mobile ban) or a mandatory duty worded as wish/effort/permission; missing = absent, negated, deferred,
# excluded, a heading/label/table-of-contents entry only, a definition only, or a separate duty still in force
# (pattern-file antivirus, SPF/sender authentication only, media encryption, install ban, audit-result report).
# Readings used here: a table-of-contents entry or chapter heading ("推進体制", "サイバーセキュリティ対策") with no body in
# the text is a label only (missing); a list of responsible persons or a committee is not the promotion structure; a
# rule that lends tablets with a password and a loss report but says nothing on connecting them to networks inside or
# outside, nor on encryption or remote erasure, does not cover mobile-devices (missing); an instruction to set up
# SPF/DKIM/DMARC with nothing on encrypting mail transport is sender authentication only (missing); a record of each
# software installation kept by the IT bureau is the manual form of it-asset-management (outdated), while an install
# permission alone is a separate duty (missing); a ban on sending confidential information by e-mail is not mail
# encryption (missing); full-disk encryption plus MDM remote erase required of every county-owned mobile device
# covers mobile-devices.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/published8'
C = []


def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered, strict=True)))


# ---------------------------------------------------------------- 01 仙台市: 対策基準 第2章 (管理体制)
# considered: promotion-structure (a list of responsible persons only)
case('p8-sendai-taisakukijun-ch2.md', '''# 第2章 情報セキュリティ対策基準

## 情報セキュリティ対策基準

情報セキュリティ対策基準とは,情報セキュリティ基本方針を実行に移すための,本市の情報資産に関する情報セキュリティ対策の基準である。

### (1)管理体制

情報セキュリティの管理体制は下記のとおりとする。

#### 1.最高情報セキュリティ責任者

- 本市の情報資産に関する情報セキュリティを統括する最高責任者として最高情報セキュリティ責任者(CISO:Chief Information Security Officer,以下「CISO」という。)を置き,まちづくり政策局デジタル戦略推進担当局長をもってこれに充てる。

#### 2.局(区)情報管理者

- 局等の情報セキュリティに関する適正な運用及び管理を監理するため,局等に総括的な権限及び責任を有する局(区)情報管理者を置き,局等の長をもってこれに充てる。

#### 3.情報管理者

- 情報セキュリティの適正な運用及び管理を行うため,情報資産を取り扱う課(これに準ずるものを含む。以下同じ。)に情報セキュリティに関する権限及び責任を有する情報管理者を置き,当該課の長をもってこれに充てる。

#### 4.システム管理者

- 情報管理者のうち,重要な情報システムの情報セキュリティを維持し,情報システムの適正な管理並びに効率的な運用を図るため,システム管理者を置き,重要な情報システムに係る業務を所管する課の長をもってこれに充てる。
''', {
    'promotion-structure': ('missing', ['heading', 'roles-only'], '情報セキュリティの管理体制は下記のとおりとする。',
                            'the management structure is a list of responsible persons (CISO, bureau, section and system managers); no unit that drives the measures (情報セキュリティ対策推進体制) is set up'),
}, ['promotion-structure'])

# ---------------------------------------------------------------- 02 興部町議会: council tablets
# considered: mobile-devices (tablets lent with password and loss report, nothing on network connection)
case('p8-okoppe-council-tablet.md', '''# 興部町議会タブレット端末運用規程

(令和7年9月1日規程第2号)

### (目的)

第1条 この規程は、興部町議会議員(以下「議員」という。)におけるタブレット端末の管理及び使用に関し、必要な事項を定めるものとする。

### (定義)

第2条 この規程において「タブレット端末」とは、町が所有するタブレット端末(これに属する物品を含む。)で、町から議員に対して貸与されるものをいう。

2 この規程において「議会の会議」とは、本会議、常任委員会、議会運営委員会及び特別委員会並びに全員協議会等の協議等の場をいう。

### (タブレット端末の取扱い)

第3条 タブレット端末の貸与を受けた議員(以下「使用者」という。)は、当該タブレット端末を適切に管理し、使用しなければならない。

2 使用者はタブレット端末を使用するときは、パスワードを設定するものとし、パスワードの管理を適正に行わなければならない。

3 使用者はタブレット端末を他人に貸与し、又は譲渡してはならない。

4 使用者は、議員の職でなくなったときは、速やかにタブレット端末を原状に復して(通常の使用又は経年劣化により生じた状態の回復を除く。)返却しなければならない。

5 使用者はタブレット端末に係る破損、紛失、盗難その他の事故が生じた場合は、速やかに議会事務局へ報告しなければならない。

6 使用者は、故意又は重大な過失によりタブレット端末を破損又は紛失した場合は、当該破損等により生じた町の損害を賠償する責任を負うものとする。

### (使用範囲)

第4条 タブレット端末の使用範囲は、次に掲げるとおりとする。
''', {
    'mobile-devices': ('missing', ['article', 'partial'], '2 使用者はタブレット端末を使用するときは、パスワードを設定するものとし、パスワードの管理を適正に行わなければならない。',
                       'tablets are lent with a password and a loss report, but the text neither permits nor governs connecting them to networks inside or outside, and names no encryption, remote erasure or device management'),
}, ['mobile-devices'])

# ---------------------------------------------------------------- 03 長洲町議会: council tablets
# considered: mobile-devices (account management, no network or device safeguards)
case('p8-nagasu-council-tablet.md', '''# 長洲町議会タブレット端末管理及び使用要綱

(令和7年5月30日訓令第1号)

### (趣旨)

第1条 この要綱は、ICTを活用した効率的で迅速な議会運営により、議案審議、情報の共有、議会の活性化を図るため、議長が議員に貸与したタブレット端末及び付属品(以下「タブレット端末等」という。)の適正な管理及び使用について、必要な事項を定めるものとする。

### (定義)

第2条 この要綱における用語の定義は、次の定めるところによる。

- (1) 会議 本会議、議会運営委員会、常任委員会、特別委員会、全員協議会その他議長が必要と認める会議
- (2) 付属品 タブレット端末に付属する充電器、タッチペン及びカバーケース
- (3) 文書共有システム タブレット端末上で会議の資料等を閲覧するために使用するアプリケーションソフトウェア
- (4) アプリ タブレット端末上で作業を行うために搭載するアプリケーションソフトウェアの総称

### (遵守事項)

第3条 議員は、議会のペーパーレス化の推進を図るため、会議において文書共有システムの積極的な活用に努めるものとする。

2 議員は、タブレット端末等を他人に貸与し、又は譲渡してはならない。

3 議員は、タブレット端末及びアプリを使用するために必要なアカウント情報を適切に管理し、第三者に不正利用されないようにしなければならない。

4 議員は、議員として町民に説明責任を果たすための活動以外の目的でタブレット端末等を使用してはならない。

5 議員は、その職でなくなったときは、速やかにタブレット端末等を議長に返却しなければならない。
''', {
    'mobile-devices': ('missing', ['article', 'partial'], '3 議員は、タブレット端末及びアプリを使用するために必要なアカウント情報を適切に管理し、第三者に不正利用されないようにしなければならない。',
                       'the rule lends tablets and asks members to guard their account information; nothing on connecting them to networks inside or outside under safeguards (encryption, remote erasure, management)'),
}, ['mobile-devices'])

# ---------------------------------------------------------------- 04 東京都水道局: digital service rule (table of contents)
# considered: promotion-structure ("推進体制" chapter title only), unknown-malware ("サイバーセキュリティ対策" section title only)
case('p8-tokyo-waterworks-digital.md', '''# 東京都水道局デジタルサービス開発・運用規程

令和五年六月三〇日

水道局管理規程第二四号

東京都水道局電子情報処理規程(平成二十年東京都水道局管理規程第一号)の全部を次のように改正する。

## 目次

- 第一章 総則(第一条―第四条)
- 第二章 デジタルサービスの推進体制(第五条―第九条)
- 第三章 デジタルサービスの開発管理
  - 第一節 デジタル関連施策の企画(第十条)
  - 第二節 プロジェクト監理(第十一条・第十二条)
  - 第三節 情報処理システムの開発(第十三条)
  - 第四節 情報処理システムの運用及び廃止(第十四条・第十五条)
  - 第五節 情報処理システムの評価(第十六条)
- 第四章 データ通信ネットワークの運用管理(第十七条―第二十一条)
- 第五章 電子計算機及び電子情報の管理
  - 第一節 電子計算機の管理(第二十二条―第二十四条)
  - 第二節 電子情報の管理(第二十五条)
  - 第三節 サイバーセキュリティ対策(第二十六条)
- 第六章 委託処理(第二十七条―第三十条)
- 第七章 雑則(第三十一条・第三十二条)
- 附則

## 第一章 総則

### (目的)

第一条 この規程は、東京都水道局(以下「局」という。)におけるデジタルサービスの推進体制及び開発管理、データ通信ネットワークの運用管理、電子計算機及び電子情報の管理等に関し基本的な事項を定めることにより、電子情報処理の適切かつ円滑な推進と効率的な運営を促進し、質の高いデジタルサービスの安定的な提供に資することを目的とする。
''', {
    'promotion-structure': ('missing', ['toc', 'label-only'], '- 第二章 デジタルサービスの推進体制(第五条―第九条)',
                            'only a table-of-contents entry for a digital-service (not information-security) promotion structure; the chapter body is not in the text'),
    'unknown-malware': ('missing', ['toc', 'label-only'], '  - 第三節 サイバーセキュリティ対策(第二十六条)',
                        'a table-of-contents entry only; no measure against unknown malware is stated'),
}, ['promotion-structure', 'unknown-malware'])

# ---------------------------------------------------------------- 05 立命館: sender domain authentication notice
# considered: email-encryption (SPF/DKIM/DMARC required, nothing on transport encryption), domain-names (own domains named, no rule)
case('p8-ritsumei-sender-auth.md', '''# メール送信機能を有する情報システムの管理者向け注意事項

## 2024/6/7 追記・対応状況を更新

Google社のメール送信者のガイドラインを契機として、世界的に「送信ドメイン認証」を設定すること標準化され、Gmailに限らず、未設定のメールシステムからのメール到達性が著しく悪化しています。

情報システムのメール送信機能の有無を点検のうえ、必ず「送信ドメイン認証」を設定してください。

## 2024/1/11

Google社は、メール送信者のガイドライン を発表し、2024年2月以降に迷惑メールの判定基準が非常に厳しくなります。

メール送信者のガイドライン - Gmail ヘルプ (google.com)

Google社のガイドラインは、メールドメイン単位で評価されますので、未対応のシステムがあると、学園の広範に渡って影響することが考えられます。

メール送信機能(通知メール含む)を有する情報システムの運用管理担当者は、送信ドメイン認証に対応してください。

## 対応が必要な情報システム

以下の条件を全て満たす情報システムが対象です。

- メール送信機能を有するもの
- 差出人のメールアドレスが ritsumei.ac.jp または apu.ac.jp であるもの
- 「送信ドメイン認証」に未対応のもの

## 対応の概要

情報システムが送信するメールの差出人のメールドメインに応じて、送信ドメイン認証(SPF/DKIM/DMARC)に対応する必要があります。

## 対応期限

可能な限り早く

## クラウドサービス(レンタルサーバー含む)

クラウドサービス事業者に本件を確認し、対応してください。

## SPF/DKIM

差出人を立命館のメールドメインとしている場合、以下のいずれかの状態を確保してください。

- SPF=立命館ドメイン かつ DKIM=第三者署名
- SPF=他ドメイン かつ DKIM=立命館署名
''', {
    'email-encryption': ('missing', ['separate-duty', 'sender-auth-only'], '情報システムが送信するメールの差出人のメールドメインに応じて、送信ドメイン認証(SPF/DKIM/DMARC)に対応する必要があります。',
                         'sender domain authentication (SPF/DKIM/DMARC) is required of every mail-sending system, but nothing requires mail transport to be encrypted'),
    'domain-names': ('missing', ['mention'], '- 差出人のメールアドレスが ritsumei.ac.jp または apu.ac.jp であるもの',
                     'the university ac.jp domains are named only to mark which systems must act; no rule on which domain names websites or mail use'),
}, ['email-encryption', 'domain-names'])

# ---------------------------------------------------------------- 06 日本大学 (生物資源科学部 IT): software management rule excerpt
# considered: it-asset-management (MCM named only in the page heading; the rules are install permission and licence papers)
case('p8-nihon-u-software-rule.md', '''# ソフトウェア管理・ライセンス管理 MCM(旧SCCM)について

日本大学では、ソフトウエアの適正管理を行うため、日本大学ソフトウエア管理内規を定めています。ここには、その抜粋を掲載しています。

ソフトウェア管理については、以下のリンク先をご参照してください

ソフトウェア管理について (PDF)ダウンロード

## ソフトウエアの不正インストール禁止

昨今、パソコンにソフトウエアを不正インストールするといった違法行為が 社会問題となっています。

日本大学では、ソフトウエアの適正管理を行うため、日本大学ソフトウエア管理内規を定めています。

以下は、その抜粋です。

## 日本大学ソフトウエア管理内規(抜粋)

### (遵守事項)

第15 条 本大学の教職員等および学生・生徒は、ソフトウエア管理に関して、次の各号に掲げる事項を遵守しなければならない。

- 管理区域責任者の許可なく、本大学の保有するコンピュータにソフトウエアをインストールしてはならない。
- 管理区域責任者の許可なく、本大学の保有するソフトウエアのオリジナルディスク及び、その複製物を学外へ持ち出してはならない。
- 管理区域責任者の許可なく、個人で所有するソフトウエアを学内に持ち込んではならない。
- 所属する管理区域内のコンピュータにインストールされることとなるべきソフトウエアを取得した場合には、オリジナルディスク、ライセンス証明書、使用許諾契約書等を、直ちに管理区域責任者に引き渡さなければならない。
''', {
    'it-asset-management': ('missing', ['heading', 'separate-duty'], '# ソフトウェア管理・ライセンス管理 MCM(旧SCCM)について',
                            'the configuration-management tool is named only in the page heading; the rules are an install permission and the handing over of licence papers, with no automatic collection of software information'),
}, ['it-asset-management'])

# ---------------------------------------------------------------- 07 福岡歯科大学: antivirus on LAN terminals
# considered: unknown-malware (pattern-file antivirus with definition updates and scans)
case('p8-fdc-lan-antivirus.md', '''# 学内LANに接続する端末は、ウイルス対策ソフトのインストールが必要です。

「コンピュータウイルス対策等情報セキュリティに関するマニュアル」より抜粋。

## 5)ウイルス対策ソフト(※)の使用

- (1)学内LANに接続する端末ついて、OS(Windows、Mac、Android等)に対応するウイルス対策ソフトがある場合は必ずインストールする。可能であればセキュリティ対策ソフト(※)をインストールする。
- (2)常にウイルス対策ソフトは有効期限が切れる前に更新を行う。
- (3)最新のウイルス定義ファイルに更新する。
- (4)週一回以上の定期スキャンを行う。
- (5)年に一度グループリーダを通してウイルス対策ソフトの有効期限をLAN管理室に届け出る。

## インストール確認方法

Windowsの場合はタスクバーの右側にある通知領域から確認します。

macOSの場合はメニューバーの右側から確認します。
''', {
    'unknown-malware': ('missing', ['separate-duty', 'pattern-file'], '- (3)最新のウイルス定義ファイルに更新する。',
                        'pattern-file antivirus with definition updates and weekly scans on terminals; no behaviour-based detection or prevention of unknown malware, and nothing for servers'),
}, ['unknown-malware'])

# ---------------------------------------------------------------- 08 国立情報学研究所: basic policy (opening)
# considered: none of the eleven is addressed in the stored opening (purpose and document system only)
case('p8-nii-security-policy.md', '''# 国立情報学研究所情報セキュリティポリシー

平成15年3月24日

制 定

最近改正:平成18年8月25日

## 1. 情報セキュリティポリシーの目的と意義

国立情報学研究所は,情報学の研究を通じて,安全かつ安定したネットワークやコンピュータ社会を実現する責務を有する。

一方で国立情報学研究所は,情報資産すなわちコンピュータおよび通信機器,コンピュータに蓄積されたデータを使用して情報学の研究,学術情報基盤の形成,高度な専門家の養成等を行っており,情報資産は本研究所の運営基盤となる非常に重要な資産である。これら情報資産に重大なセキュリティ上の問題が発生した場合,研究活動の遅延,社会的信用の低下など深刻な結果を被りかねない。

そこで国立情報学研究所は,情報通信を活用した研究,教育活動の安全性を確保し,外部社会に広く支持される情報サービス,広報,成果普及活動を展開し,さらに未来にむけてより高度で自由な情報通信の開発と利用を実践するため,この情報セキュリティポリシーを制定するものである。

## 2. 情報セキュリティポリシーの体系

情報セキュリティに関しては,この情報セキュリティ対策に対する根本的な考え方を表す基本方針を定め,その下にセキュリティ対策標準を置き,さらに具体的な実施手順としてセキュリティ実施手順書を作成する。

全ての規定及び施策は,本情報セキュリティポリシーに一貫して従うものとする。
''', {}, [])

# ---------------------------------------------------------------- 09 小樽商科大学: security rule (contents, purpose, definitions)
# considered: promotion-structure (chapter title "情報セキュリティ管理体制" only)
case('p8-otaru-uc-security-rule.md', '''# 小樽商科大学情報セキュリティ規程

(平成22年12月1日制定)

## 目次

- 第1章 総則(第1条-第4条)
- 第2章 情報セキュリティ管理体制(第5条-第9条)
- 第3章 情報セキュリティ委員会(第10条-第19条)
- 附則

## 第1章 総則

### (目的)

第1条 この規程は,小樽商科大学(以下「本学」という。)における情報セキュリティに関する基本方針及び管理体制等を定めることにより,本学の有する情報資産を適正に保護,及び活用するとともに,情報システムの信頼性,安全性及び効率性の向上に資することを目的とする。

### (定義)

第2条 この規程において,次の各号に掲げる用語の意義は,それぞれ当該各号に定めるところによる。

- (1) 情報資産 情報(電磁的に記録されたものに限る。以下同じ。),情報を管理する仕組み,情報システム並びに情報システムの開発,運用及び保守のための資料等
- (2) 情報システム ハードウェア,ソフトウェア,ネットワーク及び記録媒体等で構成され,本学の業務(教育及び研究を含む。以下同じ。)の処理を行うために用いられるシステム
- (3) 情報セキュリティ 情報資産の機密性(情報資産へのアクセスが限定され漏えいが防止されていること),完全性(情報が破壊や改ざんを免れ完全であること)及び可用性(情報が障害を免れ正常に運営されて利用したいときに利用できる状態にあること)が確保されていること
- (4) 情報セキュリティポリシー(以下「ポリシー」という。) 情報セキュリティの施策を実施するための方針,体制,方法及び手順等を具体的に示した文書
''', {
    'promotion-structure': ('missing', ['toc', 'label-only'], '- 第2章 情報セキュリティ管理体制(第5条-第9条)',
                            'a chapter title in the table of contents only; the chapter body (and any promotion structure) is not in the text'),
}, ['promotion-structure'])

# ---------------------------------------------------------------- 10 小林市: homepage management rule
# considered: web-encryption (a general duty to secure the site, nothing on encryption)
case('p8-kobayashi-homepage-rule.md', '''# 小林市ホームページ運用管理規程

平成18年3月20日

訓令第7号

### (趣旨)

第1条 この訓令は、小林市がインターネットを活用して発信する小林市公式ホームページ(以下「市ホームページ」という。)の適正かつ円滑な運用を図るため、必要な事項を定めるものとする。

- (1) インターネット 共通の通信制御手順と共通のアドレス体系で相互に接続された世界的規模のデータ通信網をいう。
- (2) コンテンツ 市ホームページ上で情報提供する内容を構成するテキスト文書、図画等の総称をいう。
- (3) 公開サーバ インターネットに接続され、市ホームページのコンテンツ及び発信に必要なプログラム等を格納している電子計算機器をいう。
- (4) 課 市長その他の執行機関に置かれる課(課に相当するものを含む。)をいう。
- (5) アクセス 市ホームページをインターネットを介して閲覧し、又は利用することをいう。

### (総括運営管理者)

第3条 市ホームページを総括的に管理するため、市ホームページ総括運営管理者(以下「総括運営管理者」という。)を置く。

2 総括運営管理者は、総合政策部長の職にある者とする。

3 総括運営管理者は、市ホームページの適正かつ円滑な運用を図るとともに、安全性を確保するため、関係職員に指導及び助言を行うものとする。

### (運用・システム運営管理者)

第4条 市ホームページの安定的な運用及び安全性を確保し、適正かつ円滑な運用を図るため市ホームページ運用・システム運営管理者(以下「運用・システム運営管理者」という。)を置く。

2 運用・システム運営管理者は、企画政策課長の職にある者とする。
''', {
    'web-encryption': ('missing', ['article', 'general-duty'], '3 総括運営管理者は、市ホームページの適正かつ円滑な運用を図るとともに、安全性を確保するため、関係職員に指導及び助言を行うものとする。',
                       'a general duty to keep the homepage safe by guidance and advice; nothing requires the site to be served encrypted (HTTPS)'),
}, ['web-encryption'])

# ---------------------------------------------------------------- 11 羽曳野市水道局: computer organisation rule
# considered: promotion-structure (a management committee chapter title only)
case('p8-habikino-water-computer-rule.md', '''# 羽曳野市水道局電子計算組織運営管理規程

平成13年1月15日

(水)規程第2号

## 目次

- 第1章 総則(第1条―第3条)
- 第2章 電子計算組織管理運営委員会(第4条―第8条)
- 第3章 データの管理(第9条―第12条)
- 第4章 電子計算組織の管理及び保安(第13条―第15条)
- 第5章 雑則(第16条)
- 附則

## 第1章 総則

### (趣旨)

第1条 この規程は、羽曳野市水道事業における電子計算組織の管理運営について必要な事項を定めるものとする。

### (意義)

第2条 この規程において次の各号に掲げる用語の意義は、当該各号に定めるところによる。

- (1) 電子計算組織 水道局に設置する電子計算機及び関連機器を使用し、定められた一連の処理手段によって自動的に事務処理を行う組織をいう。
- (2) 電算処理 電子計算組織に情報を記録し、電子計算により情報を作成することをいう。
- (3) 入出力帳票 電算処理に必要な帳票類をいう。
- (4) データ 電算処理に係る入出力帳票及び電磁的記録として記録されている情報をいう。
- (5) 電磁的記録 羽曳野市情報公開条例(平成12年羽曳野市条例第42号)第2条第2号に規定する電磁的記録をいう。
- (6) ドキュメント システム設計書、オペレーションマニュアル及びプログラム説明書等電算処理に必要な仕様書をいう。

### (処理事務の要件)

第3条 電算処理する事務は、水道局が所掌する事務及び市長又は他の地方公共団体等から委託を受けて行う事務であって、かつ次の各号の1に該当するものとする。

- (1) 市民サービスの向上を図ることができるもの
- (2) 経営の効率を図ることができるもの
- (3) その他事業水準の向上を図ることができるもの

## 第2章 電子計算組織管理運営委員会
''', {
    'promotion-structure': ('missing', ['heading', 'committee'], '## 第2章 電子計算組織管理運営委員会',
                            'a chapter heading for a management committee with no body in the text; a committee is not the information-security promotion structure'),
}, ['promotion-structure'])

# ---------------------------------------------------------------- 12 Sacramento County: mobile device security policy
# considered: mobile-devices (full-disk encryption and MDM remote erase for every county-owned mobile device)
case('p8-sacramento-county-mobile.md', '''# Mobile Device Security Policy Information

Authorized By

Navdeep S. Gill, County Executive

Revision History

Revised: 08/2018

Established: 08/2008

Contact

Policy and Compliance Administrator

Department of Personnel Services

Email: AskDPS@saccounty.gov

The use of mobile devices, such as laptops, tablets, and smart phones, has a positive effect on many County services but increases security risk to the County. The County could suffer severe consequences if a laptop or other mobile device containing confidential, sensitive, or personal information, as defined in the Sacramento County Electronic Data Access Policy, is lost or stolen.

This policy defines the responsibilities of the County of Sacramento departments and agencies for equipping their mobile devices with a level of security that minimizes the risk of confidential, sensitive, or personal data being disclosed through the loss or theft of a device.

This policy applies to all County-owned mobile devices including, without limitation laptops, notebooks, tablets, and smart phones.

- A. All County-owned laptops and notebooks must have automatic full disk encryption that does not require user intervention nor allow a user choice to bypass the encryption requirement.
- B. Encryption must meet Department of Technology approved encryption standards documented in the Countywide IT Standards.
- C. All County owned tablets and smart phones must have the County standard mobile device management system installed so that all of its data can be remotely erased if it lost, stolen, or no longer in use.
''', {
    'mobile-devices': ('covered', ['english', 'list', 'condition'], '- C. All County owned tablets and smart phones must have the County standard mobile device management system installed so that all of its data can be remotely erased if it lost, stolen, or no longer in use.',
                       'county mobile devices are used for county services under firm safeguards: full-disk encryption of laptops and MDM with remote erasure on tablets and phones'),
}, ['mobile-devices'])

# ---------------------------------------------------------------- 13 County of San Mateo: virus protection and patch management
# considered: unknown-malware (centrally updated antivirus), it-asset-management (central patching, no software inventory)
case('p8-san-mateo-virus-patch.md', '''# Virus Protection and Patch Management Policy

Date Established: November 1, 2004

## I. Introduction

The purpose of this policy is to ensure the integrity, reliability and good performance of San Mateo County computing resources through the effective and efficient prevention of computer virus outbreaks and network security attacks involving computers and fileservers attached to the San Mateo County Network by the implementation of proactive, centrally administered virus protection and Operating System patch management.

Virus protection is most effective if every computer and fileserver on the San Mateo County network has anti-virus software installed and is configured to receive updates from a centrally located anti-virus server. Operating system updates are most effective if every computer and fileserver on the San Mateo County network is configured to receive tested and proven stable operating system updates from a centrally located patch-management server. In order to maintain full effectiveness of both anti-virus software and operating system patch management services it is essential that both systems be in place, kept current and centrally administered.

The policy applies to all Microsoft Windows and Linux based computers owned or operated by San Mateo County, to all Windows computers not owned or operated by the County but are present on San Mateo County premises, and to Windows based computers that remotely access the County’s internal network.

The following terms have the meanings indicated below unless the context indicates otherwise:

- County Network: As used here “County network” includes the County’s information network backbones, department Local Area Networks and all devices that attach, directly or indirectly, to the networks, including remote and wireless attachments.
- Chief Information Officer (CIO): As used here “Chief Information Officer”, or his designee, is the County’s Information Technology Security Officer.
''', {
    'unknown-malware': ('missing', ['english', 'separate-duty', 'pattern-file'], 'Virus protection is most effective if every computer and fileserver on the San Mateo County network has anti-virus software installed and is configured to receive updates from a centrally located anti-virus server.',
                        'centrally updated anti-virus software on computers and fileservers; nothing on detecting unknown malware by behaviour or blocking its execution'),
    'it-asset-management': ('missing', ['english', 'separate-duty'], 'Operating system updates are most effective if every computer and fileserver on the San Mateo County network is configured to receive tested and proven stable operating system updates from a centrally located patch-management server.',
                            'central operating-system patching; no tool collects the software (names, versions) installed on each machine'),
}, ['unknown-malware', 'it-asset-management'])

# ---------------------------------------------------------------- 14 Washington County (Oregon): rules for mobile devices
# considered: mobile-devices (media encryption and cost rules only)
case('p8-washington-county-or-mobile.md', '''# Security Awareness Training: Topic 2

## Rules for Mobile Communications and Computing Devices

Various types of portable devices can be used in support of County business. Because they are portable and can be used anywhere, they are at a significantly higher risk of loss, theft, hacking, and the distribution of malicious software. As such, you take on additional responsibility for the security of such devices to protect any stored confidential or sensitive information.

Portable devices are subject to the work site security requirements previously mentioned in Topic 1 (Information Technology Physical Security).

## Portable Mass Storage Media

1. ITS cannot manage the security of portable mass storage media.
2. Use an encrypted device and obtain your supervisor's approval to transport confidential or sensitive data as defined under Federal and State laws and/or by County Policy.
3. You accept personal responsibility for properly disposing of or erasing the information stored on media.
4. Connecting your personally owned media or device to a County device may result in a virus to your device, therefore it is discouraged.

## County Owned Mobile Communication Devices

If you are assigned a County owned mobile communications device to conduct County business, you should be aware that:

1. Except as noted in Topic 12 (Incidental Personal Use of County Information Technology), your device may not be used for personal use.
2. Personal long distance calls are prohibited, unless placed as part of official travel and in compliance with section 8.2 of the County Travel Policy. This section provides for one call of ten minutes or less to home per day while on travel status.
3. You are responsible for minimizing the cost of your County issued device.
4. Utilize assigned landlines as available and appropriate. Most County devices are set up on calling plans with a set amount of minutes or pooled minutes, and typically include long distance, and roaming.
''', {
    'mobile-devices': ('missing', ['english', 'separate-duty'], "2. Use an encrypted device and obtain your supervisor's approval to transport confidential or sensitive data as defined under Federal and State laws and/or by County Policy.",
                       'portable devices may be used for county business, but the only safeguards are encrypted storage media and approval to carry data; county mobile phones get cost and personal-use rules, no security measures for connecting them'),
}, ['mobile-devices'])

# ---------------------------------------------------------------- 15 Los Angeles County Sheriff's Department: software and files
# considered: unknown-malware (anti-virus/firewall selected centrally), it-asset-management (installation record kept by the bureau)
case('p8-lasd-software-files.md', '''# 3-07/210.30 - Computer Software and Files

Data Systems Bureau is responsible for selecting the standard desktop software suite for all Department computers and for administration of the software on computers connected to the Sheriff’s Data Network (see section 3-07/230.00).  All authorized persons shall use the selected desktop suite unless critical functionality is not available through the suite.

Authorized persons are required to keep the personal information section (properties) of the e-mail address book up-to-date.  This includes title, work address, Unit of assignment, work location, work phone number, and fax number.  Optional items include mobile phone number and pager number.

Security software, including but not limited to: anti-virus, anti-spam, and firewall solutions are a critical component of the multi-layered security structure protecting the Department.  Given this criticality, Data Systems Bureau is responsible for selecting and configuring security software for all computers.  Unless a specific exemption or modification is authorized by Data Systems Bureau, all authorized persons shall use the authorized software, use the authorized configuration, and ensure the software is kept current.

Authorized persons are prohibited from installing or maintaining unlicensed software on any Department computer.  Authorized persons who wish to install licensed software on a Department computer must have authorization from their Unit Commander and Data Systems Bureau.  The software installation and record of the installation will be the responsibility of Data Systems Bureau.  Authorized persons are required to provide a copy of the software license to Data Systems Bureau prior to the installation.

Licensing agreements for some software applications permit Department members to install the software on their home computers.  For a list of these applications, contact the Central Help Desk.
''', {
    'unknown-malware': ('missing', ['english', 'separate-duty'], 'Security software, including but not limited to: anti-virus, anti-spam, and firewall solutions are a critical component of the multi-layered security structure protecting the Department.',
                        'anti-virus, anti-spam and firewall software kept current; nothing on behaviour-based detection or prevention of unknown malware'),
    'it-asset-management': ('outdated', ['english', 'manual-record'], 'The software installation and record of the installation will be the responsibility of Data Systems Bureau.',
                            'the bureau records each software installation as it makes it (the manual record of installed software); no tool collects software information from computers automatically'),
}, ['unknown-malware', 'it-asset-management'])

# ---------------------------------------------------------------- 16 Webster County (Iowa): technology guidelines
# considered: email-encryption (confidential information may not be sent by e-mail; nothing on encryption), it-asset-management (install approval)
case('p8-webster-county-tech-guidelines.md', '''# Technology Guidelines

An employee should always logoff and shutdown his/her computer when leaving for the day or an extended period of time.  Password or access to a computer system should not be given to anyone, except the Data Process Administrator or MIS staff.  The Data Processing Administrator must give prior approval before an employee loads any software onto their computer.  Pirated software should never be loaded onto a County computer.

Items displayed on a computer screen, as a screen saver or otherwise, must not:

- Reflect poorly on an employee, be subversive or vindictive towards the County;
- Support a political party, candidate or partisan political issue;
- Be discriminatory or contain an offensive subject and/or language.

E-mail and Internet usage may be authorized for use in support of official County business.  County Department Heads determine access to the Internet and E-mail services for the individual employees within their office.  All requests must be submitted to the Data Processing Administrator for review.  Access may be limited or unavailable due to limitations of the network system.

Employees may not transmit any confidential County information over the Internet (this includes E-mail).  This includes, but is not limited to, bank account numbers, credit card numbers, financial information, or any other confidential information regarding any department or employee of the County, as well as any information obtained in the course of the employee’s employment.

Any use of Internet or E-mail services to obtain or send offensive or sexually explicit material is prohibited.

Employees who download information from the Internet or E-mail are advised to follow procedures in downloading the information to minimize the risk of contracting a computer virus.  Downloading of information shall be limited to information required for County business.
''', {
    'email-encryption': ('missing', ['english', 'separate-duty'], 'Employees may not transmit any confidential County information over the Internet (this includes E-mail).',
                         'confidential information may not be sent by e-mail at all; nothing on encrypting mail transport or on sender authentication'),
    'it-asset-management': ('missing', ['english', 'separate-duty'], 'The Data Processing Administrator must give prior approval before an employee loads any software onto their computer.',
                            'an install approval only; no inventory of installed software, let alone one collected automatically'),
}, ['email-encryption', 'it-asset-management'])

write_set(D, C)
