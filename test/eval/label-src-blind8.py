# Source of the blind set test/fixtures/blind8/ (2026-12-07): drafted from scratch by a helper who read only the
# domain digest (requirements.md §4-5), the FY2018 revision summary and issue 11's status table; no engine source,
# catalog, docs, other sets or Kijun output were seen, and these labels were written before any run.
# Styles: 省庁 対策基準 with decimal sections and tables, 独立行政法人 / 国立研究開発法人 / 国立大学法人 規程 with 別表,
# 都道府県・市町村 規則・要綱 (第N条, 項, 号), English university and agency policies, wrapped lines, full-width text.
# About half the cases are plain drafting that complies or plainly falls short; the rest are tricky but fair:
# negation, deferral, exclusion, suspension, ただし書 exceptions, labels and definitions without a body, weak wording,
# manual work in place of automation, separate duties, paraphrase, 別表 references, citations and markers, code
# blocks and comments. Status rules (issue 11): negation/deferral/exclusion/label/definition -> missing; a subset
# where the requirement is mandatory and the subset is the pre-revision form -> outdated, else missing; mandatory
# duty worded as wish/effort/permission -> outdated; separate duty -> missing; pre-revision form of the same duty
# (manual survey, boundary-only unknown malware, blanket mobile ban) -> outdated. Weak wording is not labelled for
# the three recommended items (there it is normal). Files avoid older-edition fingerprints (府省庁, 行政事務従事者).
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402

D = 'test/fixtures/blind8'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})


def case(f, text, labels):
    C.append((f, text, labels))


# ---------------------------------------------------------------- web-encryption
case('b8-01-ministry-web.md', '''# 情報セキュリティ対策基準（抄）

## 7.2.2 ウェブ

### (1) ウェブサーバの導入・運用時の対策

(a) 情報システムセキュリティ責任者は、ウェブサーバの運用に当たり、不要な機能を停止し、
ウェブコンテンツの改ざんを検知する措置を講ずること。

(b) 情報システムセキュリティ責任者は、機関等が提供する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと。

(c) 情報システムセキュリティ責任者は、ウェブサーバに保存する情報について、公開してよいものに限ること。
''', {'web-encryption': ('covered', ['plain'], '機関等が提供する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと。',
                        'all sites, always encrypted, firm ending')})

case('b8-02-city-login-only.md', '''# ○○市情報セキュリティ対策基準に関する規則

（ウェブサイトの運用）
第15条 情報システム管理者は、市の公式ウェブサイトの運用に当たり、次に掲げる措置を講じなければならない。
(1) ウェブサーバのソフトウェアを最新の状態に保つこと。
(2) 利用者がログインを行うページ及び個人情報を入力するページについては、SSL/TLSにより通信を暗号化すること。
(3) 掲載する情報について、所属長の承認を得ること。
''', {'web-encryption': ('outdated', ['scope-limit', 'article-form', 'list'],
                        '利用者がログインを行うページ及び個人情報を入力するページについては、SSL/TLSにより通信を暗号化すること。',
                        'encryption only on login and personal-data pages: the pre-revision form')})

case('b8-03-univ-web-en.md', '''# Northfield University Information Security Standard

## 5. Web services

5.1 All websites operated by or on behalf of the University must be delivered over HTTPS only.
Requests made over plain HTTP are redirected to HTTPS, and HTTP Strict Transport Security is enabled.

5.2 Web content must be reviewed by the owning department before publication.
''', {'web-encryption': ('covered', ['english', 'plain'], 'must be delivered over HTTPS only',
                        'every site, HTTPS only, HSTS')})

case('b8-04-iaa-proviso.md', '''# 独立行政法人△△機構 情報セキュリティ対策規程

（ウェブサイトの暗号化）
第32条 情報システムセキュリティ責任者は、機構が運営するウェブサイトについて、TLSにより通信を暗号化しなければならない。
ただし、お知らせ等の静的な情報のみを掲載するウェブサイトについては、この限りでない。
''', {'web-encryption': ('outdated', ['scope-limit', 'condition', 'article-form'],
                        'ただし、お知らせ等の静的な情報のみを掲載するウェブサイトについては、この限りでない。',
                        'ただし書 leaves static sites unencrypted: not every site')})

case('b8-05-web-deferred.md', '''# ○○県情報セキュリティ対策基準

## 第7 ウェブサイトの管理

1 情報システム管理者は、県が管理するウェブサイトについて、定期的に脆弱性診断を実施すること。

2 ウェブサイトの常時暗号化については、システム更改の時期及び予算の状況を踏まえ、将来の課題とする。
''', {'web-encryption': ('missing', ['deferral'], 'ウェブサイトの常時暗号化については、システム更改の時期及び予算の状況を踏まえ、将来の課題とする。',
                        'put off to the future')})

case('b8-06-web-paraphrase.md', '''# 国立研究開発法人□□研究所 情報システム運用規程

（公開ウェブサーバ）
第20条 情報システム管理者は、研究所が運営する全てのウェブサイトについて、利用者との間の通信を
全ページにわたりTLSで保護し、平文による接続は受け付けない設定としなければならない。
2 前項の設定は、ウェブサイトを新たに公開する際にも同様とする。
''', {'web-encryption': ('covered', ['paraphrase', 'wrapped-lines', 'article-form'], '全ページにわたりTLSで保護し、平文による接続は受け付けない設定としなければならない。',
                        'all sites, all pages, no plaintext: HTTPS everywhere without the summary words')})

case('b8-07-web-desirable.md', '''# 情報セキュリティ対策基準

## 7.2.2 ウェブ

(1) 情報システムセキュリティ責任者は、ウェブサーバを要安定情報を取り扱う区域に設置すること。

(2) 機関等のウェブサイトは、常時暗号化を行うことが望ましい。
''', {'web-encryption': ('outdated', ['weak-wording'], '機関等のウェブサイトは、常時暗号化を行うことが望ましい。',
                        'mandatory item worded as desirable')})

case('b8-08-web-label-only.md', '''# 情報セキュリティ対策基準

## 7.2.2 ウェブ

### ウェブサイトの常時暗号化

（検討中）

### ウェブコンテンツの管理

情報システムセキュリティ責任者は、掲載するコンテンツに不正なプログラムが含まれないことを確認すること。
''', {'web-encryption': ('missing', ['label-only'], '### ウェブサイトの常時暗号化',
                        'heading whose body is a placeholder')})

case('b8-09-web-cited-forms.md', '''# 独立行政法人◇◇センター 情報セキュリティ対策基準

## 7.2.2 ウェブ（統一基準 7.2.2 対応）

(1) 情報システムセキュリティ責任者は、問合せフォーム等、利用者が情報を入力するページをTLSにより暗号化すること。
''', {'web-encryption': ('outdated', ['citation', 'scope-limit'], '利用者が情報を入力するページをTLSにより暗号化すること。',
                        'cites the standard but limits encryption to form pages')})

