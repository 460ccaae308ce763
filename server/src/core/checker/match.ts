import type { Catalog, CompiledConcept, DetectRule, Requirement } from '../catalog';
import { clauseFrames } from '../model/carried';
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

const NONE = new Int16Array(0);
const UNKNOWN = 0;
const ABSENT = 1;
const PRESENT = 2;

/** What is known about one distinct clause text (offsets into the matcher's arenas: no array per text). */
interface TextEntry {
  /** Where its answers start in `answers` (a row: four concepts per byte). */
  at: number;
  /**
   * Its verdicts per requirement (see ConceptMatcher.verdicts) start at `verdictAt` in `verdictArena` (-1: none
   * yet), for the context and nearest frame `context`/`near`; other frames of the same text in `more`.
   */
  verdictAt: number;
  context?: string;
  near?: string;
  more?: Map<string, number>;
}

/** Verdict of a clause for a requirement: no rule matches. */
export const NO_MATCH = -2;
/** Verdict of a clause for a requirement: a cover rule matches and no outdated rule does. */
export const COVERS = -1;
/** Verdict: a cover rule matches, but the clause only wishes for or permits it (Requirement.weak). */
export const WEAK = -3;
/** Verdicts at or below RELATED: related rule `RELATED - verdict` matches (a separate duty; never coverage). */
export const RELATED = -10;

/**
 * Answers "does this clause mention concept X" once per distinct text and concept, however many rules and
 * requirements ask: the matching cost stays linear in the text and in the number of concepts. Concepts are
 * numbered once; each distinct clause text (and each distinct context) keeps one row of answers in a shared
 * arena, so the hot path builds no keys and allocates nothing. One matcher may serve many analyses of the same document (the incremental analyzer
 * keeps it): unchanged clauses are then not matched again.
 */
export class ConceptMatcher {
  private readonly numbers = new Map<CompiledConcept, number>();
  private readonly patterns: RegExp[] = [];
  private readonly rules = new WeakMap<DetectRule, Map<string, CompiledRule>>();
  private texts = new Map<string, TextEntry>();
  /** Answers for contexts and nearest frames: offsets into `answers`. */
  private contexts = new Map<string, number>();
  /**
   * Answers (UNKNOWN, ABSENT, PRESENT: two bits each, four concepts per byte) for every text and context, a row
   * of `rowBytes()` bytes per text. (A 5 MB policy has some 30 000 distinct texts and contexts and the catalog
   * some 150 concepts: a byte per answer would be 4.5 MB.)
   */
  private answers = new Uint8Array(1 << 16);
  private answersUsed = 0;
  private verdictArena = new Int16Array(1 << 12);
  private verdictsUsed = 0;
  private verdictsFor: readonly Requirement[] | undefined;
  /**
   * For a row of verdicts (by its number: where it starts over the row width, as rows are laid out one after the
   * other): the requirements whose verdict is not NO_MATCH (see matchingAt). An array, not a Map: it is read for
   * every clause of every analysis.
   */
  private matching: Array<Int16Array | undefined> = [];
  /** The answers row of the text verdictAt() looked up last. */
  private lastRow = -1;
  /** What the last verdictsOf() call found, for the clauses it was given (see there). */
  private last:
    | {
        clauses: readonly Clause[];
        contexts: string[];
        nears: Array<string | undefined>;
        at: Int32Array;
        rows: Int32Array;
        requirements: readonly Requirement[];
        layouts: number;
        /** clauseFrames.changes then. */
        frames: number;
      }
    | undefined;
  /** Counts the times rows were laid out again (rows from rowOf() and verdictsOf() are valid within one). */
  layouts = 0;
  /** The clause whose context and nearest-frame rows were last looked up, and those rows (-1: not yet). */
  private rowsClause: Clause | undefined;
  private rowsContext = -1;
  private rowsNear = -1;

  constructor(private readonly catalog: Catalog) {
    for (const c of catalog.allConcepts()) this.number(c);
  }

