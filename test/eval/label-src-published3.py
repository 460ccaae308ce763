# Source of test/fixtures/published3/ (labels written by hand on 2026-12-07, before Kijun was run on these texts).
# A fourth set of published texts of public bodies, this time regulations rather than explanatory web pages: municipal
# 訓令 (例規集 pages), university 規程・要項・ガイドライン, from publishers not in the published, published-full and
# published2 manifests. Each label reads the stored text as an auditor would, against the FY2018 standard
# (requirements.md §4–5) and issue 11's status table. A text is labelled only for the requirements it speaks to, except
# the opening of a full regulation, whose unmentioned subjects are labelled missing/absent as the other sets do.
# Where a reading was genuinely ambiguous, the pair is left unlabelled (noted beside the text).
# Run from the repository root: python3 test/eval/label-src-published3.py && python3 test/eval/manifest-src-published3.py
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402

D = 'test/fixtures/published3'

# The stored texts, converted to Markdown (sources, dates and cuts: manifest-src-published3.py).
AGUI = """# 阿久比町情報セキュリティ規程

平成16年7月30日　訓令第4号

目次

- 第1章 阿久比町情報セキュリティ基本方針(第1条―第10条)
- 第2章 阿久比町情報セキュリティ対策基準
  - 第1節 人的セキュリティ対策(第11条―第15条)
  - 第2節 物理的セキュリティ対策(第16条・第17条)
  - 第3節 技術的セキュリティ対策(第18条―第24条)
  - 第4節 運用面におけるセキュリティ対策(第25条―第30条)
  - 第5節 情報セキュリティ監査(第31条)
- 附則

## 第1章 阿久比町情報セキュリティ基本方針

（目的）

第1条 この規程は、阿久比町(町における各部、出納室、議会事務局、教育委員会及び学校以外の各教育機関をいう。以下「町」という。)における情報セキュリティに対する基本方針を明らかにするとともに、情報資産に係る情報セキュリティ対策の基準を定めることにより、情報セキュリティの確保を目的とする。

(1) ネットワーク データの通信を行うための情報通信網で、情報機器、通信機器及び通信回線で構成されるものをいう。
(2) 電子計算機 与えられた処理手順に従い、記録、判断、計算、その他の一連の事務処理を行う電子的機器及び媒体をいう。
(3) 汎用機 電子計算機室内に設置された汎用目的の電子計算機をいう。
(4) サーバ ネットワークに接続され、他の電子計算機からの要求を受け、これを処理する電子計算機をいう。
(5) 端末 ネットワークに接続され、他の電子計算機に処理の全部又は一部を依頼する電子計算機をいう。
(6) 独立機 自ら処理を完結させる電子計算機で汎用機以外のものをいう。
"""

KONAN = """# 甲南学園情報セキュリティポリシー

平成26年11月28日　理事会制定

（基本方針）

第1条 本学園のすべての情報資産の保全のため、情報セキュリティ対策の包括的な指針を定める。本学園の役員、教職員、学生、生徒等(以下「構成員」という。)及び本学園が提供する情報サービスを使用するすべての関係者は、本ポリシーを理解し、遵守するとともに、本学園における教育・研究活動及び運営において情報資産の活用と保全に努めなければならない。

（目的）

第2条 本ポリシーは、次の各号の目的のための遵守事項をまとめたものである。

(1) 本学園の情報セキュリティに対するすべての侵害からの防御
(2) 本学園内外の情報セキュリティを損ねる加害行為の阻止
(3) 本学園の情報資産に関する重要度に応じた管理の徹底
(4) 本学園内における情報セキュリティ侵害等の早期検出と迅速な対応

（定義）

第3条 本ポリシーにおける用語の定義は、次の各号のとおりとする。

(1) 「情報資産」とは、電磁的に記録された情報及び情報システムの総称をいう。
(2) 「情報セキュリティ」とは、情報資産の機密性、完全性及び可用性を維持することをいう。
(3) 「インシデント」とは、意図的又は偶発的に生じる、情報セキュリティを脅かす事象をいう。

（対象）

第4条 本ポリシーの対象範囲は、本学園の保有するすべての情報資産及び本学園のネットワークに接続される情報機器等とする。

２ 本ポリシーの対象者は、構成員並びに本学園の情報資産を使用する委託業者及び来訪者等とする。
"""

