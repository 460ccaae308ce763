import type { Catalog, CompiledConcept, DetectRule } from '../catalog';
import type { Clause } from '../model/types';

/** A rule with its concepts resolved (for one requirement) to dense concept numbers. */
interface CompiledRule {
  /** No `all`, `any` or `context`: the rule matches nothing. */
  empty: boolean;
  all: number[];
  any: number[] | null;
  context: number[];
  none: number[];
}

const UNKNOWN = 0;
const ABSENT = 1;
const PRESENT = 2;

/**
 * Answers "does this clause mention concept X" once per distinct text and concept, however many rules and
 * requirements ask: the matching cost stays linear in the text and in the number of concepts. Concepts are
 * numbered once; each distinct clause text (and each distinct context) keeps one small array of answers, so the
 * hot path builds no keys. One matcher may serve many analyses of the same document (the incremental analyzer
 * keeps it): unchanged clauses are then not matched again.
 */
export class ConceptMatcher {
  private readonly numbers = new Map<CompiledConcept, number>();
  private readonly patterns: RegExp[] = [];
  private readonly rules = new WeakMap<DetectRule, Map<string, CompiledRule>>();
  private texts = new Map<string, Uint8Array>();
  private contexts = new Map<string, Uint8Array>();

  constructor(private readonly catalog: Catalog) {
    for (const c of catalog.allConcepts()) this.number(c);
  }

  private number(c: CompiledConcept): number {
    let n = this.numbers.get(c);
    if (n === undefined) {
      n = this.patterns.length;
      this.numbers.set(c, n);
      this.patterns.push(c.pattern);
      // A concept unknown when the answer arrays were made: start over with wider arrays.
      if (this.texts.size || this.contexts.size) {
        this.texts = new Map();
        this.contexts = new Map();
      }
    }
    return n;
  }

  private conceptNumber(requirementId: string | undefined, name: string): number {
    return this.number(this.catalog.concept(requirementId, name));
  }

  private answers(map: Map<string, Uint8Array>, text: string): Uint8Array {
    let a = map.get(text);
    if (!a) {
      a = new Uint8Array(this.patterns.length);
      map.set(text, a);
    }
    return a;
  }

  private hit(answers: Uint8Array, text: string, n: number): boolean {
    let v = answers[n];
    if (v === UNKNOWN) {
      const pattern = this.patterns[n];
      pattern.lastIndex = 0;
      v = pattern.test(text) ? PRESENT : ABSENT;
      pattern.lastIndex = 0;
      answers[n] = v;
    }
    return v === PRESENT;
  }

  private compile(rule: DetectRule, requirementId: string): CompiledRule {
    let byRequirement = this.rules.get(rule);
    if (!byRequirement) {
      byRequirement = new Map();
      this.rules.set(rule, byRequirement);
    }
    let c = byRequirement.get(requirementId);
    if (!c) {
      const num = (names: string[] | undefined) => (names ?? []).map((name) => this.conceptNumber(requirementId, name));
      c = {
        empty: !rule.all?.length && !rule.any?.length && !rule.context?.length,
        all: num(rule.all),
        any: rule.any ? num(rule.any) : null,
        context: num(rule.context),
        none: num(rule.none),
      };
      byRequirement.set(requirementId, c);
    }
    return c;
  }

  /** Whether `text` (normalised) mentions the concept. */
  textHas(text: string, concept: CompiledConcept): boolean {
    const n = this.number(concept);
    return this.hit(this.answers(this.texts, text), text, n);
  }

  has(clause: Clause, requirementId: string, concept: string): boolean {
    const n = this.conceptNumber(requirementId, concept);
    const text = clause.norm.text;
    return this.hit(this.answers(this.texts, text), text, n);
  }

  hasInContext(clause: Clause, requirementId: string, concept: string): boolean {
    const n = this.conceptNumber(requirementId, concept);
    const text = clause.norm.text;
    return this.hit(this.answers(this.texts, text), text, n) || this.hit(this.answers(this.contexts, clause.context), clause.context, n);
  }

  matches(clause: Clause, requirementId: string, rule: DetectRule): boolean {
    const r = this.compile(rule, requirementId);
    if (r.empty) return false;
    const text = clause.norm.text;
    const t = this.answers(this.texts, text);
    for (const n of r.all) if (!this.hit(t, text, n)) return false;
    if (r.any) {
      let some = false;
      for (const n of r.any) {
        if (this.hit(t, text, n)) {
          some = true;
          break;
        }
      }
      if (!some) return false;
    }
    if (r.context.length) {
      let c: Uint8Array | undefined;
      for (const n of r.context) {
        if (this.hit(t, text, n)) continue;
        c ??= this.answers(this.contexts, clause.context);
        if (!this.hit(c, clause.context, n)) return false;
      }
    }
    for (const n of r.none) if (this.hit(t, text, n)) return false;
    return true;
  }

  /** How many texts and contexts have remembered answers. */
  get size(): number {
    return this.texts.size + this.contexts.size;
  }

  /** Forgets the answers for texts that are no longer in use. */
  retainOnly(texts: Iterable<string>, contexts: Iterable<string>): void {
    const keep = (from: Map<string, Uint8Array>, keys: Iterable<string>) => {
      const out = new Map<string, Uint8Array>();
      for (const k of keys) {
        const a = from.get(k);
        if (a) out.set(k, a);
      }
      return out;
    };
    this.texts = keep(this.texts, texts);
    this.contexts = keep(this.contexts, contexts);
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
