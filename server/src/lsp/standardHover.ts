// The hover on a reference to the standard itself (「統一基準」「令和5年度版」「FY2016 edition」): which edition
// Kijun checks the document against, where the named one stands, and why. Every edition fact is the catalog's
// (editions, olderEditions, eras): an edition added there is recognised and listed here without a change.
import { getCatalog, type CatalogData, type Edition, type PolicyAnalysis } from '../core';
import { eraNamed, standardEditions } from '../core/catalog/editions';
import { t } from '../core/i18n';
import type { Lang } from './i18n';

const D = '[0-9０-９]';
const references = new WeakMap<CatalogData, RegExp>();

// Era names and their letters (H30, Ｈ30); fiscal years of the editions the catalog names.
function referencePattern(d: CatalogData): RegExp {
  let re = references.get(d);
  if (re) return re;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const wide = (c: string) => String.fromCharCode(c.toUpperCase().charCodeAt(0) + 0xfee0);
  const eraWords = (d.eras ?? []).flatMap((e) => [esc(e.name), esc(e.letter), wide(e.letter)]);
  const years = standardEditions(d).flatMap((e) => (e.fiscalYear ? [String(e.fiscalYear)] : []));
  re = new RegExp(
    [
      `(?<era>(?<w>${eraWords.join('|') || '(?!)'})[ 　]?(?<n>${D}{1,2})[ 　]?年度(?:版|の統一基準))`,
      `(?<fy>FY[ ]?(?<y>${years.join('|') || '(?!)'})(?:[ ]edition)?)`,
      `(?<generic>統一基準群?|統一規範|(?:Common|Unified) Standards)`,
    ].join('|'),
    'gi',
  );
  references.set(d, re);
  return re;
}

function editionOf(groups: Record<string, string | undefined>, d: CatalogData): Edition | undefined {
  const list = standardEditions(d);
  if (groups.y) return list.find((e) => e.fiscalYear === Number(groups.y));
  if (!groups.w || !groups.n) return undefined;
  const era = eraNamed(d, groups.w.normalize('NFKC'));
  const year = Number(groups.n.normalize('NFKC'));
  return era && list.find((e) => e.era?.name === era.name && e.era.year === year);
}

/** A reference to the standard itself under the cursor: 「統一基準」「平成28年度版」「FY2016 edition」. */
export function standardReferenceAt(
  line: string,
  character: number,
  d: CatalogData = getCatalog().data,
): { start: number; end: number; edition?: Edition } | undefined {
  const re = referencePattern(d);
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    if (character >= start && character <= end) return { start, end, edition: editionOf(m.groups ?? {}, d) };
  }
  return undefined;
}

/** Which edition is current for this document (the one Kijun checks against) and where the named one stands. */
export function standardMarkdown(analysis: PolicyAnalysis, edition: Edition | undefined, lang: Lang): string {
  const d = analysis.catalog.data;
  const list = standardEditions(d);
  // A guideline-only update (r5-2024) checks against its standard's edition (r5): citing that one is current.
  const checkedId = d.editions.find((e) => e.id === analysis.edition)?.standard ?? analysis.edition;
  const at = (id: string) => list.findIndex((e) => e.id === id);
  const checkedIndex = at(checkedId) >= 0 ? at(checkedId) : Math.max(0, at(d.defaultEdition));
  const checked = list[checkedIndex];
  const name = (e: Edition) => t('edition.hover.name', lang, e.title[lang], e.date);
  const history = t(
    'edition.hover.history',
    lang,
    list.map((e) => (e.id === checked.id ? `**${e.title[lang]}**` : e.title[lang])).join(' → '),
  );
  const lines: string[] = [];
  if (!edition) lines.push(t('edition.hover.standard', lang, name(checked)));
  else {
    const i = at(edition.id);
    const verdict =
      edition.id === checked.id
        ? t('edition.hover.current', lang)
        : i < checkedIndex
          ? t('edition.hover.older', lang, name(checked))
          : t('edition.hover.later', lang, name(checked));
    lines.push(`${t('edition.hover.head', lang, name(edition))} — ${verdict}`);
  }
  // Why this edition (front matter, setting, the basis the policy declares, or the default).
  const fallback = d.editions.find((e) => e.id === d.defaultEdition);
  lines.push(
    '',
    history,
    '',
    t('edition.hover.why', lang, analysis.editionChoice.reason[lang]),
    '',
    t('edition.hover.auto', lang, fallback?.title[lang] ?? d.defaultEdition, fallback?.fiscalYear),
  );
  return lines.join('\n');
}