KONAN_ORG = """# 関連諸規程

（組織）

第5条 情報セキュリティ対策に関して次の組織を置く。

(1) 情報セキュリティ最高責任者
情報セキュリティ最高責任者(以下「最高責任者」という。)は、本学園のすべての情報セキュリティに関する総括的な権限と責任を有し、理事長がこれにあたる。
(2) 情報セキュリティ管理者
情報セキュリティ管理者(以下「管理者」という。)は、本学園の情報セキュリティを管理し、情報システム室長がこれにあたる。
(3) 情報セキュリティ代表責任者
情報セキュリティ代表責任者(以下「代表責任者」という。)は、大学又は高等学校・中学校における情報セキュリティに関する統括的な権限と管理責任を有し、大学にあつては学長、高等学校・中学校にあつては校長がこれにあたる。
(4) 情報セキュリティ部局責任者
情報セキュリティ部局責任者(以下「部局責任者」という。)は、大学の各学部・学環・大学院・センター等、高等学校・中学校及び各事務部課室(以下「各部局等」という。)における情報セキュリティに関する統括的な権限と管理責任を有し、各所属長等がこれにあたる。

２ 各部局等で管理する情報機器等のアクセス権限、ネットワーク接続等に関する諸設定等、情報資産のセキュリティ上の管理に携わる者として、情報セキュリティ担当者を置くことができる。

（責務）

第6条 最高責任者は、代表責任者及び部局責任者を通じて、各部局等に本ポリシーを遵守させなければならない。

２ 管理者の責務は、次の各号のとおりとする。
"""

DOSHISHA = """# A3202 電子メール利用ガイドライン

2009年2月12日制定

## 1. 目的

このガイドラインは、同志社大学情報システム利用内規に基づき、情報資産を保護し、電子メールの安全な利用に資することを目的とする。

## 2. 対象者

このガイドラインは、同志社大学ドメイン(doshisha.ac.jp)に属するメールドメインにて電子メールを利用するすべての利用者(以下「利用者」という。)を対象とする。ITサポートオフィスが提供する電子メールシステム(以下「本学提供電子メール」という。)のほか、外部プロバイダ、学部・研究科・センター等、及び教員個人が運用する電子メールの利用者についても、本ガイドラインに準じることとする。

## 3. 電子メールソフトウェアの設定

### 3.1 電子メール受信に係る設定

(1) ウイルス対策ソフトウェア等を利用し、ウイルス対策を行うこと。
(2) 偽のホームページへの誘導や、不正なスクリプトの実行を未然に防ぐために、受信した電子メールはテキストとして表示すること。やむを得ずHTML形式を利用する場合は、HTML形式のプレビュー機能を停止させること。

### 3.2 電子メール送信に係る設定

受信者側のセキュリティ水準低下を防止するために、HTML形式の電子メールを作成しない設定とすること。

## 4. 電子メールに係る全般的な注意事項

### 4.1 利用目的

利用者は、電子メールシステムを、教育研究活動のために使用すること。

### 4.2 電子メールの自動転送

本学提供電子メールでは自動転送を認めている。要機密情報を送信する場合は暗号化すること。
"""

SHINSHU = """# 国立大学法人信州大学ソフトウェア資産管理規程

(平成22年12月16日国立大学法人信州大学規程第100号)

（目的）

第1条 この規程は,国立大学法人信州大学(以下「本法人」という。)が所有するソフトウェア資産を適切に管理するために必要な事項を定め,ソフトウェアの適正な取扱いの確保に資することを目的とする。
"""

OIT = """# ソフトウェアのライセンス管理に関する運用ガイドライン

## 1. 主旨

このガイドラインは、教職員を対象に、ソフトウェアのライセンス管理に関することについて定める。

## 2. 管理対象のパソコン・ソフトウェア

(1) 対象のパソコンについて
大学所有(自作機も含む)のすべてのパソコンを対象とする。

(2) 対象のソフトウェアについて
大学所有のソフトウェアで、すべての有償ソフトウェアを対象とする。

## 3. ソフトウェア管理責任者(ソフトウェア利用者)が実施すべき事項

(1) 所有ライセンスの把握について
① 所有ソフトウェアにおける使用許諾契約を理解し、不正利用が無いよう努めること。
② 「ライセンス証書」や「使用許諾契約書(約款)」など、名称を問わずライセンスの所有者であることが証明できる書類を適正に管理すること。また、包括ライセンス契約しているソフトウェアについては、使用条件などを正確に把握し履行すること。

(2) 導入ソフトウェアの把握・証明について
① 購入したソフトウェアのインストールメディアについては、紛失しないよう適正に管理すること。
② ユーザー登録は必ず行い、メーカーのサポートを受けることができるようにすること。
③ オペレーティングシステム(以下、OS)を含むソフトウェアの使用状況を記録した、ソフトウェア管理台帳(ガイドライン最下部・記載例参照)を作
"""

FUKUOKA_EDU = """# 国立大学法人福岡教育大学情報システム運用管理規程

(制定 平成20年3月14日)

## 第1章 総則

（目的）

第1条 この規程は,国立大学法人福岡教育大学情報セキュリティポリシー(以下「セキュリティポリシー」という。)に基づき,国立大学法人福岡教育大学(以下「法人」という。)における情報システムの運用及び管理に関する事項を定めることにより,法人の有する情報資産を適正に保護,活用し,並びに情報システムの信頼性,安全性及び効率性の向上に資することを目的とする。

（定義）

第2条 この規程において,次の各号に掲げる用語の定義は,当該各号に定めるところによる。

(1) 情報資産 組織の業務遂行(教育及び研究を含む。)に必要な情報及び情報を管理する仕組みの総称をいう。
(2) 情報システム ハードウェア及びソフトウェアから成るシステムであって,情報処理又は通信の用に供するものをいい,特に断りのない限り,本学が調達又は開発するもの(管理を外部委託しているシステムを含む。)をいう。
(3) 情報ネットワーク 通信回線を利用して,複数の電子計算機及び情報ネットワーク機器を接続し,所定の通信様式に従って情報を送受信するための仕組みをいう。
"""

