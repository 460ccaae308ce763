# Source of test/fixtures/published2/ (labels written by hand on 2026-12-07, before Kijun was run on these texts).
# A third set of published texts of public bodies, from publishers not in the published and published-full manifests:
# municipal 訓令 and web pages, national university pages, a ministry page, and English policies and standards of public
# universities and state governments. Each label reads the stored text as an auditor would, against the FY2018 standard
# (requirements.md §4–5) and issue 11's status table; a text is labelled only for the requirements it speaks to, except the
# table of contents of a full regulation, whose unmentioned subjects are labelled missing/absent as the other sets do.
# Run from the repository root: python3 test/eval/label-src-published2.py && python3 test/eval/manifest-src-published2.py
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402

D = 'test/fixtures/published2'

# The stored texts, converted to Markdown (sources, dates and cuts: manifest-src-published2.py).
MAIBARA = """# 米原市情報セキュリティインシデント対策チーム設置規程

令和6年4月1日　訓令第5号

（設置）

第1条　この訓令は、本市の情報セキュリティポリシーに関わる情報セキュリティインシデント（以下「インシデント」という。）が生じた場合に迅速かつ適切に対応するため、米原市情報セキュリティインシデント対策チーム（Computer Security Incident Response Team。以下「CSIRT」（シーサート）という。）を設置する。

（組織等）

第2条　CSIRTは、米原市部長会議規程（平成25年米原市訓令第3号）別表に掲げる職員ならびに会計管理者、総務課長、広報秘書課長、デジタル未来推進課長およびインシデントが発生した事務を所管する部署の所属長をもって構成する。

２　CSIRTに、責任者、副責任者および管理者を置く。

３　責任者は、政策推進部長をもって充て、CSIRTによるインシデント対応を監督し、評価する。

４　副責任者は、総務部長をもって充て、責任者を補佐するとともに、責任者に事故があるとき、または欠けたときは、その職務を代理する。

５　管理者は、デジタル未来推進課長をもって充て、CSIRTの技術的な作業品質を監督し、必要に応じて最高情報セキュリティ責任者（CISO：Chief Information Security Officer）、その他の組織と調整を行う。

６　CSIRTは、インシデントの検査・分析、被害拡大の防止、復旧、再発防止等の措置等を行うため、必要に応じて外部の専門家等を構成員とすることができる。

（所掌事務）

第3条　CSIRTは、次に掲げる事項を所掌する。

(1)　インシデント発生時の対応
"""

KASAMA = """# 笠間市情報セキュリティ委員会要綱

令和元年5月7日　訓令第2号

（設置）

第1条　笠間市情報セキュリティ基本方針を定める規程（令和元年笠間市訓令第1号。以下「基本方針」という。）第6条の規定に基づき、笠間市情報セキュリティ委員会（以下「委員会」という。）を設置する。

（処理事項）

第2条　委員会は、情報セキュリティ対策を統一的に実施するため、情報セキュリティポリシーの見直し及び職員研修、監査及び自己点検並びに緊急時対応等情報セキュリティの維持に関する重要な事項を処理し、その経過及び結果について市長に報告するものとする。

（組織及び会議）

第3条　委員会は、基本方針第6条第1号から第3号に規定する最高情報セキュリティ責任者（以下「CISO」という。）、統括情報セキュリティ責任者及び情報セキュリティ責任者で組織する。

２　委員会の会議（以下「会議」という。）は、CISOが招集し、会議の議長となる。

３　統括情報セキュリティ責任者は、CISOに事故があるときは、その職務を代理する。

４　会議は、委員の過半数の出席がなければ開くことができない。

５　CISOは、必要に応じ委員以外の関係者を出席させて、説明を求め又は意見を聴くことができる。

６　委員会は、定期的に又は必要に応じて随時に開催するものとする。

（CISO）

第4条　CISOは、副市長を充て、会務を総理し、代表するものとする。

２　CISOは、本市の情報資産の維持及び管理並びに情報セキュリティ対策の決定権限及び責任を有する。

３　CISOは、次に掲げる職務を所掌する。
"""

YAIZU = """# 焼津市ふるさと納税公式サイトにおけるセキュリティポリシー

当サイトでは、利用者の個人情報を保護するためのセキュリティについて、以下の取組みを実施しています。

## 1. SSLについて

当サイトでは、利用者が安心して入力していただけるように、個人情報を入力するページに暗号化技術の SSL（Secure Sockets Layer） を導入しています。

※SSLとは、ブラウザとWWWサーバ間の通信において暗号化と認証をおこなうことによって、第三者によるデータの盗用や改ざんを防ぐ技術です。

※※インターネットの性格上、通信における情報の安全を完全に保証するものではありません。不正利用のおそれがある場合、速やかに申し出いただくなどお客様におかれましても十分ご留意ください。

## 2. クッキー（Cookie）の使用について

当サイトでは、お客さまが再度本ウェブサイトを利用する際に、より便利に利用していただくためにクッキー（Cookie）を利用しているページがあります。クッキー（Cookie）とは、ウェブブラウザを通してお客さまの端末に一定のテキストファイル（情報）を格納することで、同一ユーザからの当サイトへのアクセスを識別できるようにする技術です。次回、そのページを訪れた際に格納されているクッキー（Cookie）を当サイト側が読み取りますが、当サイトで使用するクッキー（Cookie）には、メールアドレスや氏名などのお客さま個人が特定されるような情報は含まれません。
"""

