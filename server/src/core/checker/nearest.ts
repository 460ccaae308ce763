import type { Catalog, CompiledConcept, Requirement } from '../catalog';
import { ClauseFacts, headingsOf } from '../model/carried';
import type { Clause, PolicyDocument } from '../model/types';
import type { ConceptMatcher } from './match';

/**
 * The nearest clause of every requirement that has `what` conditions (reading/explain.ts asks it for a missing
 * requirement): the first clause meeting most of the requirement's conditions, two at least, one of them a `what`.
 * A clause's score depends on its text only, so it is worked out once per distinct text for all requirements and
 * kept (with the matcher, which lives as long as the document's analyses): an analysis after an edit then reads
 * one short list per clause instead of asking every clause again for every missing requirement.
 */

interface Compiled {
  /** The requirements with `what` conditions, as indices into the catalog view's requirements. */
  asked: number[];
  conditions: Array<Array<{ what: boolean; concepts: CompiledConcept[] }>>;
  index: Map<Requirement, number>;
}

/** Per text: pairs (requirement index, score) of the requirements it is a near miss for; empty: none. */
type Scores = Int32Array;

const EMPTY: Scores = new Int32Array(0);
const compiledCache = new WeakMap<readonly Requirement[], Compiled>();
interface Known {
  requirements: readonly Requirement[];
  texts: Map<string, Scores>;
  /** The near misses of the clauses of the documents asked (see bestOf). */
  facts?: ClauseFacts<Scores>;
}
const scoreCache = new WeakMap<ConceptMatcher, Known>();
const bestCache = new WeakMap<PolicyDocument['clauses'], { requirements: readonly Requirement[]; best: Int32Array }>();

function compile(catalog: Catalog): Compiled {
  const requirements = catalog.requirements;
  let c = compiledCache.get(requirements);
  if (c) return c;
  c = { asked: [], conditions: [], index: new Map() };
  for (let i = 0; i < requirements.length; i++) {
    const r = requirements[i];
    c.index.set(r, i);
    const conds = r.conditions ?? [];
    c.conditions.push(
      conds.map((cond) => ({
        what: cond.aspect === 'what',
        concepts: cond.any.flatMap((name) => compiledOf(catalog, r.id, name)),
      })),
    );
    if (conds.some((cond) => cond.aspect === 'what')) c.asked.push(i);
  }
  compiledCache.set(requirements, c);
  return c;
}

function compiledOf(catalog: Catalog, id: string, name: string): CompiledConcept[] {
  try {
    return [catalog.concept(id, name)];
  } catch {
    return [];
  }
}

function scoresOf(text: string, compiled: Compiled, matcher: ConceptMatcher): Scores {
  const row = matcher.rowOf(text);
  let out: number[] | undefined;
  for (const ri of compiled.asked) {
    let whatHits = 0;
    let score = 0;
    for (const c of compiled.conditions[ri]) {
      if (c.concepts.some((concept) => matcher.rowHas(row, text, concept))) {
        score++;
        if (c.what) whatHits++;
      }
    }
    // Two conditions at least, one of them what the requirement is about: a bare word is not a near miss.
    if (whatHits && score >= 2) (out ??= []).push(ri, score);
  }
  return out ? Int32Array.from(out) : EMPTY;
}

/** The nearest clause for `r` (see above), -1 for none. */
export function nearestClauseOf(
  r: Requirement,
  doc: PolicyDocument,
  matcher: ConceptMatcher,
  catalog: Catalog,
): number {
  const compiled = compile(catalog);
  const ri = compiled.index.get(r);
  // A requirement from elsewhere than this catalog view: asked on its own.
  if (ri === undefined) return nearestAlone(r, doc, matcher, catalog);
  const requirements = catalog.requirements;
  let cached = bestCache.get(doc.clauses);
  if (!cached || cached.requirements !== requirements) {
    cached = { requirements, best: bestOf(doc, compiled, matcher, requirements) };
    bestCache.set(doc.clauses, cached);
  }
  return cached.best[ri];
}

