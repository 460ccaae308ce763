# Source of the blind set test/fixtures/published7/ (collected published regulations, labels written blind).
# Texts: the stored opening of each public page (search tool, corpus "pages"), converted to Markdown without changing
# its words; what was cut is recorded in manifest.json (manifest-src-published7.py). Publishers are not in
# /work/brief/used-publishers.txt. Drafted by a helper who read only the domain digest, the FY2018 revision summary,
# issue 11's status table, labelset.py and one generator for its format; no engine source, catalog, docs, other sets'
# texts or Kijun output were seen, and these labels were written before any run.
# Whole-document convention: the ids a document speaks to (or plainly invites a wrong verdict for) are labelled by hand;
# complete() fills every other id as missing/absent. Before each case a comment lists the ids considered.
# Readings used here: a permission to take devices out that states no safety measures is not coverage of
# mobile-devices (missing); a ban with approval-only exceptions is the pre-revision form (outdated); a page that only
# describes an available service imposes nothing (missing), while an IT notice that tells staff which protection to
# use for which information is read as the body introducing it; a hardware/device ledger or install ban is a separate
# duty for it-asset-management; a committee, CSIRT or list of responsible persons is not the promotion structure.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/published7'
C = []


def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered, strict=True)))


# ---------------------------------------------------------------- 01 塩竈市立病院 (hospital): devices for home visits
# considered: mobile-devices, it-asset-management
case('p7-shiogama-hospital-visit-devices.md', '''# 塩竈市立病院訪問業務用情報機器運用規程

令和3年12月15日
市立病院庁訓第26号

### (趣旨)
第1条 この規程は、塩竈市立病院医療情報システム運用管理規程(令和3年市立病院庁訓第17号。以下「運用管理規程」という。)第6章の規定に基づき、塩竈市立病院が行う訪問業務に用いる情報機器の運用に関し必要な事項を定める。

### (機器台帳)
第2条 運用管理規程第25条第2項に定める台帳は、様式第1号のとおりとし、この様式に所定の事項を記載することにより、次の各号に掲げる措置等があったものとみなす。
(1) 運用管理規程第24条第2項に定める持ち出し対象となる情報機器の特定
(2) 運用管理規程第25条第1項に定める届出及び承認並びに同条第2項に定める所在状況の把握

### (安全管理措置)
第3条 院外に持ち出した情報機器に関する安全管理措置については、運用管理規程第26条及び第27条に定めるもののほか、次に定めるとおりとする。
(1) 医療情報そのものは院外に持ち出さないこと。
(2) 公衆無線LANは使用しないこと。
(3) 無線LANの使用にあたっては、ANY接続拒否等の対策を実施する等、適切な利用者以外に利用されないようにすること。

### (盗難、紛失等の対応策)
第4条 システム管理者は、情報機器の盗難、紛失等があった旨の報告があったときは、直ちに当該情報機器から院内へのアクセスを遮断する措置をとらなければならない。
2 情報機器の盗難、紛失等の報告をした職員は、システム管理者の指示に従い、警察に必要な届出をするとともに、事案の経過を報告書(様式第2号)にとりまとめて提出しなければならない。
''', {
    'mobile-devices': ('covered', ['article', 'list', 'condition'], '第3条 院外に持ち出した情報機器に関する安全管理措置については、運用管理規程第26条及び第27条に定めるもののほか、次に定めるとおりとする。',
                       'devices are used outside the hospital for visits under stated safeguards (no public Wi-Fi, wireless LAN protection, access cut off on loss)'),
    'it-asset-management': ('missing', ['article', 'separate-duty'], '第2条 運用管理規程第25条第2項に定める台帳は、様式第1号のとおりとし、この様式に所定の事項を記載することにより、次の各号に掲げる措置等があったものとみなす。',
                            'a ledger of devices taken out and their whereabouts; no software information is collected'),
}, ['mobile-devices', 'it-asset-management'])

