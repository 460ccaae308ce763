# Source of the blind set test/fixtures/blind3/ (2026-12-07): short policy excerpts drafted independently by a helper
# session from requirements.md §4–5 and issue 11's phenomena and status table only, without reading the catalog, the
# engine or Kijun's output on any case. Styles deliberately unlike blind2: municipal 例規 (第N条 with 項 ２, ３ and
# 号 (1)(2), ただし書, 第N条 削除), university 規程, 独立行政法人 規程, a ministry 対策基準 section with 別表 and tables,
# long articles mixing several duties, full-width digits and letters, sentences wrapped across lines, English
# translations. Each case lists the expected status per requirement it is about. The labels were committed before
# Kijun was run. Running this script writes the .md files and labels.json (line numbers of each snippet are computed).
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402
D = 'test/fixtures/blind3'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels):
    C.append((f, text, labels))

# ================= unknown-malware (recommended) =================
case('b3-01-um-reiki-pattern-behaviour.md', '''# 青葉台市情報セキュリティ対策規則

第５章　技術的対策

（不正プログラムへの備え）

第２２条　情報政策課長は、庁内の端末及びサーバ装置に、定義ファイルを用いて既知の不正プログラムを検出するソフトウェアを導入し、定義ファイルを常に最新の状態に保たなければならない。

２　情報政策課長は、前項のソフトウェアに加え、端末及びサーバ装置の上で動くプログラムの振舞いを監視し、定義ファイルに載っていない不正プログラムであっても、不審な振舞いを示した時点でその動作を止める仕組みを整えなければならない。

３　職員は、前２項の仕組みを停止し、又はその設定を変更してはならない。
''', {'unknown-malware': ('covered', ['covered-with-pattern', 'paraphrase', 'article-form', 'full-width'], '定義ファイルに載っていない不正プログラムであっても、不審な振舞いを示した時点でその動作を止める仕組みを整えなければならない', 'pattern files beside behaviour-based stopping on terminals and servers: covered')})

case('b3-02-um-en-edr-postponed.md', '''# National Institute of Coastal Engineering — Information Security Regulations (English translation)

## Chapter 6 Countermeasures against threats

### Article 41 (Endpoint protection)

1. The Director of the Information Systems Office shall keep anti-virus software installed and updated on all Institute computers.
2. Deployment of endpoint detection and response (EDR) tools that stop unknown malware by watching program behaviour is postponed until the next procurement of the Institute network.
''', {'unknown-malware': ('missing', ['english', 'deferral', 'separate-duty'], 'is postponed until the next procurement of the Institute network', 'behaviour-based prevention deferred; the anti-virus paragraph is a separate duty')})

case('b3-03-um-univ-sandbox-boundary.md', '''# 国立大学法人白鷺大学情報基盤運用規程

（不正プログラム対策）

第１９条　情報メディアセンター長は、学外ネットワークとの接続点にサンドボックス装置を置き、学外から届く電子メールの添付ファイル及びウェブからダウンロードされるファイルを隔離環境で実行させ、未知の不正プログラムを検知しなければならない。

２　前項の装置が不正プログラムを検知したときは、情報メディアセンター長は、当該ファイルの受信者に通知する。
''', {'unknown-malware': ('outdated', ['pre-revision-form', 'scope-limit', 'article-form'], '学外ネットワークとの接続点にサンドボックス装置を置き', 'unknown malware handled only at the external connection point: the pre-revision form')})

case('b3-04-um-marker-pattern-long.md', '''# 独立行政法人東雲環境研究機構 情報システム管理規程（抄）

（端末の管理）

<!-- kijun: unknown-malware -->
第１２条　情報システム管理者は、機構の端末について、次に掲げる措置を講じなければならない。
(1) ウイルス対策ソフトウェアを導入し、ウイルス定義ファイルを毎日自動で更新すること。
(2) 外部から持ち込まれた電磁的記録媒体を接続する前に、当該媒体をウイルス対策ソフトウェアで検査すること。
(3) オペレーティングシステムの更新プログラムを、公開後速やかに適用すること。
(4) 離席時には画面をロックすること。
''', {'unknown-malware': ('missing', ['marker', 'separate-duty'], 'ウイルス対策ソフトウェアを導入し、ウイルス定義ファイルを毎日自動で更新すること。', 'marked clause, but only pattern-file antivirus: a separate duty that remains in force, missing')})

