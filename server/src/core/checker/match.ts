import type { Catalog, DetectRule } from '../catalog';
import type { Clause } from '../model/types';

/**
 * Answers "does this clause mention concept X" once per clause and concept, however many rules ask: the
 * matching cost stays linear in the text and in the number of concepts.
 */
export class ConceptMatcher {
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly catalog: Catalog) {}

  private test(clause: Clause, requirementId: string, concept: string, where: 'text' | 'context'): boolean {
    const key = `${clause.index}\u0000${requirementId}\u0000${concept}\u0000${where}`;
    let hit = this.cache.get(key);
    if (hit === undefined) {
      const c = this.catalog.concept(requirementId, concept);
      c.pattern.lastIndex = 0;
      hit = c.pattern.test(where === 'text' ? clause.norm.text : clause.context);
      c.pattern.lastIndex = 0;
      this.cache.set(key, hit);
    }
    return hit;
  }

  has(clause: Clause, requirementId: string, concept: string): boolean {
    return this.test(clause, requirementId, concept, 'text');
  }

  hasInContext(clause: Clause, requirementId: string, concept: string): boolean {
    return this.test(clause, requirementId, concept, 'text') || this.test(clause, requirementId, concept, 'context');
  }

  matches(clause: Clause, requirementId: string, rule: DetectRule): boolean {
    if (!rule.all?.length && !rule.any?.length && !rule.context?.length) return false;
    if (rule.all && !rule.all.every((c) => this.has(clause, requirementId, c))) return false;
    if (rule.any && !rule.any.some((c) => this.has(clause, requirementId, c))) return false;
    if (rule.context && !rule.context.every((c) => this.hasInContext(clause, requirementId, c))) return false;
    if (rule.none && rule.none.some((c) => this.has(clause, requirementId, c))) return false;
    return true;
  }
}

/** Every place a concept occurs in a normalised text: [from, to) in normalised units. */
export function findAll(pattern: RegExp, text: string, limit = 100): Array<[number, number]> {
  const re = new RegExp(pattern.source, 'g');
  const out: Array<[number, number]> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && out.length < limit) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
