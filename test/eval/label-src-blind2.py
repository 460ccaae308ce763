# Source of the blind set test/fixtures/blind2/ (2026-12-07): short policy excerpts drafted independently by a helper
# session that had not read Kijun's output on any case nor the catalog/engine, from requirements.md §4–5 and issue 11's
# phenomena and status table only. Each case is written in an agency's own words (ministry, municipality, university,
# 独立行政法人), with its expected status per requirement it is about. The labels were committed before Kijun was run.
# Running this script writes the .md files and labels.json (line numbers of each evidence snippet are computed).
# Tag 'status-table': a compliance-status table (対応状況) inside the policy; a row stating 未導入/検討中 is not a duty.
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402
D = 'test/fixtures/blind2'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels):
    C.append((f, text, labels))

# ---------------- unknown-malware (recommended) ----------------
case('bl-01-um-article-paraphrase.md', '''# 国立大学法人北嶺大学情報セキュリティ対策規程（抄）

## 第4章 脅威への対策

（悪性プログラムの実行停止）

第18条　情報基盤センター長は、本学が管理する全ての端末及びサーバ装置において、シグネチャに登録されていない悪性プログラムであっても、動作の特徴から悪性と判定したものの実行を停止させるソフトウェアを稼働させなければならない。
''', {'unknown-malware': ('covered', ['paraphrase', 'article-form'], '動作の特徴から悪性と判定したものの実行を停止させる', 'behaviour-based prevention of unseen malware on all terminals and servers')})

case('bl-02-um-en-signatures.md', '''# Ministry of Coastal Affairs — Information Security Measures Standard (excerpt)

## 6.2.2 Countermeasures against malicious programs

(1) The Information System Security Officer shall ensure that every workstation and server runs anti-virus software whose signature definitions are updated at least once a day.

(2) Removable media shall be scanned before files on them are opened.
''', {'unknown-malware': ('missing', ['english', 'separate-duty'], 'runs anti-virus software whose signature definitions are updated', 'signature antivirus alone is a separate duty that remains in force: missing, not outdated')})

case('bl-03-um-gateway-only.md', '''# 独立行政法人南洋資源調査機構 情報セキュリティ対策基準（抄）

## 6.2.4 標的型攻撃対策

(1) 統括情報セキュリティ責任者は、未知のマルウェアへの対策として、インターネット接続口に振る舞い解析装置を設置し、外部から受信する電子メールの添付ファイル及びダウンロードされるファイルを検査させること。
''', {'unknown-malware': ('outdated', ['pre-revision-form', 'scope-limit'], 'インターネット接続口に振る舞い解析装置を設置し', 'unknown malware handled only at the Internet boundary: the pre-revision form')})

case('bl-04-um-tadashigaki-municipal.md', '''# 西浦市情報セキュリティ対策基準

## 第6 技術的セキュリティ

### 6.3 不正プログラム対策

(2) 情報政策課長は、端末及びサーバに、不審な動作を検知して未知の不正プログラムの実行を阻止する製品を導入する。ただし、ＬＧＷＡＮ接続系の端末については、この限りでない。
''', {'unknown-malware': ('missing', ['tadashigaki-exception', 'scope-limit', 'full-width'], 'ただし、ＬＧＷＡＮ接続系の端末については、この限りでない。', 'a ただし書 removes a class of terminals; recommended item with no pre-revision subset form, so missing')})

case('bl-05-um-pattern-and-behaviour.md', '''# 独立行政法人中央計測評価センター 情報セキュリティ対策基準（抄）

## 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置にパターンファイル型のウイルス対策ソフトウェアを導入し、パターンファイルを自動更新させること。

(2) 情報システムセキュリティ責任者は、前号のソフトウェアでは検出できない新種の不正プログラムに備え、端末及びサーバ装置上でのプログラムの挙動を常時監視し、不正と判断した処理を自動的に停止させる機能を併せて導入すること。
''', {'unknown-malware': ('covered', ['covered-with-pattern', 'paraphrase'], 'プログラムの挙動を常時監視し、不正と判断した処理を自動的に停止させる機能', 'pattern files beside behaviour-based blocking on terminals and servers: covered')})