# ---------------------------------------------------------------- 02 大分大学医学部 医学情報センター: MFP settings
# considered: iot-devices, email-encryption (S/MIME appears only as a feature to disable)
case('p7-oita-u-med-mfp-settings.md', '''# 複合機・プリンタ等の適切な設定について

学内LANに接続する複合機等のセキュリティを確保し、また学内LANへの悪影響を防止するために、適切な設定ルールを定めますので、これに従って設定してください。 設定を業者に委託する場合も、このルールに従って設定するように、業者に指示してください。

(1)学内LANに複合機等を接続するときには、機器の管理者が端末接続申請を出し、許可を得ること

- IPアドレスは、自動取得とすること。起動時に、自動的に、医学情報センターから交付されたIPアドレスを取得する。

(2)機械管理者のパスワードを、工場出荷時に設定されているものから、強固なパスワードに変更すること

(3)機器の製品のホームページを確認し、ソフトウェア(ファームウエア)を最新の状態に更新すること

(4)機器の管理者、講座名等、設置場所を設定すること

(5)機器の管理画面へのアクセスを、必要なIPアドレスのみに制限すること

(6)機器にアクセスするユーザを登録された者だけに限定する設定をすること

- 機器の状態表示
- ログの表示
- 共有フォルダ

(7)次の機能は、学内LANに悪影響を与えるので、無効にすること

- DHCPサーバ
- 無線機能(医学情報センターから特に許可を受けた場合を除く)
- 共有フォルダ
- スキャンデータのメール送信

(8)次の機能は、学内LANのポリシーに反するので、無効にすること

- ルータ機能

(9)工場出荷時に有効に設定されている機能のうち、使わない(知らない)機能は、無効にすること

- IPv6
- IP-ファクスゲートウェイ
- LDAPサーバによるユーザー認証
- IPP
- SNMP
- IPSec
- S/MINE
''', {
    'iot-devices': ('covered', ['list', 'paraphrase'], '(2)機械管理者のパスワードを、工場出荷時に設定されているものから、強固なパスワードに変更すること',
                    'multifunction devices on the campus LAN: connection approval, default admin password changed, firmware updated, management access restricted'),
    'email-encryption': ('missing', ['list', 'negation'], '- S/MINE',
                         'S/MIME is named only as an MFP feature to disable; nothing on mail-server encryption or sender authentication'),
}, ['iot-devices', 'email-encryption'])

# ---------------------------------------------------------------- 03 宮城教育大学: domain names for servers
# considered: domain-names
case('p7-miyakyo-domain-rule.md', '''# サーバ設置時におけるドメイン名の決定ルール

専攻 ( 専修 )・コース・研究室などでサーバを立ち上げて、学内外に公開する場合はドメイン名を情報メディア教育支援センターで管理しているDNSサーバに登録する必要があります。 ドメイン名はインターネット上の住所表記であるため、重複は許されません。したがって、各個人やグループで管理できる単位までのドメインを情報メディア教育支援センターで決定しています。下記にそのルールを示しますので遵守してください。

## ドメインについて

### ドメイン名とは

ドメイン名は、「ラベル」をピリオド( . )で区切って連結した文字列です。

### 命名規則

- ラベルの長さは63文字以下、ドメイン名全体の長さは、ピリオドを含めて255文字以下でなければなりません。
- ラベルは、英字(A〜Z)、数字(0〜9)、ハイフン( - )からなる文字列です。(ただし、ラベルの先頭と末尾の文字をハイフンとするのは不可)
- ラベル中では大文字・小文字の区別はなく、同じ文字とみなされます。

### 呼称

ドメイン名を構成する最も右側のラベルを「トップレベルドメイン」と呼び、以下左へ順に「第2レベルドメイン」、「第3レベルドメイン」、……と呼びます。

### その他

ドメイン名に関する一般的な情報は下記のJPNICのページを参照してください。

JPNIC「ドメイン名」 ・・・ http://www.nic.ad.jp/ja/dom/index.html

## 本学での運用形態

### 第3レベルドメイン

本学の、第3レベルドメインは「 juen 」であり、情報メディア教育支援センターにて管理しています。
''', {
    'domain-names': ('covered', ['paraphrase'], '専攻 ( 専修 )・コース・研究室などでサーバを立ち上げて、学内外に公開する場合はドメイン名を情報メディア教育支援センターで管理しているDNSサーバに登録する必要があります。',
                     'servers published on or off campus must take names under the university domain (third level "juen", i.e. juen.ac.jp) decided by the centre'),
}, ['domain-names'])

# ---------------------------------------------------------------- 04 白川町: PC leaders per section
# considered: promotion-structure, it-asset-management, unknown-malware
case('p7-shirakawa-pc-leader.md', '''# 白川町パソコンリーダー設置要領

平成14年5月15日
訓令乙第5号

### (目的)
第1条 白川町行政情報ネットワークに接続されたパーソナルコンピュータ(以下「パソコン」という。)の情報セキュリティーの確保及び職員の情報処理能力の向上を図るため、各課(局)及び出先機関(以下「各課等」という。)にパソコンリーダー(以下「PCリーダー」という。)を設置する。

### (指名方法等)
第2条 PCリーダーは、原則として各課等に1名とし、各課等の長(以下「所属長」という。)が指名する。
2 所属長は、PCリーダーを指名し、又は変更したときは、速やかに企画課長へ報告するものとする。
3 所属長は、PCリーダーの職務の円滑化を図るため、各課等においてPCリーダーを職員に周知徹底するものとする。

### (職務)
第3条 PCリーダーは、次に掲げる職務を行う。
(1) ソフトウェアの管理
ア パソコンにインストールされたソフトウェア及び各課等で個別に購入したソフトウェアの不正コピーの防止
イ 町で購入したソフトウェア以外のソフトウェアのパソコンへのインストールの防止
(2) コンピュータウィルス対策 ウィルスを発見した際の報告及び対策
(3) コンピュータ不正アクセス対策 インターネットによる有害又は有料等のアクセス禁止サイトヘのアクセス防止
(4) 電子データの管理に関する指導
ア 庁内の機密に関する電子データ情報の漏えいの防止
イ パソコンのハードディスクに保存されたデータの管理
(5) 各課等でのパソコンに関する問題の解決
(6) パスワードの保管に関する指導
''', {
    'promotion-structure': ('missing', ['article', 'scope'], '第1条 白川町行政情報ネットワークに接続されたパーソナルコンピュータ(以下「パソコン」という。)の情報セキュリティーの確保及び職員の情報処理能力の向上を図るため、各課(局)及び出先機関(以下「各課等」という。)にパソコンリーダー(以下「PCリーダー」という。)を設置する。',
                            'one PC leader per section with local duties; no unit that drives the measures organisation-wide'),
    'it-asset-management': ('missing', ['list', 'separate-duty'], 'イ 町で購入したソフトウェア以外のソフトウェアのパソコンへのインストールの防止',
                            'preventing illegal copies and unapproved installs; no collection of installed software information'),
    'unknown-malware': ('missing', ['list', 'separate-duty'], '(2) コンピュータウィルス対策 ウィルスを発見した際の報告及び対策',
                        'reporting and handling viruses once found; no behaviour-based prevention on terminals or servers'),
}, ['promotion-structure', 'it-asset-management', 'unknown-malware'])

