// Sections cut below the heading level (root-level list items, table rows, block starts; see
// incremental/pieces.ts PartCuts and model/markdown.ts PartOptions): the analysis must say exactly what an
// analysis of the whole document says, for one-table and one-list policies and after random edits that break
// tables and lists, join them, add headings in the middle.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../../bench/generate.mjs';
import { checkDocument, createIncrementalAnalyzer, type CheckOptions } from '../../../server/src/core';
import { PieceSplitter, setDefaultPartLength } from '../../../server/src/core/incremental/pieces';
import { assemble, buildPiece, setCheckpointEvery } from '../../../server/src/core/model/parse';
import { applyEdit, type Edit, firstDifference, snapshot, wholeDocument } from './compare';
import { oneListPolicy, oneTablePolicy } from './shapes.mjs';

const PREAMBLE = '# 情報セキュリティ対策基準\n\n## 別表第1\n\n';

/** Small pieces, so that small documents are cut inside sections as much as large ones. */
const PART = 300;
let saved = 0;
beforeAll(() => {
  saved = setDefaultPartLength(PART);
});
afterAll(() => {
  setDefaultPartLength(saved);
});

function expectSame(text: string, actual: ReturnType<typeof wholeDocument>, label: string, options: CheckOptions = {}) {
  const diff = firstDifference(snapshot(actual), snapshot(wholeDocument(text, options)));
  expect(diff, `${label}\n${JSON.stringify(text.length > 600 ? `${text.slice(0, 600)}…` : text)}`).toBeUndefined();
}

/** A one-shot parse of `text` in pieces of about `partLength`, checked. */
function inParts(text: string, partLength = PART, options: CheckOptions = {}) {
  const splitter = new PieceSplitter(buildPiece, { cache: false, partLength });
  const document = assemble(text, splitter.update(text));
  return { analysis: checkDocument(document, options), pieces: splitter.stats.pieces };
}

describe('a section cut at list items and table rows reads as the whole document', () => {
  it('one table of Japanese rows with inline code and escaped pipes', () => {
    const text = oneTablePolicy(40_000, 3);
    const { analysis, pieces } = inParts(text);
    expect(pieces).toBeGreaterThan(20);
    expectSame(text, analysis, 'one table');
  });

  it('one numbered list with nested (1) and ア items, loose and tight', () => {
    const text = oneListPolicy(40_000, 3);
    const { analysis, pieces } = inParts(text);
    expect(pieces).toBeGreaterThan(20);
    expectSame(text, analysis, 'one list');
  });
});

const TRICKY: Record<string, string> = {
  'ordered list from 3, items without numbers of their own, nested and loose, a disable comment between items': [
    '3. 職員等は、端末を管理すること。',
    '4. 情報システムセキュリティ管理者は、ログを取得すること。',
    '   - (1) 取得したログを保存すること。',
    '   - (2) 定期的に点検すること。',
    '',
    '<!-- kijun-disable unknown-malware -->',
    '9. 不審なファイルを実行しないこと。',
    '',
    '   二段落目の本文。',
    '10. ア 職員等は、電子メールを暗号化すること。',
    '11.',
    '12. 最後の項目',
    'lazy な続きの行',
  ].join('\n'),
  'markers that start new lists: 1) after 1., * after -': [
    '1. 一つ目',
    '2. 二つ目',
    '3) 別のリスト',
    '4) 続き',
    '- 箇条',
    '- 箇条',
    '* 別の箇条',
    '* 続き',
    '+ また別',
  ].join('\n'),
  'a table with a comment, inline code and escaped pipes in its header, rows of other widths, a lazy row': [
    '  | <!-- kijun-disable drm --> 番号 | `a|b` 名称 | 備考 \\| 注 |',
    '  | --- | :-: | --: |',
    '| 1 | 要機密情報を暗号化すること。 | `x\\|y` |',
    '| 2 | 端末 |',
    '| 3 | 外部記録媒体 | 要確認 | 余分なセル |',
    '4 | 行頭のパイプなし | 備考',
    '行として読まれる行',
    '| 5 | <!-- kijun-disable unknown-malware --> 不審なファイル | |',
    '',
    'この表の後の段落。',
  ].join('\n'),
  'references defined in list items, used in other items; a footnote; setext and HTML in between': [
    '- [nisc]: https://www.nisc.go.jp/',
    '- 統一基準は[nisc]を参照すること。[^注]',
    '- 項目',
    '',
    '[^注]: 脚注の本文。',
    '',
    'テキスト',
    '---',
    '<div>',
    '- HTML の中',
    '</div>',
    '',
    '1. 手順[nisc]',
    '2. 手順',
  ].join('\n'),
  'a table inside a list item and a list inside a quote (no cuts there)': [
    '- 項目',
    '',
    '  | a | b |',
    '  | - | - |',
    '  | 1 | 2 |',
    '- 次の項目',
    '> - 引用の中',
    '> - 引用の中',
    '- 最後',
  ].join('\n'),
};

