"""published6: a blind evaluation set of published regulations of Japanese public bodies (and a few English policies of
public bodies), labelled before any run of Kijun.

How collected: each text is the stored opening of a public web page found with the project's `search` tool (corpus
"pages") on 2026-12-07, from publishers that /work/brief/used-publishers.txt does not name (a different department of a
listed municipality or university counts as listed). Only test/eval/labelset.py and one existing generator of each kind
were read, for their format; no other set's texts or labels, no Kijun source, catalog, docs or output were read.
The stored copy is an excerpt from the page's beginning: site navigation and link brackets were removed, the title,
章 and the captions of articles (「(目的)」) became Markdown headings, wrapped lines of a PDF copy were joined; the words
were not changed and nothing was added. A sentence cut off by the end of the stored copy was left out
(manifest-src-published6.py says what was cut for each file).

Labelling rules (the FY2018 統一基準 and issue 11's status table):
- covered: the clause imposes the requirement's measure with its scope and firmness.
- outdated: a mandatory duty worded as a wish or an effort, or the pre-revision form of the same duty.
- missing: negation, deferral, a heading or table of contents without a body, a term only in a definitions section,
  descriptive text that imposes nothing, or a separate duty that remains in force.
- A published text is long and the stored copy is its opening: a heading whose articles lie beyond the stored copy is
  labelled as the text stands (a heading without a body, missing). A subject the stored text does not touch is not
  labelled. Doubtful readings are named in the comment at each case.
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import labelset

D = 'test/fixtures/published6'
C = []

# 江東区 (Tokyo), CSIRT 管理運営要綱. The CSIRT is an incident-response team, not the promotion structure that drives
# the measures; the only "報告" is incident reporting to outside bodies, inside a definition.
C.append(('p6-koto-csirt.md', """# ○江東区情報セキュリティインシデントに関する緊急即応体制(CSIRT)管理運営要綱

令和2年12月16日

2江政情第1330号

### (目的)

第1条 この要綱は、区の情報システムにおける情報セキュリティインシデント(以下「インシデント」という。)に、迅速かつ適切に対応するためのインシデントに関する緊急即応体制(Computer Security Incident Response Team。以下「CSIRT」という。)の構築及びCSIRTの管理運営について、江東区情報セキュリティ対策基準(平成28年2月5日27江政情第861号)で定めるもののほか、必要な事項を定めることを目的とする。

### (定義)

第2条 この要綱において使用する用語の意義は江東区情報セキュリティ基本方針及び江東区セキュリティ対策基準において使用する用語の例によるほか、次の各号に掲げる用語の意義は、当該各号に定めるところによる。

(1) インシデントハンドラー インシデントの発生又は発生の恐れがある情報(以下「インシデント情報」という。)を収集及び分析し、インシデントによる被害状況等の把握、初動対応及び復旧措置の実施、再発防止策の検討及び実施、関係機関等への報告、公表等の一連の対応(以下「インシデント対応」という。)を行う上で、中心的な役割を担う者をいう。

(2) 関係機関等 国の行政機関及び組織(総務省、警察庁、内閣サイバーセキュリティセンター(NISC)等)、他の地方公共団体その他情報セキュリティに係る公的機関並びに民間の機関(地方公共団体情報システム機構(J-LIS)、情報処理推進機構(IPA)、JPCERTコーディネーションセンター(JPCERT/CC)等)をいう。
""", {
    'promotion-structure': ('missing', ['separate-duty', 'paraphrase'], 'インシデントに関する緊急即応体制(Computer Security Incident Response Team。以下「CSIRT」という。)の構築',
                            'The 体制 set up here is the incident-response team (CSIRT), a separate duty; no unit that drives the security measures as a whole is set up.'),
    'issue-reporting': ('missing', ['separate-duty', 'definition'], '関係機関等への報告、公表等の一連の対応',
                        'Only incident reporting to outside bodies, inside a definition; nothing asks for issues found in operation, self-inspection or education to be reported to the CISO.'),
}))

# 大田原市 (Tochigi), 情報セキュリティ監査実施要綱. The security staff in each section and the CISO's order appear only
# in the definitions; their roles are left to another 要領.
C.append(('p6-otawara-audit.md', """# ○大田原市情報セキュリティ監査実施要綱