case('b8-10-web-codeblock.md', '''# ○○市情報セキュリティ対策基準

（ウェブサーバの運用）
第17条 情報システム管理者は、ウェブサーバのアクセスログを1年間保存しなければならない。

（参考）次の設定例は職員研修資料からの引用であり、この基準の規定ではない。

```
# 全サイト常時HTTPS化の設定例
server { listen 80; return 301 https://$host$request_uri; }
```
''', {'web-encryption': ('missing', ['code-block'], '# 全サイト常時HTTPS化の設定例',
                        'only inside a code block marked as an example, not policy')})

case('b8-11-web-suspended.md', '''# ○○町情報セキュリティ対策規則

（ウェブサイトの暗号化）
第18条 情報管理者は、町が開設する全てのウェブサイトについて、常時暗号化を行わなければならない。

附 則
1 この規則は、公布の日から施行する。
2 第18条の規定は、当分の間、適用しない。
''', {'web-encryption': ('missing', ['suspension', 'article-form'], '2 第18条の規定は、当分の間、適用しない。',
                        'the duty exists but its application is suspended indefinitely by the 附則')})

# ---------------------------------------------------------------- email-encryption
case('b8-12-ministry-mail.md', '''# 情報セキュリティ対策基準（抄）

## 7.2.1 電子メール

(1) 情報システムセキュリティ責任者は、電子メールサーバが電子メールの不正な中継を行わないように設定すること。

(2) 情報システムセキュリティ責任者は、電子メールサーバ間の通信をSTARTTLSにより暗号化するとともに、
SPF及びDKIMによる送信ドメイン認証を導入すること。
''', {'email-encryption': ('covered', ['plain', 'wrapped-lines'], '電子メールサーバ間の通信をSTARTTLSにより暗号化するとともに、',
                          'server-to-server transport encryption plus sender domain authentication')})

case('b8-13-mail-spf-only.md', '''# 独立行政法人○○機構 電子メール運用規程

（送信ドメイン認証）
第8条 情報システム管理者は、機構のドメイン名についてSPFレコードを公開し、なりすましメールの受信を防止しなければならない。

（利用者の遵守事項）
第9条 職員等は、業務外の目的で電子メールを利用してはならない。
''', {'email-encryption': ('missing', ['separate-duty'], '機構のドメイン名についてSPFレコードを公開し',
                          'SPF only: sender authentication without transport encryption is a separate duty')})

case('b8-14-mail-missend.md', '''# ○○市電子メール利用要綱

（誤送信の防止）
第6条 職員は、電子メールを送信する前に、宛先、添付ファイル及び本文を確認しなければならない。
2 外部の複数の宛先に送信する場合は、BCCを使用しなければならない。
3 情報システム管理者は、外部宛ての電子メールを一定時間保留する機能を設けるものとする。
''', {'email-encryption': ('missing', ['separate-duty', 'plain'], '外部宛ての電子メールを一定時間保留する機能を設けるものとする。',
                          'mis-sending prevention only: no transport encryption or sender authentication')})

case('b8-15-mail-attachments.md', '''# 国立大学法人○○大学 情報セキュリティ対策基準

### 電子メールの暗号化

職員等は、要機密情報を含むファイルを電子メールで学外に送信する場合は、当該ファイルをパスワード付きで暗号化し、
パスワードは別の手段で通知すること。
''', {'email-encryption': ('outdated', ['scope-limit', 'wrapped-lines'], '当該ファイルをパスワード付きで暗号化し、',
                          'only some attachments encrypted by staff; no transport encryption: the pre-revision form')})

case('b8-16-mail-as-needed.md', '''# 情報セキュリティ対策基準

## 7.2.1 電子メール

(1) 情報システムセキュリティ責任者は、必要に応じて、電子メールサーバ間の通信を暗号化すること。
''', {'email-encryption': ('outdated', ['weak-wording'], '必要に応じて、電子メールサーバ間の通信を暗号化すること。',
                          'mandatory item qualified by 必要に応じて')})

case('b8-17-agency-mail-en.md', '''# Agency Information Security Policy

## 9. Electronic mail

9.1 Mail exchanged between the Agency's mail servers and external mail servers shall be encrypted in transit using TLS.

9.2 Outgoing mail shall be signed with DKIM, and SPF and DMARC records shall be published for every Agency domain.

9.3 Staff shall not auto-forward work mail to personal accounts.
''', {'email-encryption': ('covered', ['english', 'plain'], 'shall be encrypted in transit using TLS',
                          'transport encryption and sender authentication')})

case('b8-18-mail-not-now.md', '''# ○○県電子メールシステム運用基準

第5 通信の保護

1 電子メールの通信経路の暗号化は、相手方サーバの対応状況にばらつきがあることから、当面の間、実施しない。

2 送信ドメイン認証（SPF）は、導入済みのものを維持する。
''', {'email-encryption': ('missing', ['negation', 'deferral'], '電子メールの通信経路の暗号化は、相手方サーバの対応状況にばらつきがあることから、当面の間、実施しない。',
                          'transport encryption expressly not done; SPF alone is a separate duty')})

case('b8-19-mail-beppyo.md', '''# 国立研究開発法人△△研究機構 情報システム管理規程

（電子メールサーバの設定）
第14条 情報システム管理者は、電子メールサーバについて、別表第2に定めるところにより設定しなければならない。

別表第2（第14条関係）

| 項目 | 設定内容 |
|---|---|
| 通信の暗号化 | 他の電子メールサーバとの通信にはTLS（STARTTLS）を用いる |
| 送信ドメイン認証 | SPF及びDKIMを設定する |
| 中継制限 | 機構外から機構外への中継を禁止する |
''', {'email-encryption': ('covered', ['beppyo-reference', 'table', 'article-form'], '他の電子メールサーバとの通信にはTLS（STARTTLS）を用いる',
                          'article obliges the settings of 別表第2, which has transport encryption and SPF/DKIM')})

case('b8-20-mail-marker-missend.md', '''# 情報セキュリティ対策基準

## 7.2.1 電子メール

<!-- kijun: email-encryption -->
(1) 職員等は、電子メールの送信に当たり、宛先に誤りがないことを確認すること。
''', {'email-encryption': ('missing', ['marker', 'separate-duty'], '電子メールの送信に当たり、宛先に誤りがないことを確認すること。',
                          'marker points at a mis-sending clause: the marker is an assertion, the clause is a separate duty')})

# ---------------------------------------------------------------- unknown-malware
case('b8-21-ministry-edr.md', '''# 情報セキュリティ対策基準（抄）

## 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、
定義ファイルを常に最新の状態に保つこと。

(2) 情報システムセキュリティ責任者は、端末及びサーバ装置に、未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能を導入すること。
''', {'unknown-malware': ('covered', ['plain'], '未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能を導入すること。',
                         'behaviour-based prevention on terminals and servers, beside pattern-file antivirus')})