SOKEN = """# 国立大学法人総合研究大学院大学情報セキュリティ委員会要項

平成29年8月29日　法人細則第3号

（趣旨）

第1条 この要項は、国立大学法人総合研究大学院大学情報セキュリティ基本規程(平成29年法人規程第16号。以下「基本規程」という。)第15条第4項の規定に基づき、情報セキュリティ委員会(以下、「委員会」という。)に関して必要な事項を定めるものとする。

（審議事項）

第2条 基本規程第15条第2項の規定に基づき、委員会は、次に掲げる事項を審議する。

一 ポリシーの改廃
二 次に掲げる事項の制定及び改廃
(1) 法人情報基盤及び大学情報システムに係る実施規程等及び手順等
(2) 法人情報基盤及び大学情報システムに関する教育の講習計画
(3) 法人情報基盤及び大学情報システムの運用リスクの評価手順
(4) 情報セキュリティ監査規程
(5) 情報システム緊急時行動計画に関する規程
(6) 情報セキュリティインシデント対応手順
三 法人情報基盤及び大学情報システムに関する教育の実施状況
四 法人情報基盤及び大学情報システムの運用リスクの評価の実施状況
五 情報セキュリティインシデントの再発防止策
六 法人情報基盤及び大学情報システムの企画、整備及び運用・管理方針並びに情報セキュリティ対策
七 前各号のほか、法人及び大学の情報セキュリティを確保するために必要な事項に関すること

（組織）

第3条 基本規程第16条第1項の規定に基づき、委員会は、次の各号に掲げる委員をもって組織する。

一 最高情報総括責任者
二 統括情報責任者
"""

KYUSAN = """# 厳守事項

総合情報基盤センターは、ネットワークやコンピュータシステムの運用に関して、システムの不正利用や悪用を防止、また、利用者が安全で快適に施設・資産を利用できるようにするために次のように定める。コンピュータシステム利用者は、学則やその他諸規定及び利用ガイド等に反する行為をしてはならない。ネットワーク利用者は、学内諸規則から国際法に至るまでのあらゆる規則に反する行為をしてはならない。

## 1. 一般的なコンピュータシステムの利用

利用者は、ネットワーク及びコンピュータシステムの資源を利用するにあたり、次の行為をしてはならない。

- 身分を偽って利用申請すること。
- 利用資格を他人と共有すること。
- ファイルやデータを所有者に無断で削除・検閲・複製あるいは改ざんすること。
- コンピュータ資源の割当量を変更したり,これを回避する行為。
- 警告に従わず資源を大量消費し他の利用者の利用を妨げる行為。
- システム又はサービスを商用目的に利用すること。
- 故意にシステムを破壊・混乱させること、又は本来の設定の変更、障害の原因となる行為等のシステムの諸条件を変更する行為。

## 2. 電子メールの利用

電子メールを利用するにあたり、次の行為をしてはならない。

- 電子メールの偽造やなりすまし、あるいは偽造及びなりすましを計画すること。
- 他人の電子メールを閲覧・削除・複製あるいは改ざんする行為。
- 他人を脅迫する電子メール,いやがらせの電子メール,わいせつな電子メールを送信する行為。
"""

NAGAOKAUT = """# 国立大学法人長岡技術科学大学情報セキュリティ管理基本規程

(令和5年3月2日規程第19号)

国立大学法人長岡技術科学大学情報セキュリティ管理基本規程(平成20年9月3日規程第9号)の全部を改正する。

（目的）

第1条 この規程は、国立大学法人長岡技術科学大学情報セキュリティ管理基本方針(以下「基本方針」という。)に則り、国立大学法人長岡技術科学大学(以下「本学」という。)における情報セキュリティ管理に関する事項について定めることを目的とする。

（定義）

第2条 この規程における用語の定義は、本条の各号又は基本方針第3条各号に定めるところによる。

(1) CISO(シーアイエスオー) 本学の情報セキュリティに関する事務を統括する最高情報セキュリティ責任者をいう。Chief Information Security Officerの略
(2) 要管理対策区域 本学の管理下にある区域(学外組織から借用している施設等における区域を含む。)であって、取り扱う情報を保護するために、施設及び執務環境に係る対策が必要な区域をいう。
(3) CSIRT(シーサート) 本学において発生した情報セキュリティインシデントに対応するため、本学に設置された体制をいう。Computer Security Incident Response Teamの略

（適用範囲）

第3条 この規程において適用対象とする者は、本学の情報資産を利用する者、管理・運用の業務に携わる者とする。

２ この規程において適用対象とする情報は、基本方針第2条第2項に定める情報とする。

３ この規程において適用対象とする情報システムは、この規程の適用対象となる情報を取扱うすべての情報システムとする。
"""