case('bl-51-um-citation-pattern.md', '''# 農水産振興省情報セキュリティ対策基準（抜粋）

## 6.2.2 不正プログラム対策

(1) （統一基準6.2.2(1)対応）職員等は、端末に導入されたウイルス対策ソフトウェアの定義ファイルが最新であることを毎朝確認すること。
''', {'unknown-malware': ('missing', ['citation', 'separate-duty'], 'ウイルス対策ソフトウェアの定義ファイルが最新であることを毎朝確認すること', 'cites the standard, but the clause is pattern-file antivirus only: a separate duty, missing')})

# ---------------- it-asset-management (recommended) ----------------
case('bl-06-am-paraphrase.md', '''# 経済調整省情報セキュリティ対策基準（抜粋）

## 6.2.1 ソフトウェアに関する脆弱性対策

(2) 情報システムセキュリティ責任者は、端末管理システムのエージェントにより、各端末及びサーバ装置に導入されたアプリケーションの製品名及び版を毎日自動で収集・集計させ、脆弱性情報が公表された際に影響を受ける機器を速やかに特定できるようにすること。
''', {'it-asset-management': ('covered', ['paraphrase'], '製品名及び版を毎日自動で収集・集計させ', 'software names and versions collected automatically from terminals and servers')})

case('bl-07-am-en-manual.md', '''# Kitamori University — Information Security Rules (extract)

## Article 31 (Software on university PCs)

Departmental IT contacts shall, every April, check the programs installed on each PC of their department and update the department's software inventory spreadsheet.
''', {'it-asset-management': ('outdated', ['english', 'manual-vs-automated', 'pre-revision-form'], 'check the programs installed on each PC of their department', 'yearly manual survey into a spreadsheet: the old form of the duty')})

case('bl-08-am-hardware-label.md', '''# 東原市情報セキュリティ対策基準

## 第5 物理的セキュリティ

### 5.4 機器の管理

(1) 情報政策課は、パソコン、サーバ等の機器を調達したときは、検収の上、資産番号ラベルを貼付し、備品台帳に品名、型番及び設置場所を記載する。
''', {'it-asset-management': ('missing', ['manual-vs-automated', 'separate-duty'], '資産番号ラベルを貼付し、備品台帳に品名、型番及び設置場所を記載する', 'hardware registration at acquisition is a separate duty, not software inventory')})

case('bl-09-am-status-table.md', '''# 独立行政法人内海文化振興会 情報セキュリティ対策基準（抄）

## 6.2 脅威への対策

### 統一基準改定への対応状況

| 改定事項 | 当会の対応状況 |
|---|---|
| IT資産管理ソフトウェアによるソフトウェア情報の自動収集 | 未導入（次期基盤更改時に導入を検討） |
''', {'it-asset-management': ('missing', ['status-table', 'table', 'deferral'], '未導入（次期基盤更改時に導入を検討）', 'status-table row says not introduced, to be considered later')})

# ---------------- drm (recommended) ----------------
case('bl-10-drm-paraphrase.md', '''# 独立行政法人東邦医療技術評価機構 情報セキュリティ対策基準（抄）

## 3.1.1 情報の取扱い

(5) 情報セキュリティ責任者は、要機密情報を記録した電子ファイルについて、閲覧、編集及び印刷を許可された利用者に限る利用権限をファイル自体に付与する仕組みを適用し、当該ファイルが機構の外に流出した場合であっても、権限を持たない者が内容を参照できないようにすること。
''', {'drm': ('covered', ['paraphrase'], '利用権限をファイル自体に付与する仕組みを適用し', 'rights bound to the file; unreadable after leaking')})