# ---------------------------------------------------------------- 05 土庄町: office PCs, ban on taking out
# considered: mobile-devices, it-asset-management
case('p7-tonosho-office-pc.md', '''# 土庄町一般業務用パーソナルコンピュータ等管理規程

平成15年9月29日
訓令第12号

### (趣旨)
第1条 この規程は、電子自治体を推進するため、総務課が各所属に配置した一般業務用パーソナルコンピュータ及び一般業務用プリンタ(マウス・ACアダプタ等の附属品を含む。以下「一般業務用パソコン等」という。)の管理に関し必要な事項を定めるものとする。

### (一般業務用パソコン等の管理責任者)
第2条 所属長は、一般業務用パソコン等の管理責任者として、次に掲げる事務を処理する。
(1) 総務課が配置した一般業務用パソコン等の管理を行うこと。
(2) 一般業務用パソコン等の障害連絡を行うこと。

### (一般業務用パソコン等の管理)
第3条 所属長は、一般業務用パソコン等を常に良好な状態で使用できるように、その維持管理に努めるものとする。
2 所属長は、人事異動等により、一般業務用パソコン等が必要又は不要になった場合は、速やかに総務課に貸出しを依頼し又は返却しなければならない。

### (一般業務用パソコン等の利用者の責務)
第4条 一般業務用パソコン等の利用者は、次に掲げる事項を遵守しなければならない。
(1) 機器の使用及び保管に当たっては、相当の注意をもって行うこと。
(2) 次条に定める事前協議なしに周辺機器の接続、ソフトウェアの追加、消去、変更又は複写をしないこと。
(3) 次条に定める事前協議なしに機器の環境設定を変更しないこと。
(4) 行政庁舎外に機器を持ち出さないこと。ただし、次に掲げる場合を除く。
ア 在宅勤務及びモバイルワーク(以下「テレワーク」という。)における利用を申請し、許可された場合
''', {
    'mobile-devices': ('outdated', ['list', 'condition', 'old-form'], '(4) 行政庁舎外に機器を持ち出さないこと。ただし、次に掲げる場合を除く。',
                       'taking PCs out of the office is banned except approved telework; no safety measures for use outside (the pre-revision form)'),
    'it-asset-management': ('missing', ['list', 'separate-duty'], '(2) 次条に定める事前協議なしに周辺機器の接続、ソフトウェアの追加、消去、変更又は複写をしないこと。',
                            'an install ban needing prior consultation; no collection of software information'),
}, ['mobile-devices', 'it-asset-management'])

# ---------------------------------------------------------------- 06 高知県公立大学法人: measures standard (組織)
# considered: promotion-structure
case('p7-kochi-pu-security-standard.md', '''# 高知県公立大学法人情報セキュリティ対策基準

## 1.目的
この基準は、高知県公立大学法人情報システム運用基本規程第12条の規定に基づき、情報セキュリティ対策を行ううえで必要となる基本的な基準を定めるものである。

## 2.組織
(1)最高情報セキュリティ責任者
理事長は、法人の情報セキュリティに関する総括的な意思決定及び学内外に対する責任を負う。
(2)情報セキュリティ委員会
情報セキュリティ委員会を法人本部および各大学に置き、法人のセキュリティポリシーに基づき情報セキュリティに関する運用を行う。
(3)情報セキュリティ担当部局
情報セキュリティに関する情報収集と提供、および情報セキュリティに関する教育と研修を行う。
(4)法人の構成員
情報セキュリティ担当部局と協力し、担当する情報資産の情報セキュリティの維持・強化に必要とされる物理的、人的、技術的な対策を実施する。

## 3.情報資産の分類
情報資産は、その内容に応じて、公開・非公開等に分類し、その重要性に応じた情報セキュリティ対策を講じなければならない。
なお、重要性は次に掲げる機密性、完全性、可用性の3つの面から検討し、Ⅰ~Ⅳの4段階に分類する。
(重要性の3つの側面)
(1)機密性 情報資産の機密に基づく重要性
(2)完全性 情報資産の完全性・正確性に関する重要性
(3)可用性 情報資産の利用可能性・継続性に関する重要性
''', {
    'promotion-structure': ('covered', ['list', 'paraphrase'], '情報セキュリティに関する情報収集と提供、および情報セキュリティに関する教育と研修を行う。',
                            'a department in charge of information security is placed in the organisation with its roles defined, beside the CISO and the committee'),
}, ['promotion-structure'])

