import type { ClauseNumber } from './types';

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const KANA_ORDER = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA_ORDER = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';
const CIRCLED_PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 十二 → 12, 百二十三 → 123, 二〇 → 20. */
export function kanjiToNumber(s: string): number | undefined {
  if (!s) return undefined;
  if ([...s].every((c) => c in KANJI_DIGITS)) {
    return Number([...s].map((c) => KANJI_DIGITS[c]).join(''));
  }
  let total = 0;
  let current = 0;
  for (const c of s) {
    if (c in KANJI_DIGITS) current = KANJI_DIGITS[c];
    else if (c in KANJI_UNITS) {
      total += (current || 1) * KANJI_UNITS[c];
      current = 0;
    } else return undefined;
  }
  return total + current;
}

export function numberToKanji(n: number): string {
  if (n <= 0) return '〇';
  const digits = '〇一二三四五六七八九';
  let out = '';
  const thousands = Math.floor(n / 1000) % 10;
  const hundreds = Math.floor(n / 100) % 10;
  const tens = Math.floor(n / 10) % 10;
  const ones = n % 10;
  if (thousands) out += (thousands > 1 ? digits[thousands] : '') + '千';
  if (hundreds) out += (hundreds > 1 ? digits[hundreds] : '') + '百';
  if (tens) out += (tens > 1 ? digits[tens] : '') + '十';
  if (ones) out += digits[ones];
  return out;
}

const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const styleOf = (s: string): ClauseNumber['style'] =>
  /[０-９]/.test(s) ? 'fullwidth' : /[〇零一二三四五六七八九十百千]/.test(s) ? 'kanji' : 'ascii';
const NUM = '[0-9０-９]+|[〇零一二三四五六七八九十百千]+';
const _SEP = '[\\s\\u3000.．、:：)）]*';

interface Pattern {
  re: RegExp;
  make(m: RegExpExecArray): Omit<ClauseNumber, 'raw' | 'length'> | undefined;
}

const parseNum = (s: string) => (/[0-9０-９]/.test(s) ? Number(toAscii(s)) : kanjiToNumber(s));

const PATTERNS: Pattern[] = [
  {
    // 2101-54 第54条 — a university's document number in front of an article
    re: /^([0-9０-９]{3,5})[-－‐]([0-9０-９]+)(?=[\s\u3000])/,
    make: (m) => ({
      kind: 'hybrid',
      value: parseNum(m[2])!,
      parts: [parseNum(m[1])!, parseNum(m[2])!],
      style: styleOf(m[2]),
    }),
  },
  {
    re: new RegExp(`^第(${NUM})条(?:の(${NUM}))?`),
    make: (m) => ({ kind: 'article', value: parseNum(m[1])!, style: styleOf(m[1]), unit: '条' }),
  },
  {
    re: new RegExp(`^第(${NUM})([章節部編款])`),
    make: (m) => ({ kind: 'chapter', value: parseNum(m[1])!, unit: m[2], style: styleOf(m[1]) }),
  },
  {
    re: new RegExp(`^第(${NUM})(?=[\\s\\u3000]|$)`),
    make: (m) => ({ kind: 'ordinal', value: parseNum(m[1])!, style: styleOf(m[1]) }),
  },
  {
    // 7.1.1 / ７．１．１ / 2.1 — at least two parts, so a paragraph starting "1." is a digit item
    re: /^([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})+)(?:[.．](?![0-9０-９]))?(?=[\s\u3000]|[^\s0-9０-９]|$)/,
    make: (m) => {
      const parts = toAscii(m[1]).split(/[.．]/).map(Number);
      return { kind: 'decimal', value: parts[parts.length - 1], parts, style: styleOf(m[1]) };
    },
  },
  {
    re: /^[(（]([0-9０-９]{1,3})[)）]/,
    make: (m) => ({ kind: 'paren-digit', value: Number(toAscii(m[1])), style: styleOf(m[1]) }),
  },
  {
    re: /^[(（]([a-zａ-ｚ])[)）]/,
    make: (m) => ({
      kind: 'paren-latin',
      value: m[1].normalize('NFKC').charCodeAt(0) - 96,
      style: /[ａ-ｚ]/.test(m[1]) ? 'fullwidth' : 'ascii',
    }),
  },
  {
    re: /^[(（]([ア-ン])[)）]/,
    make: (m) => ({ kind: 'paren-kana', value: kanaValue(m[1]), style: 'ascii' }),
  },
  {
    re: new RegExp(`^([${CIRCLED_PAREN}])`),
    make: (m) => ({ kind: 'circled-paren-digit', value: CIRCLED_PAREN.indexOf(m[1]) + 1, style: 'ascii' }),
  },
  {
    re: new RegExp(`^([${CIRCLED}])`),
    make: (m) => ({ kind: 'circled-digit', value: CIRCLED.indexOf(m[1]) + 1, style: 'ascii' }),
  },
  {
    re: /^([〇一二三四五六七八九十]+)(?=[\s\u3000、．.])/,
    make: (m) => ({ kind: 'kanji-item', value: kanjiToNumber(m[1])!, style: 'kanji' }),
  },
  {
    re: /^([ア-ン])(?=[\s\u3000、．.])/,
    make: (m) => ({ kind: 'kana', value: kanaValue(m[1]), style: 'ascii' }),
  },
  {
    re: /^([0-9０-９]{1,3})(?:[.．、)）]|(?=[\s\u3000]))/,
    make: (m) => ({ kind: 'digit', value: Number(toAscii(m[1])), style: styleOf(m[1]) }),
  },
];

