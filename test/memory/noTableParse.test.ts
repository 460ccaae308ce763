import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { frontMatterBody, frontMatterClose, mayHoldTable, parseMarkdown } from '../../server/src/core/model/markdown';

/**
 * parseMarkdown leaves GFM tables out of the parser for text that cannot hold one (no line with a `-` and a `|`
 * or `:`, which a table's delimiter row needs): the tree must always be the one the full parser makes.
 */
const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** parseMarkdown reads a first line `---` that no fence closes as the break `***` (test/core/incremental/bom-fuzz.test.ts). */
function unclosedFenceAsBreak(text: string): string {
  const body = frontMatterBody(text);
  return body >= 0 && frontMatterClose(text, body, Infinity) === 0 ? '***' + text.slice(3) : text;
}

/** Lines that make or come close to tables (dash rows, setext underlines, lists, quotes, pipes, colons). */
const line = fc.constantFrom(
  '情報セキュリティ対策基準',
  '# 見出し',
  '## 第2章 組織',
  'a b',
  'セル1 セル2',
  '-',
  '---',
  '- -',
  '-- --',
  '- 項目',
  '  - 子項目',
  '1. 第一',
  '2) 第二',
  '> 引用 a',
  '> - 引用の項目',
  '===',
  '```',
  '~~~',
  '    字下げ',
  '\t- タブ',
  '<div>',
  '</div>',
  '<!-- kijun-disable-next-line drm -- 理由 -->',
  '*強調* と **太字** と ~~取消~~',
  '[リンク][nisc] と [^1]',
  '[nisc] https//www.nisc.go.jp',
  '<https//example.go.jp>',
  '- [ ] 未了',
  '- [x] 完了',
  'メール user@example.go.jp と www.example.go.jp',
  '&amp; &#45; \\- \\*',
  'a | b',
  '| a | b |',
  '| - | - |',
  '|---|:-:|',
  '--- | ---',
  ':-',
  '-:',
  '> | - |',
  '- | - |',
  'セル: 値',
  'https://www.nisc.go.jp',
  '[nisc]: https://www.nisc.go.jp',
  '[^1]: 注記',
  '時刻 10:00 から',
  '',
  '',
);

const text = fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n'));

describe('parseMarkdown without the table construct', () => {
  it("gives the full parser's tree", () => {
    fc.assert(
      fc.property(text, fc.constantFrom('\n', '\r\n', '\r'), (t, eol) => {
        const source = t.replace(/\n/g, eol);
        expect(parseMarkdown(source)).toEqual(full.parse(unclosedFenceAsBreak(source)));
      }),
      { numRuns: 1000 },
    );
  });

  it('knows the lines a table needs', () => {
    expect(mayHoldTable('情報\n\n- 項目\nhttps://www.nisc.go.jp')).toBe(false);
    expect(mayHoldTable('a | b\n- c')).toBe(false);
    expect(mayHoldTable('a\n:-')).toBe(true);
    expect(mayHoldTable('| a |\n| - |')).toBe(true);
    expect(mayHoldTable('a\r| -')).toBe(true);
    expect(mayHoldTable('a -\r|')).toBe(false);
  });

  it('still parses tables (text with | or :)', () => {
    const table = parseMarkdown('| a | b |\n| - | - |\n| c | d |\n');
    expect(table.children[0].type).toBe('table');
    const noPipes = parseMarkdown('a\n:-\nb\n');
    expect(noPipes).toEqual(full.parse('a\n:-\nb\n'));
    expect(noPipes.children[0].type).toBe('table');
  });
});