UEC = """# 学内サブドメイン

## 基本情報

本学は, uec.ac.jp を大学の最上位ドメインとして利用しています. 情報基盤センターでは, uec.ac.jp 直下および lab.uec.ac.jp 直下のサブドメイン (〜.uec.ac.jp, 〜.lab.uec.ac.jp) の利用許可審査および管理を行っています.

## 管理の基本方針

- uec.ac.jp のサブドメインは,本学の大規模組織(学域,専攻,類,事務局,センター,研究ステーション)などに割り当てます.
- lab.uec.ac.jp のサブドメインは,本学の中小規模の研究組織(研究室、研究プロジェクトなど)に対して,各研究組織の所属によらないサブドメインとして割り当てます.
- 上記以外の組織のドメインは,既存のサブドメインのさらに下位のサブドメインとして登録してください.登録手続きは,各サブドメインの管理者にご確認ください.
- uec.ac.jp 直下および lab.uec.ac.jp 直下のサブドメインは, 1 組織に対して 1 つ の割り当てを原則とします.
- 学内だけでなく,学外からもどのような組織であるのかをわかりやすくするため,サブドメイン名は 3 文字以上 を原則とします.
- 次の場合は,サブドメインを予告なく廃止する場合があります.予めご了承ください.
  - サブドメインの管理責任者が退職等で不在となり,後任の管理者が設置できない場合.
  - 管理が実質的に行われていない場合 (サブドメインの管理責任者に連絡が取れない,サブドメインの管理者に DNS を管理する技能等の適性がない,など).
  - 情報基盤センターが情報セキュリティ上のリスクが高いと判断した場合 (サイバー攻撃に利用されている,など).

## サブドメインの利用許可申請

サブドメイン利用の流れは以下のとおりです.
"""

AMAKUSA = """# 天草広域連合情報セキュリティ対策に関する規程

平成26年2月18日　訓令第4号

## 目次

- 第1章　総則（第1条―第3条）
- 第2章　管理体制（第4条―第9条）
- 第3章　情報セキュリティ対策
  - 第1節　情報資産（第10条―第14条）
  - 第2節　情報セキュリティ対策の実施（第15条）
  - 第3節　人的セキュリティの確保（第16条―第19条）
  - 第4節　物理的セキュリティの確保（第20条―第24条）
  - 第5節　技術的セキュリティの確保
    - 第1款　情報資産のセキュリティの確保（第25条・第26条）
    - 第2款　アクセス等の制限（第27条―第30条）
    - 第3款　情報システムの調達（第31条）
    - 第4款　コンピュータウイルス対策（第32条・第33条）
    - 第5款　不正アクセス対策（第34条・第35条）
  - 第6節　監視及び危機管理対策（第36条―第38条）
- 第4章　情報セキュリティ対策の違反への対応（第39条）
- 第5章　評価及び見直し（第40条―第42条）
- 第6章　委任（第43条）
- 附則

## 第1章　総則

（趣旨）

第1条　この規程は、天草広域連合（以下「広域連合」という。）の情報資産についてその管理を徹底するとともに、不正アクセス等の脅威から保護するために実施する情報セキュリティ対策に関し必要な事項を定めるものとする。

(1)　課等　天草広域連合事務局組織規則（平成19年規則第2号）別表第1及び別表第2に規定する課並びに別表第5に規定する会計課、天草広域連合消防本部の組織及び運営に関する規則（平成13年規則第26号）第2条に規定する課並びに天草広域連合消防本部及び消防署設置条例（平成13年条例第24号）別表に規定する消防署をいう。

(2)　コンピュータ　ハードウェア及びソフトウェアで構成する電子計算機並びに周辺装置をいう。
"""

SOUMU = """# 全コンピュータに対するウイルス対策

「企業・組織」の情報セキュリティ対策－実践編：情報管理担当者

## 重要！

組織内のコンピュータをウイルスから防御するためには、ネットワークに接続するすべてのクライアントおよびサーバーに対して、ウイルス対策を実施しなければなりません。その際には、以下のことに注意してください。

### ウイルス検知用データの更新

すべてのコンピュータにおいて、ウイルス対策ソフトがインストールされているだけでなく、常に最新のウイルス検知用データに更新されるようにしなければなりません。そのためには、すべてのコンピュータにおいて、ウイルス検知用データの更新の設定を正しく行うことが必要です。

また、ウイルス対策ソフトによっては、サーバーからすべてのクライアントウイルス検知用データを自動的に配信するためのソフトウェアがオプションとして販売もしくは提供されていることもあります。
"""

OIST = """# 17.3.23 悪意のあるソフトウェア対策

ユーザーは、自身が管理しているIT資産を次の通り管理する責任があります。

- 最新のソフトウェアパッチとアップデートが適用されていること。
- アンチウィルス又はその他のアンチマルウエア機能がインストールされ、最新のバージョンに更新されていること。
- 悪意のあるソフトウェアとファイルを検知するためのリアルタイムスキャン機能が有効になっていること。
- 潜在的な悪意のあるファイルが検知されたときに検疫する機能が有効になっていること。
- 悪意のあるソフトウェアを検出するために全てのファイルを検査するフルスキャンが定期的に実施されること。
- 外部から受信した全てのデータとソフトウェアが開かれる前又は取り込む前にスキャンされること。

ユーザーは、ITディビジョンからの最新のセキュリティ更新プログラムを適用して、悪意のあるソフトウェアの感染を防止するよう努めなければなりません。
"""

