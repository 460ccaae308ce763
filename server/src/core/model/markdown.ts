import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading, Root, RootContent } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * The same parser without the mdast transforms (GFM's autolink-literal pass, which walks every text node). It is
 * used only for text in which that pass cannot find anything: no '@', no 'www', no 'http' and no character
 * reference (which could spell one of them) — the tree is then the same, the walk is saved.
 */
const lean = (() => {
  const data = processor.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  const strip = (ext: unknown): unknown => {
    if (Array.isArray(ext)) return ext.map(strip);
    if (ext && typeof ext === 'object' && 'transforms' in ext) {
      const { transforms: _dropped, ...rest } = ext as Record<string, unknown>;
      return rest;
    }
    return ext;
  };
  return unified()
    .use(remarkParse)
    .use(function leanData(this: Processor) {
      const d = this.data() as Record<string, unknown>;
      d.micromarkExtensions = data.micromarkExtensions;
      d.fromMarkdownExtensions = strip(data.fromMarkdownExtensions ?? []);
    })
    .freeze();
})();
const TRANSFORM_TRIGGER = /[@&]|www|http/i;

/**
 * The same parsers without GFM tables, for text that cannot hold one (see mayHoldTable). There the table
 * construct, which is tried at the start of every block and at every line of a paragraph (as an interruption),
 * never matches and leaves nothing behind: the tree is the same. Leaving it out saves that work, and most of what
 * a parse keeps alive long enough to reach V8's old generation — micromark runs each such attempt on an
 * Object.create() of the tokenizer's context, which makes the context a prototype that V8 then refers to from the
 * old generation until the next full collection (the language server's memory peak when a large policy is
 * opened). undefined when the table construct is not where it was found when this was written (then every text
 * takes the full parser).
 */
function withoutTables(base: Processor): Processor | undefined {
  type Construct = { name?: string };
  const data = base.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  let removed = 0;
  const strip = (ext: unknown): unknown => {
    if (Array.isArray(ext)) return ext.map(strip);
    const flow = (ext as { flow?: Record<string, unknown> } | null)?.flow;
    if (!flow || !Array.isArray(flow.null)) return ext;
    const kept = (flow.null as Construct[]).filter((c) => c.name !== 'table');
    removed += flow.null.length - kept.length;
    return { ...(ext as object), flow: { ...flow, null: kept } };
  };
  const micromarkExtensions = strip(data.micromarkExtensions ?? []);
  if (removed !== 1) return undefined;
  return unified()
    .use(remarkParse)
    .use(function noTableData(this: Processor) {
      const d = this.data() as Record<string, unknown>;
      d.micromarkExtensions = micromarkExtensions;
      d.fromMarkdownExtensions = data.fromMarkdownExtensions;
    })
    .freeze() as unknown as Processor;
}
const processorNoTable = withoutTables(processor as unknown as Processor);
const leanNoTable = withoutTables(lean as unknown as Processor);

/**
 * Whether `text` may hold a GFM table. A table needs a delimiter row, one line, in which every cell has a `-`
 * (`:-`, `-`, `-:`) and which has a `|` or a `:` (micromark-extension-gfm-table: `seen`): without a line that has
 * both a `-` and one of `|` `:`, there is none. (A line of the text with its container prefixes: a superset.)
 */
export function mayHoldTable(text: string): boolean {
  if (text.indexOf('|') < 0 && text.indexOf(':') < 0) return false;
  let dash = false;
  let mark = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) dash = mark = false;
    else if (c === 45) dash = true;
    else if (c === 124 || c === 58) mark = true;
    else continue;
    if (dash && mark) return true;
  }
  return false;
}

/** The one place Markdown is parsed: CommonMark + GFM + YAML front matter (unified, remark-parse, remark-gfm). */
export function parseMarkdown(text: string): Root {
  // A first line `---` that no fence closes is a thematic break, but micromark-extension-frontmatter's attempt to
  // read it as front matter leaves the following list items as paragraph text (remark-frontmatter 5 / the
  // extension 2.0.0): such a line is parsed as the thematic break `***`, the same length and the same node.
  const body = frontMatterBody(text);
  if (body >= 0 && frontMatterClose(text, body, Infinity) === 0) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    text = text.slice(0, at) + '***' + text.slice(at + 3);
  }
  const transforms = TRANSFORM_TRIGGER.test(text);
  const noTable = mayHoldTable(text) ? undefined : transforms ? processorNoTable : leanNoTable;
  return (noTable ?? (transforms ? processor : lean)).parse(text) as Root;
}

