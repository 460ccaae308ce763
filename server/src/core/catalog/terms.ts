// The one list of terms an edition replaced (catalog.yaml `replacementTerms`), said the same way everywhere:
// the outdated-edition explanation and reasons (`{terms}`, `{terms:<edition>}`), the docs page, the hover.
import type { CatalogData, Language } from './types';
import { t } from '../i18n';

/** One replaced term: `old` → `new`, the wording of `edition` (an edition id) or of `since` (an older edition). */
export interface ReplacementTerm {
  old: string;
  new: string;
  edition?: string;
  since?: { ja: string; en: string };
  confidence?: 'S' | 'P' | 'U';
}

const indexOf = (d: CatalogData, id: string) => d.editions.findIndex((e) => e.id === id);

/**
 * The replaced terms that hold when checking against `edition` (an edition's renames apply to it and later ones),
 * or only those of `only` (an edition id).
 */
export function replacementTerms(d: CatalogData, edition: string, only?: string): ReplacementTerm[] {
  const at = indexOf(d, edition);
  return (d.replacementTerms ?? []).filter((t) =>
    only !== undefined ? t.edition === only : t.edition === undefined || indexOf(d, t.edition) <= at,
  );
}

/** 「行政事務従事者 → 職員等、府省庁対策基準 → 機関等対策基準」. */
export function replacementText(terms: ReplacementTerm[], lang: Language): string {
  return terms.map((term) => `${term.old} → ${term.new}`).join(t('common.termSeparator', lang));
}

/** Fills `{terms}` (every rename up to `edition`) and `{terms:<id>}` (the renames of one edition) in a catalog text. */
export function fillTerms(text: string, d: CatalogData, edition: string, lang: Language): string {
  if (!text.includes('{terms')) return text;
  return text.replace(/\{terms(?::([a-z0-9-]+))?\}/g, (_, only: string | undefined) =>
    replacementText(replacementTerms(d, edition, only), lang),
  );
}
