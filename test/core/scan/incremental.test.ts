// The incremental scan after random edits must equal a scan of the whole new text: headings, fences and the
// places where a document can be cut (block starts); and it must stop early when an edit changes little.
import { describe, expect, it } from 'vitest';
import { IncrementalScan } from '../../../server/src/core/scan';
import { random, randomDocument, randomEdit as edit } from './grammar';

function snapshot(scan: IncrementalScan) {
  return {
    headings: scan.headings.map((h) => ({ ...h })),
    fences: scan.fences.map((f) => ({ ...f })),
    parts: scan.parts.map((p) => ({ ...p })),
    blocks: scan.blockStarts(),
  };
}

describe('incremental line scan', () => {
  it('equals a full scan after random edits', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const r = random(seed);
      let text = Array.from({ length: 4 }, () => randomDocument(r)).join('\n\n');
      const inc = new IncrementalScan();
      inc.update(text);
      for (let step = 0; step < 8; step++) {
        const e = edit(r, text);
        text = e.text;
        inc.update(text, e);
        const full = new IncrementalScan();
        full.update(text);
        const a = snapshot(inc);
        const b = snapshot(full);
        if (JSON.stringify(a) !== JSON.stringify(b))
          expect({ seed, step, text, ...a }).toEqual({ seed, step, text, ...b });
      }
    }
  });

  it('re-scans only near the edit', () => {
    const section = (i: number) => `## 第${i}条\n\n- 項目\n  - 入れ子\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n本文。\n\n`;
    let text = Array.from({ length: 2000 }, (_, i) => section(i)).join('');
    const scan = new IncrementalScan();
    scan.update(text);
    const at = text.indexOf('本文。', text.length >> 1);
    text = `${text.slice(0, at)}追記${text.slice(at)}`;
    scan.update(text, { start: at, oldEnd: at, newEnd: at + 2 });
    expect(scan.stats.scanned).toBeLessThan(200);
    expect(scan.headings.filter((h) => h.root)).toHaveLength(2000);
    // Where the sections could be cut further: root list items and table rows.
    expect(scan.parts.filter((p) => p.kind === 'item')).toHaveLength(2000);
    expect(scan.parts.filter((p) => p.kind === 'row')).toHaveLength(2000);
  });
});
