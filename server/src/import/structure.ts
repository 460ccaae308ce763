// Reads a regulation's structure from its blocks and writes it as the HTML that rehype-remark turns into the
// Markdown Kijun reads: the title as `#`, 編/章/節/款 (or 第N部) as headings by rank, each article 第N条 with its
// caption （見出し） as a heading below them and its text as a paragraph, 項 (２ ３) and 号 (一 二 / (1) (2)) and
// their items ((a) (ア)) as paragraphs beginning with their numbers, 附則 and 別表 as headings, tables as tables.
import type { Element, ElementContent, Root } from 'hast';
import { DROP, type Block } from './blocks';

const NUM = '[0-9０-９一二三四五六七八九十百千〇]+';
const GROUP = new RegExp(`^第${NUM}(部|編|章|節|款)(?:[\\s　]|$)`);
const ARTICLE = new RegExp(`^(第${NUM}条(?:の${NUM})*)[\\s　]*`);
const CAPTION = /^[(（][^()（）]{1,40}[)）]$/;
const SUPPLEMENTARY = /^[附付][\s　]*則/;
const APPENDIX = /^(別表|別記|様式)/;
const DECIMAL_HEADING = /^(\d+(?:\.\d+)+)\.?[\s　]+\S/;
const RANK: Record<string, number> = { 部: 0, 編: 0, 章: 1, 節: 2, 款: 3 };

const el = (tagName: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const txt = (value: string): ElementContent => ({ type: 'text', value });

/** Removes what must not reach the Markdown from a kept table or list: scripts, images, link targets. */
function clean(node: Element): Element {
  const children: ElementContent[] = [];
  for (const c of node.children) {
    if (c.type === 'comment') continue;
    if (c.type !== 'element') {
      children.push(c);
      continue;
    }
    if (DROP.has(c.tagName)) continue;
    if (c.tagName === 'img') {
      const alt = c.properties?.alt;
      if (typeof alt === 'string' && alt && alt !== '画像') children.push(txt(alt));
      continue;
    }
    // A link keeps its text only: nothing in the Markdown points anywhere the document chose.
    if (c.tagName === 'a') {
      children.push(...clean(el('span', c.children)).children);
      continue;
    }
    children.push(clean({ ...c, properties: c.tagName === 'td' || c.tagName === 'th' ? pickSpan(c) : {} }));
  }
  return { ...node, properties: {}, children };
}

const pickSpan = (c: Element) => {
  const p: Record<string, number> = {};
  for (const k of ['colSpan', 'rowSpan'] as const)
    if (typeof c.properties?.[k] === 'number') p[k] = c.properties[k] as number;
  return p;
};

/** A table without header cells (例規集 tables rarely mark one) takes its first row as the header. */
function withHeaderRow(table: Element): Element {
  const rows: Element[] = [];
  const collect = (e: Element) => {
    for (const c of e.children)
      if (c.type === 'element')
        c.tagName === 'tr' ? rows.push(c) : ['thead', 'tbody', 'tfoot'].includes(c.tagName) && collect(c);
  };
  collect(table);
  // A first row of empty cells only fixes column widths (例規集 pages): drop it.
  while (
    rows.length > 1 &&
    rows[0].children.every(
      (c) =>
        c.type !== 'element' || !c.children.some((x) => (x.type === 'text' ? x.value.trim() : x.type === 'element')),
    )
  )
    rows.shift();
  if (!rows.length || rows.some((r) => r.children.some((c) => c.type === 'element' && c.tagName === 'th')))
    return table;
  const [first, ...rest] = rows;
  const head: Element = {
    ...first,
    children: first.children.map((c) => (c.type === 'element' && c.tagName === 'td' ? { ...c, tagName: 'th' } : c)),
  };
  return { ...table, children: [el('thead', [head]), el('tbody', rest)] };
}

const nfkc = (s: string) => s.normalize('NFKC');

/** Structures the blocks as HTML for rehype-remark. */
export function structure(blocks: Block[]): Root {
  // The ranks of grouping headings the document uses decide their depths: 章 only → ##; 章 and 節 → ## and ###.
  const ranks = new Set<number>();
  for (const b of blocks)
    if (b.kind === 'text') {
      const g = GROUP.exec(nfkc(b.text));
      if (g) ranks.add(RANK[g[1]]);
    }
  const used = [...ranks].sort();
  const groupDepth = (unit: string) => Math.min(6, 2 + used.indexOf(RANK[unit]));
  const articleDepth = Math.min(6, 2 + used.length);

  const out: ElementContent[] = [];
  const heading = (depth: number, text: string) => out.push(el(`h${Math.max(1, Math.min(6, depth))}`, [txt(text)]));
  const para = (text: string) => out.push(el('p', [txt(text)]));
  let titled = false;
  let caption: string | undefined;
  const flushCaption = () => {
    if (caption !== undefined) para(caption);
    caption = undefined;
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'text') {
      flushCaption();
      out.push(b.kind === 'table' ? withHeaderRow(clean(b.node)) : clean(b.node));
      continue;
    }
    const text = b.text.replace(/^[ 　]+/, '');
    const norm = nfkc(text).trim();
    if (!norm) continue;
    if (!titled) {
      titled = true;
      const looksStructural = GROUP.test(norm) || ARTICLE.test(norm) || CAPTION.test(norm);
      if (!looksStructural && (b.heading === 1 || /title/i.test(b.hint ?? '') || !b.heading)) {
        heading(1, text.replace(/^[○◯]\s*/, '')); // ○ marks a title in 例規集 (〇, the numeral, is a placeholder)
        continue;
      }
    }
    const g = GROUP.exec(norm);
    if (g && norm.length <= 60) {
      flushCaption();
      heading(groupDepth(g[1]), text);
      continue;
    }
    if (
      CAPTION.test(norm) &&
      i + 1 < blocks.length &&
      blocks[i + 1].kind === 'text' &&
      ARTICLE.test(nfkc((blocks[i + 1] as { text: string }).text).trim())
    ) {
      caption = text;
      continue;
    }
    const a = ARTICLE.exec(text.normalize('NFC'));
    if (a && ARTICLE.test(norm)) {
      // 第1条（目的） as the heading; the article's text as its first paragraph.
      let rest = text.slice(a[0].length);
      let head = a[1];
      const own = /^[(（][^()（）]{1,40}[)）]/.exec(rest);
      if (own) {
        head += own[0];
        rest = rest.slice(own[0].length).replace(/^[\s　]+/, '');
      } else if (caption !== undefined) {
        head += caption;
      }
      caption = undefined;
      heading(articleDepth, head);
      if (rest.trim()) para(rest.trim());
      continue;
    }
    flushCaption();
    if (SUPPLEMENTARY.test(norm) && norm.length <= 60) {
      heading(2, text);
      continue;
    }
    if (APPENDIX.test(norm) && norm.length <= 40 && !/。$/.test(norm)) {
      heading(2, text);
      continue;
    }
    const d = DECIMAL_HEADING.exec(norm);
    if (d && norm.length <= 60 && !/[。．]$/.test(norm)) {
      heading(Math.min(6, d[1].split('.').length + 1), text);
      continue;
    }
    if (b.heading) {
      heading(b.heading, text);
      continue;
    }
    para(text);
  }
  flushCaption();
  return { type: 'root', children: out };
}
