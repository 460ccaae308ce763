import data from './catalog.generated.json';
import { normalizeForMatch } from '../text/normalize';
import type { CatalogData, EditionSignal, Requirement } from './types';

export * from './types';

export const catalogData = data as unknown as CatalogData;

/** A concept's terms compiled into one pattern over normalized text. */
export interface CompiledConcept {
  name: string;
  pattern: RegExp;
}

/**
 * The catalog as one edition sees it: `requirements` are the requirements that apply to `edition`, each as its
 * latest change up to that edition left it. All editions share the compiled concepts, so a ConceptMatcher made
 * for one edition answers for the others too.
 */
export interface Catalog {
  data: CatalogData;
  /** The edition this catalog checks against. */
  edition: string;
  requirements: Requirement[];
  byId: Map<string, Requirement>;
  /** Concepts by name: the shared ones, then each requirement's own (named `<id>/<name>` internally). */
  concept(requirementId: string | undefined, name: string): CompiledConcept;
  allConcepts(): CompiledConcept[];
  /** The same catalog as another edition sees it. Throws on an id that is not in `data.editions`. */
  forEdition(edition: string): Catalog;
  /** The edition-check signals checked against this edition. */
  signals: EditionSignal[];
}

/**
 * The terms of the bundled catalog that normalization changes, with what it makes of them (JSON), found when the
 * bundle was built (scripts/normalizedTerms.mjs): every other term of it is normalized already and is used as it
 * is, so a new process does not normalize ~1 400 terms before its first analysis. Undefined when run from source.
 */
declare const KIJUN_NORMALIZED_TERMS: string | undefined;
const normalizedAtBuild: Record<string, string> | undefined =
  typeof KIJUN_NORMALIZED_TERMS === 'string' ? JSON.parse(KIJUN_NORMALIZED_TERMS) : undefined;

/**
 * `prebuilt`: the terms normalization changes (see KIJUN_NORMALIZED_TERMS) when `terms` are known to have been
 * normalized already (the bundled catalog in the bundle); without it every term is normalized here.
 */
export function compileTerms(name: string, terms: string[], prebuilt?: Record<string, string>): CompiledConcept {
  // Terms are normalized like the text they are matched against, so authors may write full-width or
  // upper case; a full-width parenthesis would turn into a regex group, which the catalog test rejects.
  const norm = prebuilt ? (t: string) => (Object.hasOwn(prebuilt, t) ? prebuilt[t] : t) : normalizeForMatch;
  const source = terms.map((t) => `(?:${norm(t)})`).join('|');
  return { name, pattern: new RegExp(source, 'g') };
}

/** Position of an edition in `data.editions` (oldest first), -1 when unknown. */
export function editionIndex(d: CatalogData, edition: string): number {
  return d.editions.findIndex((e) => e.id === edition);
}

/** Whether a requirement applies to an edition: it appeared in it or earlier and was not removed by then. */
export function appliesIn(d: CatalogData, r: Requirement, edition: string): boolean {
  const at = editionIndex(d, edition);
  return editionIndex(d, r.edition) <= at && (r.removed === undefined || editionIndex(d, r.removed) > at);
}

/** Whether an edition-check signal is checked against an edition (`from` / `until` are inclusive). */
export function signalApplies(d: CatalogData, s: EditionSignal, edition: string): boolean {
  const at = editionIndex(d, edition);
  return (
    (s.from === undefined || editionIndex(d, s.from) <= at) && (s.until === undefined || editionIndex(d, s.until) >= at)
  );
}

/** The editions (oldest first) whose changes apply to a requirement checked against `edition`. */
export function changesUpTo(d: CatalogData, r: Requirement, edition: string): string[] {
  const at = editionIndex(d, edition);
  return Object.keys(r.changes ?? {})
    .filter((e) => editionIndex(d, e) <= at)
    .sort((a, b) => editionIndex(d, a) - editionIndex(d, b));
}

/** A requirement as an edition sees it: the base with every change up to that edition applied in order. */
function variantAt(d: CatalogData, r: Requirement, edition: string): Requirement {
  const applied = changesUpTo(d, r, edition);
  if (!applied.length) return r;
  let v: Requirement = { ...r };
  for (const e of applied) {
    const { note: _note, concepts, ...fields } = r.changes![e];
    v = { ...v, ...fields, ...(concepts ? { concepts: { ...(v.concepts ?? {}), ...concepts } } : {}), variant: e };
  }
  return v;
}

/** The requirements an edition checks, in catalog order. */
export function requirementsFor(d: CatalogData, edition: string): Requirement[] {
  return d.requirements.filter((r) => appliesIn(d, r, edition)).map((r) => variantAt(d, r, edition));
}

