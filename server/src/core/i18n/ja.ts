// The Japanese string table (the reference: en.ts must have the same keys and parameters).
export const ja = {
  'common.line': (line: number) => `${line}行目`,
  'hover.why': '判定の理由',
  'hover.relatedHead': '関連する条項（要求事項を満たさないもの）',
  'hover.clauseDoesNotMeet': (title: string) => `_この条項は「${title}」の要求事項を満たしていません。_`,
  // policy sets (kijun.json): core/policySet, server/policySets.ts
  'set.configLinkOutside': (name: string) => `${name} はフォルダの外のファイルへのリンクです。読み込みません。`,
  'set.configTooLarge': '設定ファイルが大きすぎます（1 MB まで）。',
  'set.configMissing': '設定ファイルがありません。',
  'set.configUnreadable': (code: string) => `設定ファイルを読めません（${code}）。`,
  'set.secondConfigIgnored': (second: string, first: string) => `同じフォルダの ${second} は使われません（${first} を優先します）。`,
  'set.tooManyFiles': (count: number, max: number) => `ファイルが多すぎます: ${count.toLocaleString('en')} 件（一つのセットは ${max} 件まで）。最初の ${max} 件だけを検査します。パターンを絞るか、セットを分けてください。`,
  'set.fileNotChecked': (name: string, why: string) => `files: ${name} を検査できません（${why}）`,
  'set.fileBadBytes': (name: string, why: string) => `files: ${name} に読めないバイトがあります（${why}）`,
  'set.unusablePattern': (pattern: string, why: string) => `${pattern}: 使えないパターンです（${why}）。`,
  'set.patternMatchesNothing': (pattern: string) => `${pattern} に一致するファイルがありません。`,
  'set.noSuchFile': (name: string) => `${name} が見つかりません。`,
  'set.primaryNotListed': (name: string) => `primary の ${name} は files に含まれていません。`,
};
