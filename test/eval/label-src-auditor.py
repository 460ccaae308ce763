# Source of the auditor-style case set test/fixtures/auditor/: each case is a short policy (or extract) drafted
# independently for this set, targeting one phenomenon of issue 11, with its expected status per targeted id.
# Labels come from requirements.md §4–5 and the status table, written before Kijun was run on any case.
# Running this script writes the .md files and labels.json (line numbers of each evidence snippet are computed).
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402
D = 'test/fixtures/auditor'
J = '# {org}情報セキュリティ対策基準（抜粋）\n\n'
E = '# {org} Information Security Standards (extract)\n\n'
C = []  # (file, org, english?, body, {id: (status, [tags], snippet, reason)})
def case(f, org, body, labels, en=False):
    C.append((f, org, en, body, labels))

# ---------------- unknown-malware (recommended) ----------------
case('um-01-paraphrase.md', '独立行政法人北辰研究機構', '''## 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に、定義ファイルに依存せずプログラムの挙動を監視して不審な動作を検知し、その動作を停止させる仕組みを導入すること。
''', {'unknown-malware': ('covered', ['paraphrase'], 'プログラムの挙動を監視して不審な動作を検知し', 'behaviour monitoring that stops execution on terminals and servers')})
case('um-02-article.md', '国立研究開発法人青葉技術研究所', '''## 第4章　不正プログラム対策

（未知の不正プログラムへの対応）

第12条　情報システムセキュリティ責任者は、全ての端末及びサーバ装置において、未だ知られていない不正プログラムであっても、その振る舞いから判別して起動を阻止する機能を備えなければならない。
''', {'unknown-malware': ('covered', ['paraphrase', 'article-form'], 'その振る舞いから判別して起動を阻止する機能', 'behaviour-based prevention on all terminals and servers')})
case('um-03-negation.md', '独立行政法人潮見振興会', '''## 6.2.2 不正プログラム対策

(1) 端末及びサーバ装置には、ウイルス対策ソフトウェアを導入すること。

(2) EDR等の振る舞い検知製品の導入は見合わせる。
''', {'unknown-malware': ('missing', ['negation'], 'EDR等の振る舞い検知製品の導入は見合わせる。', 'behaviour detection is explicitly not adopted; (1) is pattern-file antivirus, a separate duty')})
case('um-04-deferral.md', '独立行政法人若葉基金', '''## 6.2.2 不正プログラム対策

(1) 未知の不正プログラムへの対策（振る舞い検知による実行防止等）については、将来の課題とする。
''', {'unknown-malware': ('missing', ['deferral'], '将来の課題とする', 'deferred to the future')})
case('um-05-pattern-only.md', '独立行政法人白浜文化財団', '''## 6.2.2 不正プログラム対策

(1) 端末及びサーバ装置にはウイルス対策ソフトウェアを導入し、定義ファイルを常に最新の状態に保つこと。

(2) 外部から受け取ったファイルは、開く前にウイルス対策ソフトウェアで検査すること。
''', {'unknown-malware': ('missing', ['separate-duty'], '定義ファイルを常に最新の状態に保つこと', 'pattern-file antivirus alone is a separate duty: missing, not outdated')})
case('um-06-pattern-plus-behaviour.md', '独立行政法人春日交流センター', '''## 6.2.2 不正プログラム対策

(1) 端末及びサーバ装置にはウイルス対策ソフトウェアを導入し、定義ファイルを常に最新の状態に保つこと。

(2) 前号に加え、端末及びサーバ装置には、定義ファイルで検知できない未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能を導入すること。
''', {'unknown-malware': ('covered', ['covered-with-pattern'], 'その振る舞いにより検知し、実行を防止する機能', 'pattern file beside behaviour-based prevention is covered')})
case('um-07-boundary-only.md', '独立行政法人東雲保健機構', '''## 6.2.4 標的型攻撃対策

(1) 未知の不正プログラムについては、インターネットとの境界に設置したサンドボックスで受信ファイルを検査し、不審なものを遮断すること。
''', {'unknown-malware': ('outdated', ['pre-revision-form', 'scope-limit'], 'インターネットとの境界に設置したサンドボックス', 'unknown malware handled only at the boundary: the pre-revision form')})
case('um-08-scope-servers.md', '独立行政法人浜風海事協会', '''## 6.2.2 不正プログラム対策

(1) 振る舞い検知による不正プログラムの実行防止機能は、インターネット接続系のサーバ装置に限り導入する。
''', {'unknown-malware': ('missing', ['scope-limit'], 'インターネット接続系のサーバ装置に限り導入する', 'limited to some servers, no terminals; recommended item, so missing')})
case('um-09-effort-recommended.md', '独立行政法人緑丘学術振興会', '''## 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置において、未知の不正プログラムを振る舞いにより検知し、その実行を防止する機能の導入に努めること。
''', {'unknown-malware': ('covered', ['weak-wording-recommended'], 'その実行を防止する機能の導入に努めること', 'recommended item: effort wording is normal for it (requirements.md §5)')})
case('um-10-english.md', 'Northgate Research Agency', '''## 6.2.2 Malware protection

(1) All endpoints and servers shall run behaviour-based protection that identifies previously unseen malicious code from what it does and stops it from executing.
''', {'unknown-malware': ('covered', ['english', 'paraphrase'], 'behaviour-based protection that identifies previously unseen malicious code', 'behaviour-based prevention on endpoints and servers')}, en=True)
case('um-11-english-negation.md', 'Harbour Statistics Agency', '''## 6.2.2 Malware protection

(1) Antivirus software with current signatures shall be installed on every endpoint and server.

(2) Behaviour-based endpoint detection is not required.
''', {'unknown-malware': ('missing', ['english', 'negation'], 'Behaviour-based endpoint detection is not required.', 'negation; signatures are a separate duty')}, en=True)
case('um-12-placeholder.md', '独立行政法人朝霧資料館', '''## 6.2.2 不正プログラム対策

### 未知の不正プログラム対策

（今後定める）

## 6.2.3 サービス不能攻撃対策

(1) 情報システムセキュリティ責任者は、サービス不能攻撃への対策を講ずること。
''', {'unknown-malware': ('missing', ['label-only', 'placeholder'], '### 未知の不正プログラム対策', 'heading with a placeholder body')})
case('um-13-exclusion.md', '独立行政法人高原農業研究所', '''## 6.2.2 不正プログラム対策

(1) 未知の不正プログラムの振る舞い検知による実行防止は、本対策基準の対象外とし、各部局の判断に委ねる。
''', {'unknown-malware': ('missing', ['exclusion'], '本対策基準の対象外とし', 'excluded from the policy')})
case('um-14-citation-weak.md', '独立行政法人桜台医療研究センター', '''## 6.2.2 不正プログラム対策

(1) （統一基準 6.2.2 対応）不正プログラム対策として、必要に応じて振る舞い検知製品の導入を検討する。
''', {'unknown-malware': ('missing', ['citation', 'deferral'], '必要に応じて振る舞い検知製品の導入を検討する', 'cites the standard but only considers it as needed: deferral')})
case('um-15-definitions.md', '独立行政法人港南物流研究所', '''## 1.3 用語定義

(1) 「振る舞い検知」とは、プログラムの動作を監視し、不正な動作を検知してその実行を停止する技術をいう。

(2) 「端末」とは、職員等が情報処理を行うために直接操作する電子計算機をいう。

## 6.2.2 不正プログラム対策

(1) 不正プログラムに感染した場合は、直ちに通信回線から切り離すこと。
''', {'unknown-malware': ('missing', ['definitions-only'], '「振る舞い検知」とは', 'term only in definitions; 6.2.2(1) is a response step')})
case('um-16-tadashigaki.md', '独立行政法人清流環境機構', '''## 6.2.2 不正プログラム対策

(1) 端末及びサーバ装置には、振る舞いに基づき未知の不正プログラムの実行を防止する機能を導入すること。ただし、サーバ装置については、この限りでない。
''', {'unknown-malware': ('missing', ['tadashigaki-exception', 'scope-limit'], 'ただし、サーバ装置については、この限りでない。', 'servers excluded by a ただし書; recommended item, so missing')})
case('um-17-fullwidth-wrapped.md', '独立行政法人紅葉産業技術機構', '''## ６．２．２　不正プログラム対策

（１）情報システムセキュリティ責任者は、全ての端末及びサーバ装置にＥＤＲ製品を導入し、未知の不正プログラムの
不審な振る舞いを検知した場合には、その実行を自動的に
阻止する設定とすること。
''', {'unknown-malware': ('covered', ['full-width', 'wrapped-lines'], 'ＥＤＲ製品を導入し', 'behaviour-based blocking on all terminals and servers, wrapped full-width text')})