case('b8-22-pattern-only.md', '''# ○○村情報セキュリティ対策規則

（不正プログラム対策）
第22条 情報管理者は、全ての端末及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを毎日更新しなければならない。
2 職員は、外部から入手したファイルを使用する前に、ウイルス検査を行わなければならない。
''', {'unknown-malware': ('missing', ['separate-duty', 'plain'], 'ウイルス対策ソフトウェアを導入し、パターンファイルを毎日更新しなければならない。',
                         'pattern-file antivirus only: a separate duty, no behaviour-based prevention')})

case('b8-23-boundary-sandbox.md', '''# 独立行政法人□□支援機構 情報セキュリティ対策基準

## 6.2.4 標的型攻撃対策

(1) 情報システムセキュリティ責任者は、インターネットとの境界にサンドボックス装置を設置し、
受信する電子メールの添付ファイルに含まれる未知の不正プログラムを検知すること。
''', {'unknown-malware': ('outdated', ['scope-limit', 'wrapped-lines'], 'インターネットとの境界にサンドボックス装置を設置し、',
                         'unknown malware handled only at the boundary: the pre-revision form')})

case('b8-24-univ-endpoint-en.md', '''# Westbrook University IT Security Standard

## 7. Malware protection

7.1 Every workstation and server shall run endpoint protection that analyses program behaviour
and blocks the execution of previously unseen malicious code before it can run.

7.2 Signature updates are applied automatically at least daily.
''', {'unknown-malware': ('covered', ['english', 'paraphrase', 'wrapped-lines'], 'and blocks the execution of previously unseen malicious code before it can run.',
                         'behaviour analysis and blocking on workstations and servers, in other words')})

case('b8-25-edr-postponed.md', '''# ○○県情報セキュリティ対策基準

第6 不正プログラム対策

1 情報システム管理者は、端末及びサーバにウイルス対策ソフトウェアを導入すること。

2 EDR（振る舞い検知型の対策製品）の導入は、費用対効果を見極めるまでの間、見合わせる。
''', {'unknown-malware': ('missing', ['deferral'], 'EDR（振る舞い検知型の対策製品）の導入は、費用対効果を見極めるまでの間、見合わせる。',
                         'introduction put off')})

case('b8-26-edr-terminals-only.md', '''# 国立大学法人△△大学 情報システム運用基準

（不正プログラム対策）
第11条 情報システム管理者は、職員が使用する端末に、不審な挙動を検知してプログラムの実行を停止するEDRを導入する。
2 サーバ装置については、ウイルス対策ソフトウェアによる対策を行う。
''', {'unknown-malware': ('missing', ['scope-limit', 'article-form'], '2 サーバ装置については、ウイルス対策ソフトウェアによる対策を行う。',
                         'terminals only; servers left to pattern files: a subset of a recommended item is missing per issue 11')})

case('b8-27-malware-fullwidth.md', '''# 情報セキュリティ対策基準

６．２．２　不正プログラム対策

（１）情報システムセキュリティ責任者は、端末及びサーバ装置に、ＥＤＲ等の、プログラムの挙動を監視して
未知の不正プログラムの実行を阻止する機能を導入すること。
''', {'unknown-malware': ('covered', ['full-width', 'wrapped-lines'], '未知の不正プログラムの実行を阻止する機能を導入すること。',
                         'full-width text, behaviour monitoring and blocking on terminals and servers')})

# ---------------------------------------------------------------- it-asset-management
case('b8-28-ministry-itam.md', '''# 情報セキュリティ対策基準（抄）

## 6.2.1 ソフトウェアの脆弱性対策

(1) 情報システムセキュリティ責任者は、IT資産管理ソフトウェアを導入し、端末及びサーバ装置にインストールされたソフトウェアの名称及びバージョンを自動的に収集すること。

(2) 情報システムセキュリティ責任者は、公表された脆弱性情報と収集した情報を照合し、対策を講ずること。
''', {'it-asset-management': ('covered', ['plain'], 'IT資産管理ソフトウェアを導入し、端末及びサーバ装置にインストールされたソフトウェアの名称及びバージョンを自動的に収集すること。',
                             'asset-management software collecting software information automatically')})

case('b8-29-manual-survey.md', '''# ○○市情報セキュリティ対策基準

（ソフトウェアの管理）
第24条 各課の情報管理者は、毎年度1回、所管する端末にインストールされているソフトウェアを調査し、
その結果をソフトウェア管理台帳に記録して情報政策課に提出しなければならない。
''', {'it-asset-management': ('outdated', ['manual-not-automated', 'wrapped-lines', 'article-form'], '所管する端末にインストールされているソフトウェアを調査し、',
                             'annual manual survey and ledger: the old form of the same duty')})

case('b8-30-hw-delivery.md', '''# 独立行政法人○○基金 情報機器管理規程

（機器の受入れ）
第7条 情報システム管理者は、情報機器の納入を受けたときは、検収を行い、機器管理台帳に登録しなければならない。
2 登録した機器には、管理番号を記載したラベルを貼付する。
''', {'it-asset-management': ('missing', ['manual-not-automated', 'separate-duty', 'plain'], '検収を行い、機器管理台帳に登録しなければならない。',
                             'hardware registration at delivery: not software inventory, not automated')})

case('b8-31-agency-inventory-en.md', '''# Agency Technical Security Standard

## 4. Vulnerability management

4.1 An agent-based inventory tool shall automatically report the installed software and version numbers
of all endpoints and servers to a central console.

4.2 The security team shall match the inventory against newly published vulnerabilities within one business day.
''', {'it-asset-management': ('covered', ['english', 'paraphrase', 'wrapped-lines'], 'An agent-based inventory tool shall automatically report the installed software and version numbers',
                             'automatic software inventory of all endpoints and servers')})

case('b8-32-itam-definition.md', '''# 情報セキュリティ対策基準

## 1.3 用語定義

- 「IT資産管理ソフトウェア」とは、端末等にインストールされたソフトウェアの情報を自動的に収集し、管理するソフトウェアをいう。
- 「端末」とは、職員等が業務に使用する電子計算機をいう。

## 6.2.1 ソフトウェアの脆弱性対策

(1) 情報システムセキュリティ責任者は、脆弱性情報を入手した場合は、速やかに対策を講ずること。
''', {'it-asset-management': ('missing', ['definition-only', 'list'], '「IT資産管理ソフトウェア」とは、端末等にインストールされたソフトウェアの情報を自動的に収集し、管理するソフトウェアをいう。',
                             'term defined but no clause requires using it')})

case('b8-33-itam-fullwidth.md', '''# 国立研究開発法人◇◇研究開発機構 情報セキュリティ対策基準

第５条　情報システム管理者は、ＩＴ資産管理ソフトウェアにより、機構の全ての端末及びサーバ装置から
ソフトウェアの名称及び版数を自動で収集し、脆弱性情報と突合しなければならない。
''', {'it-asset-management': ('covered', ['full-width', 'wrapped-lines', 'article-form'], 'ＩＴ資産管理ソフトウェアにより、機構の全ての端末及びサーバ装置から',
                             'full-width; automatic collection from all terminals and servers')})

