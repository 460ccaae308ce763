# Source of the blind set test/fixtures/blind6/ (2026-12-07): short excerpts drafted from scratch by a helper who had
# not read the engine, its catalog, its docs or any other evaluation set; labels were written from the domain facts
# (requirements.md sections 4-5, the FY2018 revision summary) and issue 11's status table alone, before any run.
# Styles: ministry 対策基準 (decimal sections, tables), 独立行政法人/国立研究開発法人 規程 with 別表, 市町村 規則・要綱
# (第N条, 項, 号 with 一), university regulations in English, wrapped lines, full-width digits and letters.
# Tricky-but-fair cases: negation, deferral, exclusion and suspension (missing); a subset of sites or mail, an
# exception in a ただし書, a condition 「…場合に限り」 (outdated for the two newly mandatory items); weak wording of
# a mandatory item (outdated), but of a recommended item (covered: the standard itself only recommends it);
# labels, headings, 別表 rows and definitions without a duty (missing); HTML comments, code blocks, FAQ and 解説
# text, purpose articles (missing); duties that fall on someone outside the agency (missing); separate duties that
# remain in force - audit report, SPF only, 誤送信防止, pattern files, hardware registration (missing); the
# pre-revision form - manual software survey, unknown malware only at the boundary (outdated), a blanket mobile ban
# (outdated, information level); citations and <!-- kijun: id --> markers that point at a clause which is then
# judged on its own wording; an expired transitional provision (dated: the main clause applies). Plenty of plain,
# compliant clauses too. Ambiguous pairs are left unlabelled. Every file is a security regulation (policy: True)
# and none declares an older edition.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402

D = 'test/fixtures/blind6'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})


def case(f, text, labels):
    C.append((f, text, labels))


# ---------------------------------------------------------------- plain, compliant ministry 対策基準

case('b6-01-ministry-web-plain.md', '''# 情報セキュリティ対策基準（抄）

## 7.2.2 ウェブ

### (1) ウェブサーバの導入・運用時の対策

(a) 情報システムセキュリティ責任者は、ウェブサーバの管理者権限を有する者を必要最小限に限定すること。

(b) 情報システムセキュリティ責任者は、機関等が運用する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと。

(c) 情報システムセキュリティ責任者は、機関等のウェブサイトのドメイン名には、政府ドメイン名（go.jp）を使用すること。

(d) 情報システムセキュリティ責任者は、ウェブサーバのアクセスログを取得し、一定期間保存すること。
''', {
    'web-encryption': ('covered', ['plain', 'list'], '機関等が運用する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと', '全てのウェブサイトの常時暗号化を遵守事項の形で定めている。'),
    'domain-names': ('covered', ['plain', 'list'], '政府ドメイン名（go.jp）を使用すること', 'ウェブサイトのドメイン名に go.jp を用いることを定めている。'),
})

case('b6-02-ministry-mail-plain.md', '''# 情報セキュリティ対策基準（抄）

## 7.2.1 電子メール

### (1) 電子メールの導入時の対策

(a) 情報システムセキュリティ責任者は、電子メールサーバが電子メールの不正な中継を行わないように設定すること。

(b) 情報システムセキュリティ責任者は、電子メールサーバ間で送受信される電子メールの通信内容を、STARTTLS等により暗号化すること。

(c) 情報システムセキュリティ責任者は、機関等のドメインから送信される電子メールについて、SPF及びDKIMによる送信ドメイン認証を実施し、受信者が送信元を確認できるようにすること。
''', {
    'email-encryption': ('covered', ['plain', 'list'], '電子メールサーバ間で送受信される電子メールの通信内容を、STARTTLS等により暗号化すること', 'サーバ間通信の暗号化（(b)）と送信ドメイン認証（(c)）の両方を義務として定めている。'),
})

# ---------------------------------------------------------------- 別表

case('b6-03-agency-beppyo.md', '''# 国立研究開発法人 海洋気象総合研究機構 情報セキュリティ規程

（目的）
第1条 この規程は、機構の情報資産を適切に保護するため、情報セキュリティ対策に関し必要な事項を定める。

（ウェブサイト及び電子メールの対策）
第12条 情報システムセキュリティ責任者は、別表第2に定めるところにより、機構のウェブサイト及び電子メールに係る対策を講じなければならない。

別表第2（第12条関係）

| 区分 | 講ずべき対策 |
|---|---|
| ウェブサイト | 機構が開設する全てのウェブサイトについて、TLSによる暗号化を常に行い、HTTPによる接続要求はHTTPSへ転送する。 |
| 電子メール | 機構のメールサーバと外部のメールサーバとの間の通信をTLSで暗号化するとともに、SPF及びDKIMによる送信ドメイン認証を行う。 |
''', {
    'web-encryption': ('covered', ['beppyo-reference', 'table', 'article-form', 'paraphrase'], '機構が開設する全てのウェブサイトについて、TLSによる暗号化を常に行い', '第12条が別表第2により義務付け、別表で全ウェブサイトの常時TLS暗号化を定めている。'),
    'email-encryption': ('covered', ['beppyo-reference', 'table', 'article-form'], '外部のメールサーバとの間の通信をTLSで暗号化するとともに、SPF及びDKIMによる送信ドメイン認証を行う', '第12条から参照される別表第2でサーバ間暗号化と送信ドメイン認証を定めている。'),
})

case('b6-04-agency-beppyo-placeholder.md', '''# 独立行政法人 地域交流推進機構 情報セキュリティ対策規程

（情報システムの対策）
第15条 情報システムセキュリティ責任者は、別表第1に定める対策を実施しなければならない。

別表第1（第15条関係）

| 項目 | 対策 |
|---|---|
| ウェブサーバ | 不要なサービスを停止し、管理画面へのアクセス元を限定する。 |
| ウェブサイトの常時暗号化 | （別途定める） |
| 電子メールサーバ | 不正中継を禁止する設定を行う。 |
''', {
    'web-encryption': ('missing', ['beppyo-reference', 'table', 'label-only'], '| ウェブサイトの常時暗号化 | （別途定める） |', '別表の行は項目名だけで、対策欄は「別途定める」とあり義務の中身がない。'),
})

# ---------------------------------------------------------------- limited scope (web)

case('b6-05-city-rule-pages.md', '''# 北川市情報セキュリティ対策規則

（趣旨）
第1条 この規則は、北川市情報セキュリティ基本方針に基づき、市の情報資産に係る対策の基準を定めるものとする。

（ウェブサイトの暗号化）
第18条 情報システム管理者は、市のウェブサイトのうち、次に掲げるページについては、HTTPSにより通信を暗号化しなければならない。
一 電子申請の入力を行うページ
二 氏名、住所その他の個人情報を入力させるページ
三 職員専用ページへのログイン画面
2 前項各号に掲げるページ以外のページについては、HTTPにより提供することができる。
''', {
    'web-encryption': ('outdated', ['article-form', 'scope-limit', 'list'], '次に掲げるページについては、HTTPSにより通信を暗号化しなければならない', '暗号化が入力・個人情報・ログインのページに限られ、他のページはHTTPを認めている（改定前の形）。'),
})

case('b6-06-proviso-exception.md', '''# 情報セキュリティ対策基準

## 第７ ウェブサイトの管理

１ 情報システムセキュリティ責任者は、当機関が開設するウェブサイトについて、HTTPSによる常時暗号化を行うこと。
ただし、静的な情報のみを掲載する広報用ウェブサイトについては、この限りでない。

２ 情報システムセキュリティ責任者は、ウェブサイトの改ざんを検知する仕組みを導入すること。
''', {
    'web-encryption': ('outdated', ['scope-limit', 'exception', 'full-width'], 'ただし、静的な情報のみを掲載する広報用ウェブサイトについては、この限りでない', 'ただし書で広報用サイトを除外しており、全サイトの常時暗号化になっていない。'),
})