(平成29年3月31日告示第59号)

### (目的)

第1条

この要綱は、市の情報セキュリティに関する監査(以下「監査」という。)の実施について基本的な事項を定め、情報セキュリティの維持及び向上に資することを目的とする。

### (定義)

第2条

この要綱において使用する用語は、大田原市情報システム管理運営要綱(平成28年告示第55号)において使用する用語の例によるほか、次の各号に掲げる用語の意義は、当該各号に定めるところによる。

(1)

監査人 大田原市情報セキュリティ対策基準(平成28年4月1日実施。以下「セキュリティ対策基準」という。)第133条に定める要件を満たす者で、監査を行うものをいう。

(2)

被監査部門 監査を受ける課等をいう。

(3)

中期計画 監査に関する3年間の基本方針を定める計画をいう。

(4)

年度計画 中期計画の各年度における監査方針、監査目標、被監査部門及び実施時期を定める計画をいう。

(5)

実施計画 年度計画に基づき個別に実施する監査の計画をいう。

(6)

特命監査 最高情報セキュリティ責任者(以下「CISO」という。)の命令又はその他の理由により行う実施計画以外の監査をいう。

(7)

セキュリティスタッフ 情報セキュリティ強化のために各課等に配置し、大田原市情報セキュリティ委員会の組織及び運営に関する要領(平成28年4月1日実施)に定める役割を担う者をいう。
""", {
    'promotion-structure': ('missing', ['definition', 'citation'], 'セキュリティスタッフ 情報セキュリティ強化のために各課等に配置し',
                            'The staff who strengthen security in each section appear only in a definition, and their roles are left to another 要領 that is not part of the text.'),
    'improvement-instructions': ('missing', ['definition', 'separate-duty'], '特命監査 最高情報セキュリティ責任者(以下「CISO」という。)の命令',
                                 'The CISO orders an extra audit (a definition); no clause has the CISO instruct improvements to the responsible persons.'),
}))

# 精華町 (Kyoto), 情報セキュリティ監査実施要綱. The 情報セキュリティ会議 and its members appear only in a definition.
C.append(('p6-seika-audit.md', """# ○情報セキュリティ監査実施要綱

平成22年11月15日

要綱第21号

## 第1章 総則

### (目的)

第1条 この要綱は、精華町における情報セキュリティ監査に関する基本的事項を定め、本町の情報セキュリティの維持・向上に資することを目的とする。

### (用語の定義)

第2条 この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。

(1) ネットワーク 精華町における各部、各行政委員会、消防、各地方公営企業、各教育機関(事務室及び職員室のみ)等を相互に接続するための通信網、その構成機器(ハードウェア及びソフトウェア)及び記録媒体で構成され、処理を行う仕組みをいう。

(2) 情報システム 業務系の電子計算機(業務系におけるネットワーク、ハードウェア及びソフトウェア)及び記録媒体で構成され、処理を行う仕組みをいう。

(3) 情報資産 ネットワーク及び情報システムの開発と運用に係る全てのデータ並びにネットワーク及び情報システムで取り扱う全てのデータをいう。

(4) 情報セキュリティ 情報資産の機密の保持並びに正確性及び完全性の維持並びに定められた範囲での利用可能な状態を維持することをいう。

(5) 情報セキュリティ会議 精華町情報セキュリティ組織規程(平成14年規程第3号。以下「精華町情報セキュリティ組織規程」という。)第4条に規定する情報セキュリティ会議をいう。最高情報統括責任者、ネットワーク管理者、総括情報セキュリティ責任者、施設担当課長、人事担当課長で組織する。

