// The Japanese string table (the reference: en.ts must have the same keys and parameters).
export const ja = {
  'common.line': (line: number) => `${line}行目`,
  'hover.why': '判定の理由',
  'hover.relatedHead': '関連する条項（要求事項を満たさないもの）',
  'hover.clauseDoesNotMeet': (title: string) => `_この条項は「${title}」の要求事項を満たしていません。_`,
  // The standard hover (server/standardHover.ts): the editions and the one this document is checked against.
  'edition.hover.name': (title: string, date: string) => `${title}（${date}）`,
  'edition.hover.history': (editions: string) => `版の変遷: ${editions}`,
  'edition.hover.standard': (checked: string) => `**統一基準**（政府機関等の情報セキュリティ対策のための統一基準群）— Kijun はこの文書を **${checked}** の改定内容で検査しています。`,
  'edition.hover.head': (edition: string) => `**統一基準群 ${edition}**`,
  'edition.hover.current': 'Kijun がこの文書の検査に用いている版（現行として扱う版）です。',
  'edition.hover.older': (checked: string) => `改定前の版です。現行として扱う版は **${checked}** です。根拠として挙げる版を改めてください。`,
  'edition.hover.later': (checked: string) => `Kijun は現在 ${checked} の改定内容で検査しています。この版で追加された事項は検査していません。`,
  'edition.hover.why': (reason: string) => `検査する版の決め方: ${reason}。`,
  'edition.hover.auto': (fallback: string, _fiscalYear: number | undefined) => `既定（\`auto\`）では、ポリシーが根拠として挙げる版で検査します（記載がないか改定前の版なら${fallback}）。設定 \`kijun.edition\` またはフロントマター \`kijun.edition\` で指定できます。`,
};