case('b6-07-enumerated-sites.md', '''# 情報セキュリティ対策基準（抄）

### 7.2.2(2) ウェブサイトの暗号化

情報システムセキュリティ責任者は、次に掲げるウェブサイトについて、TLSによる暗号化を行うこと。

1. 電子申請・届出システム
2. 職員採用情報サイト
3. 調達情報公開サイト

上記以外のウェブサイトの暗号化の要否は、各サイトの管理者が判断する。
''', {
    'web-encryption': ('outdated', ['scope-limit', 'list'], '次に掲げるウェブサイトについて、TLSによる暗号化を行うこと', '列挙された3サイトに限定され、その他は管理者の判断に委ねている。'),
})

# ---------------------------------------------------------------- negation, deferral

case('b6-08-negation-deferral.md', '''# 情報セキュリティ対策実施方針

## 4 ウェブサイト

ウェブサイトの常時暗号化については、既存の公開システムへの影響が大きいため、当面その導入を見合わせる。

## 5 情報の漏えい防止

要機密情報を含む電子ファイルは、パスワードを設定した上で保存すること。

デジタル著作権管理（DRM）による電子ファイルの保護は、将来の課題とする。
''', {
    'web-encryption': ('missing', ['negation'], '当面その導入を見合わせる', '常時暗号化の導入を見合わせると定めている。'),
    'drm': ('missing', ['deferral'], 'デジタル著作権管理（DRM）による電子ファイルの保護は、将来の課題とする', 'DRMは将来の課題とされ、導入を定めていない。'),
})

# ---------------------------------------------------------------- English university regulations

case('b6-09-univ-en-web.md', '''# Information Security Regulations of Hokusei University

## Article 21 (Web services)

1. Every website operated by or on behalf of the University shall be delivered over HTTPS only. Requests made over plain HTTP shall be redirected to HTTPS, and HTTP Strict Transport Security shall be enabled.
2. Official websites and e-mail addresses of the University shall use domain names under hokusei-u.ac.jp.
3. The Information Systems Officer shall review the TLS configuration of each website at least once a year.
''', {
    'web-encryption': ('covered', ['english', 'paraphrase', 'article-form'], 'Every website operated by or on behalf of the University shall be delivered over HTTPS only.', 'Every site HTTPS-only with redirect and HSTS: HTTPS everywhere without the summary\'s words.'),
    'domain-names': ('covered', ['english'], 'shall use domain names under hokusei-u.ac.jp', 'A university (higher-education body) fixes its domain under ac.jp, which the revision allows.'),
})

case('b6-10-univ-en-weak-ban.md', '''# Kanto Institute of Technology: Information Security Standards

### 5.3 Web servers

(a) Server administrators should, where practicable, enable HTTPS on the websites they manage.

(b) Server administrators shall apply security patches within 14 days of release.

### 6.1 Portable devices

(a) Institute-issued laptops, tablets and smartphones must not be taken off campus, and must not be connected to any network other than the campus network.
''', {
    'web-encryption': ('outdated', ['english', 'weak-wording'], 'should, where practicable, enable HTTPS', 'A mandatory item worded as "should, where practicable" and left to each administrator.'),
    'mobile-devices': ('outdated', ['english', 'ban'], 'must not be taken off campus, and must not be connected to any network other than the campus network', 'Blanket ban on taking devices out and on outside networks: stricter than the standard (information level; use with safeguards is now permitted).'),
})

# ---------------------------------------------------------------- full-width, wrapped lines

case('b6-11-fullwidth.md', '''# 情報セキュリティ対策基準

第３　ウェブ及び特定用途機器

１．情報システムセキュリティ責任者は、全てのウェブサイトについて、ＨＴＴＰＳによる常時暗号化を実施すること。この場合において、ＴＬＳ１．２以上を用いること。

２．情報システムセキュリティ責任者は、ＩｏＴ機器（ネットワークカメラ、入退室管理装置、空調制御装置等をいう。）を導入する場合には、初期パスワードの変更、ファームウェアの更新及び業務用ネットワークからの分離を行うこと。
''', {
    'web-encryption': ('covered', ['full-width', 'plain'], '全てのウェブサイトについて、ＨＴＴＰＳによる常時暗号化を実施すること', '全角表記で全ウェブサイトの常時暗号化を義務付けている。'),
    'iot-devices': ('covered', ['full-width', 'plain'], '初期パスワードの変更、ファームウェアの更新及び業務用ネットワークからの分離を行うこと', 'ＩｏＴ機器を対象とし、初期パスワード・ファームウェア・分離の安全対策を義務付けている。'),
})

case('b6-12-wrapped.md', '''# 情報セキュリティ対策基準（抄）

6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に
ついて、プログラムの動作を監視し、不審な挙動を示す未知の
不正プログラムを検知してその実行を防止する機能を導入する
こと。

(2) 情報システムセキュリティ責任者は、不正プログラム対策ソ
フトウェアの定義ファイルを常に最新の状態に保つこと。

7.2.2 ウェブ

(1) 情報システムセキュリティ責任者は、機関等が開設する全ての
ウェブサイトについて、HTTPSによる常時暗号化を行い、利用者が
通信相手を確認できるようにすること。
''', {
    'unknown-malware': ('covered', ['wrapped-lines'], 'ついて、プログラムの動作を監視し、不審な挙動を示す未知の', '改行をまたいで、端末及びサーバでの挙動検知と未知の不正プログラムの実行防止を定めている。'),
    'web-encryption': ('covered', ['wrapped-lines'], 'ウェブサイトについて、HTTPSによる常時暗号化を行い、利用者が', '改行をまたいで全ウェブサイトの常時暗号化を定めている。'),
})

# ---------------------------------------------------------------- code blocks, comments

case('b6-13-code-block.md', '''# 情報セキュリティ対策基準 別冊 ウェブサーバ運用手順

## 3 ログの取得

情報システムセキュリティ責任者は、ウェブサーバのアクセスログ及びエラーログを取得し、1年間保存すること。

## 4 設定例（参考）

```nginx
# 全てのウェブサイトを常時暗号化する例
server {
    listen 80;
    return 301 https://$host$request_uri;
}
```
''', {
    'web-encryption': ('missing', ['code-block'], '# 全てのウェブサイトを常時暗号化する例', '常時暗号化の語はコードブロック内の参考設定例にしかなく、規定本文はログのみ。'),
})

case('b6-14-comment.md', '''# 情報セキュリティ対策基準（抄）

## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、情報セキュリティ対策の推進を担う部門を情報セキュリティ対策推進体制として定め、その役割を規定すること。

## 7.2.1 電子メール

<!-- TODO: 送信ドメイン認証（SPF・DKIM）及びSTARTTLSによるサーバ間通信の暗号化を義務付ける条文を追加すること -->

(1) 情報システムセキュリティ責任者は、電子メールサーバにおいて不正な中継を禁止すること。
''', {
    'promotion-structure': ('covered', ['plain'], '情報セキュリティ対策推進体制として定め、その役割を規定すること', '推進を担う部門を情報セキュリティ対策推進体制とし役割を定めることを義務付けている。'),
    'email-encryption': ('missing', ['comment'], '<!-- TODO: 送信ドメイン認証（SPF・DKIM）及びSTARTTLSによるサーバ間通信の暗号化を義務付ける条文を追加すること -->', 'HTMLコメントの作業メモにすぎず、本文は不正中継の禁止のみ。'),
})

# ---------------------------------------------------------------- citations and markers

case('b6-15-citation-limited.md', '''# 情報セキュリティ対策基準

### 7.2.2 ウェブ

(3) 情報システムセキュリティ責任者は、ログイン画面及び個人情報を入力させる画面について、TLSにより通信を暗号化すること。（統一基準 7.2.2(1) 対応）

(4) 情報システムセキュリティ責任者は、ウェブサイトで公開する情報について、公開前に内容の確認を行うこと。
''', {
    'web-encryption': ('outdated', ['citation', 'scope-limit'], 'ログイン画面及び個人情報を入力させる画面について、TLSにより通信を暗号化すること', '統一基準の該当箇所を引用しているが、暗号化はログイン・個人情報入力画面に限られる。'),
})

