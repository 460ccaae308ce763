// Random Markdown from a grammar of the shapes where a line scanner and remark could part: headings of both
// kinds, fences (``` and ~~~, lengths, indentation, info strings, unclosed), indented code, HTML blocks and
// comments, front matter, a byte-order mark, CRLF and CR line ends, quotes and nested lists with lazy lines,
// tables, tabs, Japanese and full-width text. Deterministic for a seed.

export type Rand = () => number;

/** mulberry32: small, fast, deterministic. */
export function random(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const WORDS = [
  '情報セキュリティ',
  '対策基準',
  'ＡＢＣ',
  '全角　空白',
  'text',
  'policy',
  '電子メール',
  '暗号化すること。',
  '*強調*',
  '`code`',
  '[link](x)',
  'a|b',
  '#',
  '\\#',
  '<b>',
  '１．',
  '｜',
  '－－－',
];
const INDENTS = ['', '', '', ' ', '  ', '   ', '    ', '\t', ' \t'];

function words(r: Rand): string {
  const n = int(r, 1, 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, WORDS));
  return out.join(pick(r, [' ', '', '\t']));
}

function leafLines(r: Rand): string[] {
  const ind = () => pick(r, INDENTS);
  switch (int(r, 0, 17)) {
    case 0:
    case 1:
      return [
        `${ind()}${'#'.repeat(int(r, 1, 7))}${pick(r, [' ', '', '\t', '  '])}${words(r)}${pick(r, ['', ' ##', ' #'])}`,
      ];
    case 2:
    case 3:
      return [
        words(r),
        ...(r() < 0.4 ? [words(r)] : []),
        `${ind()}${pick(r, ['=', '-'])}`.padEnd(int(r, 1, 6), pick(r, ['=', '-'])) + pick(r, ['', ' ', '  x']),
      ];
    case 4:
    case 5: {
      const ch = pick(r, ['`', '~']);
      const len = int(r, 2, 5);
      const open = `${pick(r, ['', ' ', '  ', '   ', '    '])}${ch.repeat(len)}${pick(r, ['', 'ts', ' info `x`', ' 日本語', ' ~'])}`;
      const body = Array.from({ length: int(r, 0, 3) }, () =>
        pick(r, ['# not heading', words(r), '', '```', '~~~~', '  ' + ch.repeat(len), '---']),
      );
      const close =
        r() < 0.75
          ? [`${pick(r, ['', ' ', '   ', '    '])}${ch.repeat(len + int(r, -1, 2))}${pick(r, ['', ' ', ' x'])}`]
          : [];
      return [open, ...body, ...close];
    }
    case 6:
      return [`    ${words(r)}`, `\t# code`];
    case 7:
      return pick(r, [
        ['<!--', '# commented', '-->'],
        ['<!-- one line -->'],
        ['<div>', '# html', '', '# after'],
        ['<span>', '# x'],
        ['<b>', 'text'],
        ['<!-->', '# y'],
        ['<?x', '# z', '?>'],
        ['<script>', '# s', '</script>'],
        ['<pre>', '', '# in pre', '</pre>'],
      ]);
    case 8:
      return [pick(r, ['---', '***', '* * *', '- - -', '___', '--', '==='])];
    case 9: {
      const cols = int(r, 1, 3);
      const row = () =>
        `${pick(r, ['|', ''])}${Array.from({ length: cols }, () => pick(r, [' a ', ' 表 ', ' - '])).join('|')}${pick(r, ['|', ''])}`;
      return [
        row(),
        `|${Array.from({ length: cols + (r() < 0.2 ? 1 : 0) }, () => pick(r, ['---', ':-:', '-'])).join('|')}|`,
        row(),
        ...(r() < 0.3 ? [pick(r, ['===', '---', '# h'])] : []),
      ];
    }
    case 10:
      return [''];
    case 11:
      return ['', ''];
    default:
      return [words(r)];
  }
}

/** Blocks, some inside quotes and list items (nested up to `depth`), with lazy lines now and then. */
function blockLines(r: Rand, depth: number): string[] {
  const kind = depth > 0 ? int(r, 0, 5) : 5;
  if (kind >= 3) return leafLines(r);
  const inner: string[] = [];
  for (let n = int(r, 1, 3); n > 0; n--) inner.push(...blockLines(r, depth - 1));
  if (kind === 0) {
    // A quote; now and then a lazy line (no `>`).
    return inner.map((l) => (r() < 0.1 ? l : `>${pick(r, [' ', '', '  '])}${l}`));
  }
  const marker = kind === 1 ? pick(r, ['-', '*', '+']) : `${pick(r, ['1', '2', '10'])}${pick(r, ['.', ')'])}`;
  const gap = pick(r, [' ', ' ', '  ', '\t', '     ']);
  const pad = ' '.repeat(marker.length + Math.min(gap === '\t' ? 2 : gap.length, 5));
  return inner.map((l, i) =>
    i === 0
      ? `${marker}${l === '' ? '' : gap}${l}`
      : r() < 0.1
        ? l
        : l === ''
          ? ''
          : `${pick(r, [pad, pad, ' ', ''])}${l}`,
  );
}

export function randomDocument(r: Rand): string {
  const lines: string[] = [];
  if (r() < 0.1) lines.push('---', ...(r() < 0.7 ? ['title: x', '# yaml comment', '---'] : ['a: b']));
  for (let n = int(r, 1, 12); n > 0; n--) lines.push(...blockLines(r, int(r, 0, 3)));
  const eol = pick(r, ['\n', '\n', '\n', '\r\n', '\r']);
  let text = lines.join(eol) + pick(r, ['', eol]);
  if (r() < 0.05) text = '\ufeff' + text;
  return text;
}

/** Pieces an edit inserts: what opens, closes or re-reads a block. */
const SNIPPETS = [
  '\n',
  '\n\n',
  '# ',
  '```',
  '~~~',
  '\n```\n',
  '> ',
  '- ',
  '1. ',
  '\t',
  '    ',
  '===',
  '---',
  '<!--',
  '-->',
  '<div>',
  '|',
  '|-|',
  'テキスト',
  '\r',
  '\r\n',
  'a',
];

/** A random edit of `text` from pieces that open or close Markdown blocks: its offsets and the new text. */
export function randomEdit(r: Rand, text: string): { text: string; start: number; oldEnd: number; newEnd: number } {
  const start = Math.floor(r() * (text.length + 1));
  const oldEnd = Math.min(text.length, start + (r() < 0.5 ? 0 : Math.floor(r() * 12)));
  let ins = '';
  for (let n = Math.floor(r() * 3); n > 0; n--) ins += SNIPPETS[Math.floor(r() * SNIPPETS.length)];
  return { text: text.slice(0, start) + ins + text.slice(oldEnd), start, oldEnd, newEnd: start + ins.length };
}