# ---------------- it-asset-management (recommended) ----------------
case('am-01-paraphrase.md', '独立行政法人北辰研究機構', '''## 6.2.1 ソフトウェアの脆弱性対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に導入されているソフトウェアの名称及びバージョンを管理ツールにより自動的に収集し、公表された脆弱性情報と照合できる状態に保つこと。
''', {'it-asset-management': ('covered', ['paraphrase'], '管理ツールにより自動的に収集し', 'software names and versions collected automatically and matched with vulnerabilities')})
case('am-02-manual-survey.md', '独立行政法人潮見振興会', '''## 6.2.1 ソフトウェアの脆弱性対策

(1) 各課の情報セキュリティ担当者は、年に1回、所管する端末にインストールされたソフトウェアを調査し、ソフトウェア台帳に記録すること。
''', {'it-asset-management': ('outdated', ['manual-vs-automated', 'pre-revision-form'], '年に1回、所管する端末にインストールされたソフトウェアを調査し', 'periodic manual survey: the old form of the duty')})
case('am-03-hardware-delivery.md', '独立行政法人若葉基金', '''## 7.1.1 端末

(1) 情報システムセキュリティ責任者は、端末の納入時に検収を行い、機器の名称、設置場所及び管理者を機器管理台帳に登録すること。
''', {'it-asset-management': ('missing', ['manual-vs-automated', 'separate-duty'], '機器管理台帳に登録すること', 'hardware registration at delivery is a separate duty')})
case('am-04-negation.md', '独立行政法人白浜文化財団', '''## 6.2.1 ソフトウェアの脆弱性対策

(1) 資産管理ツールの導入は、費用対効果の観点から見合わせる。
''', {'it-asset-management': ('missing', ['negation'], '資産管理ツールの導入は、費用対効果の観点から見合わせる。', 'tool explicitly not adopted')})
case('am-05-deferral.md', '独立行政法人春日交流センター', '''## 6.2.1 ソフトウェアの脆弱性対策

(1) 端末のソフトウェア情報を自動的に収集する仕組みについては、次期システム更改時に検討する。
''', {'it-asset-management': ('missing', ['deferral'], '次期システム更改時に検討する', 'deferred')})
case('am-06-scope.md', '独立行政法人東雲保健機構', '''## 6.2.1 ソフトウェアの脆弱性対策

(1) IT資産管理ソフトウェアによるソフトウェア情報の自動収集は、個人番号を取り扱う端末に限り行う。
''', {'it-asset-management': ('missing', ['scope-limit'], '個人番号を取り扱う端末に限り行う', 'limited to some terminals; recommended item, so missing')})
case('am-07-beppyo.md', '国立研究開発法人青葉技術研究所', '''（構成情報の管理）

第15条　情報システムセキュリティ責任者は、別表第2に定めるところにより、端末及びサーバ装置の構成情報を管理しなければならない。

別表第2（第15条関係）

| 管理する情報 | 取得方法 | 頻度 |
|---|---|---|
| ハードウェアの機種及び設置場所 | 納入時に機器管理台帳へ登録 | 納入時 |
| ソフトウェアの名称及びバージョン | IT資産管理ソフトウェアにより各端末及びサーバ装置から自動収集 | 毎日 |
''', {'it-asset-management': ('covered', ['beppyo-reference', 'table'], 'IT資産管理ソフトウェアにより各端末及びサーバ装置から自動収集', 'article refers to 別表第2 whose row requires automated collection')})
case('am-08-english.md', 'Northgate Research Agency', '''## 6.2.1 Software vulnerabilities

(1) An asset-management agent on every endpoint and server shall automatically report installed software names and versions to a central inventory, which is matched against vulnerability advisories.
''', {'it-asset-management': ('covered', ['english', 'paraphrase'], 'automatically report installed software names and versions', 'automated software inventory')}, en=True)
case('am-09-table-placeholder.md', '独立行政法人浜風海事協会', '''## 6.2 脅威への対策

| 対策項目 | 内容 |
|---|---|
| 脆弱性対策 | 修正プログラムを速やかに適用する。 |
| IT資産管理 | 別途定める。 |
''', {'it-asset-management': ('missing', ['label-only', 'placeholder', 'table'], '| IT資産管理 | 別途定める。 |', 'table row naming the item with a placeholder body')})
case('am-10-spreadsheet.md', '独立行政法人緑丘学術振興会', '''## 6.2.1 ソフトウェアの脆弱性対策

(1) 情報システム管理者は、表計算ソフトウェアでソフトウェア管理台帳を作成し、ソフトウェアを導入又は削除する都度、手作業で更新すること。
''', {'it-asset-management': ('outdated', ['manual-vs-automated', 'pre-revision-form'], '手作業で更新すること', 'manual spreadsheet ledger: the old form')})
case('am-11-definitions.md', '独立行政法人朝霧資料館', '''## 1.3 用語定義

(1) 「IT資産管理ソフトウェア」とは、端末のソフトウェア情報を自動的に収集するソフトウェアをいう。

## 6.2.1 ソフトウェアの脆弱性対策

(1) 修正プログラムが公開された場合は、速やかに適用すること。
''', {'it-asset-management': ('missing', ['definitions-only'], '「IT資産管理ソフトウェア」とは', 'term only in definitions')})