function kanaValue(c: string): number {
  const i = KANA_ORDER.indexOf(c);
  return i >= 0 ? i + 1 : IROHA_ORDER.indexOf(c) + 1;
}

/** Recognises the number at the start of a heading or clause, if any. */
export function parseClauseNumber(text: string): ClauseNumber | undefined {
  const lead = text.match(/^[\s\u3000]*/)![0].length;
  const s = text.slice(lead);
  for (const p of PATTERNS) {
    const m = p.re.exec(s);
    if (!m) continue;
    const made = p.make(m);
    if (!made || made.value === undefined || Number.isNaN(made.value)) continue;
    const after = s.slice(m[0].length).match(/^[\s\u3000.．、:：]*/)![0].length;
    const raw = m[0];
    const length = lead + m[0].length + after;
    // One literal per shape (not a spread of `made`): every number then shares a hidden class with the others of
    // its shape, instead of carrying one of its own (a 5 MB policy has some 20 000 numbers).
    const { kind, value, style, unit, parts } = made;
    if (parts) return { kind, value, parts, style, raw, length };
    if (unit !== undefined) return { kind, value, style, unit, raw, length };
    return { kind, value, style, raw, length };
  }
  return undefined;
}

function digitsIn(n: number, style: ClauseNumber['style']): string {
  if (style === 'kanji') return numberToKanji(n);
  const s = String(n);
  return style === 'fullwidth' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s;
}

/** The number that follows `n` written the same way: 第十一条 → 第十二条, (2) → (3), 7.1.2 → 7.1.3. */
export function nextClauseNumber(n: ClauseNumber): string {
  const v = n.value + 1;
  const raw = n.raw;
  switch (n.kind) {
    case 'article':
      return `第${digitsIn(v, n.style)}条`;
    case 'chapter':
      return `第${digitsIn(v, n.style)}${n.unit}`;
    case 'ordinal':
      return `第${digitsIn(v, n.style)}`;
    case 'decimal': {
      const parts = [...(n.parts ?? [n.value])];
      parts[parts.length - 1] = v;
      const sep = raw.includes('．') ? '．' : '.';
      const body = parts.map((p) => digitsIn(p, n.style)).join(sep);
      return /[.．]$/.test(raw) ? body + sep : body;
    }
    case 'paren-digit': {
      const full = raw.startsWith('（');
      return `${full ? '（' : '('}${digitsIn(v, n.style)}${full ? '）' : ')'}`;
    }
    case 'paren-latin': {
      const c = String.fromCharCode(96 + Math.min(v, 26));
      const full = raw.startsWith('（');
      return `${full ? '（' : '('}${n.style === 'fullwidth' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c}${full ? '）' : ')'}`;
    }
    case 'paren-kana': {
      const full = raw.startsWith('（');
      const order = KANA_ORDER.includes(raw.replace(/[()（）]/g, '')) ? KANA_ORDER : IROHA_ORDER;
      return `${full ? '（' : '('}${order[Math.min(v, order.length) - 1]}${full ? '）' : ')'}`;
    }
    case 'circled-paren-digit':
      return CIRCLED_PAREN[Math.min(v, CIRCLED_PAREN.length) - 1];
    case 'circled-digit':
      return CIRCLED[Math.min(v, CIRCLED.length) - 1];
    case 'kanji-item':
      return numberToKanji(v);
    case 'kana':
      return KANA_ORDER[Math.min(v, KANA_ORDER.length) - 1];
    case 'digit':
      return digitsIn(v, n.style) + (raw.match(/[.．、)）]$/)?.[0] ?? '');
    case 'hybrid': {
      const [doc] = n.parts ?? [0];
      return `${doc}-${v}`;
    }
  }
}
