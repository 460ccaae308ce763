// fast-check arbitraries: random policy-like Markdown, and mutations of the fixtures as agencies' files get
// damaged (truncated, byte flips, NUL, lone surrogates, BOM, CRLF, U+2028, zero-width spaces).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { TextEdit } from '../../server/src/core';

// ---------------------------------------------------------------------------------------------- vocabulary
const ROLES = [
  '最高情報セキュリティ責任者',
  '統括情報セキュリティ責任者',
  '情報システムセキュリティ責任者',
  '課室情報セキュリティ責任者',
  'CISO',
  '職員等',
  'The CISO',
  'Staff',
];
const SENTENCES = [
  '電子メールサーバ間の通信をSTARTTLS等により暗号化すること。',
  '職員等は、電子メールの送信前に宛先を確認し、誤送信を防止すること。',
  'ウェブサイトはHTTPSにより暗号化して提供すること。',
  '要機密情報を保存する外部記録媒体は暗号化すること。',
  '未知の不正プログラムを振る舞いにより検知する対策を講ずること。',
  'IT資産を把握し、管理台帳を整備すること。',
  '電子データにIRMにより利用制限を付すこと。',
  'モバイル端末を庁外で利用する場合は、紛失時の対策を講ずること。',
  '政府ドメイン名（go.jp）を使用すること。',
  '特定用途機器（IoT機器）の脆弱性対策を講ずること。',
  '情報セキュリティインシデントを認知した者は、直ちにCSIRTに報告すること。',
  '自己点検及び監査の結果に基づき、改善を指示すること。',
  '情報セキュリティ対策推進体制を整備すること。',
  '平成28年度版の統一基準に準拠する。',
  '行政事務従事者は、本規程を遵守すること。',
  '必要に応じて暗号化することが望ましい。',
  'Mail servers shall encrypt traffic between them with STARTTLS.',
  'Staff shall report any suspected information security incident to the CSIRT without delay.',
  'Websites shall be served over HTTPS only.',
  'This policy follows the FY2016 edition of the Common Standards.',
  'ただし、',
  '𠮷野家の𠮷は補助平面の文字である。',
  'ｶﾀｶﾅとＡＢＣと１２３は正規化される。',
];
const TOPICS = [
  '電子メール',
  'ウェブ',
  '不正プログラム対策',
  '端末',
  'モバイル端末',
  '体制',
  '自己点検',
  'ドメイン名',
  '特定用途機器',
  '情報セキュリティインシデント',
  'Email',
  'Organization',
  '附則',
];
const IDS = [
  'unknown-malware',
  'it-asset-management',
  'drm',
  'web-encryption',
  'email-encryption',
  'mobile-devices',
  'domain-names',
  'iot-devices',
  'issue-reporting',
  'improvement-instructions',
  'promotion-structure',
  'outdated-edition',
  'all',
  'no-such-id',
];
/** Characters that mean something to Markdown, or to the normalizer and LSP positions. */
const NASTY = [
  '*',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '|',
  '#',
  '-',
  '+',
  '=',
  '~',
  '\\',
  '!',
  '&',
  ':',
  '\t',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\u3000',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00ad',
  '\0',
  '\ud800',
  '\udc00',
  '𠮷',
  'が',
  '\u3099',
  'ｶ',
  'ﾞ',
  'Ａ',
  '①',
  '⑴',
  '（',
  '）',
  '第',
  '条',
  '。',
  '、',
];