HOKUDAI = """# 国立大学法人北海道大学情報セキュリティ対策規程

平成24年4月1日　海大達第44号

## 第1章 総則

（目的）

第1条 この規程は,国立大学法人北海道大学(以下「本学」という。)における情報セキュリティを確保するために必要な事項を定めることにより,本学における情報セキュリティ管理体制を整備するとともに,本学の情報資産の円滑な運用及び保全を図ることを目的とする。

(1) 情報セキュリティ 情報資産の機密性(許可された者だけが情報にアクセスできること。),完全性(情報及び処理方法が正確かつ完全であること。)及び可用性(許可された者が必要なときに情報にアクセスできること。)を維持することをいう。
(2) 情報資産 情報システムに電磁的に記録された情報及び情報システムに関係がある書面(情報システムに入力した情報が記載された書面,情報システムから出力した書面及び情報システムに関する設計書)をいう。
(3) 情報システム 情報の作成,利用,伝達,保存及び管理のための仕組み(ハードウェア及びソフトウェアからなる情報機器,記憶媒体並びに有線又は無線のネットワーク)をいう。
(4) 情報セキュリティポリシー 国立大学法人北海道大学における情報セキュリティの基本方針(平成23年6月21日情報セキュリティ委員会制定)及びこの規程をいう。
(5) 実施規程 情報セキュリティポリシー(以下「ポリシー」という。)に基づいて定められる内規等をいう。
"""

MIYAKONOJO = """# 都城市庁内ネットワーク及びパソコン等機器の管理運用に関する規程

平成18年1月1日　訓令第12号

（趣旨）

第1条 この訓令は、使用者が、庁内ネットワーク及び各課に設置しているパソコン等機器を公有の財産と認識した上で、適正かつ効率的な管理及び運用を行うことに関し、必要な事項を定めるものとする。

（定義）

第2条 この訓令において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。

(1) 庁内ネットワーク 市が管理しているネットワークで、庁内LAN、地域イントラネット等をいう。
(2) パソコン等機器 課室等に設置しているパソコン及びプリンタ等の周辺機器をいう。
(3) 情報セキュリティ 自然の脅威(地震、火災、風水害等)、情報システムの脅威(情報システムの故障、誤作動等)及び人的な脅威(不正行為、誤作動等)から市が管理する情報資産を保護し、情報資産の機密性、完全性及び可用性を保障することをいう。
(4) 使用者 庁内ネットワーク及びパソコン等機器を業務に使用する職員をいう。
(5) ソフトウェア コンピュータの処理命令を記述したプログラムをいう。
(6) OS ハードウェア、ソフトウェアの動作を仲介し、ユーザーがコンピュータを利用できる環境を提供するためのソフトウェアをいう。
(7) アプリケーション データ処理などの作業に利用するためのソフトウェアをいう。
(8) ユーザーアカウント ネットワークを利用するために必要な権利をいう。
(9) インストール OSやアプリケーションなどのソフトウェアを利用できる状態にすることをいう。
(10) ライセンス 使用許諾(契約に基づき使用する権利)をいう。
"""

TAINAI = """# 胎内市ホームページ管理運営要綱

平成17年9月1日　訓令第8号

（趣旨）

第1条 この訓令は、市民等に有用な情報を提供するため、胎内市ホームページ(以下「ホームページ」という。)を作成し、情報の掲載等を行うに当たって、必要な事項を定めるものとする。

(1) ホームページ インターネット上に、文字、画像等を用いて情報をページ状に掲載する仕組みをいう。
(2) URL ホームページの情報掲載場所をいう。
(3) リンク ホームページ間の連携を取る仕組みをいう。
(4) 電子メール ホームページに付随しインターネット上でやり取りされる電子メールをいう。
(5) 掲載依頼者 ホームページへの情報の掲載等の依頼を行う各課の長をいう。
(6) 管理者 ホームページの管理者をいう。

（管理者）

第3条 管理者は、総合政策課長をもって充てる。

（担当者）

第4条 掲載依頼者は、掲載情報の作成更新事務の担当者(以下「ホームページ担当者」という。)を定めなければならない。

２ 掲載依頼者は、電子メールの担当者(以下「電子メール担当者」という。)を定めなければならない。

３ 掲載依頼者は、ホームページ担当者又は電子メール担当者を変更した場合は、速やかに管理者に報告しなければならない。

４ 管理者は、管理者業務の担当者(以下「管理担当者」という。)を定めなければならない。

（情報の管理）

第5条 掲載依頼者は、ホームページに掲載する情報の内容を管理し、掲載情報の作成及び更新を行う。

（情報の掲載）

第6条 掲載依頼者は、掲載情報の内容を更新した場合は、速やかに管理者に報告しなければならない。
"""