case('b6-16-marker-weak-mail.md', '''# 情報セキュリティ対策基準

## 電子メール

<!-- kijun: email-encryption -->
1. 電子メールの送受信においては、必要に応じて通信の暗号化を行うことが望ましい。

2. 職員等は、業務上の電子メールの送受信に、機関等が提供する電子メールサービスを用いること。
''', {
    'email-encryption': ('outdated', ['marker', 'weak-wording'], '必要に応じて通信の暗号化を行うことが望ましい', 'マーカーで対応条項とされているが、義務事項が「必要に応じて」「望ましい」とされている。'),
})

case('b6-17-marker-asset.md', '''# 情報セキュリティ対策基準

## 6.2.1 ソフトウェアの脆弱性対策

<!-- kijun: it-asset-management -->
(1) 統括情報セキュリティ責任者は、IT資産管理ソフトウェアを導入し、端末及びサーバ装置にインストールされたソフトウェアの名称及びバージョンを自動的に収集すること。

(2) 情報システムセキュリティ責任者は、収集した情報を脆弱性情報と照合し、対策が必要なソフトウェアを速やかに特定すること。
''', {
    'it-asset-management': ('covered', ['marker', 'plain'], 'IT資産管理ソフトウェアを導入し、端末及びサーバ装置にインストールされたソフトウェアの名称及びバージョンを自動的に収集すること', 'マーカーが指す条項がそのまま自動収集を定めている。'),
})

case('b6-18-citation-malware.md', '''# 情報セキュリティ対策基準

## 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置において、プログラムの挙動を検知することにより未知の不正プログラムの実行を防止する機能を導入すること。（統一基準 6.2.2 対応）

(2) 職員等は、不正プログラムに感染したおそれがある場合には、当該端末を通信回線から切り離し、情報セキュリティ責任者に報告すること。
''', {
    'unknown-malware': ('covered', ['citation', 'plain'], 'プログラムの挙動を検知することにより未知の不正プログラムの実行を防止する機能を導入すること', '引用付きの条項が、端末及びサーバでの挙動検知による実行防止を定めている。'),
})

case('b6-19-citation-label-iot.md', '''# 情報セキュリティ対策基準

## 7.1.2 サーバ装置

(1) 情報システムセキュリティ責任者は、サーバ装置を要管理対策区域に設置すること。

## 7.1.3 特定用途機器（統一基準 7.1.3 対応）

（本項の規定は、今後整備する。）
''', {
    'iot-devices': ('missing', ['citation', 'label-only', 'deferral'], '（本項の規定は、今後整備する。）', '見出しに引用があるだけで、本文は「今後整備する」のみ。'),
})

# ---------------------------------------------------------------- decoys, descriptive text

case('b6-20-decoys.md', '''# 情報セキュリティ対策基準（抄）

## 6.1.5 暗号化

(1) 情報システムセキュリティ責任者は、ウェブサーバに保存する個人情報を暗号化して保存すること。

## 6.3.2 コンテンツの提供

(1) 広報担当者は、ウェブサイトに掲載する写真、イラスト等について、著作権者の許諾を得たものであることを確認すること。
''', {
    'web-encryption': ('missing', ['decoy'], 'ウェブサーバに保存する個人情報を暗号化して保存すること', '保存データの暗号化であり、ウェブサイトの通信の暗号化ではない。'),
    'drm': ('missing', ['decoy'], '著作権者の許諾を得たものであることを確認すること', '掲載物の著作権確認であり、デジタル著作権管理によるアクセス制御ではない。'),
})

case('b6-21-faq-appendix.md', '''# 情報セキュリティ対策基準

## 第5条（記憶媒体の利用）

職員等は、情報セキュリティ責任者が許可した外部記憶媒体以外の外部記憶媒体を使用してはならない。

## 付録 よくある質問

**Q. ウェブサイトの「常時暗号化」とは何ですか。**

A. ウェブサイトの全てのページをHTTPSで提供することをいいます。近年、多くの行政機関のウェブサイトで常時暗号化が進んでいます。

**Q. 業務でUSBメモリを使ってもよいですか。**

A. 第5条により、許可された記憶媒体以外は使用できません。
''', {
    'web-encryption': ('missing', ['descriptive'], 'ウェブサイトの全てのページをHTTPSで提供することをいいます', 'FAQで用語を説明しているだけで、常時暗号化を義務付ける規定はない。'),
})

case('b6-22-purpose-article.md', '''# 南陵大学情報セキュリティ規程

（目的）
第1条 この規程は、未知の不正プログラムの振る舞い検知、IT資産管理ソフトウェアによるソフトウェア情報の自動収集、デジタル著作権管理による情報漏えい対策等、本学の情報セキュリティ対策の基本となる事項を定めることにより、本学の情報資産を保護することを目的とする。

（責務）
第2条 教職員は、この規程及び関連する規程を遵守しなければならない。

（委任）
第3条 この規程に定めるもののほか、情報セキュリティ対策に関し必要な事項は、最高情報セキュリティ責任者が別に定める。
''', {
    'unknown-malware': ('missing', ['purpose-clause'], '未知の不正プログラムの振る舞い検知', '目的規定で名称を挙げるだけで、導入を定める条項がない。'),
    'it-asset-management': ('missing', ['purpose-clause'], 'IT資産管理ソフトウェアによるソフトウェア情報の自動収集', '目的規定で触れるのみで、義務を定める条項がない。'),
    'drm': ('missing', ['purpose-clause'], 'デジタル著作権管理による情報漏えい対策等', '目的規定で触れるのみで、義務を定める条項がない。'),
})

# ---------------------------------------------------------------- duties on someone outside the agency

case('b6-23-outside-duty-web.md', '''# 情報セキュリティ対策基準

## 7.2.2(5) ウェブサイト利用者の留意事項

ウェブサイトの利用者は、個人情報を入力する前に、ブラウザのアドレス欄が「https://」で始まっていることを自ら確認するものとする。

## 7.2.2(6) 公開前の確認

情報システムセキュリティ責任者は、ウェブサイトを公開する前に、脆弱性診断を実施すること。
''', {
    'web-encryption': ('missing', ['outside-duty'], 'ウェブサイトの利用者は、個人情報を入力する前に', '義務を負うのは利用者（確認）であり、機関が全サイトを暗号化する定めではない。'),
})

case('b6-24-outside-duty-mail.md', '''# 独立行政法人 産業標準調査機構 情報セキュリティ規程（抄）

（外部との電子メール）
第24条 取引先事業者は、機構宛てに電子メールを送信する場合には、TLSによる暗号化に対応したメールサーバを使用するものとする。
2 職員は、外部と電子メールを送受信する場合には、機構が提供する電子メールサービスを利用しなければならない。
''', {
    'email-encryption': ('missing', ['outside-duty', 'article-form'], '取引先事業者は、機構宛てに電子メールを送信する場合には、TLSによる暗号化に対応したメールサーバを使用するものとする', '暗号化の義務が取引先に課されているだけで、機構自身のサーバ間暗号化・送信ドメイン認証の定めがない。'),
})

# ---------------------------------------------------------------- e-mail: conditions, separate duties, subsets

case('b6-25-mail-condition.md', '''# 東浜町情報セキュリティ対策要綱

（電子メールの暗号化）
第22条 職員は、要機密情報を含む電子メールを外部に送信する場合に限り、TLSにより暗号化された経路で送信しなければならない。
2 前項に規定する場合以外の電子メールの送信方法については、情報政策課長が別に定める。
''', {
    'email-encryption': ('outdated', ['condition', 'scope-limit', 'article-form'], '要機密情報を含む電子メールを外部に送信する場合に限り', '暗号化が要機密情報を含む一部のメールに限られ、送信ドメイン認証もない。'),
})

case('b6-26-mail-spf-only.md', '''# 情報セキュリティ対策基準（抄）

### 7.2.1 電子メール

(1) 情報システムセキュリティ責任者は、電子メールサーバが不正な中継を行わないよう設定すること。

(2) 情報システムセキュリティ責任者は、機関等のドメインについてSPFレコードを公開すること。
''', {
    'email-encryption': ('missing', ['separate-duty'], '機関等のドメインについてSPFレコードを公開すること', 'SPFのみで通信の暗号化がなく、それだけでは要件を満たさない（別の義務として引用）。'),
})

