// Pathological documents, by name and size: the shapes that make Markdown parsers hang, recurse or allocate
// without bound. `npm test` runs them small (test/reliability/pathological.test.ts: the cost must grow linearly);
// `npm run fuzz` runs them at the sizes the reliability issue names and writes the figures to docs/reliability.md.

const TITLE = '# 情報セキュリティ対策基準\n\n';
const CLAUSE = '情報システムセキュリティ責任者は、電子メールサーバ間の通信を暗号化すること。';

export interface Pathological {
  name: string;
  /** What it is, for the report. */
  what: string;
  /** The document for size parameter n. */
  make(n: number): string;
  /** The size the issue asks for (npm run fuzz) and a small one for npm test. */
  full: number;
  small: number;
  /** Whether Kijun must refuse it at full size (a limit), check it, or either. */
  expect: 'refused' | 'checked' | 'either';
}

const repeatLines = (n: number, line: (i: number) => string) => {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(line(i));
  return out.join('\n');
};

export const PATHOLOGICAL: Pathological[] = [
  { name: 'empty', what: 'an empty file', make: () => '', full: 0, small: 0, expect: 'checked' },
  {
    name: 'whitespace',
    what: 'only white space (spaces, tabs, blank lines), n lines',
    make: (n) => ' \t\n\n'.repeat(n),
    full: 2_500_000,
    small: 20_000,
    expect: 'checked',
  },
  {
    name: 'ideographic-space',
    what: 'only U+3000 and line breaks, n lines',
    make: (n) => '\u3000\u3000\n'.repeat(n),
    full: 1_000_000,
    small: 5_000,
    expect: 'either',
  },
  {
    name: 'quotes-deep',
    what: 'blockquotes nested n deep on one line',
    make: (n) => TITLE + '> '.repeat(n) + CLAUSE + '\n',
    full: 10_000,
    small: 2_000,
    expect: 'refused',
  },
  {
    name: 'quotes-staircase',
    what: 'n lines, line i quoted i deep (capped at 300)',
    make: (n) => TITLE + repeatLines(n, (i) => '>'.repeat(Math.min(i, 300) + 1) + ' x'),
    full: 10_000,
    small: 500,
    expect: 'refused',
  },
  {
    name: 'lists-deep',
    what: 'bullet lists nested n deep on one line',
    make: (n) => TITLE + '- '.repeat(n) + CLAUSE + '\n',
    full: 10_000,
    small: 2_000,
    expect: 'refused',
  },
  {
    name: 'ordered-deep',
    what: 'ordered lists nested n deep on one line',
    make: (n) => TITLE + '1. '.repeat(n) + CLAUSE + '\n',
    full: 10_000,
    small: 2_000,
    expect: 'refused',
  },
  {
    name: 'lists-indented',
    what: 'n list items, each indented one level deeper (capped at 500)',
    make: (n) => TITLE + repeatLines(n, (i) => '  '.repeat(Math.min(i, 500)) + '- 項目'),
    full: 10_000,
    small: 1_000,
    expect: 'refused',
  },
  {
    name: 'quote-list-mix',
    what: '`> - ` nested n deep',
    make: (n) => TITLE + '> - '.repeat(n) + 'x\n',
    full: 10_000,
    small: 2_000,
    expect: 'refused',
  },
  {
    name: 'footnotes-deep',
    what: 'footnote definitions nested n deep',
    make: (n) => TITLE + repeatLines(1, () => Array.from({ length: n }, (_, i) => `[^${i}]: `).join('')) + 'x\n',
    full: 10_000,
    small: 2_000,
    expect: 'refused',
  },
  {
    name: 'html-deep',
    what: '<div> nested n deep (an HTML block)',
    make: (n) => TITLE + '<div>'.repeat(n) + CLAUSE + '</div>'.repeat(n) + '\n',
    full: 100_000,
    small: 10_000,
    expect: 'checked',
  },
  {
    name: 'html-inline-deep',
    what: '<span> nested n deep inside a paragraph',
    make: (n) => TITLE + 'a ' + '<span>'.repeat(n) + CLAUSE + '</span>'.repeat(n) + '\n',
    full: 100_000,
    small: 5_000,
    expect: 'either',
  },
  {
    name: 'single-line',
    what: 'one line of n ASCII characters',
    make: (n) => TITLE + 'x'.repeat(n),
    full: 10_000_000,
    small: 500_000,
    expect: 'checked',
  },
  {
    name: 'single-line-ja',
    what: 'one line of Japanese policy text, n characters (3 bytes each)',
    make: (n) => TITLE + CLAUSE.repeat(Math.ceil(n / CLAUSE.length)).slice(0, n),
    full: 3_400_000,
    small: 200_000,
    expect: 'checked',
  },
  {
    name: 'single-line-words',
    what: 'one line of n characters of English words',
    make: (n) => TITLE + 'email encryption staff shall report '.repeat(Math.ceil(n / 36)).slice(0, n),
    full: 10_000_000,
    small: 300_000,
    expect: 'either',
  },
  {
    name: 'too-large',
    what: 'n bytes of ordinary paragraphs (over the 10 MB limit)',
    make: (n) => TITLE + (CLAUSE + '\n\n').repeat(Math.ceil(n / 117)),
    full: 12_000_000,
    small: 11_000_000,
    expect: 'refused',
  },
  {
    name: 'headings',
    what: 'n headings, each with one short clause',
    make: (n) => TITLE + repeatLines(n, (i) => `## 第${i + 1}章\n\n本文${i}。\n`),
    full: 100_000,
    small: 2_000,
    expect: 'checked',
  },
  {
    name: 'headings-only',
    what: 'n headings and nothing else',
    make: (n) => TITLE + repeatLines(n, (i) => `${'#'.repeat((i % 6) + 1)} 見出し ${i}`),
    full: 100_000,
    small: 2_000,
    expect: 'checked',
  },
  {
    name: 'table-rows',
    what: 'one table of n rows',
    make: (n) => TITLE + '| 区分 | 内容 |\n|---|---|\n' + repeatLines(n, (i) => `| ${i} | 電子メールを暗号化する |`),
    full: 100_000,
    small: 1_000,
    expect: 'refused',
  },
  {
    name: 'tables-in-sections',
    what: 'n sections with a 10-row table each',
    make: (n) =>
      TITLE +
      repeatLines(
        n,
        (i) => `## 別表 ${i}\n\n| 区分 | 内容 |\n|---|---|\n` + repeatLines(10, (j) => `| ${j} | 電子メール |`) + '\n',
      ),
    full: 20_000,
    small: 200,
    expect: 'checked',
  },
  {
    name: 'stars',
    what: 'n `*` in a row',
    make: (n) => TITLE + '*'.repeat(n),
    full: 1_000_000,
    small: 100_000,
    expect: 'checked',
  },
  {
    name: 'stars-spaced',
    what: '`* ` n times (a thematic break / list markers)',
    make: (n) => TITLE + '* '.repeat(n),
    full: 500_000,
    small: 50_000,
    expect: 'either',
  },
  {
    name: 'stars-around-text',
    what: 'n `*`, a word, n `*` (nested emphasis)',
    make: (n) => TITLE + '*'.repeat(n) + CLAUSE + '*'.repeat(n),
    full: 500_000,
    small: 5_000,
    expect: 'refused',
  },
  {
    name: 'emphasis-nested',
    what: '`*a ` n times then ` b*` n times in one paragraph',
    make: (n) => TITLE + '*a '.repeat(n) + CLAUSE + ' b*'.repeat(n),
    full: 100_000,
    small: 2_000,
    expect: 'refused',
  },
  {
    name: 'emphasis-many',
    what: '`**強調**` n times in one paragraph',
    make: (n) => TITLE + '**強調** '.repeat(n),
    full: 100_000,
    small: 2_000,
    expect: 'refused',
  },
  {
    name: 'brackets',
    what: 'n `[` then n `]`',
    make: (n) => TITLE + '['.repeat(n) + CLAUSE + ']'.repeat(n),
    full: 100_000,
    small: 2_000,
    expect: 'refused',
  },
  {
    name: 'bracket-pairs',
    what: '`[a] ` n times in one paragraph',
    make: (n) => TITLE + '[a] '.repeat(n),
    full: 100_000,
    small: 2_000,
    expect: 'refused',
  },
  {
    name: 'links-unclosed',
    what: '`[a](b ` n times',
    make: (n) => TITLE + '[a](b '.repeat(n),
    full: 100_000,
    small: 2_000,
    expect: 'refused',
  },
  {
    name: 'backticks-growing',
    what: 'backtick runs of lengths 1…n, none closed',
    make: (n) => TITLE + Array.from({ length: n }, (_, i) => '`'.repeat(i + 1) + 'a').join(''),
    full: 3_000,
    small: 400,
    expect: 'refused',
  },
  {
    name: 'backticks-pairs',
    what: '`` `a`` `` n times',
    make: (n) => TITLE + '`a``'.repeat(n),
    full: 500_000,
    small: 20_000,
    expect: 'either',
  },
  {
    name: 'fence-unclosed',
    what: 'an unclosed code fence followed by n lines',
    make: (n) => TITLE + CLAUSE + '\n\n```\n' + repeatLines(n, () => '# not a heading | x | *y*'),
    full: 300_000,
    small: 20_000,
    expect: 'either',
  },
  {
    name: 'fences-many',
    what: 'n fence lines (open, close, open…)',
    make: (n) => TITLE + '```\n'.repeat(n),
    full: 1_000_000,
    small: 20_000,
    expect: 'either',
  },
  {
    name: 'comment-unclosed',
    what: 'an unclosed HTML comment then n characters',
    make: (n) => TITLE + '<!--' + 'x\n'.repeat(n / 2),
    full: 4_000_000,
    small: 100_000,
    expect: 'either',
  },
  {
    name: 'entities',
    what: '`&amp;` n times',
    make: (n) => TITLE + '&amp;'.repeat(n),
    full: 1_000_000,
    small: 50_000,
    expect: 'either',
  },
  {
    name: 'list-items',
    what: 'n list items',
    make: (n) => TITLE + repeatLines(n, (i) => `- ${CLAUSE}${i}`),
    full: 50_000,
    small: 5_000,
    expect: 'either',
  },
  {
    name: 'list-items-flat',
    what: 'n one-word list items in one section',
    make: (n) => TITLE + repeatLines(n, () => '- a'),
    full: 2_000_000,
    small: 110_000,
    expect: 'refused',
  },
  {
    name: 'articles',
    what: 'n 条 articles in one paragraph (no blank lines)',
    make: (n) => TITLE + repeatLines(n, (i) => `第${i + 1}条 ${CLAUSE}`),
    full: 60_000,
    small: 2_000,
    expect: 'checked',
  },
  {
    name: 'front-matter-large',
    what: 'front matter with n keys',
    make: (n) => '---\n' + repeatLines(n, (i) => `k${i}: v${i}`) + '\n---\n' + TITLE,
    full: 200_000,
    small: 5_000,
    expect: 'refused',
  },
  {
    name: 'yaml-aliases',
    what: 'front matter that expands aliases 9^n times (billion laughs)',
    make: (n) => {
      const lines = ['---', 'a0: &a0 [x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i <= n; i++)
        lines.push(
          `a${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(', ')}]`,
        );
      lines.push('kijun:', '  edition: h30', '---', TITLE);
      return lines.join('\n');
    },
    full: 9,
    small: 9,
    expect: 'checked',
  },
  // Products: shapes each under their own limit, repeated in one section (memory grows with the product).
  {
    name: 'quotes-99-paragraphs',
    what: 'n paragraphs, each a clause in quotes 99 deep, in one section',
    make: (n) => TITLE + repeatLines(n, () => '> '.repeat(99) + CLAUSE + '\n'),
    full: 10_000,
    small: 300,
    expect: 'refused',
  },
  {
    name: 'lists-99-paragraphs',
    what: 'n paragraphs, each a clause in lists 99 deep, in one section',
    make: (n) => TITLE + repeatLines(n, () => '- '.repeat(99) + CLAUSE + '\n'),
    full: 10_000,
    small: 300,
    expect: 'refused',
  },
  {
    name: 'quotes-99-lines',
    what: 'one quote 99 deep of n lines',
    make: (n) => TITLE + repeatLines(n, () => '> '.repeat(99) + CLAUSE),
    full: 10_000,
    small: 300,
    expect: 'refused',
  },
  {
    name: 'emphasis-paragraphs',
    what: 'n paragraphs of 200 emphasis runs each (at the per-paragraph limit), in one section',
    make: (n) => TITLE + repeatLines(n, () => '**強調** '.repeat(100) + '\n'),
    full: 5_000,
    small: 150,
    expect: 'refused',
  },
  {
    name: 'brackets-paragraphs',
    what: 'n paragraphs of 500 `[a] ` each (at the per-paragraph limit), in one section',
    make: (n) => TITLE + repeatLines(n, () => '[a] '.repeat(500) + '\n'),
    full: 5_000,
    small: 60,
    expect: 'refused',
  },
  {
    name: 'paragraphs-one-section',
    what: 'n one-line paragraphs under one heading',
    make: (n) => TITLE + repeatLines(n, () => CLAUSE + '\n'),
    full: 80_000,
    small: 3_000,
    expect: 'refused',
  },
  {
    name: 'paragraphs-sections',
    what: 'n one-line paragraphs, a heading every 100',
    make: (n) => TITLE + repeatLines(n, (i) => (i % 100 === 0 ? `## 第${i / 100 + 1}節\n\n` : '') + CLAUSE + '\n'),
    full: 85_000,
    small: 3_000,
    expect: 'checked',
  },
  // Long paragraphs: micromark's text resolvers spliced per line (quadratic) before Kijun swapped in linear ones.
  {
    name: 'amp-lines',
    what: 'one paragraph of n lines `a&b`',
    make: (n) => TITLE + repeatLines(n, () => 'a&b'),
    full: 90_000,
    small: 5_000,
    expect: 'checked',
  },
  {
    name: 'inline-lines',
    what: 'one paragraph of n 条 lines with inline HTML, references, code, autolinks and trailing spaces',
    make: (n) => TITLE + repeatLines(n, (i) => `第${i + 1}条 <b>&amp;</b> \`c\` www.example.go.jp  `),
    full: 30_000,
    small: 1_000,
    expect: 'checked',
  },
  // One unclosed `[` before a long paragraph: GFM's autolink checks walk back to it from every word (found by the fuzz run).
  {
    name: 'bracket-then-lines',
    what: 'an unclosed `[`, then one paragraph of n lines `k: v,`',
    make: (n) => TITLE + '[' + repeatLines(n, (i) => `k${i}: v,`),
    full: 32_000,
    small: 500,
    expect: 'refused',
  },
  // Reference definitions and tables: limits count what costs.
  {
    name: 'reference-definitions',
    what: 'n link reference definitions in a row',
    make: (n) => TITLE + repeatLines(n, (i) => `[r${i}]: https://example.go.jp/doc/${i} "参考${i}"`),
    full: 10_000,
    small: 600,
    expect: 'checked',
  },
  {
    name: 'table-3-columns',
    what: 'one table of 3 columns and n rows',
    make: (n) =>
      TITLE +
      '| 区分 | 内容 | 備考 |\n|---|---|---|\n' +
      repeatLines(n, (i) => `| ${i} | 電子メールを暗号化する | なし |`),
    full: 16_000,
    small: 500,
    expect: 'checked',
  },
  {
    name: 'front-matter-flow',
    what: 'front matter: one flow mapping of n keys on one line',
    make: (n) => '---\n{' + Array.from({ length: n }, (_, i) => `k${i}: v${i}`).join(', ') + '}\n---\n' + TITLE,
    full: 80_000,
    small: 4_000,
    expect: 'refused',
  },
  {
    name: 'nul',
    what: 'n NUL characters',
    make: (n) => TITLE + '\0'.repeat(n),
    full: 1_000_000,
    small: 50_000,
    expect: 'checked',
  },
  {
    name: 'lone-surrogates',
    what: 'n lone surrogates',
    make: (n) => TITLE + '\ud800x\udc00'.repeat(n / 3),
    full: 1_000_000,
    small: 50_000,
    expect: 'checked',
  },
  {
    name: 'combining',
    what: 'one letter followed by n combining marks',
    make: (n) => TITLE + 'a' + '\u0301'.repeat(n),
    full: 1_000_000,
    small: 50_000,
    expect: 'checked',
  },
  {
    name: 'zero-width',
    what: 'n zero-width spaces between the words of a clause',
    make: (n) => TITLE + Array.from(CLAUSE).join('\u200b'.repeat(Math.max(1, Math.floor(n / CLAUSE.length)))),
    full: 1_000_000,
    small: 50_000,
    expect: 'checked',
  },
  {
    name: 'line-separators',
    what: 'n U+2028 separators',
    make: (n) => TITLE + `${CLAUSE}\u2028`.repeat(Math.ceil(n / (CLAUSE.length + 1))),
    full: 1_000_000,
    small: 50_000,
    expect: 'checked',
  },
  {
    name: 'cr-only',
    what: 'n lines ending in a lone CR',
    make: (n) => TITLE.replace(/\n/g, '\r') + `${CLAUSE}\r\r`.repeat(n),
    full: 60_000,
    small: 2_000,
    expect: 'either',
  },
];

export const pathological = (name: string): Pathological => {
  const p = PATHOLOGICAL.find((x) => x.name === name);
  if (!p) throw new Error(`no pathological document named ${name}`);
  return p;
};

/** CPU time (user + system, ms) of a synchronous call: unlike wall time, it does not count waiting for a core. */
export function cpuTime<T>(f: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}