# ---------------------------------------------------------------- 07 鹿嶋市: electronic information security rule
# considered: promotion-structure
case('p7-kashima-e-info-rule.md', '''# 鹿嶋市電子情報セキュリティに関する規則

平成15年8月25日
規則第49号

### (趣旨)
第1条 この規則は,高度情報社会に適応した電子情報の適正な管理及び円滑な運用のため,鹿嶋市が作成し,又は収受した電子情報の取扱いに関する原則等を定めるものとする。

### (定義)
第2条 この規則における用語の定義は,別表に定めるところによる。

### (適用範囲)
第3条 この規則は,実施機関が保有するすべての電子情報に適用する。

### (電子情報の取扱い)
第4条 電子情報は,個人情報の保護に関する法律(平成15年法律第57号。以下「法」という。)及び鹿嶋市個人情報保護法施行条例(令和5年条例第1号)に基づき,個人の権利利益を侵害することのないよう万全を期さなければならない。
2 電子情報は,正確かつ安全に取扱い,適正な管理及び円滑な運用を行わなければならない。
(令5規則7・令6規則1・一部改正)

### (最高情報統括管理者)
第5条 電子情報のセキュリティを統括する最高責任者として最高情報統括管理者を置き,情報セキュリティ担当部長をもってこれに充てる。
(令6規則1・一部改正)

### (情報統括管理者)
第6条 電子情報のセキュリティに関する適正な運用及び管理を統括するため,部等に総括的な権限及び責任を有する情報統括管理者を置き,部等の長をもってこれに充てる。
2 情報統括管理者は,電子情報のセキュリティに関する適正な運用及び管理の統括を補佐する者を置くことができる。
''', {
    'promotion-structure': ('missing', ['article'], '第5条 電子情報のセキュリティを統括する最高責任者として最高情報統括管理者を置き,情報セキュリティ担当部長をもってこれに充てる。',
                            'only responsible persons are appointed (chief, department heads); no unit that promotes the measures'),
}, ['promotion-structure'])

# ---------------------------------------------------------------- 08 南三陸病院: hospital information system rule
# considered: promotion-structure
case('p7-minamisanriku-hospital-system.md', '''# 南三陸病院情報システム管理運営規程

平成17年10月1日
訓令第69号

### (趣旨)
第1条 南三陸病院(以下「病院」という。)における情報システム及び情報資産については、別に定めがあるもののほか、この規程の定めるところにより適正な管理運営と機密保持に努めなければならない。

### (定義)
第2条 この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 情報システム 病院の診療業務等を処理するために各部門相互に電子機器を用いて接続しているネットワーク(特定の電子機器単体で処理するシステムであってもネットワークに準じて管理運営するものとして院長が指定するものを含む。)及びこれらに導入されているソフトウエア並びに情報資産をいう。
(2) 情報資産 情報システムの開発及び運用に係るすべての情報並びに情報システムで取り扱うすべての情報(情報システムから紙等の有体物又は磁気ファイル等の記録媒体に出力された情報を含む。)をいう。
(3) 職員 当院に従事するすべての職員(非常勤職員及び臨時職員を含む。)

### (情報システム管理組織)
第3条 情報システムの適切な管理運営を行うため、院長は、あらかじめ各情報システム管理者を指名し、かつ、これらの管理者等で組織する情報システム運営委員会(以下「委員会」という。)を設置する。この場合において、委員会は、必要の都度開催することとし、庶務は、南三陸病院事務部において行う。
2 各情報システムの管理者は、委員会が定める管理運営の方針の下、当該管理する情報システムの適正な運用において責任と権限を有する。
(1) 情報資産管理
''', {
    'promotion-structure': ('missing', ['article'], '第3条 情報システムの適切な管理運営を行うため、院長は、あらかじめ各情報システム管理者を指名し、かつ、これらの管理者等で組織する情報システム運営委員会(以下「委員会」という。)を設置する。この場合において、委員会は、必要の都度開催することとし、庶務は、南三陸病院事務部において行う。',
                            'system managers and an ad-hoc operations committee; no standing unit promoting security measures'),
}, ['promotion-structure'])