case('b6-27-mail-missend.md', '''# 情報セキュリティ対策基準

## 8.1 電子メールの利用

(1) 職員等は、電子メールを送信する前に宛先を確認すること。

(2) 職員等は、外部の複数の宛先に同時に送信する場合には、宛先をBCCに指定すること。

(3) 統括情報セキュリティ責任者は、外部宛ての電子メールを一定時間保留する誤送信防止機能を導入すること。
''', {
    'email-encryption': ('missing', ['separate-duty'], '外部宛ての電子メールを一定時間保留する誤送信防止機能を導入すること', '誤送信防止の定めのみで、通信の暗号化・送信ドメイン認証はない。'),
})

case('b6-28-mail-attachment.md', '''# 情報セキュリティ対策基準

## 電子メールによる情報の送信

1. 職員等は、要機密情報を含むファイルを電子メールに添付して送信する場合には、当該ファイルを暗号化し、復号のためのパスワードは別の手段で相手方に通知すること。

2. 職員等は、私用の電子メールアドレスを業務に使用しないこと。
''', {
    'email-encryption': ('outdated', ['scope-limit'], '当該ファイルを暗号化し、復号のためのパスワードは別の手段で相手方に通知すること', '職員が一部の添付ファイルを暗号化するだけで、通信の暗号化も送信ドメイン認証もない（改定前の形）。'),
})

case('b6-29-mail-deferral.md', '''# 独立行政法人 農村振興支援機構 情報セキュリティ対策規程

（電子メール）
第19条 送信ドメイン認証及びメールサーバ間通信の暗号化については、次期システム更改時に導入の要否を検討する。
2 職員は、電子メールの送信に当たっては、宛先に誤りがないことを確認しなければならない。
''', {
    'email-encryption': ('missing', ['deferral', 'article-form'], '次期システム更改時に導入の要否を検討する', '導入の要否を将来検討するとしており、義務を定めていない。'),
})

# ---------------------------------------------------------------- unknown malware

case('b6-30-pattern-only.md', '''# 情報セキュリティ対策基準

## 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、全ての端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つこと。

(2) 職員等は、不正プログラム対策ソフトウェアの警告が表示された場合には、直ちに情報セキュリティ責任者に報告すること。

> （解説）EDRは、端末上のプログラムの挙動を監視し、未知の不正プログラムを検知する製品であり、導入する機関が増えている。
''', {
    'unknown-malware': ('missing', ['separate-duty', 'descriptive'], '不正プログラム対策ソフトウェアを導入し、定義ファイルを常に最新に保つこと', '定義ファイル型の対策のみ（別の義務）。EDRは解説で説明されているだけで義務ではない。'),
})

case('b6-31-city-pattern-and-behaviour.md', '''# 西ヶ丘市情報セキュリティ対策基準

（不正プログラム対策）
第20条 情報システム管理者は、全ての端末及びサーバにウイルス対策ソフトウェアを導入し、パターンファイルを自動的に更新する設定としなければならない。
2 情報システム管理者は、前項の対策に加え、端末及びサーバ上でのプログラムの不審な動作を検知し、未知のマルウェアの実行を阻止する仕組みを導入しなければならない。
''', {
    'unknown-malware': ('covered', ['article-form', 'separate-duty', 'paraphrase'], '端末及びサーバ上でのプログラムの不審な動作を検知し、未知のマルウェアの実行を阻止する仕組みを導入しなければならない', 'パターンファイル型に加えて挙動検知による実行阻止を定めている。'),
})

case('b6-32-boundary-only.md', '''# 情報セキュリティ対策基準

## 6.2.4 標的型攻撃対策

(1) 統括情報セキュリティ責任者は、インターネットとの接続点にサンドボックス型の検査装置を設置し、未知の不正プログラムを含む通信を遮断すること。

(2) 統括情報セキュリティ責任者は、標的型攻撃メールへの対処方法について、職員等に訓練を実施すること。
''', {
    'unknown-malware': ('outdated', ['scope-limit'], 'インターネットとの接続点にサンドボックス型の検査装置を設置し、未知の不正プログラムを含む通信を遮断すること', '未知の不正プログラム対策が境界のみで、端末・サーバ内部での実行防止がない（改定前の形）。'),
})

case('b6-33-edr-negation-manual.md', '''# 情報セキュリティ対策基準（抄）

### 6.2.1 ソフトウェアの脆弱性対策

(1) 情報システムセキュリティ責任者は、年１回、各端末にインストールされているソフトウェアを調査票により調査し、その結果を台帳に記録すること。

### 6.2.2 不正プログラム対策

(1) EDR（Endpoint Detection and Response）製品については、費用対効果の観点から導入しない。

(2) 情報システムセキュリティ責任者は、端末にウイルス対策ソフトウェアを導入すること。
''', {
    'it-asset-management': ('outdated', ['manual-not-automated'], '各端末にインストールされているソフトウェアを調査票により調査し、その結果を台帳に記録すること', '調査票による年1回の手作業の調査で、自動収集ではない（改定前の形）。'),
    'unknown-malware': ('missing', ['negation'], '費用対効果の観点から導入しない', 'EDRを導入しないと明記している。'),
})

# ---------------------------------------------------------------- IT asset management

case('b6-34-hardware-at-delivery.md', '''# 独立行政法人 文化資源保存機構 情報システム管理規程

（機器の管理）
第9条 情報システムセキュリティ責任者は、端末及びサーバ装置の納品時に検収を行い、資産番号を付して機器台帳に登録しなければならない。
2 情報システムセキュリティ責任者は、機器を廃棄する場合には、記憶装置の内容を復元できないよう消去しなければならない。

（情報セキュリティ）
第10条 この規程に定めるもののほか、情報セキュリティ対策については、機構の情報セキュリティ対策基準の定めるところによる。
''', {
    'it-asset-management': ('missing', ['manual-not-automated', 'separate-duty', 'article-form'], '納品時に検収を行い、資産番号を付して機器台帳に登録しなければならない', '機器の納品時登録は別の義務で、ソフトウェア情報の自動収集ではない。'),
})

case('b6-35-asset-paraphrase.md', '''# 情報セキュリティ対策基準

## 7.1.1 端末

(2) 端末の運用時の対策

(a) 情報システムセキュリティ責任者は、端末管理用エージェントにより、各端末及びサーバにインストールされているプログラムの名称及び版数を毎日自動で取得し、脆弱性情報と照合すること。

(b) 情報システムセキュリティ責任者は、利用を許可していないソフトウェアが検出された場合には、速やかに削除させること。
''', {
    'it-asset-management': ('covered', ['paraphrase'], 'プログラムの名称及び版数を毎日自動で取得し、脆弱性情報と照合すること', 'エージェントによるソフトウェア名・版数の自動取得と脆弱性照合を別の言葉で定めている。'),
})

case('b6-36-asset-exclusion.md', '''# 情報セキュリティ対策基準

## 第1部 総則

### 1.1 適用範囲

(1) 本基準は、機関等が管理する全ての情報システムに適用する。

(2) IT資産管理ソフトウェアの導入は、本基準の対象外とし、各部局の判断に委ねる。
''', {
    'it-asset-management': ('missing', ['exclusion'], 'IT資産管理ソフトウェアの導入は、本基準の対象外とし', '適用範囲から除外している。'),
})

# ---------------------------------------------------------------- DRM

case('b6-37-drm-plain.md', '''# 情報セキュリティ対策基準

## 3.1.1 情報の取扱い

(1) 職員等は、要機密情報を業務以外の目的に利用しないこと。

(2) 情報システムセキュリティ責任者は、要機密情報を含む電子ファイルについて、デジタル著作権管理（IRM）により閲覧、印刷及び複製の権限を制御し、ファイルが外部に流出した場合においても権限のない者が内容を閲覧できないようにすること。
''', {
    'drm': ('covered', ['plain'], 'デジタル著作権管理（IRM）により閲覧、印刷及び複製の権限を制御し', '流出後も閲覧できないようにする権限管理を定めている。'),
})