case('b3-05-um-en-behaviour.md', '''# Ministry of Land Survey — Information Security Measures Standard (English version)

## 6.2.2 Countermeasures against malicious programs

(1) In addition to signature-based anti-virus software, the Information System Security Officer shall install on every terminal and every server software that watches how running programs behave and halts any program that acts maliciously, including malware for which no signature yet exists.
''', {'unknown-malware': ('covered', ['english', 'paraphrase', 'covered-with-pattern'], 'halts any program that acts maliciously, including malware for which no signature yet exists', 'behaviour-based blocking on terminals and servers beside signatures: covered')})

# ================= it-asset-management (recommended) =================
case('b3-06-am-dokuhou-config-tool.md', '''# 独立行政法人中央港湾技術研究所 情報セキュリティ対策基準（抄）

## ６．２．１　ソフトウェアの脆弱性対策

(3) 情報システムセキュリティ責任者は、構成管理ツールを用いて、研究所の端末及びサーバ装置に入っているソフトウェアの名称とバージョンを人手を介さず定期的に取得し、一元的に把握すること。脆弱性が公表されたときは、この情報により該当する機器を直ちに洗い出すこと。
''', {'it-asset-management': ('covered', ['paraphrase', 'full-width'], 'ソフトウェアの名称とバージョンを人手を介さず定期的に取得し', 'software names and versions gathered without manual work from terminals and servers: covered')})

case('b3-07-am-reiki-annual-survey.md', '''# 緑川町情報セキュリティ対策規程

（ソフトウェアの管理）

第１６条　各課長は、毎年度１回、所管する端末に導入されているソフトウェアを調査し、ソフトウェア管理台帳に記入して総務課長に提出しなければならない。

２　総務課長は、前項の台帳により、使用の許可を受けていないソフトウェアの有無を確認する。
''', {'it-asset-management': ('outdated', ['manual-vs-automated', 'pre-revision-form', 'article-form', 'full-width'], '所管する端末に導入されているソフトウェアを調査し、ソフトウェア管理台帳に記入して', 'yearly manual survey into a ledger: the old form of the duty')})

case('b3-08-am-en-negation.md', '''# Hokuriku Regional Development Agency — Information Security Standards (translation)

## 6.2.1 Software vulnerabilities

(2) No asset management software is deployed on the Agency's terminals or servers, and none will be introduced under these Standards.

(3) Security patches shall be applied within fourteen days of release.
''', {'it-asset-management': ('missing', ['english', 'negation'], 'No asset management software is deployed', 'explicitly not introduced')})

case('b3-09-am-ministry-placeholder.md', '''# 海洋資源調整省情報セキュリティ対策基準（抜粋）

## 6.2.1 ソフトウェアに関する脆弱性対策

(1) 情報システムセキュリティ責任者は、サーバ装置、端末及び通信回線装置上で利用するソフトウェアの脆弱性について、公表情報を定期的に確認すること。

(2) IT資産管理ソフトウェアによる情報の収集

【調整中：条文案は別途作成】

(3) 情報システムセキュリティ責任者は、脆弱性対策の状況を定期的に確認すること。
''', {'it-asset-management': ('missing', ['label-only', 'placeholder'], '【調整中：条文案は別途作成】', 'a label with a placeholder body')})

case('b3-51-am-en-hardware-register.md', '''# Nishikawa University — Rules on the Management of Information Equipment (English translation)

## Article 8 (Registration of equipment)

1. When a computer, server or network device is delivered, the responsible department shall inspect it and enter its model, serial number and location in the University equipment register.
2. The register shall be reviewed once a year.
''', {'it-asset-management': ('missing', ['english', 'manual-vs-automated', 'separate-duty'], 'enter its model, serial number and location in the University equipment register', 'hardware registration at delivery is a separate duty, not software collected automatically')})

# ================= drm (recommended) =================
case('b3-10-drm-ministry-beppyo.md', '''# 国土計画省情報セキュリティ対策基準（抜粋）

## 3.1.1 情報の取扱い

(6) 情報セキュリティ責任者は、別表第４に掲げる電子ファイルについて、同表に定める保護を施すこと。

別表第４（3.1.1(6)関係）

| 対象となる電子ファイル | 保護の内容 |
|---|---|
| 機密性３情報及び機密性２情報を記録した電子ファイル（庁内のファイルサーバ及びクラウドサービス上のもの） | 開くことのできる者と許される操作（閲覧・編集・印刷・複製）をファイルに埋め込み、庁外に出た後でも許可のない者には内容が表示されないようにする |
''', {'drm': ('covered', ['beppyo-reference', 'table', 'paraphrase', 'full-width'], '開くことのできる者と許される操作（閲覧・編集・印刷・複製）をファイルに埋め込み', 'rights embedded in files, unreadable by unauthorised people after leaving, on premises and in the cloud (via 別表)')})