MIE = """# 三重大学ホームページSSL化の対応について

先日行われた環境ISO14001認証更新の審査において，本学ホームページの安全性に指摘を受けたため，三重大学のホームページすべてでSSL化を行うことになりました。

広報室が管理しているサーバはSSL化作業を広報室側がするため、特に作業は不要です。

総情センターのウェブホスティングサービスについては証明書取得、https リダイレクト設定はこちらで行いますが、その際に表示が崩れる可能性がありますので、SSL化が行われた後、ご確認をお願いいたします。

それ以外についてはご自身での対応をお願いいたします。

## 広報室が作業してくれるドメイン一覧（利用者側の作業不要）

2020/12/18 17時～一括で作業を行われます。今回の作業については費用は広報室持ちなので費用不要です。

サイト　URL

- 全学　www.mie-u.ac.jp※
- 地域人材教育開発機構　www.dhier.mie-u.ac.jp
- 数理データサイエンス館　www.cemds.mie-u.ac.jp

学部

- 教養教育院　www.ars.mie-u.ac.jp
- 人文学部　www.human.mie-u.ac.jp
- 教育学部　www.edu.mie-u.ac.jp
- 附属学校園　www.fuzoku.edu.mie-u.ac.jp
- 工学部　www.eng.mie-u.ac.jp
  - 機械工学科　www.mach.mie-u.ac.jp
  - 電気電子工学科　www.elec.mie-u.ac.jp
  - 分子素材工学科　www.chem.mie-u.ac.jp
  - 建築学科　www.arch.mie-u.ac.jp
  - 情報工学専攻　www.info.mie-u.ac.jp
  - 物理工学専攻　www.phen.mie-u.ac.jp
  - 技術部　www.tech.eng.mie-u.ac.jp
- 生物資源学部　www.bio.mie-u.ac.jp※

センター等

- 附属図書館　www.lib.mie-u.ac.jp
- 国際環境教育研究センター　www.gecer.mie-u.ac.jp
- 地域創発センター　www.cocpls.mie-u.ac.jp
- アドミッションセンター　www.ac.mie-u.ac.jp
- 地域拠点サテライト　www.rscn.mie-u.ac.jp
"""

YAMAGUCHI = """# メール送信時の暗号化の設定

山口大学のメールサーバ（smtp.cc.yamaguchi-u.ac.jp）を利用してメールを送信する場合に,その通信経路を暗号化します.このSSL/TLSによる通信経路の暗号化を行うには,下記の設定に関する説明を参照してください.なお,以下に名前のないソフトウェアの場合,不都合が生じる可能性もありますが,うまく設定すれば同様に暗号化することができる可能性があります.何かありましたら,info-cc@ml.cc.yamaguchi-u.ac.jpまでご連絡ください.

- Outlook Expressの場合
- Windows mailの場合
- Eudoraの場合
- Netscape Mailの SSL/TLS には対応していません
- MaiやMaiYuは SSL/TLS に対応していません
- これ以外のメールソフトの場合,代替ポート(465)によるSMTPS,平文によるSMTPAUTHの設定を行ってください.ソフトによっては,SSL/TLSによる暗号化を行う,と記述してあるかもしれません.

## 暗号化を行うことの利点

メール送信時のSSL/TLSによる暗号化の利点は次の通りです.

- パスワードの盗聴を防ぐことが出来る

以下の点については,今回の暗号化の恩恵を受けません.

- メールの差出人や内容の改竄や盗聴を防ぐこと

今回の暗号化では,使用中のパソコンからメールサーバまでが暗号化されます(下図の赤字部分の通信のみ暗号化されます).この暗号化による恩恵は,上述の一点以外にも少なからず存在しますが,基本的に,一般のメールは暗号化されずに山口大学のメールサーバから配送されますので,メール自体を暗号化しない限り改竄や盗聴を完全に防ぐことは出来ません.

SSL/TLSの効果のある部分

更新日: Tue Mar 24 17:52:23 JST 2020
担当者: 各センター窓口
"""

YNU = """このたび、情報基盤センターでは、2014年9月22日より、学内 ==> 学外に対して送信されるYNUメール (@ynu.ac.jp メール)に対する信頼性向上対策を実施することとなりました。

半年ほど前から、YNUメール(@ynu.ac.jp)が、学外の受信先において、スパムメールとして扱われ、受信拒否されたり、自動削除されるケースが見受けられるようになりました。

これは、YNUメールを受信する学外のメールサーバが『YNUメールサーバは、スパムメール発信元サーバであるため、このサーバから送信されるメールは信頼性が低い』と判断していることに起因します。

このため、当センターでは、YNUメールサーバから送信されるメールが、受信先でスパムメールと扱われないようにするための対策、すなわち信頼性を向上させるための対策を実施することとしました。

2014年9月22日(月) PM 13:00~

学外のメールサーバが、差出人のメールアドレスが「@ynu.ac.jp」であるメールを受信した際、その受信したメール対してSPF認証を行い、受信したメールが、@ynu.ac.jpメール の正当な送信メールサーバ(すなわち、本学のYNUメールサーバ)から送信されたものか、あるいは、他のメールサーバから送信されたなりすましメールなのかどうかを判断できるようにするというものです。

これにより、YNUメールサーバから送信された @ynu.ac.jpメールは、『正当な送信サーバから送信されたメールである』ことを学外の受信者側メールサーバが確認することができ、YNUメールの信頼性を向上させるとともに、スパムメールとして扱われる可能性を低くすることができます。
"""

VCU = """# 10. Security

## 10.1 HTTPS

Websites must be loaded over HTTPS with a valid certificate.

## 10.2 Secure Connection

Websites must have a secure connection.

### Identifying Secure Connections

Secure connections are signified by a green lock icon next to the URL in the URL bar of most modern browsers.

### Loading Resources

Non-compliance is often due to loading resources explicitly over HTTP. This can easily be resolved by loading resources explicitly over HTTPS or in select use cases using relative protocol.

The following code shows an example of noncompliance due to resourcing loading, and 2 examples of how to potentially resolve the issue.

```html
<!-- Loading explicitly over HTTP, noncompliant -->
<link type="stylesheet" href="http://example.vcu.edu/media/styles.css">
<!-- Loading explicitly over HTTPS, compliant, preferred -->
<link type="stylesheet" href="https://example.vcu.edu/media/styles.css">
<!-- Loading over relative protocol, compliant, select use cases -->
<link type="stylesheet" href="//example.vcu.edu/media/styles.css">
```

## 10.3 Authentication & Form Requests

Websites that contain pages requiring authentication or forms requesting sensitive data must send requests over SSL with a secure connection.

## 10.4 Redirects

Websites must not automatically redirect visitors to an external non vcu.edu domain.
"""