const pickOne = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const nasty = fc.array(pickOne(NASTY), { maxLength: 6 }).map((xs) => xs.join(''));
const sentence = fc.oneof(
  { weight: 6, arbitrary: pickOne(SENTENCES) },
  { weight: 1, arbitrary: fc.tuple(pickOne(SENTENCES), nasty, pickOne(SENTENCES)).map(([a, n, b]) => a + n + b) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
const role = pickOne(ROLES);
const inline = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 1, arbitrary: sentence.map((s) => `**${s}**`) },
  { weight: 1, arbitrary: sentence.map((s) => `*${s}*`) },
  { weight: 1, arbitrary: sentence.map((s) => `[${s}](https://example.jp/${s.length})`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '`STARTTLS`',
      '`go.jp`',
      '<br>',
      '<span>x</span>',
      '[^1]',
      '[参考][ref]',
      '&amp;',
      '&#x3042;',
      'https://www.example.go.jp/',
      'user@example.go.jp',
    ),
  },
  { weight: 1, arbitrary: fc.tuple(role, sentence).map(([r, s]) => `${r}は、${s}`) },
);
const line = fc.array(inline, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(''));

const NUMBERS = [
  '第1条',
  '第十二条',
  '第１２条',
  '(1)',
  '（２）',
  '(a)',
  '(ア)',
  '⑴',
  '①',
  '7.1.1',
  '2101-54',
  '一、',
  'ア',
  '1.',
  '１．',
];
const number = pickOne(NUMBERS);

const heading = fc
  .tuple(
    fc.integer({ min: 1, max: 6 }),
    fc.option(pickOne(['第1章', '第2節', '第１', '7.1', '3.', '(1)']), { nil: undefined }),
    pickOne(TOPICS),
    fc.boolean(),
  )
  .map(([depth, n, t, setext]) => {
    const title = `${n ? `${n} ` : ''}${t}`;
    return setext && depth <= 2 ? `${title}\n${depth === 1 ? '===' : '---'}` : `${'#'.repeat(depth)} ${title}`;
  });
const article = fc.tuple(number, line).map(([n, l]) => `${n} ${l}`);
const boldArticle = fc
  .tuple(fc.integer({ min: 1, max: 30 }), pickOne(TOPICS), line)
  .map(([n, t, l]) => `**第${n}条（${t}）** ${l}`);
const paragraph = fc.array(fc.oneof(line, article), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('\n'));

type Block = string;
const { block } = fc.letrec<{ block: Block; list: Block; quote: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: paragraph },
    { weight: 3, arbitrary: tie('list') },
    { weight: 1, arbitrary: tie('quote') },
    { weight: 2, arbitrary: table() },
    { weight: 1, arbitrary: code() },
    { weight: 1, arbitrary: html() },
    { weight: 1, arbitrary: boldArticle },
    {
      weight: 1,
      arbitrary: fc.constantFrom('---', '***', '[ref]: https://example.jp "参考"', '[^1]: 脚注の本文。', ''),
    },
  ),
  list: fc
    .tuple(
      fc.boolean(),
      fc.array(fc.tuple(line, fc.option(tie('block'), { nil: undefined, freq: 4 })), { minLength: 1, maxLength: 4 }),
      pickOne(['-', '*', '+']),
    )
    .map(([ordered, items, bullet]) =>
      items
        .map(([l, child], i) => {
          const marker = ordered ? `${i + 1}.` : bullet;
          const pad = ' '.repeat(marker.length + 1);
          return (
            `${marker} ${l}` +
            (child
              ? `\n\n${child
                  .split('\n')
                  .map((x) => (x ? pad + x : x))
                  .join('\n')}`
              : '')
          );
        })
        .join('\n'),
    ),
  quote: tie('block').map((b) =>
    b
      .split('\n')
      .map((x) => `> ${x}`)
      .join('\n'),
  ),
}));

function table(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: 1, max: 4 }),
      fc.array(fc.array(fc.oneof(inline, number, fc.constant('')), { minLength: 1, maxLength: 4 }), {
        minLength: 0,
        maxLength: 5,
      }),
      pickOne(['区分', '項目', '内容', 'Requirement']),
    )
    .map(([cols, rows, head]) => {
      const header = `| ${Array.from({ length: cols }, (_, i) => `${head}${i}`).join(' | ')} |`;
      const delim = `|${Array.from({ length: cols }, () => '---').join('|')}|`;
      return [header, delim, ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');
    });
}