# ---------------- drm (recommended) ----------------
case('dr-01-paraphrase.md', '独立行政法人高原農業研究所', '''## 3.1.1 情報の取扱い

(1) 要機密情報を含む電子ファイルには、閲覧、印刷及び複製を許可された者に限る利用制限を付し、ファイルが外部に流出した場合でも権限のない者が開けないようにすること。
''', {'drm': ('covered', ['paraphrase'], '権限のない者が開けないようにすること', 'usage rights that persist after leakage')})
case('dr-02-storage-encryption.md', '独立行政法人桜台医療研究センター', '''## 3.1.1 情報の取扱い

(1) 要機密情報をUSBメモリ等の外部電磁的記録媒体に保存する場合は、暗号化すること。
''', {'drm': ('missing', ['decoy-term'], 'USBメモリ等の外部電磁的記録媒体に保存する場合は、暗号化すること', 'storage encryption is not rights management')})
case('dr-03-negation.md', '独立行政法人港南物流研究所', '''## 3.1.1 情報の取扱い

(1) 情報権限管理（IRM）製品は、導入しないこととする。
''', {'drm': ('missing', ['negation'], '導入しないこととする', 'explicitly not adopted')})
case('dr-04-english-deferral.md', 'Harbour Statistics Agency', '''## 3.1.1 Handling of information

(1) Rights management for documents will be considered in a future review of these standards.
''', {'drm': ('missing', ['english', 'deferral'], 'will be considered in a future review', 'deferred')}, en=True)
case('dr-05-scope.md', '独立行政法人清流環境機構', '''## 3.1.1 情報の取扱い

(1) デジタル著作権管理（DRM）による利用制限は、人事課が取り扱う人事評価ファイルに限って適用する。
''', {'drm': ('missing', ['scope-limit'], '人事評価ファイルに限って適用する', 'limited to one file type of one division; recommended item, so missing')})
case('dr-06-zip-password.md', '独立行政法人紅葉産業技術機構', '''## 3.1.1 情報の取扱い

(1) 電子ファイルを外部に送付する場合は、パスワード付き圧縮ファイルとし、パスワードは別の手段で通知すること。
''', {'drm': ('missing', ['decoy-term'], 'パスワード付き圧縮ファイルとし', 'password zip is not rights management')})
case('dr-07-english.md', 'Westfield Data Agency', '''## 3.1.1 Handling of information

(1) Sensitive documents shall be protected with information rights management so that they cannot be opened, printed or copied by unauthorised persons, even after they leave the agency's systems, including cloud storage.
''', {'drm': ('covered', ['english', 'paraphrase'], 'information rights management', 'rights persist after leaving the agency')}, en=True)
case('dr-08-placeholder.md', '独立行政法人北辰研究機構', '''## 3.1.1 情報の取扱い

### デジタル著作権管理

（記載なし）

### 情報の廃棄

(1) 不要となった情報は、復元できない方法で消去すること。
''', {'drm': ('missing', ['label-only', 'placeholder'], '### デジタル著作権管理', 'heading with an empty body')})

# ---------------- web-encryption (newly mandatory) ----------------
case('we-01-paraphrase.md', '独立行政法人潮見振興会', '''## 7.2.2 ウェブ

(1) 当機構が公開する全てのウェブサイトについて、閲覧者との間の通信を常に暗号化し、閲覧者がなりすましでないことを確認できるよう、信頼できる認証局が発行したサーバ証明書を用いること。
''', {'web-encryption': ('covered', ['paraphrase'], '全てのウェブサイトについて、閲覧者との間の通信を常に暗号化し', 'every site, always encrypted')})
case('we-02-paraphrase-redirect.md', '独立行政法人若葉基金', '''## 7.2.2 ウェブ

(1) ウェブサーバ管理者は、機構が運営する全てのウェブサイトを全ページHTTPSで提供し、HTTPによるアクセスはHTTPSへ転送すること。
''', {'web-encryption': ('covered', ['paraphrase'], '全ページHTTPSで提供し', 'all pages of all sites')})
case('we-03-login-only.md', '独立行政法人白浜文化財団', '''## 7.2.2 ウェブ

(1) 個人情報を入力するページ及びログインページは、SSL/TLSにより暗号化すること。
''', {'web-encryption': ('outdated', ['scope-limit', 'pre-revision-form'], '個人情報を入力するページ及びログインページは', 'only some pages: the pre-revision form of a mandatory item')})
case('we-04-tadashigaki.md', '独立行政法人春日交流センター', '''## 7.2.2 ウェブ

(1) 全てのウェブサイトは常時暗号化すること。ただし、情報提供のみを目的とする静的なウェブサイトについては、この限りでない。
''', {'web-encryption': ('outdated', ['tadashigaki-exception', 'scope-limit'], 'ただし、情報提供のみを目的とする静的なウェブサイトについては、この限りでない。', 'a ただし書 leaves some sites unencrypted')})
case('we-05-enumerated.md', '独立行政法人東雲保健機構', '''## 7.2.2 ウェブ

(1) 次に掲げるウェブサイトは、HTTPSにより提供すること。

- ア　電子申請サイト
- イ　職員採用の応募受付サイト
''', {'web-encryption': ('outdated', ['scope-limit'], '次に掲げるウェブサイトは、HTTPSにより提供すること。', 'an enumerated subset of sites')})
case('we-06-weak.md', '独立行政法人浜風海事協会', '''## 7.2.2 ウェブ

(1) ウェブサイトは、可能な限りHTTPSで提供することが望ましい。
''', {'web-encryption': ('outdated', ['weak-wording'], '可能な限りHTTPSで提供することが望ましい', 'mandatory duty worded as a wish')})
case('we-07-negation.md', '独立行政法人緑丘学術振興会', '''## 7.2.2 ウェブ

(1) 公式ウェブサイトの常時暗号化は、実施しない。
''', {'web-encryption': ('missing', ['negation'], '常時暗号化は、実施しない', 'negation')})
case('we-08-deferral.md', '独立行政法人朝霧資料館', '''## 7.2.2 ウェブ

(1) ウェブサイトの常時SSL化については、ウェブサーバの更新時に改めて検討する。
''', {'web-encryption': ('missing', ['deferral'], '更新時に改めて検討する', 'deferred')})
case('we-09-exclusion.md', '独立行政法人高原農業研究所', '''## 7.2.2 ウェブ

(1) ウェブサイトの通信の暗号化については、本対策基準の対象外とする。
''', {'web-encryption': ('missing', ['exclusion'], '本対策基準の対象外とする', 'excluded from scope')})
case('we-10-partial-exclusion.md', '独立行政法人桜台医療研究センター', '''## 7.2.2 ウェブ

(1) 機構のウェブサイトは、常時暗号化すること。

(2) 前号の規定は、広報用に外部事業者が運営する機構のキャンペーンサイトには適用しない。
''', {'web-encryption': ('outdated', ['exclusion', 'scope-limit'], '前号の規定は、広報用に外部事業者が運営する機構のキャンペーンサイトには適用しない。', 'some of the organisation\'s sites are left out')})
case('we-11-citation-weak.md', '独立行政法人港南物流研究所', '''## 7.2.2 ウェブ

(1) （統一基準 7.2.2 対応）ウェブサイトは、必要に応じてHTTPSを利用する。
''', {'web-encryption': ('outdated', ['citation', 'weak-wording'], '必要に応じてHTTPSを利用する', 'cited, but worded "as needed"')})
case('we-12-citation-full.md', '独立行政法人清流環境機構', '''## 7.2.2 ウェブ

(1) （統一基準 7.2.2 対応）機構が運営する全てのウェブサイトは、常時HTTPSで提供すること。
''', {'web-encryption': ('covered', ['citation'], '全てのウェブサイトは、常時HTTPSで提供すること', 'cited and fully worded')})
case('we-13-english-scope.md', 'Harbour Statistics Agency', '''## 7.2.2 Websites

(1) HTTPS shall be used for pages that collect personal data; other pages may use HTTP.
''', {'web-encryption': ('outdated', ['english', 'scope-limit'], 'other pages may use HTTP', 'only some pages')}, en=True)
case('we-14-english.md', 'Northgate Research Agency', '''## 7.2.2 Websites

(1) Every public website operated by the agency shall be served exclusively over HTTPS (TLS), with plain HTTP redirected and HSTS enabled.
''', {'web-encryption': ('covered', ['english'], 'Every public website operated by the agency shall be served exclusively over HTTPS', 'every site, HTTPS only')}, en=True)
case('we-15-table-label.md', '独立行政法人紅葉産業技術機構', '''## 7.2 電子メール・ウェブ等

| 対策項目 | 実施内容 |
|---|---|
| ウェブサイトの暗号化 | － |
| ウェブサイトの改ざん検知 | 改ざん検知の仕組みを導入する。 |
''', {'web-encryption': ('missing', ['label-only', 'table'], '| ウェブサイトの暗号化 | － |', 'table row with an empty body')})
case('we-16-definitions.md', '独立行政法人北辰研究機構', '''## 1.3 用語定義

(1) 「常時暗号化」とは、ウェブサイトの全てのページをHTTPSにより提供することをいう。

## 7.2.2 ウェブ

(1) ウェブサイトに掲載する情報は、掲載前に所管課の確認を受けること。
''', {'web-encryption': ('missing', ['definitions-only'], '「常時暗号化」とは', 'term only in definitions')})
case('we-17-fullwidth-wrapped.md', '独立行政法人潮見振興会', '''## ７．２．２　ウェブ

（１）機構の全てのウェブサイトは、ＨＴＴＰＳにより常時
暗号化しなければならない。
''', {'web-encryption': ('covered', ['full-width', 'wrapped-lines'], 'ＨＴＴＰＳにより常時', 'every site, always encrypted; wrapped full-width text')})
case('we-18-tls10.md', '独立行政法人若葉基金', '''## 7.2.2 ウェブ

(1) 機構が運営する全てのウェブサイトは、HTTPSにより常時暗号化すること。使用するプロトコルはTLS1.0以上とする。
''', {'web-encryption': ('covered', ['advisory-tls'], 'HTTPSにより常時暗号化すること', 'covered; TLS 1.0 is a separate CRYPTREC advisory, not part of the FY2018 revision')})
case('we-19-beppyo.md', '国立研究開発法人青葉技術研究所', '''（ウェブサイトの通信の保護）

第18条　ウェブサーバ管理者は、別表第1に定めるところにより、ウェブサイトの通信を暗号化しなければならない。

別表第1（第18条関係）

| 対象 | 方式 |
|---|---|
| 研究所が運営する全てのウェブサイト（全ページ） | HTTPSによる常時暗号化 |
''', {'web-encryption': ('covered', ['beppyo-reference', 'table', 'article-form'], '研究所が運営する全てのウェブサイト（全ページ）', 'article plus 別表 row: every site, always')})
case('we-20-beppyo-limited.md', '国立研究開発法人大洋観測研究所', '''（ウェブサイトの通信の保護）

第18条　ウェブサーバ管理者は、別表第1に定めるところにより、ウェブサイトの通信を暗号化しなければならない。

別表第1（第18条関係）

| 対象 | 方式 |
|---|---|
| 電子申請システムの入力画面 | TLSによる暗号化 |
| 職員向けポータルのログイン画面 | TLSによる暗号化 |
''', {'web-encryption': ('outdated', ['beppyo-reference', 'table', 'scope-limit'], '電子申請システムの入力画面', 'the 別表 lists only input and login screens')})
case('we-21-placeholder.md', '独立行政法人白浜文化財団', '''## 7.2.2 ウェブ

### ウェブサイトの暗号化

TBD

### ウェブサイトの可用性

(1) ウェブサーバは冗長構成とすること。
''', {'web-encryption': ('missing', ['label-only', 'placeholder'], '### ウェブサイトの暗号化', 'heading with a placeholder body')})