case('b6-38-drm-english.md', '''# Tohoku Marine University: Information Security Policy

## 4. Handling of information

4.1 Members shall store confidential information only on systems approved by the University.

4.2 Confidential documents shall be protected with information rights management so that they cannot be opened, printed or copied by unauthorised persons, even when a copy has left the University's systems or is held in a cloud service.
''', {
    'drm': ('covered', ['english', 'paraphrase'], 'Confidential documents shall be protected with information rights management', 'Rights management that keeps leaked copies unreadable, on premises or in the cloud.'),
})

case('b6-39-drm-definition-only.md', '''# 情報セキュリティ対策基準

## 1.3 用語定義

- 「デジタル著作権管理（DRM）」とは、電子ファイルの閲覧、印刷、複製等を利用者ごとに制限する技術をいう。
- 「要機密情報」とは、機密性２以上の情報をいう。

## 3.1.1 情報の取扱い

(1) 職員等は、要機密情報を含む電子ファイルを外部に送付する場合には、情報セキュリティ責任者の許可を得ること。
''', {
    'drm': ('missing', ['definition-only', 'list'], '「デジタル著作権管理（DRM）」とは、電子ファイルの閲覧、印刷、複製等を利用者ごとに制限する技術をいう', '用語定義にのみ現れ、利用を定める条項がない。'),
})

case('b6-40-drm-recommended-effort.md', '''# 国立研究開発法人 先端材料研究所 情報セキュリティ対策基準

第8条（情報漏えい対策）
情報システムセキュリティ責任者は、要機密情報を含む電子ファイルについて、情報権限管理（IRM）製品を用い、権限を持たない者が開封できないよう保護することに努める。

第9条（外部記憶媒体）
職員は、外部記憶媒体を使用する場合には、暗号化機能を備えたものを使用しなければならない。
''', {
    'drm': ('covered', ['weak-wording', 'recommended-level', 'article-form'], '情報権限管理（IRM）製品を用い、権限を持たない者が開封できないよう保護することに努める', 'DRMは改定で導入が推奨された対策であり、努力義務の書き方は統一基準の水準どおり。'),
})

# ---------------------------------------------------------------- mobile devices

case('b6-41-mobile-plain.md', '''# 情報セキュリティ対策基準

## 7.1.1 端末

### (3) モバイル端末の利用

(a) 職員等は、統括情報セキュリティ責任者が定める安全対策（端末の暗号化、多要素認証、遠隔消去機能を備えたモバイル端末管理）が講じられたモバイル端末に限り、組織内外の通信回線に接続して業務に利用することができる。

(b) 職員等は、モバイル端末を紛失した場合には、直ちに情報セキュリティ責任者に報告すること。
''', {
    'mobile-devices': ('covered', ['plain', 'condition'], '組織内外の通信回線に接続して業務に利用することができる', '安全対策を条件に組織内外での接続利用を認めている（改定で新設された許可の形）。'),
})

case('b6-42-city-mobile-conditions.md', '''# 南浦市情報セキュリティ対策規則

（庁外での端末の利用）
第9条 職員は、次の各号に掲げる措置が講じられている場合に限り、市が貸与するノートパソコン及びタブレット端末を庁外に持ち出し、インターネットに接続して業務を行うことができる。
一 記憶装置全体が暗号化されていること。
二 端末の利用に当たり、パスワード及び生体情報による認証が行われること。
三 紛失時に遠隔操作によりデータを消去できること。
2 前項の端末の管理は、情報政策課長が一元的に行う。
''', {
    'mobile-devices': ('covered', ['article-form', 'condition', 'paraphrase'], '次の各号に掲げる措置が講じられている場合に限り、市が貸与するノートパソコン及びタブレット端末を庁外に持ち出し', '「場合に限り」は安全対策を条件とする許可そのもので、要件の形どおり。'),
})

case('b6-43-mobile-ban.md', '''# 情報セキュリティ対策基準

## 8.1 端末の利用

(1) 職員等は、モバイル端末を要管理対策区域外に持ち出してはならない。

(2) 職員等は、支給された端末を機関等が管理する通信回線以外の通信回線に接続してはならない。
''', {
    'mobile-devices': ('outdated', ['ban'], 'モバイル端末を要管理対策区域外に持ち出してはならない', '一律の持出し・外部接続禁止。統一基準より厳しく違反ではないが、安全対策付きの利用が可能になった旨を情報として示す。'),
})

case('b6-44-mobile-deferral-decoy.md', '''# 独立行政法人 水資源調整機構 情報セキュリティ規程（抄）

（スマートフォン等）
第31条 スマートフォン及びタブレット端末の業務利用については、引き続き検討する。
2 職員は、庁舎内において、私物のスマートフォンにより執務室内を撮影してはならない。
''', {
    'mobile-devices': ('missing', ['deferral', 'decoy', 'article-form'], 'スマートフォン及びタブレット端末の業務利用については、引き続き検討する', '利用の可否を検討中としているだけで、第2項は撮影の禁止で要件とは別。'),
})

# ---------------------------------------------------------------- domain names

case('b6-45-domain-weak.md', '''# 情報セキュリティ対策基準

## 6.3.2 アプリケーション・コンテンツの提供時の対策

(1) 情報システムセキュリティ責任者は、機関等のウェブサイト及び電子メールアドレスのドメイン名には、可能な限り政府ドメイン名（go.jp）を使用するよう努めること。

(2) 情報システムセキュリティ責任者は、利用者に不要なソフトウェアの導入を求めないこと。
''', {
    'domain-names': ('outdated', ['weak-wording'], '可能な限り政府ドメイン名（go.jp）を使用するよう努めること', '遵守事項であるドメイン名の規定が「可能な限り」「努める」とされている。'),
})

case('b6-46-domain-dnssec.md', '''# 情報セキュリティ対策基準

## 7.2.3 DNS

(1) 情報システムセキュリティ責任者は、機関等のドメイン名に係る権威DNSサーバについて、DNSSECによりゾーン情報の改ざんを防止すること。

(2) 情報システムセキュリティ責任者は、キャッシュDNSサーバにおいて、外部からの再帰問合せを受け付けないこと。
''', {
    'domain-names': ('missing', ['decoy'], 'DNSSECによりゾーン情報の改ざんを防止すること', 'DNSサーバの対策であり、使用するドメイン名（go.jp等）の定めではない。'),
})

# ---------------------------------------------------------------- IoT / 特定用途機器

case('b6-47-iot-article.md', '''# 独立行政法人 国際観光振興機構 情報セキュリティ規程

（特定用途機器）
第30条 情報システムセキュリティ責任者は、テレビ会議システム、IP電話機、ネットワークカメラ、入退館管理装置その他の通信回線に接続される特定用途機器について、次に掲げる措置を講じなければならない。
一 初期設定のパスワードを変更すること。
二 ファームウェアを最新の状態に保つこと。
三 業務用の通信回線から論理的に分離すること。
''', {
    'iot-devices': ('covered', ['article-form', 'paraphrase', 'list'], '通信回線に接続される特定用途機器について、次に掲げる措置を講じなければならない', '統一基準の用語「特定用途機器」で対象を明示し、安全対策を号で定めている。'),
})

case('b6-48-iot-exclusion.md', '''# 情報セキュリティ対策基準

## 1.1 適用範囲

(3) 本基準は、複合機、ネットワークカメラその他の特定用途機器には適用しない。

## 7.1.1 端末

(1) 情報システムセキュリティ責任者は、端末の画面を一定時間操作しない場合に自動的にロックされるよう設定すること。
''', {
    'iot-devices': ('missing', ['exclusion'], '本基準は、複合機、ネットワークカメラその他の特定用途機器には適用しない', '特定用途機器を適用範囲から除外している。'),
})