case('bl-11-drm-en-negation.md', '''# Ministry of Regional Transport — Information Security Measures Standard (extract)

## 3.1.1 Handling of information

(4) Information rights management (IRM) will not be introduced. Files classified as confidential are protected by access permissions on the shared file server.
''', {'drm': ('missing', ['english', 'negation'], 'Information rights management (IRM) will not be introduced.', 'explicitly not adopted; folder permissions are ordinary access control')})

case('bl-12-drm-definitions.md', '''# 国立大学法人南都大学情報セキュリティ規程

（定義）

第2条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。

一　情報権限管理　電子ファイルに閲覧、印刷、複写等の権限を埋め込み、権限のない者による利用を技術的に防ぐ仕組みをいう。

二　部局　本学の学部、研究科、附置研究所その他の組織をいう。

（電子ファイルの保護）

第14条　教職員は、学外に送付する要機密情報を含む電子ファイルにパスワードを設定しなければならない。
''', {'drm': ('missing', ['definitions-only'], '情報権限管理　電子ファイルに閲覧、印刷、複写等の権限を埋め込み', 'term only in the definitions; article 14 is a password on sent files')})

case('bl-13-drm-marker-deferral.md', '''# 独立行政法人北湾港湾技術研究所 情報セキュリティ対策基準（抄）

## 3.1.1 情報の取扱い

<!-- kijun: drm -->
(3) 文書ファイルへのデジタル著作権管理技術の適用については、クラウドサービスへの移行が完了した後に改めて検討する。
''', {'drm': ('missing', ['marker', 'deferral'], 'クラウドサービスへの移行が完了した後に改めて検討する', 'marked as the drm clause, but deferred')})

# ---------------- web-encryption (newly mandatory) ----------------
case('bl-14-web-paraphrase-redirect.md', '''# 文化交流省情報セキュリティ対策基準（抜粋）

## 7.2.2 ウェブ

(1) ウェブサーバ管理者は、当省が運営する全てのウェブサイトについて、平文の http で接続要求を受けたときは https へ転送し、閲覧者との全ての通信を TLS で保護すること。
''', {'web-encryption': ('covered', ['paraphrase'], '閲覧者との全ての通信を TLS で保護すること', 'every site, every connection protected by TLS')})

case('bl-15-web-forms-only.md', '''# 北見沢市情報セキュリティ対策基準

## 第6 技術的セキュリティ

### 6.8 ホームページの管理

(3) 広報広聴課長は、市ホームページのうち、電子申請フォーム及び個人情報を入力させるページについては、SSL/TLSにより通信を暗号化する。
''', {'web-encryption': ('outdated', ['scope-limit', 'pre-revision-form'], '電子申請フォーム及び個人情報を入力させるページについては、SSL/TLSにより通信を暗号化する', 'encryption only on form / personal-data pages: the pre-revision form')})

case('bl-16-web-en-weak.md', '''# National Institute for Seismic Research — Information Security Standards (extract)

## 7.2.2 Web

(1) Websites operated by the Institute should, where practicable, be served over HTTPS.
''', {'web-encryption': ('outdated', ['english', 'weak-wording'], 'should, where practicable, be served over HTTPS', 'mandatory duty worded as "where practicable"')})

case('bl-17-web-tadashigaki-lab-sites.md', '''# 国立大学法人西岳大学情報セキュリティ対策基準

## 第7章 ウェブサイト

（通信の保護）

第40条　本学が公開するウェブサイトは、常時HTTPS化しなければならない。ただし、部局又は研究室が独自に運用するウェブサイトについては、この限りでない。
''', {'web-encryption': ('outdated', ['tadashigaki-exception', 'scope-limit', 'article-form'], 'ただし、部局又は研究室が独自に運用するウェブサイトについては、この限りでない。', 'ただし書 leaves department and lab sites unencrypted: not every site')})

