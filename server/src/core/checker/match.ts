import type { Catalog, CompiledConcept, DetectRule, Requirement } from '../catalog';
import type { Clause } from '../model/types';

/** A rule with its concepts resolved (for one requirement) to dense concept numbers. */
interface CompiledRule {
  /** No `all`, `any` or `context`: the rule matches nothing. */
  empty: boolean;
  all: number[];
  any: number[] | null;
  context: number[];
  near: number[];
  none: number[];
}

const UNKNOWN = 0;
const ABSENT = 1;
const PRESENT = 2;

/** What is known about one distinct clause text. */
interface TextEntry {
  answers: Uint8Array;
  /** Verdicts per requirement (see ConceptMatcher.verdicts), by the clause's context. */
  verdicts?: Map<string, Int16Array>;
}

/** Verdict of a clause for a requirement: no rule matches. */
export const NO_MATCH = -2;
/** Verdict of a clause for a requirement: a cover rule matches and no outdated rule does. */
export const COVERS = -1;
/** Verdict: a cover rule matches, but the clause only wishes for or permits it (Requirement.weak). */
export const WEAK = -3;

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
  private texts = new Map<string, TextEntry>();
  private contexts = new Map<string, Uint8Array>();
  private verdictsFor: readonly Requirement[] | undefined;

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

  private entry(text: string): TextEntry {
    let e = this.texts.get(text);
    if (!e) {
      e = { answers: new Uint8Array(this.patterns.length) };
      this.texts.set(text, e);
    }
    return e;
  }

  private contextAnswers(context: string): Uint8Array {
    let a = this.contexts.get(context);
    if (!a) {
      a = new Uint8Array(this.patterns.length);
      this.contexts.set(context, a);
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
        empty: !rule.all?.length && !rule.any?.length && !rule.context?.length && !rule.near?.length,
        all: num(rule.all),
        any: rule.any ? num(rule.any) : null,
        context: num(rule.context),
        near: num(rule.near),
        none: num(rule.none),
      };
      byRequirement.set(requirementId, c);
    }
    return c;
  }

  /** Whether `text` (normalised) mentions the concept. */
  textHas(text: string, concept: CompiledConcept): boolean {
    const n = this.number(concept);
    return this.hit(this.entry(text).answers, text, n);
  }

  has(clause: Clause, requirementId: string, concept: string): boolean {
    const n = this.conceptNumber(requirementId, concept);
    const text = clause.norm.text;
    return this.hit(this.entry(text).answers, text, n);
  }

  hasInContext(clause: Clause, requirementId: string, concept: string): boolean {
    const n = this.conceptNumber(requirementId, concept);
    const text = clause.norm.text;
    return this.hit(this.entry(text).answers, text, n) || this.hit(this.contextAnswers(clause.context), clause.context, n);
  }

  matches(clause: Clause, requirementId: string, rule: DetectRule): boolean {
    return this.matchesWith(this.entry(clause.norm.text).answers, clause, requirementId, rule);
  }

  private matchesWith(t: Uint8Array, clause: Clause, requirementId: string, rule: DetectRule): boolean {
    const r = this.compile(rule, requirementId);
    if (r.empty) return false;
    const text = clause.norm.text;
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
        c ??= this.contextAnswers(clause.context);
        if (!this.hit(c, clause.context, n)) return false;
      }
    }
    if (r.near.length) {
      const near = clause.near ?? '';
      let c: Uint8Array | undefined;
      for (const n of r.near) {
        if (this.hit(t, text, n)) continue;
        c ??= this.contextAnswers(`\u0001${near}`);
        if (!this.hit(c, near, n)) return false;
      }
    }
    for (const n of r.none) if (this.hit(t, text, n)) return false;
    return true;
  }

  /**
   * For each requirement (in the order given), what the clause's text and context say: the index of the first
   * outdated rule that matches, else COVERS when a cover rule matches, else NO_MATCH. Remembered per distinct
   * text and context, so a clause that did not change costs two lookups however many requirements there are.
   * (Markers, disable comments and citations are the caller's business.)
   */
  verdicts(clause: Clause, requirements: readonly Requirement[]): Int16Array {
    if (this.verdictsFor !== requirements) {
      if (this.verdictsFor) for (const e of this.texts.values()) e.verdicts = undefined;
      this.verdictsFor = requirements;
    }
    const e = this.entry(clause.norm.text);
    e.verdicts ??= new Map();
    let v = e.verdicts.get(clause.context);
    if (!v) {
      v = new Int16Array(requirements.length);
      for (let i = 0; i < requirements.length; i++) {
        const r = requirements[i];
        const old = r.detect.outdated.findIndex((rule) => this.matchesWith(e.answers, clause, r.id, rule));
        if (old >= 0) v[i] = old;
        else if (!r.detect.cover.some((rule) => this.matchesWith(e.answers, clause, r.id, rule))) v[i] = NO_MATCH;
        else v[i] = r.weak && this.isWeak(e.answers, clause, r) ? WEAK : COVERS;
      }
      e.verdicts.set(clause.context, v);
    }
    return v;
  }

  /** A covering clause that only wishes for or permits what the requirement makes an obligation. */
  private isWeak(t: Uint8Array, clause: Clause, r: Requirement): boolean {
    const weak = r.weak!;
    const text = clause.norm.text;
    if (weak.concepts.some((c) => this.hit(t, text, this.conceptNumber(r.id, c)))) return true;
    if (!weak.qualifiers?.some((c) => this.hit(t, text, this.conceptNumber(r.id, c)))) return false;
    return !this.hit(t, text, this.conceptNumber(r.id, 'strong-obligation'));
  }

  /** How many texts and contexts have remembered answers. */
  get size(): number {
    return this.texts.size + this.contexts.size;
  }

  /** Forgets the answers for texts that are no longer in use. */
  retainOnly(texts: Iterable<string>, contexts: Iterable<string>): void {
    const keep = <V>(from: Map<string, V>, keys: Iterable<string>) => {
      const out = new Map<string, V>();
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
