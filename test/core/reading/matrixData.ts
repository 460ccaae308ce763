// The data of the reading matrix (matrix.test.ts): for each requirement of the FY2018 revision, the parts a clause is
// built from (who, what, the measure as a noun) in Japanese and English, the requirement's own cases (a subset, a
// ただし書, a separate duty, the pre-revision form) and free-form paraphrases written the way published regulations word
// each duty. The expected statuses follow issue 11's table only (never Kijun's output): negation, deferral, exclusion,
// label, definition, separate duty → missing; weak wording → outdated when mandatory (normal when recommended);
// subset → outdated when it is the pre-revision form of a mandatory duty, else missing; pre-revision form → outdated.
import type { Status } from '../../../server/src/core';

export interface Case {
  expect: Status;
  text: string;
}

export interface MatrixRequirement {
  id: string;
  mandatory: boolean;
  /** The requirement is itself a permission (mobile devices): weak modality and "may" are its form. */
  permission?: boolean;
  ja: {
    who: string;
    /** The duty up to a する-verb stem: `${who}は、${rest}する。` */
    rest: string;
    /** The measure as a noun phrase: `${noun}は行わない。` */
    noun: string;
    /** A heading naming the requirement. */
    heading: string;
  };
  en: {
    who: string;
    /** Base verb and object: `${who} shall ${verb} ${object}.` */
    verb: string;
    object: string;
    /** The measure as a noun phrase, lower case: `This policy does not apply to ${noun}.` */
    noun: string;
  };
  /** Cases of this requirement only (subset, proviso, separate duty, pre-revision form, disabling prohibited…). */
  own: Record<string, Case[]>;
  paraphrases: { ja: string[]; en: string[] };
}

const COV: Status = 'covered';
const MIS: Status = 'missing';
const OUT: Status = 'outdated';
const c = (expect: Status, text: string): Case => ({ expect, text });

