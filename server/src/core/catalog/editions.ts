// What each edition checks and what changed between two editions (`kijun editions`, `kijun editions --diff`), and
// the edition facts people cite an edition by (era, fiscal year, guideline updates): all read from the catalog.
import { changesUpTo, editionIndex, type Catalog } from './index';
import type { CatalogData, Edition, EditionSignal, Era, LocalizedText, Requirement } from './types';

/** One edition with its requirement set and what it added, changed and removed compared with the edition before. */
export interface EditionListing {
  edition: Edition;
  isDefault: boolean;
  requirements: Requirement[];
  /** Against the previous edition (none for the first). */
  diff?: EditionDiff;
}

export interface RequirementChangeEntry {
  /** The requirement as the later of the two editions sees it. */
  requirement: Requirement;
  /** The editions whose changes lie between the two, oldest first, with what each changed. */
  changes: Array<{ edition: string; note: LocalizedText }>;
}

export interface EditionDiff {
  from: Edition;
  to: Edition;
  /** In `to`, not in `from` (as `to` sees them): newly checked. */
  added: Requirement[];
  /**
   * The part of `added` that is not new to the standard: the provision existed in an earlier edition and the later
   * one revised it (`revision.kind: changed`, e.g. equipment procurement, 5.1.2 before FY2023). Kijun checks what
   * that edition changed.
   */
  revisedExisting: Requirement[];
  /** In both, changed by an edition between them. */
  changed: RequirementChangeEntry[];
  /** In `from`, not in `to` (as `from` sees them). */
  removed: Requirement[];
  /** Edition-check signals (terms of older editions) checked against `to` but not `from`, and the reverse. */
  outdatedTerms: { added: EditionSignal[]; removed: EditionSignal[] };
}

function editionOf(catalog: Catalog, id: string): Edition {
  const e = catalog.data.editions.find((x) => x.id === id);
  if (!e) throw new Error(`unknown edition "${id}" (known: ${catalog.data.editions.map((x) => x.id).join(', ')})`);
  return e;
}

/** What changed from edition `a` to edition `b` (either order). Throws on an unknown edition. */
export function editionDiff(catalog: Catalog, a: string, b: string): EditionDiff {
  const from = editionOf(catalog, a);
  const to = editionOf(catalog, b);
  const A = catalog.forEdition(a);
  const B = catalog.forEdition(b);
  const changed: RequirementChangeEntry[] = [];
  for (const r of B.requirements) {
    const before = A.byId.get(r.id);
    if (!before) continue;
    const base = catalog.data.requirements.find((x) => x.id === r.id)!;
    const inA = new Set(changesUpTo(catalog.data, base, a));
    const inB = new Set(changesUpTo(catalog.data, base, b));
    const between = Object.keys(base.changes ?? {})
      .filter((e) => inA.has(e) !== inB.has(e))
      .sort((x, y) => editionIndex(catalog.data, x) - editionIndex(catalog.data, y));
    if (between.length)
      changed.push({
        requirement: editionIndex(catalog.data, b) >= editionIndex(catalog.data, a) ? r : before,
        changes: between.map((e) => ({ edition: e, note: base.changes![e].note })),
      });
  }
  const added = B.requirements.filter((r) => !A.byId.has(r.id));
  return {
    from,
    to,
    added,
    revisedExisting: added.filter((r) => r.revision?.kind === 'changed'),
    changed,
    removed: A.requirements.filter((r) => !B.byId.has(r.id)),
    outdatedTerms: {
      added: B.signals.filter((s) => !A.signals.includes(s)),
      removed: A.signals.filter((s) => !B.signals.includes(s)),
    },
  };
}

/** Every edition, oldest first, with its requirements and what it changed against the one before. */
export function editionListing(catalog: Catalog): EditionListing[] {
  const editions = catalog.data.editions;
  return editions.map((edition, i) => ({
    edition,
    isDefault: edition.id === catalog.data.defaultEdition,
    requirements: catalog.forEdition(edition.id).requirements,
    ...(i > 0 ? { diff: editionDiff(catalog, editions[i - 1].id, edition.id) } : {}),
  }));
}

// ---------------------------------------------------------------------------------------------------------
// How people name an edition (令和5年度版, R5, FY2023, 令和5年度版・2024年7月一部改定), from the catalog's facts:
// the parsers (checker/edition.ts) and the standard hover keep no list of their own.

/** The editions of the standard itself, oldest first: the older ones, then those Kijun checks without updates. */
export function standardEditions(d: CatalogData): Edition[] {
  return [...(d.olderEditions ?? []), ...d.editions.filter((e) => e.standard === undefined)];
}

/** The era a word names: its name, romaji or letter (平成, heisei, h), in any case. */
export function eraNamed(d: CatalogData, word: string): Era | undefined {
  const w = word.toLowerCase();
  return d.eras?.find((e) => e.name === w || e.romaji === w || e.letter === w);
}

/** The Western year of an era's year (令和6年 → 2024). */
export function westernYear(era: Era, year: number): number {
  return era.firstYear + year - 1;
}

/** A Western year in the era it fell in (2024 → 令和6年): the latest era begun by then. */
export function eraYearOf(d: CatalogData, year: number): { era: Era; year: number } | undefined {
  const era = (d.eras ?? [])
    .filter((e) => e.firstYear <= year)
    .reduce<Era | undefined>((a, b) => (a && a.firstYear > b.firstYear ? a : b), undefined);
  return era && { era, year: year - era.firstYear + 1 };
}

/** The edition of the standard an era year names (令和, 5 → r5), and whether it is older than those Kijun checks. */
export function editionByEra(
  d: CatalogData,
  era: string,
  year: number,
): { edition: Edition; older: boolean } | undefined {
  const e = standardEditions(d).find((x) => x.era?.name === era && x.era.year === year);
  return e && { edition: e, older: isOlder(d, e) };
}

/** The edition of the standard a Western fiscal year names (2023 → r5). */
export function editionByFiscalYear(
  d: CatalogData,
  fiscalYear: number,
): { edition: Edition; older: boolean } | undefined {
  const e = standardEditions(d).find((x) => x.fiscalYear === fiscalYear);
  return e && { edition: e, older: isOlder(d, e) };
}

const isOlder = (d: CatalogData, e: Edition) => (d.olderEditions ?? []).includes(e);

/** The guideline-only updates of an edition (r5 → r5-2024), with the year and month of their `date` (YYYY-MM). */
export function updatesOf(d: CatalogData, id: string): Array<{ edition: Edition; year: number; month: number }> {
  return d.editions
    .filter((e) => e.standard === id)
    .map((e) => ({ edition: e, year: Number(e.date.slice(0, 4)), month: Number(e.date.slice(5, 7)) }))
    .filter((u) => u.year > 0 && u.month > 0);
}

/** The fiscal years Kijun's editions span: before the first is older, after the last is newer than it knows. */
export function fiscalYearSpan(d: CatalogData): { first: number; last: number } {
  const years = d.editions
    .map((e) => e.fiscalYear ?? (e.standard ? d.editions.find((s) => s.id === e.standard)?.fiscalYear : undefined))
    .filter((y): y is number => y !== undefined);
  return { first: Math.min(...years), last: Math.max(...years) };
}