/* ------------------------------------------------------------------------------------------------------------
 * Parsing a document piece by piece.
 *
 * remark (micromark) is superlinear on large documents, and re-parsing a whole policy on every keystroke is not
 * an option. A document is therefore parsed in pieces that start at root-level headings. A heading at the root
 * closes every open block (list, quote, table, paragraph), so what follows parses the same on its own; the only
 * things a piece cannot see on its own are
 *   - whether the line is a root-level heading at all (it may sit in a fence, an HTML block, a list item, the
 *     front matter): each split is *verified* by parsing the piece before it together with the heading line, and
 *     rejected unless remark makes that line a root-level heading — only front matter needs a look ahead (its
 *     closing fence), and it is located exactly as micromark does;
 *   - link reference and footnote definitions made in another piece: such definitions are added to the piece as
 *     stubs (outside its text) so remark resolves the same references.
 * ------------------------------------------------------------------------------------------------------------ */

export interface PieceParse {
  /** Root of the piece: children that lie in the piece only, offsets relative to the piece's start. */
  root: Root;
  /** The verification line parsed as a root-level heading right after the piece (always true without one). */
  clean: boolean;
}

/**
 * Parses `piece` as it parses inside a larger document.
 * - `first`: the piece starts the document (front matter and a byte-order mark are possible).
 * - `verify`: the line(s) that follow the piece in the document, expected to be a root-level heading.
 * - `stubs`: definition lines (`[label]: x`, `[^label]: x`) for labels the document defines elsewhere.
 */
export function parsePiece(piece: string, first: boolean, verify = '', stubs = ''): PieceParse {
  let prefix = '';
  let source = piece + verify;
  if (stubs) {
    // After the verified heading the state is clean, so the stubs are definitions; in front of a piece that is
    // not the first one they cannot disturb front matter.
    if (first) source = `${piece}${verify}\n\n${stubs}`;
    else {
      prefix = `${stubs}\n\n`;
      source = prefix + source;
    }
  }
  const root = parseMarkdown(source);
  // micromark skips a leading byte-order mark and counts offsets without it.
  const shift = (source.charCodeAt(0) === 0xfeff ? 1 : 0) - prefix.length;
  const end = piece.length;
  const kept: RootContent[] = [];
  let clean = verify === '';
  for (const node of root.children) {
    const start = node.position!.start.offset! + shift;
    if (start < 0) continue;
    if (start >= end) {
      if (start === end && verify && node.type === 'heading') clean = true;
      break;
    }
    kept.push(node);
  }
  if (shift !== 0) for (const node of kept) shiftNode(node, shift);
  root.children = kept;
  return { root, clean };
}

function shiftNode(node: RootContent | Root, by: number): void {
  const pos = node.position;
  if (pos) {
    if (pos.start.offset !== undefined) pos.start.offset += by;
    if (pos.end.offset !== undefined) pos.end.offset += by;
  }
  if ('children' in node) for (const child of node.children as RootContent[]) shiftNode(child, by);
}

/** Normalises a reference label the way micromark compares them. */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();
}

/** A label key that ignores white space and quote markers: equal labels always have equal loose keys. */
function looseKey(label: string): string {
  return label.toLowerCase().toUpperCase().replace(/[\s>]+/g, '');
}

export interface Definition {
  /** normalizeLabel of the identifier, '^' first for footnotes: equal keys define the same label. */
  key: string;
  loose: string;
  /** A line that defines the same label. */
  stub: string;
}

/** Link reference and footnote definitions in a parsed piece (they may sit in lists, quotes, footnotes). */
export function collectDefinitions(root: Root): Definition[] {
  const out: Definition[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'definition') {
        out.push({ key: normalizeLabel(n.identifier), loose: looseKey(n.identifier), stub: `[${n.identifier}]: x` });
      } else if (n.type === 'footnoteDefinition') {
        out.push({ key: `^${normalizeLabel(n.identifier)}`, loose: `^${looseKey(n.identifier)}`, stub: `[^${n.identifier}]: x` });
        visit(n.children);
      } else if (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote') {
        visit(n.children as RootContent[]);
      }
    }
  };
  visit(root.children);
  return out;
}

