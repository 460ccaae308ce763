// The language server notes where each version of a document differs from the one before, from the client's
// incremental changes (ChangeSpans), and the analysis of an edit starts from there instead of comparing the texts:
// the text outside the span must be the same, and the analysis the one a fresh analysis of the text gives.
import { describe, expect, it } from 'vitest';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { generatePolicy, rng } from '../../bench/generate.mjs';
import { AnalysisCache, ChangeSpans } from '../../server/src/lsp/analysisCache';
import { firstDifference, snapshot, wholeDocument } from '../core/incremental/compare';

/** A random change of `text`: a range (possibly reversed) and its new text, or now and then the whole text. */
function randomChange(text: string, r: ReturnType<typeof rng>, doc: TextDocument) {
  const a = r.int(text.length + 1);
  const b = Math.min(text.length, a + (r.chance(0.5) ? 0 : r.int(40)));
  const insert = r.pick(['', 'あ', '\n', '## 見出し\n', '職員等は、電子メールを暗号化すること。\n\n', 'x\r\n']);
  const [from, to] = r.chance(0.1) ? [b, a] : [a, b];
  return { range: { start: doc.positionAt(from), end: doc.positionAt(to) }, text: insert };
}

describe('where a version differs from an earlier one, from the client changes', () => {
  it('leaves the text before and after the span as it was, over several changes and versions', () => {
    const r = rng(31);
    const spans = new ChangeSpans();
    const uri = 'file:///p.md';
    const doc = spans.documents.create(uri, 'markdown', 1, generatePolicy(6_000, 3));
    const texts = new Map([[1, doc.getText()]]);
    let checked = 0;
    for (let version = 2; version < 60; version++) {
      const changes = Array.from({ length: 1 + r.int(3) }, () => {
        const change = randomChange(doc.getText(), r, doc);
        // (Each change is relative to the text the ones before left: apply them as the client made them.)
        return change;
      });
      const full = r.chance(0.05);
      spans.documents.update(doc, full ? [{ text: `${doc.getText()}\n` }] : changes.slice(0, 1), version);
      texts.set(version, doc.getText());
      for (const from of [version - 1, version - 3, version - 40]) {
        const span = spans.between(uri, from, version);
        const before = texts.get(from);
        if (!span || before === undefined) continue;
        const after = doc.getText();
        expect(before.slice(0, span.start)).toBe(after.slice(0, span.start));
        expect(before.slice(span.oldEnd)).toBe(after.slice(span.newEnd));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives the analysis a fresh analysis of each version gives', () => {
    const r = rng(32);
    const spans = new ChangeSpans();
    const cache = new AnalysisCache(undefined, spans);
    const between = spans.between.bind(spans);
    let used = 0;
    spans.between = (...args) => {
      const span = between(...args);
      if (span) used++;
      return span;
    };
    const uri = 'file:///q.md';
    const doc = spans.documents.create(uri, 'markdown', 1, generatePolicy(12_000, 4));
    cache.get(doc, {});
    for (let version = 2; version < 30; version++) {
      spans.documents.update(doc, [randomChange(doc.getText(), r, doc), randomChange(doc.getText(), r, doc)], version);
      // Now and then two versions before the next analysis (the publisher waits while changes arrive).
      if (r.chance(0.3)) continue;
      const actual = cache.get(doc, {});
      expect(
        firstDifference(snapshot(actual), snapshot(wholeDocument(doc.getText()))),
        `version ${version}`,
      ).toBeUndefined();
    }
    expect(used).toBeGreaterThan(10);
  });
});