UTAH = """# Web: HTTPS Only Standard

## The HTTPS-Only Standard

The American people expect government websites to be secure and their interactions with those websites to be private. The ARB has reviewed and approved “A Policy to Require Secure Connections across State Websites and Web Services”, which provides technical guidance and best practices to assist in its implementation.

## Goal

This Policy requires that all publicly accessible State websites and web services only provide service through a secure connection. The strongest privacy and integrity protection currently available for public web connections is Hypertext Transfer Protocol Secure (HTTPS).

This Policy provides guidance to agencies for making the transition to HTTPS and a deadline by which agencies must be in compliance.

## Background

The unencrypted HTTP protocol does not protect data from interception or alteration, which can subject users to eavesdropping, tracking, and the modification of received data. The majority of State websites use HTTP as the primary protocol to communicate over the public internet. Unencrypted HTTP connections create a privacy vulnerability and expose potentially sensitive information about users of unencrypted State websites and services. Data sent over HTTP is susceptible to interception, manipulation, and impersonation. This data can include browser identity, website content, search terms, and other user-submitted information.

To address these concerns, many commercial organizations have adopted HTTPS or implemented HTTPS-only policies to protect visitors to their websites and services. Users of State websites and services deserve the same protection. Private and secure connections are becoming the Internet’s baseline, as expressed by the policies of the Internet’s standards bodies, popular web browsers, and the Internet community of practice.
"""

IU = """# HTTPS versus HTTP for IU websites

## Best practice

All IU websites should use HTTPS, and HTTP requests to the same address should be redirected to HTTPS. For example, requests to http://site.iu.edu/your-page should be redirected to https://site.iu.edu/your-page. For instructions on how to add a redirect from HTTP to HTTPS in an .htaccess file, see Use the .htaccess file on Sitehost to redirect to a different URL.

IU Web Framework note: The IU Web Framework sites meet this standard by default. When created, IU Web Framework sites require HTTPS, and HTTP requests to the same address are redirected to HTTPS.

## Policy

Encrypt sensitive data being transmitted to-and-from the system where possible to ensure the data is protected in transit; see Security of Information Technology Resources (IT-12).

## Explanation

The primary reasons to use HTTPS are security and privacy. Using HTTPS encrypts all data sent between a browser and a website. You may be able to guarantee all the data on your website is public. However, some visitors may avoid your site if they know it is not using HTTPS.

Google places sites using HTTPS higher in its rankings than those that do not. Bing and Yahoo do not use HTTPS as a ranking factor, but Google is used in over 92% of searches. Additionally, newer versions of the Google Chrome browser replace "http" with "Not secure" in the address bar. (See http://example.com/ versus https://example.com). Firefox and Edge replace "http" with a "Show site information" icon which, if clicked, will inform the visitor that the site is not secure.

## More information

This is document auev in the Knowledge Base.
Last modified on 2023-07-17 14:53:28.
"""

UTEXAS = """Definition: Hyper Text Transfer Protocol Secure (HTTPS) is the secure version of HTTP, the protocol over which data is sent between your browser and the website that you are connected to.

The ‘S’ at the end of HTTPS stands for ‘Secure’. It means all communications between your browser and the website are encrypted. Website forms and other places you enter information into, should always use the secure protocol. If you ever see a scar message like, “There’s a problem with the websites security certificate” or “This connection is untrusted” do not enter secure information or even load the page.

What you should know:

- The majority of our website content does not need to be visited over the secure protocol.
  - If you are logged into Drupal or WordPress, and you copy the URL, there is a good chance it will contain the “s”. Remove the “s” before sharing the URL in emails or social media.
  - Remove the “s” for the source code of images or other embedded content that you enter on a page, unless it is on a secure page, like a link to a login form.
- Never enter secure information into a website that is not using the secure protocol or loads a scary message.
"""

MIAMI = """# Standard: Endpoint Protection

## Scope: Who is covered by this Standard?

- All employees (faculty and staff), employed students, and others that use University-owned devices including computers, lab equipment, servers, laptops, desktop computers, mobile devices, cellular devices, software containers, or virtual machine images
- This standard applies to all University campuses and all other University-related locations
- This standard applies to all University owned devices

## Purpose

The University is implementing an effective and modern software safeguard to better protect our institutional data and systems from malicious actors. With the increased cyber threat landscape and ransomware activity worldwide, the University is employing a tool called Endpoint Detection and Response (EDR) to recognize and quickly respond to malicious system behavior. EDR tools help detect malicious activity, even in a remote work environment, and rapidly mitigate or isolate the activity to prevent further disruption to employees’ work and University systems.

## Standard

- Miami University's EDR protection offers multiple security tool components including: next generation anti-virus, threat intelligence, and around-the-clock detection and response. This tool helps the University respond quickly to advanced attacks that use malware (malicious programs specifically designed to steal information) or stolen credentials to move around a network and steal data
- In keeping with MUPIM Responsible Use of University Resources policy, the University employs various measures to protect the security of University computing resources and user's accounts, and the use of these measures have been approved by the Chief Information Officer (CIO). EDR tools monitor endpoint process executions, the act of writing and reading of files, network activity, and process relationships to create a model of what is happening on a computer.
"""