# ---------------------------------------------------------------- 09 奈義町: telework
# considered: mobile-devices
case('p7-nagi-telework.md', '''# 奈義町テレワーク実施規程

令和3年2月1日
規程第1号

### (趣旨)
第1条 この規程は、勤務場所にとらわれない働き方(以下「テレワーク」という。)を実現し、感染症クラスター発生時等の非常時における分散勤務が確保できる体制づくりを行い、町民サービスの維持向上を図るため、職員のテレワークに関し必要な事項を定めるものとする。

### (勤務時間等)
第2条 テレワークは、通常の1日の勤務時間においてテレワークの勤務命令を受けた時間を原則とする。
2 業務開始時及び業務終了時は、庁内共有サイトにおけるタイムカードに入力するものとする。
3 時間外勤務及びテレワーク中の出張は原則禁止とする。

### (勤務場所)
第3条 勤務場所は、職員の自宅又は庁舎その他町有施設のテレワーク指定スペース(以下「指定スペース」という。)とする。

### (実施手続き)
第4条 テレワークは次のいずれかの方法で業務を行うものとする。
(1) 自宅パソコンで庁内情報利用パソコンリモートコントロールシステムを活用し、業務を行う。
(2) 自宅パソコンを持参又は情報企画課管理の専用端末を用いて、指定スペースで業務を行う。
2 テレワーク中は通常庁内情報パソコンで使用している各職場の共有フォルダ、庁内共有サイト、各種システムを利用可能とする。
3 公文書を保管場所から持ち出す場合は、あらかじめ各課長等の許可を受けなければならない。ただし、個人情報を含む公文書の持ち出しは禁止とする。
4 前項により公文書を持ち出した場合は、テレワーク終了後速やかに保管場所へ返却し、各課長等の確認を受けるものとする。
''', {
    'mobile-devices': ('missing', ['list', 'scope'], '(2) 自宅パソコンを持参又は情報企画課管理の専用端末を用いて、指定スペースで業務を行う。',
                       'telework from home PCs (remote control) and a dedicated terminal in designated spaces; no safety measures for mobile terminals used outside'),
}, ['mobile-devices'])

# ---------------------------------------------------------------- 10 日野町教育委員会 (鳥取県): school tablets
# considered: it-asset-management, mobile-devices
case('p7-hino-tottori-school-tablet.md', '''# 日野町立学校におけるタブレット端末使用規程

平成28年1月6日
教委訓令第1号

### (趣旨)
第1条 この訓令は、日野町教育委員会教育情報セキュリティ基本方針(令和3年3月1日付発日野教第20号日野町教育委員会教育長通知。以下「基本方針」という。)及び日野町立学校教育情報セキュリティ対策基準(令和3年3月1日。以下「対策基準」という。)に基づき、日野町立学校(以下、「学校」という。)のタブレット端末の使用に関し、必要な事項を定めるものとする。

### (目的)
第2条 タブレット端末は、児童生徒一人一人のニーズに対応した学びによる、主体的に考える力や他者と協働する力、豊かな創造性等の資質・能力の育成を図ることを目的として使用する。

### (管理責任者)
第3条 タブレット端末の管理責任者は校長とする。
2 管理責任者は、対策基準4(6)ウに規定する教育情報セキュリティ・システム担当者に、タブレット端末の管理、運用等をさせることができる。

### (管理責任者の責務)
第4条 管理責任者は、すべてのタブレット端末が、常に最良の状態で使用できるように、管理場所を定め、適正に管理しなければならない。
2 管理責任者は、タブレット端末の使用が適正に行われるために、使用状況を把握し、必要に応じて指導、助言を行う。
3 管理責任者は、タブレット端末の脆弱性を塞ぐために、アップデートを徹底し、常に最新の状態に保たなければならない。
4 管理責任者は、定期的にタブレット端末を確認し、不要なデータ等はその都度削除する。
''', {
    'it-asset-management': ('missing', ['article', 'separate-duty'], '3 管理責任者は、タブレット端末の脆弱性を塞ぐために、アップデートを徹底し、常に最新の状態に保たなければならない。',
                            'tablets kept updated; no asset-management software collecting software names and versions'),
    'mobile-devices': ('missing', ['article', 'scope'], '第4条 管理責任者は、すべてのタブレット端末が、常に最良の状態で使用できるように、管理場所を定め、適正に管理しなければならない。',
                       'tablets are kept at a fixed place; nothing on connecting them outside with safeguards'),
}, ['it-asset-management', 'mobile-devices'])