case('bl-18-web-citation-enumerated.md', '''# 国土情報省情報セキュリティ対策基準（抜粋）

## 7.2.2 ウェブ

(1) （統一基準 7.2.2(1) 対応）ウェブサーバ管理者は、次に掲げるウェブサイトについて、通信を常時暗号化すること。

  一　本省ホームページ

  二　電子申請システム

(2) 前項に掲げるもの以外のウェブサイトについては、予算の範囲内で順次対応する。
''', {'web-encryption': ('outdated', ['citation', 'scope-limit'], '前項に掲げるもの以外のウェブサイトについては、予算の範囲内で順次対応する。', 'cites the standard; only enumerated sites, the rest put off: subset form')})

case('bl-19-web-beppyo.md', '''# 独立行政法人海洋観測推進機構 情報システム管理規程（抄）

（ウェブサイトの通信の保護）

第20条　情報システムセキュリティ責任者は、別表第1に定めるところにより、ウェブサイトの通信を保護しなければならない。

別表第1（第20条関係）

| 対象 | 保護の方法 |
|---|---|
| 機構が開設する全てのウェブサイト（全ページ） | HTTPSのみで提供し、HTTPによるアクセスはHTTPSへ転送する |
''', {'web-encryption': ('covered', ['beppyo-reference', 'table', 'article-form'], 'HTTPSのみで提供し、HTTPによるアクセスはHTTPSへ転送する', 'the article refers to 別表第1, whose row requires HTTPS only on every site and page')})

case('bl-52-web-marker-paraphrase.md', '''# 独立行政法人山城歴史資料機構 情報セキュリティ対策基準（抄）

## 7.2.2 ウェブ

<!-- kijun: web-encryption -->
(1) 機構の名義で公開する全てのウェブサイトは、暗号化されていない通信による閲覧ができない構成とし、閲覧者が当該サイトの運営者を電子証明書により確認できるようにすること。
''', {'web-encryption': ('covered', ['marker', 'paraphrase'], '暗号化されていない通信による閲覧ができない構成とし', 'marked clause that does state encryption of every site')})

# ---------------- email-encryption (newly mandatory) ----------------
case('bl-21-mail-paraphrase.md', '''# 社会保障企画省情報セキュリティ対策基準（抜粋）

## 7.2.1 電子メール

(1) 電子メールサーバ管理者は、他組織のメールサーバとの間で電子メールを受け渡す際には通信経路を暗号化し、かつ、受信者が当省から送られたメールであることを電子署名方式の送信元認証により確かめられるようにすること。
''', {'email-encryption': ('covered', ['paraphrase'], '他組織のメールサーバとの間で電子メールを受け渡す際には通信経路を暗号化し', 'server-to-server transport encryption and sender verification')})

case('bl-22-mail-spf-only.md', '''# 南川市情報セキュリティ対策基準

## 第6 技術的セキュリティ

### 6.9 電子メール

(2) 情報政策課長は、市のメールドメインについてSPFレコードを公開し、なりすましメールの防止を図る。
''', {'email-encryption': ('missing', ['separate-duty'], 'SPFレコードを公開し', 'SPF only, no transport encryption: a separate duty, missing')})

case('bl-23-mail-en-missending.md', '''# Tonami University — Rules on the Use of E-mail (extract)

## Article 9 (Preventing mis-sent mail)

(1) Staff shall check every recipient address before sending a message outside the university.

(2) Outgoing external mail is held for five minutes so that the sender can cancel it.

(3) Messages to many outside recipients shall put their addresses in Bcc.
''', {'email-encryption': ('missing', ['english', 'separate-duty'], 'Outgoing external mail is held for five minutes', 'mis-sending prevention only: a separate duty')})

case('bl-24-mail-weak.md', '''# 独立行政法人西海水産資源機構 情報セキュリティ対策基準（抄）

## 7.2.1 電子メール

(1) 電子メールサーバ管理者は、電子メールの送受信に当たっては、可能な限り通信の暗号化を行うものとする。
''', {'email-encryption': ('outdated', ['weak-wording'], '可能な限り通信の暗号化を行うものとする', 'mandatory duty worded "as far as possible"')})