case('b6-49-iot-weak.md', '''# 情報セキュリティ対策基準

## 7.1.3 IoT機器

(1) 情報システムセキュリティ責任者は、ネットワークカメラ、施設管理システム等のIoT機器を導入する場合には、初期パスワードの変更等のセキュリティ対策に配慮するものとする。

(2) 情報システムセキュリティ責任者は、IoT機器の設置場所を機器台帳に記録すること。
''', {
    'iot-devices': ('outdated', ['weak-wording'], '初期パスワードの変更等のセキュリティ対策に配慮するものとする', '遵守事項である安全対策が「配慮する」にとどまっている。'),
})

case('b6-50-iot-decoy.md', '''# 情報セキュリティ対策基準

## 3.1.1 情報の取扱い

(5) 職員等は、複合機で印刷した要機密情報を含む書類を、速やかに出力トレイから回収すること。

(6) 職員等は、要機密情報を含む書類を廃棄する場合には、シュレッダーにより裁断すること。
''', {
    'iot-devices': ('missing', ['decoy'], '複合機で印刷した要機密情報を含む書類を、速やかに出力トレイから回収すること', '複合機の名はあるが印刷物の回収の定めで、機器の安全対策ではない。'),
})

# ---------------------------------------------------------------- issue reporting

case('b6-51-issue-plain.md', '''# 情報セキュリティ対策基準

## 2.2.1 情報セキュリティ関係規程の運用

(1) 情報セキュリティ責任者は、情報セキュリティ対策の運用、自己点検及び教育の実施において課題を把握した場合には、最高情報セキュリティ責任者に報告すること。

(2) 最高情報セキュリティ責任者は、報告を受けた課題への対応方針を定めること。
''', {
    'issue-reporting': ('covered', ['plain'], '運用、自己点検及び教育の実施において課題を把握した場合には、最高情報セキュリティ責任者に報告すること', '運用・自己点検・教育で生じた課題のCISOへの報告を定めている。'),
})

case('b6-52-city-issue-paraphrase.md', '''# 東川市情報セキュリティ対策基準

（問題点の報告）
第25条 各課情報セキュリティ責任者は、情報セキュリティ対策の実施、自己点検及び職員研修を通じて明らかになった問題点を取りまとめ、最高情報セキュリティ責任者に報告しなければならない。

（監査）
第26条 情報セキュリティ監査責任者は、毎年度、情報セキュリティ監査を実施し、その結果を最高情報セキュリティ責任者に報告しなければならない。
''', {
    'issue-reporting': ('covered', ['article-form', 'paraphrase'], '自己点検及び職員研修を通じて明らかになった問題点を取りまとめ、最高情報セキュリティ責任者に報告しなければならない', '「課題」の語はないが、実施・自己点検・研修から明らかになった問題点をCISOに報告させている。'),
})

case('b6-53-issue-audit-only.md', '''# 情報セキュリティ対策基準

## 2.3.2 情報セキュリティ監査

(1) 情報セキュリティ監査責任者は、監査実施計画に基づき監査を実施すること。

(2) 情報セキュリティ監査責任者は、監査の結果を監査報告書に取りまとめ、最高情報セキュリティ責任者に報告すること。
''', {
    'issue-reporting': ('missing', ['separate-duty'], '監査の結果を監査報告書に取りまとめ、最高情報セキュリティ責任者に報告すること', '監査報告は別の義務であり、運用・自己点検・教育の課題の報告ではない。'),
})

case('b6-54-issue-weak.md', '''# 情報セキュリティ対策基準

## 2.3.1 自己点検

(1) 情報セキュリティ責任者は、年度ごとに自己点検を実施すること。

(2) 情報セキュリティ責任者は、自己点検、教育及び日常の運用において課題を認めた場合は、最高情報セキュリティ責任者へ報告するよう努める。
''', {
    'issue-reporting': ('outdated', ['weak-wording'], '最高情報セキュリティ責任者へ報告するよう努める', '遵守事項である課題の報告が努力義務にとどまっている。'),
})

# ---------------------------------------------------------------- improvement instructions

case('b6-55-improvement-plain.md', '''# 情報セキュリティ対策基準

## 2.4.1 情報セキュリティ対策の見直し

(1) 最高情報セキュリティ責任者は、自己点検及び監査の結果等を踏まえ、機関等全体として取り組むべき改善事項については統括情報セキュリティ責任者に、部局に固有の改善事項については当該部局の情報セキュリティ責任者に、それぞれ改善を指示すること。

(2) 指示を受けた者は、改善の結果を最高情報セキュリティ責任者に報告すること。
''', {
    'improvement-instructions': ('covered', ['plain'], '部局に固有の改善事項については当該部局の情報セキュリティ責任者に、それぞれ改善を指示すること', '組織横断・部局固有の改善事項をそれぞれの責任者に指示すると定めている。'),
})

case('b6-56-improvement-may.md', '''# 独立行政法人 国土情報整備機構 情報セキュリティ規程（抄）

（改善）
第27条 最高情報セキュリティ責任者は、必要があると認めるときは、関係する情報セキュリティ責任者に対し、改善を指示することができる。
2 前項の指示を受けた情報セキュリティ責任者は、その対応状況を最高情報セキュリティ責任者に報告しなければならない。
''', {
    'improvement-instructions': ('outdated', ['weak-wording', 'article-form'], '改善を指示することができる', '遵守事項である改善の指示が「できる」（権限）にとどまり、組織横断・部局固有の区別もない。'),
})

case('b6-57-improvement-label.md', '''# 情報セキュリティ対策基準

## 2.4 見直し

### 2.4.1 改善の指示

（未定）

### 2.4.2 対策基準の見直し

(1) 最高情報セキュリティ責任者は、毎年度、対策基準の見直しを行うこと。
''', {
    'improvement-instructions': ('missing', ['label-only'], '（未定）', '見出し「改善の指示」の本文が「未定」で、義務を定める本文がない。'),
})

case('b6-58-improvement-report-only.md', '''# 情報セキュリティ対策基準

## 2.3.2 監査結果への対応

(1) 最高情報セキュリティ責任者は、監査報告を受けたときは、その内容を情報セキュリティ委員会に報告すること。

(2) 情報セキュリティ委員会は、報告の内容を記録し、保存すること。
''', {
    'improvement-instructions': ('missing', ['separate-duty', 'decoy'], '監査報告を受けたときは、その内容を情報セキュリティ委員会に報告すること', '監査報告の取扱いのみで、CISOが改善を指示する定めがない。'),
})

# ---------------------------------------------------------------- promotion structure

case('b6-59-promotion-paraphrase.md', '''# 国立研究開発法人 防災技術研究機構 情報セキュリティ規程

（情報セキュリティ推進室）
第6条 機構に、情報セキュリティ対策の推進を担う組織として、情報セキュリティ推進室を置く。
2 情報セキュリティ推進室は、次に掲げる業務を行う。
一 対策基準及び対策推進計画の案の作成
二 各部門における対策の実施状況の取りまとめ
三 職員に対する教育の企画及び実施
''', {
    'promotion-structure': ('covered', ['article-form', 'paraphrase', 'list'], '情報セキュリティ対策の推進を担う組織として、情報セキュリティ推進室を置く', '推進を担う組織を設置し、その業務（役割）を号で定めている。'),
})

case('b6-60-promotion-csirt.md', '''# 情報セキュリティ対策基準

## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者は、情報セキュリティインシデントに対処するための体制としてCSIRTを整備し、その役割を明確化すること。

(2) 最高情報セキュリティ責任者は、CSIRTに属する職員として専門的な知識を有する者を選任すること。
''', {
    'promotion-structure': ('missing', ['decoy'], 'インシデントに対処するための体制としてCSIRTを整備し', 'CSIRTはインシデント対処の体制で、対策の推進を担う推進体制ではない。'),
})

case('b6-61-promotion-definition.md', '''# 情報セキュリティ対策基準

## 1.3 用語定義

- 「情報セキュリティ対策推進体制」とは、機関等における情報セキュリティ対策の推進を担う部門をいう。
- 「CSIRT」とは、情報セキュリティインシデントに対処するための体制をいう。

## 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者を置くこと。
''', {
    'promotion-structure': ('missing', ['definition-only', 'list'], '「情報セキュリティ対策推進体制」とは、機関等における情報セキュリティ対策の推進を担う部門をいう', '用語定義にのみ現れ、体制を整備し役割を定める条項がない。'),
})

