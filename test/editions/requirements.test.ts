// The requirements of the editions after FY2018, one table each: phrasings that cover them (Japanese, English,
// full-width, wrapped lines, tables), decoys that share their words but not their meaning, and the weak wording
// of the mandatory ones. Checked against the latest edition (r5-2024), where all of them apply.
import { editionSuite } from './helpers';

editionSuite('cloud-services', {
  since: 'r3',
  cover: [
    '情報システムセキュリティ責任者は、要機密情報を取り扱うクラウドサービスを、ISMAPクラウドサービスリストに登録されたサービスから選定すること。',
    'Cloud services that will handle information requiring confidentiality shall in principle be selected from the ISMAP cloud service list.',
    { text: '要機密情報を取り扱う場合は、ＩＳＭＡＰに登録されたクラウドサービスを利用すること。', note: 'full-width' },
    { text: '統括情報セキュリティ責任者は、要機密情報を取り扱うクラウドサービスの\n選定に当たり、セキュリティ要件を定め、これを満たすサービスを\n選定すること。', note: 'wrapped lines' },
    { text: '| 区分 | 規定 |\n|---|---|\n| 要機密情報を扱うクラウド | 政府情報システムのためのセキュリティ評価制度に登録されたサービスから選定する |', note: 'table row' },
    { text: '要機密情報を取り扱うサービスは、第三者による監査で安全性が確認されたものを選定すること。', heading: 'クラウドサービスの利用', note: 'cloud named by the heading' },
    'When choosing a SaaS that will store confidential information, the system owner shall assess it against the security requirements of the agency.',
  ],
  decoys: [
    { text: 'クラウドサービスの利用状況を毎年度、統括情報セキュリティ責任者に報告すること。', note: 'reporting usage' },
    { text: '要機密情報をクラウドサービスに保存してはならない。', note: 'a ban, not a choice' },
    { text: 'ISMAPとは、政府情報システムのためのセキュリティ評価制度をいう。', note: 'definition' },
    { text: 'クラウド型のウェブ会議サービスを利用する場合は、主催者が参加者を確認すること。', note: 'web meetings' },
    { text: '要機密情報を外部記録媒体で持ち出す場合は、暗号化すること。', note: 'no cloud' },
  ],
  weak: [
    '要機密情報を取り扱うクラウドサービスは、ISMAPに登録されたサービスから選定することが望ましい。',
    'Cloud services for confidential information should be selected from the ISMAP cloud service list.',
  ],
});

editionSuite('asset-management', {
  since: 'r5',
  cover: [
    '統括情報セキュリティ責任者は、情報資産台帳を整備し、最新の状態に保つこと。',
    'The CISO shall maintain an inventory of information assets, with an owner for each asset.',
    { text: '情報システム、機器及びクラウドサービス等の情報資産を洗い出し、一覧として把握すること。', note: 'described' },
    { text: 'ＩＴ資産の一覧を作成し、\n変更の都度更新すること。', note: 'full-width, wrapped' },
    { text: '| 対象 | 管理 |\n|---|---|\n| 情報資産 | 台帳に登録し、責任者を定める |', note: 'table row' },
    'An asset register of all hardware, software and cloud services shall be kept up to date.',
  ],
  decoys: [
    { text: '固定資産台帳に計上し、減価償却を行うこと。', note: 'accounting' },
    { text: '情報システムセキュリティ責任者は、IT資産管理ソフトウェアを導入すること。', note: 'the tool alone: it-asset-management' },
    { text: '情報資産の格付を行い、取扱制限を明示すること。', note: 'classification' },
    { text: '記録媒体の管理台帳を作成すること。', note: 'media ledger' },
    { text: '脆弱性情報を入手した場合は、資産管理台帳を確認し、該当する機器に修正プログラムを適用すること。', note: 'consults the ledger: patching' },
    { text: '情報資産とは、機関等が保有する情報及び情報システムをいう。', note: 'definition' },
  ],
  weak: ['情報資産の一覧を作成し、最新の状態に保つよう努める。'],
});

editionSuite('supply-chain', {
  since: 'r5',
  cover: [
    '統括情報セキュリティ責任者は、サプライチェーン・リスクに対応するため、委託先に求める情報セキュリティ対策を契約で定めること。',
    'Supply-chain risks shall be assessed before a contract is awarded, and the measures required of suppliers shall be written into the contract.',
    { text: '委託先において、意図しない変更や不正な機能の混入が行われないよう管理体制を確認すること。', note: 'risk named without the word' },
    { text: 'ｻﾌﾟﾗｲﾁｪｰﾝを通じたリスクを\n評価すること。', note: 'half-width kana, wrapped' },
    { text: '| 項目 | 内容 |\n|---|---|\n| 再委託 | 再委託先による不正プログラムの混入を防ぐ措置を求める |', note: 'table row' },
    'Contractors shall ensure that no malicious code or backdoor is inserted into the delivered software.',
  ],
  decoys: [
    { text: '委託先との契約には秘密保持に関する条項を設けること。', note: 'confidentiality only' },
    { text: '災害時に備え、物資のサプライチェーンを確保するため、備蓄を行うこと。', note: 'logistics' },
    { text: 'サプライチェーンとは、製品の原料調達から販売に至る一連の流れをいう。', note: 'definition' },
    { text: '不正プログラム対策ソフトウェアを全ての端末に導入すること。', note: 'anti-malware' },
  ],
  // Issue 11: 「必要に応じて検討する」 is a vacuous body (missing, cited as related), not a weak duty.
  weak: ['サプライチェーン・リスクへの対策の実施に努める。'],
});