describe('cuts at every possible line of tricky tables and lists', () => {
  for (const [name, body] of Object.entries(TRICKY)) {
    it(name, () => {
      const text = `${PREAMBLE}${body}\n\n## 附則\n\n施行する。\n`;
      for (const v of [text, text.replace(/\n/g, '\r\n')]) {
        // partLength 1: every usable line is tried as a cut.
        for (const partLength of [1, 7, 40]) {
          const { analysis, pieces } = inParts(v, partLength);
          expectSame(v, analysis, `${name} ${partLength}`);
          if (partLength === 1) expect(pieces, name).toBeGreaterThan(5);
        }
        const saved = setDefaultPartLength(1);
        try {
          expectSame(v, createIncrementalAnalyzer().update(v), `${name} incremental`);
        } finally {
          setDefaultPartLength(saved);
        }
      }
    });
  }
});

/** Lines of tables and lists, and of what breaks them (headings, fences, HTML, setext underlines, lazy lines). */
const LINES = [
  '| 番号 | 名称 |',
  '| --- | --- |',
  '|:-|-:|',
  '| 1 | `a\\|b` を使用 |',
  '| 2 | 要機密情報 \\| 端末 |',
  '| 3 | 職員等は、電子メールを暗号化すること。 |',
  'a | b',
  '| x |',
  '|',
  '- 項目',
  '* 項目',
  '+ 項目',
  '1. 手順',
  '2) 手順',
  '3. 手順',
  '10. 十番目',
  '  - 入れ子',
  '   1. ア 入れ子',
  '    続きの段落',
  '   - (1) 職員等は、端末を管理すること。',
  '(1) 段落の項',
  'ア 項目',
  '-',
  '1.',
  '- <!-- kijun-disable unknown-malware -->',
  '<!-- kijun-disable unknown-malware -->',
  '',
  '',
  '',
  '## 第1章',
  'テキスト',
  '---',
  '===',
  '```',
  '<div>',
  '> 引用',
  '[nisc]: /x',
  '本文[nisc]',
  '    code',
  '[^1]: 脚注',
  '- [^1] 注',
];

const INSERTS = [
  'a',
  'あ',
  '\n',
  '\n\n',
  '|',
  '\\|',
  '`',
  '- ',
  '1. ',
  '* ',
  '# ',
  '   ',
  '\n## 第9章 新しい章\n',
  '\n| --- | --- |\n',
  '\n- 項目\n',
  '\n1. 手順\n',
  '---',
  '<!--',
  '-->',
  '[nisc]',
  '\n[nisc]: /x\n',
];