# ---------------- email-encryption (newly mandatory) ----------------
case('em-01-paraphrase.md', '独立行政法人春日交流センター', '''## 7.2.1 電子メール

(1) 電子メールサーバ管理者は、他のメールサーバとの間の通信を暗号化するとともに、受信者が送信元ドメインの正当性を検証できる仕組み（SPF及びDKIM）を導入すること。
''', {'email-encryption': ('covered', ['paraphrase'], '他のメールサーバとの間の通信を暗号化するとともに', 'transport encryption and sender authentication')})
case('em-02-spf-only.md', '独立行政法人東雲保健機構', '''## 7.2.1 電子メール

(1) 電子メールサーバ管理者は、機構のドメインについてSPFレコードを公開すること。
''', {'email-encryption': ('missing', ['separate-duty'], 'SPFレコードを公開すること', 'SPF only is a separate duty')})
case('em-03-misdelivery.md', '独立行政法人浜風海事協会', '''## 7.2.1 電子メール

(1) 職員等は、電子メールを送信する前に宛先を再確認すること。

(2) 外部宛ての電子メールは、送信後一定時間保留し、誤送信に気付いた場合は取り消せるようにすること。
''', {'email-encryption': ('missing', ['separate-duty'], '誤送信に気付いた場合は取り消せるようにすること', '誤送信防止 is a separate duty')})
case('em-04-attachments.md', '独立行政法人緑丘学術振興会', '''## 7.2.1 電子メール

(1) 職員等は、要機密情報を含むファイルを電子メールに添付して送信する場合は、当該ファイルを暗号化すること。
''', {'email-encryption': ('outdated', ['scope-limit', 'pre-revision-form'], '当該ファイルを暗号化すること', 'staff encrypt some attachments; no transport encryption, no sender authentication')})
case('em-05-weak.md', '独立行政法人朝霧資料館', '''## 7.2.1 電子メール

(1) メールサーバ間の通信は、可能な限り暗号化することが望ましい。
''', {'email-encryption': ('outdated', ['weak-wording'], '可能な限り暗号化することが望ましい', 'mandatory duty worded as a wish')})
case('em-06-negation.md', '独立行政法人高原農業研究所', '''## 7.2.1 電子メール

(1) メールサーバ間通信の暗号化及び送信ドメイン認証は、行わない。
''', {'email-encryption': ('missing', ['negation'], '行わない', 'negation')})
case('em-07-deferral.md', '独立行政法人桜台医療研究センター', '''## 7.2.1 電子メール

(1) 電子メールの暗号化及び送信ドメイン認証の導入は、今後の検討課題とする。
''', {'email-encryption': ('missing', ['deferral'], '今後の検討課題とする', 'deferred')})
case('em-08-english.md', 'Westfield Data Agency', '''## 7.2.1 Email

(1) Mail servers shall use TLS for server-to-server delivery and shall publish SPF and DKIM records so that recipients can verify messages sent in the agency's name.
''', {'email-encryption': ('covered', ['english'], 'use TLS for server-to-server delivery', 'transport encryption and sender authentication')}, en=True)
case('em-09-english-weak.md', 'Harbour Statistics Agency', '''## 7.2.1 Email

(1) Staff should encrypt email where practicable.
''', {'email-encryption': ('outdated', ['english', 'weak-wording'], 'Staff should encrypt email where practicable.', 'weak wording')}, en=True)
case('em-10-scope.md', '独立行政法人港南物流研究所', '''## 7.2.1 電子メール

(1) 職員等が外部に送信する電子メールのうち、個人情報を含むものに限り、S/MIMEにより暗号化すること。
''', {'email-encryption': ('outdated', ['scope-limit'], '個人情報を含むものに限り', 'only some mail, by staff; no server transport encryption or sender authentication')})
case('em-11-citation-spf.md', '独立行政法人清流環境機構', '''## 7.2.1 電子メール

(1) （統一基準 7.2.1 対応）送信ドメイン認証として、SPFを設定すること。
''', {'email-encryption': ('missing', ['citation', 'separate-duty'], '送信ドメイン認証として、SPFを設定すること', 'cited, but SPF only')})
case('em-12-label-only.md', '独立行政法人紅葉産業技術機構', '''## 7.2.1 電子メール

### 電子メールの暗号化

### 電子メールの保存

(1) 送受信した電子メールは、1年間保存すること。
''', {'email-encryption': ('missing', ['label-only'], '### 電子メールの暗号化', 'heading with no body')})
case('em-13-fullwidth-wrapped.md', '独立行政法人北辰研究機構', '''## ７．２．１　電子メール

（１）電子メールサーバ管理者は、外部のメールサーバとの通信をＳＴＡＲＴＴＬＳにより
暗号化し、かつ、ＳＰＦ及びＤＫＩＭによる送信ドメイン認証を
実施すること。
''', {'email-encryption': ('covered', ['full-width', 'wrapped-lines'], 'ＳＴＡＲＴＴＬＳにより', 'transport encryption and sender authentication; wrapped full-width')})
case('em-14-article.md', '国立研究開発法人青葉技術研究所', '''（電子メールの通信の保護）

第20条　メールサーバ管理者は、メールの中継経路における盗聴を防ぐため、メールサーバ相互の通信路を暗号化しなければならない。

２　メールサーバ管理者は、研究所を騙るなりすましメールを受信者が見分けられるよう、送信ドメイン認証技術を用いなければならない。
''', {'email-encryption': ('covered', ['article-form', 'paraphrase'], 'メールサーバ相互の通信路を暗号化しなければならない', 'transport encryption (項1) and sender authentication (項2)')})