(6) 最高情報総括責任者 精華町情報セキュリティ組織規程第3条第2項により、副町長をいう。
""", {
    'promotion-structure': ('missing', ['definition', 'citation'], '(5) 情報セキュリティ会議 精華町情報セキュリティ組織規程',
                            'The security council and its members appear only in a definition that points to another 規程; no unit that drives the measures is set up here.'),
}))

# 川崎町 (Fukuoka), 情報セキュリティ対策基準に関する要綱. Article 4-5 set the responsible persons (CISO, 統括責任者):
# the role hierarchy the revision kept; the promotion structure it added is not there. Doubtful: a reader could take the
# role list as the structure; left missing because no unit that carries the measures is named.
C.append(('p6-kawasaki-fukuoka-security-standard.md', """# ○川崎町情報セキュリティ対策基準に関する要綱

平成29年9月6日

告示第13号

### (目的)

第1条 この要綱は、川崎町情報セキュリティ管理に関する規程(平成29年9月告示第12号)第8条の規定に基づき、川崎町の様々な情報資産について情報セキュリティ対策を講じるに当たり、遵守すべき行為及び判断等の基準を統一することを目的とする。

(1) 課 川崎町課設置条例(平成3年条例第104号)第2条に定める課、川崎町教育委員会事務局処務規則(昭和27年教委規則第5号)第3条に定める課、地方自治法(昭和22年法律第67号)第171条第5項の規定に基づき設置した出納室及び議会事務局をいう。

(2) 課等 前号に規定する課及びその出先機関をいう。

(3) 課長等 前号に掲げる課等の長をいう。

### (対象範囲)

第3条 本対策基準が適用される行政機関は、町長部局、教育委員会、行政委員会、公営企業及び議会とする。

### (組織・体制)

第4条 本町における全てのネットワーク、情報システム等の情報資産の管理及び情報セキュリティ対策に関する最終決定権限を有する責任者として最高情報セキュリティ責任者(ChiefInformationSecurityOfficer、以下「CISO」という。)を置く。

2 CISOは、副町長をもってこれにあてる。

3 CISOは、必要に応じ、情報セキュリティに関する専門的な知識及び経験を有した専門家を最高情報セキュリティアドバイザーとして置き、その業務内容を定めるものとする。

### (統括情報セキュリティ責任者)

第5条 CISOを補佐し、本町の全てのネットワークを管理統括する責任者として総括情報セキュリティ責任者を置く。

2 総括情報セキュリティ責任者は、電算担当課長をもってこれにあてる。
""", {
    'promotion-structure': ('missing', ['heading', 'paraphrase'], '第4条 本町における全てのネットワーク、情報システム等の情報資産の管理及び情報セキュリティ対策に関する最終決定権限を有する責任者として最高情報セキュリティ責任者',
                            'Under the caption 組織・体制 only responsible persons are appointed (CISO, adviser, 統括責任者); no unit that drives the measures is set up.'),
}))

# 須崎市 (Kochi), 情報システム管理運営要綱. Only the table of contents names the 情報政策推進委員会; its articles lie
# beyond the stored copy.
C.append(('p6-susaki-information-system.md', """# ○須崎市情報システム管理運営要綱

平成27年12月25日

須崎市訓令第84号

目次

第1章 総則(第1条―第9条)

第2章 情報政策推進委員会(第10条―第14条)

第3章 情報セキュリティ監査(第15条―第18条)

第4章 サーバ室の入退室管理(第19条・第20条)

第5章 端末装置等の管理(第21条―第29条)

第6章 緊急時等の対応(第30条―第32条)

第7章 雑則(第33条)

附則

## 第1章 総則

### (趣旨)

第1条 この要綱は、適正かつ効率的な事務の遂行を図るために本市における情報システムの管理運営に関し必要な事項を定めるものとする。

(1) 情報システム 与えられた一連の処理手順に従って事務を自動的に処理する電子的機器により構成された組織並びにこれらの組織を相互に接続するための通信回線及び装置をいう。

(2) 電算処理 情報システムによる処理をいう。

