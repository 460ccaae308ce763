import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading, Root, RootContent } from 'mdast';
import { frontMatterBody, frontMatterClose } from '../scan/frontMatter';
import { nextLineStart } from '../scan/lines';
import type { IncrementalScan } from '../scan/incremental';

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
  /**
   * A split inside a section (`part`): how the block open at the piece's end goes on in the next piece — the
   * line after the piece is the next item of the piece's last root-level list ('list'), or the next body row of
   * its last root-level table ('table'); undefined: a new root-level block starts there.
   */
  join?: 'list' | 'table';
  /** join 'table': the table's header and delimiter rows, which the next piece is parsed after (its `context`). */
  nextContext?: string;
  /** `context` given, and the piece does not parse as body rows of that table from its first line. */
  badStart?: boolean;
  /**
   * The type of the root-level node the piece starts with, and of the one the line after it starts (or goes on
   * with) in the verification parse. A piece is parsed as if its first line started a document, but what a line
   * starts can depend on what is open before it (an ordered item not numbered 1 cannot interrupt, and micromark
   * counts an indented code block as something to interrupt too): a split is kept only when both agree.
   */
  firstType?: string;
  nextType?: string;
}

export interface PartOptions {
  /**
   * The piece's first line is a body row of a table whose header and delimiter rows (this text, ending with a
   * line break) lie before it in the document: they are parsed in front of the piece, and the table node they
   * open is kept (its header row with negative offsets) so its rows get the header they have in the document.
   */
  context?: string;
  /**
   * `verify` is the first line after a split inside a section (a root-level list item, table row or block
   * start) rather than a heading: see PieceParse.join.
   */
  part?: boolean;
}

/**
 * Parses `piece` as it parses inside a larger document.
 * - `first`: the piece starts the document (front matter and a byte-order mark are possible).
 * - `verify`: the line(s) that follow the piece in the document, expected to be a root-level heading (or, with
 *   `part`, a list item, table row or block that does not change how the piece parses).
 * - `stubs`: definition lines (`[label]: x`, `[^label]: x`) for labels the document defines elsewhere.
 */
export function parsePiece(
  piece: string,
  first: boolean,
  verify = '',
  stubs = '',
  options: PartOptions = {},
): PieceParse {
  if (first && stubs && options.part && verify) {
    // The first piece's stubs go after it (front matter), where a line that is not a heading could take them in
    // (an opening fence): the split is verified without them, and the piece parsed with them and no line after.
    const check = parsePiece(piece, first, verify, '', options);
    return check.clean ? { ...check, root: parsePiece(piece, first, '', stubs).root } : check;
  }
  const context = first ? '' : (options.context ?? '');
  let prefix = '';
  let source = piece + verify;
  if (stubs) {
    // After the verified heading the state is clean, so the stubs are definitions; in front of a piece that is
    // not the first one they cannot disturb front matter.
    if (first) source = `${piece}${verify}\n\n${stubs}`;
    else prefix = `${stubs}\n\n`;
  }
  prefix += context;
  if (prefix) source = prefix + source;
  const root = parseMarkdown(source);
  // micromark skips a leading byte-order mark and counts offsets without it.
  const shift = (source.charCodeAt(0) === 0xfeff ? 1 : 0) - prefix.length;
  const end = piece.length;
  const kept: RootContent[] = [];
  let clean = verify === '';
  let next: RootContent | undefined;
  let carried = !context;
  for (const node of root.children) {
    const start = node.position!.start.offset! + shift;
    if (start < 0) {
      if (start >= -context.length && !kept.length && continuesTable(node, shift, piece)) {
        kept.push(node);
        carried = true;
      }
      continue;
    }
    if (!carried) break;
    if (start >= end) {
      next = node;
      if (start === end && verify && node.type === 'heading') clean = true;
      break;
    }
    kept.push(node);
  }
  if (!carried) return { root: { ...root, children: [] }, clean: false, badStart: true };
  let nextType = next?.type;
  let join: PieceParse['join'];
  let nextContext: string | undefined;
  if (options.part && verify) {
    clean = false;
    const last = kept[kept.length - 1];
    const children = last && (last.type === 'list' || last.type === 'table') ? last.children : undefined;
    const tail = children?.[children.length - 1];
    if (last && children && children.length > 1 && tail!.position!.start.offset! + shift >= end) {
      // The line after the piece goes on with the piece's last list or table: leave that item or row out.
      children.pop();
      last.position!.end = { ...children[children.length - 1].position!.end };
      nextType = last.type;
      if (last.type === 'list') join = 'list';
      else {
        const headerStart = last.position!.start.offset! + shift;
        nextContext = headerStart < 0 ? context : headerRows(source, last.position!.start.offset!);
        if (nextContext) join = 'table';
      }
      clean = join !== undefined;
    } else {
      // A new block starts at the line: nothing of the piece may reach into it.
      clean =
        (!last || last.position!.end.offset! + shift <= end) && (!next || next.position!.start.offset! + shift >= end);
    }
  }
  if (shift !== 0) for (const node of kept) shiftNode(node, shift);
  root.children = kept;
  const firstType = context ? 'table' : kept[0]?.type;
  return { root, clean, join, nextContext, firstType, nextType: verify ? nextType : undefined };
}