case('b6-62-promotion-weak-descriptive.md', '''# 情報セキュリティ対策基準

## 2.1.1 組織・体制の整備

> （解説）統一基準では、情報セキュリティ対策の推進を担う部門を情報セキュリティ対策推進体制と位置付け、その役割を明確にすることとされている。

(1) 最高情報セキュリティ責任者は、情報セキュリティ対策の推進体制を整備するよう努めるものとする。
''', {
    'promotion-structure': ('outdated', ['weak-wording', 'descriptive'], '情報セキュリティ対策の推進体制を整備するよう努めるものとする', '解説は統一基準の説明にすぎず、本文は推進体制の整備を努力義務としている。'),
})

# ---------------------------------------------------------------- suspension, dated, table

case('b6-63-suspension.md', '''# 独立行政法人 伝統工芸振興機構 情報セキュリティ規程

（ウェブサイトの常時暗号化）
第14条 情報システムセキュリティ責任者は、法人が開設する全てのウェブサイトについて、常時暗号化を行わなければならない。

附　則
（施行期日）
1 この規程は、公布の日から施行する。
（適用の停止）
2 第14条の規定は、当分の間、その適用を停止する。
''', {
    'web-encryption': ('missing', ['suspension', 'article-form'], '第14条の規定は、当分の間、その適用を停止する', '第14条は全サイトの常時暗号化を定めるが、附則で当分の間適用が停止されている。'),
})

case('b6-64-dated-transitional.md', '''# 青葉町情報セキュリティ対策要綱

（ウェブサイトの暗号化）
第11条 情報政策課長は、町が開設する全てのウェブサイトを、常時HTTPSにより提供しなければならない。

附　則
1 この要綱は、令和2年4月1日から施行する。
2 令和3年3月31日までの間は、第11条中「全てのウェブサイト」とあるのは「個人情報を取り扱うウェブサイト」とする。
''', {
    'web-encryption': ('covered', ['dated', 'article-form'], '町が開設する全てのウェブサイトを、常時HTTPSにより提供しなければならない', '経過措置は令和3年3月31日で終了しており、全サイトの常時HTTPS化の本則が適用される。'),
})

case('b6-65-table-measures.md', '''# 情報セキュリティ対策基準 別紙 対策一覧

各責任者は、次表の実施内容を実施しなければならない。

| 対策項目 | 実施内容 | 責任者 |
|---|---|---|
| 未知の不正プログラム対策 | 端末及びサーバ装置に、振る舞い検知により未知の不正プログラムの実行を防止するソフトウェアを導入する。 | 情報システムセキュリティ責任者 |
| ソフトウェア資産の把握 | 資産管理ツールにより、端末及びサーバ装置のソフトウェア名及びバージョンを自動で収集する。 | 統括情報セキュリティ責任者 |
| デジタル著作権管理 | － | － |
| ドメイン名 | 別途検討 | 統括情報セキュリティ責任者 |
''', {
    'unknown-malware': ('covered', ['table'], '振る舞い検知により未知の不正プログラムの実行を防止するソフトウェアを導入する', '表の実施内容欄が端末・サーバでの振る舞い検知による実行防止を定め、前文で義務付けている。'),
    'it-asset-management': ('covered', ['table', 'paraphrase'], '資産管理ツールにより、端末及びサーバ装置のソフトウェア名及びバージョンを自動で収集する', '資産管理ツールでのソフトウェア情報の自動収集を定めている。'),
    'drm': ('missing', ['table', 'label-only'], '| デジタル著作権管理 | － | － |', '表の行は項目名だけで実施内容が空。'),
    'domain-names': ('missing', ['table', 'label-only', 'deferral'], '| ドメイン名 | 別途検討 | 統括情報セキュリティ責任者 |', '項目名のみで実施内容は「別途検討」。'),
})

# ---------------------------------------------------------------- English: negation, boundary, manual, covered

case('b6-66-univ-en-mixed.md', '''# Seiran University: Information Security Standards

## 3. Malware protection

3.1 Unknown malware shall be detected by the sandbox appliance at the Internet gateway before it reaches the campus network.

3.2 Departments shall keep a spreadsheet of the software installed on each computer and update it every six months.

## 4. E-mail

4.1 Encryption of the transport between mail servers is not required.
''', {
    'unknown-malware': ('outdated', ['english', 'scope-limit'], 'Unknown malware shall be detected by the sandbox appliance at the Internet gateway', 'Unknown malware handled only at the boundary, not where programs run (pre-revision form).'),
    'it-asset-management': ('outdated', ['english', 'manual-not-automated'], 'Departments shall keep a spreadsheet of the software installed on each computer', 'A manual spreadsheet updated twice a year, not software collecting the information automatically.'),
    'email-encryption': ('missing', ['english', 'negation'], 'Encryption of the transport between mail servers is not required.', 'States that transport encryption is not required.'),
})

case('b6-67-univ-en-governance.md', '''# Minato University of Foreign Studies: Information Security Policy

## Article 8 (Reporting of issues)
Heads of departments shall report to the CISO any problems identified in the day-to-day operation of security measures, in self-assessments and in security training.

## Article 9 (Improvement)
The CISO shall direct improvements that concern the University as a whole to the Information Security Manager, and improvements specific to a department to the head of that department.

## Article 14 (E-mail)
The mail service shall use TLS for all connections with other mail servers, and all outgoing mail shall be authenticated with SPF and DKIM so that recipients can verify that it was sent by the University.

## Article 17 (Mobile devices)
Staff may use University-issued laptops and smartphones on and off campus, including over home and public networks, provided that the device is enrolled in mobile device management, its storage is encrypted, multi-factor authentication is enabled, and it can be wiped remotely if lost.
''', {
    'issue-reporting': ('covered', ['english', 'paraphrase'], 'Heads of departments shall report to the CISO any problems identified', 'Problems from operation, self-assessment and training reported to the CISO.'),
    'improvement-instructions': ('covered', ['english', 'paraphrase'], 'The CISO shall direct improvements that concern the University as a whole', 'University-wide and department-specific improvements each directed to the appropriate person.'),
    'email-encryption': ('covered', ['english', 'paraphrase'], 'The mail service shall use TLS for all connections with other mail servers', 'Server-to-server TLS and SPF/DKIM sender authentication, both mandatory.'),
    'mobile-devices': ('covered', ['english', 'condition'], 'Staff may use University-issued laptops and smartphones on and off campus', 'Use inside and outside permitted with MDM, encryption, MFA and remote wipe.'),
})

# ---------------------------------------------------------------- headings without body, exclusion (web)

case('b6-68-web-heading-only.md', '''# 情報セキュリティ対策基準

## 7.2.2 ウェブ

#### ウェブサイトの常時暗号化

必要に応じて検討する。

#### ウェブサーバのログ

情報システムセキュリティ責任者は、ウェブサーバのログを６か月以上保存すること。
''', {
    'web-encryption': ('missing', ['label-only', 'deferral'], '必要に応じて検討する。', '見出しのみで、本文は「必要に応じて検討する」で義務がない。'),
})

case('b6-69-web-exclusion.md', '''# 中山村情報セキュリティ対策要綱

（適用範囲）
第2条 この要綱は、村が管理する情報システム及び情報資産に適用する。
2 外部に公開するウェブサイトの常時暗号化は、この要綱の対象外とする。

（アクセス制御）
第8条 情報システム管理者は、情報システムの利用者ごとに識別符号を付与し、アクセス権限を管理しなければならない。
''', {
    'web-encryption': ('missing', ['exclusion', 'article-form'], '外部に公開するウェブサイトの常時暗号化は、この要綱の対象外とする', '常時暗号化を適用範囲から除外している。'),
})

# ---------------------------------------------------------------- more plain covered cases