function code(): fc.Arbitrary<string> {
  return fc
    .tuple(pickOne(['```', '~~~', '````', '    ']), fc.array(line, { maxLength: 3 }), fc.boolean())
    .map(([fence, lines, closed]) =>
      fence === '    '
        ? lines.map((l) => `    ${l}`).join('\n')
        : `${fence}md\n${lines.join('\n')}${closed ? `\n${fence}` : ''}`,
    );
}

function html(): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(pickOne(IDS), fc.option(sentence, { nil: undefined }))
      .map(([id, r]) => `<!-- kijun-disable-next-line ${id}${r ? ` -- ${r}` : ''} -->`),
    pickOne(IDS).map((id) => `<!-- kijun: ${id} -->`),
    fc.constantFrom(
      '<!-- コメント -->',
      '<!--\n# 見出しではない\n-->',
      '<div>\n\n電子メールを暗号化すること。\n\n</div>',
      '<details><summary>参考</summary>',
      '<script>\n# x\n</script>',
      '<!-- unclosed',
    ),
  );
}

const frontMatter = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'title: 情報セキュリティ対策基準',
            'kijun:\n  edition: h30',
            'kijun:\n  edition: h99',
            'kijun:\n  edition: 42',
            'kijun: 3',
            'kijun:\n  organization: agency',
            'kijun:\n  organization: moon',
            'kijun.severity.drm: off',
            'kijun.severity.drm: loud',
            'kijun.unknown: 1',
            '__proto__:\n  polluted: true',
            'a: &a [1, 2]\nb: [*a, *a]',
            'key: !!js/function "function () { return 1 }"',
            'bad: [unclosed',
            ': :',
            '# comment',
          ),
          fc
            .tuple(pickOne(IDS), fc.oneof(sentence, fc.constant(''), fc.constant('42')))
            .map(([id, r]) => `kijun.not-applicable.${id}: ${JSON.stringify(r)}`),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((lines) => `---\n${lines.join('\n')}\n---\n`),
  },
);

const lineEnding = fc.oneof(
  { weight: 6, arbitrary: fc.constant('\n') },
  { weight: 2, arbitrary: fc.constant('\r\n') },
  { weight: 1, arbitrary: fc.constant('\r') },
);

/** A random policy-like document: front matter, a title, headings, articles, lists, tables, code, HTML. */
export const policyMarkdown: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    frontMatter,
    fc.oneof(
      pickOne([
        '# 情報セキュリティ対策基準',
        '# 情報セキュリティポリシー',
        '# Information Security Standards',
        '情報セキュリティ規程',
        '# 議事録',
        '# README',
      ]),
      fc.constant(''),
    ),
    fc.array(fc.oneof({ weight: 1, arbitrary: heading }, { weight: 3, arbitrary: block }), { maxLength: 14 }),
    lineEnding,
  )
  .map(([bom, fm, title, blocks, eol]) => {
    const text = [fm + title, ...blocks].join('\n\n');
    return (bom ? '\ufeff' : '') + (eol === '\n' ? text : text.replace(/\n/g, eol));
  });

// ---------------------------------------------------------------------------------------------- fixtures
/** Every Markdown fixture under test/fixtures, read once. */
export function fixtures(dir = join(__dirname, '..', 'fixtures')): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...fixtures(p).map((f) => ({ name: `${name}/${f.name}`, text: f.text })));
    else if (/\.(md|markdown)$/i.test(name)) out.push({ name, text: readFileSync(p, 'utf8') });
  }
  return out;
}

export type Mutation =
  | { t: 'truncate'; at: number }
  | { t: 'flip'; at: number; bit: number }
  | { t: 'insert'; at: number; what: string }
  | { t: 'delete'; at: number; length: number }
  | { t: 'duplicate'; at: number; length: number }
  | { t: 'bom' }
  | { t: 'crlf' }
  | { t: 'cr' };