function bestOf(
  doc: PolicyDocument,
  compiled: Compiled,
  matcher: ConceptMatcher,
  requirements: readonly Requirement[],
): Int32Array {
  let known = scoreCache.get(matcher);
  if (!known || known.requirements !== requirements) {
    known = { requirements, texts: new Map() };
    scoreCache.set(matcher, known);
  }
  const clauses = doc.clauses;
  // Texts of earlier versions of the document are dropped now and then (as the matcher's own retainOnly does).
  if (known.texts.size > clauses.length * 3 + 1024) {
    const kept = new Map<string, Scores>();
    for (const clause of clauses) {
      const s = known.texts.get(clause.norm.text);
      if (s) kept.set(clause.norm.text, s);
    }
    known.texts = kept;
  }
  const best = new Int32Array(requirements.length).fill(-1);
  const bestScore = new Int32Array(requirements.length);
  // The clauses that are a near miss for some requirement, with their scores (the clauses an edit did not make
  // have those of the last document: see model/carried.ts).
  const state = known;
  state.facts ??= new ClauseFacts<Scores>((_doc, clause) => {
    const text = clause.norm.text;
    let s = state.texts.get(text);
    if (!s) {
      s = scoresOf(text, compiled, matcher);
      state.texts.set(text, s);
    }
    return s.length ? s : undefined;
  });
  const { at, facts } = state.facts.of(doc);
  for (let h = 0; h < at.length; h++) {
    const s = facts[h];
    // The first clause of the highest score wins (a later one of equal score does not).
    for (let j = 0; j < s.length; j += 2) {
      const ri = s[j];
      if (s[j + 1] > bestScore[ri]) {
        bestScore[ri] = s[j + 1];
        best[ri] = clauses[at[h]].index;
      }
    }
  }
  return best;
}

function nearestAlone(r: Requirement, doc: PolicyDocument, matcher: ConceptMatcher, catalog: Catalog): number {
  const conds = r.conditions ?? [];
  if (!conds.some((c) => c.aspect === 'what')) return -1;
  const compiled: Compiled = {
    asked: [0],
    conditions: [
      conds.map((c) => ({ what: c.aspect === 'what', concepts: c.any.flatMap((n) => compiledOf(catalog, r.id, n)) })),
    ],
    index: new Map(),
  };
  let best = -1;
  let bestScore = 0;
  for (const clause of doc.clauses) {
    const s = scoresOf(clause.norm.text, compiled, matcher);
    if (s.length && s[1] > bestScore) {
      best = clause.index;
      bestScore = s[1];
    }
  }
  return best;
}

/**
 * Per heading text: the requirements (indices) one of whose cover rules without a context or a nearest frame
 * matches it, ascending (such a rule reads the heading's words only).
 */
const headingCache = new WeakMap<
  ConceptMatcher,
  { requirements: readonly Requirement[]; texts: Map<string, Int16Array> }
>();
/** Per headings (model/carried.ts): the same after every edit outside a heading. */
const firstHeadingCache = new WeakMap<object, { requirements: readonly Requirement[]; first: Int32Array }>();

function namesIt(r: Requirement, heading: PolicyDocument['sections'][number], matcher: ConceptMatcher): boolean {
  const pseudo = {
    index: -1,
    kind: 'heading',
    start: heading.headingStart,
    end: heading.headingEnd,
    norm: heading.heading,
    context: '',
    near: '',
    section: heading.index,
  } as unknown as Clause;
  return r.detect.cover.some(
    (rule) => !rule.context?.length && !rule.near?.length && safeMatches(() => matcher.matches(pseudo, r.id, rule)),
  );
}

/** A rule naming a concept the catalog lacks (a synthetic or edited catalog) simply does not match. */
function safeMatches(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}

/** The title of the first heading that names `r` (see namesIt), or undefined. */
export function headingOnlyOf(
  r: Requirement,
  doc: PolicyDocument,
  matcher: ConceptMatcher,
  catalog: Catalog,
): string | undefined {
  const compiled = compile(catalog);
  const ri = compiled.index.get(r);
  if (ri === undefined) return doc.sections.find((s) => namesIt(r, s, matcher))?.title;
  const requirements = catalog.requirements;
  const headings = headingsOf(doc);
  let cached = firstHeadingCache.get(headings);
  if (!cached || cached.requirements !== requirements) {
    let known = headingCache.get(matcher);
    if (!known || known.requirements !== requirements) {
      known = { requirements, texts: new Map() };
      headingCache.set(matcher, known);
    }
    if (known.texts.size > doc.sections.length * 3 + 1024) known.texts = new Map();
    const first = new Int32Array(requirements.length).fill(-1);
    for (const s of doc.sections) {
      const text = s.heading.text;
      let named = known.texts.get(text);
      if (!named) {
        const list: number[] = [];
        for (let i = 0; i < requirements.length; i++) if (namesIt(requirements[i], s, matcher)) list.push(i);
        named = Int16Array.from(list);
        known.texts.set(text, named);
      }
      for (let j = 0; j < named.length; j++) if (first[named[j]] < 0) first[named[j]] = s.index;
    }
    cached = { requirements, first };
    firstHeadingCache.set(headings, cached);
  }
  const at = cached.first[ri];
  return at >= 0 ? doc.sections[at].title : undefined;
}