  private number(c: CompiledConcept): number {
    let n = this.numbers.get(c);
    if (n === undefined) {
      n = this.patterns.length;
      this.numbers.set(c, n);
      this.patterns.push(c.pattern);
      // A concept unknown when the answers were laid out: start over with wider rows.
      if (this.texts.size || this.contexts.size) {
        this.texts = new Map();
        this.contexts = new Map();
        this.rowsClause = undefined;
        this.answersUsed = 0;
        this.answers.fill(UNKNOWN);
        this.verdictsUsed = 0;
        this.matching = [];
        this.layouts++;
      }
    }
    return n;
  }

  private conceptNumber(requirementId: string | undefined, name: string): number {
    return this.number(this.catalog.concept(requirementId, name));
  }

  /** Bytes per row of answers. */
  private rowBytes(): number {
    return (this.patterns.length + 3) >> 2;
  }

  /** A new row of UNKNOWN answers. */
  private row(): number {
    const width = this.rowBytes();
    this.answers = withRoom(this.answers, this.answersUsed, width);
    const at = this.answersUsed;
    this.answersUsed += width;
    return at;
  }

  private entry(text: string): TextEntry {
    let e = this.texts.get(text);
    if (!e) {
      // Every field from the start: one hidden class for all entries, no property arrays added later.
      e = { at: this.row(), verdictAt: -1, context: undefined, near: undefined, more: undefined };
      this.texts.set(text, e);
    }
    return e;
  }

  private contextAnswers(context: string): number {
    let a = this.contexts.get(context);
    if (a === undefined) {
      a = this.row();
      this.contexts.set(context, a);
    }
    return a;
  }

  /** The rows of answers for the clause's context and for its nearest frame (looked up once per clause). */
  private contextRow(clause: Clause): number {
    if (this.rowsClause !== clause) {
      this.rowsClause = clause;
      this.rowsContext = this.rowsNear = -1;
    }
    if (this.rowsContext < 0) this.rowsContext = this.contextAnswers(clause.context);
    return this.rowsContext;
  }

  private nearRow(clause: Clause): number {
    if (this.rowsClause !== clause) {
      this.rowsClause = clause;
      this.rowsContext = this.rowsNear = -1;
    }
    if (this.rowsNear < 0) this.rowsNear = this.contextAnswers(`\u0001${clause.near ?? ''}`);
    return this.rowsNear;
  }