case('b3-11-drm-en-exclusion.md', '''# Tohoku Institute for Materials Research — Information Security Rules (English translation)

## Article 17 (Protection of electronic files)

1. Confidential files shall be stored only in folders whose access is limited to the project members.
2. Rights management technologies for electronic files are outside the scope of these Rules.
''', {'drm': ('missing', ['english', 'exclusion'], 'Rights management technologies for electronic files are outside the scope of these Rules.', 'excluded; folder permissions are ordinary access control')})

case('b3-12-drm-tadashigaki-cloud.md', '''# 独立行政法人西国文化財研究所 情報セキュリティ規程

（電子ファイルの利用制限）

第２７条　情報セキュリティ責任者は、要機密情報を記録した電子ファイルに情報権限管理（ＩＲＭ）を適用し、権限を与えられていない者が当該ファイルを閲覧できないようにしなければならない。ただし、外部のクラウドサービスに保存する電子ファイルについては、この限りでない。
''', {'drm': ('missing', ['tadashigaki-exception', 'scope-limit', 'article-form', 'full-width'], 'ただし、外部のクラウドサービスに保存する電子ファイルについては、この限りでない。', 'ただし書 leaves files in the cloud out; the requirement covers cloud too; recommended item with no pre-revision subset form, so missing')})

case('b3-13-drm-reiki-definitions.md', '''# 大沢市情報セキュリティに関する規則

（定義）

第２条　この規則において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) ＤＲＭ　電子ファイルに利用者ごとの閲覧、印刷及び複写の可否を設定し、設定に反する利用を技術的に防止する仕組みをいう。
(2) 外部記録媒体　ＵＳＢメモリ、光ディスクその他の持ち運びのできる記録媒体をいう。

（外部記録媒体の使用）

第１８条　職員は、外部記録媒体に個人情報を保存するときは、暗号化機能を備えた外部記録媒体を使用しなければならない。
''', {'drm': ('missing', ['definitions-only', 'full-width'], 'ＤＲＭ　電子ファイルに利用者ごとの閲覧、印刷及び複写の可否を設定し', 'term only in the definitions; article 18 is encrypted USB media')})

case('b3-52-drm-en-status-table.md', '''# Ministry of Inland Waterways — Information Security Measures Standard (English version)

## Annex 2 Status of measures introduced by the FY2018 revision

| Measure | Status at the Ministry | Remarks |
|---|---|---|
| Digital rights management for confidential documents | Not implemented | To be examined with the next document-management system |
''', {'drm': ('missing', ['english', 'status-table', 'table', 'deferral'], '| Digital rights management for confidential documents | Not implemented |', 'status row: not implemented, to be examined later')})

# ================= web-encryption (newly mandatory) =================
case('b3-14-web-reiki-wrapped.md', '''# 松ヶ浦市情報セキュリティ対策規則

第６章　ホームページ

（ホームページの通信の保護）

第３１条　広報課長は、市が開設し、又は運営を委託する全てのホームページについて、閲覧者
との間のあらゆる通信を暗号化した状態で提供しなければならない。

２　前項のホームページは、暗号化されていない接続を受け付けてはならない。
''', {'web-encryption': ('covered', ['paraphrase', 'article-form', 'wrapped-lines', 'full-width'], '暗号化されていない接続を受け付けてはならない', 'every site, every communication encrypted, unencrypted connections refused: covered')})

case('b3-15-web-en-login-pages.md', '''# Okayama Prefectural Health Agency — Information Security Standards (English translation)

## 7.2.2 Websites

(1) HTTPS shall be used for web pages that collect personal information, passwords or payment details.
(2) Other pages may continue to be served over HTTP.
''', {'web-encryption': ('outdated', ['english', 'scope-limit', 'pre-revision-form'], 'HTTPS shall be used for web pages that collect personal information, passwords or payment details.', 'encryption only for pages that collect data: the pre-revision form')})

case('b3-16-web-dokuhou-effort.md', '''# 独立行政法人南海観光振興機構 情報セキュリティ対策基準（抄）

## ７．２．２　ウェブ

(1) ウェブサーバ管理者は、機構のウェブサイトについて、通信の常時暗号化に努めるものとする。
''', {'web-encryption': ('outdated', ['weak-wording', 'full-width'], '通信の常時暗号化に努めるものとする', 'mandatory duty worded as an effort')})

case('b3-17-web-citation-deferral.md', '''# 社会基盤整備省情報セキュリティ対策基準（抜粋）

## 7.2.2 ウェブ

(1) （統一基準 7.2.2 関係）当省ウェブサイトの全ページの暗号化については、次期ウェブ基盤の更改に合わせて実施する予定であり、それまでの間は現行の運用を継続する。
''', {'web-encryption': ('missing', ['citation', 'deferral'], '次期ウェブ基盤の更改に合わせて実施する予定であり、それまでの間は現行の運用を継続する', 'cites the standard, but encryption of every page is put off')})

