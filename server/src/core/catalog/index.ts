import data from './catalog.generated.json';
import { normalizeForMatch } from '../text/normalize';
import type { CatalogData, Requirement } from './types';

export * from './types';

export const catalogData = data as unknown as CatalogData;

/** A concept's terms compiled into one pattern over normalised text. */
export interface CompiledConcept {
  name: string;
  pattern: RegExp;
}

export interface Catalog {
  data: CatalogData;
  requirements: Requirement[];
  byId: Map<string, Requirement>;
  /** Concepts by name: the shared ones, then each requirement's own (named `<id>/<name>` internally). */
  concept(requirementId: string | undefined, name: string): CompiledConcept;
  allConcepts(): CompiledConcept[];
}

export function compileTerms(name: string, terms: string[]): CompiledConcept {
  // Terms are normalised like the text they are matched against, so authors may write full-width or
  // upper case; a full-width parenthesis would turn into a regex group, which the catalog test rejects.
  const source = terms.map((t) => `(?:${normalizeForMatch(t)})`).join('|');
  return { name, pattern: new RegExp(source, 'g') };
}

export function buildCatalog(d: CatalogData = catalogData): Catalog {
  const shared = new Map<string, CompiledConcept>();
  for (const [name, terms] of Object.entries(d.concepts)) shared.set(name, compileTerms(name, terms));
  const local = new Map<string, CompiledConcept>();
  for (const r of d.requirements) {
    for (const [name, terms] of Object.entries(r.concepts ?? {})) local.set(`${r.id}/${name}`, compileTerms(name, terms));
  }
  return {
    data: d,
    requirements: d.requirements,
    byId: new Map(d.requirements.map((r) => [r.id, r])),
    concept(requirementId, name) {
      const c = (requirementId && local.get(`${requirementId}/${name}`)) || shared.get(name);
      if (!c) throw new Error(`kijun catalog: unknown concept "${name}"${requirementId ? ` in ${requirementId}` : ''}`);
      return c;
    },
    allConcepts: () => [...shared.values(), ...local.values()],
  };
}

let defaultCatalog: Catalog | undefined;
export function getCatalog(): Catalog {
  return (defaultCatalog ??= buildCatalog());
}
