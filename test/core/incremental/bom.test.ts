// The fuzz run's leftover (docs/reliability.md, "Open problems"): text inserted before a leading byte-order mark
// that precedes front matter left the incremental analyzer with the old first piece (front matter still read).
// Every small edit at the very start of such documents — before, on and after the BOM and the opening fence,
// inserting line breaks, another BOM, a fence, text — reached incrementally (offsets and LSP ranges) must give
// what a full analysis of the result gives.
import { describe, expect, it } from 'vitest';
import { createIncrementalAnalyzer, LineIndex } from '../../../server/src/core';
import { firstDifference, snapshot, wholeDocument } from './compare';

const BASES = [
  '\ufeff---\nkijun.not-applicable.drm: "x"\n---\n',
  '\ufeff---\r\nkijun:\r\n  edition: r5\r\n---\r\n# 情報セキュリティ対策基準\r\n\r\n本文\r\n\r\n## 第2章 電子メール\r\n\r\n電子メールを暗号化すること。\r\n',
  '\ufeff# 情報セキュリティ対策基準\n---\n\n本文\n',
];
const INSERTS = ['\n\n', '\r\n', '\ufeff', 'a', '---\n', '# x\n'];

describe('incremental = full at the start of a document with a BOM and front matter', () => {
  it('the minimal case of the fuzz run', () => {
    const before = '\ufeff---\nkijun.not-applicable.drm: "x"\n---\n';
    const inc = createIncrementalAnalyzer();
    inc.update(before);
    const after = inc.applyEdits([{ start: 0, end: 0, text: '\n\n' }]);
    expect(after.document.frontMatter).toBeUndefined();
    expect(firstDifference(snapshot(after), snapshot(wholeDocument('\n\n' + before)))).toBeUndefined();
  });

  for (const [b, base] of BASES.entries()) {
    it(`every small edit near the start of base ${b + 1}, by offset and by LSP range`, () => {
      const failures: string[] = [];
      for (let at = 0; at < 5; at++) {
        for (let del = 0; del < 2; del++) {
          for (const ins of INSERTS) {
            const end = Math.min(at + del, base.length);
            const text = base.slice(0, at) + ins + base.slice(end);
            const lines = new LineIndex(base);
            // (A range cannot split a CRLF: the analyzer's text is then the reference.)
            for (const edit of [
              { start: at, end, text: ins },
              { range: { start: lines.positionAt(at), end: lines.positionAt(end) }, text: ins },
            ]) {
              const inc = createIncrementalAnalyzer();
              inc.update(base);
              const result = inc.applyEdits([edit]);
              if ('start' in edit) expect(inc.text).toBe(text);
              const diff = firstDifference(snapshot(result), snapshot(wholeDocument(inc.text)));
              if (diff) failures.push(`${JSON.stringify(edit)}: ${String(diff).slice(0, 200)}`);
            }
            // And the way back.
            const back = createIncrementalAnalyzer();
            back.update(text);
            const diff = firstDifference(snapshot(back.update(base)), snapshot(wholeDocument(base)));
            if (diff) failures.push(`back from ${JSON.stringify(text.slice(0, 12))}: ${String(diff).slice(0, 200)}`);
          }
        }
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }
});