NAKANO = """# 中野区ホームページの管理運営に関する要綱

2009年9月30日　要綱第145号

（趣旨）

第1条 この要綱は、中野区が開設するホームページの円滑な運用を図るため、その管理及び運営に関し必要な事項を定めるものとする。

（定義）

第2条 この要綱で使用する用語の意義は、当該各号に定めるところによる。

(1) 部 中野区組織条例(昭和40年中野区条例第1号)第1条に規定する室及び部並びに会計室、教育委員会事務局、選挙管理委員会事務局及び監査事務局をいう。
(2) 部長 前号に規定する部の長をいう。ただし、教育委員会事務局にあっては教育委員会事務局次長をいう。
(3) ドメイン名 インターネット上に存在するコンピュータ及びネットワークを識別するために付された名称をいう。
(4) 公式ホームページ 中野区長が別に定めるドメイン名により開設するホームページの総体をいう。
(5) 個別ホームページ 公式ホームページとは別のドメイン名で各部が開設し、管理し、及び運営するホームページをいう。
(6) コンテンツ 公式ホームページ又は個別ホームページ(以下「区ホームページ」という。)で提供する情報の内容を構成するテキスト文書、図画等を総称したものをいう。
(7) 動的コンテンツ プログラムによって、利用者からの要求に応じて動的に生成されるコンテンツをいう。
(8) コンテンツマネジメントシステム 公式ホームページ上のコンテンツの作成及びその承認を行うプログラムをいう。
(9) ウェブサーバ インターネットに接続され、公式ホームページ上又は個別ホームページ上のコンテンツ及びその発信に必要なプログラム等を格納している電子計算組織をいう。
"""

TONENUMATA = """# 利根沼田広域市町村圏振興整備組合ホームページ運用管理規程

令和7年2月26日　訓令第1号

（趣旨）

第1条 この規程は、利根沼田広域市町村圏振興整備組合公式ホームページ(以下「公式ホームページ」という。)の適正な運営管理を図るため、必要な事項を定めるものとする。

（用語の定義）

第2条 この規程において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。

(1) 公式ホームページ 組合の共同処理する事務に関する情報提供を目的としてインターネットで情報発信を行うために組合が開設したホームページをいう。
(2) コンテンツ 公式ホームページ上で情報提供する内容を構成するテキスト文書、図画、写真、音声、動画等の総称をいう。
(3) ウェブサーバー インターネットに接続され、ホームページのコンテンツ、発信に必要なプログラム等を格納しているコンピュータをいう。
(4) リンク 公式ホームページから他の団体等のホームページに接続できることをいう。

（運営の基本方針）

第3条 公式ホームページは、利用者のニーズを把握して、迅速で幅広い情報の提供に努めるとともに、提供する情報を所管する所属(以下「情報発信所属」という。)は、当該情報を分かりやすい内容で構成するよう努めなければならない。

（総括管理者の設置）

第4条 公式ホームページを総括的に管理するため、総括管理者を置く。

２ 総括管理者は、事務局長の職にある者をもって充てる。

３ 総括管理者は、公式ホームページの安定的な運用と安全性を確保するため必要な措置を講じるものとする。
"""

INAZAWA = """# 稲沢市電子計算機処理の管理運用に関する規程

平成15年3月28日　訓令第6号

稲沢市電子計算機管理運営規程(平成10年稲沢市訓令第6号)の全部を次のように改正する。

目次

- 第1章 総則(第1条・第2条)
- 第2章 組織(第3条―第6条)
- 第3章 電子計算機処理等の管理(第7条―第13条)
- 第4章 中央電子計算装置の運用(第14条―第17条)
- 第5章 データの保護管理(第18条―第24条)
- 第6章 業務委託(第25条―第27条)
- 第7章 セキュリティ対策(第28条―第38条)
- 第8章 雑則(第39条・第40条)
- 付則

## 第1章 総則

（目的）

第1条 この規程は、稲沢市の実施機関における電子計算機処理の管理運用について必要な事項を定めることにより、電子計算組織の有効かつ適正な運用の推進及びデータ保護の適正な管理を図ることを目的とする。

（定義）

第2条 この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。

(1) 実施機関 稲沢市個人情報の保護に関する法律施行条例(令和4年稲沢市条例第31号)第2条第1項に規定する市の機関及び稲沢市議会をいう。
(2) 課等 課等とは次に掲げるものをいう。
(3) 課等の長 前号に規定する課等の長をいう。
(4) 電子計算機 データの入力、蓄積、編集、加工、修正、更新、検索、消去、出力又はこれらに類する処理の全部又は一部を行う機器のうち稲沢市が保有又は管理するものをいう。ただし、専ら文書を作成し、又は図画の内容を記録するための処理を行う機器は除くものとする。
(5) 電子計算組織 中央電子計算装置、端末装置、小型電子計算機及びそれに類する機器を使用し、定められた一連の処理手順に従つて、事務処理を行う組織をいう。
"""

