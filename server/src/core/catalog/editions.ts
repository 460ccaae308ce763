// What each edition checks and what changed between two editions: `kijun editions` and `kijun editions --diff`.
import { changesUpTo, editionIndex, type Catalog } from './index';
import type { Edition, EditionSignal, LocalizedText, Requirement } from './types';

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
    if (between.length) changed.push({ requirement: editionIndex(catalog.data, b) >= editionIndex(catalog.data, a) ? r : before, changes: between.map((e) => ({ edition: e, note: base.changes![e].note })) });
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