/** Mistakes in the edition data that would make an edition's requirement set wrong; thrown when building. */
export function editionProblems(d: CatalogData): string[] {
  const problems: string[] = [];
  const ids = d.editions.map((e) => e.id);
  if (new Set(ids).size !== ids.length) problems.push(`duplicate edition ids: ${ids.join(', ')}`);
  const known = (e: string | undefined) => e === undefined || ids.includes(e);
  if (!known(d.defaultEdition)) problems.push(`defaultEdition "${d.defaultEdition}" is not an edition`);
  for (const e of d.editions)
    if (e.standard !== undefined && !known(e.standard))
      problems.push(`edition ${e.id}: standard "${e.standard}" is not an edition`);
  for (const r of d.requirements) {
    if (!known(r.edition)) problems.push(`${r.id}: edition "${r.edition}" is not an edition`);
    if (r.removed !== undefined && (!known(r.removed) || editionIndex(d, r.removed) <= editionIndex(d, r.edition)))
      problems.push(`${r.id}: removed "${r.removed}" is not an edition after ${r.edition}`);
    for (const e of Object.keys(r.changes ?? {})) {
      const i = editionIndex(d, e);
      if (i <= editionIndex(d, r.edition) || (r.removed !== undefined && i >= editionIndex(d, r.removed)))
        problems.push(`${r.id}: change "${e}" is not an edition in which the requirement applies after it appeared`);
    }
  }
  for (const s of d.editionCheck.signals) {
    if (!known(s.from) || !known(s.until)) problems.push(`edition signal ${s.concept}: unknown edition in from/until`);
  }
  // How people cite an edition (令和5年度版, FY2023) is read from these two facts: they must agree.
  for (const e of [...(d.olderEditions ?? []), ...d.editions]) {
    if (!e.era) continue;
    const era = d.eras?.find((x) => x.name === e.era!.name);
    if (!era) problems.push(`edition ${e.id}: era "${e.era.name}" is not in eras`);
    else if (e.fiscalYear !== undefined && era.firstYear + e.era.year - 1 !== e.fiscalYear)
      problems.push(`edition ${e.id}: ${e.era.name}${e.era.year} is not FY${e.fiscalYear}`);
  }
  return problems;
}

export function buildCatalog(
  d: CatalogData = catalogData,
  edition: string = d.defaultEdition,
  prebuilt = d === catalogData ? normalizedAtBuild : undefined,
): Catalog {
  const problems = editionProblems(d);
  if (problems.length) throw new Error(`kijun catalog: ${problems.join('; ')}`);
  const shared = new Map<string, CompiledConcept>();
  for (const [name, terms] of Object.entries(d.concepts)) shared.set(name, compileTerms(name, terms, prebuilt));
  // Each requirement's own concepts, with those its changes add; one registry for all editions.
  const local = new Map<string, CompiledConcept>();
  const localTerms = new Map<string, string>();
  for (const r of d.requirements) {
    const sets: Array<[string, Record<string, string[]> | undefined]> = [
      [r.edition, r.concepts],
      ...Object.entries(r.changes ?? {}).map(
        ([e, c]) => [e, c.concepts] as [string, Record<string, string[]> | undefined],
      ),
    ];
    for (const [e, concepts] of sets) {
      for (const [name, terms] of Object.entries(concepts ?? {})) {
        const key = `${r.id}/${name}`;
        const json = JSON.stringify(terms);
        const before = localTerms.get(key);
        if (before !== undefined && before !== json)
          throw new Error(
            `kijun catalog: ${r.id}: the change of ${e} redefines concept "${name}" (add a new name instead)`,
          );
        if (before !== undefined) continue;
        localTerms.set(key, json);
        local.set(key, compileTerms(name, terms, prebuilt));
      }
    }
  }
  const concept = (requirementId: string | undefined, name: string): CompiledConcept => {
    const c = (requirementId && local.get(`${requirementId}/${name}`)) || shared.get(name);
    if (!c) throw new Error(`kijun catalog: unknown concept "${name}"${requirementId ? ` in ${requirementId}` : ''}`);
    return c;
  };
  const allConcepts = () => [...shared.values(), ...local.values()];
  const views = new Map<string, Catalog>();
  const view = (id: string): Catalog => {
    let v = views.get(id);
    if (!v) {
      if (editionIndex(d, id) < 0)
        throw new Error(`kijun catalog: unknown edition "${id}" (known: ${d.editions.map((e) => e.id).join(', ')})`);
      const requirements = requirementsFor(d, id);
      v = {
        data: d,
        edition: id,
        requirements,
        byId: new Map(requirements.map((r) => [r.id, r])),
        concept,
        allConcepts,
        forEdition: view,
        signals: d.editionCheck.signals.filter((s) => signalApplies(d, s, id)),
      };
      views.set(id, v);
    }
    return v;
  };
  return view(edition);
}

let defaultCatalog: Catalog | undefined;
/** The bundled catalog, as the default edition (FY2018) sees it, or as `edition` does. */
export function getCatalog(edition?: string): Catalog {
  const c = (defaultCatalog ??= buildCatalog());
  return edition === undefined ? c : c.forEdition(edition);
}