BERKELEY = """# EDR Exception Request

Endpoint Detection and Response software is required on all university-owned computers and servers (referred to as endpoints) per the UC President’s Information Security Investment Plan. If you have a business need that prevents you from installing EDR on your endpoint, you may request a one-year exception from this requirement. Exceptions will be reviewed by the Information Security Office and only granted under very specific circumstances and not based on individual preference.

Exceptions may be granted in cases including but not limited to:

- The endpoint does not meet the minimum hardware or software requirements for UC EDR software.
- EDR software would prevent the endpoint from adequately performing its intended function.
- There are legal or contractual obligations that would conflict with the use of EDR software.

Before you submit your exception request:

- Get your request approved by your departmental IS-3 Unit Head
  - You may need to contact your manager or departmental security lead for assistance in getting approval from your IS-3 Unit Head.
  - Once approval is obtained, fill out the Information Security Policy Exception Form for Resource Proprietors and Service Providers and provide the contact information for your IS-3 Unit Head in the form section titled “Functional Owner(s) or Person(s) responsible for the data/business function impacted by the exception.”
- Gather the following information for the endpoint(s) you are requesting an exception for:
  - IP address
  - Hostnames
  - MAC addresses
- Be prepared to provide information on the data contained on your endpoint(s), why you are requesting an exception, and how you will mitigate security risks that this policy would otherwise address.

All exception requests must be submitted via the Information Security Policy Exception Form for Resource Proprietors and Service Providers
"""

ALABAMA = """Policy 540: Email and Directory Services, requires that OIT establish standards governing the security, confidentiality, integrity, and availability of state email systems. This policy was published April 4, 2018.

Standard 540S1: Email Security Configuration, defines best practices for securing the environment around state email systems. Mail flow is to be secured using TLS (Transport Layer Security) 1.2 or higher. TLS version 1.0 and 1.1 use weaker encryption technologies and will soon be unsupported by most major software and service vendors. These standards call for the implementation of DKIM (Domain Keys Identified Mail) and DMARC (Domain-based Message Authentication, Reporting and Conformance) for protection against spoofing. Auditing and reporting requirements are addressed as are disabling risky protocols and services.

Risks addressed in these documents include:

- Protecting the confidentiality and integrity of information transmitted via email over public networks.
- Ensure encryption technologies used meet validated standards for security.

View or Download:

DRAFT Standard 540S1: Email Security Configuration
"""

WAGOV = """# ADR 008: Email Authentication Protocols

Status: Accepted | Date: 2025-08-15

## Context

Government email domains are prime targets for cybercriminals who exploit them for phishing attacks, business email compromise, and brand impersonation. Citizens and businesses expect government emails to be trustworthy, making email authentication critical for maintaining public confidence and preventing fraud.

Without proper email authentication, attackers can easily spoof government domains to conduct social engineering attacks, distribute malware, or harvest credentials from unsuspecting recipients.

References:

## Decision

Implement email authentication standards for all government domains:

Required Standards:

- SPF: Publish records defining authorized mail servers with strict policies (“~all” or “-all”)
- DKIM: Sign all outbound email with minimum 2048-bit RSA keys, rotate annually
- DMARC: Progress from “p=none” to “p=reject” with subdomain policies and reporting
- BIMI: Implement verified brand logos with Verified Mark Certificates (VMCs)

Implementation:

- Monitor DNS records for tampering
- Regular authentication testing and effectiveness reviews
- Incident response procedures for authentication failures
- Integration with email security gateways

## Consequences

Benefits:

- Automated email authentication blocking domain spoofing
- Enhanced brand protection and citizen trust
- Comprehensive threat visibility through DMARC reporting

Risks if not implemented:

- Phishing attacks exploiting government domain reputation
- Reduced email deliverability affecting citizen communications
- Non-compliance with government security requirements
"""

UMN = """# Securing Internet of Things (IoT) Devices on Campus

Devices considered to be part of the Internet of Things (IoT) include printers/copiers, cameras, thermostats, refrigerators, alarm systems, medical devices, streaming systems, smart speakers, smart TVs, workout equipment, and more.

IoT devices can collect a lot of data about the University, sometimes without the device manufacturers informing you what is being collected or retained. This can leave University data vulnerable to exposure in the event of data breaches affecting the manufacturers and others they may share your data with. It can give attackers access to personal information, enable attacks against other devices on the network, enable attackers to store, access, or transmit University data they are not authorized to access, and more.

Securing your IoT devices is an important step in protecting data, resources and privacy. IoT devices require additional steps prior to connecting to the network as well as continuous monitoring while connected. Below are additional technical controls for IoT devices owned by the University and operating on a University campus or affiliate site.

## Coordinate Changes for University Compliance

If you are adding or changing IoT devices on a University campus, be sure to coordinate and maintain University compliance:

- For use with payment card information (e.g., credit cards), contact University Accounts Receivable Service
- For use in a Health Care Component or with health information, contact HST
- For questions regarding compliance in any other areas, contact University Information Security

## Configure and Verify Security Settings

Manufacturers may not enable the security settings by default, or they may reset to default insecure settings during a service call. Some users may also be unaware that devices come with pre-configured default usernames and passwords.
"""

VT = """# Inventory and Control of Software Assets

## Introduction

Safeguard 2 - Inventory and Control of Software Assets

## Procedures

### 2.1 - Establish and Maintain a Software Inventory

1. Maintain a list of applications used by your department. The application list should at least include the following details.
   - What is the purpose of the application?
   - What is the risk classification of the application (low, medium, or high)?
   - Who is responsible for maintaining the application (name, email, and phone number)?
2. Send the IT Security Office a list of high risk applications and their URLs (if applicable).
3. Update the application list annually.

### 2.2 - Ensure Authorized Software is Currently Supported

1. If software is discovered that is unsupported yet necessary for normal operation of the enterprise
   - This software should be documented
   - The software controls and risks should be documented
2. If software is discovered that is not supported and has not exception documented
   - Designate this software as Unauthorized
3. Review and update your software list at least monthly, or more frequently

### 2.3 - Address Unauthorized Software

If unauthorized software is discovered

- Ensure the software is removed
- If not removed, make sure the it received the proper documented exception
- Review monthly, or more frequently

### 2.4 - Utilize Automated Software Inventory Tools

#### Windows

Windows offers a software inventory solution via the Configuration Manager. To access this tool, do the following.

1. Open the Configuration Manager console
2. Select Administration -> Client Settings Default Client Settings
3. Next, choose Software Inventory
4. Within the Device Settings list, you can configure the following
   - Enable software inventory on clients
   - Schedule software inventory and file collection schedule
"""

