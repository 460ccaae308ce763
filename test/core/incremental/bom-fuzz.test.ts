// A case the long fuzz run found (seed 22260101): a BOM, CRLF front matter, then two edits at the very start that
// delete the BOM and the front matter's closing fence. Left is a first line `---` that no fence closes: a thematic
// break, after which the list must stay a list (remark-frontmatter's failed attempt made it a paragraph in the
// whole-document parse, not in the sectioned one).
import { expect, it } from 'vitest';
import { createIncrementalAnalyzer } from '../../../server/src/core';
import { parseMarkdown } from '../../../server/src/core/model/markdown';
import { firstDifference, snapshot, wholeDocument } from './compare';

it('deleting a BOM and CRLF front matter from the start, in two edits, gives the full analysis', () => {
  const base =
    '\ufeff---\r\nkijun:\r\n  organization: agency\r\n---\r\n\r\n\r\n# 第1章 電子メール\r\n\r\n- 電子メールサーバ間の通信をSTARTTLS等により暗号化すること。';
  const inc = createIncrementalAnalyzer();
  inc.update(base);
  const edits = [
    { start: 0, end: 37, text: '自己点検及び監査の結果に基づき、改善を指示すること。' },
    { start: 0, end: 27, text: '' },
  ];
  for (const e of edits) {
    const result = inc.applyEdits([e]);
    expect(firstDifference(snapshot(result), snapshot(wholeDocument(inc.text)))).toBeUndefined();
  }
  expect(result(inc.text)).toEqual(['thematicBreak', 'heading', 'list']);
});

it('an unclosed `---` first line is a thematic break and the blocks after it parse as CommonMark says', () => {
  for (const text of ['---\n\n- item', '\ufeff---\r\n\r\n# H\r\n\r\n- item', '--- \n\n1. one\n2. two']) {
    expect(parseMarkdown(text).children.map((c) => c.type)).toEqual(
      text.includes('# H') ? ['thematicBreak', 'heading', 'list'] : ['thematicBreak', 'list'],
    );
  }
  // Closed: front matter as before.
  expect(parseMarkdown('---\na: 1\n---\n\n- item').children.map((c) => c.type)).toEqual(['yaml', 'list']);
});

function result(text: string): string[] {
  return parseMarkdown(text).children.map((c) => c.type);
}
