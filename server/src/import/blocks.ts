// A document as a flat sequence of blocks — the lines a reader sees: headings, paragraphs, tables, lists — read
// from an HTML tree (a 例規集 page, a Word file through mammoth, any page) or from plain text. The structure of a
// regulation (章, 第N条, 項, 号, 附則) is then read from the blocks' text (structure.ts), so that it is found
// whatever markup a publisher used: classes and divs differ between 例規集 systems, the text does not.
import type { Element, ElementContent, Root, RootContent } from 'hast';

export type Block =
  | { kind: 'text'; text: string; heading?: number; hint?: string }
  | { kind: 'table'; node: Element }
  | { kind: 'list'; node: Element };

/** Elements whose content is never document text; nothing of them is read, run or fetched. */
export const DROP: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
]);
/** Page furniture of 例規集 and other sites: tables of contents, history, menus. */
const FURNITURE =
  /(^|[\s_-])(secondary|sidebar|side-?bar|toc|joubun-toc|menu|breadcrumbs?|navi?|header|footer|tab-nav|tab-area|num-ids|skip|pagetop)($|[\s_-])/i;
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'body',
  'html',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'dl',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'header',
  'footer',
  'aside',
  'address',
  'center',
  'figure',
  'figcaption',
  'hr',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
]);

const classOf = (e: Element) => {
  const c = e.properties?.className;
  return Array.isArray(c) ? c.join(' ') : typeof c === 'string' ? c : '';
};
const idOf = (e: Element) => (typeof e.properties?.id === 'string' ? e.properties.id : '');

export interface ReadStats {
  scripts: number;
  images: number;
}

/** The text of an element: text nodes, <br> as a line break, images as their alt text; no markup. */
export function textOf(node: ElementContent | RootContent, stats?: ReadStats): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (DROP.has(node.tagName)) {
    if (node.tagName === 'script' && stats) stats.scripts++;
    return '';
  }
  if (node.tagName === 'br') return '\n';
  if (node.tagName === 'img') {
    if (stats) stats.images++;
    const alt = node.properties?.alt;
    return typeof alt === 'string' && alt && alt !== '画像' ? alt : '';
  }
  if (node.tagName === 'rt' || node.tagName === 'rp') return ''; // ruby readings
  return node.children.map((c) => textOf(c, stats)).join('');
}

const hasBlockChild = (e: Element): boolean =>
  e.children.some(
    (c) =>
      c.type === 'element' &&
      !DROP.has(c.tagName) &&
      (BLOCK.has(c.tagName) || (c.tagName !== 'table' && hasBlockChild(c))),
  );

/** The element holding the document itself, when the page marks it (例規集: the 本文; else <main> or <article>). */
function contentRoot(root: Root): Root | Element {
  let found: Element | undefined;
  const visit = (n: Root | Element) => {
    for (const c of n.children) {
      if (found || c.type !== 'element') continue;
      const marker = `${idOf(c)} ${classOf(c)}`;
      if (/(^|\s)(primary|joubun|honbun|reiki-?body|law-?body)(\s|$)/i.test(marker) || c.tagName === 'main') {
        found = c;
        return;
      }
      visit(c);
    }
  };
  visit(root);
  return found ?? root;
}

/** Counts what is left out anywhere in the page (also in <head>): scripts and images. */
export function countLeftOut(tree: Root | Element, stats: ReadStats): void {
  for (const c of tree.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'script') stats.scripts++;
    else if (c.tagName === 'img') stats.images++;
    else countLeftOut(c, stats);
  }
}

/** Reads the blocks of an HTML tree in document order (what is left out is counted by countLeftOut). */
export function htmlBlocks(tree: Root, stats: ReadStats = { scripts: 0, images: 0 }): Block[] {
  const out: Block[] = [];
  const walk = (n: Root | Element, hint: string) => {
    for (const c of n.children) {
      if (c.type === 'comment' || c.type === 'doctype') continue;
      if (c.type === 'text') {
        const t = c.value.trim();
        if (t) out.push({ kind: 'text', text: t, hint });
        continue;
      }
      if (c.type !== 'element') continue;
      const tag = c.tagName;
      if (DROP.has(tag)) {
        if (tag === 'script') stats.scripts++;
        continue;
      }
      const marker = `${idOf(c)} ${classOf(c)}`;
      if (FURNITURE.test(marker) || tag === 'aside' || (tag === 'header' && n.type === 'root')) continue;
      const h = /^h([1-6])$/.exec(tag);
      if (h) {
        const text = textOf(c, stats)
          .replace(/[ \t\r\n\f\v]+/g, ' ')
          .trim();
        if (text) out.push({ kind: 'text', text, heading: Number(h[1]), hint: marker });
        continue;
      }
      if (tag === 'table' && !isLayoutTable(c)) {
        out.push({ kind: 'table', node: c });
        continue;
      }
      if ((tag === 'ul' || tag === 'ol') && !listHoldsRegulation(c)) {
        out.push({ kind: 'list', node: c });
        continue;
      }
      if (tag === 'img') {
        stats.images++;
        continue;
      }
      if (!hasBlockChild(c)) {
        const text = textOf(c, stats);
        for (const line of text.split('\n')) {
          const t = line.replace(/[ \t\r\f\v]+/g, ' ').trim();
          if (t) out.push({ kind: 'text', text: t, hint: `${hint} ${marker}` });
        }
        continue;
      }
      walk(c, `${hint} ${marker}`.slice(-200));
    }
  };
  walk(contentRoot(tree), '');
  return out;
}

/**
 * A table used for page layout (older 例規集 pages put the whole text in one): one column, or cells holding the
 * regulation's own lines (第N条). Its cells are read as lines instead of kept as a table.
 */
function isLayoutTable(table: Element): boolean {
  const rows: Element[] = [];
  const collect = (e: Element) => {
    for (const c of e.children)
      if (c.type === 'element')
        c.tagName === 'tr' ? rows.push(c) : ['thead', 'tbody', 'tfoot'].includes(c.tagName) && collect(c);
  };
  collect(table);
  const cells = rows.map((r) =>
    r.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')),
  );
  if (cells.every((r) => r.length <= 1)) return true;
  return cells.some((r) =>
    r.some((c) => new RegExp(`^\\s*第${'[0-9０-９一二三四五六七八九十百]+'}(条|章)`).test(textOf(c))),
  );
}

/** A list whose items are the regulation's own lines (第N条, 項, 号): read as lines, not kept as a list. */
function listHoldsRegulation(list: Element): boolean {
  const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  return items.some((li) => /^\s*第[0-9０-９一二三四五六七八九十百]+[条章節款編]/.test(textOf(li)));
}

/** The blocks of a plain-text document: one per non-empty line. */
export function textBlocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.replace(/\t/g, ' ').trim();
    if (t) out.push({ kind: 'text', text: t });
  }
  return out;
}