# ---------------------------------------------------------------- 11 愛荘町: wireless security cameras
# considered: iot-devices
case('p7-aisho-wireless-camera.md', '''# 愛荘町防犯カメラの設置、管理および運用に関する要綱

令和5年4月1日
告示第36号

### (趣旨)
第1条 この告示は、個人情報の保護に関する法律(平成15年法律第57号)および愛荘町安心で安全なまちづくり条例(平成18年愛荘町条例第20号)に基づき、町民の個人的法益等に対する犯罪の未然防止および犯罪発生時の迅速な対応等を図ることにより、日常生活(子どもの通学を含む。)の安全を確保するため、愛荘町(以下「町」という。)が行う無線通信式防犯カメラの設置、管理および運用について、必要な事項を定めるものとする。

### (定義)
第2条 この告示において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。

- 無線通信式防犯カメラ 主に犯罪の未然防止を目的として、町が設置する撮影装置であって、撮影した画像を表示し、または記録する機能を有し、かつ、当該撮影装置が有する無線通信機能を用いて記録した画像の取出しを行えるものをいう。
- 画像 無線通信式防犯カメラにより撮影・記録をされた映像情報をいう。
- 専用パソコン 無線通信機能を有し、かつ、無線通信式防犯カメラから画像を取り出すためのパソコンをいう。
- 個人画像 無線通信式防犯カメラにより記録された画像であって、当該画像から特定の個人を識別することができるものをいう。
- 捜査機関等 警察、検察等の犯罪捜査について法的権限を有する機関または裁判所等の司法機関をいう。
''', {
    'iot-devices': ('missing', ['definition', 'scope'], '無線通信式防犯カメラ 主に犯罪の未然防止を目的として、町が設置する撮影装置であって、撮影した画像を表示し、または記録する機能を有し、かつ、当該撮影装置が有する無線通信機能を用いて記録した画像の取出しを行えるものをいう。',
                    'wireless cameras are only defined for a privacy rule; no security measures for the devices'),
}, ['iot-devices'])

# ---------------------------------------------------------------- 12 東員町教育委員会: learners' tablets
# considered: mobile-devices
case('p7-toin-learner-tablet.md', '''# 東員町学習者用タブレット端末運用規程

令和3年3月29日
教委訓令第1号

### (目的)
第1条 この規程は、東員町教育委員会が貸与した東員町立小中学校(以下「学校」という。)における学習者用タブレット端末(以下「端末」という。)の使用に関し必要な事項を定めることにより、学校の教育課程に則った学習の質及び効果の向上並びに学習内容の定着に資するための端末の適正な使用を確保することを目的とする。

### (管理責任者)
第2条 端末の管理責任者(以下「管理責任者」という。)は、学校長とする。
2 管理責任者は、端末の使用が適正に行われるために、使用状況を把握し、必要に応じて指導及び助言を行う。

### (使用者)
第3条 端末の使用者(以下「使用者」という。)は、学校に在籍する児童生徒及び教職員のみとする。

### (遵守事項)
第4条 使用者は、次に掲げる事項を遵守しなければならない。
(1) 端末の使用を適正に行うとともに、携帯中の毀損、紛失、盗難等の防止に十分注意しなければならないこと。
(2) 端末に機微な個人情報を保存しないこと。
(3) 授業における端末の管理については、授業担当者又は担任が適正に行うものとすること。
(4) 端末を校外に持ち出す場合には管理責任者の許可を得なければならないこと。また、その際には、すみやかに目的地に持ち運び、放置するようなことは、絶対に行ってはならないこと。
''', {
    'mobile-devices': ('missing', ['list', 'condition'], '(4) 端末を校外に持ち出す場合には管理責任者の許可を得なければならないこと。また、その際には、すみやかに目的地に持ち運び、放置するようなことは、絶対に行ってはならないこと。',
                       "tablets may leave school with the head's approval; only care and no sensitive data are required, no technical safeguards (encryption, authentication, remote wipe)"),
}, ['mobile-devices'])

# ---------------------------------------------------------------- 13 University of New Mexico: endpoint standards
# considered: unknown-malware, it-asset-management, mobile-devices
case('p7-unm-endpoint-standards.md', '''An endpoint is defined as any laptop, desktop, or mobile device.

- Determine the risk level by reviewing the data, server, and application risk classification examples and selecting the highest applicable risk designation across all. For example, an endpoint storing Low Risk Data but utilized to access a High Risk application is designated as High Risk.
- Follow the minimum security standards in the table below to safeguard your endpoints.

| Standards | Recurring Tasks | What to do | Low Risk | Medium Risk | High Risk |
|---|---|---|---|---|---|
| Patching | Apply security patches within seven days of publish. Nessus is recommended. Use a supported OS version. | | | | |
| Whole Disk Encryption | Enable FileVault2 for Mac, BitLocker for Windows. Symantec PGP is recommended. Install MDM on mobile devices. | | | | |
| Malware Protection | Install antivirus (SEP recommended). Install | | | | |
| Inventory | Review and update network database quarterly. | | | | |
| Configuration Manager | Install Nessus and WDE. | | | | |
| Regulated Data Security Controls | Implement PCI, DSS, HIPAA, FISMA, or Export Controls as applicable. | | | | |
''', {
    'unknown-malware': ('missing', ['table', 'english', 'separate-duty'], '| Malware Protection | Install antivirus (SEP recommended). Install |',
                        'antivirus only; no behaviour-based detection and blocking of unknown malware'),
    'it-asset-management': ('missing', ['table', 'english', 'separate-duty'], '| Inventory | Review and update network database quarterly. |',
                            'a quarterly review of the network (device) database and a vulnerability scanner; no asset-management software collecting installed software and versions'),
    'mobile-devices': ('covered', ['table', 'english', 'paraphrase'], 'Install MDM on mobile devices.',
                       'mobile devices are endpoints under the standard with disk encryption and MDM required'),
}, ['unknown-malware', 'it-asset-management', 'mobile-devices'])