(3) 情報資産 情報システムで取り扱うすべての情報(紙等の有体物に出力されたものを含む。)をいう。

(4) 情報セキュリティ 次に掲げる事項を維持することをいう。

ア アクセスを許可された者だけが情報にアクセスできることを確実にすること(機密性)

イ 情報及び処理方法が、正確であること及び完全であることを保護すること(完全性)

ウ 認可された利用者が、必要なとき、情報及び関連する資産にアクセスできることを確実にすること(可用性)

(5) 情報セキュリティ監査 情報セキュリティについて総合的に点検し、評価することをいう。

(6) データ 事象、概念等を表現するもので、電算処理に適するように形式化されたものをいう。
""", {
    'promotion-structure': ('missing', ['heading', 'list'], '第2章 情報政策推進委員会(第10条―第14条)',
                            'Only a table-of-contents line names the promotion committee; the text has no article that sets it up or gives its roles.'),
}))

# 国立大学法人琉球大学, 情報システム運用・管理規程. The table of contents names chapters on domain names and on
# preventing malware infection; the stored copy has none of their articles.
C.append(('p6-ryukyu-u-system-operation.md', """# ○国立大学法人琉球大学情報システム運用・管理規程

(平成24年2月28日制定)

目次

第1章 総則(第1条-第5条)

第2章 情報システムの設置、運用・管理等(第6条-第11条)

第3章 情報システムに係る文書及び台帳整備(第12条・第13条)

第4章 情報の格付けと取扱い(第14条・第15条)

第5章 主体認証、アクセス制御、アカウント管理(第16条-第18条)

第6章 ログ管理(第19条)

第7章 暗号と電子署名(第20条・第21条)

第8章 違反と例外措置(第22条・第23条)

第9章 情報セキュリティインシデント対応(第24条・第25条)

第10章 本法人支給以外の情報システム(第26条・第27条)

第11章 学外の情報セキュリティ水準の低下を招く行為の禁止(第28条)

第12章 ドメイン名の使用についての対策(第29条・第30条)

第13章 不正プログラム感染防止のための日常的実施事項(第31条・第32条)

第14章 情報システムへのIPv6 技術の導入における対策(第33条・第34条)

第15章 教育・研修(第35条)

第16章 評価等(第36条-第40条)

第17章 外部委託(第41条-第43条)

第18章 監査(第44条)

第19章 雑則(第45条)

附則

## 第1章 総則

### (目的)

第1条 この規程は、国立大学法人琉球大学情報システム運用基本規程第18条に基づき、国立大学法人琉球大学(以下「本法人」という。)における情報システムの適切な運用及び管理について必要な事項を定めることにより、本法人の有する情報資産を適正に保護及び活用し、並びに情報システムの信頼性、安全性及び効率性の向上に資することを目的とする。

### (定義)

第2条 この規程における用語の定義は、次のとおりとする。

(1) 「運用基本方針」とは、国立大学法人琉球大学情報システム運用基本方針をいう。
""", {
    'domain-names': ('missing', ['heading', 'list'], '第12章 ドメイン名の使用についての対策(第29条・第30条)',
                     'Only a table-of-contents line; the text has no article that sets rules for the domain names of sites or mail.'),
    'unknown-malware': ('missing', ['heading', 'list'], '第13章 不正プログラム感染防止のための日常的実施事項(第31条・第32条)',
                        'Only a table-of-contents line about daily malware-infection prevention; no clause on detecting unknown malware by behaviour.'),
}))

# 国立大学法人東京工業大学, 情報セキュリティ規則. The organisation chapter appears only in the table of contents.
C.append(('p6-titech-security-rule.md', """# ○国立大学法人東京工業大学情報セキュリティ規則

平成17年4月8日

規則第32号

目次

第1章 総則(第1条―第3条)

第2章 情報セキュリティ対策基準(第4条―第14条)

第3章 情報セキュリティ組織体制(第15条―第27条)

第4章 個人情報の取扱い(第28条)

第5章 情報危機管理体制(第29条―第35条)

