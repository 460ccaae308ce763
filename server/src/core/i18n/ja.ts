// The Japanese string table (the reference: en.ts must have the same keys and parameters).
export const ja = {
  'common.line': (line: number) => `${line}行目`,
  'hover.why': '判定の理由',
  'hover.relatedHead': '関連する条項（要求事項を満たさないもの）',
  'hover.clauseDoesNotMeet': (title: string) => `_この条項は「${title}」の要求事項を満たしていません。_`,
};