case('b3-18-web-en-tls-only.md', '''# Ministry of Postal Affairs — Information Security Measures Standard (English version)

## 7.2.2 Web

(1) The Web Server Administrator shall configure every website of the Ministry to accept connections only over TLS, redirect any request made over plain HTTP to its TLS address, and enable HTTP Strict Transport Security.
''', {'web-encryption': ('covered', ['english', 'paraphrase'], 'configure every website of the Ministry to accept connections only over TLS', 'every site TLS-only: covered')})

case('b3-50-web-tadashigaki-static.md', '''# 桜台市ウェブサイト運用規程

（通信の暗号化）

第９条　所管課長は、市が公開する全てのウェブサイトを常時暗号化しなければならない。ただし、閲覧のみに供する静的なページについては、この限りでない。
''', {'web-encryption': ('outdated', ['tadashigaki-exception', 'scope-limit', 'article-form'], 'ただし、閲覧のみに供する静的なページについては、この限りでない。', 'ただし書 leaves read-only pages unencrypted: encryption only where data is entered, the pre-revision form')})

# ================= email-encryption (newly mandatory) =================
case('b3-19-mail-reiki-paraphrase.md', '''# 若葉市情報セキュリティ対策規則

（電子メールの保護）

第３４条　情報政策課長は、市のメールサーバが他の組織のメールサーバと電子メールを受け渡すときは、伝送路上で内容を読み取られることのないよう暗号化された経路を用いなければならない。

２　情報政策課長は、市のドメインをかたる偽のメールを受信者が見分けられるよう、市から送るメールに送信元の正当性を示す電子署名を付さなければならない。
''', {'email-encryption': ('covered', ['paraphrase', 'article-form'], '伝送路上で内容を読み取られることのないよう暗号化された経路を用いなければならない', 'server-to-server transport encryption and sender verification: covered')})

case('b3-20-mail-en-missending.md', '''# Kansai Agency for Small Business Support — Information Security Rules (English translation)

## Article 22 (Sending e-mail outside the Agency)

1. Before a message leaves the Agency, the mail system shall ask the sender to confirm each outside recipient.
2. Messages addressed to more than ten outside recipients shall be checked by a second member of staff.
''', {'email-encryption': ('missing', ['english', 'separate-duty'], 'the mail system shall ask the sender to confirm each outside recipient', 'mis-sending prevention only: a separate duty, missing')})

case('b3-21-mail-dokuhou-spf-long.md', '''# 独立行政法人北斗宇宙科学研究機構 電子メール運用規程（抄）

（メールサーバの運用）

第６条　電子メールサーバ管理者は、次に掲げる事項を実施しなければならない。
(1) 受信した電子メールに迷惑メールの判定を行い、判定結果を件名に表示すること。
(2) 機構のドメインについてＳＰＦレコードを公開し、送信元のなりすましを受信側で判定できるようにすること。
(3) メールボックスの容量を利用者ごとに定めること。
(4) 送受信の記録を１年間保存すること。
''', {'email-encryption': ('missing', ['separate-duty', 'full-width'], 'ＳＰＦレコードを公開し', 'SPF only, no transport encryption: a separate duty, missing')})

case('b3-22-mail-marker-attachments.md', '''# 独立行政法人東海農業経営支援機構 情報セキュリティ対策基準（抄）

## 7.2.1 電子メール

<!-- kijun: email-encryption -->
(2) 職員等は、個人情報を含むファイルを電子メールに添付して機構外へ送信するときは、当該ファイルを暗号化し、復号のためのパスワードを別の手段で相手方に伝えること。
''', {'email-encryption': ('outdated', ['marker', 'scope-limit', 'pre-revision-form'], '当該ファイルを暗号化し、復号のためのパスワードを別の手段で相手方に伝えること', 'marked clause: staff encrypt some attachments, no transport encryption or sender authentication')})

case('b3-23-mail-en-not-required.md', '''# Chubu Regional Archives Agency — Information Security Standards (English translation)

## 7.2.1 E-mail

(1) Encryption of mail in transit between mail servers, and authentication of the sending domain, are not required by these Standards.
(2) Staff shall not use private mail accounts for Agency business.
''', {'email-encryption': ('missing', ['english', 'negation'], 'are not required by these Standards', 'transport encryption and sender authentication expressly not required')})