case('bl-25-mail-exclusion.md', '''# 独立行政法人高台教育研究支援機構 情報セキュリティ対策基準（抄）

## 7.2.1 電子メール

(1) 電子メールの運用は、共同利用するメールサービス事業者の定めによる。

(2) 外部とのメール通信の暗号化及び送信元の認証については、本基準の対象としない。
''', {'email-encryption': ('missing', ['exclusion'], '外部とのメール通信の暗号化及び送信元の認証については、本基準の対象としない。', 'excluded from the policy')})

case('bl-26-mail-en-attachments.md', '''# Ministry of Public Health Planning — Information Security Measures Standard (extract)

## 7.2.1 E-mail

(2) When personal data is sent by e-mail, staff shall put it in an encrypted archive and send the password in a separate message.
''', {'email-encryption': ('outdated', ['english', 'scope-limit', 'pre-revision-form'], 'staff shall put it in an encrypted archive', 'staff encrypt some attachments, no transport encryption or sender authentication')})

case('bl-49-mail-en-spf.md', '''# Okinohara Prefectural Institute — Information Security Standards (extract)

## 7.2.1 E-mail

(1) The mail administrator shall publish an SPF record for the Institute's mail domain and keep it up to date when mail servers change.
''', {'email-encryption': ('missing', ['english', 'separate-duty'], 'shall publish an SPF record', 'SPF only: a separate duty, missing')})

case('bl-50-mail-missending-ja.md', '''# 独立行政法人東雲工芸振興機構 情報セキュリティ対策基準（抄）

## 7.2.1 電子メール

(3) 職員等は、機構外へ電子メールを送信する際には、宛先を送信前に再確認し、複数の外部宛先へ同時に送る場合はBCCを用いること。

(4) 電子メールサーバ管理者は、機構外宛ての電子メールを一定時間保留し、送信者が取り消すことのできる機能を設けること。
''', {'email-encryption': ('missing', ['separate-duty'], '機構外宛ての電子メールを一定時間保留し', '誤送信防止 only: a separate duty, missing')})

# ---------------- mobile-devices (new permission) ----------------
case('bl-27-mobile-paraphrase.md', '''# 国際協力調整省情報セキュリティ対策基準（抜粋）

## 7.1.1 端末

(6) 職員等は、統括情報セキュリティ責任者の許可を得て、貸与されたスマートフォン及びタブレット端末を庁舎の内外の通信回線に接続し、業務に用いることができる。この場合において、情報システムセキュリティ責任者は、当該端末の記憶領域の暗号化、画面ロック、紛失時の遠隔データ消去及び端末管理システムへの登録を行わなければならない。
''', {'mobile-devices': ('covered', ['paraphrase'], '庁舎の内外の通信回線に接続し、業務に用いることができる', 'permission to connect inside and outside with safeguards')})

case('bl-28-mobile-ban-univ.md', '''# 国立大学法人東陵大学情報機器管理規程（抄）

（支給端末の持出し）

第11条　本学が支給するノートパソコン及びタブレット端末は、学外へ持ち出してはならない。
''', {'mobile-devices': ('outdated', ['mobile-ban', 'article-form'], '学外へ持ち出してはならない', 'blanket ban on taking devices out: stricter than the standard, information-level outdated')})

case('bl-29-mobile-en-ban.md', '''# City of Harumi — Information Security Standards

## 6. Technical security

### 6.5 Portable devices

(1) Laptops, tablets and smartphones issued by the City shall not be connected to any network outside City Hall.
''', {'mobile-devices': ('outdated', ['english', 'mobile-ban'], 'shall not be connected to any network outside City Hall', 'blanket ban in English, treated like the Japanese one')})

case('bl-30-mobile-placeholder.md', '''# 独立行政法人霧島地域振興機構 情報セキュリティ対策基準（抄）

## 7.1 端末・サーバ装置等

### 7.1.1(4) モバイル端末の利用

（検討中）

### 7.1.2 サーバ装置

(1) 情報システムセキュリティ責任者は、サーバ装置を施錠可能な室に設置すること。
''', {'mobile-devices': ('missing', ['label-only', 'placeholder'], '### 7.1.1(4) モバイル端末の利用', 'heading with a placeholder body')})