/**
 * Definitions as they usually look (`[label]: …` at the start of a line, perhaps in a quote or a list item),
 * found without parsing: a guess at what a document defines, so a piece can be given its stubs before it is
 * parsed instead of after. A wrong guess costs a second parse, never a wrong result (the parsed definitions
 * decide).
 */
const DEFINITION_LINE = /^[ \t]{0,3}(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[(\^?)((?:[^[\]\\\r\n]|\\.){1,999})\]:/gm;

export function definitionCandidates(text: string): Definition[] {
  if (!text.includes(']:')) return [];
  const out: Definition[] = [];
  DEFINITION_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DEFINITION_LINE.exec(text))) {
    const identifier = normalizeLabel(m[2]).toLowerCase();
    if (!identifier) continue;
    out.push(m[1]
      ? { key: `^${normalizeLabel(identifier)}`, loose: `^${looseKey(identifier)}`, stub: `[^${identifier}]: x` }
      : { key: normalizeLabel(identifier), loose: looseKey(identifier), stub: `[${identifier}]: x` });
  }
  return out;
}

const LABEL = /\[((?:[^[\]\\]|\\[\s\S]){1,1000})\]/g;

/** Loose keys of every bracketed text that could be a reference label (a superset of the references). */
export function referenceCandidates(text: string): Set<string> | undefined {
  if (!text.includes('[')) return undefined;
  const out = new Set<string>();
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(text))) out.add(looseKey(m[1]));
  return out.size ? out : undefined;
}

/** Where YAML front matter ends (after its closing fence line), or 0 — exactly as micromark-extension-frontmatter. */
export function frontMatterEnd(text: string): number {
  const body = frontMatterBody(text);
  return body < 0 ? 0 : frontMatterClose(text, body, Infinity);
}

/**
 * Where the lines of front matter start (after the opening fence line, which must be the first line after an
 * optional byte-order mark), or -1 when the text does not open front matter.
 */
export function frontMatterBody(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', i)) return -1;
  i += 3;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== '\n' && text[i] !== '\r') return -1;
  return i + (text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1);
}

/**
 * The end of the first closing fence line (see frontMatterEnd) among the lines starting at `from` (a line start)
 * up to those starting at `until`, or 0 when there is none.
 */
export function frontMatterClose(text: string, from: number, until: number): number {
  for (let i = from; i <= until; ) {
    // A closing fence: '---', spaces or tabs, then the end of the line or of the text.
    if (text.startsWith('---', i)) {
      let j = i + 3;
      while (text[j] === ' ' || text[j] === '\t') j++;
      if (j >= text.length || text[j] === '\n' || text[j] === '\r') return j;
    }
    const nl = nextLineStart(text, i);
    if (nl >= text.length) return 0;
    i = nl;
  }
  return 0;
}

function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}

function lineContentEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

export interface Candidate {
  /** Offset of the first line of the heading. */
  at: number;
  /** End of the heading's last line (without its line break): [at, verifyEnd) is the verification text. */
  verifyEnd: number;
  /** What the verification depends on: for ATX headings only the indentation, so editing a heading's text
   * does not invalidate the piece before it. */
  key: string;
}

const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const HTML_1 = /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_1_END = /<\/(?:script|pre|style|textarea)>/i;
const HTML_6 = /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
const HTML_7 = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
const LIST_MARKER = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLANK = /^[ \t]*$/;

/**
 * Finds the lines after `from` that may start a root-level heading: ATX headings indented at most three spaces
 * and setext headings (the paragraph above an underline), outside fenced code, HTML blocks and front matter.
 * `from` must be the start of the document or of a root-level heading. A candidate is only a guess: the caller
 * verifies it with remark; a wrong guess costs time, never correctness.
 */
export class HeadingScanner {
  private pos: number;
  private fence: { char: string; length: number } | null = null;
  /** End condition of the open HTML block: a pattern, or 'blank' for types 6 and 7. */
  private html: RegExp | 'blank' | null = null;
  /** Start of the current run of paragraph-like lines after a blank line, -1 when there is none. */
  private paraStart = -1;
  private inParagraph = false;
  private inList = false;
  private readonly queue: Candidate[] = [];