# ================= mobile-devices (new permission) =================
case('b3-24-mobile-reiki-permission.md', '''# 川北市情報セキュリティ対策規則

（携帯型端末の庁外利用）

第３８条　職員は、所属長の承認を受けて、市が貸与する携帯型の情報端末を庁舎外に持ち出し、庁舎の内外の通信回線を経由して業務に使用することができる。

２　情報政策課長は、前項の端末について、次に掲げる措置を講じなければならない。
(1) 端末内の記録を暗号化すること。
(2) 起動時に利用者の認証を行うこと。
(3) 紛失し、又は盗難に遭ったときに、遠隔操作により端末内の情報を消去できるようにすること。

３　職員は、第１項の端末を紛失したときは、直ちに所属長に報告しなければならない。
''', {'mobile-devices': ('covered', ['paraphrase', 'article-form', 'full-width'], '庁舎の内外の通信回線を経由して業務に使用することができる', 'use inside and outside permitted with encryption, authentication and remote wipe: covered')})

case('b3-25-mobile-dokuhou-ban.md', '''# 独立行政法人山陰地質調査機構 端末管理規程（抄）

（スマートフォン等の利用）

第１０条　機構が支給するスマートフォン及びタブレット端末は、機構の建物の外で業務に使用してはならない。

２　前項の端末は、機構の通信回線以外の通信回線に接続してはならない。
''', {'mobile-devices': ('outdated', ['mobile-ban', 'article-form', 'full-width'], '機構の通信回線以外の通信回線に接続してはならない', 'blanket ban on outside use and connection: stricter than the standard, information-level outdated')})

case('b3-26-mobile-en-ban.md', '''# Setouchi University — Information Security Rules (English translation)

## Article 29 (University-issued portable devices)

Staff must not take University-issued laptops or tablets off campus, and such devices shall never be connected to any network other than the campus network.
''', {'mobile-devices': ('outdated', ['english', 'mobile-ban', 'article-form'], 'such devices shall never be connected to any network other than the campus network', 'blanket ban in English, treated like the Japanese one')})

case('b3-27-mobile-ministry-status-table.md', '''# 水資源管理省情報セキュリティ対策基準（抜粋）

## 別表第５　統一基準（平成３０年度版）改定事項の反映状況

| 項番 | 改定事項 | 反映状況 |
|---|---|---|
| １ | モバイル端末を組織内外の通信回線に接続して業務に利用すること | 検討中 |
| ２ | 情報セキュリティ対策推進体制の整備 | 反映済（2.1.1(5)） |
''', {'mobile-devices': ('missing', ['status-table', 'table', 'deferral', 'full-width'], '| １ | モバイル端末を組織内外の通信回線に接続して業務に利用すること | 検討中 |', 'status row: under study, no provision')})

case('b3-28-mobile-en-permission.md', '''# Ministry of Agricultural Statistics — Information Security Measures Standard (English version)

## 7.1.1 Terminals

(5) Staff may use Ministry-issued smartphones and tablets for work both inside and outside the Ministry, including over public mobile networks, provided that each device is enrolled in the Ministry's device management service, its storage is encrypted, a passcode is set and its data can be erased remotely if it is lost.
''', {'mobile-devices': ('covered', ['english', 'paraphrase'], 'for work both inside and outside the Ministry, including over public mobile networks, provided that', 'permission inside and outside with safeguards: covered')})

# ================= domain-names (reviewed) =================
case('b3-29-domain-dokuhou-gojp.md', '''# 独立行政法人近畿統計情報センター 情報セキュリティ対策基準（抄）

## ６．３．２　アプリケーション・コンテンツの提供時対策

(2) 情報システムセキュリティ責任者は、センターが公開するウェブサイト及びセンターの電子メールアドレスには、政府機関等のために用意された「.go.jp」で終わるドメインを用いること。
''', {'domain-names': ('covered', ['paraphrase', 'full-width'], '政府機関等のために用意された「.go.jp」で終わるドメインを用いること', 'go.jp for websites and mail: covered')})

case('b3-30-domain-en-acjp.md', '''# Higashiyama University — Information Security Standards (English translation)

## Article 44 (Domain names)

University websites and staff e-mail addresses shall use the University's ac.jp domain, which shows readers that the University is an institution of higher education; commercial or personal domains shall not be used for University business.
''', {'domain-names': ('covered', ['english', 'paraphrase', 'article-form'], "shall use the University's ac.jp domain", 'higher-education 法人 using ac.jp for sites and mail: covered')})

case('b3-31-domain-weak.md', '''# 独立行政法人九州海洋資源機構 情報セキュリティ対策基準（抄）

## 6.3.2 アプリケーション・コンテンツの提供時対策

(3) 機構のウェブサイトのドメイン名は、できる限り go.jp を使用するものとする。
''', {'domain-names': ('outdated', ['weak-wording'], 'できる限り go.jp を使用するものとする', 'mandatory item worded "as far as possible"')})