case('bl-53-mobile-beppyo.md', '''# 独立行政法人北辺農業技術研究機構 端末利用規程（抄）

（モバイル端末の利用）

第9条　職員等は、別表第3に定める措置が講じられたモバイル端末に限り、これを機構の内外で通信回線に接続して業務に利用することができる。

別表第3（第9条関係）

| 措置 | 内容 |
|---|---|
| 暗号化 | 端末の記憶装置全体を暗号化する |
| 認証 | 生体認証又は6桁以上のパスコードを設定する |
| 紛失対策 | 遠隔消去が可能なMDMに登録する |
''', {'mobile-devices': ('covered', ['beppyo-reference', 'table', 'article-form'], '機構の内外で通信回線に接続して業務に利用することができる', 'use inside and outside allowed when the safeguards of 別表第3 are taken')})

# ---------------- domain-names (reviewed) ----------------
case('bl-31-domain-gojp.md', '''# 独立行政法人中部統計研修機構 情報セキュリティ対策基準（抄）

## 6.3.2 アプリケーション・コンテンツの提供時対策

(1) 情報システムセキュリティ責任者は、機構が利用者に向けて公開するウェブサイト及び機構から送信する電子メールには、政府機関等であることを利用者が確認できるよう、go.jp で終わるドメイン名を使用すること。
''', {'domain-names': ('covered', ['paraphrase'], 'go.jp で終わるドメイン名を使用すること', 'go.jp rule for websites and mail')})

case('bl-32-domain-acjp-univ.md', '''# 国立大学法人浜名大学情報セキュリティ対策基準

## 6.3.2 コンテンツの提供

(1) 本学が公開するウェブサイト及び教職員の電子メールアドレスには、本学が高等教育機関であることを示す ac.jp ドメイン名（hamana-u.ac.jp 及びそのサブドメイン）を使用しなければならない。
''', {'domain-names': ('covered', ['paraphrase'], 'ac.jp ドメイン名（hamana-u.ac.jp 及びそのサブドメイン）を使用しなければならない', 'higher-education 法人 using ac.jp: allowed since the revision')})

case('bl-33-domain-en-negation.md', '''# Agency for Maritime Technology — Information Security Standards (extract)

## 6.3.2 Providing applications and content

(2) Project websites may be registered under any commercial domain (.com, .net, .jp); the Agency does not restrict the domain names used.
''', {'domain-names': ('missing', ['english', 'negation'], 'the Agency does not restrict the domain names used', 'no domain-name rule: negation')})

case('bl-34-domain-status-table.md', '''# 地方創生調整省情報セキュリティ対策基準（抜粋）

## 附属資料　平成30年度版統一基準の改定事項への対応

| 改定事項 | 対応状況 | 備考 |
|---|---|---|
| ドメイン名の使用に関する規定 | 未整備 | 次回改定時に規定予定 |
''', {'domain-names': ('missing', ['status-table', 'table', 'deferral'], '| ドメイン名の使用に関する規定 | 未整備 | 次回改定時に規定予定 |', 'status row: not yet drafted')})

# ---------------- iot-devices (clarified, added) ----------------
case('bl-35-iot-paraphrase.md', '''# 独立行政法人大川防災科学研究機構 情報セキュリティ対策基準（抄）

## 7.1.3 特定の用途の機器

(1) 情報システムセキュリティ責任者は、通信回線に接続する監視カメラ、テレビ会議装置、空調・照明の制御装置その他これらに類する機器について、出荷時のID及びパスワードの変更、ファームウェアの適時の更新並びに業務用ネットワークからの分離を行うこと。
''', {'iot-devices': ('covered', ['paraphrase'], '出荷時のID及びパスワードの変更、ファームウェアの適時の更新', 'connected special-purpose devices in scope with safety measures')})