MISSOURI = """# Information Security Unit Organization

Op12.07-1 Information Security Unit Organization

## Policy statement

The Information Security unit is a fundamental component of an enterprise information assurance program. The University shall have a position dedicated to information security (Information Security Officer), to direct the Information Security unit.

The Information Security unit, in conjunction with the Chief Information Officer, shall have authority and responsibility for the following:

- Establishing, maintaining, and enforcing electronic and physical information security and access standards for all entities under the direction of the University.
- Enforcing policies established collaboratively by the Chief Information Officer and Administrative Council.
- Managing information security incidents, including establishing and communicating incident response procedures for all members of the campus community.
- Adopting and implementing industry best practices and standards for secure transportation and transmission of electronic data.
- Informing all University information systems users of their individual responsibilities, and establishing standards to protect sensitive data and privacy.
- Providing support to other departments in meeting federal and state statutes covering identity protection and financial transactions, e.g. "Red Flags" identity protection, Payment Card Industry – Data Security Standards (PCI-DSS), etc.
- Working in conjunction with Health Care Component Security Officers and other University entities to protect the security of electronically-held information.
- Periodically testing University-controlled information systems for vulnerabilities.
"""

CSUSM = """# Frequently Asked Questions

## Regarding Requiring Passcodes on Smart Devices

1. Why are we doing this? Because of the widespread adoption of smart devices and their inherent susceptibility to being lost or stolen it is necessary to take extra precautions to reduce risk to the campus.
2. Am I required to comply with this requirement? Yes. While we do not require employees to receive work email on their mobile devices, if you choose to receive work email through your device’s native mail application, you must comply with this new requirement.
3. What authentication methods are allowed? Due to the way that our email service (Exchange) enforces this requirement, only passwords and passcodes are allowed. Other forms of authentication such as, fingerprint readers, pattern unlocks, or facial recognition are disabled.
4. What if I forget my passcode? Often, the only way to reset/remove the passcode from your phone is to completely wipe your phone. This can be done through iCloud, Google, Microsoft or Outlook Web Access depending on what type of phone you have. We recommend that you do not forget your passcode.
5. What if I lose my phone? If you lose your phone, you can feel better that it’s passcode protected. Additionally, you have the capability of remotely wiping data from the phone via Oultook Web Access.
"""

NSW = """# Recordkeeping In Brief 36 - Information rights management and recordkeeping

- What is information rights management?
- Implications of information rights management for recordkeeping in NSW Government
- Ensuring that information rights management does not impede recordkeeping
- For more information

## What is information rights management?

Information rights management is a persistent file-level protection technology that allows users to specify who can access and use documents or e-mail messages, and prevents unauthorised accessing, printing, forwarding or copying. Controls are applied using encryption technologies.

Information rights management is currently a feature of Microsoft Corporation's Office 2003 software. It can be applied in Office applications including Outlook, Word, Excel and Powerpoint.

### Can Office 2003 be deployed without information rights management?

Microsoft Office 2003 can be deployed without enabling support for information rights management (IRM). Organisations concerned about the effects of information rights management can safely deploy Office 2003 without enabling support for information rights management.

### How is information rights management enabled?

Information rights management support is not enabled by default. It requires the explicit deployment of an infrastructure to support rights management, and purchase of client access licenses to access the supporting infrastructure. Rights management is an optional component of Windows Server 2003. Deploying Windows Server 2003 will not result in the deployment of the rights management infrastructure by default.

### Can access to information rights management be limited?

Access to information rights management capabilities can be limited to nominated users within an organisation. Access to the user interface component that enables users to create rights protected documents can also be controlled by policy.
"""

SHIZUOKA = """# 静岡大学ソフトウェア管理規則

（平成19年7月18日規則第3号）

（趣旨）

第1条　この規則は、国立大学法人静岡大学（以下「本学」という。）におけるソフトウェアの利用及び適切な管理に関し、必要な事項を定めるものとする。

（定義）

第2条　この規則において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。

(1)　ソフトウェア　コンピュータ上で稼動するライセンスを必要とするプログラムをいう。

(2)　オリジナルディスク　ソフトウェアが記録されたメディアで、ソフトウェアの著作権者又は著作権者から許諾を得た者が記録し、作成したものをいう。

(3)　ライセンス　ソフトウェアの購入、使用許諾契約の締結等に基づき、ソフトウェアを適法に使用することができる権利をいう。

(4)　部局等　ソフトウェアの管理が実施される範囲をいい、別表に定める部局等をいう。

(5)　コンピュータ管理台帳　管理すべきコンピュータが記載された帳簿をいう。

(6)　ソフトウェア管理台帳　取得したライセンスが記載された帳簿をいう。

(7)　ソフトウェア監査　コンピュータにインストールされているソフトウェアを調査の上、その調査結果とコンピュータ管理台帳及びソフトウェア管理台帳とを照合することをいう。

(8)　職員等　次に掲げる者をいう。

ア　本学のすべての役員及び教職員（客員教員、寄附講座及び寄附研究部門の教員並びに研究員、ポスドク及び派遣職員を含む。）

イ　本学のすべての学生（科目等履修生、聴講生、特別聴講学生、短期交流特別学部学生、特別研究学生及び研究生を含む。）

(9)　学則等　静岡大学学則ほか本学が定めたすべての規則等（就業規則を含む。）
"""