# ---------------------------------------------------------------- drm
case('b8-34-ministry-drm.md', '''# 情報セキュリティ対策基準（抄）

## 6.1.2 アクセス制御機能

(1) 情報システムセキュリティ責任者は、要機密情報を含む電子ファイルについて、デジタル著作権管理（DRM）による方式で閲覧、印刷及び複製を制限し、
当該ファイルが外部に流出した場合でも権限のない者が内容を閲覧できないようにすること。
''', {'drm': ('covered', ['plain', 'wrapped-lines'], 'デジタル著作権管理（DRM）による方式で閲覧、印刷及び複製を制限し、',
              'DRM access control that holds after a leak')})

case('b8-35-irm-paraphrase.md', '''# 国立大学法人○○大学 情報格付基準

（機密性の高い文書の保護）
第9条 部局情報セキュリティ責任者は、機密性3の電子文書について、文書ファイル自体に閲覧権限を埋め込み、
学外に持ち出された場合でも権限を付与されていない者が開くことのできない仕組みにより保護しなければならない。
''', {'drm': ('covered', ['paraphrase', 'wrapped-lines', 'article-form'], '文書ファイル自体に閲覧権限を埋め込み、',
              'rights embedded in the file, effective outside the organisation: DRM/IRM in other words')})

case('b8-36-usb-encryption.md', '''# ○○市情報セキュリティ対策基準

（外部記録媒体）
第30条 職員は、個人情報をUSBメモリ等の外部記録媒体に保存する場合は、当該媒体を暗号化しなければならない。
2 外部記録媒体は、施錠できる保管庫に保管しなければならない。
''', {'drm': ('missing', ['decoy', 'plain'], '当該媒体を暗号化しなければならない。',
              'storage encryption of media, not rights management of files')})

case('b8-37-irm-excluded.md', '''# 独立行政法人□□機構 情報セキュリティ対策基準

## 3.1.1 情報の取扱い

(1) 職員等は、情報の格付に応じた取扱制限を明示すること。

(2) 情報権限管理（IRM）製品による電子ファイルの利用制限は、本基準の対象外とする。
''', {'drm': ('missing', ['exclusion'], '情報権限管理（IRM）製品による電子ファイルの利用制限は、本基準の対象外とする。',
              'expressly outside the standard')})

case('b8-38-drm-comment-en.md', '''# Riverside College Data Handling Policy

## 3. Confidential documents

<!-- TODO: add a rule requiring rights management (DRM) on confidential files -->

3.1 Confidential documents shall be stored only on College-managed storage.

3.2 Printed confidential documents shall be shredded when no longer needed.
''', {'drm': ('missing', ['comment', 'english'], 'add a rule requiring rights management (DRM) on confidential files',
              'only an HTML comment mentions DRM')})

# ---------------------------------------------------------------- mobile-devices
case('b8-39-mobile-conditions.md', '''# 独立行政法人○○研究所 モバイル端末利用規程

（モバイル端末の利用）
第4条 職員等は、次の各号に掲げる措置が講じられたモバイル端末に限り、研究所の内外において通信回線に接続し、業務に利用することができる。
(1) MDMにより研究所が管理していること。
(2) 記憶装置が暗号化されていること。
(3) 紛失時に遠隔消去ができること。
(4) 多要素認証による主体認証が設定されていること。
''', {'mobile-devices': ('covered', ['condition', 'list', 'article-form'], '研究所の内外において通信回線に接続し、業務に利用することができる。',
                        'use inside and outside permitted provided safeguards; に限り is the condition, not a scope limit')})

case('b8-40-mobile-ban.md', '''# ○○市情報セキュリティ対策基準

（端末の持出し）
第27条 職員は、市が貸与したノートパソコン、タブレット端末その他のモバイル端末を庁舎外に持ち出し、又は庁外の通信回線に接続してはならない。
''', {'mobile-devices': ('outdated', ['plain', 'article-form'], 'モバイル端末を庁舎外に持ち出し、又は庁外の通信回線に接続してはならない。',
                        'blanket ban: stricter than the standard, information-level outdated')})

case('b8-41-mobile-ban-en.md', '''# Agency Acceptable Use Policy

## 6. Portable devices

6.1 Staff must not connect Agency laptops, tablets or phones to any network outside Agency premises.

6.2 Portable devices must not be taken off premises.
''', {'mobile-devices': ('outdated', ['english', 'plain'], 'Staff must not connect Agency laptops, tablets or phones to any network outside Agency premises.',
                        'blanket ban, English: same status as the Japanese ban')})

case('b8-42-mobile-en-covered.md', '''# Eastgate University Mobile Computing Standard

1. University-issued and approved mobile devices may be used for University work on and off campus,
   over any network, provided that the device:
   - is enrolled in the University's device management service;
   - has full-storage encryption and a passcode enabled; and
   - can be remotely wiped if lost or stolen.
''', {'mobile-devices': ('covered', ['english', 'condition', 'list', 'wrapped-lines'], 'may be used for University work on and off campus,',
                        'permitted on and off campus provided MDM, encryption and remote wipe')})

case('b8-43-mobile-pref-yoko.md', '''# ○○県モバイル端末利用要綱

（目的）
第1条 この要綱は、県が貸与するモバイル端末を庁舎内外で安全に業務に利用するために必要な事項を定める。

（利用の条件）
第3条 職員は、次に掲げる要件を満たすモバイル端末について、庁舎の内外を問わず通信回線に接続して業務に使用することができる。
一 端末管理システムに登録されていること。
二 端末内の情報が暗号化されていること。
三 紛失時に遠隔で情報を消去できる設定がされていること。
2 前項の端末を紛失したときは、直ちに情報システム管理者に報告しなければならない。
''', {'mobile-devices': ('covered', ['condition', 'list', 'article-form'], '庁舎の内外を問わず通信回線に接続して業務に使用することができる。',
                        'use inside and outside with safeguards listed in 号')})

# ---------------------------------------------------------------- domain-names
case('b8-44-ministry-domain.md', '''# 情報セキュリティ対策基準（抄）

## 6.3.2 アプリケーション・コンテンツの提供時の対策

(1) 情報システムセキュリティ責任者は、機関等のウェブサイト及び電子メールアドレスに、政府ドメイン名（go.jp）を使用すること。
''', {'domain-names': ('covered', ['plain'], '政府ドメイン名（go.jp）を使用すること。',
                      'rule on domain names: go.jp for sites and mail')})

case('b8-45-univ-acjp.md', '''# 国立大学法人○○大学 情報システム運用基本規程

（ドメイン名）
第16条 本学が開設するウェブサイト及び本学が使用する電子メールアドレスには、本学に割り当てられたac.jpドメイン名を使用しなければならない。
2 前項以外のドメイン名を使用する場合は、最高情報セキュリティ責任者の承認を得なければならない。
''', {'domain-names': ('covered', ['plain', 'article-form'], '本学に割り当てられたac.jpドメイン名を使用しなければならない。',
                      'higher-education body using ac.jp under a firm rule')})

