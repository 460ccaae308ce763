import type { Language, LocalizedText, Requirement } from '../catalog/types';

export const pick = (t: LocalizedText, lang: Language): string => t[lang] ?? t.ja;

export function missingMessage(r: Requirement, editionTitle: LocalizedText): LocalizedText {
  if (r.level === 'mandatory') {
    return {
      ja: `統一基準（${editionTitle.ja}）で義務とされた「${r.title.ja}」に対応する条項がありません。${r.summary.ja}`,
      en: `No clause covers "${r.title.en}", mandatory since the ${editionTitle.en} of the Common Standards. ${r.summary.en}`,
    };
  }
  return {
    ja: `統一基準群（${editionTitle.ja}）で導入が推奨された「${r.title.ja}」に対応する条項がありません。${r.summary.ja}`,
    en: `No clause covers "${r.title.en}", recommended since the ${editionTitle.en} of the Common Standards. ${r.summary.en}`,
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