# ---------------------------------------------------------------- 14 Teller County (Colorado): email security labels
# considered: drm, email-encryption
case('p7-teller-county-email-labels.md', '''We have setup a security label drop down menu that you can find to the far right of the subject line in your email message. See below and note the green shield. The green shield is our default “General Label”, which is non-confidential emails that are intended to be sent to internal employees and trusted external partners.

Please use these Teller County security labels to send confidential emails and attachments. You can click on the drop down menu to select either the yellow shield or red shield for encrypting confidential emails and attachments. The yellow shield is for internal encryption (employee to employee) and the red shield is for external encryption (trusted external partners). When you select either of these shields, the message and attachments are encrypted and set to do not forward. This means that the intended recipients cannot forward the encrypted message or attachments to unintended recipients. Examples of sensitive information that would require encryption include: Confidential Sheriff’s Office information, HIPAA/PHI, PII, PCI, PIFI, sensitive employee data, etc.

## Label Descriptions Based on Shield Colors:

- Teller County – General (Unrestricted): This is our default label for all email traffic, unless modified by you. Use this label to send non-confidential Teller County Government information that is intended for Teller County Employees and/or external trusted partners.
- Teller County – Public (Unrestricted): Use this label to send Teller County Government information that is specifically prepared and approved for public consumption. Examples would be press releases or public reports.
- Teller County – Internal Use Only (Encrypt and Do Not Forward): Use this label to send confidential Teller County Government information that is intended for authorized employees only. Messages and attachments are set to both encrypt and do not forward.
''', {
    'drm': ('covered', ['english', 'paraphrase'], 'When you select either of these shields, the message and attachments are encrypted and set to do not forward.',
            'rights-management labels (encrypt, do not forward) are introduced and required for confidential mail and attachments'),
    'email-encryption': ('outdated', ['english', 'scope', 'old-form'], 'Please use these Teller County security labels to send confidential emails and attachments.',
                         'staff encrypt only confidential messages by label; nothing on server-to-server transport encryption or sender authentication'),
}, ['drm', 'email-encryption'])

# ---------------------------------------------------------------- 15 Boise State University: Policy 8060 CISO detail
# considered: improvement-instructions
case('p7-boise-state-ciso-detail.md', '''# Policy 8060 Data CISO Detail

Updated February 2016

The CISO is responsible for:

## Policy oversight

The CISO must stay abreast of current legislation and how it affects security policy, standards, guidelines and planning. Additionally, the CISO must monitor activities and best practices relating to security at other institutions and follow the activities of organizations in higher education such as NACUBO and Educause.

## User training and awareness

Effective information security requires a high level of participation from all members of the university and all must be well informed of their responsibilities as information custodians, users, managers and service providers. In cooperation with managers, OIT, and Human Resources the CISO is responsible for managing a university training and awareness program for all members of the university.

The CISO must manage efforts to ensure this policy as well as related policies, standards and procedures are distributed to the university community, using training classes and materials to instill the importance of proper information handling and the implications of this policy.

## Oversight authority for university networks and systems

The CISO is responsible for overseeing network and system security for resources managed by or connected to any university computer or network.

## Enhancements and revisions

In cooperation with other members of the university, the CISO must periodically reassess this policy and the related standards, procedures and guidelines to determine if revisions are needed to keep pace with the fast changing nature of information technology. If policy revisions become necessary, the CISO should seek input from all relevant constituencies within the university and then propose recommended policy changes to the Chief Information Officer and the Vice President for Finance and Administration.
''', {
    'improvement-instructions': ('missing', ['english', 'paraphrase'], 'In cooperation with other members of the university, the CISO must periodically reassess this policy and the related standards, procedures and guidelines to determine if revisions are needed to keep pace with the fast changing nature of information technology.',
                                 'the CISO reviews the policy and proposes changes upward; no instruction of university-wide and unit-specific improvements to responsible people'),
}, ['improvement-instructions'])