JAIST = """# 電子メールによる情報漏えいを防ぐために

電子メールの誤送信などによる報漏えいを防ぐには、教職員全員が自分自身にも発生しうるとの認識を常に持ちながら,日々の業務においては誤って送信することがないよう細心の注意を心がけると共に、以下のポイントを参考に、メール送信時の誤送信のリスクの再認識とそれを踏まえた送信手順の見直しを行ってください。

## 1. 電子メールの誤送信の抑制

### (1)宛先メールアドレスは本文確定後に入力する

メールアドレスを保護する場合には、まず宛先を「To」から「Bcc」変更後、メールアドレスを入力してください。
事務局では、上司の承認が取れるまで宛先を入力せずに、宛先を一旦別ファイル(Wordファイル等)やメール本文に記載するなど留意してください。

### (2)電子メール送信前に必ず、宛先や内容、添付ファイル有無の再確認をする

各メールソフトには、誤送信を防止する設定や追加機能がありますので、 その使用を推奨します。
設定等の詳細については、下記のページを参照ください。

## 2. 添付するファイルの保護

### (1)可能な限りメールには添付しない

オンラインストレージサービスや、学内ファイルサーバの共有フォルダ上に置き、そのURL(もしくはフォルダの場所)を知らせるようにしてください。

### (2)ファイルを添付(特に秘匿性の高いもの)のには必ずパスワードをかけをかける

Micorsoft Officeファイル(Word, Excel等)やPDFファイルを送付する際にはファイル開封時のパスワードを設定してください。
"""

TOWSON = """# Mobile Computing Devices – New Policy and Procedures!

Mobile Computing Devices ? New Policy and Procedures

## Policy Statement

Mobile computing devices may be used on and off campus to access campus resources in the conduct of university business, at university expense, when approval is given.

## Reason for Policy

To safeguard university-operating funds and provide for necessary communications capabilities to certain employees, approval for purchase of equipment and services shall be limited to faculty and staff whose job requires a mobile computing device, and/or frequent travel for university business.

## Approval Date by the President?s Council

December 20, 2004

## Effective Date

December 20, 2004
"""

TEXTS = globals()

# An absent subject has no evidence line; write_set needs a snippet, so the title stands in and is cleared afterwards.
ABSENT = object()


def L(status, tags, snippet, reason):
    return (status, tags, snippet, reason)