/** A table that opens in the context and whose first body row starts the piece (at its first line). */
function continuesTable(node: RootContent, shift: number, piece: string): boolean {
  if (node.type !== 'table' || node.children.length < 2) return false;
  const row = node.children[1].position!.start.offset! + shift;
  return row >= 0 && /^[ \t]*$/.test(piece.slice(0, row));
}

/**
 * The header and delimiter rows of the table that starts at `at` (its header row, perhaps after indentation),
 * whole lines with their line breaks; '' when there is no such text to parse a piece after.
 */
function headerRows(source: string, at: number): string {
  let lineStart = at;
  while (lineStart > 0 && source.charCodeAt(lineStart - 1) !== 10 && source.charCodeAt(lineStart - 1) !== 13)
    lineStart--;
  const end = nextLineStart(source, nextLineStart(source, at));
  const rows = source.slice(lineStart, end);
  const last = rows.charCodeAt(rows.length - 1);
  return (last === 10 || last === 13) && rows.charCodeAt(0) !== 0xfeff ? rows : '';
}

function shiftNode(node: RootContent | Root, by: number): void {
  const pos = node.position;
  if (pos) {
    if (pos.start.offset !== undefined) pos.start.offset += by;
    if (pos.end.offset !== undefined) pos.end.offset += by;
  }
  if ('children' in node) for (const child of node.children as RootContent[]) shiftNode(child, by);
}

/** Normalizes a reference label the way micromark compares them. */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

/** A label key that ignores white space and quote markers: equal labels always have equal loose keys. */
function looseKey(label: string): string {
  return label
    .toLowerCase()
    .toUpperCase()
    .replace(/[\s>]+/g, '');
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
        out.push({
          key: `^${normalizeLabel(n.identifier)}`,
          loose: `^${looseKey(n.identifier)}`,
          stub: `[^${n.identifier}]: x`,
        });
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
const DEFINITION_LINE =
  /^[ \t]{0,3}(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[(\^?)((?:[^[\]\\\r\n]|\\.){1,999})\]:/gm;

export function definitionCandidates(text: string): Definition[] {
  if (!text.includes(']:')) return [];
  const out: Definition[] = [];
  DEFINITION_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DEFINITION_LINE.exec(text))) {
    const identifier = normalizeLabel(m[2]).toLowerCase();
    if (!identifier) continue;
    out.push(
      m[1]
        ? { key: `^${normalizeLabel(identifier)}`, loose: `^${looseKey(identifier)}`, stub: `[^${identifier}]: x` }
        : { key: normalizeLabel(identifier), loose: looseKey(identifier), stub: `[${identifier}]: x` },
    );
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

export { frontMatterBody, frontMatterClose, frontMatterEnd } from '../scan/frontMatter';

export interface Candidate {
  /** Offset of the first line of the heading. */
  at: number;
  /** End of the heading's last line (without its line break): [at, verifyEnd) is the verification text. */
  verifyEnd: number;
  /** What the verification depends on: for ATX headings only the indentation, so editing a heading's text
   * does not invalidate the piece before it. */
  key: string;
}

/**
 * The lines after `from` that may start a root-level heading, as the line scanner (core/scan) finds them. A
 * candidate is only a guess: the caller verifies it with remark; a wrong guess costs time, never correctness.
 * Not a heading whose first line starts with a byte-order mark: at the start of a piece remark would skip it
 * (it does so only at the start of the document) and could then read a `---` line after it as front matter.
 */
export function* headingCandidates(scan: IncrementalScan, text: string, from: number): Generator<Candidate> {
  for (const h of scan.rootHeadingsAfter(from)) {
    if (text.charCodeAt(h.at) === 0xfeff) continue;
    const atx = h.indent >= 0;
    yield { at: h.at, verifyEnd: h.end, key: atx ? `${' '.repeat(h.indent)}#` : text.slice(h.at, h.end) };
  }
}

export type { Heading };
