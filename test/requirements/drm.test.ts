import { requirementSuite } from './helpers';

requirementSuite('drm', {
  cover: [
    '統括情報セキュリティ責任者は、要機密情報を含む電子ファイルについて、デジタル著作権管理（DRM）によるアクセス制御を導入すること。',
    { text: '要機密情報を含む文書ファイルにはIRMを適用し、閲覧・印刷・複製の権限を利用者ごとに制御する。', note: 'IRM paraphrase' },
    { text: 'Files containing confidential information shall be protected with information rights management so that they remain unreadable even if they are leaked.', note: 'English' },
    { text: '統括情報セキュリティ責任者は、ＤＲＭ製品を導入し、機密性３情報を保護すること。', note: 'full-width' },
    { text: '電子ファイルが外部に流出した場合でも\n権限のない者が内容を閲覧できないよう、\nファイル単位で暗号化と利用権限の制御を行う仕組みを導入すること。', note: 'wrapped, described by effect' },
    { text: '| 対策 | 対象 |\n|---|---|\n| 情報権限管理（IRM）によるアクセス制御 | 要機密情報を含むファイル |', note: 'table row' },
    { text: '- デジタル著作権管理による方式でファイルへのアクセスを制御すること。', heading: '6.1.2 アクセス制御機能', note: 'list item' },
    { text: '要機密情報を含む電子ファイルには、閲覧・印刷・複製の利用制限を設定すること。', note: 'usage restrictions on files' },
    { text: '要機密情報を含む電子ファイルには、これを適用する。', heading: '第12条（デジタル著作権管理）', note: 'DRM named in the heading' },
    { text: '第40条 情報システムセキュリティ責任者は、クラウドサービス上に保存する要保護情報にデジタル著作権管理を適用するものとする。', note: '条 style' },
  ],
  decoys: [
    { text: '要機密情報を含むファイルは、暗号化して保存すること。', note: 'storage encryption' },
    { text: 'ファイルサーバの共有フォルダには、業務上必要な者にのみ閲覧・編集の権限を付与すること。', note: 'folder permissions' },
    { text: '職員等は、著作権を侵害するソフトウェアを利用してはならない。', note: 'copyright' },
    { text: 'モバイル端末は、紛失・盗難時に第三者が閲覧できないよう、記録領域を暗号化すること。', note: 'device encryption' },
    { text: '統括情報セキュリティ責任者は、特権を付与されたIDの権限管理を厳格に行うこと。', note: 'privilege management' },
    { text: '要機密情報を電子メールで送る場合は、パスワード付きZIPファイルにすること。', note: 'password ZIP' },
    { text: '要機密文書の閲覧・複製は、許可された者に限ること。', note: 'paper documents' },
  ],
  outdated: [],
  ignored: [
    { text: '```\n要機密情報を含むファイルにデジタル著作権管理（DRM）を適用すること。\n```', note: 'code block' },
    { text: '<!--\n要機密情報を含むファイルにデジタル著作権管理（DRM）を適用すること。\n-->', note: 'HTML comment' },
    { text: '> 要機密情報を含むファイルにデジタル著作権管理（DRM）を適用すること。', note: 'blockquote' },
  ],
});