  /** Whether `text`, whose answers start at `at`, mentions concept `n` (tested once, then remembered). */
  private hit(at: number, text: string, n: number): boolean {
    const byte = at + (n >> 2);
    const shift = (n & 3) << 1;
    let v = (this.answers[byte] >> shift) & 3;
    if (v === UNKNOWN) {
      const pattern = this.patterns[n];
      pattern.lastIndex = 0;
      v = pattern.test(text) ? PRESENT : ABSENT;
      pattern.lastIndex = 0;
      this.answers[byte] |= v << shift;
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

  /** Whether `text` (normalized) mentions the concept. */
  textHas(text: string, concept: CompiledConcept): boolean {
    const n = this.number(concept);
    return this.hit(this.entry(text).at, text, n);
  }

  /** Where the answers for `text` are kept: look a text up once, then ask rowHas() for many concepts. */
  rowOf(text: string): number {
    return this.entry(text).at;
  }

  /** textHas() for a text whose row was looked up with rowOf() (during the same analysis). */
  rowHas(row: number, text: string, concept: CompiledConcept): boolean {
    const n = this.numbers.get(concept);
    // A concept from another catalog: numbering it lays the rows out again, so take the long way.
    if (n === undefined) return this.textHas(text, concept);
    return this.hit(row, text, n);
  }

  /**
   * rowHas() as far as the row already knows, without the text: undefined when it does not (or the concept is
   * another catalog's). Lets a walk over every text of a document skip reading the texts whose answers it has.
   */
  rowKnows(row: number, concept: CompiledConcept): boolean | undefined {
    const n = this.numbers.get(concept);
    if (n === undefined) return undefined;
    const v = (this.answers[row + (n >> 2)] >> ((n & 3) << 1)) & 3;
    return v === UNKNOWN ? undefined : v === PRESENT;
  }

  has(clause: Clause, requirementId: string, concept: string): boolean {
    const n = this.conceptNumber(requirementId, concept);
    const text = clause.norm.text;
    return this.hit(this.entry(text).at, text, n);
  }

  /**
   * has() for a clause whose text's row is `row` (verdictsOf's rows), valid while the matcher's layout is `layout`:
   * a clause asked for every requirement after every edit is not looked up again.
   */
  hasInRow(row: number, layout: number, clause: Clause, requirementId: string, concept: string): boolean {
    const n = this.conceptNumber(requirementId, concept);
    const text = clause.norm.text;
    return this.hit(this.layouts === layout ? row : this.entry(text).at, text, n);
  }

  hasInContext(clause: Clause, requirementId: string, concept: string): boolean {
    const n = this.conceptNumber(requirementId, concept);
    const text = clause.norm.text;
    return this.hit(this.entry(text).at, text, n) || this.hit(this.contextAnswers(clause.context), clause.context, n);
  }

  matches(clause: Clause, requirementId: string, rule: DetectRule): boolean {
    return this.matchesWith(this.entry(clause.norm.text).at, clause, requirementId, rule);
  }

  private matchesWith(t: number, clause: Clause, requirementId: string, rule: DetectRule): boolean {
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
      for (const n of r.context) {
        if (this.hit(t, text, n)) continue;
        if (!this.hit(this.contextRow(clause), clause.context, n)) return false;
      }
    }
    if (r.near.length) {
      const near = clause.near ?? '';
      for (const n of r.near) {
        if (this.hit(t, text, n)) continue;
        if (!this.hit(this.nearRow(clause), near, n)) return false;
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
    const { arena, at } = this.verdictsOf([clause], requirements);
    return arena.subarray(at[0], at[0] + requirements.length);
  }

  /**
   * The verdicts of many clauses at once: requirement i of clauses[k] is `arena[at[k] + i]`. (No array per
   * clause; the arena is valid until the next call.)
   */
  verdictsOf(
    clauses: readonly Clause[],
    requirements: readonly Requirement[],
  ): { arena: Int16Array; at: Int32Array; rows: Int32Array } {
    if (this.verdictsFor !== requirements) {
      if (this.verdictsFor) {
        for (const e of this.texts.values()) {
          e.verdictAt = -1;
          e.context = e.near = e.more = undefined;
        }
        this.verdictsUsed = 0;
        this.matching = [];
      }
      this.verdictsFor = requirements;
    }
    // A clause may be shared with the last analysis (model/parse.ts assemble) and its frames set again since.
    this.rowsClause = undefined;
    const at = new Int32Array(clauses.length);
    // Where each clause's text has its answers (rowOf), found on the way: others ask rowHas() without a lookup.
    const rows = new Int32Array(clauses.length);
    // A clause shared with the last call, at the same index and with the same frames, has the same rows: no lookup.
    const layouts = this.layouts;
    const last = this.last?.requirements === requirements && this.last.layouts === layouts ? this.last : undefined;
    const shift = last ? last.clauses.length - clauses.length : 0;
    const contexts: string[] = new Array(clauses.length);
    const nears: Array<string | undefined> = new Array(clauses.length);
    // No clause's frames were set since the last call: the last call's object at the same index is unchanged.
    const unframed = last !== undefined && last.frames === clauseFrames.changes;
    const lastClauses = last?.clauses ?? [];
    for (let k = 0; k < clauses.length; k++) {
      const clause = clauses[k];
      if (unframed && lastClauses[k] === clause) {
        contexts[k] = last.contexts[k];
        nears[k] = last.nears[k];
        at[k] = last.at[k];
        rows[k] = last.rows[k];
        continue;
      }
      contexts[k] = clause.context;
      nears[k] = clause.near;
      if (last !== undefined) {
        // Before an edit the clause is the same object; after it, a clause of the same text and frames that many
        // places from the end (the model's texts and frames are the same strings for what the edit did not touch).
        const j = last.clauses[k] === clause ? k : k + shift;
        const was = last.clauses[j];
        if (
          was !== undefined &&
          (was === clause || was.norm.text === clause.norm.text) &&
          last.contexts[j] === clause.context &&
          last.nears[j] === clause.near
        ) {
          at[k] = last.at[j];
          rows[k] = last.rows[j];
          continue;
        }
      }
      at[k] = this.verdictAt(clause, requirements);
      rows[k] = this.lastRow;
    }
    // (A new concept while the rows were looked up laid them out again: nothing to remember.)
    this.last =
      this.layouts === layouts
        ? { clauses, contexts, nears, at, rows, requirements, layouts, frames: clauseFrames.changes }
        : undefined;
    return { arena: this.verdictArena, at, rows };
  }

  /**
   * The indices of the requirements whose verdict in the row at `at` (from verdictsOf) is not NO_MATCH, ascending:
   * most clauses say something about a few requirements only, and a row does not change once written.
   */
  matchingAt(at: number): Int16Array {
    const width = this.verdictsFor?.length ?? 0;
    const row = width ? at / width : 0;
    let m = this.matching[row];
    if (!m) {
      const n = this.verdictsFor?.length ?? 0;
      let count = 0;
      for (let i = 0; i < n; i++) if (this.verdictArena[at + i] !== NO_MATCH) count++;
      // (Most rows have none: one shared empty list, not an array each.)
      m = count ? new Int16Array(count) : NONE;
      for (let i = 0, j = 0; i < n && count; i++) if (this.verdictArena[at + i] !== NO_MATCH) m[j++] = i;
      // (Filled up to the row: a write far past the end would turn the array into a dictionary.)
      while (this.matching.length < row) this.matching.push(undefined);
      this.matching[row] = m;
    }
    return m;
  }

  private verdictAt(clause: Clause, requirements: readonly Requirement[]): number {
    const e = this.entry(clause.norm.text);
    this.lastRow = e.at;
    // Rules read the text, the context and the nearest frame: the answer is remembered for all three.
    if (e.verdictAt >= 0 && e.context === clause.context && e.near === clause.near) {
      // Hold on to this analysis's strings (equal content) so the earlier ones can go.
      e.context = clause.context;
      e.near = clause.near;
      return e.verdictAt;
    }
    const key = clause.near === undefined ? clause.context : `${clause.context}\u0000${clause.near}`;
    const known = e.more?.get(key);
    if (known !== undefined) return known;
    const n = requirements.length;
    this.verdictArena = withRoom(this.verdictArena, this.verdictsUsed, n);
    const v = this.verdictsUsed;
    this.verdictsUsed += n;
    // Loops rather than findIndex/some with closures: this runs for every new clause text and requirement.
    for (let i = 0; i < n; i++) {
      const r = requirements[i];
      const outdated = r.detect.outdated;
      let old = -1;
      for (let k = 0; k < outdated.length; k++) {
        if (this.matchesWith(e.at, clause, r.id, outdated[k])) {
          old = k;
          break;
        }
      }
      let verdict: number;
      if (old >= 0) verdict = old;
      else {
        const cover = r.detect.cover;
        let covers = false;
        for (let k = 0; k < cover.length && !covers; k++) covers = this.matchesWith(e.at, clause, r.id, cover[k]);
        if (!covers) {
          verdict = NO_MATCH;
          const related = r.detect.related ?? [];
          for (let k = 0; k < related.length; k++) {
            if (this.matchesWith(e.at, clause, r.id, related[k])) {
              verdict = RELATED - k;
              break;
            }
          }
        } else verdict = r.weak && this.isWeak(e.at, clause, r) ? WEAK : COVERS;
      }
      this.verdictArena[v + i] = verdict;
    }
    if (e.verdictAt < 0) {
      e.verdictAt = v;
      e.context = clause.context;
      e.near = clause.near;
    } else {
      (e.more ??= new Map()).set(key, v);
    }
    return v;
  }

  /** A covering clause that only wishes for or permits what the requirement makes an obligation. */
  private isWeak(t: number, clause: Clause, r: Requirement): boolean {
    const weak = r.weak!;
    const text = clause.norm.text;
    if (weak.concepts.some((c) => this.hit(t, text, this.conceptNumber(r.id, c)))) return true;
    if (!weak.qualifiers?.some((c) => this.hit(t, text, this.conceptNumber(r.id, c)))) return false;
    return !this.hit(t, text, this.conceptNumber(r.id, 'strong-obligation'));
  }

  /** The first words of `text` the concept matches (for reasons), or undefined. */
  firstMatch(requirementId: string | undefined, name: string, text: string): string | undefined {
    const m = findAll(this.catalog.concept(requirementId, name).pattern, text, 1)[0];
    return m ? text.slice(m[0], m[1]) : undefined;
  }

  /** How many texts and contexts have remembered answers. */
  get size(): number {
    return this.texts.size + this.contexts.size;
  }

  /** Forgets the answers for texts that are no longer in use (and compacts the arenas). */
  retainOnly(texts: Iterable<string>, contexts: Iterable<string>): void {
    const width = this.rowBytes();
    const answers = new Uint8Array(Math.max(1 << 16, this.answersUsed));
    let used = 0;
    const copyRow = (from: number) => {
      answers.set(this.answers.subarray(from, from + width), used);
      used += width;
      return used - width;
    };
    const n = this.verdictsFor?.length ?? 0;
    const verdictArena = new Int16Array(Math.max(1 << 12, this.verdictsUsed));
    let verdictsUsed = 0;
    const matching: Array<Int16Array | undefined> = [];
    const copyVerdicts = (from: number) => {
      verdictArena.set(this.verdictArena.subarray(from, from + n), verdictsUsed);
      const known = n ? this.matching[from / n] : undefined;
      if (known) {
        while (matching.length < verdictsUsed / n) matching.push(undefined);
        matching[verdictsUsed / n] = known;
      }
      verdictsUsed += n;
      return verdictsUsed - n;
    };
    const keptTexts = new Map<string, TextEntry>();
    for (const k of texts) {
      const e = this.texts.get(k);
      if (!e || keptTexts.has(k)) continue;
      const kept: TextEntry = {
        at: copyRow(e.at),
        verdictAt: -1,
        context: undefined,
        near: undefined,
        more: undefined,
      };
      if (e.verdictAt >= 0) {
        kept.verdictAt = copyVerdicts(e.verdictAt);
        kept.context = e.context;
        kept.near = e.near;
      }
      keptTexts.set(k, kept);
    }
    const keptContexts = new Map<string, number>();
    for (const k of contexts) {
      const a = this.contexts.get(k);
      if (a !== undefined && !keptContexts.has(k)) keptContexts.set(k, copyRow(a));
    }
    this.texts = keptTexts;
    this.contexts = keptContexts;
    this.rowsClause = undefined;
    this.answers = answers;
    this.answersUsed = used;
    this.verdictArena = verdictArena;
    this.verdictsUsed = verdictsUsed;
    this.matching = matching;
    this.layouts++;
  }
}

/** Every place a concept occurs in a normalized text: [from, to) in normalized units. */
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

/** `array`, or a copy at least twice as large, with room for `more` entries after its first `used`. */
function withRoom<T extends Uint8Array | Int16Array>(array: T, used: number, more: number): T {
  if (used + more <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, used + more));
  grown.set(array.subarray(0, used));
  return grown;
}
