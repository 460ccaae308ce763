# Source of the blind set test/fixtures/blind10/ (2026-12-07): eight to ten whole policies by different kinds of public
# bodies and ten or so short auditor-style documents, each built around one hard reading; every requirement id labelled.
# Drafted from scratch by a helper who read only the domain digest (requirements.md), the FY2018 revision summary, issue
# 11's status table and labelset.py plus one generator for its format; no engine source, catalog, docs, other sets'
# texts or Kijun output were seen, and these labels were written before any run.
# Every one of the eleven ids gets a status. The ids a document speaks to (or plainly invites a wrong verdict for) are
# labelled by hand with the clause that decides them; complete() then marks every other id `missing` with the tag
# `absent` and the document's title line as the snippet. Before each case a comment lists the ids considered related,
# so that an `absent` fill is a decision, not an omission.
# Status rules (issue 11): negation/deferral/exclusion of the whole measure/label/heading/definition -> missing; a
# subset (some sites, some mail) of a mandatory requirement in its pre-revision form -> outdated, a subset of a
# recommended item -> missing; mandatory duty worded as wish/effort/permission -> outdated; a separate duty still in
# force (audit report, SPF only, 誤送信防止, pattern-file antivirus) -> missing; pre-revision form of the same duty
# (manual software survey, boundary-only unknown malware, blanket mobile ban) -> outdated. Effort wording of the three
# recommended items (unknown-malware, it-asset-management, drm) is their normal form and stays covered. A description
# of what was done, a plan, or a duty placed on someone outside the organisation imposes nothing on it -> missing.
# Files avoid older-edition fingerprints (府省庁, 行政事務従事者, 平成28年度版).
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import IDS, complete, write_set  # noqa: E402

D = 'test/fixtures/blind10'
C = []  # (file, text, {id: (status, [tags], snippet, reason)})
def case(f, text, labels, considered):
    C.append((f, text, complete(text, labels, considered)))


# ================================================================ whole policies