case('bl-36-iot-en-deferral.md', '''# Ministry of Rural Infrastructure — Information Security Measures Standard (extract)

## 7.1.3 Special-purpose equipment

(1) Security measures for IP cameras, building-management controllers and other connected equipment will be considered in the next revision of these standards.
''', {'iot-devices': ('missing', ['english', 'deferral'], 'will be considered in the next revision of these standards', 'deferred')})

case('bl-37-iot-marker-weak.md', '''# 東浜市情報セキュリティ対策基準

## 第6 技術的セキュリティ

<!-- kijun: iot-devices -->
(7) 各課長は、ネットワークカメラ、入退室管理装置等の特定用途機器については、初期パスワードの変更等に配慮する。
''', {'iot-devices': ('outdated', ['marker', 'weak-wording'], '初期パスワードの変更等に配慮する', 'marked clause; a mandatory item worded as 配慮する')})

case('bl-38-iot-definitions.md', '''# 独立行政法人西陣産業技術機構 情報セキュリティ対策基準（抄）

## 1.3 用語定義

(12) 「特定用途機器」とは、テレビ会議システム、IP電話システム、ネットワークカメラシステム、入退管理システム等の特定の用途に使用される情報システム特有の構成要素であって、通信回線に接続されているものをいう。

(13) 「要保護情報」とは、要機密情報、要保全情報及び要安定情報をいう。

## 7.1.1 端末

(1) 情報システムセキュリティ責任者は、端末を施錠可能な場所に保管すること。
''', {'iot-devices': ('missing', ['definitions-only'], '「特定用途機器」とは、テレビ会議システム', 'term only in definitions')})

case('bl-54-iot-negation.md', '''# 独立行政法人北浜国際交流基金 情報セキュリティ対策基準（抄）

## 7.1.3 複合機・特定用途機器

(2) 当基金の庁舎に設置されたネットワークカメラ及び入館管理装置は、ビル管理会社が管理するため、当基金としてのセキュリティ対策は講じない。
''', {'iot-devices': ('missing', ['negation'], '当基金としてのセキュリティ対策は講じない。', 'explicitly no measures')})

# ---------------- issue-reporting (arranged) ----------------
case('bl-39-ir-article-paraphrase.md', '''# 国立大学法人北嶺大学情報セキュリティ対策規程（抄）

（問題点の報告）

第25条　部局情報セキュリティ責任者は、日常の運用、自己点検及び情報セキュリティ研修の実施を通じて判明した問題点を、最高情報セキュリティ責任者に報告しなければならない。
''', {'issue-reporting': ('covered', ['paraphrase', 'article-form'], '日常の運用、自己点検及び情報セキュリティ研修の実施を通じて判明した問題点を', 'issues from operation, self-inspection and education reported to the CISO')})

case('bl-40-ir-en-audit-report.md', '''# National Archives Service Agency — Information Security Standards (extract)

## 2.3.2 Information security audit

(3) The Chief Information Security Auditor shall submit the audit report to the CISO within thirty days of completing each audit.
''', {'issue-reporting': ('missing', ['english', 'separate-duty'], 'shall submit the audit report to the CISO', 'audit report: a separate duty, missing')})

case('bl-41-ir-weak.md', '''# 食品安全調整省情報セキュリティ対策基準（抜粋）

## 2.2.1 関係規程の運用

(2) 情報セキュリティ責任者は、対策の運用、自己点検及び教育の実施において課題を把握した場合は、最高情報セキュリティ責任者に報告するよう努める。
''', {'issue-reporting': ('outdated', ['weak-wording'], '最高情報セキュリティ責任者に報告するよう努める', 'mandatory duty worded as an effort')})