case('b3-32-domain-reiki-deleted.md', '''# 東川市情報セキュリティ対策規則

（ホームページの開設）

第２４条　課長は、ホームページを開設しようとするときは、あらかじめ広報課長に協議しなければならない。

（ドメイン名）

第２５条　削除

（ホームページの更新）

第２６条　課長は、ホームページの掲載内容を常に最新のものとしなければならない。
''', {'domain-names': ('missing', ['label-only', 'placeholder', 'article-form', 'full-width'], '第２５条　削除', 'article heading with a deleted body')})

# ================= iot-devices (clarified, added) =================
case('b3-33-iot-reiki-wrapped.md', '''# 西原市情報セキュリティ対策規則

（ネットワークに接続する設備機器）

第４０条　施設管理課長は、庁舎の空調設備の制御装置、防犯カメラ、入退館装置その他ネットワー
クに接続する設備機器について、次に掲げる措置を講じなければならない。
(1) 工場出荷時に設定されたパスワードを変更すること。
(2) 製造者が提供する更新ファームウェアを速やかに適用すること。
(3) 業務用のネットワークから分離したネットワークに接続すること。
''', {'iot-devices': ('covered', ['paraphrase', 'article-form', 'wrapped-lines', 'full-width'], '工場出荷時に設定されたパスワードを変更すること。', 'connected building equipment in scope with default passwords, firmware and separation: covered')})

case('b3-34-iot-en-definitions.md', '''# Hokkaido Fisheries Research Agency — Information Security Standards (English translation)

## 1.3 Definitions

(f) "Special-purpose equipment" means equipment used for a particular purpose and connected to a network, such as video-conferencing units, IP telephones and network cameras.

(g) "Terminal" means a computer used by staff.

## 7.1.1 Terminals

(1) Terminals shall be locked with a cable when they are left in meeting rooms.
''', {'iot-devices': ('missing', ['english', 'definitions-only'], '"Special-purpose equipment" means equipment used for a particular purpose', 'term only in the definitions')})

case('b3-35-iot-dokuhou-exclusion.md', '''# 独立行政法人関東産業安全研究所 情報セキュリティ対策基準（抄）

## 7.1 端末・サーバ装置等

(1) 本章の規定は、研究所の端末及びサーバ装置に適用する。

(2) 複合機、ネットワークカメラその他の特定用途機器は、本基準の適用対象から除く。
''', {'iot-devices': ('missing', ['exclusion'], '複合機、ネットワークカメラその他の特定用途機器は、本基準の適用対象から除く。', 'excluded from the standard')})

case('b3-36-iot-en-weak.md', '''# City of Kawanishi — Information Security Standards (English translation)

## 6.7 Networked equipment

(1) Network cameras, video-conferencing units and door-access controllers should, where possible, have their factory passwords changed and their firmware kept current.
''', {'iot-devices': ('outdated', ['english', 'weak-wording'], 'should, where possible, have their factory passwords changed', 'mandatory item worded "should, where possible"')})

case('b3-37-iot-ministry-beppyo.md', '''# 気象防災省情報セキュリティ対策基準（抜粋）

## 7.1.3 特定用途機器

(1) 情報システムセキュリティ責任者は、別表第２に掲げる機器について、同表に定める措置を講ずること。

別表第２（7.1.3(1)関係）

| 機器 | 講ずべき措置 |
|---|---|
| ＩＰ電話機、テレビ会議端末、ネットワークカメラ、入退室管理装置 | 初期設定のＩＤ及びパスワードの変更、脆弱性を修正したファームウェアの適用、業務用ネットワークからの分離 |
''', {'iot-devices': ('covered', ['beppyo-reference', 'table', 'paraphrase', 'full-width'], '初期設定のＩＤ及びパスワードの変更、脆弱性を修正したファームウェアの適用', 'special-purpose devices with safety measures via 別表第２: covered')})

# ================= issue-reporting (arranged) =================
case('b3-38-ir-reiki-wrapped.md', '''# 南丘市情報セキュリティ対策規則

（課題の報告）

第１１条　情報セキュリティ管理者は、日々の業務における対策の運用、年１回の自己点検及び職員研修の
実施を通じて明らかになった不備その他改善を要する事項を、速やかに最高情報セキュリティ責任者に報告しなければならない。

２　前項の報告は、別に定める様式により行うものとする。
''', {'issue-reporting': ('covered', ['paraphrase', 'article-form', 'wrapped-lines', 'full-width'], '実施を通じて明らかになった不備その他改善を要する事項を、速やかに最高情報セキュリティ責任者に報告しなければならない。', 'issues from operation, self-inspection and training reported to the CISO: covered')})