# ---------------------------------------------------------------- 01 ministry 対策基準 chapter set (decimal, 目次, 改正履歴)
# Considered related: promotion-structure, issue-reporting, improvement-instructions, web-encryption, email-encryption,
# unknown-malware, it-asset-management, mobile-devices, domain-names, iot-devices. DRM is not touched.
# Hard points: unknown malware handled only at the Internet gateway (old form); IoT only as a 改正履歴 row.
case('b10-01-ministry-taisaku-kijun.md', '''# ○○省情報セキュリティ対策基準（第2部・第6部・第7部抜粋）

令和元年7月1日 ○○省情報セキュリティ委員会決定
最終改正 令和4年3月25日

## 目次

1. 第2部 情報セキュリティ対策の基本的枠組み
2. 第6部 情報システムのセキュリティ要件
3. 第7部 情報システムの構成要素
4. 改正履歴

## 第2部 情報セキュリティ対策の基本的枠組み

### 2.1.1 組織・体制の整備

(1) 最高情報セキュリティ責任者（以下「CISO」という。）は、省における対策の推進を担う組織として、
大臣官房情報システム室にセキュリティ推進班を置き、次に掲げる役割を担わせること。

　(a) 対策推進計画の案の作成及び進捗の管理
　(b) 部局ごとの取組状況の把握及び助言
　(c) 教育教材の作成及び研修の企画

(2) CISOは、部局ごとに情報セキュリティ責任者を置くこと。

### 2.2.1 運用における課題の報告

(1) 情報セキュリティ責任者は、所管する部局で対策を運用し、自己点検を行い、又は教育を実施する中で把握した
課題を、四半期ごとに取りまとめてCISOへ報告すること。

### 2.4.1 対策の見直し

(1) CISOは、2.2.1の報告、自己点検及び監査の結果を踏まえ、省全体で取り組むべき改善事項は統括情報セキュリティ責任者に、
特定の部局に固有の改善事項は当該部局の情報セキュリティ責任者に、それぞれ講ずべき措置を指示すること。

## 第6部 情報システムのセキュリティ要件

### 6.2.1 ソフトウェアに関する脆弱性対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置にIT資産管理ソフトウェアを導入し、導入されている
ソフトウェアの名称及びバージョンを自動的に収集させ、脆弱性情報と照合すること。

### 6.2.2 不正プログラム対策

(1) 情報システムセキュリティ責任者は、端末及びサーバ装置に不正プログラム対策ソフトウェアを導入し、定義ファイルを
常に最新の状態に保つこと。

(2) 情報システムセキュリティ責任者は、インターネットとの接続点にサンドボックス装置を設置し、未知の不正プログラムを
検知すること。

## 第7部 情報システムの構成要素

### 7.1.1 端末

(1) 情報システムセキュリティ責任者は、モバイル端末を省外の通信回線に接続して業務に用いる場合に備え、
端末の暗号化、主体認証、遠隔からのデータ消去及び端末管理ツールによる一元管理の措置を講ずること。
これらの措置を講じたモバイル端末は、省内外の通信回線に接続して利用することができる。

### 7.2.1 電子メール

(1) 情報システムセキュリティ責任者は、電子メールサーバ間の通信を暗号化し、送信ドメイン認証技術（SPF及びDKIM）を
用いて送信元の正当性を受信者が確認できるようにすること。

### 7.2.2 ウェブ

(1) 情報システムセキュリティ責任者は、省が開設する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと。

(2) 省が開設するウェブサイトのドメイン名には、政府ドメイン名（go.jp）を使用すること。

## 改正履歴

| 改正日 | 内容 |
|---|---|
| 令和2年3月27日 | 7.2.1 及び 7.2.2 の改正 |
| 令和4年3月25日 | 特定用途機器（IoT機器）の扱いについて検討を開始した旨の記載の整理 |
''', {
    'promotion-structure': ('covered', ['paraphrase', 'wrapped', 'list'], '大臣官房情報システム室にセキュリティ推進班を置き、次に掲げる役割を担わせること。',
                            'a unit that drives the measures is set up and its roles are listed, under another name'),
    'issue-reporting': ('covered', ['wrapped'], '課題を、四半期ごとに取りまとめてCISOへ報告すること。',
                        'issues found in operation, self-inspection and education are reported to the CISO'),
    'improvement-instructions': ('covered', ['wrapped'], '特定の部局に固有の改善事項は当該部局の情報セキュリティ責任者に、それぞれ講ずべき措置を指示すること。',
                                 'ministry-wide and department-specific improvements are each instructed to the right person'),
    'it-asset-management': ('covered', ['wrapped'], '(1) 情報システムセキュリティ責任者は、端末及びサーバ装置にIT資産管理ソフトウェアを導入し、導入されている',
                            'asset-management software collects software names and versions automatically'),
    'unknown-malware': ('outdated', ['old-form'], '(2) 情報システムセキュリティ責任者は、インターネットとの接続点にサンドボックス装置を設置し、未知の不正プログラムを',
                        'unknown malware is handled only at the Internet boundary; pattern files on terminals are a separate duty'),
    'mobile-devices': ('covered', ['condition', 'wrapped'], 'これらの措置を講じたモバイル端末は、省内外の通信回線に接続して利用することができる。',
                       'mobile terminals may be connected inside and outside once encryption, authentication and remote wipe are in place'),
    'email-encryption': ('covered', ['list', 'wrapped'], '(1) 情報システムセキュリティ責任者は、電子メールサーバ間の通信を暗号化し、送信ドメイン認証技術（SPF及びDKIM）を',
                         'server-to-server encryption and sender domain authentication are both required'),
    'web-encryption': ('covered', ['list'], '省が開設する全てのウェブサイトについて、HTTPSによる常時暗号化を行うこと。',
                       'every website of the ministry is always encrypted'),
    'domain-names': ('covered', ['list'], '省が開設するウェブサイトのドメイン名には、政府ドメイン名（go.jp）を使用すること。',
                     'the go.jp rule for the ministry\'s websites'),
    'iot-devices': ('missing', ['label', 'table'], '| 令和4年3月25日 | 特定用途機器（IoT機器）の扱いについて検討を開始した旨の記載の整理 |',
                    'a revision-history row says a study began; no measure for IoT devices'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'it-asset-management', 'unknown-malware',
    'mobile-devices', 'email-encryption', 'web-encryption', 'domain-names', 'iot-devices'])

# ---------------------------------------------------------------- 02 prefectural board of education 規程 (第N条, 項, 号)
# Considered related: promotion-structure, issue-reporting, improvement-instructions, web-encryption, email-encryption,
# mobile-devices, unknown-malware, it-asset-management, iot-devices.
# Hard points: HTTPS only on pages that take pupils' data (old form); password-protected attachments with no transport
# encryption (old form); a blanket ban on taking 校務用端末 out of school (old form, information level); pattern-file
# antivirus alone (separate duty); a yearly 調査票 of installed software (old form); 電子黒板 only in a definition.
case('b10-02-pref-kyoiku-kitei.md', '''○○県教育委員会情報セキュリティ規程

令和2年○○県教育委員会訓令第4号

第1章 総則

（目的）
第1条 この規程は、○○県教育委員会事務局及び県立学校（以下「学校等」という。）が保有する情報資産を脅威から
保護するため、情報セキュリティ対策に関し必要な事項を定めるものとする。

（定義）
第2条 この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 校務用端末 教職員が校務に使用するために県が貸与するパソコン及びタブレット端末をいう。
(2) 学習用機器 児童生徒の学習に用いる端末、電子黒板、実物投影機その他ネットワークに接続される機器をいう。
(3) 教職員等 学校等に勤務する職員及び会計年度任用職員をいう。

第2章 組織

（最高情報セキュリティ責任者）
第3条 学校等に最高情報セキュリティ責任者（以下「CISO」という。）を置き、教育長をもって充てる。

（情報セキュリティ推進委員会）
第4条 CISOの下に、学校等における対策を推進する組織として、情報セキュリティ推進委員会（以下「推進委員会」という。）を置く。
2 推進委員会は、次に掲げる事務をつかさどる。
(1) 対策の実施計画の策定及び進捗管理
(2) 学校等への技術的支援及び助言
(3) 教職員等に対する研修の企画及び実施
3 推進委員会の委員長は、教育政策課長をもって充てる。

（課題の報告及び改善の指示）
第5条 校長及び所属長は、対策の運用、自己点検及び研修の実施を通じて明らかになった課題を、推進委員会を経由して
CISOに報告しなければならない。
2 CISOは、前項の報告を踏まえ、学校等全体に共通する改善事項は推進委員会の委員長に、特定の学校等に固有の改善事項は
当該校長又は所属長に、それぞれ改善を指示するものとする。

第3章 対策

（不正プログラム対策）
第6条 校務用端末及びサーバには、ウイルス対策ソフトを導入し、パターンファイルを自動更新する設定とすること。

（ソフトウェアの管理）
第7条 所属長は、毎年度1回、校務用端末にインストールされているソフトウェアを別記様式の調査票により調査し、
教育政策課に提出しなければならない。

（ウェブサイト）
第8条 学校等のウェブサイトのうち、児童生徒又は保護者が個人情報を入力するページについては、SSL/TLSにより通信を暗号化すること。

（電子メール）
第9条 教職員等は、成績その他の個人情報を含むファイルを電子メールに添付して送信するときは、当該ファイルにパスワードを設定し、
パスワードは別の電子メールで通知しなければならない。

（校務用端末の持ち出し）
第10条 校務用端末は、学校等の外に持ち出してはならない。
2 校務用端末を校内ネットワーク以外の通信回線に接続してはならない。

附 則
この訓令は、令和2年4月1日から施行する。
''', {
    'promotion-structure': ('covered', ['article', 'paraphrase', 'list'], '第4条 CISOの下に、学校等における対策を推進する組織として、情報セキュリティ推進委員会（以下「推進委員会」という。）を置く。',
                            'a promotion unit is set up under the CISO and its duties are listed in 第2項'),
    'issue-reporting': ('covered', ['article', 'wrapped'], '第5条 校長及び所属長は、対策の運用、自己点検及び研修の実施を通じて明らかになった課題を、推進委員会を経由して',
                        'issues from operation, self-inspection and training go to the CISO'),
    'improvement-instructions': ('covered', ['article', 'wrapped'], '2 CISOは、前項の報告を踏まえ、学校等全体に共通する改善事項は推進委員会の委員長に、特定の学校等に固有の改善事項は',
                                 'organisation-wide and school-specific improvements are instructed to the right person'),
    'unknown-malware': ('missing', ['separate-duty', 'article'], '第6条 校務用端末及びサーバには、ウイルス対策ソフトを導入し、パターンファイルを自動更新する設定とすること。',
                        'pattern-file antivirus only; no behaviour-based prevention of unknown malware'),
    'it-asset-management': ('outdated', ['old-form', 'article', 'wrapped'], '第7条 所属長は、毎年度1回、校務用端末にインストールされているソフトウェアを別記様式の調査票により調査し、',
                            'a yearly manual survey of installed software, the old form of automated collection'),
    'web-encryption': ('outdated', ['scope', 'old-form', 'article'], '第8条 学校等のウェブサイトのうち、児童生徒又は保護者が個人情報を入力するページについては、SSL/TLSにより通信を暗号化すること。',
                       'encryption only for pages that take personal data'),
    'email-encryption': ('outdated', ['scope', 'old-form', 'article'], '第9条 教職員等は、成績その他の個人情報を含むファイルを電子メールに添付して送信するときは、当該ファイルにパスワードを設定し、',
                         'staff protect some attachments; no transport encryption or sender authentication'),
    'mobile-devices': ('outdated', ['old-form', 'article'], '第10条 校務用端末は、学校等の外に持ち出してはならない。',
                       'a blanket ban on taking terminals out and on outside networks (stricter; information level)'),
    'iot-devices': ('missing', ['definition', 'list'], '(2) 学習用機器 児童生徒の学習に用いる端末、電子黒板、実物投影機その他ネットワークに接続される機器をいう。',
                    'networked classroom devices only defined; no safety measure'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'it-asset-management',
    'web-encryption', 'email-encryption', 'mobile-devices', 'iot-devices'])

# ---------------------------------------------------------------- 03 city policy: 基本方針 + 対策基準 in one file, (1)(ア)
# Considered related: promotion-structure, issue-reporting, improvement-instructions, unknown-malware, web-encryption,
# email-encryption, mobile-devices, iot-devices, drm.
# Hard points: 推進体制 heading whose body is 「別に定める」 (label); self-inspection results only (separate duty);
# TLS between mail servers as an effort beside SPF (modality -> outdated); 必要に応じて IRM (recommended, effort normal).
case('b10-03-city-policy.md', '''# ○○市情報セキュリティポリシー

## 第1編 情報セキュリティ基本方針

### 1 目的
本市は、市民の個人情報及び行政運営上重要な情報を保護し、市民の信頼に応えるため、情報セキュリティ対策を
組織的かつ継続的に講ずる。

### 2 対象範囲
本ポリシーは、市長部局、行政委員会、議会事務局及び消防本部に適用する。

### 3 職員の義務
職員は、本ポリシー及び実施手順を遵守しなければならない。

## 第2編 情報セキュリティ対策基準

### 1 組織体制

(1) 最高情報セキュリティ責任者（CISO）
　ア 副市長をCISOとする。
　イ CISOは、情報セキュリティに関する最終的な決定権限を有する。

(2) 統括情報セキュリティ責任者
　ア 総務部長を統括情報セキュリティ責任者とする。

(3) 情報セキュリティ対策推進体制
　ア 推進体制の構成及び役割は、別に定める。

### 2 点検

(1) 自己点検
　ア 各課長は、毎年度、所管する情報システムの自己点検を行い、その結果を統括情報セキュリティ責任者に報告する。
　イ 統括情報セキュリティ責任者は、自己点検の結果を取りまとめ、CISOに報告する。

### 3 技術的対策

(1) 不正プログラム対策
　ア 情報政策課長は、全ての端末及びサーバに、プログラムの振る舞いを監視して不審な動作を検知し、
　　その実行を停止させるソフトウェア（EDR）を導入する。
　イ 職員は、不審な電子メールの添付ファイルを開いてはならない。

(2) ウェブサイト
　ア 本市が開設する全てのウェブサイト（外部事業者に運営を委託するものを含む。）は、HTTPSによる常時暗号化を行う。

(3) 電子メール
　ア 情報政策課長は、本市のメールドメインについてSPFレコードを公開する。
　イ 情報政策課長は、外部のメールサーバとの間の通信をTLSにより暗号化するよう努める。
　ウ 職員は、電子メールを送信する前に宛先を確認し、誤送信を防止する。

(4) 特定用途機器
　ア 庁舎の監視カメラ、入退室管理装置その他の特定用途機器は、導入時に初期パスワードを変更し、
　　業務用ネットワークから分離したネットワークに接続する。
　イ 所管課長は、特定用途機器のファームウェアを最新の状態に保つ。

(5) モバイル端末
　ア 貸与するタブレット端末は、MDMによる管理、端末の暗号化及び遠隔消去の設定を行ったうえで、
　　庁舎の内外で通信回線に接続して使用することができる。

(6) 情報の保護
　ア 機密性の高い電子ファイルには、必要に応じて閲覧者の制限及び印刷・複製の禁止を設定する情報権限管理（IRM）を施す。

※ 本ポリシーの実施手順は公開しない。
''', {
    'promotion-structure': ('missing', ['heading', 'label', 'list'], '　ア 推進体制の構成及び役割は、別に定める。',
                            'a heading for the promotion structure whose body defers everything to another document'),
    'issue-reporting': ('missing', ['separate-duty', 'list'], '　イ 統括情報セキュリティ責任者は、自己点検の結果を取りまとめ、CISOに報告する。',
                        'only self-inspection results are reported; no issues from operation and education'),
    'unknown-malware': ('covered', ['paraphrase', 'wrapped', 'list'], '　ア 情報政策課長は、全ての端末及びサーバに、プログラムの振る舞いを監視して不審な動作を検知し、',
                        'behaviour-based detection that stops execution on all terminals and servers'),
    'web-encryption': ('covered', ['list'], '　ア 本市が開設する全てのウェブサイト（外部事業者に運営を委託するものを含む。）は、HTTPSによる常時暗号化を行う。',
                       'every city website, outsourced ones included, is always encrypted'),
    'email-encryption': ('outdated', ['modality', 'list'], '　イ 情報政策課長は、外部のメールサーバとの間の通信をTLSにより暗号化するよう努める。',
                         'transport encryption is only an effort; SPF beside it is a separate duty'),
    'iot-devices': ('covered', ['list', 'wrapped'], '　ア 庁舎の監視カメラ、入退室管理装置その他の特定用途機器は、導入時に初期パスワードを変更し、',
                    'special-purpose devices get default-password change, separation and firmware updates'),
    'mobile-devices': ('covered', ['condition', 'list', 'wrapped'], '　　庁舎の内外で通信回線に接続して使用することができる。',
                       'tablets may be used inside and outside once MDM, encryption and remote wipe are set'),
    'drm': ('covered', ['modality', 'list', 'paraphrase'], '　ア 機密性の高い電子ファイルには、必要に応じて閲覧者の制限及び印刷・複製の禁止を設定する情報権限管理（IRM）を施す。',
            'IRM on sensitive files; "as needed" is normal wording for a recommended item'),
    'improvement-instructions': ('missing', ['separate-duty', 'list'], '　イ 統括情報セキュリティ責任者は、自己点検の結果を取りまとめ、CISOに報告する。',
                                 'results go up to the CISO but the CISO instructs no improvements'),
}, ['promotion-structure', 'issue-reporting', 'unknown-malware', 'web-encryption', 'email-encryption', 'iot-devices',
    'mobile-devices', 'drm', 'improvement-instructions'])

# ---------------------------------------------------------------- 04 national university 規程 with 別表 (articles refer to 別表)
# Considered related: domain-names, web-encryption, email-encryption, mobile-devices, promotion-structure,
# improvement-instructions, issue-reporting, drm, iot-devices.
# Hard points: web and mail duties carried by 別表第2 rows that 第12条 refers to; promotion roles in 別表第1; the CISO
# "may" instruct improvements (permission -> outdated); issue reporting limited to 監査 findings (separate duty).
case('b10-04-univ-kitei-beppyo.md', '''国立大学法人○○大学情報セキュリティ規程

制定 平成31年3月20日規程第15号
改正 令和3年3月24日規程第8号

目次
　第1章 総則（第1条―第3条）
　第2章 組織（第4条―第8条）
　第3章 対策（第9条―第14条）
　附則
　別表第1、別表第2

第1章 総則

（目的）
第1条 この規程は、国立大学法人○○大学（以下「本学」という。）の情報資産の保護について必要な事項を定める。

（適用範囲）
第2条 この規程は、本学の役員、教職員及び学生（以下「構成員」という。）並びに本学の情報システムを利用する者に適用する。

（定義）
第3条 この規程において「部局」とは、学部、研究科、附置研究所、附属病院及び事務局をいう。

第2章 組織

（最高情報セキュリティ責任者）
第4条 本学に最高情報セキュリティ責任者（以下「CISO」という。）を置き、情報担当理事をもって充てる。

（推進体制）
第5条 本学における情報セキュリティ対策の推進は、別表第1に掲げる組織がそれぞれ同表に定める役割を分担して行う。

（監査）
第6条 監査室長は、情報セキュリティ監査を実施し、その結果をCISOに報告する。

（改善）
第7条 CISOは、前条の監査の結果に基づき、部局長に対し改善を指示することができる。

（部局情報セキュリティ責任者）
第8条 部局に部局情報セキュリティ責任者を置き、部局長をもって充てる。

第3章 対策

（ドメイン名）
第9条 本学のウェブサイト及び電子メールアドレスには、本学に割り当てられたac.jpドメイン名を使用しなければならない。

（情報の保護）
第10条 機密性3に区分される電子ファイルは、可能な限り、情報権限管理（IRM）により閲覧できる者を限定して保存するよう努めるものとする。

（モバイル端末）
第11条 本学が貸与するノートパソコン等のモバイル端末は、別表第2に定める措置を講じた場合に限り、学外の通信回線に接続して業務に用いることができる。

（技術的対策）
第12条 情報基盤センター長は、別表第2に定めるところにより、本学の情報システムに技術的対策を講じなければならない。

附 則
この規程は、平成31年4月1日から施行する。

附 則（令和3年3月24日規程第8号）
この規程は、令和3年4月1日から施行する。

別表第1（第5条関係）

| 組織 | 役割 |
|---|---|
| 情報セキュリティ推進室 | 全学の対策の企画立案、部局への指導・助言、教育の実施、対策の推進の統括 |
| 部局情報セキュリティ担当 | 部局内の対策の実施及び推進室との連絡調整 |

別表第2（第11条、第12条関係）

| 区分 | 措置 |
|---|---|
| ウェブサイト | 本学が運用する全てのウェブサイトを、HTTPSにより常時暗号化する。 |
| 電子メール | 学外のメールサーバとの通信をTLSで暗号化し、SPF及びDKIMによる送信ドメイン認証を行う。 |
| モバイル端末 | ストレージの暗号化、多要素認証、遠隔消去機能の設定及び端末管理システムへの登録 |
''', {
    'domain-names': ('covered', ['article'], '第9条 本学のウェブサイト及び電子メールアドレスには、本学に割り当てられたac.jpドメイン名を使用しなければならない。',
                     'ac.jp for a higher-education body\'s sites and mail'),
    'drm': ('covered', ['article', 'modality'], '第10条 機密性3に区分される電子ファイルは、可能な限り、情報権限管理（IRM）により閲覧できる者を限定して保存するよう努めるものとする。',
            'IRM for the most sensitive files as an effort; normal for a recommended item'),
    'mobile-devices': ('covered', ['article', 'condition', 'table'], '第11条 本学が貸与するノートパソコン等のモバイル端末は、別表第2に定める措置を講じた場合に限り、学外の通信回線に接続して業務に用いることができる。',
                       'off-campus connection allowed once the 別表第2 safeguards are taken'),
    'web-encryption': ('covered', ['table', 'article'], '| ウェブサイト | 本学が運用する全てのウェブサイトを、HTTPSにより常時暗号化する。 |',
                       'every site always encrypted, carried by 別表第2 that 第12条 makes binding'),
    'email-encryption': ('covered', ['table', 'article'], '| 電子メール | 学外のメールサーバとの通信をTLSで暗号化し、SPF及びDKIMによる送信ドメイン認証を行う。 |',
                         'transport encryption and sender authentication via 別表第2'),
    'promotion-structure': ('covered', ['table', 'article', 'paraphrase'], '| 情報セキュリティ推進室 | 全学の対策の企画立案、部局への指導・助言、教育の実施、対策の推進の統括 |',
                            'a promotion office with its role, set up by 第5条 through 別表第1'),
    'improvement-instructions': ('outdated', ['modality', 'article'], '第7条 CISOは、前条の監査の結果に基づき、部局長に対し改善を指示することができる。',
                                 'instruction is a permission, and only toward department heads'),
    'issue-reporting': ('missing', ['separate-duty', 'article'], '第6条 監査室長は、情報セキュリティ監査を実施し、その結果をCISOに報告する。',
                        'an audit report only; no issues from operation, self-inspection or education'),
}, ['domain-names', 'drm', 'mobile-devices', 'web-encryption', 'email-encryption', 'promotion-structure',
    'improvement-instructions', 'issue-reporting'])

# ---------------------------------------------------------------- 05 独立行政法人 細則 citing the 規程's articles
# Considered related: unknown-malware, it-asset-management, drm, web-encryption, email-encryption, mobile-devices,
# promotion-structure, domain-names.
# Hard points: the 細則 names 規程 articles (citations are not coverage); DRM put off (deferral); a ただし書 leaving an
# old site out of HTTPS (subset -> outdated); SPF only (separate duty); go.jp absent but 機構 mail rule on domain.
case('b10-05-dokuhou-saisoku.md', '''# 国立研究開発法人○○機構 情報セキュリティ対策細則

（令和3年4月1日 理事長裁定）

## 第1条（趣旨）

この細則は、国立研究開発法人○○機構情報セキュリティ規程（令和元年規程第12号。以下「規程」という。）第30条の規定に基づき、
規程の実施に関し必要な事項を定める。

## 第2条（推進室の事務）

規程第6条に定める情報セキュリティ推進室は、次に掲げる事務を行う。

1. 機構全体の情報セキュリティ対策推進計画の案の作成
2. 各部署の対策の実施状況の把握及び支援
3. 情報セキュリティインシデントの初動対応の調整
4. 役職員に対する教育の実施

## 第3条（不正プログラム対策）

1. 規程第18条第1項の不正プログラム対策として、情報基盤部長は、全ての端末及びサーバ装置に、プログラムの挙動を
解析して未知の不正プログラムを検知し、その実行を阻止する機能を導入する。
2. 前項の機能は、パターンファイル方式の対策ソフトウェアと併用する。

## 第4条（ソフトウェア情報の収集）

規程第18条第2項に基づき、情報基盤部長は、IT資産管理ツールにより、端末及びサーバ装置に導入されたソフトウェアの名称及び版を毎日自動で収集し、脆弱性情報との突合に用いる。

## 第5条（デジタル著作権管理）

規程第19条に定める重要情報のファイルに対するデジタル著作権管理（DRM）の適用は、費用対効果を勘案し、当面見合わせる。

## 第6条（ウェブサイトの暗号化）

1. 規程第20条の規定により、機構が開設するウェブサイトは、HTTPSによる常時暗号化を行う。ただし、令和8年度末に廃止を予定している旧成果公開サイトについては、この限りでない。
2. 機構が開設するウェブサイトのドメイン名は、機構が取得したgo.jpドメイン名とする。

## 第7条（電子メール）

規程第21条に定める送信ドメイン認証として、機構のメールドメインにSPFレコードを設定する。

## 第8条（モバイル端末）

1. 役職員は、情報基盤部長が管理ツールに登録し、暗号化及び遠隔消去の設定を行ったモバイル端末に限り、機構外の通信回線に接続して業務を行うことができる。

## 附則

この細則は、令和3年4月1日から施行する。
''', {
    'promotion-structure': ('covered', ['citation', 'list', 'article'], '規程第6条に定める情報セキュリティ推進室は、次に掲げる事務を行う。',
                            'the promotion office named by the 規程 is given its roles here'),
    'unknown-malware': ('covered', ['citation', 'wrapped', 'list'], '解析して未知の不正プログラムを検知し、その実行を阻止する機能を導入する。',
                        'behaviour-based detection and blocking on all terminals and servers, beside pattern files'),
    'it-asset-management': ('covered', ['citation', 'article'], '規程第18条第2項に基づき、情報基盤部長は、IT資産管理ツールにより、端末及びサーバ装置に導入されたソフトウェアの名称及び版を毎日自動で収集し、脆弱性情報との突合に用いる。',
                            'automatic daily collection of software names and versions'),
    'drm': ('missing', ['deferral', 'citation'], '規程第19条に定める重要情報のファイルに対するデジタル著作権管理（DRM）の適用は、費用対効果を勘案し、当面見合わせる。',
            'DRM is put off; the citation of 規程第19条 does not make it covered'),
    'web-encryption': ('outdated', ['exclusion', 'scope', 'citation', 'list'], 'ただし、令和8年度末に廃止を予定している旧成果公開サイトについては、この限りでない。',
                       'a ただし書 leaves one site out of HTTPS: not every site'),
    'domain-names': ('covered', ['list'], '2. 機構が開設するウェブサイトのドメイン名は、機構が取得したgo.jpドメイン名とする。',
                     'go.jp rule for the body\'s websites'),
    'email-encryption': ('missing', ['separate-duty', 'citation'], '規程第21条に定める送信ドメイン認証として、機構のメールドメインにSPFレコードを設定する。',
                         'SPF only; no transport encryption'),
    'mobile-devices': ('covered', ['condition', 'list'], '1. 役職員は、情報基盤部長が管理ツールに登録し、暗号化及び遠隔消去の設定を行ったモバイル端末に限り、機構外の通信回線に接続して業務を行うことができる。',
                       'outside connection allowed for managed, encrypted, wipe-enabled devices; 「に限り」 is the safeguard condition'),
}, ['promotion-structure', 'unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'domain-names',
    'email-encryption', 'mobile-devices'])

# ================================================================ auditor-style short documents

# ---------------------------------------------------------------- 06 double negation
# Considered related: web-encryption, email-encryption, drm, mobile-devices.
# Hard points: 「行わないことはできない」 (double negation = must), 「採用しない」 (negation), 「接続を禁止しない」
# (a negated prohibition with a condition = may connect).
case('b10-06-double-negation.md', '''# 監査メモ：○○庁対策基準 第7部の読み方

対象条文（抜粋）

7.2.2(1) 情報システムセキュリティ責任者は、庁が開設するウェブサイトのいずれについても、HTTPSによる暗号化を行わないことはできない。

7.2.1(2) 電子メールサーバ間の通信の暗号化は、現時点では行わないこととし、送信ドメイン認証（SPF）の設定のみを行う。

3.1.1(5) 要機密情報を含むファイルの保護に、デジタル著作権管理（DRM）による方式は採用しない。

7.1.1(4) 暗号化、遠隔消去及び端末管理の措置を講じたモバイル端末については、庁外の通信回線への接続を禁止しない。

注 上記は監査人が条文の解釈を確認するために抜き出したものであり、条番号は原文のとおり。
''', {
    'web-encryption': ('covered', ['negation', 'list'], '7.2.2(1) 情報システムセキュリティ責任者は、庁が開設するウェブサイトのいずれについても、HTTPSによる暗号化を行わないことはできない。',
                       'a double negation: every site must be encrypted'),
    'email-encryption': ('missing', ['negation', 'separate-duty'], '7.2.1(2) 電子メールサーバ間の通信の暗号化は、現時点では行わないこととし、送信ドメイン認証（SPF）の設定のみを行う。',
                         'transport encryption is not done; SPF alone is a separate duty'),
    'drm': ('missing', ['negation'], '3.1.1(5) 要機密情報を含むファイルの保護に、デジタル著作権管理（DRM）による方式は採用しない。',
            'DRM is not adopted'),
    'mobile-devices': ('covered', ['negation', 'condition'], '7.1.1(4) 暗号化、遠隔消去及び端末管理の措置を講じたモバイル端末については、庁外の通信回線への接続を禁止しない。',
                       'a prohibition negated: safeguarded mobile terminals may be connected outside'),
}, ['web-encryption', 'email-encryption', 'drm', 'mobile-devices'])

# ---------------------------------------------------------------- 07 scope carved out by a later 項 and an exception table
# Considered related: web-encryption, email-encryption, unknown-malware.
# Hard points: 第1項 says every site, 第3項 removes the sites in 別表 (subset -> outdated); 第4項 removes mail altogether
# from the encryption duty (exclusion -> missing); EDR on terminals and servers with 別表 listing only legacy
# exceptions for a recommended item (still covered).
case('b10-07-later-kou-exception.md', '''# ○○機構 情報システム管理規程 第15条及び別表（監査対象抜粋）

第15条（通信の暗号化）
情報システム管理者は、機構が開設するウェブサイトの全ての通信をHTTPSにより暗号化しなければならない。
2 情報システム管理者は、機構のメールサーバと外部のメールサーバとの間の通信を暗号化しなければならない。
3 第1項の規定は、別表に掲げるウェブサイトには適用しない。
4 第2項の規定は、当分の間、適用しない。

第16条（不正プログラム対策）
情報システム管理者は、端末及びサーバ装置に、挙動の検知により未知の不正プログラムの実行を防止する機能を備えなければならない。

別表（第15条第3項関係）

| ウェブサイト | 理由 |
|---|---|
| 機構広報キャンペーンサイト | 個人情報を取り扱わないため |
| 研究データアーカイブ（旧サイト） | 更新を停止しているため |
''', {
    'web-encryption': ('outdated', ['exclusion', 'scope', 'table', 'article'], '3 第1項の規定は、別表に掲げるウェブサイトには適用しない。',
                       'a later 項 and an exception table leave sites unencrypted: only some sites'),
    'email-encryption': ('missing', ['exclusion', 'article', 'deferral'], '4 第2項の規定は、当分の間、適用しない。',
                         'the mail encryption duty of 第2項 is switched off by 第4項'),
    'unknown-malware': ('covered', ['article', 'paraphrase'], '情報システム管理者は、端末及びサーバ装置に、挙動の検知により未知の不正プログラムの実行を防止する機能を備えなければならない。',
                        'behaviour-based prevention on terminals and servers'),
}, ['web-encryption', 'email-encryption', 'unknown-malware'])

# ---------------------------------------------------------------- 08 English national agency standard (1.2.3 headings, roles table)
# Considered related: all but drm. Hard points: roles carried by a table; "should ... where possible" on mail transport
# (mandatory item -> outdated); "should" on the software inventory (recommended item -> covered); 特定用途機器 under
# the English term "special-purpose devices".
case('b10-08-en-agency-standard.md', '''# Information Security Measures Standard of the ○○ Agency (English translation)

Adopted by the Information Security Committee, 1 April 2020. The Japanese text prevails.

## 1. General

### 1.1 Purpose

This Standard sets out the measures the Agency takes to protect the information it holds and the systems it runs,
under the Agency's Basic Information Security Policy.

### 1.2 Definitions

- "Staff": officers, fixed-term employees and temporary staff of the Agency.
- "Special-purpose device": equipment with a network function built for a specific use, such as an IP telephone, a
  video-conferencing unit, a network camera or a building management controller.

## 2. Organisation

### 2.1 Roles

| Role | Held by | Responsibilities |
|---|---|---|
| Chief Information Security Officer (CISO) | Executive Director for Administration | Final authority over information security |
| General Information Security Manager | Director, Information Systems Division | Assists the CISO; coordinates divisions |
| Information Security Promotion Office | Information Systems Division | Drafts the annual measures plan, tracks progress, supports divisions and runs staff training, driving the Agency's measures as a whole |
| Division Information Security Officer | Head of each division | Implements the measures in the division |

### 2.2 Reporting and improvement

2.2.1 Each Division Information Security Officer shall report to the CISO, every quarter, the problems met while
operating the measures, while carrying out self-assessments and while delivering training.

2.2.2 The CISO shall direct improvements that concern the whole Agency to the General Information Security Manager,
and improvements specific to one division to that division's Information Security Officer.

## 3. Technical measures

### 3.1 Malicious software

3.1.1 Every workstation and server shall run endpoint protection that watches program behaviour and stops unknown
malicious code before it can execute, in addition to signature-based scanning.

### 3.2 Software inventory

3.2.1 The Agency should deploy an asset-management tool that gathers, without manual input, the name and version of
all software installed on workstations and servers, so that vulnerable versions can be located quickly.

### 3.3 Websites and e-mail

3.3.1 All websites operated by the Agency shall be reachable only over HTTPS; plain HTTP requests shall be redirected and HSTS shall be enabled.

3.3.2 Mail exchanged between the Agency's mail servers and external servers should be encrypted with TLS where possible.

3.3.3 Outgoing mail shall carry a DKIM signature, and the Agency's mail domain shall publish an SPF record.

3.3.4 Agency websites and e-mail addresses shall use the Agency's go.jp domain name.

### 3.4 Special-purpose devices

3.4.1 Special-purpose devices shall have default credentials replaced before connection, shall receive firmware
updates, and shall be placed on a segment separated from the office network.

### 3.5 Mobile devices

3.5.1 Agency-issued laptops and smartphones may be connected to networks inside and outside the Agency for official
work only when full-disk encryption, multi-factor sign-in, remote wipe and MDM enrolment are in place.

## Revision history

| Date | Change |
|---|---|
| 1 April 2020 | First edition |
| 1 April 2022 | 3.4 added |
''', {
    'promotion-structure': ('covered', ['english', 'table', 'paraphrase'], '| Information Security Promotion Office | Information Systems Division | Drafts the annual measures plan, tracks progress, supports divisions and runs staff training, driving the Agency\'s measures as a whole |',
                            'a promotion office with defined roles, in the roles table'),
    'issue-reporting': ('covered', ['english', 'wrapped', 'list'], '2.2.1 Each Division Information Security Officer shall report to the CISO, every quarter, the problems met while',
                        'problems from operation, self-assessment and training reported to the CISO'),
    'improvement-instructions': ('covered', ['english', 'wrapped', 'list'], '2.2.2 The CISO shall direct improvements that concern the whole Agency to the General Information Security Manager,',
                                 'agency-wide and division-specific improvements each directed to the right person'),
    'unknown-malware': ('covered', ['english', 'paraphrase', 'wrapped'], '3.1.1 Every workstation and server shall run endpoint protection that watches program behaviour and stops unknown',
                        'behaviour-based blocking of unknown malware on workstations and servers'),
    'it-asset-management': ('covered', ['english', 'modality', 'paraphrase', 'wrapped'], '3.2.1 The Agency should deploy an asset-management tool that gathers, without manual input, the name and version of',
                            'automatic software inventory; "should" is normal for a recommended item'),
    'web-encryption': ('covered', ['english', 'list'], '3.3.1 All websites operated by the Agency shall be reachable only over HTTPS; plain HTTP requests shall be redirected and HSTS shall be enabled.',
                       'every website HTTPS-only'),
    'email-encryption': ('outdated', ['english', 'modality'], '3.3.2 Mail exchanged between the Agency\'s mail servers and external servers should be encrypted with TLS where possible.',
                         'transport encryption only "should ... where possible"; DKIM/SPF beside it do not make it firm'),
    'domain-names': ('covered', ['english', 'list'], '3.3.4 Agency websites and e-mail addresses shall use the Agency\'s go.jp domain name.',
                     'go.jp rule'),
    'iot-devices': ('covered', ['english', 'paraphrase', 'wrapped'], '3.4.1 Special-purpose devices shall have default credentials replaced before connection, shall receive firmware',
                    'special-purpose devices (defined in 1.2) get credential, firmware and separation measures'),
    'mobile-devices': ('covered', ['english', 'condition', 'wrapped'], '3.5.1 Agency-issued laptops and smartphones may be connected to networks inside and outside the Agency for official',
                       'mobile devices may connect inside and outside with safeguards'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'it-asset-management',
    'web-encryption', 'email-encryption', 'domain-names', 'iot-devices', 'mobile-devices'])

# ---------------------------------------------------------------- 09 English university policy (definitions, numbered sections)
# Considered related: all but drm. Hard points: the promotion office exists only in the definitions; "is expected to"
# on improvement instructions (mandatory item -> outdated); HTTPS only for pages collecting personal data (old form);
# encouraged attachment passwords (old form); signature antivirus only (separate duty); a yearly manual software
# register (old form).
case('b10-09-en-university-policy.md', '''# ○○ University Information Security Policy

Approved by the Board of Executives on 18 March 2021. Owner: Center for Information Infrastructure.

## 1 Scope

This policy applies to all faculty, staff, students and visitors who use University information systems, and to
all information systems owned or operated by the University.

## 2 Definitions

2.1 "CISO" means the Chief Information Security Officer, who is the Executive Vice President for Information.

2.2 "Information Security Promotion Office (ISPO)" means the unit of the Center for Information Infrastructure that coordinates security measures across the University.

2.3 "Faculty" includes graduate schools, research institutes and the University Hospital.

## 3 Responsibilities

3.1 The CISO is accountable for information security at the University.

3.2 Deans and Directors are responsible for applying this policy in their faculties.

3.3 Internal Audit reports its information security audit findings to the CISO once a year.

3.4 The CISO is expected to instruct University-wide improvements to the Director of the Center and faculty-specific
improvements to the Dean concerned.

## 4 Technical controls

4.1 All University-owned computers must run anti-virus software with up-to-date signature files.

4.2 Each faculty keeps a register of the software installed on its computers and reviews it every academic year.

4.3 Web pages that collect personal data, passwords or payment details must be served over HTTPS.

4.4 Staff are encouraged to password-protect e-mail attachments that contain confidential information.

4.5 Official University websites and e-mail addresses must use the University's ac.jp domain; sub-domains are
assigned by the Center.

4.6 Networked laboratory instruments, cameras and other IoT devices must be registered with the Center, placed on a
segregated VLAN, and have their default passwords changed before use.

4.7 University-issued laptops and tablets may be used off campus and on external Wi-Fi, provided that disk encryption, screen lock and remote wipe are enabled.

## 5 Review

This policy is reviewed every two years.
''', {
    'promotion-structure': ('missing', ['english', 'definition'], '2.2 "Information Security Promotion Office (ISPO)" means the unit of the Center for Information Infrastructure that coordinates security measures across the University.',
                            'the office exists only in a definition; nothing sets it up or gives it roles'),
    'issue-reporting': ('missing', ['english', 'separate-duty'], '3.3 Internal Audit reports its information security audit findings to the CISO once a year.',
                        'audit findings only; no issues from operation, self-inspection or education'),
    'improvement-instructions': ('outdated', ['english', 'modality', 'wrapped'], '3.4 The CISO is expected to instruct University-wide improvements to the Director of the Center and faculty-specific',
                                 '"is expected to" weakens a mandatory duty'),
    'unknown-malware': ('missing', ['english', 'separate-duty'], '4.1 All University-owned computers must run anti-virus software with up-to-date signature files.',
                        'signature antivirus only; no behaviour-based prevention'),
    'it-asset-management': ('outdated', ['english', 'old-form'], '4.2 Each faculty keeps a register of the software installed on its computers and reviews it every academic year.',
                            'a manually kept register reviewed yearly, the old form'),
    'web-encryption': ('outdated', ['english', 'scope', 'old-form'], '4.3 Web pages that collect personal data, passwords or payment details must be served over HTTPS.',
                       'HTTPS only for pages collecting data'),
    'email-encryption': ('outdated', ['english', 'modality', 'scope', 'old-form'], '4.4 Staff are encouraged to password-protect e-mail attachments that contain confidential information.',
                         'some attachments, encouraged only; no transport encryption'),
    'domain-names': ('covered', ['english', 'wrapped'], '4.5 Official University websites and e-mail addresses must use the University\'s ac.jp domain; sub-domains are',
                     'ac.jp for a university'),
    'iot-devices': ('covered', ['english', 'wrapped'], '4.6 Networked laboratory instruments, cameras and other IoT devices must be registered with the Center, placed on a',
                    'IoT devices registered, segregated, default passwords changed'),
    'mobile-devices': ('covered', ['english', 'condition'], '4.7 University-issued laptops and tablets may be used off campus and on external Wi-Fi, provided that disk encryption, screen lock and remote wipe are enabled.',
                       'off-campus use on outside networks allowed with safeguards'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'it-asset-management',
    'web-encryption', 'email-encryption', 'domain-names', 'iot-devices', 'mobile-devices'])

# ---------------------------------------------------------------- 10 独立行政法人 規程 with citations, a kijun marker, 附則, 改正履歴
# Considered related: all eleven except domain-names.
# Hard points: a citation 「（統一基準 2.1.1 対応）」 above an effort clause (outdated); a kijun marker over a login-page-only
# HTTPS clause (outdated); behaviour-based detection on terminals with servers only 「検討する」 (recommended item,
# subset -> missing).
case('b10-10-dokuhou-kitei-citations.md', '''# 独立行政法人○○ 情報セキュリティ規程

令和元年9月30日 規程第21号
改正 令和4年3月31日 規程第7号

## 目次

- 第1章 総則（第1条・第2条）
- 第2章 体制（第3条―第9条）
- 第3章 技術的対策（第10条―第20条）
- 附則

## 第1章 総則

**第1条（目的）** この規程は、独立行政法人○○（以下「法人」という。）の情報セキュリティ対策の基本的事項を定める。

**第2条（用語）** この規程における用語の意義は、法人情報セキュリティ基本方針の例による。

## 第2章 体制

**第3条（最高情報セキュリティ責任者）** 法人に最高情報セキュリティ責任者（以下「CISO」という。）を置き、理事をもって充てる。

**第4条（統括情報セキュリティ責任者）** 法人に統括情報セキュリティ責任者を置き、総務部長をもって充てる。

**第5条（推進体制）** 理事長は、情報セキュリティ対策推進体制を整備するよう努めるものとする。（統一基準 2.1.1 対応）

**第8条（課題の報告）** 各部長は、所管する業務における対策の運用、自己点検及び教育の過程で生じた課題を、CISOに報告しなければならない。

**第9条（改善の指示）** CISOは、前条の報告を受けたときは、法人全体に関わる改善事項については統括情報セキュリティ責任者に、
特定の部に固有の改善事項については当該部長に、改善を指示しなければならない。

## 第3章 技術的対策

<!-- kijun: web-encryption -->
**第14条（ウェブサイト）** 法人のウェブサイトのうち、利用者のログイン画面及び問い合わせフォームについては、TLSにより通信を暗号化する。（統一基準 7.2.2 対応）

**第15条（電子メール）** 法人のメールサーバは、他のメールサーバとの間でSTARTTLSにより通信を暗号化し、送信する電子メールにDKIM署名を付与しなければならない。

**第16条（不正プログラム対策）** 情報システム部長は、端末に振る舞い検知型のマルウェア対策製品を導入する。サーバ装置への同種の製品の導入については、今後検討する。

**第17条（ソフトウェア情報の把握）** 情報システム部長は、資産管理システムのエージェントにより、端末及びサーバ装置のソフトウェアの名称及びバージョンを自動的に取得し、一覧を常に最新に保つ。

**第18条（モバイル端末）** 役職員は、CISOが定める暗号化、認証及び遠隔消去の措置を講じた法人支給のモバイル端末を、法人の内外において通信回線に接続して業務に使用することができる。

**第19条（重要ファイルの保護）** 機密性3情報を記録した電子ファイルは、情報権限管理の仕組みにより、許可された者以外が開くことのできない状態で保存し、又は送付する。

**第20条（特定用途機器）** 情報システム部長は、ネットワークカメラ、テレビ会議システムその他の特定用途機器について、初期設定の認証情報の変更、ファームウェアの更新及び接続するネットワークの分離を行わなければならない。

## 附則

1 この規程は、令和元年10月1日から施行する。
2 この規程の施行の際現に運用しているウェブサイトについての第14条の規定の適用については、なお従前の例による。

附 則（令和4年3月31日規程第7号）
この規程は、令和4年4月1日から施行する。
''', {
    'promotion-structure': ('outdated', ['modality', 'citation'], '**第5条（推進体制）** 理事長は、情報セキュリティ対策推進体制を整備するよう努めるものとする。（統一基準 2.1.1 対応）',
                            'a mandatory structure only as an effort; the author cited 2.1.1'),
    'issue-reporting': ('covered', ['article'], '**第8条（課題の報告）** 各部長は、所管する業務における対策の運用、自己点検及び教育の過程で生じた課題を、CISOに報告しなければならない。',
                        'issues from operation, self-inspection and education to the CISO'),
    'improvement-instructions': ('covered', ['article', 'wrapped'], '**第9条（改善の指示）** CISOは、前条の報告を受けたときは、法人全体に関わる改善事項については統括情報セキュリティ責任者に、',
                                 'body-wide and department-specific improvements each instructed'),
    'web-encryption': ('outdated', ['scope', 'old-form', 'citation', 'article'], '**第14条（ウェブサイト）** 法人のウェブサイトのうち、利用者のログイン画面及び問い合わせフォームについては、TLSにより通信を暗号化する。（統一基準 7.2.2 対応）',
                       'login and form pages only; the citation and the marker assert, the clause limits'),
    'email-encryption': ('covered', ['article'], '**第15条（電子メール）** 法人のメールサーバは、他のメールサーバとの間でSTARTTLSにより通信を暗号化し、送信する電子メールにDKIM署名を付与しなければならない。',
                         'STARTTLS between servers and DKIM sender authentication'),
    'unknown-malware': ('missing', ['scope', 'deferral', 'article'], '**第16条（不正プログラム対策）** 情報システム部長は、端末に振る舞い検知型のマルウェア対策製品を導入する。サーバ装置への同種の製品の導入については、今後検討する。',
                        'terminals only; servers left to future study (subset of a recommended item)'),
    'it-asset-management': ('covered', ['article', 'paraphrase'], '**第17条（ソフトウェア情報の把握）** 情報システム部長は、資産管理システムのエージェントにより、端末及びサーバ装置のソフトウェアの名称及びバージョンを自動的に取得し、一覧を常に最新に保つ。',
                            'software names and versions gathered automatically by an agent'),
    'mobile-devices': ('covered', ['article', 'condition'], '**第18条（モバイル端末）** 役職員は、CISOが定める暗号化、認証及び遠隔消去の措置を講じた法人支給のモバイル端末を、法人の内外において通信回線に接続して業務に使用することができる。',
                       'safeguarded mobile terminals may connect inside and outside'),
    'drm': ('covered', ['article', 'paraphrase'], '**第19条（重要ファイルの保護）** 機密性3情報を記録した電子ファイルは、情報権限管理の仕組みにより、許可された者以外が開くことのできない状態で保存し、又は送付する。',
            'rights management keeps files unreadable to the unauthorised'),
    'iot-devices': ('covered', ['article'], '**第20条（特定用途機器）** 情報システム部長は、ネットワークカメラ、テレビ会議システムその他の特定用途機器について、初期設定の認証情報の変更、ファームウェアの更新及び接続するネットワークの分離を行わなければならない。',
                    'special-purpose devices get credential, firmware and separation measures'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'web-encryption', 'email-encryption',
    'unknown-malware', 'it-asset-management', 'mobile-devices', 'drm', 'iot-devices'])

# ---------------------------------------------------------------- 11 duty for a subset named by a restrictive relative
# Considered related: web-encryption, unknown-malware, email-encryption, mobile-devices.
# Hard points: 「…のうち、…もの」 narrowing HTTPS to application sites (old form -> outdated); unknown-malware only on
# public servers (recommended item, terminals left out -> missing); "servers that exchange mail with external
# domains" is every server the duty can apply to (covered); 「…もののうち、…ものに限り」 that names the safeguards
# (covered).
case('b10-11-restrictive-relative.md', '''# 監査所見：対象を限定する関係節（○○局情報セキュリティ対策基準）

## 所見1

7.2.2(1) 局が開設するウェブサイトのうち、国民から申請又は個人情報を受け付けるものについては、HTTPSにより通信を暗号化すること。

## 所見2

6.2.2(3) サーバ装置のうち、インターネットに公開するものについては、振る舞いの検知により未知の不正プログラムの実行を防止する対策を講ずること。

## 所見3（英語版対策基準）

7.2.1(1) Mail servers that exchange messages with external domains shall encrypt the transfer with STARTTLS and shall sign outgoing messages with DKIM.

## 所見4

7.1.1(3) 局が支給するモバイル端末のうち、暗号化、遠隔消去及び端末管理の設定を終えたものに限り、局外の通信回線に接続して業務に使用することを認める。

※ 所見ごとの評価は別紙による。
''', {
    'web-encryption': ('outdated', ['scope', 'old-form', 'list'], '7.2.2(1) 局が開設するウェブサイトのうち、国民から申請又は個人情報を受け付けるものについては、HTTPSにより通信を暗号化すること。',
                       'only sites that take applications or personal data'),
    'unknown-malware': ('missing', ['scope', 'list'], '6.2.2(3) サーバ装置のうち、インターネットに公開するものについては、振る舞いの検知により未知の不正プログラムの実行を防止する対策を講ずること。',
                        'public servers only, no terminals: a subset of a recommended item'),
    'email-encryption': ('covered', ['english', 'scope', 'list'], '7.2.1(1) Mail servers that exchange messages with external domains shall encrypt the transfer with STARTTLS and shall sign outgoing messages with DKIM.',
                         'the relative clause names every server that transfers mail externally; encryption and DKIM required'),
    'mobile-devices': ('covered', ['scope', 'condition', 'list'], '7.1.1(3) 局が支給するモバイル端末のうち、暗号化、遠隔消去及び端末管理の設定を終えたものに限り、局外の通信回線に接続して業務に使用することを認める。',
                       'the subset is the safeguard condition itself'),
}, ['web-encryption', 'unknown-malware', 'email-encryption', 'mobile-devices'])

# ---------------------------------------------------------------- 12 labels and headings with no body
# Considered related: unknown-malware, it-asset-management, drm, web-encryption, email-encryption.
# Hard points: a heading with 「（記載なし）」; a heading whose body defers to the next revision; a table row with a dash;
# a table row pointing to a section the document does not contain; a heading followed by an empty list item.
case('b10-12-heading-label-only.md', '''# ○○庁情報セキュリティ対策基準 改定案（第6部・第7部の骨子）

## 6.2.2 未知の不正プログラムへの対策

（記載なし）

## 6.2.5 IT資産管理ソフトウェアの導入

（本項は、次回改定時に定める。）

## 6.1.6 デジタル著作権管理による情報の保護

-

## 7.2 電子メール・ウェブ 対策一覧

| 項目 | 対策の内容 |
|---|---|
| 電子メール通信の暗号化 | — |
| ウェブサイトの常時暗号化 | 7.2.2 参照 |
| 標的型攻撃メール訓練 | 年2回、全職員等を対象に実施する。 |

注 本骨子は改定作業用の構成案であり、各項の本文は今後作成する。
''', {
    'unknown-malware': ('missing', ['heading'], '## 6.2.2 未知の不正プログラムへの対策',
                        'a heading with 「記載なし」 under it'),
    'it-asset-management': ('missing', ['heading', 'deferral'], '## 6.2.5 IT資産管理ソフトウェアの導入',
                            'a heading whose body puts the content off to the next revision'),
    'drm': ('missing', ['heading', 'label'], '## 6.1.6 デジタル著作権管理による情報の保護',
            'a heading over an empty list item'),
    'email-encryption': ('missing', ['label', 'table'], '| 電子メール通信の暗号化 | — |',
                         'a table row with a dash'),
    'web-encryption': ('missing', ['label', 'table', 'citation'], '| ウェブサイトの常時暗号化 | 7.2.2 参照 |',
                       'a row pointing to 7.2.2, which the document does not contain'),
}, ['unknown-malware', 'it-asset-management', 'drm', 'email-encryption', 'web-encryption'])

# ---------------------------------------------------------------- 13 terms only in the definitions
# Considered related: promotion-structure, iot-devices, mobile-devices, issue-reporting, drm.
# Hard points: each revision term is defined but no article uses it to impose anything.
case('b10-13-definition-only.md', '''# ○○法人 情報セキュリティ対策規程（抄）

第1条（目的）
この規程は、○○法人の情報資産を適切に保護するために必要な事項を定める。

第2条（定義）
この規程において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
一 情報セキュリティ対策推進体制 最高情報セキュリティ責任者の下で法人の対策の推進を担う部門をいう。
二 特定用途機器 テレビ会議システム、IP電話機、ネットワークカメラその他の特定の用途に使用される機器であって、通信回線に接続されるものをいう。
三 モバイル端末 ノートパソコン、タブレット端末及びスマートフォンであって、法人の外に持ち出して使用することが想定されるものをいう。
四 課題 対策の運用、自己点検又は教育の過程で明らかになった不備又は改善を要する事項をいう。
五 情報権限管理 電子ファイルの閲覧、印刷及び複製を許可された者に限定する技術をいう。

第3条（パスワード）
役職員は、情報システムにログインするためのパスワードを他人に知らせてはならない。

第4条（教育）
最高情報セキュリティ責任者は、役職員に対し、年1回以上情報セキュリティ教育を実施する。
''', {
    'promotion-structure': ('missing', ['definition', 'list'], '一 情報セキュリティ対策推進体制 最高情報セキュリティ責任者の下で法人の対策の推進を担う部門をいう。',
                            'defined only; nothing sets it up'),
    'iot-devices': ('missing', ['definition', 'list'], '二 特定用途機器 テレビ会議システム、IP電話機、ネットワークカメラその他の特定の用途に使用される機器であって、通信回線に接続されるものをいう。',
                    'defined only; no measures'),
    'mobile-devices': ('missing', ['definition', 'list'], '三 モバイル端末 ノートパソコン、タブレット端末及びスマートフォンであって、法人の外に持ち出して使用することが想定されるものをいう。',
                       'defined only; no rule on connecting them'),
    'issue-reporting': ('missing', ['definition', 'list'], '四 課題 対策の運用、自己点検又は教育の過程で明らかになった不備又は改善を要する事項をいう。',
                        'the term is defined but nothing has it reported'),
    'drm': ('missing', ['definition', 'list'], '五 情報権限管理 電子ファイルの閲覧、印刷及び複製を許可された者に限定する技術をいう。',
            'defined only; not applied to any information'),
}, ['promotion-structure', 'iot-devices', 'mobile-devices', 'issue-reporting', 'drm'])

# ---------------------------------------------------------------- 14 paraphrase far from the standard's words (JA and EN)
# Considered related: web-encryption, it-asset-management, promotion-structure, drm, issue-reporting, email-encryption.
# Hard points: no revision keyword carries any of these clauses; the meaning does.
case('b10-14-paraphrase-ja-en.md', '''# ○○庁 情報セキュリティの取扱い（職員向け要約版・英語併記）

## 第1 ホームページ

当庁が公開するどのホームページも、閲覧する人との間のやり取りを第三者に盗み見られたり書き換えられたりしないよう、暗号をかけた経路でのみ提供すること。

## 第2 パソコンとサーバの中身の把握

事務用パソコンと庁内サーバに入っているソフトの名前と版は、管理用ソフトが人手を介さずに集めて一覧にし、弱点が公表されたときに該当する機械をすぐに探し出せるようにしておくこと。

## 第3 旗振り役

セキュリティ対策の旗振り役として、デジタル推進課にセキュリティ担当チームを設け、年間計画づくり、各課への助言及び研修の運営を受け持たせる。

## Part 4 Files marked Restricted

Files marked Restricted are wrapped in persistent protection so that nobody outside the permitted group can open them, even after they leave our systems.

## Part 5 Raising difficulties

Line managers shall bring the difficulties they run into when applying these rules, during self-checks and in training, to the attention of the Chief Information Security Officer.

## Part 6 Mail between organisations

Our mail servers shall talk to other mail servers only over encrypted links where the other side supports them, and every message we send shall carry a signature that lets recipients confirm it really came from us.
''', {
    'web-encryption': ('covered', ['paraphrase'], '当庁が公開するどのホームページも、閲覧する人との間のやり取りを第三者に盗み見られたり書き換えられたりしないよう、暗号をかけた経路でのみ提供すること。',
                       'every site served only over an encrypted channel, in plain words'),
    'it-asset-management': ('covered', ['paraphrase'], '事務用パソコンと庁内サーバに入っているソフトの名前と版は、管理用ソフトが人手を介さずに集めて一覧にし、弱点が公表されたときに該当する機械をすぐに探し出せるようにしておくこと。',
                            'software names and versions collected automatically by management software'),
    'promotion-structure': ('covered', ['paraphrase'], 'セキュリティ対策の旗振り役として、デジタル推進課にセキュリティ担当チームを設け、年間計画づくり、各課への助言及び研修の運営を受け持たせる。',
                            'a team that drives the measures, with roles'),
    'drm': ('covered', ['english', 'paraphrase'], 'Files marked Restricted are wrapped in persistent protection so that nobody outside the permitted group can open them, even after they leave our systems.',
            'persistent protection that survives leakage: rights management'),
    'issue-reporting': ('covered', ['english', 'paraphrase'], 'Line managers shall bring the difficulties they run into when applying these rules, during self-checks and in training, to the attention of the Chief Information Security Officer.',
                        'difficulties from operation, self-checks and training reported to the CISO'),
    'email-encryption': ('covered', ['english', 'paraphrase'], 'Our mail servers shall talk to other mail servers only over encrypted links where the other side supports them, and every message we send shall carry a signature that lets recipients confirm it really came from us.',
                         'server-to-server encryption (opportunistic, as STARTTLS is) and sender signing'),
}, ['web-encryption', 'it-asset-management', 'promotion-structure', 'drm', 'issue-reporting', 'email-encryption'])

# ---------------------------------------------------------------- 15 modality (JA and EN) and a stricter-than-required ban
# Considered related: web-encryption, improvement-instructions, iot-devices, drm, email-encryption, unknown-malware,
# mobile-devices.
# Hard points: 望ましい / 配慮する / 努める / may on mandatory items (outdated); 望ましい / should on recommended items
# (covered); an English blanket ban on mobile devices (stricter than required: outdated at information level, the same
# reading as a Japanese ban).
case('b10-15-modality-and-ban.md', '''# 監査チェックリスト：義務の強さ（○○庁対策基準 日本語版・英語版の対照）

## 日本語版

- 7.2.2(1) 庁が開設するウェブサイトは、可能な限り常時暗号化することが望ましい。
- 2.4.1(1) CISOは、組織全体に係る改善事項及び部局ごとの改善事項を、それぞれの責任者に指示するよう配慮する。
- 7.1.3(2) 特定用途機器については、初期パスワードの変更及びファームウェアの更新に努める。
- 3.1.1(6) 要機密情報を記録したファイルには、デジタル著作権管理の技術を適用することが望ましい。

## English version

- 7.2.1(1) Where practicable, mail servers may use TLS when relaying messages to external domains.
- 6.2.2(2) Workstations and servers should, as far as practicable, be fitted with protection that recognises malicious behaviour and blocks unknown malware before it runs.
- 7.1.1(5) Mobile devices must never be taken out of Agency premises or connected to any network other than the Agency LAN.

確認者欄：＿＿＿＿＿＿
''', {
    'web-encryption': ('outdated', ['modality', 'list'], '- 7.2.2(1) 庁が開設するウェブサイトは、可能な限り常時暗号化することが望ましい。',
                       'a mandatory item worded as desirable, as far as possible'),
    'improvement-instructions': ('outdated', ['modality', 'list'], '- 2.4.1(1) CISOは、組織全体に係る改善事項及び部局ごとの改善事項を、それぞれの責任者に指示するよう配慮する。',
                                 'instructions only "to be considered"'),
    'iot-devices': ('outdated', ['modality', 'list'], '- 7.1.3(2) 特定用途機器については、初期パスワードの変更及びファームウェアの更新に努める。',
                    'IoT safeguards only as an effort'),
    'drm': ('covered', ['modality', 'list'], '- 3.1.1(6) 要機密情報を記録したファイルには、デジタル著作権管理の技術を適用することが望ましい。',
            'desirable wording is normal for a recommended item'),
    'email-encryption': ('outdated', ['english', 'modality', 'list'], '- 7.2.1(1) Where practicable, mail servers may use TLS when relaying messages to external domains.',
                         'transport encryption is a permission, where practicable; no sender authentication'),
    'unknown-malware': ('covered', ['english', 'modality', 'paraphrase', 'list'], '- 6.2.2(2) Workstations and servers should, as far as practicable, be fitted with protection that recognises malicious behaviour and blocks unknown malware before it runs.',
                        '"should, as far as practicable" is normal wording for a recommended item'),
    'mobile-devices': ('outdated', ['english', 'old-form', 'list'], '- 7.1.1(5) Mobile devices must never be taken out of Agency premises or connected to any network other than the Agency LAN.',
                       'a blanket ban, stricter than the standard (information level)'),
}, ['web-encryption', 'improvement-instructions', 'iot-devices', 'drm', 'email-encryption', 'unknown-malware',
    'mobile-devices'])

# ---------------------------------------------------------------- 16 duties placed on someone outside the organisation
# Considered related: web-encryption, email-encryption, issue-reporting, it-asset-management.
# Hard points: the site's visitors are asked to check https (nothing on the city's own sites); a contractor must
# secure its own mail server; a contractor reports issues to a section chief; a cloud provider's own inventory.
case('b10-16-outside-party-duty.md', '''# ○○市 情報システム業務委託 特記仕様書（情報セキュリティ関係）及び市ウェブサイト利用案内

## 1 受託者の義務

(1) 受託者は、受託業務に用いる自社のメールサーバについて、他のメールサーバとの通信をTLSで暗号化し、SPF及びDKIMを設定すること。

(2) 受託者は、受託業務の実施において生じた情報セキュリティ上の課題を、委託元の担当課長に書面で報告すること。

(3) クラウドサービスを提供する受託者は、自らのサーバ装置のソフトウェアの名称及び版を自動的に把握する仕組みを備えること。

## 2 市ウェブサイトをご利用の皆さまへ

個人情報を入力する前に、ブラウザのアドレス欄が「https://」で始まっていることをご確認ください。
''', {
    'email-encryption': ('missing', ['scope', 'list'], '(1) 受託者は、受託業務に用いる自社のメールサーバについて、他のメールサーバとの通信をTLSで暗号化し、SPF及びDKIMを設定すること。',
                         'the contractor\'s own mail server; the city\'s mail is not addressed'),
    'issue-reporting': ('missing', ['scope', 'list'], '(2) 受託者は、受託業務の実施において生じた情報セキュリティ上の課題を、委託元の担当課長に書面で報告すること。',
                        'a contractor reports to a section chief; no internal reporting to the CISO'),
    'it-asset-management': ('missing', ['scope', 'list'], '(3) クラウドサービスを提供する受託者は、自らのサーバ装置のソフトウェアの名称及び版を自動的に把握する仕組みを備えること。',
                            'the provider\'s own servers; nothing for the city\'s terminals and servers'),
    'web-encryption': ('missing', ['scope'], '個人情報を入力する前に、ブラウザのアドレス欄が「https://」で始まっていることをご確認ください。',
                       'visitors are asked to check; no duty to encrypt the city\'s sites'),
}, ['email-encryption', 'issue-reporting', 'it-asset-management', 'web-encryption'])

# ---------------------------------------------------------------- 17 descriptive report with planned and deferred measures
# Considered related: web-encryption, unknown-malware, it-asset-management, drm, promotion-structure, email-encryption.
# Hard points: completed work described in the past tense imposes nothing; plans, studies and 将来の課題 are deferrals.
case('b10-17-status-report-plans.md', '''# 令和5年度 ○○機構 情報セキュリティ対策の実施状況報告

## 1 実施した対策

- 本年度中に、機構が運営する全てのウェブサイトのHTTPS化を完了した。
- 情報セキュリティ推進室を設置し、専任4名、兼任4名を配置した。
- 端末への振る舞い検知型マルウェア対策（EDR）の導入を完了した。サーバ装置への展開は令和7年度に予定している。

## 2 今後の取組

- IT資産管理ソフトウェアについては、令和7年度の調達に向けて仕様の検討を進めている。
- 電子メールサーバ間通信の暗号化は、メールシステムの更改（令和8年度予定）に合わせて対応する予定である。
- デジタル著作権管理（DRM）の導入は、将来の課題とする。

以上
''', {
    'web-encryption': ('missing', ['description', 'list'], '- 本年度中に、機構が運営する全てのウェブサイトのHTTPS化を完了した。',
                       'a report of work done; no rule keeps the sites encrypted'),
    'promotion-structure': ('missing', ['description', 'list'], '- 情報セキュリティ推進室を設置し、専任4名、兼任4名を配置した。',
                            'describes staffing; no roles are set'),
    'unknown-malware': ('missing', ['description', 'deferral', 'list'], '- 端末への振る舞い検知型マルウェア対策（EDR）の導入を完了した。サーバ装置への展開は令和7年度に予定している。',
                        'a description for terminals and a plan for servers'),
    'it-asset-management': ('missing', ['deferral', 'list'], '- IT資産管理ソフトウェアについては、令和7年度の調達に向けて仕様の検討を進めている。',
                            'under study'),
    'email-encryption': ('missing', ['deferral', 'list'], '- 電子メールサーバ間通信の暗号化は、メールシステムの更改（令和8年度予定）に合わせて対応する予定である。',
                         'planned for a later system renewal'),
    'drm': ('missing', ['deferral', 'list'], '- デジタル著作権管理（DRM）の導入は、将来の課題とする。',
            'left as a future task'),
}, ['web-encryption', 'promotion-structure', 'unknown-malware', 'it-asset-management', 'email-encryption', 'drm'])

# ---------------------------------------------------------------- 18 provisions suspended by the 附則
# Considered related: web-encryption, mobile-devices, email-encryption, domain-names.
# Hard points: the 本則 states the duty firmly, the 附則 keeps it from applying 「当分の間」 or until a later date;
# the mail and domain articles are not touched by the 附則 and stay covered.
case('b10-18-fusoku-suspended.md', '''# ○○研究所 情報セキュリティ対策規程（本則第10条から第13条まで及び附則）

第10条（ウェブサイトの暗号化） 研究所が開設する全てのウェブサイトは、HTTPSにより常時暗号化しなければならない。

第11条（モバイル端末の外部接続） 職員等は、暗号化、多要素認証及び遠隔消去の設定がされた研究所支給のモバイル端末を、研究所の内外の通信回線に接続して業務に使用することができる。

第12条（電子メール） 研究所のメールサーバは、外部のメールサーバとの通信をTLSにより暗号化し、送信ドメイン認証（SPF及びDKIM）を行わなければならない。

第13条（ドメイン名） 研究所のウェブサイト及び電子メールには、go.jpドメイン名を使用する。

附 則
1 この規程は、令和4年4月1日から施行する。
2 第10条の規定は、当分の間、適用しない。
3 第11条の規定は、別に理事長が定める日から施行する。
''', {
    'web-encryption': ('missing', ['deferral', 'article'], '2 第10条の規定は、当分の間、適用しない。',
                       'the 附則 suspends 第10条 for the time being'),
    'mobile-devices': ('missing', ['deferral', 'article'], '3 第11条の規定は、別に理事長が定める日から施行する。',
                       'the permission is not yet in force'),
    'email-encryption': ('covered', ['article'], '第12条（電子メール） 研究所のメールサーバは、外部のメールサーバとの通信をTLSにより暗号化し、送信ドメイン認証（SPF及びDKIM）を行わなければならない。',
                         'in force: transport encryption and sender authentication'),
    'domain-names': ('covered', ['article'], '第13条（ドメイン名） 研究所のウェブサイト及び電子メールには、go.jpドメイン名を使用する。',
                     'go.jp rule in force'),
}, ['web-encryption', 'mobile-devices', 'email-encryption', 'domain-names'])

# ---------------------------------------------------------------- 19 prefecture (知事部局) 対策基準 with roles table, ※ notes, 別表
# Considered related: promotion-structure, issue-reporting, improvement-instructions, web-encryption, email-encryption,
# unknown-malware, it-asset-management, mobile-devices.
# Hard points: a ※ note removes sites opened on outside blog services from 常時SSL化 (subset -> outdated); pattern
# files beside behaviour-based blocking (covered); the software-inventory tool only as a ※ note to be studied
# (deferral); mobile use carried by 別表第2.
case('b10-19-pref-chiji-taisaku.md', '''# ○○県情報セキュリティ対策基準

令和2年4月1日 ○○県情報セキュリティ委員会決定
改正 令和5年4月1日

## 1 組織体制

(1) 情報セキュリティ対策の実施体制は、次の表のとおりとする。

| 役職 | 充てる者 | 役割 |
|---|---|---|
| 最高情報セキュリティ責任者（CISO） | 副知事 | 県の情報セキュリティ対策の最終責任 |
| 統括情報セキュリティ責任者 | 総務部長 | CISOの補佐、全庁的な対策の統括 |
| 情報セキュリティ推進体制 | デジタル戦略課 | 対策の推進計画の立案、所属への支援、研修の実施等、全庁の対策を推進する事務 |
| 情報セキュリティ責任者 | 所属長 | 所属における対策の実施 |

(2) 報告及び改善
　(ア) 情報セキュリティ責任者は、所属において対策を運用する中で生じた問題点、自己点検及び研修を通じて判明した問題点を、
　　統括情報セキュリティ責任者を経てCISOに報告する。
　(イ) CISOは、(ア)の報告に基づき、全庁的に取り組むべき事項は統括情報セキュリティ責任者に、所属固有の事項は当該
　　情報セキュリティ責任者に、改善を指示する。

## 2 技術的対策

(1) 不正プログラム対策
　(ア) 端末及びサーバには、ウイルス対策ソフトウェアを導入し、パターンファイルを常に最新とする。
　(イ) 端末及びサーバにおいて、プログラムのふるまいを検知し、未知の不正プログラムの実行を遮断する機能を用いる。

(2) ソフトウェアの管理
　(ア) 所属長は、端末に導入するソフトウェアを、デジタル戦略課が許可したものに限る。
　　※ IT資産管理ソフトウェアによるソフトウェア情報の自動収集は、次期端末更新時に導入を検討する。

(3) ウェブサイト
　(ア) 県が開設するウェブサイトは、常時SSL化を行う。
　　※ 外部事業者のブログサービス等を利用して開設するものを除く。

(4) 電子メール
　(ア) メールサーバ間の通信は、TLSにより暗号化する。
　(イ) 送信ドメイン認証として、SPF、DKIM及びDMARCを設定する。

(5) モバイル端末
　(ア) モバイル端末は、別表第2に定める区分に応じ、同表に定める条件の下で使用する。

## 別表第2（2(5)関係）

| 使用場所 | 接続できる通信回線 | 条件 |
|---|---|---|
| 庁舎内 | 庁内LAN | 端末の暗号化 |
| 庁舎外（出張、テレワーク） | 外部の通信回線（VPN経由） | 端末の暗号化、MDMへの登録、遠隔消去の設定 |

## 改正履歴

| 日付 | 内容 |
|---|---|
| 令和2年4月1日 | 制定 |
| 令和5年4月1日 | 1(1)の表に情報セキュリティ推進体制を追加、2(4)(イ)にDMARCを追加 |
''', {
    'promotion-structure': ('covered', ['table', 'paraphrase'], '| 情報セキュリティ推進体制 | デジタル戦略課 | 対策の推進計画の立案、所属への支援、研修の実施等、全庁の対策を推進する事務 |',
                            'the promotion structure with its role in the roles table'),
    'issue-reporting': ('covered', ['list', 'wrapped', 'paraphrase'], '　(ア) 情報セキュリティ責任者は、所属において対策を運用する中で生じた問題点、自己点検及び研修を通じて判明した問題点を、',
                        'problems from operation, self-inspection and training reported to the CISO'),
    'improvement-instructions': ('covered', ['list', 'wrapped'], '　(イ) CISOは、(ア)の報告に基づき、全庁的に取り組むべき事項は統括情報セキュリティ責任者に、所属固有の事項は当該',
                                 'organisation-wide and section-specific improvements each instructed'),
    'unknown-malware': ('covered', ['list'], '　(イ) 端末及びサーバにおいて、プログラムのふるまいを検知し、未知の不正プログラムの実行を遮断する機能を用いる。',
                        'behaviour-based blocking on terminals and servers, beside pattern files'),
    'it-asset-management': ('missing', ['deferral', 'list'], '　　※ IT資産管理ソフトウェアによるソフトウェア情報の自動収集は、次期端末更新時に導入を検討する。',
                            'a note puts automated collection off to the next terminal renewal; an allow-list is a separate rule'),
    'web-encryption': ('outdated', ['exclusion', 'scope', 'list'], '　　※ 外部事業者のブログサービス等を利用して開設するものを除く。',
                       'a note leaves sites on outside services unencrypted: not every site'),
    'email-encryption': ('covered', ['list'], '　(ア) メールサーバ間の通信は、TLSにより暗号化する。',
                         'server-to-server TLS with SPF, DKIM and DMARC beside it'),
    'mobile-devices': ('covered', ['table', 'condition'], '| 庁舎外（出張、テレワーク） | 外部の通信回線（VPN経由） | 端末の暗号化、MDMへの登録、遠隔消去の設定 |',
                       'outside connection allowed with safeguards, via 別表第2'),
}, ['promotion-structure', 'issue-reporting', 'improvement-instructions', 'unknown-malware', 'it-asset-management',
    'web-encryption', 'email-encryption', 'mobile-devices'])

write_set(D, C)