KWANSEI = """# 情報セキュリティポリシー 情報セキュリティ対策基準 第8章~第14章

目次

- 第8章 情報システムのセキュリティ機能
  - 第1節 主体認証機能
  - 第2節 アクセス制御機能
  - 第3節 権限の管理
  - 第4節 ログの取得・管理
  - 第5節 通信の監視・利用記録
  - 第6節 暗号・電子署名
- 第9章 情報システムの脅威への対策
  - 第1節 ソフトウェアに関する脆弱性対策
  - 第2節 不正プログラム対策
  - 第3節 サービス不能攻撃対策
  - 第4節 標的型攻撃対策
- 第10章 アプリケーション・コンテンツの作成・提供
  - 第1節 アプリケーション・コンテンツ作成時の対策
  - 第2節 アプリケーション・コンテンツ提供時の対策
- 第11章 端末・サーバ装置等
  - 第1節 端末
  - 第2節 サーバ装置
  - 第3節 複合機・特定用途機器
- 第12章 電子メール・ウェブ等
  - 第1節 電子メール
  - 第2節 ウェブ
  - 第3節 ドメインネームシステム(DNS)
  - 第4節 データベース
- 第13章 通信回線
  - 第1節 通信回線
- 第14章 情報システムの利用

## 第8章 情報システムのセキュリティ機能

### 第1節 主体認証機能

2101-54 （主体認証機能の導入）

第54条 個別情報システム責任者は、情報システムや情報へのアクセスを管理するため、主体を特定し、それが正当な主体であることを検証する必要がある場合、主体の識別及び主体認証を行う機能を設けなければならない。

２ 個別情報システム責任者は、学内及び外部機関との間の申請、届出等のオンライン手続を提供する情報システムを構築する場合は、オンライン手続におけるリスクを評価した上で、主体認証に係る要件を策定しなければならない。
"""

TSURU = """# 公立大学法人都留文科大学情報セキュリティポリシー

令和2年3月24日　規程第11号

目次

- 第1章 情報セキュリティ基本方針(第1条―第9条)
- 第2章 情報セキュリティ対策基準
  - 第1節 情報セキュリティの管理体制(第10条―第16条)
  - 第2節 情報資産の管理等(第17条―第23条)
  - 第3節 物理的セキュリティ(第24条―第38条)
  - 第4節 技術的セキュリティ(第39条―第46条)
  - 第5節 人的セキュリティ(第47条―第56条)
  - 第6節 ポリシーの見直し(第57条)
- 附則

## 第1章 情報セキュリティ基本方針

（目的）

第1条 公立大学法人都留文科大学(以下「本学」という。)は、本学の理念である「グローバル化・情報化の進展に伴い専門的な知識のみならず幅広い教養を備えた職業人・社会人育成」を実現するために、その研究活動や教育及び大学運営の過程において、多種多様な情報資産を取り扱っている。

本学の理念を実現するためには、情報資産の取り扱いのみならず、本学の保有する情報資産の情報セキュリティを確保する必要があるため、本学の情報資産を管理・運用又は利用するための包括的な指針として、公立大学法人都留文科大学情報セキュリティポリシー(以下「ポリシー」という。)を定める。

(1) 情報システム 情報処理及び情報ネットワークに係るシステムであって、本学情報ネットワークに接続する機器又は接続する可能性のある機器を含む次のものをいう。
ア 本学により、所有又は管理されているもの
イ 本学との契約あるいは他の協定に従って提供されるもの
"""

MEIJI = """# 明治大学情報セキュリティ対策基準

2025年3月19日制定

## 第1章 総則

第1条（趣旨）

この基準は、「明治大学情報セキュリティポリシー」に基づき、明治大学(以下「本学」という。)における適切な情報セキュリティ対策に関する基準について必要な事項を定めるものとする。

第2条（適用範囲）

この基準において適用対象とする範囲は、「明治大学情報セキュリティポリシー」「Ⅰ 情報セキュリティ基本方針 3 対象範囲及び対象者」のとおりとする。

第3条（定義）

この基準において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。

(1) 可用性 情報へのアクセスを認められた者が、必要時に中断することなく、情報にアクセスできる特性をいう。可用性についての格付の区分は、「可用性1情報」「可用性2情報」とし、詳細は「情報の格付け及び取扱制限に関する要綱」に定める。
(2) 完全性 情報が破壊、改ざん又は消去されていない特性をいう。完全性についての格付の区分は、「完全性1情報」「完全性2情報」とし、詳細は「情報の格付け及び取扱制限に関する要綱」に定める。
(3) 機密性 情報に関して、アクセスを認められた者だけがこれにアクセスできる特性をいう。機密性についての格付の区分は、「機密性1情報」「機密性2情報」「機密性3情報」とし、詳細は「情報の格付け及び取扱制限に関する要綱」に定める。
(4) 識別コード 主体を識別するために、情報システムが認識するコード(符号)をいう。代表的な識別コードとして、ユーザIDが挙げられる。
"""