case('b8-46-domain-effort.md', '''# 独立行政法人△△機構 情報セキュリティ対策基準

## 6.3.2 提供時の対策

(1) 機構のウェブサイトには、可能な限り政府ドメイン名（go.jp）を使用するよう努めること。
''', {'domain-names': ('outdated', ['weak-wording'], '可能な限り政府ドメイン名（go.jp）を使用するよう努めること。',
                      'mandatory item worded as as-far-as-possible effort')})

case('b8-47-domain-elsewhere.md', '''# ○○市情報セキュリティ対策基準

（ウェブサイトの開設）
第19条 所属長は、新たにウェブサイトを開設する場合は、情報政策課長に協議しなければならない。
2 ウェブサイトのドメイン名の取扱いについては、別に定める。
''', {'domain-names': ('missing', ['deferral', 'article-form'], '2 ウェブサイトのドメイン名の取扱いについては、別に定める。',
                      'left to another rule not present: no domain rule here')})

# ---------------------------------------------------------------- iot-devices
case('b8-48-ministry-iot.md', '''# 情報セキュリティ対策基準（抄）

## 7.1.3 複合機・特定用途機器

(1) 情報システムセキュリティ責任者は、特定用途機器（テレビ会議システム、IP電話、ネットワークカメラ、入退室管理装置等のIoT機器を含む。）について、
初期パスワードの変更、ファームウェアの更新及び業務用の通信回線との分離等の対策を講ずること。
''', {'iot-devices': ('covered', ['plain', 'wrapped-lines'], '初期パスワードの変更、ファームウェアの更新及び業務用の通信回線との分離等の対策を講ずること。',
                     'IoT devices in scope with safety measures')})

case('b8-49-iot-excluded.md', '''# ○○町情報セキュリティポリシー

（適用範囲）
第2条 この対策基準は、町が管理する情報システム及び端末に適用する。
2 前項の規定にかかわらず、防犯カメラ、空調制御装置その他のIoT機器には適用しない。
''', {'iot-devices': ('missing', ['exclusion', 'article-form'], '防犯カメラ、空調制御装置その他のIoT機器には適用しない。',
                     'IoT devices expressly excluded from scope')})

case('b8-50-iot-weak.md', '''# 独立行政法人○○センター 情報セキュリティ対策基準

## 7.1.3 特定用途機器

(1) 情報システムセキュリティ責任者は、ネットワークカメラ等のIoT機器について、可能な限り初期パスワードを変更するよう配慮する。
''', {'iot-devices': ('outdated', ['weak-wording'], '可能な限り初期パスワードを変更するよう配慮する。',
                     'mandatory item worded as 可能な限り…配慮する')})

case('b8-51-iot-en.md', '''# Harbor City Council Information Security Policy

## 8. Connected devices

8.1 Connected devices such as CCTV cameras, building-management controllers, smart meters and video-conferencing units
are within the scope of this policy.

8.2 Before such a device is connected, its default credentials shall be changed, its firmware updated,
and it shall be placed on a network segment separated from office systems.
''', {'iot-devices': ('covered', ['english', 'paraphrase', 'wrapped-lines'], 'Before such a device is connected, its default credentials shall be changed, its firmware updated,',
                     'connected devices in scope with default-credential, firmware and separation measures')})

case('b8-52-iot-table-label.md', '''# 国立研究開発法人□□研究所 情報セキュリティ対策基準

## 7.1 端末・サーバ装置等

| 区分 | 対策 |
|---|---|
| 端末 | ウイルス対策ソフトウェアを導入し、OSを最新に保つこと |
| サーバ装置 | 不要なサービスを停止すること |
| IoT機器 | （今後整備） |
''', {'iot-devices': ('missing', ['label-only', 'table'], '| IoT機器 | （今後整備） |',
                     'table row naming IoT devices with a placeholder body')})

# ---------------------------------------------------------------- issue-reporting
case('b8-53-ministry-issues.md', '''# 情報セキュリティ対策基準（抄）

## 2.2.1 関係規程の運用

(1) 統括情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育の実施において発生した課題を取りまとめ、
最高情報セキュリティ責任者に報告すること。
''', {'issue-reporting': ('covered', ['plain', 'wrapped-lines'], '情報セキュリティ対策の運用、自己点検及び教育の実施において発生した課題を取りまとめ、',
                         'issues from operation, self-inspection and education reported to the CISO')})

case('b8-54-audit-report.md', '''# 独立行政法人○○機構 情報セキュリティ監査規程

（監査報告）
第10条 情報セキュリティ監査責任者は、監査の結果を監査報告書に取りまとめ、最高情報セキュリティ責任者に提出しなければならない。
''', {'issue-reporting': ('missing', ['separate-duty', 'plain', 'article-form'], '監査の結果を監査報告書に取りまとめ、最高情報セキュリティ責任者に提出しなければならない。',
                         'audit report: a separate duty, not issues from operation/self-inspection/education')})

case('b8-55-issues-effort.md', '''# ○○県情報セキュリティ対策基準

第2 運用

3 情報セキュリティ管理者は、対策の運用、自己点検及び研修において生じた課題を、最高情報セキュリティ責任者に報告するよう努めるものとする。
''', {'issue-reporting': ('outdated', ['weak-wording'], '最高情報セキュリティ責任者に報告するよう努めるものとする。',
                         'mandatory reporting worded as an effort')})

case('b8-56-issues-paraphrase.md', '''# 国立大学法人△△大学 情報セキュリティ管理規程

（問題点の報告）
第12条 部局情報セキュリティ責任者は、情報セキュリティ対策の日常の運用、自己点検及び研修の各場面で把握した問題点を取りまとめ、
四半期ごとに最高情報セキュリティ責任者に報告しなければならない。
''', {'issue-reporting': ('covered', ['paraphrase', 'wrapped-lines', 'article-form'], '自己点検及び研修の各場面で把握した問題点を取りまとめ、',
                         '問題点 from operation, self-inspection, training reported to the CISO')})

case('b8-57-selfcheck-results.md', '''# ○○市情報セキュリティ対策基準

（自己点検）
第35条 各課の情報管理者は、毎年度、自己点検を実施し、その結果を情報政策課長に報告しなければならない。
''', {'issue-reporting': ('missing', ['separate-duty', 'plain', 'article-form'], '自己点検を実施し、その結果を情報政策課長に報告しなければならない。',
                         'only self-inspection results, to a section head, not issues to the CISO')})

# ---------------------------------------------------------------- improvement-instructions
case('b8-58-ministry-improve.md', '''# 情報セキュリティ対策基準（抄）

## 2.4.1 情報セキュリティ対策の見直し

(1) 最高情報セキュリティ責任者は、報告された課題を踏まえ、組織横断的に改善が必要な事項については統括情報セキュリティ責任者に、
部局に固有の改善事項については当該部局の情報セキュリティ責任者に、それぞれ改善を指示すること。
''', {'improvement-instructions': ('covered', ['plain', 'wrapped-lines'], '部局に固有の改善事項については当該部局の情報セキュリティ責任者に、それぞれ改善を指示すること。',
                                  'CISO instructs cross-cutting and department-specific improvements to the right people')})