case('b6-70-iot-promotion-issue-plain.md', '''# 情報セキュリティ対策基準

## 2.1.1 組織・体制の整備

(3) 最高情報セキュリティ責任者は、情報セキュリティ対策推進体制を整備し、その責任者及び役割を定めること。

## 7.1.3 特定用途機器

(1) 情報システムセキュリティ責任者は、複合機、IoT機器等の特定用途機器について、初期設定の認証情報を変更し、不要な機能を停止するとともに、ファームウェアの脆弱性対策を実施すること。
''', {
    'promotion-structure': ('covered', ['plain'], '情報セキュリティ対策推進体制を整備し、その責任者及び役割を定めること', '推進体制の整備と役割の規定を義務付けている。'),
    'iot-devices': ('covered', ['plain'], '初期設定の認証情報を変更し、不要な機能を停止するとともに、ファームウェアの脆弱性対策を実施すること', 'IoT機器を含む特定用途機器の安全対策を義務付けている。'),
})

case('b6-71-agency-fullwidth-selfcheck.md', '''# 独立行政法人 高等職業教育機構 情報セキュリティ対策規程

第２０条（自己点検）
情報セキュリティ責任者は、毎年度、自己点検を実施し、その結果を最高情報セキュリティ責任者に報告しなければならない。

第３５条（ドメイン名）
機構のウェブサイト及び電子メールに用いるドメイン名は、政府ドメイン名（ｇｏ．ｊｐ）とする。
''', {
    'issue-reporting': ('missing', ['separate-duty', 'full-width', 'article-form'], '毎年度、自己点検を実施し、その結果を最高情報セキュリティ責任者に報告しなければならない', '自己点検の結果の報告のみで、運用・教育を含む課題の報告を定めていない（別の義務として引用）。'),
    'domain-names': ('covered', ['full-width', 'article-form'], '政府ドメイン名（ｇｏ．ｊｐ）とする', '全角表記で go.jp の使用を定めている。'),
})

case('b6-72-mobile-marker-lost.md', '''# 情報セキュリティ対策基準

## 7.1.1(3) モバイル端末

<!-- kijun: mobile-devices -->
(a) 職員等は、モバイル端末を紛失し、又は盗難に遭った場合には、直ちに情報セキュリティ責任者に報告すること。

(b) 情報セキュリティ責任者は、前号の報告を受けた場合には、統括情報セキュリティ責任者に通知すること。
''', {
    'mobile-devices': ('missing', ['marker', 'decoy'], 'モバイル端末を紛失し、又は盗難に遭った場合には、直ちに情報セキュリティ責任者に報告すること', 'マーカーが指す条項は紛失時の報告で、安全対策を条件とする組織内外での利用の定めではない。'),
})

case('b6-73-malware-comment-code.md', '''# 情報セキュリティ対策基準

## 6.2.2 不正プログラム対策

<!-- メモ: 振る舞い検知型（EDR）による未知の不正プログラムの実行防止は来年度の予算要求で検討 -->

(1) 情報システムセキュリティ責任者は、端末にウイルス対策ソフトウェアを導入し、その設定を職員等が変更できないようにすること。

参考: 製品の設定ファイルの例

```yaml
behavior_monitoring: true   # 未知の不正プログラムの実行を防止する
```
''', {
    'unknown-malware': ('missing', ['comment', 'code-block', 'separate-duty'], '(1) 情報システムセキュリティ責任者は、端末にウイルス対策ソフトウェアを導入し、その設定を職員等が変更できないようにすること。', '本文はウイルス対策ソフトの導入のみ（別の義務）。振る舞い検知はHTMLコメントと設定例のコードブロックにしかない。'),
})

# ---------------------------------------------------------------- more governance, domain and suspension cases

case('b6-74-city-improvement-order.md', '''# 北浜市情報セキュリティ対策基準

（改善の命令）
第28条 最高情報セキュリティ責任者は、監査及び自己点検の結果、全庁的に対応すべき事項については情報政策課長に、特定の課に係る事項については当該課の長に対し、改善のための措置を講ずるよう命じなければならない。
2 前項の命令を受けた者は、措置の結果を最高情報セキュリティ責任者に報告しなければならない。
''', {
    'improvement-instructions': ('covered', ['article-form', 'paraphrase'], '全庁的に対応すべき事項については情報政策課長に、特定の課に係る事項については当該課の長に対し', '「指示」の語はないが、全庁的事項と課固有の事項をそれぞれの責任者に命じる定めで要件どおり。'),
})

case('b6-75-univ-en-improvement-none.md', '''# Kitakami College of Nursing: Information Security Rules

Rule 12 (Self-assessment)
Each department shall carry out a self-assessment of its security measures once a year.

Rule 13 (Follow-up)
Improvement measures arising from self-assessments are left to each department; the CISO does not issue instructions on them.
''', {
    'improvement-instructions': ('missing', ['english', 'negation'], 'the CISO does not issue instructions on them', 'States that the CISO gives no improvement instructions.'),
})

case('b6-76-univ-en-issue-weak.md', '''# Nanko University of Arts: Information Security Policy

## 2. Roles

2.1 The CISO is responsible for information security across the University.

2.2 Departments are encouraged to inform the CISO of issues found in the operation of security measures, in self-assessments or in training.

2.3 An Information Security Promotion Office is established as the unit that drives the University's security measures. Its duties are to draft the security standards, to coordinate their implementation across departments, and to plan staff training.
''', {
    'issue-reporting': ('outdated', ['english', 'weak-wording'], 'Departments are encouraged to inform the CISO of issues', 'A mandatory report worded as encouragement.'),
    'promotion-structure': ('covered', ['english', 'paraphrase'], 'An Information Security Promotion Office is established as the unit that drives the University', 'The promotion unit is set up and its duties are listed.'),
})

case('b6-77-agency-issue-beppyo.md', '''# 独立行政法人 医療情報基盤機構 情報セキュリティ規程（抄）

（課題の報告）
第7条 部門情報セキュリティ責任者は、別表第3に掲げる事項を、最高情報セキュリティ責任者に報告しなければならない。

別表第3（第7条関係）

一 情報セキュリティ対策の運用において生じた課題
二 自己点検において把握した課題
三 情報セキュリティ教育の実施において把握した課題
''', {
    'issue-reporting': ('covered', ['beppyo-reference', 'article-form', 'list'], '別表第3に掲げる事項を、最高情報セキュリティ責任者に報告しなければならない', '第7条が別表第3の運用・自己点検・教育の課題をCISOに報告させている。'),
})

case('b6-78-domain-paraphrase.md', '''# 独立行政法人 気象防災情報機構 情報セキュリティ対策規程（抄）

（ドメイン名）
第33条 機構の電子メールアドレス及びウェブサイトのアドレスには、末尾が「.go.jp」であるドメイン名を用いなければならない。

（ウェブサイトのアドレス）
第34条 広報担当者は、ウェブサイトのページのアドレスを、利用者に分かりやすいものとするよう努める。
''', {
    'domain-names': ('covered', ['paraphrase', 'article-form', 'decoy'], '末尾が「.go.jp」であるドメイン名を用いなければならない', '第33条が go.jp ドメインの使用を義務付けている（第34条の努力義務はページのアドレスの分かりやすさで別の定め）。'),
})

case('b6-79-mail-suspended-until.md', '''# 独立行政法人 海外交流基金機構 情報セキュリティ規程

（電子メールの暗号化等）
第16条 情報システムセキュリティ責任者は、機構のメールサーバと外部のメールサーバとの間の通信を暗号化し、送信ドメイン認証（SPF、DKIM及びDMARC）を実施しなければならない。

附　則
1 この規程は、令和6年4月1日から施行する。
2 第16条の規定は、令和10年3月31日までの間は、適用しない。
''', {
    'email-encryption': ('missing', ['suspension', 'dated', 'article-form'], '第16条の規定は、令和10年3月31日までの間は、適用しない', '第16条は要件を満たす内容だが、附則により令和10年3月31日まで適用されない（現時点で効力がない）。'),
})

write_set(D, C)