describe('property: tables and lists cut into pieces, random edits', () => {
  const doc = fc
    .record({
      lines: fc.array(fc.constantFrom(...LINES), { minLength: 5, maxLength: 60 }),
      eol: fc.constantFrom('\n', '\n', '\r\n'),
      // Front matter and a byte-order mark: the first piece is parsed with its stubs after it.
      head: fc.constantFrom('', '', '---\nkijun:\n  edition: h30\n---\n', '\ufeff', '[^1]: 冒頭の脚注\n'),
      preamble: fc.boolean(),
    })
    .map(({ lines, eol, head, preamble }) =>
      (head + (preamble ? PREAMBLE : '') + lines.join('\n')).replace(/\n/g, eol),
    );
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    del: fc.nat(12),
    ins: fc.oneof(
      fc.constantFrom(...INSERTS),
      fc.constantFrom(...LINES).map((l) => `\n${l}\n`),
    ),
  });

  it('one-shot and incremental analyses in pieces of a few lines equal the whole-document analysis', () => {
    setDefaultPartLength(24);
    // A checkpoint of the assembly every other piece: most edits start from one (see model/parse.ts Checkpoint).
    const every = setCheckpointEvery(2);
    try {
      fc.assert(
        fc.property(doc, fc.array(edit, { maxLength: 6 }), (start, edits) => {
          expectSame(start, inParts(start, 24).analysis, 'one-shot');
          const analyzer = createIncrementalAnalyzer();
          expectSame(start, analyzer.update(start), 'incremental, first');
          let text = start;
          for (const e of edits) {
            const applied = applyEdit(text, e);
            text = applied.text;
            expectSame(text, analyzer.applyEdits([{ start: applied.start, end: applied.end, text: e.ins }]), 'edit');
          }
        }),
        { numRuns: Number(process.env.KIJUN_PARTS_RUNS ?? 300), seed: Number(process.env.KIJUN_PARTS_SEED ?? 14) },
      );
    } finally {
      setDefaultPartLength(PART);
      setCheckpointEvery(every);
    }
  }, 600_000);
});

describe('random edits of one-table and one-list policies', () => {
  for (const [name, make] of [
    ['one table', oneTablePolicy],
    ['one list', oneListPolicy],
  ] as const) {
    it(`${name}: edits that break the table or list, join lists, add headings`, () => {
      const r = rng(name.length);
      let text = make(12_000, 5);
      const analyzer = createIncrementalAnalyzer();
      expectSame(text, analyzer.update(text), `${name}, first`);
      const pieces = analyzer.stats.pieces;
      expect(pieces).toBeGreaterThan(10);
      for (let i = 0; i < 40; i++) {
        const e: Edit = { at: r.next(), del: r.chance(0.3) ? r.int(40) : 0, ins: r.pick([...INSERTS, '']) };
        const applied = applyEdit(text, e);
        text = applied.text;
        expectSame(
          text,
          analyzer.applyEdits([{ start: applied.start, end: applied.end, text: e.ins }]),
          `${name} #${i}`,
        );
      }
    });
  }

  it('a one-character edit in a long table or list re-parses about one piece', () => {
    for (const make of [oneTablePolicy, oneListPolicy]) {
      let text = make(30_000, 2);
      const analyzer = createIncrementalAnalyzer();
      analyzer.update(text);
      const at = Math.floor(text.length / 2);
      text = `${text.slice(0, at)}あ${text.slice(at)}`;
      analyzer.applyEdits([{ start: at, end: at, text: 'あ' }]);
      expect(analyzer.stats.parsedChars).toBeLessThan(PART * 6);
      expect(analyzer.stats.pieces).toBeGreaterThan(20);
    }
  });
});

describe('CPU time', () => {
  it('a one-character edit in a 200 KB one-table or one-list policy costs a small part of reading it', () => {
    const saved = setDefaultPartLength(4096);
    try {
      for (const make of [oneTablePolicy, oneListPolicy]) {
        let text = make(200_000, 9);
        const analyzer = createIncrementalAnalyzer();
        const c0 = process.cpuUsage();
        analyzer.update(text);
        const u0 = process.cpuUsage(c0);
        const open = u0.user + u0.system;
        const edits: number[] = [];
        const r = rng(3);
        for (let i = 0; i < 7; i++) {
          const at = Math.floor(text.length * (0.2 + 0.6 * r.next()));
          text = `${text.slice(0, at)}あ${text.slice(at)}`;
          const c = process.cpuUsage();
          analyzer.applyEdits([{ start: at, end: at, text: 'あ' }]);
          const u = process.cpuUsage(c);
          edits.push(u.user + u.system);
        }
        edits.sort((a, b) => a - b);
        // Split at headings only, such an edit re-parsed the whole table or list: about 0.4 of the first read.
        // Cut into pieces, a few hundredths; the bound leaves a wide margin for a loaded machine.
        expect(edits[3], make.name).toBeLessThan(open / 4);
      }
    } finally {
      setDefaultPartLength(saved);
    }
  });
});