export const MATRIX: MatrixRequirement[] = [
  {
    id: 'unknown-malware',
    mandatory: false,
    ja: {
      who: '情報システムセキュリティ責任者',
      rest: '端末及びサーバ装置に、未知の不正プログラムをその振る舞いから検知し、実行を防止する機能を導入',
      noun: '端末及びサーバ装置への未知の不正プログラムの振る舞い検知・実行防止機能の導入',
      heading: '未知の不正プログラムの検知及び実行防止',
    },
    en: {
      who: 'The information system security officer',
      verb: 'deploy',
      object:
        'on all terminals and servers a function that detects unknown malware by its behaviour and blocks its execution',
      noun: 'behaviour-based detection and blocking of unknown malware on terminals and servers',
    },
    own: {
      // More separate duties and old forms, in other words.
      separate2: [
        c(MIS, 'Virus definitions shall be updated automatically every day on all terminals.'),
        c(OUT, 'Attachments arriving at the mail gateway shall be detonated in a sandbox to find unknown malware.'),
        c(MIS, '職員等は、定期的に端末のフルスキャンを実施すること。'),
      ],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [
        c(MIS, '## 未知の不正プログラムの検知及び実行防止\n\n職員等は、不審な電子メールの添付ファイルを開かないこと。'),
        c(MIS, '## Detecting and blocking unknown malware\n\nStaff shall not open suspicious e-mail attachments.'),
      ],
      subset: [
        c(MIS, '重要な情報を扱う一部の端末に限り、振る舞い検知型の製品（EDR）を導入すること。'),
        c(MIS, 'EDR shall be deployed only on the servers in the data centre.'),
      ],
      proviso: [
        c(
          MIS,
          '端末及びサーバ装置に、未知の不正プログラムの実行を防止するEDRを導入すること。ただし、閉域網内のサーバ装置についてはこの限りでない。',
        ),
      ],
      separate: [
        c(
          MIS,
          '情報システムセキュリティ責任者は、端末にウイルス対策ソフトウェアを導入し、パターンファイルを常に最新に保つこと。',
        ),
        c(MIS, 'All PCs shall run antivirus software whose signature files are updated daily.'),
      ],
      preRevision: [
        c(OUT, '未知の不正プログラムは、インターネットとの境界に設置したサンドボックスで検知すること。'),
        c(OUT, 'Unknown malware shall be detected by a sandbox on the Internet gateway.'),
      ],
      prohibitMeasure: [
        c(MIS, 'Staff shall not run software that blocks unknown malware by its behaviour on their terminals.'),
        c(MIS, '職員等は、端末において未知の不正プログラムの実行を防止するソフトウェアを使用してはならない。'),
      ],
      disableProhibited: [
        c(
          COV,
          '端末及びサーバ装置にはEDRを導入し、未知の不正プログラムの実行を防止すること。職員等は、これを停止してはならない。',
        ),
        c(
          COV,
          '職員等は、端末及びサーバ装置に導入された振る舞い検知型の不正プログラム対策機能（EDR）を停止し、又は無効にしてはならない。',
        ),
        c(
          COV,
          'Staff shall not disable the behaviour-based malware detection (EDR) installed on terminals and servers.',
        ),
      ],
      guard: [
        c(
          COV,
          'EDR shall be deployed on all endpoints and servers; it must not be used to monitor staff for other purposes.',
        ),
        c(
          COV,
          'The agency intends to stop unknown malware, and therefore EDR shall be deployed on all terminals and servers.',
        ),
        c(COV, '未知の不正プログラムによる被害の防止を目指し、全ての端末及びサーバ装置にEDRを導入すること。'),
        c(COV, '将来の脅威にも備えるため、全ての端末及びサーバ装置に振る舞い検知型の製品を導入すること。'),
        c(COV, '端末及びサーバ装置にEDRを導入すること。EDRを導入していない端末は、通信回線に接続してはならない。'),
        c(COV, 'EDRを導入しない端末は、通信回線に接続してはならない。端末及びサーバ装置には、EDRを導入すること。'),
        c(
          COV,
          '職員等は、許可されたプログラム以外を実行してはならない。端末及びサーバ装置には、振る舞い検知により未知の不正プログラムの実行を防止する機能を導入すること。',
        ),
      ],
      hard: [
        c(MIS, '情報システムセキュリティ責任者が必要と認めるサーバ装置については、EDRを導入する。'),
        c(MIS, 'EDRは導入せず、パターンファイル方式のウイルス対策ソフトウェアで対応する。'),
        c(MIS, 'EDRの導入は、各部局の判断に委ねる。'),
        c(MIS, 'Behaviour-based detection is used on servers only.'),
      ],
      beside: [
        c(
          COV,
          '端末及びサーバ装置にはウイルス対策ソフトウェアを導入してパターンファイルを最新に保つとともに、振る舞い検知により未知の不正プログラムの実行を防止すること。',
        ),
      ],
    },
    paraphrases: {
      ja: [
        // Harder: written without the catalog's usual words.
        '端末及びサーバ装置には、マルウェアの不審な挙動を捉えて隔離する製品を入れること。',
        'サーバ及び端末では、ランサムウェア等の悪意あるプログラムをその動きから見分け、実行させない仕組みを用いること。',

        '端末及びサーバ装置には、EDR（Endpoint Detection and Response）製品を導入すること。',
        '情報システム管理者は、全ての端末及びサーバに、定義ファイルに依存しない検知機能を持つ不正プログラム対策製品を導入しなければならない。',
        'サーバ装置及び端末には、プログラムの振る舞いを監視し、不審な動作を検知した場合にその実行を停止させる機能を備えるものとする。',
        '未知のマルウェアに対処するため、全てのパソコン及びサーバに振る舞い検知型のエンドポイント対策ソフトウェアを導入する。',
        '端末及びサーバ装置においては、許可されたアプリケーション以外の実行を禁止するアプリケーション実行制御を行うこと。',
        '情報システムセキュリティ責任者は、新種のマルウェアによる感染を防ぐため、端末及びサーバにふるまい検知機能を導入すること。',
        '全ての端末及びサーバ装置に、パターンファイルに依存せずにマルウェアを検知し、その実行を阻止するエンドポイント保護製品を導入すること。',
        '情報システム管理者は、サーバ及びクライアントPCに、未知のウイルスを挙動に基づいて検出し隔離するソフトウェアを導入しなければならない。',
        '端末及びサーバ装置では、EDRにより不審なプロセスの動作を監視し、マルウェアの実行を防止するものとする。',
      ],
      en: [
        'PCs and servers must run software that spots malicious behaviour and stops the offending process.',
        'Ransomware shall be blocked on endpoints on the basis of its behaviour.',

        'Endpoint detection and response (EDR) software shall be installed on every workstation and server.',
        'All endpoints must run anti-malware that detects threats by their behaviour rather than by signatures alone and stops them before they execute.',
        'The officer shall ensure that terminals and servers block zero-day malware from executing.',
        'Application allow-listing shall be enforced on all terminals and servers so that unapproved programs cannot run.',
        'Every server and PC shall have behaviour-based protection that quarantines programs acting maliciously.',
        'Terminals and servers shall be protected by software that detects malware without relying on signature files and prevents it from running.',
        'The IT manager must install next-generation antivirus with behavioural detection on every endpoint.',
      ],
    },
  },
  {
    id: 'it-asset-management',
    mandatory: false,
    ja: {
      who: '情報システムセキュリティ責任者',
      rest: '端末及びサーバ装置で利用されているソフトウェアの名称及びバージョンを自動的に収集するIT資産管理ソフトウェアを導入',
      noun: 'IT資産管理ソフトウェアによるソフトウェア情報の自動収集',
      heading: 'IT資産管理ソフトウェアによる情報の収集',
    },
    en: {
      who: 'The information system security officer',
      verb: 'introduce',
      object:
        'IT asset-management software that automatically collects the names and versions of the software on all terminals and servers',
      noun: 'automatic collection of software information by IT asset-management software',
    },
    own: {
      // More separate duties and old forms, in other words.
      separate2: [
        c(OUT, '各課は、ソフトウェアライセンスの管理台帳を整備し、毎年度更新すること。'),
        c(OUT, 'Software licences and versions shall be recorded in a spreadsheet by each division every year.'),
        c(MIS, '端末の修理を依頼する場合は、情報システム課に届け出ること。'),
      ],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [
        c(MIS, '## IT資産管理ソフトウェアによる情報の収集\n\n端末を購入したときは、機器台帳に登録すること。'),
        c(
          MIS,
          '## Collecting software information with asset management software\n\nNew PCs shall be recorded in the equipment register on delivery.',
        ),
      ],
      separate: [
        c(MIS, '情報システム管理者は、端末の納品時に検品を行い、機器台帳に登録すること。'),
        c(MIS, 'Hardware shall be inspected and registered in the equipment ledger on delivery.'),
      ],
      preRevision: [
        c(
          OUT,
          '各課は、毎年度、端末にインストールされているソフトウェアを調査し、その一覧を情報システム課に提出すること。',
        ),
        c(
          OUT,
          'Each division shall survey the software installed on its PCs once a year and submit the list by hand to the IT office.',
        ),
      ],
      disableProhibited: [
        c(
          COV,
          '職員等は、端末に導入されたIT資産管理ソフトウェア（ソフトウェア情報を自動収集するもの）を停止し、又は削除してはならない。',
        ),
      ],
    },
    paraphrases: {
      ja: [
        // Harder: written without the catalog's usual words.
        '全端末のインストール済みソフトウェアは、管理ツールにより自動的に一覧化すること。',

        '情報システム管理者は、IT資産管理ツールにより、端末にインストールされたソフトウェアの構成情報を自動的に収集し、脆弱性情報と突合すること。',
        '全ての端末及びサーバのソフトウェアの構成情報を自動的に収集する仕組みを整備し、脆弱性が公表された場合に影響のある機器を速やかに特定できるようにすること。',
        '資産管理ツールを用いて、端末上のソフトウェアの名称及び版数を自動で取得し、一元的に管理するものとする。',
        '情報システムセキュリティ責任者は、端末のソフトウェア情報を資産管理ソフトウェアにより自動収集しなければならない。',
        '端末及びサーバ装置のOS及びアプリケーションの名称並びにバージョンは、IT資産管理システムにより自動的に収集し、最新の状態で把握すること。',
        '情報システム課は、資産管理ツールにより全端末のソフトウェア導入状況を自動で把握し、脆弱性情報が公表された際は該当端末を速やかに特定すること。',
      ],
      en: [
        'Installed software on every endpoint shall be discovered automatically by a management agent and kept in a central inventory.',

        'An IT asset management tool shall automatically collect the software inventory (names and versions) of every terminal and server.',
        'The officer shall deploy asset management software that gathers installed software and its versions from all endpoints without manual input.',
        'Software installed on all PCs and servers must be inventoried automatically by asset management software so that vulnerable software can be located quickly.',
        'The names and versions of all software on terminals and servers shall be gathered automatically by an IT asset management system.',
      ],
    },
  },
  {
    id: 'drm',
    mandatory: false,
    ja: {
      who: '統括情報セキュリティ責任者',
      rest: '要機密情報を含む電子ファイルについて、デジタル著作権管理（DRM）によるアクセス制御を導入',
      noun: 'デジタル著作権管理（DRM）によるアクセス制御の導入',
      heading: 'デジタル著作権管理によるアクセス制御',
    },
    en: {
      who: 'The head information security officer',
      verb: 'introduce',
      object:
        'access control by digital rights management (DRM) for files containing confidential information, so that leaked files cannot be read by unauthorised persons',
      noun: 'access control by digital rights management (DRM)',
    },
    own: {
      // More separate duties and old forms, in other words.
      separate2: [
        c(MIS, 'USBメモリへの電子ファイルの書き出しは、禁止する。'),
        c(MIS, 'Confidential files shall be stored on the encrypted file server.'),
      ],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [
        c(MIS, '## デジタル著作権管理によるアクセス制御\n\n電子ファイルは、所定の共有フォルダに保存すること。'),
        c(MIS, '## Digital rights management\n\nFiles shall be saved in the designated shared folder.'),
      ],
      subset: [c(MIS, '人事課の人事評価ファイルに限って、デジタル著作権管理（DRM）を適用する。')],
      proviso: [
        c(
          MIS,
          '要機密情報を含む電子ファイルには、DRMによるアクセス制御を導入すること。ただし、外部のクラウドサービスに保存する電子ファイルについては、この限りでない。',
        ),
      ],
      separate: [c(MIS, 'ファイルサーバの共有フォルダには、所属ごとにアクセス権を設定すること。')],
    },
    paraphrases: {
      ja: [
        // Harder: written without the catalog's usual words.
        '機密文書は、外部に持ち出されても権限のない者が開けないよう、利用権限をファイルに埋め込んで保護すること。',

        '要機密情報を含む電子ファイルには、情報権限管理（IRM）を適用し、権限のない者が閲覧、印刷及び複製をできないようにすること。',
        '機密性の高い文書ファイルには、ファイルが外部に流出した場合でも閲覧できないよう、DRMによる利用制限を施すものとする。',
        '統括情報セキュリティ責任者は、要機密情報を含むファイルについて、閲覧・印刷等の権限をファイル自体に付与し、権限のない者による閲覧を防止しなければならない。',
      ],
      en: [
        'Sensitive files shall carry embedded usage rights so that only authorised staff can open them, even outside the network.',

        'Confidential files shall be protected with information rights management so that they remain unreadable to unauthorised persons even after they leak.',
        'Digital rights management must be applied to sensitive documents, whether stored on premises or in the cloud.',
      ],
    },
  },
  {
    id: 'web-encryption',
    mandatory: true,
    ja: {
      who: '情報システムセキュリティ責任者',
      rest: '機関等が提供する全てのウェブサイトの全てのページをHTTPSにより常時暗号化',
      noun: '全てのウェブサイトの常時暗号化',
      heading: 'ウェブサイトの常時暗号化',
    },
    en: {
      who: 'The information system security officer',
      verb: 'serve',
      object: 'every page of all websites of the agency over HTTPS at all times',
      noun: 'always-on HTTPS for all websites',
    },
    own: {
      // More separate duties and old forms, in other words.
      separate2: [
        c(OUT, 'Login pages shall use TLS 1.2 or later.'),
        c(MIS, 'ウェブサイトのコンテンツの改ざんを検知する仕組みを導入すること。'),
      ],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [
        c(MIS, '## ウェブサイトの常時暗号化\n\nサーバ証明書の有効期限を管理し、期限切れとならないようにすること。'),
        c(MIS, '## Always-on HTTPS\n\nThe web administrator shall keep the server certificates from expiring.'),
      ],
      subset: [
        c(OUT, '個人情報を入力するページに限り、HTTPSにより暗号化すること。'),
        c(OUT, '申請・届出等の手続を行うページ及び個人情報を取り扱うページは、HTTPSにより暗号化すること。'),
        c(OUT, 'ログインページ等、重要な情報をやり取りするページには、SSLを使用する。'),
        c(OUT, 'Pages that collect personal data shall be served over HTTPS.'),
        c(OUT, 'Only login and form pages shall be served over HTTPS.'),
      ],
      enumerated: [
        c(
          OUT,
          '次に掲げるウェブサイトは、HTTPSにより常時暗号化すること。\n\n（１）電子申請サイト\n（２）職員採用サイト',
        ),
        c(
          OUT,
          'The following websites shall be served over HTTPS only:\n\n(a) the e-application site\n(b) the recruitment site',
        ),
      ],
      proviso: [
        c(
          OUT,
          '全てのウェブサイトをHTTPSにより常時暗号化すること。ただし、情報提供のみを目的とするページについては、この限りでない。',
        ),
        c(
          OUT,
          'All websites shall be served over HTTPS, provided that pages which only publish information need not be encrypted.',
        ),
      ],
      exceptInside: [
        c(OUT, '試験用サイトを除き、全てのウェブサイトをHTTPSにより常時暗号化すること。'),
        c(OUT, '全てのウェブサイト（職員専用サイトを除く。）を常時暗号化すること。'),
        c(OUT, 'All websites except the archive site shall be served over HTTPS.'),
      ],
      universalIncluding: [
        c(COV, '全てのウェブサイト（委託先が運用するもの及び特設サイトを含む。）をHTTPSにより常時暗号化すること。'),
        c(COV, 'All websites (including those run by contractors and campaign sites) shall be served over HTTPS only.'),
      ],
      doubleNegation: [
        c(COV, '情報システムセキュリティ責任者は、HTTPSによらない通信を受け付けるウェブサイトを運用してはならない。'),
        c(COV, 'No website of the agency shall be operated without HTTPS.'),
        c(COV, 'The officer shall not fail to serve every page of all websites over HTTPS.'),
      ],
      disableProhibited: [c(COV, '全てのウェブサイトを常時暗号化し、HTTPSによる暗号化を無効にしてはならない。')],
      hard: [
        c(OUT, '情報システムセキュリティ責任者が必要と認めるウェブサイトについては、HTTPSにより暗号化すること。'),
        c(OUT, '全てのウェブサイトを常時暗号化する。なお、イントラネット上のサイトについてはこの限りでない。'),
        c(OUT, '当分の間、HTTPSによる暗号化は、個人情報を取り扱うページに限ることができる。'),
        c(
          OUT,
          '第12条　全てのウェブサイトは、HTTPSにより常時暗号化しなければならない。\n\n附則\n\n２　この規程の施行の際現に運用しているウェブサイトについては、第12条の規定は適用しない。',
        ),
        c(OUT, 'Websites that handle personal information shall use HTTPS; other websites may use HTTP.'),
        c(
          COV,
          '原則として、全てのウェブサイトをHTTPSにより常時暗号化すること。ただし、技術的に困難な場合は、最高情報セキュリティ責任者の承認を得て例外措置をとることができる。',
        ),
      ],
      carveOut: [
        c(
          OUT,
          '全てのウェブサイトをHTTPSにより常時暗号化すること。\n\n２　イントラネット上のウェブサイトについては、この限りでない。',
        ),
        c(OUT, 'All websites shall be served over HTTPS.\n\nThis requirement does not apply to intranet sites.'),
      ],
      // Words of the new refusal readings around a duty kept: an insecure thing refused, a condition, a past date.
      guard: [
        c(COV, 'The agency does not serve any page over plain HTTP; every page of all websites shall use HTTPS.'),
        c(COV, '全てのウェブサイトを常時暗号化すること。SSL 3.0及びTLS 1.0は使用してはならない。'),
        c(COV, '平成31年4月1日以降、全てのウェブサイトをHTTPSにより常時暗号化するものとする。'),
        c(COV, 'All websites have been served over HTTPS only since fiscal 2019 and shall remain so.'),
        c(COV, '全てのウェブサイトを常時暗号化すること。なお、サーバ証明書の更新は情報システム課が行う。'),
        c(COV, '今後も引き続き、全てのウェブサイトをHTTPSにより常時暗号化すること。'),
        c(
          COV,
          '新たに構築するウェブサイトを含め、全てのウェブサイトは、最高情報セキュリティ責任者と協議の上、HTTPSにより常時暗号化しなければならない。',
        ),
        c(COV, 'All websites shall be served over HTTPS; the plan adopted in fiscal 2019 remains in force.'),
        c(COV, 'The officer shall decide whether to use EV certificates; all websites shall be served over HTTPS.'),
      ],
    },
    paraphrases: {
      ja: [
        // Harder: written without the catalog's usual words.
        '当機構のウェブサイトは、全て暗号化通信（https）のみで提供する。',
        '公開ウェブサーバの全コンテンツは、TLSで配信すること。',

        'ウェブサイトは、全て常時SSL化すること。',
        '当機構が運営する全てのウェブサイトは、HTTPSにより提供しなければならない。',
        'ホームページの全ページについて、TLSによる暗号化通信を行うものとする。',
        '情報システムセキュリティ責任者は、所管する全てのウェブサイトでHTTPSを用い、HTTPによるアクセスはHTTPSに転送すること。',
        '全てのウェブページを常時HTTPS化し、HSTSを設定すること。',
        '本学が提供するウェブサイトは、全ページを暗号化した通信により公開するものとする。',
        '当庁のホームページは、全てのページを常時HTTPS化して公開すること。',
        '情報システムセキュリティ責任者は、所管するウェブサーバについて、常時SSL/TLS化を行わなければならない。',
        'ウェブサイトは、ページの種別にかかわらず、全てHTTPSで提供すること。',
      ],
      en: [
        'Plain HTTP shall not be offered on any of our websites; all web traffic shall be encrypted.',

        'All websites of the agency shall be served over HTTPS only, and HTTP requests shall be redirected to HTTPS.',
        'Every page of every public website must be encrypted with TLS.',
        'Websites operated by the organisation shall use HTTPS across all pages, with HSTS enabled.',
        'All web pages published by the agency must be delivered over TLS, whatever their content.',
        'HTTPS shall be used site-wide on every website the organisation runs.',
      ],
    },
  },
  {
    id: 'email-encryption',
    mandatory: true,
    ja: {
      who: '情報システムセキュリティ責任者',
      rest: '電子メールサーバ間の通信をSTARTTLSにより暗号化するとともに、送信ドメイン認証技術（SPF及びDKIM）を導入',
      noun: '電子メールサーバ間の通信の暗号化（STARTTLS）',
      heading: '電子メールの通信の暗号化',
    },
    en: {
      who: 'The information system security officer',
      verb: 'encrypt',
      object:
        'communication between mail servers with STARTTLS and introduce sender domain authentication (SPF and DKIM)',
      noun: 'encryption of mail transfer between servers (STARTTLS)',
    },
    own: {
      // More separate duties and old forms, in other words.
      separate2: [
        c(MIS, 'SPF records shall be published for all of the agency mail domains.'),
        c(MIS, 'DKIM signatures shall be applied to all outgoing mail.'),
        c(OUT, 'S/MIME shall be used for messages containing confidential information.'),
      ],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [
        c(MIS, '## 電子メールの通信の暗号化\n\n職員等は、電子メールの送信前に宛先を確認すること。'),
        c(MIS, '## Encryption of e-mail\n\nStaff shall check recipients before sending e-mail.'),
      ],
      subset: [c(MIS, '外部に送信する電子メールに限り、メールサーバ間の通信をTLSにより暗号化すること。')],
      implicitSubset: [
        c(OUT, '機密性の高い情報を含む電子メールは、暗号化して送信すること。'),
        c(OUT, 'E-mails containing personal data shall be encrypted before they are sent.'),
      ],
      separate: [
        c(MIS, '情報システムセキュリティ責任者は、電子メールサーバに送信ドメイン認証（SPF）を設定すること。'),
        c(MIS, '職員等は、電子メールの送信前に宛先を確認し、誤送信を防止すること。'),
        c(MIS, 'Staff shall check the recipients before sending e-mail to prevent misdirected mail.'),
      ],
      preRevision: [
        c(OUT, '職員等は、要機密情報を含むファイルを電子メールで送信する場合は、パスワードを付して暗号化すること。'),
        c(OUT, 'Staff shall encrypt attachments containing confidential information before sending them by e-mail.'),
      ],
    },
    paraphrases: {
      ja: [
        // Harder: written without the catalog's usual words.
        'メールの配送経路は、TLSにより保護すること。',
        'なりすましを防ぐためSPF、DKIM及びDMARCを設定し、メールサーバ間の通信を暗号化すること。',

        'メールサーバ間の通信は、STARTTLSにより暗号化すること。また、SPF及びDKIMによる送信ドメイン認証を行うこと。',
        '電子メールの送受信経路をTLSにより暗号化し、なりすましメールを防止するため送信ドメイン認証技術を導入しなければならない。',
        '情報システム管理者は、電子メールサーバ相互間の通信を暗号化し、DMARCを含む送信ドメイン認証を実施するものとする。',
        '電子メールの送受信は、STARTTLSによりサーバ間の通信を暗号化して行うこと。',
        '他組織のメールサーバとの間の電子メールの転送は、TLSにより暗号化しなければならない。',
      ],
      en: [
        'Mail relays shall negotiate TLS with peer mail servers for all inbound and outbound mail.',

        'Mail servers shall use STARTTLS for server-to-server transfer, and outgoing mail shall carry SPF and DKIM sender authentication.',
        'E-mail in transit between mail servers must be encrypted with TLS, and DMARC shall be published for the agency domain.',
        'SMTP connections with external mail servers shall be encrypted using STARTTLS.',
      ],
    },
  },
  {
    id: 'mobile-devices',
    mandatory: true,
    permission: true,
    ja: {
      who: '職員等',
      rest: '端末の暗号化、遠隔消去及びMDMによる管理の安全管理措置を講じた上で、モバイル端末を要管理対策区域の内外で通信回線に接続して業務に利用',
      noun: 'モバイル端末の要管理対策区域外での業務利用',
      heading: 'モバイル端末の利用',
    },
    en: {
      who: 'Staff',
      verb: 'connect',
      object:
        'mobile devices to networks inside and outside the organisation for work only after device encryption, remote wipe and device management are in place',
      noun: 'the use of mobile devices outside the office',
    },
    own: {
      // Bans and domain rules in other words.
      own2: [
        c(OUT, 'モバイル端末は、庁舎内でのみ使用することができる。'),
        c(OUT, 'Laptops and tablets must stay on the premises and may not be connected to outside networks.'),
        c(OUT, '職員等は、モバイル端末を要管理対策区域外に持ち出してはならない。'),
      ],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [
        c(MIS, '## モバイル端末の利用\n\nモバイル端末を紛失した場合は、直ちに情報システム課に報告すること。'),
      ],
      ban: [
        c(OUT, 'モバイル端末を庁外に持ち出して通信回線に接続することは、禁止する。'),
        c(OUT, 'Mobile devices shall not be taken out of the office or connected to outside networks.'),
      ],
      lacking: [c(MIS, 'モバイル端末を庁外で業務に利用することができる。')],
    },
    paraphrases: {
      ja: [
        // Harder: written without the catalog's usual words.
        '業務用スマートフォンは、MDMに登録し、遠隔ロック及び遠隔消去を可能にした上で、外出先でも業務に使用することができる。',

        '職員等は、MDMによる管理、端末の暗号化及び遠隔消去の設定を行ったスマートフォンに限り、庁外で業務に利用することができる。',
        'タブレット端末を組織外の通信回線に接続して利用する場合は、主体認証、暗号化及びリモートワイプの措置を講ずること。',
        '職員等は、モバイル端末管理（MDM）の対象とした貸与スマートフォンについては、庁外の通信回線に接続して業務に利用することができる。',
      ],
      en: [
        'Smartphones and tablets may be used for work outside the office when they are enrolled in MDM, encrypted and can be wiped remotely.',
        'Staff may connect agency laptops to outside networks for work provided that the disk is encrypted and the device can be wiped remotely.',
      ],
    },
  },
  {
    id: 'domain-names',
    mandatory: true,
    permission: true,
    ja: {
      who: '情報システムセキュリティ責任者',
      rest: '機関等が外部に提供するウェブサイト及び電子メールに、政府ドメイン名（go.jp）を使用',
      noun: '政府ドメイン名（go.jp）の使用',
      heading: 'ドメイン名の使用',
    },
    en: {
      who: 'The information system security officer',
      verb: 'use',
      object: 'the government domain name (go.jp) for the websites and e-mail the agency provides',
      noun: 'the use of the government domain name (go.jp)',
    },
    own: {
      // Bans and domain rules in other words.
      own2: [
        c(MIS, 'ウェブサイトのドメイン名には、.comドメインを使用する。'),
        c(COV, '本学のウェブサイトには、ac.jpドメインを使用しなければならない。'),
        c(OUT, 'Websites shall use domain names that end in go.jp where possible.'),
        c(MIS, 'ドメイン名の選定は、各部局の判断に委ねる。'),
      ],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [c(MIS, '## ドメイン名の使用\n\nドメイン名の登録の更新手続を期限内に行うこと。')],
    },
    paraphrases: {
      ja: [
        '当機関のウェブサイトのドメイン名は、go.jpドメインとすること。',
        '本学が外部に公開するウェブサイトには、ac.jpドメインを使用するものとする。',
      ],
      en: ['Public websites and e-mail addresses of the agency shall use a go.jp domain name.'],
    },
  },
  {
    id: 'iot-devices',
    mandatory: true,
    ja: {
      who: '情報システムセキュリティ責任者',
      rest: 'ネットワークカメラ等のIoT機器を含む特定用途機器について、初期パスワードの変更及びファームウェアの更新を実施',
      noun: 'IoT機器を含む特定用途機器の初期パスワードの変更等の対策',
      heading: 'IoT機器を含む特定用途機器の対策',
    },
    en: {
      who: 'The information system security officer',
      verb: 'apply',
      object:
        'safeguards to IoT devices such as network cameras, including changing default passwords and updating firmware',
      noun: 'safeguards for IoT devices',
    },
    own: {
      // More separate duties and old forms, in other words.
      separate2: [c(MIS, '複合機のハードディスクは、廃棄時に消去すること。')],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [
        c(MIS, '## IoT機器を含む特定用途機器の対策\n\n機器の購入は、情報システム課を通じて行うこと。'),
        c(MIS, '## Safeguards for IoT devices\n\nDevices shall be purchased through the IT office.'),
      ],
      subset: [c(MIS, '複合機に限り、初期パスワードを変更すること。')],
      proviso: [
        c(
          MIS,
          'ネットワークカメラ等のIoT機器は、初期パスワードを変更すること。ただし、施設管理者が管理する入退室管理装置については、この限りでない。',
        ),
      ],
    },
    paraphrases: {
      ja: [
        // Harder: written without the catalog's usual words.
        'ネットワークに接続する監視カメラや会議システムは、出荷時のパスワードを変更して使用すること。',

        'テレビ会議システム、IP電話、ネットワークカメラ等の特定用途機器は、初期設定のパスワードを変更し、ファームウェアを最新に保つこと。',
        '入退室管理装置及び監視カメラ等のIoT機器は、業務用の通信回線から分離し、初期パスワードを変更しなければならない。',
        '情報システム管理者は、インターネットに接続する空調制御装置等の機器について、脆弱性対策及び不要な機能の停止を行うものとする。',
        '複合機、ネットワークカメラ、入退館管理装置等の特定用途機器については、初期パスワードの変更及び不要なサービスの停止を行うこと。',
      ],
      en: [
        'Smart building controllers and CCTV cameras shall be kept on a separate network segment with vendor default passwords changed.',

        'IoT devices such as network cameras and door controllers shall have their default passwords changed and their firmware kept up to date.',
        'Specific-purpose devices (video conferencing systems, IP phones, building management systems) must be separated from the office network.',
        'Network-connected devices such as cameras, printers and door controllers shall not keep their factory default passwords and shall receive firmware updates.',
      ],
    },
  },
  {
    id: 'issue-reporting',
    mandatory: true,
    ja: {
      who: '統括情報セキュリティ責任者',
      rest: '情報セキュリティ対策の運用、自己点検及び教育において明らかになった課題を取りまとめ、最高情報セキュリティ責任者に報告',
      noun: '運用、自己点検及び教育で明らかになった課題の最高情報セキュリティ責任者への報告',
      heading: '課題の報告',
    },
    en: {
      who: 'The head information security officer',
      verb: 'report',
      object: 'the issues identified in operating the measures, in self-inspections and in training to the CISO',
      noun: 'the reporting of issues found in operation, self-inspection and training to the CISO',
    },
    own: {
      // More separate duties and old forms, in other words.
      separate2: [
        c(MIS, '情報セキュリティ責任者は、自己点検の結果を最高情報セキュリティ責任者に報告すること。'),
        c(MIS, 'The results of self-inspections shall be reported to the CISO.'),
      ],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [
        c(
          MIS,
          '## 課題の報告\n\n情報セキュリティインシデントを認知した職員等は、直ちに情報セキュリティ責任者に報告すること。',
        ),
        c(
          MIS,
          '## Reporting issues\n\nStaff who become aware of a security incident shall report it to the officer at once.',
        ),
      ],
      separate: [
        c(MIS, '情報セキュリティ監査責任者は、監査の結果を最高情報セキュリティ責任者に報告すること。'),
        c(MIS, 'The audit officer shall report the results of each audit to the CISO.'),
      ],
    },
    paraphrases: {
      ja: [
        // Harder: written without the catalog's usual words.
        '統括情報セキュリティ責任者は、運用や点検、研修を通じて見えてきた問題を取りまとめ、CISOへ報告すること。',

        '情報セキュリティ責任者は、自己点検や研修の実施を通じて把握した問題点を、最高情報セキュリティ責任者に報告しなければならない。',
        '対策の運用において判明した課題は、統括情報セキュリティ責任者を通じてCISOに報告するものとする。',
        '情報セキュリティ責任者は、教育及び自己点検の実施状況から把握した課題を取りまとめ、最高情報セキュリティ責任者へ報告すること。',
      ],
      en: [
        'Problems found while operating the measures, in self-inspections or in training shall be reported to the chief information security officer.',
        'The head officer must report to the CISO the issues that arise in day-to-day operation, self-inspection and training.',
      ],
    },
  },
  {
    id: 'improvement-instructions',
    mandatory: true,
    ja: {
      who: '最高情報セキュリティ責任者',
      rest: '組織横断的な改善事項については統括情報セキュリティ責任者に、部局に固有の改善事項については当該部局の情報セキュリティ責任者に、改善を指示',
      noun: '組織横断的な改善事項の統括情報セキュリティ責任者への指示及び部局に固有の改善事項の当該部局の情報セキュリティ責任者への指示',
      heading: '改善の指示',
    },
    en: {
      who: 'The CISO',
      verb: 'instruct',
      object:
        'the head information security officer to make organisation-wide improvements and the officer of each department to make department-specific improvements',
      noun: 'instructions for organisation-wide and department-specific improvements',
    },
    own: {
      // More separate duties and old forms, in other words.
      separate2: [
        c(OUT, '最高情報セキュリティ責任者は、監査の結果に基づき、必要な改善を指示すること。'),
        c(OUT, 'The CISO shall instruct improvements based on the audit results.'),
      ],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [
        c(MIS, '## 改善の指示\n\n情報セキュリティ監査責任者は、監査の結果を最高情報セキュリティ責任者に報告すること。'),
        c(MIS, '## Improvement instructions\n\nThe audit officer shall report the audit results to the CISO.'),
      ],
    },
    paraphrases: {
      ja: [
        // Harder: written without the catalog's usual words.
        'CISOは、全組織に関わる改善事項は統括情報セキュリティ責任者へ、各部署に固有の改善事項は各部署の情報セキュリティ責任者へ指示すること。',

        'CISOは、自己点検の結果、全庁的に改善が必要な事項は統括情報セキュリティ責任者に、各部局に固有の事項は当該部局の情報セキュリティ責任者に、改善を命じること。',
        '最高情報セキュリティ責任者は、監査の結果を踏まえ、組織全体に共通する改善事項は統括情報セキュリティ責任者に、部局固有の改善事項は各情報セキュリティ責任者に指示しなければならない。',
      ],
      en: [
        'The CISO shall direct organisation-wide improvements to the head information security officer and department-specific improvements to the officer of that department.',
      ],
    },
  },
  {
    id: 'promotion-structure',
    mandatory: true,
    ja: {
      who: '最高情報セキュリティ責任者',
      rest: '情報セキュリティ対策の推進を担う組織として情報セキュリティ対策推進体制を整備',
      noun: '情報セキュリティ対策推進体制の整備',
      heading: '情報セキュリティ対策推進体制',
    },
    en: {
      who: 'The CISO',
      verb: 'set up',
      object:
        'an information security promotion structure as the unit that drives the security measures, with its roles defined',
      noun: 'an information security promotion structure',
    },
    own: {
      // More separate duties and old forms, in other words.
      separate2: [
        c(MIS, '最高情報セキュリティ責任者は、情報セキュリティ委員会を置くこと。'),
        c(MIS, 'The agency shall establish a CSIRT to handle incidents.'),
      ],
      // A heading naming the requirement over a body that states another duty: the heading frames, it is not evidence.
      frameOnly: [
        c(
          MIS,
          '## 情報セキュリティ対策推進体制\n\n最高情報セキュリティ責任者は、年度ごとに情報セキュリティ対策推進計画を策定すること。',
        ),
        c(
          MIS,
          '## Information security promotion structure\n\nThe CISO shall adopt a security measures plan every year.',
        ),
      ],
    },
    paraphrases: {
      ja: [
        // Harder: written without the catalog's usual words.
        '情報セキュリティ対策を推進する専門チームとして情報セキュリティ推進室を設置し、その所掌を定めること。',

        '最高情報セキュリティ責任者は、情報セキュリティ対策の推進を担う部署として情報セキュリティ推進室を置き、その役割を定めること。',
        '情報セキュリティ対策を組織的に推進するため、推進体制を整備し、各構成員の役割を明確にしなければならない。',
        '最高情報セキュリティ責任者は、情報セキュリティ対策推進体制を置き、その構成及び役割を定めるものとする。',
      ],
      en: [
        'A dedicated security promotion office shall be set up to drive the security measures, with its remit defined.',

        'The CISO shall establish a security promotion team that drives the security measures and define its roles.',
      ],
    },
  },
];