case('b3-39-ir-en-audit-findings.md', '''# Shikoku Agency for Rural Finance — Information Security Rules (English translation)

## Article 52 (Audit report)

1. On completing an audit, the audit team shall present a report of its findings to the Chief Information Security Officer.
2. The report shall state the scope of the audit, the findings and the auditors' opinion.
''', {'issue-reporting': ('missing', ['english', 'separate-duty'], 'shall present a report of its findings to the Chief Information Security Officer', 'audit report: a separate duty, missing')})

case('b3-40-ir-univ-self-check-results.md', '''# 国立大学法人瀬田大学情報セキュリティ自己点検実施要項

（点検結果の報告）

第５条　各部局の情報セキュリティ責任者は、自己点検の結果を集計し、毎年３月末日までにＣＩＳＯに報告するものとする。
''', {'issue-reporting': ('missing', ['separate-duty', 'article-form', 'full-width'], '自己点検の結果を集計し、毎年３月末日までにＣＩＳＯに報告するものとする', 'only self-inspection results reported: a separate duty; issues from operation and training not covered')})

case('b3-41-ir-en-deferral.md', '''# National Centre for Traditional Crafts — Information Security Standards (English translation)

## 2.2.1 Operation of the rules

(3) A procedure for reporting to the CISO the issues found in daily operation, self-assessment and training will be established in fiscal 2027.
''', {'issue-reporting': ('missing', ['english', 'deferral'], 'will be established in fiscal 2027', 'deferred to a later year')})

# ================= improvement-instructions (arranged) =================
case('b3-42-ii-reiki-paraphrase.md', '''# 南丘市情報セキュリティ対策規則

（改善の措置）

第１２条　最高情報セキュリティ責任者は、前条の報告を踏まえ、市の組織全体で取り組むべき改善については統括情報セキュリティ責任者に、特定の課に係る改善については当該課の情報セキュリティ管理者に、それぞれ必要な措置を講ずるよう命ずるものとする。
''', {'improvement-instructions': ('covered', ['paraphrase', 'article-form', 'full-width'], '市の組織全体で取り組むべき改善については統括情報セキュリティ責任者に', 'organisation-wide and department-specific improvements each directed to the right person: covered')})

case('b3-43-ii-en-paraphrase.md', '''# Japan Agency for Forest Resources — Information Security Measures Standard (English translation)

## 2.4.1 Review of measures

(2) Based on the problems reported to them, the Chief Information Security Officer shall direct remedial action: measures that concern the whole Agency to the Deputy Chief Information Security Officer, and measures that concern only one department to that department's Information Security Officer.
''', {'improvement-instructions': ('covered', ['english', 'paraphrase'], 'the Chief Information Security Officer shall direct remedial action', 'CISO directs organisation-wide and department-specific remedies: covered')})

case('b3-44-ii-dokuhou-effort.md', '''# 独立行政法人東北地域交通研究所 情報セキュリティ対策基準（抄）

## 2.4.1 情報セキュリティ対策の見直し

(1) 最高情報セキュリティ責任者は、自己点検及び監査の結果並びに報告された課題を踏まえ、研究所全体及び各部門の対策について改善を指示するよう努める。
''', {'improvement-instructions': ('outdated', ['weak-wording'], '改善を指示するよう努める', 'mandatory duty worded as an effort')})

case('b3-45-ii-ministry-label.md', '''# 消費生活調整省情報セキュリティ対策基準（抜粋）

## 2.3.1 自己点検

(1) 統括情報セキュリティ責任者は、年度自己点検計画を策定すること。

(2) 職員等は、自己点検票に回答すること。

**(3) 自己点検結果に基づく改善の指示**

## 2.3.2 情報セキュリティ監査

(1) 情報セキュリティ監査責任者は、監査実施計画を策定すること。
''', {'improvement-instructions': ('missing', ['label-only'], '**(3) 自己点検結果に基づく改善の指示**', 'a bold label with no body before the next section')})

# ================= promotion-structure (arranged) =================
case('b3-46-ps-dokuhou-paraphrase.md', '''# 独立行政法人中国山地農業研究機構 情報セキュリティ規程

（情報セキュリティ推進チーム）

第７条　機構に、機構全体の情報セキュリティ対策を計画的に進める役割を担う部署として、情報セキュリティ推進チームを置く。

２　情報セキュリティ推進チームは、次に掲げる事務をつかさどる。
(1) 対策基準及び実施手順の整備
(2) 教育及び訓練の企画
(3) 自己点検の取りまとめ
(4) 各部署への助言
''', {'promotion-structure': ('covered', ['paraphrase', 'article-form', 'full-width'], '機構全体の情報セキュリティ対策を計画的に進める役割を担う部署として', 'a unit that drives the measures, with its duties listed: covered')})