case('b8-59-improve-permission.md', '''# 独立行政法人□□機構 情報セキュリティ対策基準

## 2.3.1 自己点検

(3) 最高情報セキュリティ責任者は、自己点検の結果を踏まえ、情報セキュリティ責任者に対し改善を指示することができる。
''', {'improvement-instructions': ('outdated', ['weak-wording'], '情報セキュリティ責任者に対し改善を指示することができる。',
                                  'mandatory instruction worded as a permission')})

case('b8-60-improve-plan-only.md', '''# ○○市情報セキュリティ監査要綱

（改善計画）
第9条 監査を受けた課の長は、監査報告書において指摘された事項について改善計画を作成し、情報政策課長に提出しなければならない。
''', {'improvement-instructions': ('missing', ['outside-duty', 'plain', 'article-form'], '指摘された事項について改善計画を作成し、情報政策課長に提出しなければならない。',
                                  'auditee improvement plan; no CISO instruction')})

case('b8-61-univ-improve-en.md', '''# Lakeside University Information Security Governance Policy

## 4. Review and improvement

4.1 The Chief Information Security Officer (CISO) shall direct improvements that affect the whole University to the
Director of Information Security, and improvements specific to a faculty or department to that unit's Security Lead.
''', {'improvement-instructions': ('covered', ['english', 'wrapped-lines'], 'The Chief Information Security Officer (CISO) shall direct improvements that affect the whole University to the',
                                  'organisation-wide and unit-specific improvements directed to the right people')})

# ---------------------------------------------------------------- promotion-structure
case('b8-62-ministry-structure.md', '''# 情報セキュリティ対策基準（抄）

## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、情報セキュリティ対策推進体制を整備し、その責任者及び役割を定めること。

(2) 最高情報セキュリティ責任者は、CSIRTを整備し、その役割を明確化すること。
''', {'promotion-structure': ('covered', ['plain'], '情報セキュリティ対策推進体制を整備し、その責任者及び役割を定めること。',
                             'promotion structure set up with roles')})

case('b8-63-structure-paraphrase.md', '''# 国立大学法人○○大学 情報セキュリティ推進規程

（情報セキュリティ推進室）
第6条 本学の情報セキュリティ対策の推進を担う組織として、情報基盤センターに情報セキュリティ推進室を置く。
2 推進室は、次に掲げる業務を行う。
一 対策基準及び実施手順の整備に関すること。
二 教育及び自己点検の推進に関すること。
三 部局間の連絡調整に関すること。
''', {'promotion-structure': ('covered', ['paraphrase', 'list', 'article-form'], '本学の情報セキュリティ対策の推進を担う組織として、情報基盤センターに情報セキュリティ推進室を置く。',
                             'a unit that drives the measures, with its tasks listed')})

case('b8-64-structure-label.md', '''# 独立行政法人○○機構 情報セキュリティ対策基準

## 2.1.1 組織・体制の整備

### 情報セキュリティ対策推進体制

別途定める。

### 最高情報セキュリティ責任者

理事長は、最高情報セキュリティ責任者を置くこと。
''', {'promotion-structure': ('missing', ['label-only'], '### 情報セキュリティ対策推進体制',
                             'heading with 別途定める only')})

case('b8-65-structure-effort.md', '''# ○○県情報セキュリティ対策基準

第1 組織体制

4 最高情報セキュリティ責任者は、情報セキュリティ対策の推進を担う体制の整備に努める。
''', {'promotion-structure': ('outdated', ['weak-wording'], '情報セキュリティ対策の推進を担う体制の整備に努める。',
                             'mandatory item worded as effort')})

case('b8-66-csirt-only.md', '''# ○○市情報セキュリティ対策基準

（CSIRT）
第5条 情報セキュリティインシデントに対処するため、情報政策課にCSIRTを置く。
2 CSIRTは、インシデントの受付、初動対応及び関係機関との連絡を行う。
''', {'promotion-structure': ('missing', ['decoy', 'plain', 'article-form'], '情報セキュリティインシデントに対処するため、情報政策課にCSIRTを置く。',
                             'incident response team, not the unit that drives the measures')})

# ---------------------------------------------------------------- multi-requirement excerpts
case('b8-67-iaa-full-excerpt.md', '''# 国立研究開発法人○○技術研究所 情報セキュリティ対策基準（抜粋）

第1章 組織

（推進体制）
第3条 研究所に、情報セキュリティ対策の推進を担う組織として情報セキュリティ推進課を置き、その所掌事務は別表第1のとおりとする。

（課題の報告）
第4条 情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育において発生した課題を最高情報セキュリティ責任者に報告しなければならない。

第2章 技術的対策

（ウェブサイト）
第10条 情報システム管理者は、研究所の全てのウェブサイトをHTTPSにより常時暗号化しなければならない。

別表第1（第3条関係）

| 事務 |
|---|
| 対策基準の見直しの企画 |
| 教育及び自己点検の推進 |
''', {
    'promotion-structure': ('covered', ['beppyo-reference', 'article-form'], '情報セキュリティ対策の推進を担う組織として情報セキュリティ推進課を置き',
                            'a unit that drives the measures, its tasks in 別表第1'),
    'issue-reporting': ('covered', ['plain', 'article-form'], '自己点検及び教育において発生した課題を最高情報セキュリティ責任者に報告しなければならない。',
                        'issues reported to the CISO'),
    'web-encryption': ('covered', ['plain', 'article-form'], '研究所の全てのウェブサイトをHTTPSにより常時暗号化しなければならない。',
                       'all sites always encrypted'),
})

case('b8-68-ministry-tech-excerpt.md', '''# 情報セキュリティ対策基準（抄）

## 6.2.1 ソフトウェアの脆弱性対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置のソフトウェアの脆弱性の所在を把握するため、年2回、各課室に使用ソフトウェアの一覧を提出させること。

## 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に、不正プログラム対策ソフトウェアを導入すること。

(2) 情報システムセキュリティ責任者は、端末及びサーバ装置に、振る舞い検知により未知の不正プログラムの実行を防止する機能を導入すること。
''', {
    'it-asset-management': ('outdated', ['manual-not-automated'], '年2回、各課室に使用ソフトウェアの一覧を提出させること。',
                            'manual periodic survey: the old form'),
    'unknown-malware': ('covered', ['plain'], '振る舞い検知により未知の不正プログラムの実行を防止する機能を導入すること。',
                        'behaviour-based prevention on terminals and servers beside pattern files'),
})

case('b8-69-city-mail-web.md', '''# ○○市情報セキュリティ対策規則

（電子メール）
第20条 情報管理者は、電子メールサーバについて、次の措置を講じなければならない。
(1) 他のメールサーバとの通信をTLSにより暗号化すること。
(2) SPF、DKIM及びDMARCによる送信ドメイン認証を行うこと。

（ウェブサイト）
第21条 情報管理者は、市が開設するウェブサイトのうち、電子申請システム及び施設予約システムについては、TLSにより通信を暗号化しなければならない。
''', {
    'email-encryption': ('covered', ['plain', 'list', 'article-form'], '他のメールサーバとの通信をTLSにより暗号化すること。',
                         'transport encryption and sender authentication'),
    'web-encryption': ('outdated', ['scope-limit', 'article-form'], '電子申請システム及び施設予約システムについては、TLSにより通信を暗号化しなければならない。',
                       'enumerated subset of sites'),
})

