// Word's automatic numbering (第%1条, (%1), %1.) is not text in the file: mammoth, like any reader of the XML, sees a
// numbered paragraph and makes an HTML list, and 「第12条」 is lost. Regulations drafted in Word often number their
// articles, paragraphs and items this way. So before mammoth reads the document, each automatically numbered
// paragraph gets its number written as text (as Word shows it) and its numbering switched off (numId 0).
//
// Read from word/numbering.xml and word/styles.xml: the levels' formats and texts, paragraph numbering given directly
// or through the paragraph's style; counters per list and level, restarting the deeper levels. Bullets stay lists.

interface Level {
  start: number;
  fmt: string;
  text: string;
  suffix: string;
}

const attr = (xml: string, tag: string, name = 'w:val') =>
  new RegExp(`<${tag}\\b[^>]*?${name}="([^"]*)"`).exec(xml)?.[1];

function levelsOf(numbering: string): {
  nums: Map<string, Map<number, Level>>;
  styleLevels: Map<string, { numId?: string; abstract: string; ilvl: number }>;
} {
  const abstracts = new Map<string, Map<number, Level>>();
  const styleLevels = new Map<string, { numId?: string; abstract: string; ilvl: number }>();
  for (const m of numbering.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<number, Level>();
    for (const l of m[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2];
      levels.set(Number(l[1]), {
        start: Number(attr(body, 'w:start') ?? 1),
        fmt: attr(body, 'w:numFmt') ?? 'decimal',
        text: attr(body, 'w:lvlText') ?? '',
        suffix: attr(body, 'w:suff') ?? 'tab',
      });
      const pStyle = attr(body, 'w:pStyle');
      if (pStyle) styleLevels.set(pStyle, { abstract: m[1], ilvl: Number(l[1]) });
    }
    abstracts.set(m[1], levels);
  }
  const nums = new Map<string, Map<number, Level>>();
  for (const m of numbering.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstract = attr(m[2], 'w:abstractNumId');
    const levels = new Map(abstracts.get(abstract ?? '') ?? []);
    for (const o of m[2].matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const base = levels.get(Number(o[1]));
      const start = attr(o[2], 'w:startOverride');
      if (base && start) levels.set(Number(o[1]), { ...base, start: Number(start) });
    }
    nums.set(m[1], levels);
    for (const s of styleLevels.values()) if (s.abstract === abstract && !s.numId) s.numId = m[1];
  }
  return { nums, styleLevels };
}

const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function kanji(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  let out = '';
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = n;
  for (const [v, u] of units) {
    const d = Math.floor(rest / v);
    if (d) out += (d > 1 ? KANJI[d] : '') + u;
    rest %= v;
  }
  return out + (rest ? KANJI[rest] : '');
}
const AIUEO = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';
const roman = (n: number) => {
  let out = '';
  for (const [v, s] of [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ] as Array<[number, string]>) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
};
const fullwidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** A counter in a Word number format; undefined for bullets (they stay lists). */
export function formatNumber(n: number, fmt: string): string | undefined {
  switch (fmt) {
    case 'bullet':
      return undefined;
    case 'none':
      return '';
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullwidth(String(n));
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'japaneseCounting':
    case 'japaneseLegal':
    case 'japaneseDigitalTenThousand':
    case 'ideographTraditional':
    case 'ideographDigital':
      return fmt === 'ideographDigital'
        ? String(n)
            .split('')
            .map((d) => KANJI[Number(d)])
            .join('')
        : kanji(n);
    case 'aiueoFullWidth':
    case 'aiueo':
      return AIUEO[(n - 1) % AIUEO.length];
    case 'irohaFullWidth':
    case 'iroha':
      return IROHA[(n - 1) % IROHA.length];
    case 'lowerLetter':
      return String.fromCharCode(97 + ((n - 1) % 26));
    case 'upperLetter':
      return String.fromCharCode(65 + ((n - 1) % 26));
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`;
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    default:
      return String(n);
  }
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * document.xml with every automatically numbered paragraph's number written as text and its numbering switched off.
 * Returns the input unchanged when nothing is numbered.
 */
export function writeOutNumbers(document: string, numbering: string | undefined, styles: string | undefined): string {
  if (!numbering) return document;
  const { nums, styleLevels } = levelsOf(numbering);
  if (!nums.size) return document;
  // Numbering given by a paragraph style (a heading style linked to 第%1章, for example).
  const styleNum = new Map<string, { numId: string; ilvl: number }>();
  for (const m of (styles ?? '').matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2])?.[1];
    const numId = numPr ? attr(numPr, 'w:numId') : undefined;
    if (numId && numId !== '0')
      styleNum.set(m[1], { numId, ilvl: Number(attr(numPr!, 'w:ilvl') ?? styleLevels.get(m[1])?.ilvl ?? 0) });
  }
  const counters = new Map<string, number[]>();
  return document.replace(/<w:p\b(?:[^>]*[^/>])?>([\s\S]*?)<\/w:p>/g, (whole, inner: string) => {
    if (/<w:p[\s>]/.test(inner)) return whole; // a text box inside: leave it as it is
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const style = attr(pPr, 'w:pStyle');
    let numId = numPr ? attr(numPr, 'w:numId') : undefined;
    let ilvl = numPr ? Number(attr(numPr, 'w:ilvl') ?? 0) : 0;
    if (!numId && style && styleNum.has(style)) ({ numId, ilvl } = styleNum.get(style)!);
    if (!numId || numId === '0') return whole;
    const levels = nums.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level || level.fmt === 'bullet') return whole;
    const count = counters.get(numId) ?? [];
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    count.length = ilvl + 1; // deeper levels start again
    counters.set(numId, count);
    let text = level.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      const lv = levels.get(l);
      return formatNumber(count[l] ?? lv?.start ?? 1, lv?.fmt ?? 'decimal') ?? '';
    });
    if (!text) return whole;
    text += level.suffix === 'nothing' ? '' : '\u3000';
    const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
    const run = `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
    if (/<w:pPr>/.test(inner)) {
      const newPPr = numPr ? pPr.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, off) : pPr + off;
      return whole.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, `<w:pPr>${newPPr}</w:pPr>${run}`);
    }
    return whole;
  });
}
