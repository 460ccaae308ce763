// The per-section (and incremental) analysis must say exactly what an analysis of the whole document says:
// statuses, ranges, findings, the clause and section structure. The reference is one remark parse of the whole
// text (parsePolicy(text, { sections: false })).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePolicy, rng } from '../../../bench/generate.mjs';
import {
  checkDocument,
  createIncrementalAnalyzer,
  LineIndex,
  parseClauseNumber,
  type CheckOptions,
} from '../../../server/src/core';
import { CLAUSE_START_FIRST, CLAUSE_START_KINDS, parsePolicy } from '../../../server/src/core/model/parse';
import { analyzeText, applyEdit, firstDifference, fixtureFiles, readText, snapshot, wholeDocument } from './compare';

/** The one-shot per-section parse split at every heading (analyzeText groups short sections together). */
const everySection = (text: string, options: CheckOptions = {}) =>
  checkDocument(parsePolicy(text, { minLength: 0 }), options);

// The reference for the last few texts (several analyses of one text are compared with it in a row).
const references = new Map<string, unknown>();
function reference(text: string, options: CheckOptions): unknown {
  const key = `${JSON.stringify(options)}\u0000${text}`;
  let r = references.get(key);
  if (!r) {
    r = snapshot(wholeDocument(text, options));
    if (references.size > 8) references.clear();
    references.set(key, r);
  }
  return r;
}

