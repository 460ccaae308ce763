import type { Language, LocalizedText, Requirement } from '../catalog/types';
import { eachLanguage, localized, t } from '../i18n';

export const pick = (t: LocalizedText, lang: Language): string => t[lang] ?? t.ja;

/**
 * What the edition that brought the requirement did to it, said exactly (the catalog's `revision`): 「義務化を新設」 for
 * the two newly mandatory ones, 「…可能とする規定を新設」 for mobile devices, 「規定を見直し」 for domain names, and so on.
 * Never 「義務とされた」 for all of them. Without a `revision` (a catalog of another origin), the level alone.
 */
export function revisionText(r: Requirement): LocalizedText {
  if (r.revision) return r.revision.did;
  return r.level === 'mandatory' ? localized('check.revision.mandatory') : localized('check.revision.recommended');
}

/** 「平成30年度版: 義務化を新設」 / "FY2018 edition: newly made mandatory". */
export function revisionLine(r: Requirement, editionTitle: LocalizedText): LocalizedText {
  const did = revisionText(r);
  return eachLanguage((lang) => t('check.revisionLine', lang, editionTitle[lang], did[lang]));
}

export function missingMessage(r: Requirement, editionTitle: LocalizedText): LocalizedText {
  const did = revisionText(r);
  return eachLanguage((lang) =>
    t('check.missing', lang, r.title[lang], editionTitle[lang], did[lang], r.summary[lang]),
  );
}

export function outdatedMessage(r: Requirement, reason: LocalizedText): LocalizedText {
  return eachLanguage((lang) => t('check.outdated', lang, r.title[lang], reason[lang]));
}

export const levelText = (r: Requirement): LocalizedText =>
  r.level === 'mandatory' ? localized('level.mandatory') : localized('level.recommended');

export const statusText: Record<string, LocalizedText> = {
  covered: localized('status.covered'),
  missing: localized('status.missing'),
  outdated: localized('status.outdated'),
  'not-applicable': localized('status.not-applicable'),
};
