import type { Clause } from './types';

/**
 * What an assembly shares with the one before it (model/parse.ts): its clauses before `head` are the objects of
 * `previous` at the same index, and its last `tail` clauses come from the same pieces as the last `tail` of
 * `previous` (same texts, maybe moved). (`previous` is held weakly: each document would otherwise keep the one
 * before it, and so the whole edit history, alive.)
 */
export interface Lineage {
  previous: WeakRef<readonly Clause[]>;
  head: number;
  tail: number;
}
export const lineage = new WeakMap<readonly Clause[], Lineage>();

/** Whether `clauses` was assembled from `last` (see Lineage). */
export function assembledFrom(known: Lineage | undefined, last: readonly unknown[] | undefined): known is Lineage {
  return known !== undefined && last !== undefined && known.previous.deref() === last;
}

/**
 * Values computed per item of a document (a clause, a heading), kept for the next document of the same edit history.
 * An edit leaves the items before it at the same index and those after it at as many places from the end, so an item
 * takes its value from the last call's item there when `reusable` says it may (for a value that depends only on the
 * text: the same text). A keystroke then computes only the items it changed, with no lookup per item (a WeakMap
 * keyed by thousands of objects costs more per edit than the searches it saves). For clauses whose document knows
 * its lineage, the shared head and tail are taken without a test (`sameText`: whether a value may go with the text,
 * for a tail clause that may have moved).
 */
export class PerItem<K, T> {
  private items: readonly K[] = [];
  private values: T[] = [];

  constructor(
    private readonly reusable: (last: K, item: K, value: T) => boolean,
    private readonly sameText: (value: T) => boolean = () => true,
  ) {}

  /** The value of every item of `items` (computed by `compute` unless re-used), in order. */
  map(items: readonly K[], compute: (item: K) => T): T[] {
    const last = this.items;
    const lastValues = this.values;
    const fromEnd = last.length - items.length;
    const values = new Array<T>(items.length);
    const reusable = this.reusable;
    const known = lineage.get(items as readonly unknown[] as readonly Clause[]);
    const shared = assembledFrom(known, last);
    const head = shared ? Math.min(known.head, items.length) : 0;
    const tailFrom = shared ? Math.max(head, items.length - known.tail) : items.length;
    for (let i = 0; i < head; i++) values[i] = lastValues[i];
    for (let i = head; i < items.length; i++) {
      const item = items[i];
      if (i >= tailFrom) {
        const v = lastValues[i + fromEnd];
        if (this.sameText(v)) {
          values[i] = v;
          continue;
        }
      }
      const a = last[i];
      if (a !== undefined && reusable(a, item, lastValues[i])) {
        values[i] = lastValues[i];
        continue;
      }
      const b = last[i + fromEnd];
      if (b !== undefined && i + fromEnd >= 0 && reusable(b, item, lastValues[i + fromEnd])) {
        values[i] = lastValues[i + fromEnd];
        continue;
      }
      values[i] = compute(item);
    }
    this.items = items;
    this.values = values;
    return values;
  }

  /** Forgets the last call (its values no longer apply, e.g. another catalog). */
  clear(): void {
    this.items = [];
    this.values = [];
  }
}

/**
 * The lowest index of a clause whose frames (context, nearest frame) were set after its document was assembled
 * (reading/beppyo.ts gives a 別表's rows the text of the article that refers to it), per document clauses' array:
 * such a clause is not what assembling its piece gives, so the next assembly re-uses no clause wholesale from there.
 */
export const reframedFrom = new WeakMap<readonly Clause[], number>();