case('b8-70-univ-en-excerpt.md', '''# Hillcrest University Information Security Policy (extract)

## 2. Organisation

2.1 The Information Security Office is established as the unit responsible for promoting and coordinating
information security measures across the University. Its responsibilities are set out in Annex A.

## 3. Domain names

3.1 University websites and e-mail addresses shall use the University's ac.jp domain.

## Annex A

- maintaining this policy and its standards;
- coordinating training and self-assessment.
''', {
    'promotion-structure': ('covered', ['english', 'wrapped-lines'], '2.1 The Information Security Office is established as the unit responsible for promoting and coordinating',
                            'a promotion unit with roles in Annex A'),
    'domain-names': ('covered', ['english', 'plain'], "3.1 University websites and e-mail addresses shall use the University's ac.jp domain.",
                     'higher-education body using ac.jp'),
})

case('b8-71-purpose-only.md', '''# ○○村情報セキュリティ基本方針

（目的）
第1条 この方針は、村が保有する情報資産を保護し、ウェブサイトの常時暗号化、電子メールの暗号化等の対策を通じて住民の信頼を確保することを目的とする。

（職員の義務）
第2条 職員は、この方針及び対策基準を遵守しなければならない。
''', {
    'web-encryption': ('missing', ['purpose-clause'], 'ウェブサイトの常時暗号化、電子メールの暗号化等の対策を通じて住民の信頼を確保することを目的とする。',
                       'named only in a purpose clause; no duty imposed'),
    'email-encryption': ('missing', ['purpose-clause'], 'ウェブサイトの常時暗号化、電子メールの暗号化等の対策を通じて住民の信頼を確保することを目的とする。',
                         'named only in a purpose clause; no duty imposed'),
})

case('b8-72-improve-domain-iaa.md', '''# 独立行政法人◇◇高等専門学校機構 情報セキュリティ対策基準

## 2.4.1 見直し

(1) 最高情報セキュリティ責任者は、自己点検及び監査の結果を踏まえ、機構全体に共通する改善事項は統括情報セキュリティ責任者に、
特定の学校又は部署に固有の改善事項は当該学校又は部署の情報セキュリティ責任者に、それぞれ改善を命じること。

## 6.3.2 提供時の対策

(1) 機構及び各高等専門学校のウェブサイト及び電子メールアドレスには、高等教育機関向けのドメイン名（ac.jp）を使用すること。
''', {
    'improvement-instructions': ('covered', ['paraphrase', 'wrapped-lines'], '特定の学校又は部署に固有の改善事項は当該学校又は部署の情報セキュリティ責任者に、それぞれ改善を命じること。',
                                 'cross-cutting and unit-specific improvements ordered to the right people (命じる)'),
    'domain-names': ('covered', ['plain'], '高等教育機関向けのドメイン名（ac.jp）を使用すること。',
                     'higher-education body using ac.jp'),
})

case('b8-73-drm-deferred-mobile-en.md', '''# Agency Information Handling Standard

## 5. Protection of documents

5.1 Rights-management protection of documents is not required under this standard; it will be considered when the
document management system is replaced.

## 6. Mobile working

6.1 Agency-managed smartphones and laptops may be connected to agency and external networks for work,
provided they are managed by MDM, encrypted, and can be wiped remotely.
''', {
    'drm': ('missing', ['negation', 'deferral', 'english'], '5.1 Rights-management protection of documents is not required under this standard; it will be considered when the',
            'expressly not required, put off'),
    'mobile-devices': ('covered', ['english', 'condition', 'wrapped-lines'], '6.1 Agency-managed smartphones and laptops may be connected to agency and external networks for work,',
                       'use on internal and external networks with safeguards'),
})

# ---------------------------------------------------------------- second batch: gaps in the matrix
case('b8-74-mobile-deferred.md', '''# ○○県情報セキュリティ対策基準

第7 端末の管理

1 情報システム管理者は、職員に貸与する端末に主体認証機能を設定すること。

2 モバイル端末を庁舎外で通信回線に接続して業務に利用することについては、今後の検討課題とする。
''', {'mobile-devices': ('missing', ['deferral'], 'モバイル端末を庁舎外で通信回線に接続して業務に利用することについては、今後の検討課題とする。',
                        'the permission with safeguards is left for future study')})

case('b8-75-itam-marker.md', '''# 独立行政法人○○振興機構 情報セキュリティ対策基準

## 7.1.1 端末

<!-- kijun: it-asset-management -->
(2) 情報システムセキュリティ責任者は、資産管理ツールにより、全ての端末及びサーバ装置のソフトウェアのバージョン情報を自動的に収集し、一元的に管理すること。
''', {'it-asset-management': ('covered', ['marker'], '資産管理ツールにより、全ての端末及びサーバ装置のソフトウェアのバージョン情報を自動的に収集し、一元的に管理すること。',
                             'marker points at a clause that itself requires automatic collection')})

case('b8-76-mail-cited.md', '''# 情報セキュリティ対策基準

## 7.2.1 電子メール（統一基準 7.2.1(1) 対応）

(1) 情報システムセキュリティ責任者は、インターネットとの間で電子メールを送受信するサーバについて、通信経路をTLSで暗号化し、
DKIM署名及びSPFにより送信元の正当性を確認できるようにすること。
''', {'email-encryption': ('covered', ['citation', 'wrapped-lines'], '通信経路をTLSで暗号化し、',
                          'cited, and the clause itself requires transport encryption and sender authentication')})

case('b8-77-ministry-table.md', '''# 情報セキュリティ対策基準（別紙）

## 技術的対策一覧

各情報システムセキュリティ責任者は、次の表の対策を講ずること。

| 対象 | 講ずべき対策 |
|---|---|
| 要機密情報を含む電子ファイル | DRMにより閲覧・複製を制限し、流出後も権限のない者が閲覧できないようにする |
| IoT機器（ネットワークカメラ、施設管理装置等） | 初期パスワードを変更し、ファームウェアを最新に保ち、業務用ネットワークから分離する |
''', {
    'drm': ('covered', ['table'], 'DRMにより閲覧・複製を制限し、流出後も権限のない者が閲覧できないようにする',
            'table row obliged by the sentence above it'),
    'iot-devices': ('covered', ['table'], '初期パスワードを変更し、ファームウェアを最新に保ち、業務用ネットワークから分離する',
                    'table row with IoT safety measures'),
})

