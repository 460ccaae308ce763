// The server speaks the user's language: the client's locale (initialize `locale`), unless the
// `kijun.language` setting says otherwise. Japanese first: without a locale the UI is Japanese.
export type Lang = 'ja' | 'en';

export function resolveLanguage(setting: string | undefined, locale: string | undefined): Lang {
  if (setting === 'ja' || setting === 'en') return setting;
  if (!locale) return 'ja';
  return /^ja\b/i.test(locale) ? 'ja' : 'en';
}

type Text = { ja: string; en: string };
const t = (ja: string, en: string): Text => ({ ja, en });

/** Every UI string the server writes, in both languages. */
export const TEXT = {
  insertClause: (title: Text) => t(`統一基準に対応する条項を挿入: ${title.ja}`, `Insert a clause for the Common Standards: ${title.en}`),
  insertClauseUnnumbered: (title: Text) => t(`統一基準に対応する条項を番号なしの見出しで挿入: ${title.ja}（続きの番号は統一基準の別の項のため）`, `Insert a clause for the Common Standards under an unnumbered heading: ${title.en} (the next number is another part of the standard)`),
  insertRevised: (title: Text) => t(`改定後の条項をこの条項の後に追加: ${title.ja}（元の条項は残します）`, `Add the revised clause after this one: ${title.en} (keeps the original)`),
  replaceRevised: (title: Text) => t(`この条項を改定後の条項で置き換える: ${title.ja}（確認のうえ適用）`, `Replace this clause with the revised clause: ${title.en} (applied after confirmation)`),
  replaceRevisedDirect: (title: Text) => t(`この条項を改定後の条項で置き換える: ${title.ja}（元の条項の本文を書き換えます）`, `Replace this clause with the revised clause: ${title.en} (rewrites the original text)`),
  replaceConfirm: t('旧い条項の本文を改定後の条項に書き換えます。条項番号と見出しは残します。', 'Rewrites the outdated clause\'s text as the revised clause; its number and caption stay.'),
  notApplicable: (title: Text) => t(`「${title.ja}」を対象外として記録（フロントマター）`, `Mark "${title.en}" as not applicable (front matter)`),
  disable: (id: string) => t(`この条項では ${id} を検査しない（コメントを挿入）`, `Disable ${id} for this clause (insert a comment)`),
  insertAll: (n: number) => t(`統一基準の不足条項をすべて挿入（${n} 件）`, `Insert all missing clauses for the Common Standards (${n})`),
  reasonPlaceholder: t('理由を記入', 'reason'),
};