A = 'absent'
CASES = [
 ("agui-security-kitei.md", AGUI, {
   'web-encryption': ('missing', [A], '第3節 技術的セキュリティ対策', 'the opening of a full municipal regulation (table of contents, 第1条 and definitions): no clause about encrypting the town\'s websites'),
   'email-encryption': ('missing', [A], '第3節 技術的セキュリティ対策', 'no clause about encrypting mail transport or sender authentication'),
   'drm': ('missing', [A], '第3節 技術的セキュリティ対策', 'no rights-management control of files'),
   'it-asset-management': ('missing', [A, 'definitions-only'], '(5) 端末 ネットワークに接続され', 'terminals and servers occur only as defined terms; nothing collects software information from them'),
 }),
 ("konan-gakuen-security-policy.md", KONAN, {
   'web-encryption': ('missing', [A], '第4条 本ポリシーの対象範囲は', 'a university corporation\'s policy (第1条〜第4条): scope and definitions, no website encryption'),
   'email-encryption': ('missing', [A], '第4条 本ポリシーの対象範囲は', 'no mail transport encryption or sender authentication'),
   'unknown-malware': ('missing', [A, 'purpose-only'], '(1) 本学園の情報セキュリティに対するすべての侵害からの防御', 'only a purpose (defence against all breaches); no behaviour-based detection on terminals and servers'),
 }),
 # KONAN_ORG: 第5条 sets up roles "情報セキュリティ対策に関して"; whether that is the promotion structure of the standard
 # (a unit that drives the measures) is ambiguous, so promotion-structure is left unlabelled.
 ("konan-gakuen-soshiki.md", KONAN_ORG, {
   'issue-reporting': ('missing', [A], '第6条 最高責任者は、代表責任者及び部局責任者を通じて', 'roles and the top officer\'s duty to make departments comply; no reporting of issues from operation, self-inspection or education to the top officer'),
   'improvement-instructions': ('missing', [A], '第6条 最高責任者は、代表責任者及び部局責任者を通じて', 'the top officer makes departments comply with the policy; no instruction of organisation-wide or department-specific improvements'),
 }),
 ("doshisha-mail-guideline.md", DOSHISHA, {
   'email-encryption': ('outdated', ['scope-limit', 'conditions-lacking'], '要機密情報を送信する場合は暗号化すること', 'only users encrypting confidential content they send; no transport encryption between mail servers, no sender authentication (the pre-revision form)'),
   'unknown-malware': ('missing', ['separate-duty'], 'ウイルス対策ソフトウェア等を利用し、ウイルス対策を行うこと', 'pattern-file antivirus on the mail client: a separate duty that remains in force, not behaviour-based prevention on terminals and servers'),
 }),
 ("shinshu-software-shisan-kitei.md", SHINSHU, {
   'it-asset-management': ('missing', ['purpose-only'], 'ソフトウェア資産を適切に管理するために必要な事項を定め', 'only the purpose of a software-asset regulation (its articles are not stored); nothing collects software information automatically'),
 }),
 ("oit-software-license-guideline.md", OIT, {
   'it-asset-management': ('outdated', ['manual-vs-automated', 'pre-revision-form'], 'ソフトウェアの使用状況を記録した、ソフトウェア管理台帳', 'the use of installed software (OS included) is recorded by hand in a software ledger (the stored copy ends inside this item, under the heading of what the managers must do): the manual form, not asset-management software collecting software information automatically'),
 }),
 ("fukuoka-edu-unyo-kanri-kitei.md", FUKUOKA_EDU, {
   'drm': ('missing', [A], '法人の有する情報資産を適正に保護,活用し', 'opening of a full regulation (第1条, 第2条): no rights-management control of files'),
   'iot-devices': ('missing', [A, 'definitions-only'], '情報ネットワーク機器を接続し', 'network devices occur only in a definition; no IoT or 特定用途機器 measures'),
 }),
 ("soken-iinkai-yoko.md", SOKEN, {
   'issue-reporting': ('missing', ['decoy-term', 'conditions-lacking'], '三 法人情報基盤及び大学情報システムに関する教育の実施状況', 'the committee deliberates the state of education; no duty to report issues arising in operation, self-inspection or education to the CISO'),
   'web-encryption': ('missing', [A], '(1) 法人情報基盤及び大学情報システムに係る実施規程等及び手順等', 'a committee regulation: no website encryption'),
 }),
 ("kyusan-cnc-genshu-jiko.md", KYUSAN, {
   'email-encryption': ('missing', ['decoy-term'], '電子メールの偽造やなりすまし', 'users are forbidden to forge or spoof mail: a user rule, not sender-domain authentication or transport encryption by the organisation'),
   'drm': ('missing', [A], 'ファイルやデータを所有者に無断で削除・検閲・複製あるいは改ざんすること。', 'a user prohibition on copying files without permission; no rights-management control that keeps leaked files unreadable'),
 }),
 ("nagaokaut-kanri-kihon-kitei.md", NAGAOKAUT, {
   'mobile-devices': ('missing', ['definitions-only'], '(2) 要管理対策区域 本学の管理下にある区域', 'the area outside which mobile use is regulated occurs only as a definition; no rule that mobile terminals may be used with safeguards'),
   'improvement-instructions': ('missing', ['definitions-only', 'decoy-term'], '(1) CISO(シーアイエスオー) 本学の情報セキュリティに関する事務を統括する最高情報セキュリティ責任者をいう。', 'the CISO occurs only in a definition; no instruction of improvements'),
 }),
 # HOKUDAI: the stored copy lacks 第2条's heading and lead sentence; its items follow 第1条 directly.
 ("hokudai-taisaku-kitei.md", HOKUDAI, {
   'promotion-structure': ('missing', ['purpose-only'], '本学における情報セキュリティ管理体制を整備するとともに', 'only the purpose says the regulation arranges a management structure; no promotion structure is set up or given roles in the stored text'),
   'drm': ('missing', [A], '(2) 情報資産 情報システムに電磁的に記録された情報', 'opening of a full regulation: no rights-management control of files'),
 }),
 ("miyakonojo-pc-kanri-kitei.md", MIYAKONOJO, {
   'it-asset-management': ('missing', ['definitions-only'], '(9) インストール OSやアプリケーションなどのソフトウェアを利用できる状態にすることをいう。', 'software, OS, installation and licences occur only as definitions; nothing collects software information'),
 }),
 # TAINAI: the stored copy lacks 第2条's heading and lead sentence; its items follow 第1条 directly.
 ("tainai-homepage-yoko.md", TAINAI, {
   'web-encryption': ('missing', [A], '第5条 掲載依頼者は、ホームページに掲載する情報の内容を管理し', 'a website regulation that assigns managers and content duties; nothing about encrypting the site'),
   'email-encryption': ('missing', ['definitions-only'], '(4) 電子メール ホームページに付随しインターネット上でやり取りされる電子メールをいう。', 'mail occurs in a definition and as a staff assignment; no transport encryption or sender authentication'),
 }),
 # NAKANO: 第2条(3)(4) define domain names and say the official site uses a name the mayor sets; whether that is a
 # domain-name rule in the standard's sense (go.jp / ac.jp) is ambiguous for a municipality, so domain-names is unlabelled.
 ("nakano-homepage-yoko.md", NAKANO, {
   'web-encryption': ('missing', [A], '(9) ウェブサーバ インターネットに接続され', 'definitions of a website regulation: no encryption of the sites'),
 }),
 ("tonenumata-homepage-kitei.md", TONENUMATA, {
   'web-encryption': ('missing', ['conditions-lacking'], '総括管理者は、公式ホームページの安定的な運用と安全性を確保するため必要な措置を講じるものとする。', 'a general duty to take necessary measures for the site\'s safety; it does not require the site to be encrypted'),
 }),
 ("inazawa-denshi-keisanki-kitei.md", INAZAWA, {
   'unknown-malware': ('missing', [A], '第7章 セキュリティ対策(第28条―第38条)', 'table of contents and definitions of a full regulation: no behaviour-based detection of unknown malware'),
   'drm': ('missing', [A], '第5章 データの保護管理(第18条―第24条)', 'a chapter title on data protection; no rights-management control in the stored text'),
 }),
 ("kwansei-taisaku-kijun-8-14.md", KWANSEI, {
   'iot-devices': ('missing', ['label-only'], '第3節 複合機・特定用途機器', 'only a table-of-contents entry in the stored text; no clause sets measures for 特定用途機器'),
   'unknown-malware': ('missing', ['label-only'], '第2節 不正プログラム対策', 'only a table-of-contents entry; no behaviour-based detection clause'),
   'web-encryption': ('missing', ['label-only'], '第2節 ウェブ', 'only a table-of-contents entry; no clause requires the sites to be encrypted'),
   'email-encryption': ('missing', ['label-only'], '第1節 電子メール', 'only a table-of-contents entry; no transport encryption or sender authentication clause'),
 }),
 # TSURU: the stored copy lacks 第2条's heading and lead sentence; its first item follows 第1条 directly.
 ("tsuru-security-policy.md", TSURU, {
   'web-encryption': ('missing', [A], '第4節 技術的セキュリティ(第39条―第46条)', 'table of contents and purpose of a full policy: no website encryption in the stored text'),
   'email-encryption': ('missing', [A], '第4節 技術的セキュリティ(第39条―第46条)', 'no mail transport encryption or sender authentication in the stored text'),
   'unknown-malware': ('missing', [A], '第3節 物理的セキュリティ(第24条―第38条)', 'no behaviour-based detection of unknown malware in the stored text'),
 }),
 ("meiji-taisaku-kijun.md", MEIJI, {
   'drm': ('missing', [A, 'definitions-only'], '(3) 機密性 情報に関して、アクセスを認められた者だけがこれにアクセスできる特性をいう。', 'confidentiality occurs only as a definition with grading; no rights-management control that keeps leaked files unreadable'),
   'web-encryption': ('missing', [A], 'この基準は、「明治大学情報セキュリティポリシー」に基づき', 'opening of a full 対策基準 (第1条〜第3条): no website encryption in the stored text'),
 }),
]

write_set(D, CASES)