case('b8-78-drm-cited-deferred.md', '''# 独立行政法人□□研究所 情報セキュリティ対策基準

## 6.1.2 アクセス制御

(1) 情報システムセキュリティ責任者は、情報システムの利用者ごとにアクセス権限を設定すること。

(2) デジタル著作権管理による方式のアクセス制御（統一基準 6.1.2 関連）は、次期システム更改時に導入を検討する。
''', {'drm': ('missing', ['citation', 'deferral'], 'デジタル著作権管理による方式のアクセス制御（統一基準 6.1.2 関連）は、次期システム更改時に導入を検討する。',
              'cites the standard, but introduction is only to be studied later')})

case('b8-79-mfp-only.md', '''# ○○市情報セキュリティ対策基準

（複合機）
第２９条　情報管理者は、複合機を廃棄し、又は返却する場合は、内蔵する記憶装置の情報を
消去しなければならない。
''', {'iot-devices': ('missing', ['decoy', 'plain', 'full-width', 'wrapped-lines'], '複合機を廃棄し、又は返却する場合は、内蔵する記憶装置の情報を',
                     'only data erasure of a multifunction printer at disposal; IoT devices not brought into scope with measures')})

# ---------------------------------------------------------------- third batch: more ordinary drafting
case('b8-80-ministry-mobile.md', '''# 情報セキュリティ対策基準（抄）

## 7.1.1 端末

(3) 統括情報セキュリティ責任者は、モバイル端末を要管理対策区域の内外において通信回線に接続して業務に利用するための安全管理措置
（端末の暗号化、主体認証、遠隔消去及び端末管理）を定めること。

(4) 職員等は、前号の安全管理措置に従い、モバイル端末を利用すること。
''', {'mobile-devices': ('covered', ['plain', 'wrapped-lines'], 'モバイル端末を要管理対策区域の内外において通信回線に接続して業務に利用するための安全管理措置',
                        'use inside and outside the controlled area under defined safeguards')})

case('b8-81-labels-only-handling.md', '''# 独立行政法人○○機構 情報セキュリティ対策基準

## 3.1.1 情報の取扱い

(1) 職員等は、情報を作成又は入手した時に、その情報の格付及び取扱制限を決定し、明示すること。

(2) 職員等は、要機密情報を機構外に提供する場合は、情報セキュリティ責任者の許可を得ること。
''', {'drm': ('missing', ['plain'], '要機密情報を機構外に提供する場合は、情報セキュリティ責任者の許可を得ること。',
              'classification and approval only; no rights management of files')})

case('b8-82-web-no-encryption.md', '''# ○○市ホームページ運用要綱

（掲載情報の管理）
第5条 各課の長は、ホームページに掲載する情報の正確性を確認し、掲載期限を過ぎた情報を速やかに削除しなければならない。

（脆弱性診断）
第6条 情報政策課長は、ホームページのシステムについて、年1回以上脆弱性診断を実施しなければならない。
''', {'web-encryption': ('missing', ['plain', 'article-form'], 'ホームページのシステムについて、年1回以上脆弱性診断を実施しなければならない。',
                        'web rules without any encryption duty')})

case('b8-83-town-issues.md', '''# ○○町情報セキュリティ対策規則

（課題の報告）
第8条 情報セキュリティ管理者は、情報セキュリティ対策の運用、自己点検及び職員研修において生じた課題を、
最高情報セキュリティ責任者に報告しなければならない。
''', {'issue-reporting': ('covered', ['plain', 'article-form', 'wrapped-lines'], '情報セキュリティ対策の運用、自己点検及び職員研修において生じた課題を、',
                         'issues from operation, self-inspection and training reported to the CISO')})

case('b8-84-committee-only.md', '''# 情報セキュリティ対策基準

## 2.1.1 組織・体制の整備

(1) 機関等に、最高情報セキュリティ責任者1人を置くこと。

(2) 最高情報セキュリティ責任者は、情報セキュリティ委員会を置き、対策基準等の審議を行わせること。

(3) 最高情報セキュリティ責任者は、情報セキュリティ監査責任者1人を置くこと。
''', {'promotion-structure': ('missing', ['plain'], '情報セキュリティ委員会を置き、対策基準等の審議を行わせること。',
                             'roles and a deliberative committee only; no unit that drives the measures')})

case('b8-85-plan-approval.md', '''# 独立行政法人□□センター 情報セキュリティ対策基準

## 2.1.2 対策推進計画の策定

(1) 最高情報セキュリティ責任者は、情報セキュリティ対策推進計画を定め、その実施状況を毎年度評価すること。
''', {'improvement-instructions': ('missing', ['plain'], '情報セキュリティ対策推進計画を定め、その実施状況を毎年度評価すること。',
                                  'plan and evaluation; no instruction of improvements to responsible people'),
    'promotion-structure': ('missing', ['decoy', 'plain'], '情報セキュリティ対策推進計画を定め、その実施状況を毎年度評価すること。',
                            'a promotion plan (推進計画), not a promotion structure (推進体制)')})

case('b8-86-city-itam.md', '''# ○○市情報セキュリティ対策基準

（ソフトウェアの把握）
第23条 情報政策課長は、IT資産管理ソフトウェアを用いて、市の全ての端末及びサーバにインストールされているソフトウェアの情報を自動的に収集しなければならない。
2 情報政策課長は、前項により収集した情報を基に、脆弱性のあるソフトウェアを特定し、所管課に対応を指示する。
''', {'it-asset-management': ('covered', ['plain', 'article-form'], 'IT資産管理ソフトウェアを用いて、市の全ての端末及びサーバにインストールされているソフトウェアの情報を自動的に収集しなければならない。',
                             'automatic collection of software information')})

case('b8-87-pref-iot.md', '''# ○○県情報セキュリティ対策規則

（特定用途機器）
第26条 情報システム管理者は、ネットワークカメラ、入退庁管理装置、空調制御装置その他の通信回線に接続する特定用途機器について、次に掲げる措置を講じなければならない。
一 初期設定のパスワードを変更すること。
二 ファームウェアを最新の状態に保つこと。
三 執務用の通信回線と分離すること。
''', {'iot-devices': ('covered', ['plain', 'list', 'article-form'], '空調制御装置その他の通信回線に接続する特定用途機器について、次に掲げる措置を講じなければならない。',
                     'connected special-purpose devices with listed safety measures')})

case('b8-88-antivirus-en.md', '''# Agency Endpoint Security Standard

## 3. Malware

3.1 Antivirus software with current signature files shall be installed on every workstation and server.

3.2 Removable media shall be scanned before use.
''', {'unknown-malware': ('missing', ['separate-duty', 'english', 'plain'], '3.1 Antivirus software with current signature files shall be installed on every workstation and server.',
                         'signature antivirus only: a separate duty')})

case('b8-89-iaa-gojp.md', '''# 独立行政法人○○整備機構 ウェブサイト運用規程

（ドメイン名）
第4条 機構のウェブサイト及び電子メールには、政府ドメイン名（go.jp）を使用しなければならない。
''', {'domain-names': ('covered', ['plain', 'article-form'], '機構のウェブサイト及び電子メールには、政府ドメイン名（go.jp）を使用しなければならない。',
                      'go.jp required for sites and mail')})

write_set(D, C)