CASES = [
 ('maibara-csirt-setchi-kitei.md', 'MAIBARA', {
   'promotion-structure': L('missing', ['decoy-term'], '米原市情報セキュリティインシデント対策チーム（Computer Security Incident Response Team',
     'sets up a CSIRT for incident response; that is the incident-handling structure, not the information-security promotion structure that drives the measures (cited as related)'),
 }),
 ('kasama-security-iinkai-yoko.md', 'KASAMA', {
   'issue-reporting': L('missing', ['separate-duty'], 'その経過及び結果について市長に報告するものとする。',
     'the committee (chaired by the CISO) reports the progress and results of its work to the mayor; issues arising in operation, self-inspection and training are not reported to the CISO'),
 }),
 ('yaizu-furusato-security-policy.md', 'YAIZU', {
   'web-encryption': L('outdated', ['scope-limit'], '個人情報を入力するページに暗号化技術の SSL',
     'SSL only on the pages where personal data is entered: the pre-revision form, not every page always encrypted'),
 }),
 ('uec-subdomain-page.md', 'UEC', {
   'domain-names': L('covered', ['paraphrase'], '本学は, uec.ac.jp を大学の最上位ドメインとして利用しています.',
     'a higher-education body uses its ac.jp domain as the top domain and rules how subdomains under it are assigned and approved'),
 }),
 ('amakusa-kouiki-taisaku-kitei.md', 'AMAKUSA', {
   'unknown-malware': L('missing', ['label-only'], '第4款　コンピュータウイルス対策（第32条・第33条）', 'table-of-contents entry only; no article text stored'),
   'improvement-instructions': L('missing', ['label-only'], '第5章　評価及び見直し（第40条―第42条）', 'table-of-contents entry only; no article text stored'),
   'web-encryption': L('missing', ['absent'], ABSENT, 'a full regulation whose stored text has nothing on web encryption'),
   'email-encryption': L('missing', ['absent'], ABSENT, 'a full regulation whose stored text has nothing on mail encryption or sender authentication'),
   'mobile-devices': L('missing', ['absent'], ABSENT, 'a full regulation whose stored text has nothing on mobile terminals'),
 }),
 ('soumu-zen-computer-virus-taisaku.md', 'SOUMU', {
   'unknown-malware': L('missing', ['separate-duty'], '常に最新のウイルス検知用データに更新されるようにしなければなりません',
     'antivirus with up-to-date detection data on every client and server: pattern-file antivirus, a separate duty; nothing detects unknown malware by its behaviour'),
 }),
 ('oist-malware-taisaku.md', 'OIST', {
   'unknown-malware': L('missing', ['separate-duty'], 'アンチウィルス又はその他のアンチマルウエア機能がインストールされ',
     'antivirus kept current, real-time and full scans, quarantine: the established antivirus duty; no behaviour-based detection or prevention of unknown malware'),
 }),
 ('mie-u-homepage-ssl.md', 'MIE', {
   'web-encryption': L('covered', ['paraphrase'], '三重大学のホームページすべてでSSL化を行うことになりました',
     'every website of the university is to be served over SSL/TLS (a decision for all sites, with who does the work for which servers)'),
 }),
 ('yamaguchi-u-mail-soshin-angouka.md', 'YAMAGUCHI', {
   'email-encryption': L('missing', ['negation', 'conditions-lacking'], '一般のメールは暗号化されずに山口大学のメールサーバから配送されます',
     'only the client-to-server submission is encrypted (to protect passwords); it states that mail is delivered onward unencrypted, and there is no sender authentication'),
 }),
 ('ynu-mail-spf.md', 'YNU', {
   'email-encryption': L('missing', ['separate-duty'], 'その受信したメール対してSPF認証を行い',
     'SPF for outgoing mail only: sender authentication without any encryption of mail in transit (SPF alone is a separate duty)'),
 }),
 ('vcu-web-standards-security.md', 'VCU', {
   'web-encryption': L('covered', ['english'], 'Websites must be loaded over HTTPS with a valid certificate.',
     'every website must be loaded over HTTPS; the separate rule for authentication and form pages does not narrow it'),
 }),
 ('utah-dts-https-only-standard.md', 'UTAH', {
   'web-encryption': L('covered', ['english'], 'This Policy requires that all publicly accessible State websites and web services only provide service through a secure connection.',
     'all public State websites and web services HTTPS only'),
 }),
 ('iu-kb-https-websites.md', 'IU', {
   'web-encryption': L('outdated', ['english', 'weak-wording'], 'All IU websites should use HTTPS',
     'HTTPS for all sites is a best practice that sites "should" follow, and the policy itself encrypts sensitive data only "where possible"'),
 }),
 ('utexas-cofa-http-vs-https.md', 'UTEXAS', {
   'web-encryption': L('outdated', ['english', 'scope-limit'], 'The majority of our website content does not need to be visited over the secure protocol.',
     'HTTPS only for forms and places where information is entered; the rest of the site is to be served over plain HTTP'),
 }),
 ('miamioh-endpoint-protection-standard.md', 'MIAMI', {
   'unknown-malware': L('covered', ['english', 'paraphrase'], 'EDR tools monitor endpoint process executions',
     'EDR on all university-owned devices including servers, recognising malicious behaviour from process execution and isolating it'),
 }),
 ('berkeley-edr-exception-request.md', 'BERKELEY', {
   'unknown-malware': L('covered', ['english', 'tadashigaki-exception'], 'Endpoint Detection and Response software is required on all university-owned computers and servers',
     'EDR required on all computers and servers; the one-year exceptions are an approved exception procedure, not a narrowed scope'),
 }),
 ('alabama-oit-540-email-security.md', 'ALABAMA', {
   'email-encryption': L('covered', ['english'], 'Mail flow is to be secured using TLS (Transport Layer Security) 1.2 or higher.',
     'mail flow secured with TLS 1.2 or higher, and DKIM and DMARC against spoofing'),
 }),
 ('wagov-adr-008-email-authentication.md', 'WAGOV', {
   'email-encryption': L('missing', ['english', 'conditions-lacking', 'separate-duty'], 'Implement email authentication standards for all government domains:',
     'SPF, DKIM and DMARC (sender authentication) only; no encryption of mail in transit'),
 }),
 ('umn-iot-devices-on-campus.md', 'UMN', {
   'iot-devices': L('covered', ['english', 'paraphrase'], 'IoT devices require additional steps prior to connecting to the network as well as continuous monitoring while connected.',
     'IoT devices (printers, cameras, building and medical devices) are in scope, with steps before connecting, monitoring and secure settings including default credentials'),
 }),
 ('vt-inventory-software-assets.md', 'VT', {
   'it-asset-management': L('covered', ['english', 'paraphrase'], '2.4 - Utilize Automated Software Inventory Tools',
     'automated software inventory on clients (beside the department application list), used with support status checks'),
 }),
 ('missouristate-security-unit-organization.md', 'MISSOURI', {
   'promotion-structure': L('covered', ['english', 'paraphrase'], 'The Information Security unit, in conjunction with the Chief Information Officer, shall have authority and responsibility for the following:',
     'an Information Security unit, directed by a dedicated officer, with its responsibilities listed'),
 }),
 ('csusm-smart-device-passcodes-faq.md', 'CSUSM', {
   'mobile-devices': L('covered', ['english', 'paraphrase'], 'if you choose to receive work email through your device’s native mail application, you must comply with this new requirement.',
     'staff may use their phones for work email anywhere, provided the device is passcode-protected; remote wipe is available'),
 }),
 ('shizuoka-u-software-kanri-kisoku.md', 'SHIZUOKA', {
   'it-asset-management': L('missing', ['definitions-only', 'manual-vs-automated'], '(7)　ソフトウェア監査　コンピュータにインストールされているソフトウェアを調査の上',
     'a manual software audit (surveying installed software against the ledgers) appears only as a defined term; nothing collects software information automatically'),
 }),
 ('jaist-email-rouei-boushi.md', 'JAIST', {
   'email-encryption': L('outdated', ['scope-limit'], 'PDFファイルを送付する際にはファイル開封時のパスワードを設定してください。',
     'staff password-protect (encrypt) attached files, beside mis-sending precautions; no encryption of mail in transit and no sender authentication: the pre-revision, attachment-only form'),
 }),
 ('towson-mobile-computing-devices.md', 'TOWSON', {
   'mobile-devices': L('missing', ['english', 'conditions-lacking'], 'Mobile computing devices may be used on and off campus to access campus resources in the conduct of university business, at university expense, when approval is given.',
     'use on and off campus is allowed on approval (a purchasing and funding control); no safety measure (encryption, authentication, remote wipe, management) is required'),
 }),
 ('nsw-records-irm-brief.md', 'NSW', {
   'drm': L('missing', ['english', 'decoy-term', 'negation'], 'Organisations concerned about the effects of information rights management can safely deploy Office 2003 without enabling support for information rights management.',
     'explains information rights management and says it may be left disabled; nothing adopts it'),
 }),
]

cases = []
for f, key, lab in CASES:
    text = TEXTS[key]
    title = text.split('\n', 1)[0]
    cases.append((f, text, {i: (s, t, title if snip is ABSENT else snip, r) for i, (s, t, snip, r) in lab.items()}))
write_set(D, cases)
labels = json.load(open(os.path.join(D, 'labels.json'), encoding='utf8'))
for f, _key, lab in CASES:
    for i, (_s, _t, snip, _r) in lab.items():
        if snip is ABSENT:
            labels[f]['evidence'][i]['lines'] = []
            labels[f]['evidence'][i]['text'] = ''
json.dump(labels, open(os.path.join(D, 'labels.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
