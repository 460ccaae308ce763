import type { Clause, PolicyDocument, Section } from './types';

/**
 * What a document's analysis can take over from the last one's. After an edit the incremental analyzer's document
 * holds the last document's clause objects wherever the edit changed nothing (model/parse.ts assemble: the same
 * object at the same index is the same clause of the same piece, with the same text), and its headings are the
 * same strings. Answers that depend on a clause's text, or on the headings, are then read from the last
 * document's instead of being worked out for every clause or section again.
 */

/**
 * A fact of each clause that depends on the clause's text object alone (its text, or its source: see
 * text/memo.ts), gathered for a whole document: the clauses that have one, ascending, and their facts. A clause
 * that is the last document's object at the same index has the fact it had there; the others are read. The work
 * is the clauses an edit made and the clauses that have the fact, not the document.
 */
export class ClauseFacts<T> {
  private last: { clauses: readonly Clause[]; at: number[]; facts: T[] } | undefined;
  private readonly known = new WeakMap<readonly Clause[], { at: number[]; facts: T[] }>();

  /** `read`: the fact of one clause of `doc`, undefined for none. */
  constructor(private readonly read: (doc: PolicyDocument, clause: Clause) => T | undefined) {}

  of(doc: PolicyDocument): { at: number[]; facts: T[] } {
    const clauses = doc.clauses;
    const known = this.known.get(clauses);
    if (known) return known;
    const last = this.last;
    const changed = changedSince(last?.clauses, clauses);
    const at: number[] = [];
    const facts: T[] = [];
    // Merged in order: the last document's facts of the clauses kept, and the facts of the clauses made.
    const lastAt = last?.at ?? [];
    const lastFacts = last?.facts ?? [];
    const n = clauses.length;
    let i = 0;
    for (let j = 0; j <= changed.length; j++) {
      const next = j < changed.length ? changed[j] : n;
      while (i < lastAt.length && lastAt[i] < next) {
        at.push(lastAt[i]);
        facts.push(lastFacts[i]);
        i++;
      }
      if (j === changed.length) break;
      if (i < lastAt.length && lastAt[i] === next) i++;
      const f = this.read(doc, clauses[next]);
      if (f !== undefined) {
        at.push(next);
        facts.push(f);
      }
    }
    const out = { at, facts };
    this.last = { clauses, at, facts };
    this.known.set(clauses, out);
    return out;
  }
}

/**
 * The indices of the clauses of `now` that are not the object at the same index of `before` (all of them without
 * `before`), ascending. Worked out once for the facts that all ask about the same two documents.
 */
function changedSince(before: readonly Clause[] | undefined, now: readonly Clause[]): Int32Array {
  if (lastChange && lastChange.before === before && lastChange.now === now) return lastChange.changed;
  const n = now.length;
  let changed: Int32Array;
  if (!before) {
    changed = new Int32Array(n);
    for (let k = 0; k < n; k++) changed[k] = k;
  } else {
    // (Compared by identity only: no clause is read.)
    let count = 0;
    for (let k = 0; k < n; k++) if (before[k] !== now[k]) count++;
    changed = new Int32Array(count);
    for (let k = 0, j = 0; k < n && j < count; k++) if (before[k] !== now[k]) changed[j++] = k;
  }
  lastChange = { before, now, changed };
  return changed;
}

let lastChange: { before: readonly Clause[] | undefined; now: readonly Clause[]; changed: Int32Array } | undefined;

/**
 * Counts the changes to a clause's frames (`context`, `near`) made after its document was assembled: the checker
 * sets them (reading/beppyo.ts, checker/check.ts nearestFrame). While the count is the same, a clause object has
 * the frames it had (ConceptMatcher.verdictsOf then takes its answers over without reading them).
 */
export const clauseFrames = { changes: 0 };

/**
 * A token for the headings of a document: the same object for documents whose sections have the same titles,
 * heading texts, depths and parents, in the same order (after most edits: only an edit in a heading changes them).
 * Answers that depend on those alone (which sections define terms, where a requirement's clause belongs, the
 * titles of a table of contents) are kept per token.
 */
export function headingsOf(doc: PolicyDocument): object {
  const sections = doc.sections;
  let token = tokens.get(sections);
  if (token) return token;
  // (A section's title, heading, depth and parent never change once it is made: the last document's are read.)
  const before = lastHeadings?.sections ?? [];
  let same = lastHeadings !== undefined && before.length === sections.length;
  for (let k = 0; same && k < sections.length; k++) {
    const a = before[k];
    const b = sections[k];
    same =
      a === b ||
      (a.titleNorm === b.titleNorm &&
        a.heading.text === b.heading.text &&
        a.depth === b.depth &&
        a.parent === b.parent);
  }
  token = same ? lastHeadings!.token : {};
  lastHeadings = { token, sections };
  tokens.set(sections, token);
  return token;
}

const tokens = new WeakMap<readonly Section[], object>();
let lastHeadings: { token: object; sections: readonly Section[] } | undefined;
