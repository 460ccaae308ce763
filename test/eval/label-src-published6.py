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
    'promotion-structure': ('missing', ['separate-duty', 'paraphrase'], '第4条 本町における全てのネットワーク、情報システム等の情報資産の管理及び情報セキュリティ対策に関する最終決定権限を有する責任者として最高情報セキュリティ責任者',
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

# 丹波市 (Hyogo), 街頭防犯カメラの設置及び運用に関する要綱. Cameras (a 特定用途機器 kind of device) are in scope, but the
# only security duty is protecting the recorded images; nothing on the devices' own security.
C.append(('p6-tamba-security-camera.md', """# ○丹波市街頭防犯カメラの設置及び運用に関する要綱

令和6年9月26日

告示第446号

### (目的)

第1条 この要綱は、市民等のプライバシーを保護し、かつ、犯罪及び事故の発生を未然に防ぐため、市が公共の場所に設置する防犯カメラの管理及び運用に関し、必要な事項を定めるものとする。

(1) 公共の場所 道路、公園等で不特定多数の者が自由に利用し、又は通行する場所をいう。

(2) 防犯カメラ 犯罪の予防等を目的として、公共の場所に設置されるカメラで、撮影装置、画像記録装置及び関連機器で構成されるものをいう。

(3) 映像 防犯カメラにより撮影され、及び記録された映像をいう。

(4) 個人画像情報 映像のうち、特定の個人を識別できるものをいう。

### (管理責任者)

第3条 市長は、この要綱に基づき設置する防犯カメラの適正な運用及び維持管理を図るため、防犯カメラ管理責任者(以下「管理責任者」という。)を置き、防犯の業務を所管する課長をもってこれに充てる。

### (管理責任者の責務)

第4条 管理責任者は、映像の漏えい、滅失、毀損等の防止その他安全管理のために必要な措置を講じなければならない。

2 管理責任者は、個人画像情報について、この要綱及び個人情報の保護に関する法律(平成15年法律第57号)に基づき、適正に取り扱わなければならない。

### (設置場所)

第5条 防犯カメラの設置場所は、別表のとおりとする。

2 防犯カメラの設置に当たっては、撮影の対象となる区域が、設置の目的を達成するために必要最小限度の範囲となるよう努めるものとする。
""", {
    'iot-devices': ('missing', ['separate-duty', 'paraphrase'], '第4条 管理責任者は、映像の漏えい、滅失、毀損等の防止その他安全管理のために必要な措置を講じなければならない。',
                    'The duty protects the recorded images (privacy); nothing asks for the cameras themselves to be secured (credentials, updates, network separation).'),
}))

# 小美玉市 (Ibaraki), 職員テレワーク実施要領. Mobile work with city-lent terminals appears in the definitions and the
# scope; the stored copy sets no safeguard for those terminals.
C.append(('p6-omitama-telework.md', """# ○小美玉市職員テレワーク実施要領

令和7年4月30日

訓令第22号

### (趣旨)

第1条 この訓令は、育児や介護等の特別な事情を抱えた職員の持続的な就労や業務効率の向上等を図るため、多様で柔軟な働き方の一つとして、職員がテレワークを実施することについて、テレワーク実施に関し必要な事項を定めるものとする。

### (定義)

第2条 次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。

(1) テレワーク インターネットなどの情報通信技術を活用した場所や時間にとらわれない柔軟な働き方であって、在宅勤務又はモバイルワークをいう。

(2) 在宅勤務 職員の自宅において勤務することをいう。

(3) モバイルワーク 勤務公署での業務や出張中に、市が貸与するテレワーク用端末、情報通信機器等を活用して業務を行うことをいう。

(4) LGWAN接続端末 市の総合行政ネットワークに接続する端末をいう。

(5) テレワーク用端末 ノートパソコン等の端末であって、テレワークに使用するために必要なアプリケーションソフトウェア等の使用設定を行ったものをいう。

(6) 端末管理者 テレワーク用端末の管理、使用及び運用に関する事務を所管する課等の長をいう。

### (対象職員)

第3条 テレワークを実施することができる職員(以下「対象職員」という。)は、LGWAN接続端末により業務を行うことができる職員であって、所属長の承認を得た者とする。なお、個人情報を扱う業務は対象外とする。

### (勤務場所)

第4条 勤務場所は、在宅勤務にあっては職員の自宅とし、モバイルワークにあっては出張先その他所属長が認めた場所とする。
""", {
    'mobile-devices': ('missing', ['definition', 'condition'], '(3) モバイルワーク 勤務公署での業務や出張中に、市が貸与するテレワーク用端末、情報通信機器等を活用して業務を行うことをいう。',
                       'Mobile work with lent terminals is defined and allowed, but no safety measure for the terminals (encryption, authentication, wipe, management) is set.'),
}))

# 南相馬市 (Fukushima), ホームページ作成ガイドライン (copy on paperzz.com). The domain appears only in the scope sentence;
# "システム上の措置" for personal data is a promise without the measure.
C.append(('p6-minamisoma-homepage-guideline.md', """# 南相馬市ホームページ作成ガイドライン

平成 19 年 12 月 13 日策定 平成 20 年 10 月 10 日改定 平成 25 年 11 月 26 日改定

総務部情報政策課

## 1 総則

### (1)目的

このガイドラインは、南相馬市のホームページを利用する人、利用する場所、利用する機器、利用する目的に関わらず、全ての人が平等に情報にアクセスでき、誰もが使いやすいアクセシビリティの高いホームページを作成することを目的とします。

### (2)適用範囲

このガイドラインは、 「city.minamisoma.lg.jp」ドメインを使用する南相馬市ホームページを対象に適用します。

### (3)前提とする考え方

ア 「ホームページ」を広報紙や印刷物等と同等の広報。広聴・コミュニケーション媒体として位置づけ、より積極的に活用します。

イ 「様々な人」や「様々な環境」で利用されることを前提に、 「誰にでも読みやすい」デザインや「誰にでも使いやすい」仕組みにします。

ウ 各ページのデザインや操作性、記事の表記方法などを統一し、ホームページ全体の一貫性を維持することによって、利用者から見た使い勝手を向上させます。

エ インターネットの速報性の利点を最大限に生かし、「迅速」に情報を更新するようにします。

オ 市が「伝えたい情報」と市民が「知りたい情報」の間にかい離が生じないよう、情報の優先度を意識して表記します。

カ 個人情報を保護するために必要なシステム上の措置を講じます。

キ 作成や運用管理にかかる無駄な経費と労力を低減できるようにします。

ク 利用者の意見やアクセス記録の分析をもとに、絶えず改善を図ります。
""", {
    'domain-names': ('missing', ['scope', 'description'], 'このガイドラインは、 「city.minamisoma.lg.jp」ドメインを使用する南相馬市ホームページを対象に適用します。',
                     'The domain name appears only in the scope of the guideline; no rule requires the sites or mail to use the public-body domain.'),
    'web-encryption': ('missing', ['description', 'paraphrase'], 'カ 個人情報を保護するために必要なシステム上の措置を講じます。',
                       'A general promise of system measures for personal data; no clause requires the site to be encrypted, on all pages or any.'),
}))

# 太田市立宝泉南小学校 (太田市教育委員会's site, copy on paperzz.com). A school committee headed by the principal is set
# up with its tasks (approve and review the rules, monitor, propose and approve measures). The asset list is of
# information assets, not software collected by a tool. Doubtful: promotion-structure covered at school level; an
# auditor could ask for a unit separate from the committee.
C.append(('p6-ota-hosenminami-school-policy.md', """# 太田市立宝泉南小学校 情報セキュリティポリシー

## 1 情報セキュリティの基本方針

学校における情報資産(児童、保護者、教職員などの個人情報及び学校運営上の重要な教育情報)を保護して適切に管理・運用するためのルールを定める。

## 2 組織・体制

(1)学校長は、すべての情報セキュリティに関する権限及び責任を負う。

(2)校務分掌において「情報セキュリティ担当者」を置く。

(3)学校内に、学校長を責任者とする「情報セキュリティ委員会」を設置する。情報セキュリティ委員会では、以下のことを実施する。

(a)各ポリシーやガイドライン、教職員の責任の承認・見直し

(b)重要な情報資産が脅威にさらされていないかの継続的監視

(c)セキュリティに関わる事件・事故の監視

(d)セキュリティを強化するための取り組みの提案・承認

(4)セキュリティの関する事件・事故が発生した場合に適切な処置が素早く取れるように、教育委員会や市情報管理課、保守契約業者などとの連絡体制を構築する。

## 3 情報資産

(1)情報セキュリティ委員会は、学校における情報資産に対して以下のことを実施する。

(a)学校内の情報資産を洗い出し、[情報資産リスト(別表1)]を作成する。

(b)[情報資産リスト(別表1)]を分類し、重要度に応じたラベル付けを行う。

(c)情報資産に対する脅威を洗い出し、リスク対応策を策定する。

(2)情報セキュリティ委員会は、電子データや、紙媒体の情報資産の取り扱い規定を定めた[情報資産取扱ガイドライン(別表2)]を作成する。
""", {
    'promotion-structure': ('covered', ['paraphrase', 'list'], '(3)学校内に、学校長を責任者とする「情報セキュリティ委員会」を設置する。情報セキュリティ委員会では、以下のことを実施する。',
                            'A committee that carries the school\'s security measures is set up, with its tasks listed (approve and review rules, monitor, propose and approve measures).'),
    'it-asset-management': ('missing', ['separate-duty', 'list'], '(a)学校内の情報資産を洗い出し、[情報資産リスト(別表1)]を作成する。',
                            'A list of information assets drawn up by the committee; no software collects software names and versions from terminals automatically.'),
}))

# 八丈町立小・中学校 (八丈町, Tokyo), 情報セキュリティポリシー対策基準(抜粋), published on a school's site. The
# "体制" is a chain of three responsible persons; no unit that drives the measures. Doubtful: the text calls the role
# list a 体制; left missing because the revision's promotion structure is added beside the responsible persons.
C.append(('p6-hachijo-school-standard.md', """# 八丈町立小・中学校情報セキュリティポリシー対策基準(抜粋)

平成18年9月21日

## 1 情報セキュリティ管理体制

情報セキュリティ対策に関して、以下の体制をとる。

- 情報システム責任者(学校長)
- 情報システム取扱管理者(副校長)
- 情報システム取扱責任者(教 員)

## 2 情報の分類と管理

### 2.1 情報の管理責任

八丈町立小・中学校(以下「学校」という。)の情報システムにおける情報に関しては、情報システム責任者が管理責任を有する。

### 2.2 情報の分類と管理方法

(1)情報の分類

A 児童・生徒、保護者、教職員及び学校関係者の教育上の記録、個人上の記録

B 教育機関など特定の対象において公開可能なもの

C 一般的に公開しても問題がないもの(日常の活動記録、児童・生徒の作品 PTA活動の様子等)

(2)情報の管理方法

情報については、情報システム管理者の指示によりそれぞれの分類に従って、管理する。(A、Bの情報については、職員用PCで取扱、学習用PCでは処理しない)

## 3 物理的セキュリティー

### 3.1 サーバ

校内に設置するファイルサーバは、情報システム責任者が指定する場所に設置し、移動してはならない。

### 3.2 コンピュータルーム

コンピュータ室への入退出については、原則的に教職員と児童・生徒のみとする。ただし、情報システム責任者が必要と認めた場合はこの限りではない。

## 4 人的セキュリティ

### 4.1 役割・責任

(1)情報システム責任者

校内のネットワーク、情報システム及び情報資産のすべてを統括管理する。またセキュリティに関する責任を負う。
""", {
    'promotion-structure': ('missing', ['separate-duty', 'list'], '情報セキュリティ対策に関して、以下の体制をとる。',
                            'The 体制 is a list of three responsible persons; no unit that drives the measures is set up or given roles.'),
}))

# 高千穂町 (Miyazaki), 議会タブレット機器貸与規程. Council tablets (a Wi-Fi + Cellular model) are lent for use with
# firm prohibitions on disclosing IDs and passwords and on changing settings; loss prevention is an effort duty.
# Doubtful: covered because use is allowed under authentication and management rules; the 努める clause on loss is
# the weak part.
C.append(('p6-takachiho-council-tablet.md', """# ○高千穂町議会タブレット機器貸与規程

令和3年12月7日

議会訓令第1号

### (目的)

第1条 高千穂町議会の会議等における資料等をペーパーレス化し、効率的で機能的な議会運営と会議準備に要する費用の削減を図りつつ、住民に対してより正確で詳しい情報を伝えていくことを目的とする。

### (貸与の対象)

第2条 タブレット機器の貸与の対象となる者は、高千穂町議会議員及び議会事務局職員(以下「使用者」という。)とする。

### (機器)

第3条 使用者へ貸与するタブレット機器は、次の機種とする。

アップル社 12.9インチipad Pro Wi―Fi+Cellularモデル

附属品 Apple Pencil(第2世代)

### (管理責任)

第4条 使用者は、タブレット機器の利用・保管を適正に行うとともに、携帯中の破損、紛失又は盗難等の防止に努めなければならない。

### (遵守事項)

第5条 貸与されたタブレット機器の適正な利用のため、不正アクセス行為の禁止等に関する法律(平成11年法律第128号)、著作権法(昭和45年法律第48号)、個人情報の保護に関する法律(平成15年法律第57号)等の関係法令を遵守し、次の各号に掲げる事項(以下「禁止行為」という。)を行わないこと。

(1) 第1条の目的以外の利用

(2) 他者への転貸、売却あるいは譲渡

(3) 使用に必要なID及びパスワード等を第三者に漏洩すること及び第三者のパスワード等を用いて利用すること。

(4) 第三者のファイル及びシステムファイルなど利用が許可されていない資源にアクセスすること。

(5) 不当なハードウエア・ソフトウエアの設定変更

### (障害及び事故)

第6条 使用者は、次に掲げる障害及び事故が発生した場合には、直ちに議長に報告しなければならない。
""", {
    'mobile-devices': ('covered', ['paraphrase', 'list', 'modality'], '(3) 使用に必要なID及びパスワード等を第三者に漏洩すること及び第三者のパスワード等を用いて利用すること。',
                       'Lent cellular tablets are used under firm rules on IDs and passwords, settings and reporting; only the loss-prevention duty is worded as an effort (努めなければならない).'),
}))

# 美浜町 (Aichi), 情報セキュリティ対策基準. The stored copy is the table of contents: the malware section and the
# incident-report section are headings only.
C.append(('p6-mihama-aichi-security-standard.md', """# ○美浜町情報セキュリティ対策基準

平成25年10月1日

訓令第5号

目次

第1章 総則(第1条―第4条)

第2章 組織体制(第5条―第12条の3)

第3章 情報資産の分類と管理方法

第1節 情報資産の分類(第13条)

第2節 情報資産の管理(第14条―第23条)

第3章の2 情報システム全体の強靭性の向上

第1節 マイナンバー利用事務系(第23条の2―第23条の4)

第2節 LGWAN接続系(第23条の5)

第3節 インターネット接続系(第23条の6・第23条の7)

第4章 物理的セキュリティ

第1節 サーバ等の管理(第24条―第30条)

第2節 管理区域(電算室等)の管理(第31条―第33条)

第3節 通信回線及び通信回線装置の管理(第34条)

第4節 職員等の利用する端末や電磁的記録媒体等の管理(第35条・第35条の2)

第5章 人的セキュリティ

第1節 職員等の遵守事項(第36条―第48条)

第2節 研修及び訓練(第49条―第52条)

第3節 情報セキュリティインシデントの報告(第53条―第55条)

第4節 ID及びパスワード等の管理(第56条―第58条)

第6章 技術的セキュリティ

第1節 コンピュータ及びネットワークの管理(第59条―第76条の3)

第2節 アクセス制御(第77条―第84条)

第3節 システム開発、導入、保守等(第85条―第95条)

第4節 不正プログラム対策(第96条―第99条)

第5節 不正アクセス対策(第100条―第104条の3)

第6節 セキュリティ情報の収集(第105条―第107条)

第7章 運用

第1節 情報システムの監視(第108条)

第2節 情報セキュリティポリシーの遵守状況の確認(第109条―第111条)

第3節 侵害時の対応(第112条―第115条)

第4節 例外措置(第116条―第118条)

第5節 法令遵守(第119条)

第6節 懲戒処分等(第120条・第121条)
""", {
    'unknown-malware': ('missing', ['heading', 'list'], '第4節 不正プログラム対策(第96条―第99条)',
                        'Only a table-of-contents line names the malware section; no clause on detecting unknown malware by behaviour is in the text.'),
    'issue-reporting': ('missing', ['heading', 'separate-duty'], '第3節 情報セキュリティインシデントの報告(第53条―第55条)',
                        'Only a heading, and about incident reports (a separate duty), not issues from operation, self-inspection and education reported to the CISO.'),
}))

# 東近江市 (Shiga), 情報セキュリティ対策基準. Table of contents only for the organisation and the incident reports.
C.append(('p6-higashiomi-security-standard.md', """# ○東近江市情報セキュリティ対策基準

平成27年12月24日

訓令第42号

東近江市情報セキュリティ対策基準(平成19年東近江市訓令第45号)の全部を改正する。

目次

第1章 総則(第1条―第3条)

第2章 組織体制(第4条―第10条)

第3章 情報資産の分類と管理方法(第11条―第20条)

第4章 物理的セキュリティ

第1節 サーバ等の管理(第21条―第27条)

第2節 電算室の管理(第28条―第38条)

第5章 人的セキュリティ

第1節 職員の遵守事項(第39条―第48条)

第2節 研修及び訓練(第49条―第52条)

第3節 情報セキュリティインシデントの報告(第53条―第59条)

第4節 ID及びパスワード等の管理(第60条―第64条)

第6章 コンピュータ及びネットワークの管理(第65条―第114条)

第7章 システム開発、導入、保守等(第115条―第125条)

第8章 不正プログラム対策(第126条―第129条)

第9章 不正アクセス対策(第130条―第139条)

第10章 運用

第1節 情報セキュリティポリシーの遵守状況の確認(第140条―第143条)

第2節 侵害時の対応等(第144条―第147条)

第3節 例外措置(第148条―第150条)

第4節 法令遵守(第151条)

第5節 懲戒処分等(第152条・第153条)

第11章 外部委託(第154条―第159条)

第12章 監査(第160条―第167条)

第13章 自己点検(第168条―第171条)

附則

## 第1章 総則

### (趣旨)

第1条 東近江市における情報セキュリティ確保のための対策基準については、東近江市情報セキュリティ基本方針(平成27年東近江市訓令第41号。以下「基本方針」という。)に定めるもののほか、この訓令の定めるところによる。

### (定義)

第2条 この訓令において使用する用語の意義は、基本方針に定めるもののほか、それぞれ当該各号に定めるところによる。
""", {
    'promotion-structure': ('missing', ['heading', 'list'], '第2章 組織体制(第4条―第10条)',
                            'Only a table-of-contents line names the organisation chapter; no article that sets up a promotion unit is in the text.'),
    'issue-reporting': ('missing', ['heading', 'list'], '第13章 自己点検(第168条―第171条)',
                        'Self-inspection appears only as a heading; no clause asks for issues found in it to be reported to the CISO.'),
}))

# 甲府市立北新小学校 (copy on happylibus.com). A named staff member, not a structure that drives the measures.
C.append(('p6-kofu-hokushin-school-policy.md', """# 甲府市立北新小学校情報セキュリティポリシー

## 1 情報セキュリティの基本方針

教育公務員として守秘義務の徹底を図る一環として,児童(生徒)、保護者、教職員などの個人情報及び学校運営上の重要な教育情報を保護して適切に管理・運用するためのルールを定める。

## 2 対象者

情報セキュリティポリシーの対象は、本校の職員とする。

## 3 組織・体制

(1) 学校長は、すべての情報セキュリティに関する権限及び責任を負う。

(2) 職員は、本情報セキュリティポリシーの内容を遵守しなければならない。

(3) 校務分掌に情報セキュリティ担当者を置く。

(4) 職員は、本校において知り得た情報をいかなる場合も学校外で漏らしてはならない。

(5) 職員は、学校ネットワーク内での不正アクセスをしてはならない。

(6) 新任者には、本校に赴任した日から1週間以内に情報セキュリティの研修会を行う。

(7) システムで使用するパスワードは、他人に推測されにくいものとし、その管理は十分に行う。

## 4 情報機器・ネットワーク管理

(1) 情報セキュリティ担当者は、コンピュータ室並びにグループセッションを経由した個人情報管理用センターサーバ内の本校用のフォルダ(以下、学校フォルダ)の管理を行う。

なお、学校フォルダには、次のものがある。

・重要情報保管フォルダ(グループセッションを経由して接続できる学校インターネット内のフォルダで、児童生徒名簿等の担当教職員が使う個人情報ファイルを保存しておく)
""", {
    'promotion-structure': ('missing', ['separate-duty', 'paraphrase'], '(3) 校務分掌に情報セキュリティ担当者を置く。',
                            'Under the caption 組織・体制 one staff member is assigned; no unit that drives the measures is set up with roles.'),
}))

# 宮代町 (Saitama), 公式ホームページ「個人情報について」. A promise of "appropriate measures" against leaks and tampering
# of collected data; nothing on encrypting the site.
C.append(('p6-miyashiro-site-privacy.md', """# 個人情報について

令和5年4月1日

宮代町公式ホームページでは、「個人情報の保護に関する法律」に基づき、個人情報の適切な運用につとめます。当町では、利用者からご提供いただいた個人情報の収集・使用・保護について以下により取り扱い、これを遵守します。

## 個人情報とは

宮代町公式ホームページを通して提供を受けた住所、氏名、電話番号、電子メールアドレス等、特定の個人を識別できる情報をいいます。

## 個人情報の収集

個人情報を収集するときはその目的を明示し、必要最小限の個人情報を適正かつ公正な手段で取得することを原則とします。またインターネット上の技術(クッキー等)を用いて匿名情報を収集することはしません。

## 個人情報の使用

宮代町個人情報保護に関する法律(第69条第2項)で定める場合を除き、個人情報の目的外使用は一切いたしません。但し、本人がその目的に同意したものについてはその項目に限り、住民サービスを目的としてサイト上で公開します。

## 個人情報の保護

収集した個人情報については、ホームページ管理者が厳重に管理し、漏洩、不正流用、改ざん等の防止に適切な対策を講じます。

## 個人情報の保護に関する法律(抜粋)

### (個人情報の保有の制限等)

第61条 行政機関等は、個人情報を保有するに当たっては、法令(条例を含む。第66条第2項第3号及び第4号、第69条第2項第2号及び第3号並びに第4節において同じ。)の定める所掌事務又は業務を遂行するため必要な場合に限り、かつ、その利用目的をできる限り特定しなければならない。
""", {
    'web-encryption': ('missing', ['description', 'paraphrase'], '収集した個人情報については、ホームページ管理者が厳重に管理し、漏洩、不正流用、改ざん等の防止に適切な対策を講じます。',
                       'A promise to protect collected personal data with appropriate measures; no clause requires the site\'s traffic to be encrypted.'),
}))

# 乙訓福祉施設事務組合 (Kyoto; a 一部事務組合), パソコン等の運用管理要綱. Software installation is controlled by a ban
# in principle with prior consultation; nothing collects software information automatically.
C.append(('p6-otokuni-welfare-union-pc.md', """# ○乙訓福祉施設事務組合パソコン等の運用管理要綱

令和7年10月1日

要綱第2号

### (目的)

第1条 この要綱は、乙訓福祉施設事務組合(以下「組合」という。)が管理するパーソナルコンピュータ及びこれに類似する機器の運用管理に関することについて、必要な事項を定めるものとする。

### (定義)

第2条 この要綱において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。

(1) 職員 組合に勤務する全ての職員(派遣職員等を含む。)をいう。

(2) パソコン等 組合が管理し、各課及び施設に設置するパーソナルコンピュータ及びこれに類似する機器をいう。

(3) 所属長 パソコン等を使用する職員が所属する課及び施設の長をいう。

(4) 庁舎 組合が管理する庁舎をいう。

### (パソコン等の管理)

第3条 パソコン等の管理は、所属長が行うものとする。

2 職員は、業務目的以外にパソコン等を使用してはならない。勤務時間外についても同様とする。

3 パソコン等を廃棄し、又は更新する場合には、データ等を完全に消去する等、データ等が外部に漏れることのないよう必要な措置を講じなければならない。

4 パソコン等の配置時にインストール済みのソフトウェア又は総務課が認めていないソフトウェアのインストールを原則として禁止する。やむを得ずインストールが必要な場合は、所属長が、総務課長に事前に協議するものとする。

5 パソコン等の配置時に添付されていない周辺機器等を接続することについては、原則として禁止する。ただし、ディスプレイ、マウス及びキーボードについては増設可能とする。
""", {
    'it-asset-management': ('missing', ['separate-duty', 'paraphrase'], '4 パソコン等の配置時にインストール済みのソフトウェア又は総務課が認めていないソフトウェアのインストールを原則として禁止する。',
                            'Installation is controlled by a ban with prior consultation; no tool collects software names and versions from the PCs automatically.'),
}))

# 中泊町 (Aomori), 情報ネットワーク及びパソコン等機器の運用管理に関する規程. Malware appears only in a definition.
C.append(('p6-nakadomari-network-pc.md', """# ○中泊町情報ネットワーク及びパソコン等機器の運用管理に関する規程

平成22年10月18日

訓令第8号

### (趣旨)

第1条 この規程は、中泊町情報ネットワーク(以下「情報ネットワーク」という。)の利用及びパソコン等機器の運用管理について必要な事項を定めるものとする。

### (定義)

第2条 この規程において次の各号に掲げる用語の意義は、当該各号に定めるところによる。

(1) 情報サーバ 情報ネットワークに必要なソフトウェア及びデータが格納されているコンピュータをいう。

(2) クライアントPC 情報ネットワークに接続したコンピュータで、職員ポータルサイト、庁内イントラネット及びインターネットが利用できる端末をいう。

(3) 電子メール ネットワークを利用して、パソコン端末同士で文字などの情報をメール(手紙)で交換するシステムをいう。

(4) 職員ポータルサイト 庶務事務、財務会計、電子決裁等を行うために作られたソフトをいう。ネットワークの機能を利用してコミュニケーションと情報の共有化を図り、作業の生産性をあげるために使われる。

(5) イントラネット インターネットの技術を庁内の情報システムに取り入れ、情報共有や業務支援に活用するためのシステムをいう。

(6) コンピュータウイルス コンピュータやシステムに密かに潜入し、データやプログラムなどの抜き取り、破壊、改ざん、消去等をするプログラムをいう。

(7) 記録媒体 磁気テープ及び磁気ディスク等電子的にデータを記録する媒体及びその機能を有する装置等をいう。(FD・CD・MO・USBメモリ・SDカードなど。)
""", {
    'unknown-malware': ('missing', ['definition'], '(6) コンピュータウイルス コンピュータやシステムに密かに潜入し',
                        'Malware appears only in a definition; no clause on detecting or blocking unknown malware.'),
}))

# ---- English policies of public bodies ----

# Weber State University (Utah), PPM 10-6 Mobile Device Policy. The stored copy reaches only the purpose, references
# and definitions; the user requirements it announces are beyond it.
C.append(('p6-weber-state-mobile-device-policy.md', """# Mobile Device Policy

MOBILE DEVICE POLICY

No. 10-6

Date Approved:  02-05-13

Revision:  11-05-13

## Purpose

Weber State University is committed to and encourages an open and collaborative environment through the use of mobile devices to facilitate academic interaction among students, faculty and staff.  There is an inherent risk in utilizing mobile devices for this purpose, however, due to the ease with which these items can become lost or stolen.

The purpose of this policy is to clearly state the university policy and user requirements necessary to mitigate this risk and to protect University or personal sensitive information stored on mobile devices.

## References

Understanding and Identifying Private and Public Information

PPM 10-1, Information Security Policy

PPM 10-2, Acceptable Use Policy for Computing and Network Resources

## Definitions

Mobile Device:  Any handheld or portable computing device including running an operating system optimized or designed for mobile computing, such as Android, Blackberry OS (RIM), Apple's iOS, or Windows Mobile.  Any device running a full desktop version operating system is not included in this definition.

PDA:  A handheld device that combines computing, telephone/fax, internet and networking features.

Sensitive Information:  Any data, electronic or physical copy, of which the compromise with respect to confidentiality, integrity, and/or availability could have a material adverse effect on Weber State University interests, the conduct of University programs or the privacy to which individuals are entitled.  Examples of such data would include the data protected by the Government Records Access and Management Act (GRAMA), Family Education Rights and Privacy Act (FERPA), Gramm-Leach-Bliley Act (GLBA) or other laws governing the use of data or data that has been deemed by the University as requiring protective measures.
""", {
    'mobile-devices': ('missing', ['definition', 'description', 'english'], 'Mobile Device:  Any handheld or portable computing device including running an operating system',
                       'Mobile use is encouraged and mobile devices are defined, but the text sets no safeguard; the announced user requirements are not in it.'),
}))

# Emporia State University (Kansas), Policy 6.07 Mobile Computing Devices. University devices are used for business
# under firm duties: theft prevention, the same security as on the network, backups.
C.append(('p6-emporia-state-mobile-computing.md', """# 6.07 MOBILE COMPUTING DEVICES

Effective: August 15, 2024

Purpose: With the added ease at which individuals are able to perform their work comes added responsibility to protect University information.

Special security issues that relate to mobile devices include:

- Any malware (viruses, worms, Trojans) that infects the device can bypass the University’s security and spread rapidly to other devices on the University network;
- If data stored on a mobile device is not backed up by the user, it could be completely lost if the device is stolen or mechanically fails; and
- If a mobile device is stolen or lost, sensitive and confidential data on the device is compromised.

This policy sets out to ensure that all University information that is classified as confidential or sensitive per the policy on Information Classification and stored on mobile devices is secured from unauthorized disclosure, destruction, and/or modification.

Scope: The policy applies to all persons authorized to access, modify, or create University information.

Responsible Office: Information Technology

Policy Statement: All users are responsible for taking the steps necessary to protect University information. The Information Security Officer (ISO) is responsible for monitoring and reporting compliance with this policy. The ISO is responsible for reviewing this policy annually.

University owned or controlled mobile computing devices must be used for University approved business according to the Information Technology Usage Policy.

All reasonable measures must be taken to prevent the theft of mobile devices.

All University information classified as sensitive or confidential stored on a mobile computing device must be afforded the same level of security as information maintained within the University’s network.

University information classified as sensitive or confidential stored on mobile devices must be backed up to an appropriate University device or network drive.
""", {
    'mobile-devices': ('covered', ['paraphrase', 'english'], 'All University information classified as sensitive or confidential stored on a mobile computing device must be afforded the same level of security as information maintained within the University’s network.',
                       'Mobile devices are used for University business under firm safeguards: theft prevention, security equal to the network, backups.'),
}))

# Government of South Australia, SACSF Standard 18.1 DMARC and Email Security Standard. The stored copy gives the
# purpose and scope: a sender-authentication standard for third-party senders that excludes the central mail
# environment; its requirements are beyond the stored copy.
C.append(('p6-south-australia-dmarc-standard.md', """## Purpose

The DMARC and Email Security Standard aims to protect South Australian (SA) Government’s email communications and data integrity by outlining specific policy requirements for the secure use of applications and external email platforms such as Mailchimp, SendGrid, etc that can send emails on behalf of the government agencies. The implementation of this standard will lead to enhanced email security and reduced likelihood of an email service impersonating SA Government, thereby increasing trust and reliability in government email communications.

## Scope

This standard applies to all South Australian Government public sector agencies (as defined in ICT Policy Statement 1 – Compliant Authorities).

The requirements in this standard apply to:

- Applications and third-party services that can send emails on behalf of the government (@sa.gov.au) or its sub domains.
- Any mail servers set up by the agency, excluding the centrally managed Microsoft Email Exchange environment.

The SACSF policy statement related to this standard is:

- 2.6 Robust ICT Systems and Operations - Standard operating procedures and technical controls must be in place to provide a consistent and secure approach to system administration, maintenance, and configuration activities.

## Standard format

This document provides requirements in a format that includes options to deliver the requirements. The categories are:

- “Must” requirements are mandatory for compliance to this standard.
- Should” requirements are important but there may exist compensating security controls to justify not implementing the requirement, or the associated security risks are accepted based on agency’s defined risk appetite and management decisions.
- Could” requirements are desirable but not necessary, and could improve the user experience.
- Won't” requirements have been agreed by stakeholders as the least-critical, lowest-payback items, or not appropriate at that time.
""", {
    'email-encryption': ('missing', ['exclusion', 'scope', 'description', 'english'], 'Any mail servers set up by the agency, excluding the centrally managed Microsoft Email Exchange environment.',
                         'Only the purpose and scope of a sender-authentication standard for third-party senders, with the central mail environment excluded; no duty to encrypt mail in transit.'),
}))

# Queen's University (Ontario, a public university), ITS self-help page on IoT security. The measures are listed as
# best practices (advice), not duties.
C.append(('p6-queens-iot-best-practices.md', """# Information Technology Services

## Best Practices

Basics of Securing Internet of Things (IoT) Devices:

Internet of Things (IoT) devices are any hardware devices which connect to the internet.

1. Change the default admin password
2. Keep the device up-to-date with security patches
3. Subscribe/monitor for security updates and issues for the device(s)
4. Where possible, place the device on a private IP by submitting a iTrack Ticket please include Building, Room, and Jack # and device MAC address.
   - Note: placing an IoT device on a private IP will require manual updating, since a private IP address can only access Queen's IPs.
5. Register the IP address as DHCP Reserved (via the device's MAC address) in IPAM (IT Services' management system). This can be done at the same time as requesting a private IP address.

Note: if you change the device, send the old and new MAC addresses to IT Support Centre and request IP Address' MAC be updated for the new device.
""", {
    'iot-devices': ('outdated', ['modality', 'list', 'english'], '1. Change the default admin password',
                    'The IoT safeguards (default password, patches, private network) are given as best-practice advice, "where possible", not as duties.'),
}))

# Jefferson County (US; the state is not named in the stored copy), Internet Security Guidelines (copy on docstoc).
# HTTPS is used "where applicable" for transactions and sensitive data, general pages stay on http://; e-mail is
# stated not to be encrypted.
C.append(('p6-jefferson-county-internet-security.md', """# Jefferson County Internet Security Guidelines

Drafted: 1/28/2009

## I. Purpose

This document has been provided as a means to notify the general public, particularly those that choose to correspond with Jefferson County electronically and Web users/visitors (new and returning) to any Jefferson County Web site, of the official position by the County on the subject of Internet security for the Jefferson County Web site, any derivative Web sites and successful electronic communication. At Jefferson County, numerous security measures are deployed to safeguard consumer information. The Jefferson County Web site utilizes Secure Sockets Layer (SSL) technology for secured transaction processing and data transmission, where applicable. This technology is employed to ensure that sensitive data is secured and encrypted (i.e., made unreadable) by unintended parties. Unsecured areas of any County Web site are represented by the Web address (URL) beginning with the prefix “http://...”. General or publicly accessible information will normally bear this prefix. For secured data transmissions, the prefix “https://...” is conventionally used. The “https://...” option is an industry standard and is normally utilized when information gathered, transmitted or displayed on the Web is sensitive or confidential in nature.

## II. Electronic Communication Notice

It is advised that users refrain from sending any personal or confidential information (credit card/bank account data, social security numbers, user login names/passwords, etc.) by way of e-mail. Your information is not protected via this method and can be viewed, captured and used maliciously by others. For additional information on how this can be done, please visit the Better Business Bureau’s Web Site. For general knowledge, Jefferson County does not encrypt any sent or received email messages from its systems.
""", {
    'web-encryption': ('outdated', ['scope', 'condition', 'english'], 'The Jefferson County Web site utilizes Secure Sockets Layer (SSL) technology for secured transaction processing and data transmission, where applicable.',
                       'HTTPS only for transactions and sensitive data; general pages are served over http:// (the pre-revision, partial form).'),
    'email-encryption': ('missing', ['negation', 'english'], 'Jefferson County does not encrypt any sent or received email messages from its systems.',
                         'The text states that e-mail is not encrypted.'),
}))

# Bell County (Texas), Bring Your Own Device (BYOD) policy (copy on yumpu.com). Personal devices may connect through a
# VPN, after inspection and approval, with a managed security client, strong passwords and encryption.
C.append(('p6-bell-county-byod.md', """# "Bring Your Own Device (BYOD)" Policy - Bell County Home Page

4. All personal devices attempting to connect to the County’s network through the Internet will be inspected using security technology centrally managed by Bell County’s Technology Services department. Devices that have not been previously approved by Technology Services, are not in compliance with Technology Services security policies, or represent any threat to the County’s network or data will not be allowed to connect. Devices may only access the County’s network and data through the Internet using a secure internet protocol (e.g. IPSec or SSL VPN) connection. Smart mobile devices like smartphones and tablets will access the County’s network and data using mobile client software installed on the device by Technology Services.

## Security

Employees using personally-owned devices and related software for network and data access will, without exception, use secure data management procedures and allow installation of a mobile security client application. All devices that are able to store data must be protected by a strong password. All data stored on the device must be encrypted using strong encryption. Employees agree never to disclose their passwords to anyone, including family members, or store passwords on personally-owned devices if government work is conducted from the device.

1. All users of personally-owned devices must agree to the installation of a County provided mobile security client and employ reasonable physical security measures. End users are expected to secure all such devices whether or not they are actually in use and/or being carried. This includes, but is not limited to, passwords, encryption, and physical control of such devices whenever they contain enterprise data.
2. Any non-business computers used to synchronize with these devices must have installed up-to-date anti-virus and anti-malware software.
""", {
    'mobile-devices': ('covered', ['paraphrase', 'condition', 'english'], 'Devices may only access the County’s network and data through the Internet using a secure internet protocol (e.g. IPSec or SSL VPN) connection.',
                       'Mobile devices may connect from outside under safeguards: approval and inspection, VPN, a managed security client, strong passwords and encryption.'),
}))

# County of Newell (Alberta), Policy 2014-PAD-070 Employee Owned Electronic Devices. Personal devices may connect
# after supervisor and IT approval, on condition of the network security requirements. Doubtful: the safeguards are
# named by reference to other policies; left covered because connection is allowed only under approval and those
# conditions.
C.append(('p6-newell-employee-owned-devices.md', """COUNTY OF NEWELL - POLICY HANDBOOK POLICY NO: 2014-PAD-070 TITLE: EMPLOYEE OWNED ELECTRONIC DEVICES ADOPTED: SUPERCEDES NO: n/a July 24, 2014 (C-251/14) TO BE REVIEWED: PAGE NO: 1 of 1

The County of Newell encourages employees to be accessible and connected during periods when they may be away from the office. Recognizing that employees utilize electronic devices for a broad range of activities that include work and personal uses and that employees have an interest in using their own electronic devices to ensure they remain connected with their work, this policy governs the use and support of privately owned devices within the County’s IT Network.

Requests for connectivity of employee owned devices must first be approved by the employee’s supervisor. Once approved a service request shall be submitted to the County’s IT Department. The IT Department will review the request and the technical issues involved with connecting the device to the network. If customizations are required or additional technical training and support beyond the “in house” capabilities of the IT Department are necessary, the request may be declined. If the device is approved for connection to the County’s IT Network, the support provided will be limited to readily available and easily deployed service solutions.

Employees who desire to utilize personally owned electronic devices such as smart phones or tablets that have been approved by both their supervisor and the IT Department, may connect said devices to the County’s network. This connection will be granted on the condition that the employee complies with all related policies that the County may have in place, including but not limited to acceptable use, backups, connectivity to and Network security requirements.
""", {
    'mobile-devices': ('covered', ['condition', 'citation', 'english'], 'This connection will be granted on the condition that the employee complies with all related policies that the County may have in place',
                       'Personal smartphones and tablets may connect to the network only after supervisor and IT approval and on condition of the network security requirements.'),
}))

# Salt Lake City Corporation (Utah), City manual 52-5-7 Internet Guidelines and Procedures. Downloads are screened
# with virus detection software: pattern-file antivirus, a separate duty that remains in force.
C.append(('p6-salt-lake-city-internet-procedures.md', """# 52-5-7: INTERNET GUIDELINES AND PROCEDURES:

A.   Use For Business Purposes: Salt Lake City Corporation management encourages staff to use the internet for business purposes. If it is used for personal purposes, it should be done on personal, not company time and on a very limited basis. (See section 52-5-8, "Acceptable Use Procedure", of this chapter.)

B.   Reliability Of Information From Internet: All information taken off the internet should be considered suspect until confirmed by another source. There is no quality control process on the internet, and a considerable amount of internet information is outdated, inaccurate or deliberately misleading.

C.   Handling Software And Files Downloaded From Internet: All software and files downloaded from non-Salt Lake City Corporation sources via the internet (or any other public network) must be screened with virus detection software (see Virus Scanning Procedure). This screening must take place prior to being run or examined via another program, such as a word processing package.

D.   Remote User Connections Through Internet Require Approved Firewalls, Antivirus Protection And Authentication: All remote user connections with Salt Lake City Corporation internal networks using the internet (or any other publicly accessible computer network) must include an approved firewall and antivirus system.

E.   Approved Connecting Technologies Include Virtual Private Network (VPN) Or Dial-In Server (RAS):

1.   All users wishing to establish a connection with Salt Lake City Corporation computers via the internet must authenticate before gaining access. This must be done via an extended user authentication process approved by the IMS Security Administrator.

2.   Salt Lake City Corporation reserves the right to audit the security measures in effect on these connected systems without prior warning.
""", {
    'unknown-malware': ('missing', ['separate-duty', 'english'], 'must be screened with virus detection software (see Virus Scanning Procedure)',
                        'Screening downloads with antivirus software is the pattern-file duty that remains in force; nothing detects unknown malware by behaviour on terminals and servers.'),
}))

# City of Austin (Texas), Digital Forms Guide "Keep Your Forms secure" (GitBook). Encryption is demanded only for
# Social Security and payment data; HTTPS is a property a form may or may not have.
C.append(('p6-austin-forms-keep-secure.md', """# Keep Your Forms secure

As the City, we handle personal and confidential information, and our residents entrust us to keep that information safe. Here’s how you can make sure your forms maintain resident privacy and security

## What information is considered sensitive?

Social Security Numbers must always be encrypted, as well as payment information.

Personal information is sensitive, especially when one form collects a lot of information about an individual, in this case the amount of data collected by one form makes it more sensitive than then one piece of data alone.

IT Help Desk forms and building maintenance requests may collect details about our infrastructure that we do not want to share with the public, look for context to determine the potential harm of the data getting into the wrong hands.

## Forms and URLs

If your form uses https:// then data submitted is encrypted, but what happens next ? The data goes somewhere, how safe is that place ?

Data is saved to the form platform, access should be restricted. Everyone should be required to login or use a password to view the form data saved to the platform. Password protected data is only as secure as the password used, consider using a password phrase. Longer passwords are more secure.

## What about URL sharing ?

Some platforms create a URL to “SHARE” -- this URL may allow anyone to view the data, how safe is this URL ? Look at the length of the URL for how long it is and how random the pattern of letters and characters.

Which URL would be easiest to hack ?

- MyFormPlatform.com/myform/ID=123355
- MyFormPlatform.com/myform/09-23-19/123413403uskyr
- MyFormPlatform.com/myform/auevuqn38m38n230vn10vn30vn10vn18nqd239ena9dn39vnq03knv0na0dkn

Note: The longer the URL, the better.
""", {
    'web-encryption': ('outdated', ['scope', 'condition', 'english'], 'Social Security Numbers must always be encrypted, as well as payment information.',
                       'Encryption is required only for Social Security and payment data, and HTTPS is a condition a form may or may not meet (the pre-revision, partial form).'),
}))

labelset.write_set(D, C)