function expectSame(
  text: string,
  actual: ReturnType<typeof analyzeText>,
  options: CheckOptions = {},
  label = '',
): void {
  const diff = firstDifference(snapshot(actual), reference(text, options));
  expect(diff, `${label}\n${JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}…` : text)}`).toBeUndefined();
}

const TRICKY: Record<string, string> = {
  'reference-style links defined in another section': [
    '# 情報セキュリティ対策基準',
    '',
    '## 第1章 電子メール',
    '',
    '電子メールは[統一基準][nisc]に従い暗号化すること。[参考]',
    '',
    '## 第2章 定義',
    '',
    '[nisc]: https://www.nisc.go.jp/',
    '[参考]: <https://example.jp> "題"',
    '',
    '## 第3章 脚注',
    '',
    '本文[^1]。',
    '',
    '[^1]: 脚注の本文。',
  ].join('\n'),
  'reference used before its definition, in a list and a quote': [
    '# Security policy',
    '',
    '## A',
    '',
    '- see [Foo  Bar] and [x][FOO BAR]',
    '',
    '> [quoted]',
    '',
    '## B',
    '',
    '- [foo bar]: /url',
    '',
    '> [quoted]: /q',
  ].join('\n'),
  'setext headings': [
    '情報セキュリティ対策基準',
    '========================',
    '',
    '総則',
    '----',
    '',
    '本文。',
    '',
    '電子メール',
    '---',
    '電子メールサーバ間の通信を暗号化すること。',
    '',
    'two line',
    'heading',
    '===',
    '',
    '- list item',
    'lazy',
    '---',
    '',
  ].join('\n'),
  'code fences containing # lines': [
    '# 情報セキュリティ対策基準',
    '',
    '```sh',
    '# not a heading',
    '## nor this',
    '```',
    '',
    '## 第1章',
    '',
    '~~~',
    '# inside tilde',
    '```',
    '# still inside',
    '~~~',
    '',
    '    # indented code',
    '',
    '- item',
    '  ```',
    '# closes the item and its fence',
    '  ```',
    '# inside the fence opened above',
    '```',
    '',
    '## 第2章',
    '',
    '```',
    '# unclosed fence to the end',
    '## 第3章 電子メール',
    '電子メールを暗号化すること。',
  ].join('\n'),
  'lists that straddle headings': [
    '# 規程',
    '',
    '1. 項目A',
    '2. 項目B',
    '# 見出し',
    '3. 項目C',
    '',
    '- a',
    '  # heading in the item',
    '- b',
    '',
    '1. x',
    '   # in item (3 spaces)',
    '',
    '- c',
    '',
    '  ## in item after blank',
    '',
    '## after',
    '- d',
    '* e',
    '   ## three-space heading closes the list',
    'text',
  ].join('\n'),
  'HTML blocks and comments with # lines': [
    '# 対策基準',
    '',
    '<!--',
    '# commented out',
    '## 第9章 削除',
    '-->',
    '',
    '<div>',
    '# in html block',
    '</div>',
    '',
    '# 第1章',
    '',
    '<!-- kijun-disable-next-line email-encryption -- 別途 -->',
    '## 第2章',
    '',
    'メールを暗号化することが望ましい。',
    '',
    '<!-- kijun: drm -->',
    '# 第3章',
    '',
    '電子データに利用制限を付すこと。',
    '<script>',
    '# x',
    '</script>',
    '',
    '## 第4章',
  ].join('\n'),
  'front matter with # comments': [
    '---',
    '# yaml comment',
    'kijun:',
    '  edition: h26',
    '# another',
    '---',
    '# 情報セキュリティ対策基準',
    '',
    '本文',
    '',
    '## 第1章',
    '',
  ].join('\n'),
  'front matter without closing fence': ['---', '# heading, not yaml', 'text', '## 第1章', ''].join('\n'),
  'tables and headings': [
    '# 対策基準',
    '',
    '| 区分 | 内容 |',
    '|---|---|',
    '| メール | 暗号化する |',
    '# 直後の見出し | x',
    '| a | b |',
    '',
    '## 次',
  ].join('\n'),
  'headings inside quotes and indented headings': [
    '# 基本方針',
    '',
    '> # quoted',
    '> ## quoted 2',
    '',
    ' # one space',
    '  ## two',
    '   ### three',
    '    #### code',
    '',
  ].join('\n'),
  'empty and whitespace-only': ' \n\n\t\n',
  'only headings': '# a\n## b\n### c\n# d',
  'heading at the very end without newline': '# 情報セキュリティ対策基準\n\n本文\n## 末尾',
  'definition-like lines that are not definitions': [
    '# 対策基準',
    '',
    '## A',
    '',
    '本文は[nisc]と[^n]を参照。',
    '',
    '## B',
    '',
    '```',
    '[nisc]: https://fake.example',
    '[^n]: fake',
    '```',
    '',
    '## C',
    '',
    '    [nisc]: indented code, not a definition',
    '',
    '<!--',
    '[nisc]: in a comment',
    '-->',
    '',
  ].join('\n'),
};