# ---------------------------------------------------------------- 16 Sinclair College (Ohio): program adjustment
# considered: improvement-instructions, issue-reporting
case('p7-sinclair-program-adjust.md', '''# Auditing, Monitoring, and Adjusting the Program

The CISO, working with responsible units and offices, will evaluate and adjust the Information Security Program in light of the results of risk identification and assessment activities undertaken pursuant to the Program, testing and monitoring, as well as any material changes to operations or business arrangements, and any other circumstances which may reasonably have an impact on the Information Security Program.

The CISO will prepare an annual report on the status of the Information Security Program and provide that to the CIO.  The CISO may prepare more frequent reports as necessary or requested.  These reports may include copies of any unit-specific security plans, current risk assessments for each unit with access to covered data, a statement on the controls in place to mitigate those risks and the effectiveness of those controls, summaries of monitoring activities, actions taken or to be taken to correct any security concerns identified through monitoring, and such other information as required to provide assurance that this Information Security Program is implemented and maintained.
''', {
    'improvement-instructions': ('missing', ['english', 'paraphrase'], 'The CISO, working with responsible units and offices, will evaluate and adjust the Information Security Program',
                                 'the CISO adjusts the program; no instruction of organisation-wide and unit-specific improvements to the responsible people'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], 'The CISO will prepare an annual report on the status of the Information Security Program and provide that to the CIO.',
                        'a status report from the CISO to the CIO; issues from operation, self-inspection and education are not reported to the CISO'),
}, ['improvement-instructions', 'issue-reporting'])

# ---------------------------------------------------------------- 17 University of Toronto: ISC objectives
# considered: promotion-structure, improvement-instructions
case('p7-utoronto-isc-objectives.md', '''# Objectives

Published on: June 13, 2018

- The broad purpose of the ISC is to provide guidance to the university in matters of information security in the context of the university’s, mission, objectives, and obligations.
- Act as a steering committee for the information security program, including a recommendation for the final resource allocation decisions for the annual security strategy plan.
- As per policy, ensure every academic and non-academic unit is appropriately covered by an information risk management plan.
- Establishing and maintaining effective lines of accountability, responsibility and authority for protecting information assets. This is typically achieved by reviewing and guiding division level information risk management plans.
- Establish, ensure and maintain accountability for protecting information resources.
- Regularly review threats to, and due diligence around (e.g. risk management plans) the protection of the university’s digital assets and monitor assurance.
- Mediate conflicting risk/security requirements.
- Collaborate with the CISO to undertake information security initiatives and educate the university community on digital security best practices.
- Oversee the development, recommendation and review of procedures, standards and guidelines for the protection of the university’s digital assets.
- Act as a steering committee for projects that require significant business unit involvement (for example, supporting the data access governance decisions required for implementing a data loss prevention capability).
- Tracking the progress of remediation on risk items (for example, audit report findings and risk register items).
- Reviewing security status metrics reporting, and requesting new metrics if required.
- Providing inputs and feedback to internal and external auditors on the type and level of assurance most needed during corresponding audit cycles.
''', {
    'promotion-structure': ('missing', ['english', 'list'], '- Act as a steering committee for the information security program, including a recommendation for the final resource allocation decisions for the annual security strategy plan.',
                            'a steering committee (the council), not a unit set up to carry out and promote the measures'),
    'improvement-instructions': ('missing', ['english', 'list'], '- Tracking the progress of remediation on risk items (for example, audit report findings and risk register items).',
                                 'the council tracks remediation; no CISO instruction of organisation-wide and unit-specific improvements'),
}, ['promotion-structure', 'improvement-instructions'])

# ---------------------------------------------------------------- 18 The University of Hong Kong ITS: IRM how-to
# considered: drm, email-encryption
case('p7-hku-irm.md', '''# Use of Information Rights Management (IRM) for Email and File Protection

## Quick Links

For new IRM users, to begin with, you are recommended to learn about the basic concepts of IRM:

## Introduction

IRM (Information Rights Management) is a technology that allows individuals to set access permissions to files and email messages (including attachments). ITS adopted an IRM solution based on Microsoft Purview Information Protection (PIP). It helps prevent sensitive information from being printed, forwarded, or copied by unauthorized persons. By using IRM, access permission can be set in a file or an email and unintended recipients will not be able to access the files even they are sent to the wrong persons.

The following types of control can be set by the document owners (or senders):

- restrict documents from copy, edit or print
- in-place protect files on local disk storage
- set expiry date on document access

Note: Staff’s right to protect and access protected documents using IRM will expire immediately after an employment ends or retirement from the University.

## Scope of Support on the use of IRM

Staff members and RPG students can use IRM to send and read protected emails and files.
''', {
    'drm': ('missing', ['english', 'description'], 'ITS adopted an IRM solution based on Microsoft Purview Information Protection (PIP).',
            'a how-to page describing an available IRM service that staff "can use"; no rule introduces or requires it'),
    'email-encryption': ('missing', ['english', 'description'], 'Staff members and RPG students can use IRM to send and read protected emails and files.',
                         'optional message protection by the sender; nothing on mail transport encryption or sender authentication'),
}, ['drm', 'email-encryption'])

write_set(D, C)
