// Drop-in replacement for micromark-extension-gfm-table's lib/edit-map.js (2.1.1), swapped in at build time by
// scripts/gfmTableEditMap.mjs (esbuild and vitest). The upstream `add` looks for an existing change at the same
// index by scanning every change recorded so far; the table resolver records a few changes per cell and keeps
// one map for all the tables of a flow run, so parsing was quadratic in the table cells of the document (the same
// as markdown-rs issue #218). Here the changes are also indexed by position: `add` is O(1); `consume` is
// unchanged in what it produces. Keep the class shape: the resolver calls `add` and `consume` only.
import type { Event } from 'micromark-util-types';

type Change = [at: number, remove: number, add: Event[]];

export class EditMap {
  map: Change[] = [];
  private byIndex = new Map<number, Change>();

  add(index: number, remove: number, add: Event[]): undefined {
    if (remove === 0 && add.length === 0) return undefined;
    const existing = this.byIndex.get(index);
    if (existing) {
      existing[1] += remove;
      // Not push(...add): a spread of a long array overflows the stack.
      for (const event of add) existing[2].push(event);
      return undefined;
    }
    const change: Change = [index, remove, add];
    this.map.push(change);
    this.byIndex.set(index, change);
    return undefined;
  }

  consume(events: Event[]): undefined {
    this.map.sort((a, b) => a[0] - b[0]);
    if (this.map.length === 0) return undefined;
    // Cut `events` from the back into the kept runs and the added events, then join them in order.
    const pieces: Event[][] = [];
    for (let i = this.map.length - 1; i >= 0; i--) {
      const [at, remove, add] = this.map[i];
      pieces.push(events.slice(at + remove), add);
      events.length = at;
    }
    pieces.push(events.slice());
    events.length = 0;
    for (let i = pieces.length - 1; i >= 0; i--) {
      for (const event of pieces[i]) events.push(event);
    }
    this.map.length = 0;
    this.byIndex.clear();
    return undefined;
  }
}