describe('per-section analysis equals the whole-document analysis', () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    it(`${name} (LF, CRLF, CR, BOM)`, () => {
      const variants = [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), `\ufeff${text}`];
      for (const v of variants) {
        for (const options of [{}, { force: true }] as CheckOptions[]) {
          expectSame(v, analyzeText(v, options), options, name);
          expectSame(v, everySection(v, options), options, `${name} split at every heading`);
          expectSame(v, createIncrementalAnalyzer(options).update(v), options, `${name} incremental`);
        }
      }
    });
  }

  // In four parts: the evaluation sets keep adding fixtures, and one test over all of them outgrew the time limit on
  // a loaded machine (32 s against 30 under coverage).
  it.each([0, 1, 2, 3])('every Markdown fixture, and CRLF copies (part %i of 0–3)', (part) => {
    const files = fixtureFiles().filter((_, i) => i % 4 === part);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readText(file);
      expectSame(text, analyzeText(text), {}, file);
      expectSame(text, everySection(text), {}, `${file} split at every heading`);
      const crlf = text.replace(/\r?\n/g, '\r\n');
      const forced: CheckOptions = { force: true, language: 'en' };
      expectSame(crlf, everySection(crlf, forced), forced, `${file} (CRLF, forced) split at every heading`);
    }
  });

  it('a generated policy with articles, decimal sections, lists, tables, code and references', () => {
    const text = generatePolicy(60_000, 7);
    expectSame(text, analyzeText(text), {}, 'generated');
    expectSame(text, everySection(text), {}, 'generated, split at every heading');
  });

  it('only numbers that can split a paragraph skip the quick first-character test', () => {
    const starts = ['第', '(', '（', '⑴', '①', '1', '１', '7.1', '2101-', 'ア', '一', 'a', ' ', '　', '**', '-', '#'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...starts), { maxLength: 4 }),
        fc.string({ maxLength: 8 }),
        (parts, rest) => {
          const line = parts.join('') + rest;
          const n = parseClauseNumber(line);
          if (n && CLAUSE_START_KINDS.has(n.kind)) expect(CLAUSE_START_FIRST.test(line), line).toBe(true);
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('incremental analysis after edits equals a fresh whole-document analysis', () => {
  const INSERTS = [
    'a',
    'あ',
    '\n',
    '\n\n',
    '# ',
    '\n# 第9章 新しい章\n',
    '```\n',
    '\n```\n',
    '<!--',
    '-->',
    '[nisc]',
    '\n[nisc]: /x\n',
    '===\n',
    '- ',
    '|',
    '\r\n',
    '電子メールを暗号化すること。',
  ];

  it.each([0, 1])('random edits on every fixture (part %i of 0–1)', (part) => {
    const r = rng(20261125 + part);
    for (const file of fixtureFiles().filter((_, i) => i % 2 === part)) {
      let text = readText(file);
      const analyzer = createIncrementalAnalyzer();
      analyzer.update(text);
      for (let i = 0; i < 3; i++) {
        const edit = { at: r.next(), del: r.chance(0.3) ? r.int(12) : 0, ins: r.chance(0.8) ? r.pick(INSERTS) : '' };
        text = applyEdit(text, edit).text;
        expectSame(text, analyzer.update(text), {}, `${file} after ${JSON.stringify(edit)}`);
      }
    }
  });

  it('edits given as LSP ranges give the same result as the new text', () => {
    let text = TRICKY['reference-style links defined in another section'];
    const a = createIncrementalAnalyzer();
    a.update(text);
    const edits = [
      { start: 20, end: 20, text: '\n## 挿入\n' },
      { start: 0, end: 1, text: '' },
      { start: 40, end: 48, text: '電子メール' },
    ];
    for (const e of edits) {
      const lines = new LineIndex(text);
      const range = lines.rangeOf(e.start, e.end);
      text = text.slice(0, e.start) + e.text + text.slice(e.end);
      expectSame(text, a.applyEdits([{ range, text: e.text }]), {}, 'lsp edit');
    }
    // Several edits at once, each relative to the text the previous one left.
    const before = text;
    const analysis = a.applyEdits([
      { start: 5, end: 5, text: 'X' },
      { start: text.length + 1, end: text.length + 1, text: '\n# 末尾\n' },
      { start: 0, end: 0, text: '\r\n' },
    ]);
    const expected = `\r\n${before.slice(0, 5)}X${before.slice(5)}\n# 末尾\n`;
    expect(a.text).toBe(expected);
    expectSame(expected, analysis, {}, 'batch');
  });

  it('a one-character edit in a large policy re-parses only the section it is in', () => {
    const text = generatePolicy(200_000, 3);
    const a = createIncrementalAnalyzer();
    a.update(text);
    expect(a.stats.pieces).toBeGreaterThan(50);
    const at = text.indexOf('\n', Math.floor(text.length / 2)) - 3;
    const next = `${text.slice(0, at)}あ${text.slice(at)}`;
    const analysis = a.update(next);
    expect(a.stats.parsed).toBeLessThanOrEqual(2);
    expect(a.stats.parsedChars).toBeLessThan(text.length / 20);
    // Typing in a heading re-uses the piece before it (its split was verified with any ATX line).
    const h = next.indexOf('\n## ', at) + 4;
    a.update(`${next.slice(0, h)}新${next.slice(h)}`);
    expect(a.stats.parsed).toBeLessThanOrEqual(1);
    expectSame(`${next.slice(0, h)}新${next.slice(h)}`, a.analysis!, {}, 'heading edit');
    void analysis;
  });

  it('random edits of a generated policy', () => {
    let text = generatePolicy(40_000, 11);
    const r = rng(5);
    const a = createIncrementalAnalyzer();
    a.update(text);
    for (let i = 0; i < 8; i++) {
      const edit = { at: r.next(), del: r.int(3), ins: r.pick(INSERTS) };
      text = applyEdit(text, edit).text;
      expectSame(text, a.update(text), {}, `generated after ${JSON.stringify(edit)}`);
    }
  });
});

describe('incremental analysis applies the same limits as analyzeText', () => {
  it('refuses what analyzeText refuses, and recovers after the edit that fixes it', () => {
    const table = [
      '| a | b |',
      '|---|---|',
      ...Array.from({ length: 30_000 }, (_, i) => `| ${i} | 電子メールを暗号化すること。 |`),
    ].join('\n');
    const ok = '# 情報セキュリティ対策基準\n\n## 第1章\n\n本文。\n';
    const tooBig = `${ok}\n${table}\n`;
    const a = createIncrementalAnalyzer();
    for (const text of [ok, tooBig, ok, '   \n\n', ok]) {
      const expected = analyzeText(text);
      const actual = a.update(text);
      expect(firstDifference(snapshot(actual), snapshot(expected))).toBeUndefined();
      expect(actual.refused?.kind).toBe(expected.refused?.kind);
    }
    expect(analyzeText(tooBig).refused).toBeDefined();
  });
});

describe('property: random documents and random edits', () => {
  const LINES = [
    '# 情報セキュリティ対策基準',
    '## 第1章 総則',
    '### 1.1 電子メール',
    ' ## indented',
    '#not a heading',
    '####### seven',
    '#',
    '# 平成28年度版の統一基準',
    'Setext title',
    '===',
    '---',
    '本文の段落。',
    '(1) 電子メールサーバ間の通信を暗号化すること。',
    '(2) 電子メールの暗号化が望ましい。',
    'メールの誤送信を防止すること。',
    '- 項目',
    '1. 項目',
    '  - 入れ子',
    '   # three-space heading',
    '  # two-space heading',
    '    indented code',
    '> quote',
    '> # quoted heading',
    '```',
    '~~~',
    '```sh',
    '# comment in code',
    '<!--',
    '-->',
    '<!-- kijun-disable-next-line email-encryption -- 理由 -->',
    '<!-- kijun: email-encryption -->',
    '<div>',
    '</div>',
    '| 区分 | 内容 |',
    '|---|---|',
    '| メール | 暗号化する |',
    '[ref]: https://example.jp',
    '本文 [ref] と [文][REF] と [^1]。',
    '[^1]: 脚注。',
    '[Foo  Bar]: /x',
    '[foo bar] を参照。',
    'www.example.jp と user@example.jp',
    '**第4条（目的）** 電子メールを暗号化する。',
    'kijun:',
    '  edition: h26',
    '',
    '',
    '',
    '',
  ];
  const doc = fc
    .record({
      lines: fc.array(fc.constantFrom(...LINES), { maxLength: 40 }),
      frontMatter: fc.boolean(),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      bom: fc.boolean(),
    })
    .map(
      ({ lines, frontMatter, eol, bom }) =>
        (bom ? '\ufeff' : '') + (frontMatter ? ['---', 'kijun:', '# c', '---', ...lines] : lines).join(eol),
    );
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    del: fc.nat(20),
    ins: fc.oneof(
      fc.constantFrom(
        '',
        'a',
        'あ',
        '\n',
        '#',
        '# ',
        '`',
        '```\n',
        '<!--',
        '-->',
        '[',
        ']',
        '[ref]',
        '\n[ref]: /y\n',
        '=',
        '-',
        ' ',
        '|',
        '\r',
        '>',
        '\n\n',
      ),
      fc.constantFrom(...LINES).map((l) => `\n${l}\n`),
    ),
  });

  it('per-section and incremental analyses equal the whole-document analysis', () => {
    fc.assert(
      fc.property(doc, fc.array(edit, { maxLength: 5 }), fc.boolean(), (start, edits, force) => {
        const options: CheckOptions = force ? { force: true } : {};
        expectSame(start, analyzeText(start, options), options, 'start');
        const a = createIncrementalAnalyzer(options);
        a.update(start);
        let text = start;
        for (const e of edits) {
          const applied = applyEdit(text, e);
          text = applied.text;
          const analysis =
            e.at < 0.5 ? a.update(text) : a.applyEdits([{ start: applied.start, end: applied.end, text: e.ins }]);
          expectSame(text, analysis, options, `after ${JSON.stringify(e)}`);
        }
      }),
      { numRuns: 120, seed: 4242 },
    );
  });
});