  constructor(private readonly text: string, private readonly from: number) {
    this.pos = from;
    if (from === 0) this.pos = Math.max(0, frontMatterEnd(text));
    // The first line is the heading that starts the piece: never a candidate. After an ATX heading the state
    // is fresh; the first line of a setext heading's paragraph continues until its underline.
    if (from > 0) {
      const end = lineContentEnd(text, from);
      this.pos = nextLineStart(text, end);
      this.inParagraph = !ATX.test(text.slice(from, end));
    }
  }

  next(): Candidate | null {
    while (!this.queue.length && this.pos < this.text.length) this.line();
    return this.queue.shift() ?? null;
  }

  private line(): void {
    const text = this.text;
    const start = this.pos;
    const contentEnd = lineContentEnd(text, start);
    this.pos = nextLineStart(text, contentEnd);
    const line = text.slice(start, contentEnd);
    if (this.fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (m && m[1][0] === this.fence.char && m[1].length >= this.fence.length) this.fence = null;
      return;
    }
    if (this.html) {
      if (this.html === 'blank') {
        if (BLANK.test(line)) this.html = null;
      } else if (this.html.test(line)) this.html = null;
      if (!this.html) this.resetParagraph();
      return;
    }
    if (BLANK.test(line)) {
      this.resetParagraph();
      return;
    }
    const indent = /^ */.exec(line)![0].length;
    if (indent < 4 && ATX.test(line)) {
      if (start > this.from && (indent === 0 || !this.inList)) this.queue.push({ at: start, verifyEnd: contentEnd, key: `${' '.repeat(indent)}#` });
      if (indent === 0) this.inList = false;
      this.resetParagraph();
      return;
    }
    const fence = FENCE_OPEN.exec(line);
    if (fence && !(fence[2][0] === '`' && fence[3].includes('`'))) {
      this.fence = { char: fence[2][0], length: fence[2].length };
      this.resetParagraph();
      return;
    }
    if (indent < 4 && line.trimStart().startsWith('<')) {
      const end = htmlBlockEnd(line, this.inParagraph);
      if (end !== null) {
        this.resetParagraph();
        // Types 1–5 may end on their first line.
        if (end !== 'blank' && end.test(line.slice(line.indexOf('<') + 2))) return;
        this.html = end;
        return;
      }
    }
    if (this.inParagraph && SETEXT.test(line) && this.paraStart > this.from) {
      this.queue.push({ at: this.paraStart, verifyEnd: contentEnd, key: text.slice(this.paraStart, contentEnd) });
      this.resetParagraph();
      return;
    }
    if (LIST_MARKER.test(line)) {
      this.inList = true;
      // A list item is not the start of a setext heading's paragraph.
      this.inParagraph = false;
      this.paraStart = -1;
      return;
    }
    if (indent >= 4 && !this.inParagraph) return; // indented code, or list item content
    if (!this.inParagraph) {
      this.inParagraph = true;
      // Only a paragraph that starts after a blank line (or a closed block) can be a piece's first heading. Not
      // one whose line starts with a byte-order mark: at the start of a piece remark would skip it (it does so
      // only at the start of the document) and could then read a `---` line after it as front matter.
      this.paraStart = indent === 0 && !/^[>|\ufeff]/.test(line) ? start : -1;
      if (indent === 0) this.inList = false;
    }
  }

  private resetParagraph(): void {
    this.inParagraph = false;
    this.paraStart = -1;
  }
}

/** The end condition of the HTML block a line starts (CommonMark types 1–7), or null. */
function htmlBlockEnd(line: string, inParagraph: boolean): RegExp | 'blank' | null {
  const t = line.trimStart();
  if (HTML_1.test(line)) return HTML_1_END;
  if (t.startsWith('<!--')) return /-->/;
  if (t.startsWith('<?')) return /\?>/;
  if (t.startsWith('<![CDATA[')) return /\]\]>/;
  if (/^<![A-Za-z]/.test(t)) return />/;
  if (HTML_6.test(line)) return 'blank';
  if (!inParagraph && HTML_7.test(line)) return 'blank';
  return null;
}

export type { Heading };