# ---------------- mobile-devices (new permission) ----------------
case('mo-01-paraphrase.md', '独立行政法人潮見振興会', '''## 7.1.1 端末

(1) 職員等は、許可を受けた機構支給のスマートフォン及びタブレットを、端末の暗号化、画面ロック及び遠隔消去の設定を行ったうえで、庁舎の内外から業務用ネットワークに接続して利用することができる。
''', {'mobile-devices': ('covered', ['paraphrase'], '庁舎の内外から業務用ネットワークに接続して利用することができる', 'permission with safeguards')})
case('mo-02-ban-ja.md', '独立行政法人若葉基金', '''## 7.1.1 端末

(1) モバイル端末を庁舎外に持ち出して業務に利用することを禁止する。
''', {'mobile-devices': ('outdated', ['mobile-ban'], 'モバイル端末を庁舎外に持ち出して業務に利用することを禁止する。', 'blanket ban: stricter than the standard; information-level outdated')})
case('mo-03-ban-en.md', 'Harbour Statistics Agency', '''## 7.1.1 Endpoints

(1) Mobile devices must not be taken off the premises or connected to any network outside the agency.
''', {'mobile-devices': ('outdated', ['mobile-ban', 'english'], 'Mobile devices must not be taken off the premises', 'blanket ban in English: treated like the Japanese one')}, en=True)
case('mo-04-definitions.md', '独立行政法人白浜文化財団', '''## 1.3 用語定義

(1) 「モバイル端末」とは、端末のうち、業務上の必要に応じて移動させて使用することを目的としたものをいう。

## 7.1.1 端末

(1) 端末には、ログインパスワードを設定すること。
''', {'mobile-devices': ('missing', ['definitions-only'], '「モバイル端末」とは', 'term only in definitions')})
case('mo-05-english.md', 'Northgate Research Agency', '''## 7.1.1 Endpoints

(1) Agency-issued laptops and phones may be used on and off site for work and may connect to agency and outside networks, provided full-disk encryption, multi-factor authentication and remote wipe through MDM are in place.
''', {'mobile-devices': ('covered', ['english', 'paraphrase'], 'may be used on and off site for work', 'permission with safeguards')}, en=True)
case('mo-06-permission-no-safeguards.md', '独立行政法人春日交流センター', '''## 7.1.1 端末

(1) 職員は、モバイル端末を庁外で業務に利用することができる。
''', {'mobile-devices': ('missing', ['conditions-lacking'], 'モバイル端末を庁外で業務に利用することができる。', 'permission without any safety measure: the condition of the requirement is lacking')})
case('mo-07-ban-with-exception.md', '独立行政法人東雲保健機構', '''## 7.1.1 端末

(1) モバイル端末の庁舎外への持ち出しは、禁止する。ただし、情報セキュリティ責任者の許可を得て、端末の暗号化及び遠隔消去の措置を講じたものについては、この限りでない。
''', {'mobile-devices': ('covered', ['tadashigaki-exception'], 'ただし、情報セキュリティ責任者の許可を得て、端末の暗号化及び遠隔消去の措置を講じたものについては、この限りでない。', 'the ただし書 grants use outside with safeguards')})
case('mo-08-ban-en-smartphones.md', 'Westfield Data Agency', '''## 8.1 Use of information systems

(1) Use of smartphones and tablets for official business is prohibited.
''', {'mobile-devices': ('outdated', ['mobile-ban', 'english'], 'Use of smartphones and tablets for official business is prohibited.', 'blanket ban')}, en=True)
case('mo-09-ban-fullwidth.md', '独立行政法人浜風海事協会', '''## ７．１．１　端末

（１）ノートＰＣ等の携帯端末は、要管理対策区域外で使用してはならない。
''', {'mobile-devices': ('outdated', ['mobile-ban', 'full-width'], '要管理対策区域外で使用してはならない', 'blanket ban outside the controlled area')})