editionSuite('equipment-procurement', {
  since: 'r5',
  cover: [
    '統括情報セキュリティ責任者は、機器等の調達に当たり、必要なセキュリティ機能が適切に実装されていることを含む選定基準を定めること。',
    'When procuring equipment, the agency shall set selection criteria that include the security functions required and the supplier\'s handling of vulnerabilities.',
    { text: '端末を調達する際は、サポート期間と脆弱性への対応体制を仕様書に記載し、満たす製品を選定すること。', note: 'described' },
    { text: 'ＩＣＴ機器の購入に当たっては、\nセキュリティ要件を定めること。', note: 'full-width, wrapped' },
    { text: '| 段階 | 対策 |\n|---|---|\n| 機器等の調達 | 選定基準を定め、これに基づき選定する |', note: 'table row' },
  ],
  decoys: [
    { text: '機器等を廃棄する場合は、記録されたデータを復元できないよう消去すること。', note: 'disposal' },
    { text: '物品の購入は、会計規程の定めるところによる。', note: 'accounting' },
    { text: '調達した端末には、不正プログラム対策ソフトウェアを導入すること。', note: 'after procurement' },
    { text: '機器の設置場所は、施錠できる室内とすること。', note: 'placement' },
  ],
  weak: ['機器等の調達に当たっては、セキュリティ機能を含む選定基準を定めることが望ましい。'],
});

editionSuite('dynamic-access-control', {
  since: 'r5',
  cover: [
    '情報システムセキュリティ責任者は、ゼロトラストの考え方に基づくアクセス制御を導入すること。',
    'Access to business systems shall be granted only after the user is authenticated and the device posture is verified.',
    { text: '情報システムへのアクセスは、アクセスの都度、利用者の認証と認可を行うこと。', note: 'per request' },
    { text: '端末の状態（更新の適用状況等）を確認した上で、\n業務システムへのアクセスを許可すること。', note: 'wrapped' },
    { text: '| 方式 | 内容 |\n|---|---|\n| 動的なアクセス制御 | 重要システムに適用する |', note: 'table row' },
    { text: 'ＺＥＲＯ　ＴＲＵＳＴ に基づく接続制御を行う。', note: 'full-width English' },
  ],
  decoys: [
    { text: 'アクセス権限は、定期的に見直すこと。', note: 'periodic review' },
    { text: '利用者の職務に応じてアクセス権限を付与すること。', note: 'role-based' },
    { text: 'ファイアウォールにより、インターネットからの不要な通信を遮断すること。', note: 'perimeter' },
    { text: 'ゼロトラストとは、ネットワークの内外を問わず全ての通信を信頼しない考え方をいう。', note: 'definition' },
  ],
});

editionSuite('sbom', {
  since: 'r5-2024',
  cover: [
    '情報システムセキュリティ責任者は、調達する情報システムについてSBOMを入手し、脆弱性情報との照合に用いること。',
    'The supplier shall deliver a software bill of materials for each release.',
    { text: 'ソフトウェアを構成するオープンソースソフトウェア等の部品の一覧を納入させること。', note: 'described' },
    { text: 'ＳＢＯＭ（ソフトウェア部品表）を\n作成し、管理すること。', note: 'full-width, wrapped' },
    { text: '| 納入物 | 内容 |\n|---|---|\n| ソフトウェア部品表 | 構成するライブラリ及びバージョン |', note: 'table row' },
  ],
  decoys: [
    { text: 'ネットワーク構成図を作成し、最新の状態に保つこと。', note: 'network diagram' },
    { text: 'ソフトウェアのライセンスを管理すること。', note: 'licences' },
    { text: 'SBOMとは、ソフトウェアを構成する部品の一覧をいう。', note: 'definition' },
    { text: 'ハードウェアの構成部品の一覧を保守業者から受け取ること。', note: 'hardware parts' },
  ],
});

editionSuite('iot-product-conformity', {
  since: 'r5-2024',
  cover: [
    '統括情報セキュリティ責任者は、IoT製品の選定基準に、JC-STARの★1以上の取得を含めること。',
    'Network cameras and routers shall be selected among products that hold a JC-STAR label.',
    { text: 'ＩｏＴ製品は、セキュリティ要件適合評価及びラベリング制度の適合ラベルを取得したものを選定すること。', note: 'full-width' },
    { text: '監視カメラを調達する場合は、\n適合ラベルを取得した製品とすること。', note: 'wrapped' },
    { text: '| 機器 | 選定基準 |\n|---|---|\n| ネットワークカメラ | JC-STAR ★2 以上 |', note: 'table row' },
  ],
  decoys: [
    { text: 'IoT機器の初期パスワードは、設置時に変更すること。', note: 'an iot-devices safeguard' },
    { text: 'JC-STARとは、IoT製品のセキュリティ適合性を確認する制度をいう。', note: 'definition' },
    { text: '記録媒体にはラベルを貼付して管理すること。', note: 'labels on media' },
    { text: 'ISMAPに登録されたクラウドサービスを選定すること。', note: 'ISMAP, not JC-STAR' },
  ],
});