const INSERTS = [
  '\0',
  '\ud800',
  '\udc00',
  '\ufeff',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200d',
  '\r',
  '\r\n',
  '\n\n',
  '\t',
  '# ',
  '> ',
  '- ',
  '| ',
  '```',
  '<!--',
  '-->',
  '---\n',
  '**',
  '[',
  '](',
  '\\',
  '&',
  '第1条',
  '(1)',
  '𠮷',
  '\u3099',
];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .record({ t: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map((m) => ({ ...m, at: m.at })),
  fc.record({
    t: fc.constant('flip' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({
    t: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    what: fc.oneof(pickOne(INSERTS), nasty),
  }),
  fc.record({
    t: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    t: fc.constant('duplicate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 400 }),
  }),
  fc.constant({ t: 'bom' as const }),
  fc.constant({ t: 'crlf' as const }),
  fc.constant({ t: 'cr' as const }),
);

/** Applies a mutation: positions are fractions of the length, so a mutation fits any text. */
export function mutate(text: string, m: Mutation): string {
  const at = (f: number) => Math.min(text.length, Math.floor(f * (text.length + 1)));
  switch (m.t) {
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'flip': {
      // Flip one bit of one byte of the UTF-8 encoding, and decode as an editor would (U+FFFD for bad bytes).
      const bytes = Buffer.from(text, 'utf8');
      if (!bytes.length) return text;
      const i = Math.min(bytes.length - 1, Math.floor(m.at * bytes.length));
      bytes[i] ^= 1 << m.bit;
      return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    }
    case 'insert': {
      const i = at(m.at);
      return text.slice(0, i) + m.what + text.slice(i);
    }
    case 'delete': {
      const i = at(m.at);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'duplicate': {
      const i = at(m.at);
      return text.slice(0, i + m.length) + text.slice(i);
    }
    case 'bom':
      return text.charCodeAt(0) === 0xfeff ? text : `\ufeff${text}`;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
  }
}

/** A window of a fixture (the fuzz keeps cases small and fast), then mutations. */
export function mutatedFixture(
  all: Array<{ name: string; text: string }>,
  maxChars = 6000,
): fc.Arbitrary<{ name: string; text: string; mutations: Mutation[] }> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: all.length - 1 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.array(mutation, { minLength: 1, maxLength: 5 }),
    )
    .map(([i, from, mutations]) => {
      const f = all[i];
      let text = f.text;
      if (text.length > maxChars) {
        const start = Math.floor(from * (text.length - maxChars));
        const lineStart = text.lastIndexOf('\n', start) + 1;
        text = text.slice(lineStart, lineStart + maxChars);
      }
      for (const m of mutations) text = mutate(text, m);
      return { name: f.name, text, mutations };
    });
}

/** A few edits to reach `text` from another text: what the incremental analyzer is fed. */
export const editScript: fc.Arbitrary<Array<{ at: number; del: number; ins: string }>> = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    del: fc.integer({ min: 0, max: 40 }),
    ins: fc.oneof(nasty, sentence, heading, fc.constant('\n\n'), fc.constant('')),
  }),
  { minLength: 1, maxLength: 6 },
);

/** Applies an edit script to `text`: the final text and the edits as offsets, each relative to the text before it. */
export function applyScript(
  text: string,
  script: Array<{ at: number; del: number; ins: string }>,
): { text: string; edits: TextEdit[] } {
  const edits: TextEdit[] = [];
  let t = text;
  for (const e of script) {
    const start = Math.min(t.length, Math.floor(e.at * (t.length + 1)));
    const end = Math.min(t.length, start + e.del);
    edits.push({ start, end, text: e.ins });
    t = t.slice(0, start) + e.ins + t.slice(end);
  }
  return { text: t, edits };
}

// ---------------------------------------------------------------------------------------------- hostile shapes
// Shapes that cost the parser more than their size (issue 12): containers nested near and past the depth limit,
// on many lines; long paragraphs of short lines full of constructs that interrupt text; flow-style YAML front
// matter, large, nested or broken. Sizes reach the limits only sometimes: most cases are checked, some refused.

const CONTAINER = ['> ', '- ', '* ', '1. ', '2) ', '  ', '    ', '>', '[^n]: '];
/** Lines inside containers nested up to ~120 deep (the limit is 100), as paragraphs or one lazy run of lines. */
export const nestedContainers: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(pickOne(CONTAINER), { minLength: 1, maxLength: 8 }),
    fc.integer({ min: 1, max: 120 }),
    fc.array(fc.oneof(line, article, fc.constant(''), nasty), { minLength: 1, maxLength: 8 }),
    fc.integer({ min: 1, max: 60 }),
    fc.boolean(),
  )
  .map(([pattern, depth, lines, repeat, paragraphs]) => {
    const prefix = Array.from({ length: depth }, (_, i) => pattern[i % pattern.length]).join('');
    const out: string[] = [];
    for (let r = 0; r < repeat; r++) {
      for (const l of lines) out.push(prefix + l);
      if (paragraphs) out.push('');
    }
    return out.join('\n');
  });