# ---------------- domain-names ----------------
case('dn-01-paraphrase.md', '独立行政法人緑丘学術振興会', '''## 6.3.2 アプリケーション・コンテンツの提供時の対策

(1) 国民向けに公開するウェブサイト及び電子メールアドレスには、政府機関等であることが確認できるドメイン名（go.jp）を用いること。
''', {'domain-names': ('covered', ['paraphrase'], 'ドメイン名（go.jp）を用いること', 'go.jp rule')})
case('dn-02-acjp.md', '国立大学法人北浜大学', '''## 6.3.2 アプリケーション・コンテンツの提供時の対策

(1) 本法人は高等教育機関であるため、本学が運営するウェブサイト及び電子メールには、ac.jpで終わるドメイン名を使用することができる。
''', {'domain-names': ('covered', ['paraphrase'], 'ac.jpで終わるドメイン名を使用することができる', 'ac.jp for a higher-education body')})
case('dn-03-negation.md', '独立行政法人朝霧資料館', '''## 6.3.2 アプリケーション・コンテンツの提供時の対策

(1) ウェブサイトのドメイン名については、特段の定めを設けない。
''', {'domain-names': ('missing', ['negation'], '特段の定めを設けない', 'negation')})
case('dn-04-english.md', 'Northgate Research Agency', '''## 6.3.2 Providing applications and content

(1) Public websites and email addresses shall use domain names under go.jp, which show that they belong to the Government of Japan.
''', {'domain-names': ('covered', ['english'], 'shall use domain names under go.jp', 'go.jp rule')}, en=True)
case('dn-05-definitions.md', '独立行政法人高原農業研究所', '''## 1.3 用語定義

(1) 「政府ドメイン名」とは、go.jpで終わるドメイン名をいう。

## 6.3.2 アプリケーション・コンテンツの提供時の対策

(1) ウェブサイトに掲載するコンテンツは、利用者が安全に閲覧できるよう配慮すること。
''', {'domain-names': ('missing', ['definitions-only'], '「政府ドメイン名」とは', 'term only in definitions')})
case('dn-06-table-placeholder.md', '独立行政法人桜台医療研究センター', '''## 6.3 アプリケーション・コンテンツ

| 項目 | 内容 |
|---|---|
| ドメイン名 | 検討中 |
| 不正なウェブサイトへの誘導防止 | 利用者に注意喚起を行う。 |
''', {'domain-names': ('missing', ['label-only', 'placeholder', 'table'], '| ドメイン名 | 検討中 |', 'table row with a placeholder')})

# ---------------- iot-devices ----------------
case('io-01-paraphrase.md', '独立行政法人港南物流研究所', '''## 7.1.3 特定用途機器

(1) ネットワークカメラ、テレビ会議システム、ビル管理システム等のネットワークに接続される特定用途機器については、初期パスワードの変更、ファームウェアの更新及び業務用ネットワークからの分離を行うこと。
''', {'iot-devices': ('covered', ['paraphrase'], '初期パスワードの変更、ファームウェアの更新及び業務用ネットワークからの分離', 'IoT devices in scope with safeguards')})
case('io-02-exclusion.md', '独立行政法人清流環境機構', '''## 7.1.3 特定用途機器

(1) 複合機その他の特定用途機器は、本対策基準の対象外とする。
''', {'iot-devices': ('missing', ['exclusion'], '本対策基準の対象外とする', 'excluded from scope')})
case('io-03-mfp-only.md', '独立行政法人紅葉産業技術機構', '''## 7.1.3 複合機

(1) 複合機は、管理者の初期パスワードを変更して使用すること。
''', {'iot-devices': ('missing', ['scope-limit'], '複合機は、管理者の初期パスワードを変更して使用すること。', 'only multifunction printers; IoT devices in general are not in scope')})
case('io-04-english.md', 'Westfield Data Agency', '''## 7.1.3 Special-purpose devices

(1) IoT devices such as IP cameras, door-access controllers and building-management systems are in scope: default credentials shall be changed, firmware kept up to date and the devices placed on a separate network segment.
''', {'iot-devices': ('covered', ['english'], 'IoT devices such as IP cameras', 'in scope with safeguards')}, en=True)
case('io-05-deferral.md', '独立行政法人北辰研究機構', '''## 7.1.3 特定用途機器

(1) IoT機器の取扱いについては、別途検討する。
''', {'iot-devices': ('missing', ['deferral'], '別途検討する', 'deferred')})
case('io-06-placeholder.md', '独立行政法人潮見振興会', '''## 7.1.3 IoT機器

（準備中）

## 7.2.1 電子メール

(1) 電子メールは業務目的に限り利用すること。
''', {'iot-devices': ('missing', ['label-only', 'placeholder'], '## 7.1.3 IoT機器', 'heading with a placeholder')})
case('io-07-article.md', '国立研究開発法人青葉技術研究所', '''（特定用途機器）

第30条　情報システムセキュリティ責任者は、入退室管理装置、監視カメラその他の通信回線に接続する特定用途機器について、機器の特性に応じた脅威を洗い出し、次に掲げる措置を講じなければならない。

(1) 出荷時のパスワードを変更すること。

(2) ファームウェアを最新の状態に保つこと。

(3) 他の情報システムと通信回線を分離すること。
''', {'iot-devices': ('covered', ['article-form', 'paraphrase'], '入退室管理装置、監視カメラその他の通信回線に接続する特定用途機器', 'IoT devices in scope with safeguards')})

# ---------------- issue-reporting ----------------
case('ir-01-paraphrase.md', '独立行政法人若葉基金', '''## 2.2.1 関係規程の運用

(1) 情報セキュリティ責任者は、所管する業務の運用、自己点検及び教育の実施を通じて明らかになった課題を取りまとめ、最高情報セキュリティ責任者に報告すること。
''', {'issue-reporting': ('covered', ['paraphrase'], '明らかになった課題を取りまとめ、最高情報セキュリティ責任者に報告すること', 'issues from operation, self-inspection and education reported to the CISO')})
case('ir-02-paraphrase-mondai.md', '独立行政法人白浜文化財団', '''（問題点の報告）

第9条　部局情報セキュリティ責任者は、日々の運用や自己点検、研修の中で気付いた問題点を、CISOへ報告しなければならない。
''', {'issue-reporting': ('covered', ['paraphrase', 'article-form'], '気付いた問題点を、CISOへ報告しなければならない', 'problems from operation, self-inspection and training reported to the CISO')})
case('ir-03-audit-report.md', '独立行政法人春日交流センター', '''## 2.3.2 情報セキュリティ監査

(1) 情報セキュリティ監査責任者は、監査の結果を最高情報セキュリティ責任者に報告すること。
''', {'issue-reporting': ('missing', ['separate-duty'], '監査の結果を最高情報セキュリティ責任者に報告すること', '監査報告 is a separate duty')})
case('ir-04-selfcheck-results.md', '独立行政法人東雲保健機構', '''## 2.3.1 自己点検

(1) 情報セキュリティ責任者は、自己点検の結果を取りまとめ、最高情報セキュリティ責任者に報告すること。
''', {'issue-reporting': ('missing', ['separate-duty'], '自己点検の結果を取りまとめ', 'only results of self-inspection: a separate duty')})
case('ir-05-incident.md', '独立行政法人浜風海事協会', '''## 2.2.4 インシデントへの対処

(1) 職員等は、情報セキュリティインシデントを認知した場合には、直ちにCSIRTに報告すること。
''', {'issue-reporting': ('missing', ['separate-duty'], '直ちにCSIRTに報告すること', 'incident reporting is a separate duty')})
case('ir-06-english.md', 'Northgate Research Agency', '''## 2.2.1 Operation of the rules

(1) Heads of divisions shall report to the CISO the problems identified through day-to-day operations, self-assessments and security training.
''', {'issue-reporting': ('covered', ['english', 'paraphrase'], 'shall report to the CISO the problems identified', 'issues reported to the CISO')}, en=True)
case('ir-07-weak.md', '独立行政法人緑丘学術振興会', '''## 2.2.1 関係規程の運用

(1) 情報セキュリティ責任者は、運用、自己点検及び教育において課題を把握した場合には、必要に応じて最高情報セキュリティ責任者に報告するよう努める。
''', {'issue-reporting': ('outdated', ['weak-wording'], '必要に応じて最高情報セキュリティ責任者に報告するよう努める', 'mandatory duty worded as an effort, as needed')})
case('ir-08-label-only.md', '独立行政法人朝霧資料館', '''## 2.2.1 関係規程の運用

### 課題の報告

## 2.2.3 教育

(1) 職員等は、年1回以上情報セキュリティ研修を受講すること。
''', {'issue-reporting': ('missing', ['label-only'], '### 課題の報告', 'heading with no body')})