case('bl-44-ir-ii-audit-results-weak.md', '''# 独立行政法人南部住宅技術機構 情報セキュリティ対策基準（抄）

## 2.3.2 情報セキュリティ監査

(4) 情報セキュリティ監査責任者は、監査の結果を最高情報セキュリティ責任者に報告すること。

(5) 最高情報セキュリティ責任者は、前号の報告を受けて、必要に応じて改善を指示することができる。
''', {'issue-reporting': ('missing', ['separate-duty'], '監査の結果を最高情報セキュリティ責任者に報告すること', 'audit results report: a separate duty, missing'),
      'improvement-instructions': ('outdated', ['weak-wording'], '必要に応じて改善を指示することができる', 'mandatory duty worded as a permission, as needed; no split between organisation-wide and department-specific')})

# ---------------- improvement-instructions (arranged) ----------------
case('bl-42-ii-paraphrase.md', '''# 総合防災企画省情報セキュリティ対策基準（抜粋）

## 2.4.1 情報セキュリティ対策の見直し

(2) 最高情報セキュリティ責任者は、報告された課題のうち、省全体として対処すべきものについては統括情報セキュリティ責任者に、特定の部局に係るものについては当該部局の情報セキュリティ責任者に、それぞれ是正のための措置を講ずるよう命ずること。
''', {'improvement-instructions': ('covered', ['paraphrase'], '省全体として対処すべきものについては統括情報セキュリティ責任者に', 'organisation-wide and department-specific corrective action ordered to the right person')})

case('bl-43-ii-en-label.md', '''# City of Minamioka — Information Security Standards

## 2. Organisation and operation

### 2.6 Improvement instructions by the CISO

(Reserved)

### 2.7 Training

(1) Every employee shall attend security training once a year.
''', {'improvement-instructions': ('missing', ['english', 'label-only', 'placeholder'], '### 2.6 Improvement instructions by the CISO', 'heading with a reserved body')})

# ---------------- promotion-structure (arranged) ----------------
case('bl-45-ps-article-paraphrase.md', '''# 国立大学法人浜名大学情報セキュリティ対策基準

（情報セキュリティ推進室）

第6条　本学に、情報セキュリティ対策を組織的に進めるための中核となる組織として、情報セキュリティ推進室を置く。

２　情報セキュリティ推進室は、対策基準の運用管理、教育の企画、自己点検の取りまとめ及びインシデント対応の調整を担う。
''', {'promotion-structure': ('covered', ['paraphrase', 'article-form'], '情報セキュリティ対策を組織的に進めるための中核となる組織として', 'a unit that drives the measures, with its roles defined')})

case('bl-46-ps-en.md', '''# Ministry of Industrial Standards — Information Security Measures Standard (extract)

## 2.1.1 Organisation and structure

(4) A Security Programme Office shall be set up to drive the implementation of these standards across the Ministry. It shall plan and coordinate the Ministry's security measures, run awareness training, compile self-inspection results and support the CISO.
''', {'promotion-structure': ('covered', ['english', 'paraphrase'], 'A Security Programme Office shall be set up to drive the implementation', 'unit driving the measures, roles stated')})

case('bl-47-ps-exclusion.md', '''# 独立行政法人桂川文化資源機構 情報セキュリティ対策基準（抄）

## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、理事長が指名する理事をもって充てる。

(2) 情報セキュリティ対策推進体制の整備に関する規定は、職員数が少ない当機構には適用しない。
''', {'promotion-structure': ('missing', ['exclusion'], '情報セキュリティ対策推進体制の整備に関する規定は、職員数が少ない当機構には適用しない。', 'excluded')})

case('bl-48-ps-heading-only.md', '''# 港湾物流調整省情報セキュリティ対策基準（抜粋）

## 2.1.1 組織・体制の整備

### (3) 情報セキュリティ対策推進体制

### (4) 情報セキュリティ監査責任者

最高情報セキュリティ責任者は、情報セキュリティ監査責任者を1人置くこと。
''', {'promotion-structure': ('missing', ['label-only'], '### (3) 情報セキュリティ対策推進体制', 'heading with no body')})

if __name__ == '__main__':
    write_set(D, C)