const LONG_PIECES = [
  'a&b',
  '&amp;',
  '&#x3042;',
  '<b>x</b>',
  '`c`',
  '[x]',
  '[x](y)',
  '*e*',
  '**s**',
  '_u_',
  '~~d~~',
  'www.example.go.jp',
  'user@example.go.jp',
  '\\*',
  '!',
  '<',
  ']',
  '  ',
  '\t',
  ' \\',
];
/** One paragraph of many short lines, each with constructs that interrupt text (quadratic in upstream micromark). */
export const longParagraph: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof(pickOne(LONG_PIECES), number, sentence), { minLength: 1, maxLength: 5 }),
    fc.integer({ min: 10, max: 1500 }),
    fc.boolean(),
  )
  .map(([pieces, n, numbered]) =>
    Array.from(
      { length: n },
      (_, i) => (numbered ? `第${i + 1}条 ` : '') + pieces[i % pieces.length] + (i % 7 === 0 ? '  ' : ''),
    ).join('\n'),
  );

const FLOW_VALUES = [
  'h30',
  '"h30"',
  "'r5'",
  '42',
  'null',
  '[]',
  '{}',
  '[a, b]',
  '{a: 1, b: [2, 3]}',
  '"a, b, c"',
  '*x',
  '&x v',
  '!!str s',
  '"\\u0000"',
  '? k',
  '',
];
/** YAML front matter in flow style: one line or several, many keys, nested, sometimes broken. */
export const flowFrontMatter: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 6000 }),
    fc.array(pickOne(FLOW_VALUES), { minLength: 1, maxLength: 6 }),
    fc.integer({ min: 0, max: 40 }),
    fc.boolean(),
    fc.oneof(fc.constant(''), fc.constant('}'), fc.constant(']'), fc.constant(',')),
    fc.option(pickOne(IDS), { nil: undefined }),
  )
  .map(([keys, values, nesting, multiline, broken, id]) => {
    const entries = Array.from({ length: keys }, (_, i) => `k${i}: ${values[i % values.length]}`);
    if (id) entries.push(`kijun: {edition: h30, not-applicable: {${id}: "理由, 付き"}}`);
    const body =
      '['.repeat(nesting) + '{' + entries.join(multiline ? ',\n  ' : ', ') + '}' + ']'.repeat(nesting) + broken;
    return `---\n${body}\n---\n`;
  });

/** Hostile documents: a policy-like start, then one of the shapes above (front matter first when it is one). */
export const hostileMarkdown: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(nestedContainers, longParagraph, flowFrontMatter),
    fc.array(block, { maxLength: 3 }),
    pickOne(['# 情報セキュリティ対策基準', '# README', '']),
  )
  .map(([shape, blocks, title]) =>
    (shape.startsWith('---\n') ? [shape + title, ...blocks] : [title, ...blocks, shape]).join('\n\n'),
  );