# ---------------- improvement-instructions ----------------
case('ii-01-paraphrase.md', '独立行政法人高原農業研究所', '''## 2.4.1 対策の見直し

(1) 最高情報セキュリティ責任者は、報告された課題のうち、機構全体で取り組むべきものについては統括情報セキュリティ責任者に、特定の部局に固有のものについては当該部局の情報セキュリティ責任者に、それぞれ改善を指示すること。
''', {'improvement-instructions': ('covered', ['paraphrase'], 'それぞれ改善を指示すること', 'organisation-wide and department-specific improvements instructed')})
case('ii-02-weak.md', '独立行政法人桜台医療研究センター', '''## 2.4.1 対策の見直し

(1) 最高情報セキュリティ責任者は、必要と認める場合には、改善を指示することができる。
''', {'improvement-instructions': ('outdated', ['weak-wording'], '改善を指示することができる', 'permission wording of a mandatory duty')})
case('ii-03-generic-review.md', '独立行政法人港南物流研究所', '''## 2.4.1 対策の見直し

(1) 情報セキュリティ委員会は、毎年度、対策基準を見直すこと。
''', {'improvement-instructions': ('missing', ['separate-duty'], '毎年度、対策基準を見直すこと', 'a periodic review of the standards, not instructions for improvements')})
case('ii-04-english.md', 'Westfield Data Agency', '''## 2.4.1 Review of measures

(1) The CISO shall direct remedial action: issues that concern the whole agency to the Chief Information Security Manager, and issues specific to one bureau to that bureau's information security officer.
''', {'improvement-instructions': ('covered', ['english', 'paraphrase'], 'The CISO shall direct remedial action', 'organisation-wide and bureau-specific instructions')}, en=True)
case('ii-05-deferral.md', '独立行政法人清流環境機構', '''## 2.4.1 対策の見直し

(1) 改善の指示の在り方については、今後検討する。
''', {'improvement-instructions': ('missing', ['deferral'], '今後検討する', 'deferred')})

# ---------------- promotion-structure ----------------
case('ps-01-paraphrase.md', '独立行政法人紅葉産業技術機構', '''## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、情報セキュリティ対策を組織横断的に推進する部門として情報セキュリティ推進室を置き、その所掌（対策基準案の作成、教育の企画、自己点検の取りまとめ）を定めること。
''', {'promotion-structure': ('covered', ['paraphrase'], '情報セキュリティ対策を組織横断的に推進する部門として情報セキュリティ推進室を置き', 'a unit that drives measures, with roles')})
case('ps-02-committee-only.md', '独立行政法人北辰研究機構', '''## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、情報セキュリティ委員会を設置し、対策基準の策定及び改廃を審議させること。
''', {'promotion-structure': ('missing', ['separate-duty'], '情報セキュリティ委員会を設置し', 'a deliberative committee is a separate item')})
case('ps-03-placeholder.md', '独立行政法人潮見振興会', '''## 2.1.1 組織・体制の整備

### 情報セキュリティ対策推進体制

（別途定める）

### 最高情報セキュリティ責任者

(1) 機構に最高情報セキュリティ責任者を1人置く。
''', {'promotion-structure': ('missing', ['label-only', 'placeholder'], '### 情報セキュリティ対策推進体制', 'heading with a placeholder')})
case('ps-04-english.md', 'Northgate Research Agency', '''## 2.1.1 Organisation

(1) The CISO shall establish an Information Security Promotion Office that drives security measures across the agency; its duties are drafting the standards, planning training and consolidating self-assessments.
''', {'promotion-structure': ('covered', ['english'], 'Information Security Promotion Office that drives security measures', 'a promotion unit with roles')}, en=True)
case('ps-05-csirt-only.md', '独立行政法人若葉基金', '''## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、情報セキュリティインシデントに対処するため、CSIRTを設置すること。
''', {'promotion-structure': ('missing', ['separate-duty'], 'CSIRTを設置すること', 'CSIRT is a separate structure')})
case('ps-06-negation.md', '独立行政法人白浜文化財団', '''## 2.1.1 組織・体制の整備

(1) 情報セキュリティ対策の推進を担う専任の体制は設けず、各部局の自主的な取組に委ねる。
''', {'promotion-structure': ('missing', ['negation'], '専任の体制は設けず', 'negation')})
case('ps-07-article.md', '国立研究開発法人青葉技術研究所', '''（情報セキュリティ対策推進体制）

第6条　最高情報セキュリティ責任者は、情報セキュリティ対策推進体制を整備し、その責任者として統括情報セキュリティ責任者を置く。

２　前項の推進体制は、対策推進計画の立案、教育の実施及び自己点検の支援を担う。
''', {'promotion-structure': ('covered', ['article-form'], '情報セキュリティ対策推進体制を整備し', 'structure with roles')})