describe('regressions', () => {
  it('text before a leading byte-order mark: what follows is not front matter, in pieces as in the whole document', () => {
    const bomFrontMatter = '\ufeff---\nkijun.not-applicable.drm: x\n---\n';
    const text = `\n\n${bomFrontMatter}`;
    for (const options of [{}, { force: true }] as CheckOptions[]) {
      expect(wholeDocument(text, options).document.frontMatter).toBeUndefined();
      expectSame(text, analyzeText(text, options), options, 'one-shot');
      expectSame(text, everySection(text, options), options, 'split at every heading');
      expectSame(text, createIncrementalAnalyzer(options).update(text), options, 'incremental, fresh');
      // Typed in front of the byte-order mark of a document that has front matter (as update and as an edit).
      const a = createIncrementalAnalyzer(options);
      expect(a.update(bomFrontMatter).document.frontMatter).toBeDefined();
      expectSame(text, a.update(text), options, 'incremental, after update');
      const b = createIncrementalAnalyzer(options);
      b.update(bomFrontMatter);
      expectSame(text, b.applyEdits([{ start: 0, end: 0, text: '\n\n' }]), options, 'incremental, after an edit');
      // And a heading in front: the piece after it still starts with the mark.
      const headed = `# 情報セキュリティ対策基準\n${bomFrontMatter}本文\n`;
      expectSame(headed, everySection(headed, options), options, 'after a heading');
      expectSame(headed, b.update(headed), options, 'after a heading, incremental');
    }
  });

  it('an edit right after a blank or refused text (which the splitter never saw) is analyzed as the new text', () => {
    const start = '---\nkijun:\n# c\n---';
    const brackets = '['.repeat(600);
    const refused = `# 規程\n\n${brackets}\n`;
    // After each text in between, an edit that makes a text the splitter's old pieces do not describe.
    const cases = [
      { between: '\n\n', edit: { start: 0, end: 0, text: '-->' } },
      {
        between: refused,
        edit: { start: refused.indexOf('['), end: refused.indexOf('[') + brackets.length, text: '-->' },
      },
    ];
    for (const { between, edit } of cases) {
      for (const byEdit of [false, true]) {
        const a = createIncrementalAnalyzer();
        a.update(start);
        a.update(between);
        expect(a.analysis!.refused !== undefined).toBe(between === refused);
        const text = between.slice(0, edit.start) + edit.text + between.slice(edit.end);
        const analysis = byEdit ? a.applyEdits([edit]) : a.update(text);
        expect(analysis.refused).toBeUndefined();
        expectSame(text, analysis, {}, `after ${JSON.stringify(between.slice(0, 20))}, ${byEdit ? 'edit' : 'update'}`);
      }
    }
  });
});
