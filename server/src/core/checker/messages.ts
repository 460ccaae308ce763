import type { Language, LocalizedText, Requirement } from '../catalog/types';

export const pick = (t: LocalizedText, lang: Language): string => t[lang] ?? t.ja;

/**
 * What the edition that brought the requirement did to it, said exactly (the catalog's `revision`): 「義務化を新設」 for
 * the two newly mandatory ones, 「…可能とする規定を新設」 for mobile devices, 「規定を見直し」 for domain names, and so on.
 * Never 「義務とされた」 for all of them. Without a `revision` (a catalog of another origin), the level alone.
 */
export function revisionText(r: Requirement): LocalizedText {
  if (r.revision) return r.revision.did;
  return r.level === 'mandatory' ? { ja: '遵守事項', en: 'a requirement of the standard' } : { ja: '導入を推奨', en: 'introduction recommended' };
}

/** 「平成30年度版: 義務化を新設」 / "FY2018 edition: newly made mandatory". */
export function revisionLine(r: Requirement, editionTitle: LocalizedText): LocalizedText {
  const did = revisionText(r);
  return { ja: `${editionTitle.ja}: ${did.ja}`, en: `${editionTitle.en}: ${did.en}` };
}

export function missingMessage(r: Requirement, editionTitle: LocalizedText): LocalizedText {
  const did = revisionText(r);
  return {
    ja: `「${r.title.ja}」に対応する条項がありません（統一基準群 ${editionTitle.ja}: ${did.ja}）。${r.summary.ja}`,
    en: `No clause covers "${r.title.en}" (Common Standards, ${editionTitle.en}: ${did.en}). ${r.summary.en}`,
  };
}

export function outdatedMessage(r: Requirement, reason: LocalizedText): LocalizedText {
  return {
    ja: `「${r.title.ja}」の規定が改定前の内容です: ${reason.ja}`,
    en: `"${r.title.en}" is written as before the revision: ${reason.en}`,
  };
}

export const levelText = (r: Requirement): LocalizedText =>
  r.level === 'mandatory' ? { ja: '義務', en: 'mandatory' } : { ja: '推奨', en: 'recommended' };

export const statusText: Record<string, LocalizedText> = {
  covered: { ja: '対応済み', en: 'covered' },
  missing: { ja: '不足', en: 'missing' },
  outdated: { ja: '要改訂', en: 'outdated' },
  'not-applicable': { ja: '対象外', en: 'not applicable' },
};