# ---------------- batch 2 (coverage gaps: markers, weak wording of other mandatory items, wrapped negations) --------
case('b2-01-marker-weak-web.md', '独立行政法人大湊交通研究所', """## 7.2.2 ウェブ

<!-- kijun: web-encryption -->
(1) ウェブサイトの暗号化は、予算の範囲内で順次進めるよう努める。
""", {'web-encryption': ('outdated', ['citation', 'marker', 'weak-wording'], '予算の範囲内で順次進めるよう努める', 'a kijun marker names the clause, whose wording is an effort')})
case('b2-02-marker-negation-mail.md', '独立行政法人大湊交通研究所', """## 7.2.1 電子メール

<!-- kijun: email-encryption -->
(1) 当面の間、メールサーバ間の通信の暗号化は実施しないものとする。
""", {'email-encryption': ('missing', ['citation', 'marker', 'negation'], '通信の暗号化は実施しないものとする', 'a marker on a negation')})
case('b2-03-marker-covered-drm.md', '独立行政法人大湊交通研究所', """## 3.1.1 情報の取扱い

<!-- kijun: drm -->
(1) 機密性3情報を含む電子ファイルは、情報権限管理により、許可された者以外が閲覧、編集、印刷及び転送できないよう保護すること。当該ファイルが組織外に持ち出された場合も同様とする。
""", {'drm': ('covered', ['citation', 'marker', 'paraphrase'], '情報権限管理により、許可された者以外が閲覧', 'marker on a fully worded clause')})
case('b2-04-iot-weak.md', '独立行政法人西ヶ原計量研究所', """## 7.1.3 特定用途機器

(1) ネットワークカメラ等のIoT機器は、初期パスワードを変更し、ファームウェアを更新することが望ましい。
""", {'iot-devices': ('outdated', ['weak-wording'], 'ファームウェアを更新することが望ましい', 'mandatory item worded as a wish')})
case('b2-05-domain-weak.md', '独立行政法人西ヶ原計量研究所', """## 6.3.2 アプリケーション・コンテンツの提供時の対策

(1) 国民向けのウェブサイトには、可能な限り政府ドメイン名（go.jp）を用いるよう配慮する。
""", {'domain-names': ('outdated', ['weak-wording'], '可能な限り政府ドメイン名（go.jp）を用いるよう配慮する', 'mandatory item worded as "as far as possible"')})
case('b2-06-promotion-weak.md', '独立行政法人西ヶ原計量研究所', """## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、必要に応じて、情報セキュリティ対策推進体制を置くことができる。
""", {'promotion-structure': ('outdated', ['weak-wording'], '情報セキュリティ対策推進体制を置くことができる', 'permission wording of a mandatory item')})
case('b2-07-mobile-weak-safeguards.md', '独立行政法人西ヶ原計量研究所', """## 7.1.1 端末

(1) 職員等は、支給されたノートパソコンを庁舎外で業務に利用することができる。この場合、端末の暗号化及び遠隔消去の設定を行うことが望ましい。
""", {'mobile-devices': ('outdated', ['weak-wording'], '端末の暗号化及び遠隔消去の設定を行うことが望ましい', 'permission given, safeguards worded as a wish')})
case('b2-08-negation-wrapped.md', '独立行政法人大湊交通研究所', """## 6.2.2 不正プログラム対策

(1) 未知の不正プログラムを振る舞いにより検知し、その実行を防止する機能については、端末の性能への影響を考慮し、導入を
見合わせることとする。
""", {'unknown-malware': ('missing', ['negation', 'wrapped-lines'], '見合わせることとする。', 'negation carried over a line break')})
case('b2-09-deferral-fullwidth.md', '独立行政法人大湊交通研究所', """## ７．２．２　ウェブ

（１）ウェブサイトのＨＴＴＰＳ化については、令和８年度以降に検討する。
""", {'web-encryption': ('missing', ['deferral', 'full-width'], '令和８年度以降に検討する', 'deferred')})
case('b2-10-english-exclusion-iot.md', 'Eastport Maritime Agency', """## 7.1.3 Special-purpose devices

(1) Building-management systems, IP cameras and other IoT devices are outside the scope of these standards.
""", {'iot-devices': ('missing', ['english', 'exclusion'], 'are outside the scope of these standards', 'excluded')}, en=True)
case('b2-11-english-scope-mail.md', 'Eastport Maritime Agency', """## 7.2.1 Email

(1) Messages containing personal data shall be sent as encrypted attachments. No other encryption of email is required.
""", {'email-encryption': ('outdated', ['english', 'scope-limit', 'pre-revision-form'], 'shall be sent as encrypted attachments', 'staff encrypt some attachments only')}, en=True)
case('b2-12-english-manual-inventory.md', 'Eastport Maritime Agency', """## 6.2.1 Software vulnerabilities

(1) Each division shall survey the software installed on its computers once a year and record it in the software register.
""", {'it-asset-management': ('outdated', ['english', 'manual-vs-automated', 'pre-revision-form'], 'survey the software installed on its computers once a year', 'periodic manual survey')}, en=True)
case('b2-13-english-label-promotion.md', 'Eastport Maritime Agency', """## 2.1.1 Organisation

### Information security promotion structure

To be determined.

### Chief Information Security Officer

(1) The agency shall appoint one CISO.
""", {'promotion-structure': ('missing', ['english', 'label-only', 'placeholder'], '### Information security promotion structure', 'heading with a placeholder')}, en=True)
case('b2-14-english-audit-report.md', 'Eastport Maritime Agency', """## 2.3.2 Audit

(1) The Chief Information Security Auditor shall report audit findings to the CISO.
""", {'issue-reporting': ('missing', ['english', 'separate-duty'], 'shall report audit findings to the CISO', 'audit report is a separate duty')}, en=True)
case('b2-15-paraphrase-web-tls.md', '独立行政法人西ヶ原計量研究所', """## 7.2.2 ウェブ

(1) ウェブサーバ管理者は、研究所のドメインで提供する全てのウェブページを、SSL/TLSを用いた暗号化通信のみで提供すること。
""", {'web-encryption': ('covered', ['paraphrase'], '全てのウェブページを、SSL/TLSを用いた暗号化通信のみで提供すること', 'every page, encrypted only')})
case('b2-16-paraphrase-mail-dmarc.md', '独立行政法人西ヶ原計量研究所', """## 7.2.1 電子メール

(1) 電子メールサーバ管理者は、インターネットとの間のメール配送経路をTLSで保護し、SPF、DKIM及びDMARCにより送信者の真正性を確認できるようにすること。
""", {'email-encryption': ('covered', ['paraphrase'], 'メール配送経路をTLSで保護し', 'transport encryption and sender authentication')})
case('b2-17-paraphrase-asset.md', '独立行政法人大湊交通研究所', """（ソフトウェアの把握）

第22条　情報システムセキュリティ責任者は、端末及びサーバ装置ごとに稼働しているソフトウェアとその版数の一覧を、資産管理システムにより常時最新の状態で把握し、脆弱性が公表された場合には該当する機器を直ちに特定できるようにしなければならない。
""", {'it-asset-management': ('covered', ['paraphrase', 'article-form'], '資産管理システムにより常時最新の状態で把握し', 'automated, always-current software inventory')})
case('b2-18-paraphrase-malware.md', '独立行政法人大湊交通研究所', """（不正プログラムの実行防止）

第23条　情報システムセキュリティ責任者は、端末及びサーバ装置において、許可されていないプログラムの起動や不審な挙動を検知した場合に当該プログラムを自動的に隔離する製品を稼働させなければならない。
""", {'unknown-malware': ('covered', ['paraphrase', 'article-form'], '不審な挙動を検知した場合に当該プログラムを自動的に隔離する製品', 'behaviour-based blocking on terminals and servers')})
case('b2-19-paraphrase-issue.md', '独立行政法人大湊交通研究所', """## 2.3.1 自己点検

(3) 情報セキュリティ責任者は、自己点検、日常の運用及び教育の実施状況から見いだされた改善を要する事項を、最高情報セキュリティ責任者に報告すること。
""", {'issue-reporting': ('covered', ['paraphrase'], '改善を要する事項を、最高情報セキュリティ責任者に報告すること', 'issues from self-inspection, operation and education reported to the CISO')})
case('b2-20-paraphrase-improve.md', '独立行政法人大湊交通研究所', """## 2.3.1 自己点検

(4) 最高情報セキュリティ責任者は、前号の報告を踏まえ、全庁的に取り組むべき改善については統括情報セキュリティ責任者に、部局固有の改善については当該部局の情報セキュリティ責任者に、その実施を命じること。
""", {'improvement-instructions': ('covered', ['paraphrase'], '全庁的に取り組むべき改善については統括情報セキュリティ責任者に', 'organisation-wide and department-specific improvements ordered')})
case('b2-21-iot-tadashigaki.md', '独立行政法人西ヶ原計量研究所', """## 7.1.3 特定用途機器

(1) 通信回線に接続する特定用途機器は、初期パスワードを変更し、ファームウェアを最新に保つこと。ただし、施設管理部門が管理する空調制御機器及び入退館管理装置については、この限りでない。
""", {'iot-devices': ('missing', ['tadashigaki-exception', 'scope-limit'], 'ただし、施設管理部門が管理する空調制御機器及び入退館管理装置については、この限りでない。', 'building IoT left out by a ただし書; no pre-revision form of this item, so missing')})

if __name__ == '__main__':
    write_set(D, [(f, (E if en else J).format(org=org) + body, lab) for f, org, en, body, lab in C])