case('b3-47-ps-en-negation.md', '''# Nagano Institute for Mountain Studies — Information Security Rules (English translation)

## Article 6 (Organisation)

1. The Director-General shall serve as the Chief Information Security Officer.
2. The Institute does not set up a dedicated unit to promote information security measures; each department carries out its own measures.
''', {'promotion-structure': ('missing', ['english', 'negation'], 'The Institute does not set up a dedicated unit to promote information security measures', 'explicitly no promotion unit')})

case('b3-48-ps-ministry-deferral.md', '''# 文教施設整備省情報セキュリティ対策基準（抜粋）

## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、官房長をもって充てる。

(5) 情報セキュリティ対策推進体制の在り方については、組織改編の状況を見つつ、引き続き検討する。
''', {'promotion-structure': ('missing', ['deferral'], '情報セキュリティ対策推進体制の在り方については、組織改編の状況を見つつ、引き続き検討する。', 'deferred study; no structure set up')})

case('b3-49-ps-citation-covered.md', '''# 独立行政法人首都圏防災研究所 情報セキュリティ対策基準（抄）

## ２．１．１　組織・体制の整備

(4) （統一基準2.1.1(4)関係）ＣＩＳＯは、研究所の情報セキュリティ対策を推し進める中心となる組織として情報セキュリティ推進室を設け、推進室に次の役割を担わせること。
(ア) 対策推進計画の案の作成及び進捗の管理
(イ) 各部門の対策の実施状況の把握及び支援
(ウ) 教育の企画及び実施
''', {'promotion-structure': ('covered', ['citation', 'paraphrase', 'full-width'], '研究所の情報セキュリティ対策を推し進める中心となる組織として情報セキュリティ推進室を設け', 'cites the standard and does set up a driving unit with roles: covered')})

# ================= separate duties, a second time each (drafted with the others, before any run) =================
case('b3-53-um-reiki-pattern-only.md', '''# 北山町情報セキュリティ対策規程

（コンピュータウイルス対策）

第２０条　総務課長は、庁内の全てのパソコン及びサーバにウイルス対策ソフトウェアを導入し、そのパターンファイルを
自動的に最新のものに更新させなければならない。

２　職員は、ウイルスに感染したおそれがあるときは、直ちにパソコンをネットワークから切り離し、総務課長に連絡しなければならない。
''', {'unknown-malware': ('missing', ['separate-duty', 'article-form', 'wrapped-lines', 'full-width'], '自動的に最新のものに更新させなければならない。', 'pattern-file antivirus alone: a separate duty that remains in force, missing')})

case('b3-54-mail-reiki-missending.md', '''# 若葉市電子メール利用規程

（誤送信の防止）

第７条　職員は、市の外部へ電子メールを送信するときは、送信前に宛先、添付ファイル及び本文を再確認しなければならない。

２　情報政策課長は、市の外部へ送信される電子メールを一定時間送信待ちとし、その間に送信者が取り消すことのできる機能を設けるものとする。

３　複数の外部の者へ同時に送信するときは、宛先をＢＣＣに入力しなければならない。
''', {'email-encryption': ('missing', ['separate-duty', 'article-form', 'full-width'], '市の外部へ送信される電子メールを一定時間送信待ちとし', '誤送信防止 only: a separate duty, missing')})

case('b3-55-mail-ministry-spf.md', '''# 地域交通政策省情報セキュリティ対策基準（抜粋）

## 7.2.1 電子メール

(3) 電子メールサーバ管理者は、当省から送信される電子メールの送信元を受信者が確認できるよう、ＳＰＦによる送信ドメイン認証の設定を行うこと。
''', {'email-encryption': ('missing', ['separate-duty', 'full-width'], 'ＳＰＦによる送信ドメイン認証の設定を行うこと', 'SPF sender authentication only, no transport encryption: a separate duty, missing')})

case('b3-56-ir-univ-audit-report.md', '''# 国立大学法人湖東大学情報セキュリティ監査規程

（監査報告）

第９条　情報セキュリティ監査責任者は、監査を終了したときは、監査報告書を作成し、最高情報セキュリティ責任者に提出しなければならない。

２　監査報告書には、監査の対象、監査の結果及び指摘事項を記載するものとする。
''', {'issue-reporting': ('missing', ['separate-duty', 'article-form', 'full-width'], '監査報告書を作成し、最高情報セキュリティ責任者に提出しなければならない', 'audit report to the CISO: a separate duty, missing')})

if __name__ == '__main__':
    write_set(D, C)