第6章 雑則(第36条)

附則

## 第1章 総則

### (趣旨)

第1条 この規則は,国立大学法人東京工業大学情報セキュリティポリシー(平成17年4月8日決定。以下「セキュリティポリシー」という。)に基づき,国立大学法人東京工業大学(以下「大学」という。)に帰属する情報資産に対する学内外からの侵害(侵害行為及びその結果生じた被害をいう。以下同じ。)の阻止及び大学並びに学外組織に帰属する情報資産に対して脅威を与えるような行為の抑止等に関し必要な事項を定めるものとする。

### (定義)

第2条 この規則において,次の各号に掲げる用語の意義は,それぞれ当該各号に定めるところによる。

 情報システム 情報の処理,蓄積及び通信を行う物理的装置並びにこれに用いられるプログラムであって,大学の教育,研究及び事務処理を行うものをいう。

 情報コンテンツ 大学が管理・運用する教育,研究及び事務処理に係る全ての情報(紙媒体・電磁媒体等に記録されたもの)をいう。

 情報資産 情報システム及び情報コンテンツを合わせたものをいう。

 部局等 国立大学法人東京工業大学組織運営規則(平成27年規則第81号)に定める組織並びに国際交流会館,地球史資料館,創造研究棟,キャンパス・イノベーションセンター及び東工大蔵前会館をいう。
""", {
    'promotion-structure': ('missing', ['heading', 'list'], '第3章 情報セキュリティ組織体制(第15条―第27条)',
                            'Only a table-of-contents line names the organisation chapter; the text has no article that sets up a unit or gives roles.'),
}))

# 篠栗町 (Fukuoka), タブレット端末機貸与規程. Lent tablets may be connected to the office LAN with a password, and
# their Internet use follows the security rule. Doubtful: the safeguards are thin (authentication only); left covered
# because the use on networks is allowed under set conditions, which is what the requirement permits.
C.append(('p6-sasaguri-tablet.md', """# ○篠栗町タブレット端末機貸与規程

平成26年6月3日

規程第8号

### (趣旨)

第1条 この規程は、篠栗町における情報通信及び会議システム用のタブレット端末機(以下「端末機」という。)の貸与に関して必要な事項を定めるものとする。

### (貸与の対象及び数)

第2条 端末機の貸与の対象となる者は、篠栗町議会議員、篠栗町監査委員、篠栗町長、副町長、教育長、課長の職にある者及び財政課長が許可した者(以下「使用者」という。)とする。

2 貸与の数は、使用者1人につき1台とする。

### (端末機の取扱い)

第3条 端末機の貸与を受けた使用者は、当該端末機を適切に管理し、使用しなければならない。

2 使用者は、端末機を庁内LANに接続して使用するときは、パスワードを入力するものとし、パスワードの管理を適正に行わなければならない。

3 使用者の端末機によるインターネット等への接続については、篠栗町情報セキュリティに関する規則(平成24年規則第20号)第32条(同条第1号に掲げる行為に限る。)及び第33条(同条第1号から第4号まで及び第6号に掲げる行為に限る。)の規定を準用する。

4 使用者は、第1項の規定に違反し、又は第三者に損害を与えた場合は、使用者の責任において処理するものとする。

5 使用者は、端末機に不具合等が生じた場合は、財政課に連絡し、その指示に従わなければならない。

6 財政課は、使用者から前項の規定による連絡を受けた場合において、修理が必要なときは、最善の策で対処するものとする。

7 使用者は、端末機の紛失、破損等を発生させた場合は、自己の費用をもってこれを補填し、又は修理しなければならない。
""", {
    'mobile-devices': ('covered', ['paraphrase', 'condition', 'citation'], '2 使用者は、端末機を庁内LANに接続して使用するときは、パスワードを入力するものとし、パスワードの管理を適正に行わなければならない。',
                       'Lent tablets may be used on the office LAN with authentication and on the Internet under the security rule: use on networks under safeguards.'),
}))

labelset.write_set(D, C)
