import type { Nodes, Root, RootContent, ListItem, Table, PhrasingContent, Heading, List } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { MappedText, NormalizedBuilder, type Placement } from '../text/normalize';
import { parsePiece } from './markdown';
import { PieceSplitter } from '../incremental/pieces';
import { parseClauseNumber } from './numbering';
import type { Clause, ClauseKind, ClauseNumber, FrontMatter, ListBlock, PolicyDocument, Section } from './types';

import { kijunComment } from './comments';
/** Lines inside one paragraph that start a new numbered clause: authors often omit the blank line. */
export const CLAUSE_START_KINDS = new Set<ClauseNumber['kind']>([
  'article',
  'paren-digit',
  'paren-latin',
  'paren-kana',
  'circled-paren-digit',
  'circled-digit',
  'hybrid',
  'decimal',
]);

/**
 * The first character (after white space) of every number of CLAUSE_START_KINDS (第3条, (1)/（ア）, ⑴, ①,
 * 2101-54, 7.1.1): lines starting otherwise are not parsed for a number (most lines of a paragraph). test/core/incremental checks that
 * model/numbering.ts agrees.
 */
export const CLAUSE_START_FIRST = /^[\s\u3000]*[第(（\u2474-\u2487\u2460-\u24730-9０-９]/;

/** Strips a leading byte-order mark the way editors show the text: the offsets of the rest are kept. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A change to the "next clause" state that an HTML comment makes. */
interface PendingChange {
  disabled?: string[];
  markers?: string[];
}

enum Ev {
  Root,
  Section,
  Html,
  Clause,
  List,
  Ignored,
}

/** A heading, in piece coordinates: opens a section when the piece is replayed into the document. */
interface SectionEvent {
  t: Ev.Section;
  depth: number;
  title: string;
  titleNorm: string;
  /** Index of the heading's normalized text among the piece's (PieceModel.texts). */
  heading: number;
  number?: ClauseNumber;
  headingStart: number;
  headingEnd: number;
}

interface ClauseEvent {
  t: Ev.Clause;
  kind: ClauseKind;
  start: number;
  end: number;
  /** Index of the clause's normalized text among the piece's (PieceModel.texts). */
  norm: number;
  /** What the clause's context adds to its section context: ' / <parent item>', ' / <table header>'. */
  suffix: string;
  number?: ClauseNumber;
  /** Index among the piece's clauses of the list item this clause belongs to, -1 for none. */
  parent: number;
}

type PieceEvent =
  | { t: Ev.Root }
  | SectionEvent
  | ({ t: Ev.Html } & PendingChange)
  | ClauseEvent
  | ({ t: Ev.List } & Omit<ListBlock, 'section'>)
  | { t: Ev.Ignored; start: number; end: number };

/**
 * What one piece of a document (see model/markdown.ts) yields, in the piece's own coordinates: offsets from its
 * start, clause indices among its clauses, contexts without the section headings above. Pieces are cached by
 * content; assemble() replays them into a PolicyDocument, which only shifts numbers.
 */
export interface PieceModel {
  readonly length: number;
  readonly events: readonly PieceEvent[];
  readonly frontMatter?: FrontMatter;
  /**
   * The normalized texts of the piece's headings and clauses. Their maps to the source (runs, see
   * text/normalize.ts MappedText) are packed one after another in `runs`, text i's at runs
   * [runOffsets[i], runOffsets[i + 1]), as offsets from the piece's start: a text placed in the document is one
   * small object that adds where the piece starts, not a copy of its map.
   */
  readonly texts: readonly string[];
  readonly runOffsets: Int32Array;
  readonly runs: Int32Array;
  /**
   * The texts as placed at `base` the last time (placing the piece there again costs nothing), and by which
   * assembly (see placedNorms).
   */
  placed?: { base: number; place: Placement; norms: MappedText[]; assembly: number };
  /** The contexts and nearest frames its clauses were given the last time it was assembled (see assemble). */
  framed?: Framed;
  /** The piece starts with a root-level list, which may go on from the piece before (see ListJoin). */
  listHead?: ListHead;
  /** The piece ends with a root-level list, which the next piece may go on with (see ListJoin). */
  listTail?: ListTail;
  /** Indices of the texts that hold a circle or a cross (see CIRCLED), when any do. */
  circled?: ReadonlySet<number>;
}

/**
 * A circle or a cross: what a placeholder (〇〇, ××) is made of (checker/placeholders.ts). The texts holding one
 * are found once per piece, so a check does not search every text of the document again after each edit.
 */
export const CIRCLED = /[〇○◯×✕]/;

const ROOT_EVENT: PieceEvent = { t: Ev.Root };

/** Walks one piece's mdast and records what the document builder must do, in order. */
class PieceBuilder {
  readonly events: PieceEvent[] = [];
  /** Normalized texts of headings and clauses, in order. */
  readonly norms: MappedText[] = [];
  private readonly clauseNorms: MappedText[] = [];
  frontMatter?: FrontMatter;
  /** Walking text that lies before the piece (a table header carried in from an earlier piece): no events. */
  muted = false;

  constructor(readonly text: string) {}

  openSection(node: Heading): void {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const raw = inlineText(node.children);
    const number = parseClauseNumber(raw);
    const hb = new NormalizedBuilder();
    appendPhrasing(hb, this, node.children);
    const heading = hb.build();
    this.events.push({
      t: Ev.Section,
      depth: node.depth,
      title: raw.trim(),
      titleNorm: heading.text,
      heading: this.keep(heading),
      number,
      headingStart: start,
      headingEnd: end,
    });
  }

  handleHtml(value: string, start: number, end: number): void {
    if (this.muted) return;
    this.ignore(start, end);
    const comment = kijunComment(value);
    if (comment?.kind === 'disable') this.events.push({ t: Ev.Html, disabled: comment.ids });
    else if (comment?.kind === 'marker') this.events.push({ t: Ev.Html, markers: comment.ids });
  }

  ignore(start: number, end: number): void {
    this.events.push({ t: Ev.Ignored, start, end });
  }

  private keep(norm: MappedText): number {
    this.norms.push(norm);
    return this.norms.length - 1;
  }

  addClause(
    kind: ClauseKind,
    norm: MappedText,
    start: number,
    end: number,
    suffix: string,
    number?: ClauseNumber,
    parentClause?: number,
  ): number {
    const index = this.clauseNorms.length;
    this.clauseNorms.push(norm);
    this.events.push({
      t: Ev.Clause,
      kind,
      start,
      end,
      norm: this.keep(norm),
      suffix,
      number,
      parent: parentClause ?? -1,
    });
    return index;
  }

  clauseText(index: number): string {
    return this.clauseNorms[index].text;
  }
}

type DocumentBuilder = PieceBuilder;

function inlineText(nodes: PhrasingContent[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'inlineCode') s += n.value;
    else if ('children' in n) s += inlineText(n.children as PhrasingContent[]);
    else if (n.type === 'break') s += ' ';
  }
  return s;
}

/**
 * Appends a node's text with a per-character map to the source: mdast values drop indentation, escapes and
 * container prefixes, so the value is aligned with the source rather than assumed equal to it.
 */
function appendAligned(b: NormalizedBuilder, source: string, value: string, start: number, end: number): void {
  let i = 0;
  let j = start;
  while (i < value.length) {
    const runStart = i;
    const srcStart = j;
    while (i < value.length && j < end && value[i] === source[j]) {
      i++;
      j++;
    }
    if (i > runStart) b.append(value.slice(runStart, i), srcStart);
    if (i >= value.length) break;
    // Skip what the source has and the value does not (indentation, '>' prefixes, backslashes).
    let k = j;
    while (k < end && source[k] !== value[i] && /[\s>\\]/.test(source[k])) k++;
    if (k < end && source[k] === value[i]) {
      j = k;
      continue;
    }
    // Entities and the like: the rest maps to the remaining span as a whole.
    b.append(value.slice(i), j, false, end);
    break;
  }
}

function appendPhrasing(b: NormalizedBuilder, doc: DocumentBuilder, nodes: PhrasingContent[]): void {
  for (const n of nodes) {
    const pos = n.position;
    if (n.type === 'text') {
      if (pos) appendAligned(b, doc.text, n.value, pos.start.offset!, pos.end.offset!);
    } else if (n.type === 'inlineCode') {
      // Inline code in a clause names things (`go.jp`, `STARTTLS`): it is part of the sentence.
      if (pos) b.append(n.value, pos.start.offset! + 1, false, pos.end.offset! - 1);
    } else if (n.type === 'break') {
      if (pos) b.separate(pos.start.offset!);
    } else if (n.type === 'html') {
      if (pos) doc.handleHtml(n.value, pos.start.offset!, pos.end.offset!);
    } else if ('children' in n) {
      appendPhrasing(b, doc, n.children as PhrasingContent[]);
    }
  }
}

/**
 * Splits a paragraph at lines that start a numbered clause — 「(1) …」「第3条 …」 written without a blank
 * line between them are separate clauses to their author.
 */
function splitParagraphLines(text: string, start: number, end: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let pieceStart = start;
  let lineStart = start;
  // A 例規 article's 項 (「2 」「３　」 on a line of its own) and the 号 of a lead-in (「次に掲げる…」 then 「一 」「二 」) are
  // clauses of their own, like the article; they are told from a wrapped line that starts with a number by their
  // order: the next 項 number after an article, the next 号 number after a lead-in.
  let nextKou = 0;
  let nextGou = 0;
  while (lineStart < end) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl >= end) nl = end;
    const line = text
      .slice(lineStart, nl)
      .replace(/^[\s>]*/, '')
      .replace(/^\*\*|^__/, '');
    // Only numbers of CLAUSE_START_KINDS split a paragraph, and each of them starts with one of these.
    const n =
      CLAUSE_START_FIRST.test(line) || ((nextGou > 0 || lineStart === pieceStart) && KANJI_FIRST.test(line))
        ? parseClauseNumber(line)
        : undefined;
    let split = !!n && CLAUSE_START_KINDS.has(n.kind);
    const first = lineStart === pieceStart;
    if (n?.kind === 'article') nextKou = 2;
    // A paragraph that starts at a 項 or 号 continues an article (an edit may have put a blank line inside it): there
    // any 項 number from 2 on is taken (nextKou -1: not known).
    // Under an article's heading (「## 第９条（ウェブサイト）」) its first 項 has no number: 「２　」 after a sentence's end
    // starts the second.
    else if (
      n?.kind === 'digit' &&
      KOU_SPACE.test(line) &&
      (n.value === nextKou ||
        ((first || nextKou < 0) && n.value >= 2) ||
        (nextKou === 0 && n.value === 2 && /。\s*$/.test(text.slice(pieceStart, lineStart))))
    ) {
      split = true;
      nextKou = n.value + 1;
    } else if (n?.kind === 'kanji-item' && (n.value === nextGou || first)) {
      split = true;
      nextGou = n.value + 1;
      if (first) nextKou = -1;
    }
    if (LEAD_IN_ITEMS.test(line)) nextGou = 1;
    if (split && lineStart > pieceStart) {
      pieces.push([pieceStart, lineStart]);
      pieceStart = lineStart;
    }
    lineStart = nl + 1;
  }
  pieces.push([pieceStart, end]);
  return pieces;
}

const KANJI_FIRST = /^[\s\u3000]*[一二三四五六七八九十]/;
/** A 項 number followed by a space (「2 」「２　」), not 「2.5GHz」 or 「2023年」 at the start of a wrapped line. */
const KOU_SPACE = /^[\s\u3000]*[0-9０-９]{1,2}[ \u3000]/;
/** A lead-in that lists 号: 「次に掲げる事項」「次の各号のいずれか」「次のとおり」. */
const LEAD_IN_ITEMS = /次に掲げる|次の各号|次のとおり/;

function addParagraph(
  doc: DocumentBuilder,
  nodes: PhrasingContent[],
  start: number,
  end: number,
  context: string,
  parentClause?: number,
): void {
  const b = new NormalizedBuilder();
  appendPhrasing(b, doc, nodes);
  if (b.length === 0) return;
  const whole = b.build();
  // 「（課題の報告）\n第7条 …」: a 例規's caption on the line above its article names what the article is about, as a
  // heading would; the article (and the lines after it in the paragraph) read it as their context.
  let caption = '';
  // 「第18条 …次に掲げる対策を講じなければならない。\n一 …」: the 号 read their lead-in as context, as list items read
  // the item they belong to.
  let leadIn = '';
  let leadInIndex = -1;
  for (const [s, e] of splitParagraphLines(doc.text, start, end)) {
    const norm = sliceNormalized(whole, s, e);
    if (norm.text.trim().length === 0) continue;
    const line = norm.text.trim();
    const isCaption = ARTICLE_CAPTION.test(line);
    if (isCaption) caption = ` / ${line}`;
    const number = parseClauseNumber(
      doc.text
        .slice(s, e)
        .replace(/^[\s>]*/, '')
        .replace(/^\*\*|^__/, ''),
    );
    const item = number?.kind === 'kanji-item' && leadIn;
    const index = doc.addClause(
      number?.kind === 'article' ? 'article' : 'paragraph',
      norm,
      s,
      trimEnd(doc.text, s, e),
      isCaption ? context : context + caption + (item ? ` / ${leadIn}` : ''),
      number,
      item ? leadInIndex : parentClause,
    );
    if (number?.kind !== 'kanji-item') {
      leadIn = LEAD_IN_ITEMS.test(line) ? line : '';
      leadInIndex = index;
    }
  }
}

/** A caption line of a 例規 article: 「（課題の報告）」 (normalized: half-width parentheses), nothing else on the line. */
export const ARTICLE_CAPTION = /^\([^()。、]{1,30}\)$/;

/** The part of a normalized text whose source lies in [s, e). */
function sliceNormalized(n: MappedText, s: number, e: number): MappedText {
  // Binary search (starts grow with the source): a paragraph of many numbered lines is sliced once per line.
  let from = 0;
  for (let hi = n.text.length; from < hi; ) {
    const mid = (from + hi) >> 1;
    if (n.startOf(mid) < s) from = mid + 1;
    else hi = mid;
  }
  const to = n.firstStartingFrom(from, e);
  if (from === 0 && to === n.text.length) return n;
  const raw = n.text.slice(from, to);
  const text = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  return n.slice(from + lead, from + lead + text.length, text);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function listItemLead(doc: DocumentBuilder, item: ListItem): string {
  const start = item.position!.start.offset!;
  const first = item.children[0]?.position?.start.offset ?? item.position!.end.offset!;
  return doc.text.slice(start, first).trim();
}

function walkList(doc: DocumentBuilder, list: List, context: string, parentClause?: number): void {
  const start = list.position!.start.offset!;
  const end = list.position!.end.offset!;
  const firstItem = list.children[0];
  const indent = firstItem
    ? doc.text.slice(lineStartOf(doc.text, firstItem.position!.start.offset!), firstItem.position!.start.offset!)
    : '';
  let lastMarker = '-';
  let lastNumber: ClauseNumber | undefined;
  list.children.forEach((item, i) => {
    lastMarker = listItemLead(doc, item);
    const { clause, number } = walkListItem(
      doc,
      item,
      context,
      parentClause,
      list.ordered ? (list.start ?? 1) + i : undefined,
      lastMarker,
    );
    void clause;
    lastNumber = number;
  });
  doc.events.push({
    t: Ev.List,
    start,
    end: trimEnd(doc.text, start, end),
    ordered: !!list.ordered,
    lastMarker,
    lastNumber,
    indent: /^\s*$/.test(indent) ? indent : '',
    items: list.children.length,
  });
}

function walkListItem(
  doc: DocumentBuilder,
  item: ListItem,
  context: string,
  parentClause: number | undefined,
  ordinal: number | undefined,
  marker: string,
): { clause: number; number?: ClauseNumber } {
  const b = new NormalizedBuilder();
  let textForNumber = '';
  const nested: RootContent[] = [];
  for (const child of item.children) {
    if (child.type === 'paragraph' || child.type === 'heading') {
      appendPhrasing(b, doc, child.children);
      b.separate(child.position!.end.offset!);
      if (!textForNumber) textForNumber = inlineText(child.children);
    } else if (child.type === 'table') {
      appendTableText(b, doc, child);
    } else if (child.type === 'html') {
      doc.handleHtml(child.value, child.position!.start.offset!, child.position!.end.offset!);
    } else {
      nested.push(child);
    }
  }
  let number = parseClauseNumber(textForNumber);
  if (!number && ordinal !== undefined) {
    number = {
      kind: 'digit',
      value: ordinal,
      raw: marker,
      style: /[０-９]/.test(marker) ? 'fullwidth' : 'ascii',
      length: 0,
    };
  }
  const start = item.position!.start.offset!;
  // 「- 研修を行う。\n2.3 各部長は、…」: numbered clauses written right under a list without a blank line are its last
  // paragraph's lazy continuation to Markdown, but the author's next clauses: they are read as paragraphs of their own.
  const last = item.children[item.children.length - 1];
  const lazy = !nested.length && last?.type === 'paragraph' ? lazyClausesAt(doc.text, last) : -1;
  const ownEnd = lazy >= 0 ? lazy : nested.length ? nested[0].position!.start.offset! : item.position!.end.offset!;
  let index = -1;
  if (b.length > 0)
    index = doc.addClause(
      'listItem',
      lazy >= 0 ? sliceNormalized(b.build(), start, lazy) : b.build(),
      start,
      trimEnd(doc.text, start, ownEnd),
      context,
      number,
      parentClause,
    );
  if (lazy >= 0 && last?.type === 'paragraph')
    addParagraph(doc, last.children, lazy, last.position!.end.offset!, context, parentClause);
  const childContext = index >= 0 ? `${context} / ${doc.clauseText(index)}` : context;
  for (const child of nested) walkBlock(doc, child, childContext, index >= 0 ? index : parentClause);
  return { clause: index, number };
}

/** Numbers that open an author's clause at the margin: 第3条, 2.3, (3), 第2章. */
const LAZY_CLAUSE_KINDS = new Set<ClauseNumber['kind']>(['article', 'decimal', 'paren-digit', 'chapter']);

/**
 * Where the first line of a list item's paragraph that starts at the margin (a lazy continuation line, left of the
 * item's content) with a clause number begins, else -1.
 */
function lazyClausesAt(
  text: string,
  paragraph: { position?: { start: { offset?: number }; end: { offset?: number } } },
): number {
  const pStart = paragraph.position!.start.offset!;
  const pEnd = paragraph.position!.end.offset!;
  const column = pStart - lineStartOf(text, pStart);
  if (column === 0) return -1;
  for (let nl = text.indexOf('\n', pStart); nl >= 0 && nl < pEnd; nl = text.indexOf('\n', nl + 1)) {
    const at = nl + 1;
    if (at >= pEnd || /\s/.test(text[at])) continue;
    const end = text.indexOf('\n', at);
    const n = parseClauseNumber(text.slice(at, end < 0 || end > pEnd ? pEnd : end));
    if (n && LAZY_CLAUSE_KINDS.has(n.kind)) return at;
  }
  return -1;
}

function appendTableText(b: NormalizedBuilder, doc: DocumentBuilder, table: Table): void {
  for (const row of table.children) {
    for (const cell of row.children) {
      appendPhrasing(b, doc, cell.children);
      b.separate(cell.position!.end.offset!);
    }
  }
}

function walkTable(doc: DocumentBuilder, table: Table, context: string): void {
  const [header, ...rows] = table.children;
  const hb = new NormalizedBuilder();
  // A header before the piece (negative offsets) was the piece before's: it gives the rows their context only.
  doc.muted = !!header && header.position!.start.offset! < 0;
  if (header)
    for (const cell of header.children) {
      appendPhrasing(hb, doc, cell.children);
      hb.separate(cell.position!.end.offset!);
    }
  doc.muted = false;
  const headerText = hb.build().text;
  const rowContext = headerText ? `${context} / ${headerText}` : context;
  const revision = header ? revisionColumns(header.children.map((cell) => inlineText(cell.children))) : undefined;
  for (const row of rows) {
    const b = new NormalizedBuilder();
    let firstCell = '';
    const unchanged = revision && UNCHANGED.test(inlineText(row.children[revision.after]?.children ?? []).trim());
    for (const [i, cell] of row.children.entries()) {
      // A 新旧対照表 is read by the column in force: the revised text, else (「（改正なし）」) the current one.
      if (revision && i === (unchanged ? revision.after : revision.before)) continue;
      appendPhrasing(b, doc, cell.children);
      b.separate(cell.position!.end.offset!);
      if (!firstCell) firstCell = inlineText(cell.children);
    }
    if (b.length === 0) continue;
    doc.addClause(
      'tableRow',
      b.build(),
      row.position!.start.offset!,
      row.position!.end.offset!,
      rowContext,
      parseClauseNumber(firstCell),
    );
  }
}

/**
 * The columns of a 新旧対照表 (「改正前 | 改正後」「現行 | 改正案」, "Current rule | Revised rule"): the indexes of the text
 * before and after the revision, when the header names both.
 */
function revisionColumns(cells: string[]): { before: number; after: number } | undefined {
  const names = cells.map((c) => c.normalize('NFKC').trim().toLowerCase());
  const before = names.findIndex((n) => BEFORE_REVISION.test(n));
  const after = names.findIndex((n) => AFTER_REVISION.test(n));
  return before >= 0 && after >= 0 && before !== after ? { before, after } : undefined;
}

const BEFORE_REVISION =
  /^(?:改正前|現行|旧(?:条文|規定)?$|current\b|existing\b|before (?:the )?(?:revision|amendment)|old (?:rule|text|provision)|previous\b)/;
const AFTER_REVISION =
  /^(?:改正後|改正案|改定後|改定案|新(?:条文|規定)?$|revised\b|amended\b|proposed\b|after (?:the )?(?:revision|amendment)|new (?:rule|text|provision))/;
/** A revised cell that leaves the current text in force: 「（改正なし）」「（略）」「同左」, "(no change)". */
const UNCHANGED = /^[(（]?\s*(?:改正なし|変更なし|略|同左|同上|no change|unchanged|not amended)\s*[)）]?$/i;

function walkBlock(doc: DocumentBuilder, node: RootContent, context: string, parentClause?: number): void {
  const pos = node.position;
  switch (node.type) {
    case 'heading':
      doc.openSection(node);
      return;
    case 'paragraph':
      addParagraph(doc, node.children, pos!.start.offset!, pos!.end.offset!, context, parentClause);
      return;
    case 'list':
      walkList(doc, node, context, parentClause);
      return;
    case 'table':
      walkTable(doc, node, context);
      return;
    case 'html':
      doc.handleHtml(node.value, pos!.start.offset!, pos!.end.offset!);
      return;
    case 'code':
    case 'blockquote':
      // Code and quoted examples are not policy text.
      doc.ignore(pos!.start.offset!, pos!.end.offset!);
      return;
    case 'yaml':
      doc.ignore(pos!.start.offset!, pos!.end.offset!);
      doc.frontMatter = readFrontMatter(doc.text, node.value, pos!.start.offset!, pos!.end.offset!);
      return;
    case 'footnoteDefinition':
      for (const child of node.children) walkBlock(doc, child, context, parentClause);
      return;
    default:
      return;
  }
}

function readFrontMatter(text: string, raw: string, start: number, end: number): FrontMatter {
  // After the opening fence's line break (\n, \r\n or a lone \r).
  const nl = text.slice(start, end).search(/\r\n?|\n/);
  const rawStart = nl < 0 ? end : start + nl + (text.startsWith('\r\n', start + nl) ? 2 : 1);
  try {
    const data = parseYaml(raw, { maxAliasCount: 10, logLevel: 'error' }) as unknown;
    if (data === null || data === undefined) return { start, end, raw, rawStart, data: {} };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { start, end, raw, rawStart, data: null, error: 'front matter is not a mapping' };
    }
    return { start, end, raw, rawStart, data: data as Record<string, unknown> };
  } catch (e) {
    return { start, end, raw, rawStart, data: null, error: (e as Error).message.split('\n')[0] };
  }
}

/** Walks one piece of a document (its mdast from parsePiece, offsets relative to the piece). */
export function buildPiece(root: Root, text: string): PieceModel {
  const doc = new PieceBuilder(text);
  for (const node of root.children) {
    doc.events.push(ROOT_EVENT);
    walkBlock(doc, node as RootContent, '');
  }
  const norms = doc.norms;
  const runOffsets = new Int32Array(norms.length + 1);
  for (let i = 0; i < norms.length; i++) runOffsets[i + 1] = runOffsets[i] + norms[i].runCount;
  const runs = new Int32Array(runOffsets[norms.length] * 3);
  for (let i = 0; i < norms.length; i++) norms[i].copyRuns(runs, runOffsets[i]);
  const texts = norms.map((n) => n.text);
  const circled = new Set<number>();
  for (let i = 0; i < texts.length; i++) if (CIRCLED.test(texts[i])) circled.add(i);
  return {
    length: text.length,
    events: doc.events,
    frontMatter: doc.frontMatter,
    texts,
    runOffsets,
    runs,
    ...listEnds(root, doc.events),
    ...(circled.size ? { circled } : {}),
  };
}

/** Counts assemblies: a piece's texts placed by an earlier one may be moved, not those of the one under way. */
let assemblies = 0;

/**
 * The piece's texts placed at `base`. An incremental assembly (`move`) moves the texts the piece had in the
 * document before (the previous model is let go: its clauses, moved too, are re-used, see assemble); a piece
 * placed twice in one document (two equal sections) gets its own texts the second time.
 */
function placedNorms(model: PieceModel, base: number, assembly: number, move: boolean): MappedText[] {
  const placed = model.placed;
  if (placed?.base === base) {
    placed.assembly = assembly;
    return placed.norms;
  }
  if (placed && move && placed.assembly !== assembly) {
    // (The piece's texts share one placement: this moves them all.)
    placed.place.base = base;
    placed.base = base;
    placed.assembly = assembly;
    return placed.norms;
  }
  const { runs, runOffsets } = model;
  const place: Placement = { base };
  model.placed = {
    base,
    place,
    norms: model.texts.map((text, i) => new MappedText(text, runs, runOffsets[i], runOffsets[i + 1], place)),
    assembly,
  };
  return model.placed.norms;
}

/** A piece and where it starts in the document. */
export interface PlacedPiece {
  model: PieceModel;
  start: number;
  /** The piece's first root-level list goes on with the last one of the piece before (a split between items). */
  join?: boolean;
}

/**
 * What a piece's clauses were given the last time it was assembled: their contexts and nearest frames, for the
 * sections that were open around it then (`key`). Placed again under the same sections (every piece of a
 * document but the edited ones, after an edit) it gives its clauses the same strings: nothing is built again,
 * and the checker finds its remembered answers by identity.
 */
interface Framed {
  /** The depth and title of each section open around the piece, outermost first. */
  key: Array<number | string>;
  contexts: string[];
  nears: string[];
}

/**
 * The clause's nearest frame: its own heading, the list item it belongs to, a table's header row (the checker's
 * `near`, see checker/check.ts nearestFrame, which gives the same string for a clause that has none).
 */
function frameOf(
  sections: Section[],
  clauses: Clause[],
  section: number,
  parent: number | undefined,
  kind: ClauseKind,
  context: string,
): string {
  let out = '';
  let any = false;
  if (section >= 0) {
    out = sections[section].titleNorm;
    any = true;
  }
  if (parent !== undefined) {
    const t = clauses[parent].norm.text;
    out = any ? `${out} / ${t}` : t;
    any = true;
  }
  // A table row's context ends with its header row (see walkTable): keep that part.
  if (kind === 'tableRow') {
    const h = context.slice(context.lastIndexOf(' / ') + 3);
    out = any ? `${out} / ${h}` : h;
  }
  return out;
}

/** A piece's first root node, when it is a list: what joining it to the list of the piece before needs. */
interface ListHead {
  /** Its `start` (ordered lists). */
  start?: number;
  /** Index of its Ev.List event among the piece's events. */
  event: number;
  /** Indices of the events of its items' clauses whose number is the item's ordinal (no number in the text). */
  ordinals: ReadonlySet<number>;
}

interface ListTail {
  /** The ordinal the list's next item would get (ordered lists). */
  next?: number;
  /** The list is the piece's first root node too. */
  head: boolean;
}

/** Where the piece's first and last root-level lists are, for joining a list split between pieces. */
function listEnds(root: Root, events: readonly PieceEvent[]): { listHead?: ListHead; listTail?: ListTail } {
  const first = root.children[0];
  const last = root.children[root.children.length - 1];
  const out: { listHead?: ListHead; listTail?: ListTail } = {};
  if (first?.type === 'list') {
    // The root list's event is the first list event after its items' clauses and nested lists' events.
    const starts = new Set(first.children.map((i) => i.position!.start.offset!));
    const ordinals = new Set<number>();
    let event = -1;
    for (let e = 0; e < events.length; e++) {
      const ev = events[e];
      if (ev.t === Ev.Clause && ev.kind === 'listItem' && ev.number?.length === 0 && starts.has(ev.start))
        ordinals.add(e);
      if (ev.t === Ev.List && ev.start === first.position!.start.offset!) event = e;
      if (ev.t === Ev.Root && e > 0) break;
    }
    if (event >= 0) out.listHead = { start: first.ordered ? (first.start ?? 1) : undefined, event, ordinals };
  }
  if (last?.type === 'list')
    out.listTail = {
      next: last.ordered ? (last.start ?? 1) + last.children.length : undefined,
      head: last === first,
    };
  return out;
}

/**
 * Joins a root-level list split between pieces (model/markdown.ts PartOptions): one ListBlock with the items of
 * both, and the items of the later piece numbered on from the earlier (an item without a number of its own is
 * numbered by its place in the list, which a piece cannot know).
 */
class ListJoin {
  /** Index in `lists` of the last root-level list of the piece before, -1 when it did not end with one. */
  private open = -1;
  /** The ordinal the next item of that list gets. */
  private next: number | undefined;
  private head: ListHead | undefined;
  private shift = 0;
  private renumbered = new Map<ClauseNumber, ClauseNumber>();

  /** What the next piece's joining depends on (see Checkpoint). */
  save(): [number, number | undefined] {
    return [this.open, this.next];
  }

  restore([open, next]: [number, number | undefined]): void {
    this.open = open;
    this.next = next;
  }

  /** Whether the piece's first list goes on from the piece before (its events then go through this). */
  begin(model: PieceModel, join: boolean): boolean {
    this.head = join && this.open >= 0 ? model.listHead : undefined;
    this.renumbered.clear();
    this.shift = 0;
    if (this.head?.start !== undefined && this.next !== undefined) this.shift = this.next - this.head.start;
    return this.head !== undefined;
  }

  isHead(event: number): boolean {
    return event === this.head!.event;
  }

  /** The number of the clause of event `e`, renumbered when it is an item's ordinal. */
  number(e: number, n: ClauseNumber | undefined): ClauseNumber | undefined {
    if (!n || this.shift === 0 || !this.head!.ordinals.has(e)) return n;
    const renumbered = { ...n, value: n.value + this.shift };
    this.renumbered.set(n, renumbered);
    return renumbered;
  }

  /** The list's last number: an ordinal (length 0) is renumbered even when its item made no clause. */
  private lastNumber(n: ClauseNumber | undefined): ClauseNumber | undefined {
    if (!n || this.shift === 0 || n.length !== 0) return n;
    return this.renumbered.get(n) ?? { ...n, value: n.value + this.shift };
  }

  merge(lists: ListBlock[], ev: Omit<ListBlock, 'section'>, base: number, section: number): void {
    const before = lists[this.open];
    lists.splice(this.open, 1);
    lists.push({
      section,
      start: before.start,
      end: ev.end + base,
      ordered: ev.ordered,
      lastMarker: ev.lastMarker,
      lastNumber: this.lastNumber(ev.lastNumber),
      indent: before.indent,
      items: before.items + ev.items,
    });
  }

  /** After the piece: `last` is the index of the last list block (the piece's last root-level list's, if any). */
  end(model: PieceModel, last: number): void {
    const tail = model.listTail;
    this.open = tail ? last : -1;
    this.next = tail?.next === undefined ? undefined : tail.next + (tail.head && this.head ? this.shift : 0);
  }
}

/** Whether `key` (see Framed) names the sections open on `stack`. */
function sameStack(key: Array<number | string>, stack: number[], sections: Section[]): boolean {
  if (key.length !== stack.length * 2) return false;
  for (let k = 0; k < stack.length; k++) {
    const s = sections[stack[k]];
    if (key[2 * k] !== s.depth || key[2 * k + 1] !== s.titleNorm) return false;
  }
  return true;
}

/** Whether two optional sets hold the same ids. */
function sameIds(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * Whether an assembly at piece `p` (its state `now`) stands where the last one stood at its checkpoint `at`, with
 * the same pieces after it placed where they were (each piece once, its texts those of that place), so that the
 * rest of the document is the last one's moved. Only where no list goes on into the next piece.
 */
function spliceable(
  at: Checkpoint,
  last: PolicyDocument,
  lastPieces: readonly PlacedPiece[],
  pieces: readonly PlacedPiece[],
  p: number,
  assembly: number,
  now: {
    sections: Section[];
    clauses: Clause[];
    lists: ListBlock[];
    ignored: Array<[number, number]>;
    circled: NonNullable<PolicyDocument['circled']>;
    frontMatter: FrontMatter | undefined;
    stack: number[];
    pendingDisabled: Set<string> | undefined;
    pendingMarkers: Set<string> | undefined;
    listJoin: [number, number | undefined];
  },
): boolean {
  // (The section path and the context of the last root block are worked out again before they are used: they are
  // not compared. The open sections' titles, which make them, are.)
  if (
    at.sections !== now.sections.length ||
    at.clauses !== now.clauses.length ||
    at.lists !== now.lists.length ||
    at.ignored !== now.ignored.length ||
    at.circledHeadings !== now.circled.headings.length ||
    at.circledClauses !== now.circled.clauses.length ||
    at.joinable !== undefined ||
    now.listJoin[0] >= 0 ||
    at.listJoin[0] >= 0 ||
    at.listJoin[1] !== now.listJoin[1] ||
    !sameIds(at.pendingDisabled, now.pendingDisabled) ||
    !sameIds(at.pendingMarkers, now.pendingMarkers) ||
    at.stack.length !== now.stack.length
  )
    return false;
  // The sections open are the last document's open ones at the same places (an edit before may have changed a
  // heading: the contexts of what follows come from their titles).
  for (let k = 0; k < now.stack.length; k++) {
    const i = now.stack[k];
    const s = now.sections[i];
    const was = last.sections[i];
    if (
      at.stack[k] !== i ||
      at.held[2 * k] !== s.children.length ||
      at.held[2 * k + 1] !== s.clauses.length ||
      was === undefined ||
      was.depth !== s.depth ||
      was.titleNorm !== s.titleNorm ||
      was.parent !== s.parent
    )
      return false;
  }
  const seen = new Set<PieceModel>();
  for (let q = p; q < pieces.length; q++) {
    const model = pieces[q].model;
    const placed = model.placed;
    // Texts placed by the last assembly at the piece's place (moved with it); not a piece placed twice.
    if (
      !placed ||
      placed.assembly === assembly ||
      placed.base !== lastPieces[q].start ||
      seen.has(model) ||
      model.frontMatter
    )
      return false;
    seen.add(model);
  }
  return true;
}

/** Pieces between two checkpoints of an assembly (see Checkpoint). */
let CHECKPOINT_EVERY = 32;

/** Sets how many pieces lie between two checkpoints (tests: small documents restored as large ones are); returns the old. */
export function setCheckpointEvery(pieces: number): number {
  const old = CHECKPOINT_EVERY;
  CHECKPOINT_EVERY = pieces;
  return old;
}

/**
 * Where an assembly stood before one of its pieces: the lengths of what it had built, the sections open and what
 * they held then, what carries over to the next clause and list. An assembly after an edit starts from the last
 * checkpoint before the first piece that changed, with the last document's sections, clauses and lists up to
 * there (the sections still open copied), and walks only the pieces after it. (Numbers, small arrays and strings
 * only: nothing here refers to a document, so no document keeps the one before it alive.)
 */
interface Checkpoint {
  piece: number;
  sections: number;
  clauses: number;
  lists: number;
  ignored: number;
  circledHeadings: number;
  circledClauses: number;
  frontMatter: FrontMatter | undefined;
  stack: number[];
  /** For each section on the stack: how many children and clauses it had. */
  held: number[];
  stackContext: string | null;
  context: string;
  pendingDisabled: Set<string> | undefined;
  pendingMarkers: Set<string> | undefined;
  listJoin: [number, number | undefined];
  /**
   * The last list block, when the next piece may go on with it: a later piece that does replaces it by one with
   * both's items (ListJoin.merge), so the last document's lists no longer hold it.
   */
  joinable?: ListBlock;
}

/** What an incremental assembly keeps of a document for the next (see assemble `keep`). */
const keptForNext = new WeakMap<PolicyDocument, { pieces: readonly PlacedPiece[]; checkpoints: Checkpoint[] }>();

/** Whether two placed pieces are the same piece at the same place, going on from the piece before alike. */
function samePlace(a: PlacedPiece, b: PlacedPiece): boolean {
  return a.model === b.model && a.start === b.start && !!a.join === !!b.join;
}

/**
 * Builds the document from its pieces, in order: opens sections (nesting by depth), numbers clauses, gives
 * each clause its section context, carries disable comments and markers to the next clause, shifts offsets.
 * `last`: the document assembled before (the incremental analyzer's), which is let go. The pieces before the
 * first that changed are not walked again when `last` was assembled with `keep` (see Checkpoint). After it, a
 * clause equal to the one at its index in `last` in every field but its offsets (the same text object, so the same
 * clause of the same piece) is that object again, moved with its piece — the next model shares it with the last,
 * and an edit makes no new object for the clauses after it. (The last document's clauses and texts then hold the
 * new offsets: it must not be used any more.) `keep`: remember what the next assembly needs to start from a
 * checkpoint (the incremental analyzer; a one-shot parse does not keep its pieces).
 */
export function assemble(
  text: string,
  pieces: readonly PlacedPiece[],
  last?: PolicyDocument,
  keep = false,
): PolicyDocument {
  let sections: Section[] = [];
  let clauses: Clause[] = [];
  let lists: ListBlock[] = [];
  let ignored: Array<[number, number]> = [];
  let circled: NonNullable<PolicyDocument['circled']> = { headings: [], clauses: [] };
  let frontMatter: FrontMatter | undefined;
  let stack: number[] = [];
  let stackContext: string | null = '';
  let context = '';
  let pendingDisabled: Set<string> | undefined;
  let pendingMarkers: Set<string> | undefined;
  const length = text.length;
  const listJoin = new ListJoin();
  const assembly = ++assemblies;
  const previous = last?.clauses;
  const checkpoints: Checkpoint[] = [];
  let first = 0;
  const kept = last && keptForNext.get(last);
  if (kept && last) {
    // The last checkpoint before the first piece that changed, and the last document up to it.
    const n = Math.min(pieces.length, kept.pieces.length);
    let same = 0;
    while (same < n && samePlace(pieces[same], kept.pieces[same])) same++;
    let c = -1;
    for (let k = 0; k < kept.checkpoints.length && kept.checkpoints[k].piece <= same; k++) c = k;
    if (c >= 0) {
      const at = kept.checkpoints[c];
      for (let k = 0; k <= c; k++) checkpoints.push(kept.checkpoints[k]);
      first = at.piece;
      sections = last.sections.slice(0, at.sections);
      clauses = last.clauses.slice(0, at.clauses);
      lists = last.lists.slice(0, at.joinable ? at.lists - 1 : at.lists);
      if (at.joinable) lists.push(at.joinable);
      ignored = last.ignored.slice(0, at.ignored);
      const circledBefore = last.circled!;
      circled = {
        headings: circledBefore.headings.slice(0, at.circledHeadings),
        clauses: circledBefore.clauses.slice(0, at.circledClauses),
      };
      frontMatter = at.frontMatter;
      stack = at.stack.slice();
      // The sections still open there go on: copies with what they held then (the last document's go on as it
      // went on).
      for (let k = 0; k < stack.length; k++) {
        const open = sections[stack[k]];
        sections[stack[k]] = {
          ...open,
          end: length,
          ownEnd: k === stack.length - 1 ? length : open.ownEnd,
          children: open.children.slice(0, at.held[2 * k]),
          clauses: open.clauses.slice(0, at.held[2 * k + 1]),
        };
      }
      stackContext = at.stackContext;
      context = at.context;
      pendingDisabled = at.pendingDisabled;
      pendingMarkers = at.pendingMarkers;
      listJoin.restore(at.listJoin);
      // The texts of the pieces not walked are this assembly's: a later placement of the same piece gets its own.
      for (let p = 0; p < first; p++) {
        const placed = pieces[p].model.placed;
        if (placed?.base === pieces[p].start) placed.assembly = assembly;
      }
    }
  }
  // The pieces from `tailFrom` on are the last assembly's, each moved by the same `delta` (see the splice below).
  let tailFrom = pieces.length;
  let delta = 0;
  if (keep && kept && last && kept.pieces.length === pieces.length && pieces.length) {
    const n = pieces.length;
    delta = pieces[n - 1].start - kept.pieces[n - 1].start;
    while (tailFrom > first) {
      const a = pieces[tailFrom - 1];
      const b = kept.pieces[tailFrom - 1];
      if (a.model !== b.model || a.start - b.start !== delta || !!a.join !== !!b.join) break;
      tailFrom--;
    }
  }
  for (let p = first; p < pieces.length; p++) {
    // At a checkpoint where the assembly stands exactly where the last one stood (the same sections open, the same
    // counts, nothing carried over differently), the rest of the document is the last one's, moved: its clauses,
    // sections and lists are taken over with their offsets shifted instead of being walked again.
    if (p >= tailFrom && p > first && p % CHECKPOINT_EVERY === 0 && last && kept) {
      const at = kept.checkpoints[p / CHECKPOINT_EVERY];
      if (
        at?.piece === p &&
        spliceable(at, last, kept.pieces, pieces, p, assembly, {
          sections,
          clauses,
          lists,
          ignored,
          circled,
          frontMatter,
          stack,
          pendingDisabled,
          pendingMarkers,
          listJoin: listJoin.save(),
        })
      ) {
        for (let q = p; q < pieces.length; q++) placedNorms(pieces[q].model, pieces[q].start, assembly, true);
        const lastClauses = last.clauses;
        for (let k = at.clauses; k < lastClauses.length; k++) {
          const c = lastClauses[k];
          c.start += delta;
          c.end += delta;
          clauses.push(c);
        }
        // The sections open here go on as the last document's did, to where they ended then.
        for (let k = 0; k < stack.length; k++) {
          const i = stack[k];
          const open = sections[i];
          const was = last.sections[i];
          open.end = was.end + delta;
          for (let j = at.held[2 * k]; j < was.children.length; j++) open.children.push(was.children[j]);
          for (let j = at.held[2 * k + 1]; j < was.clauses.length; j++) open.clauses.push(was.clauses[j]);
        }
        if (sections.length) {
          const newest = sections[sections.length - 1];
          if (newest.ownEnd === length) newest.ownEnd = last.sections[sections.length - 1].ownEnd + delta;
        }
        for (let k = at.sections; k < last.sections.length; k++) {
          const s = last.sections[k];
          s.headingStart += delta;
          s.headingEnd += delta;
          s.start += delta;
          s.end += delta;
          s.ownEnd += delta;
          sections.push(s);
        }
        for (let k = at.lists; k < last.lists.length; k++) {
          const l = last.lists[k];
          l.start += delta;
          l.end += delta;
          lists.push(l);
        }
        for (let k = at.ignored; k < last.ignored.length; k++)
          ignored.push([last.ignored[k][0] + delta, last.ignored[k][1] + delta]);
        const circledBefore = last.circled!;
        for (let k = at.circledHeadings; k < circledBefore.headings.length; k++)
          circled.headings.push(circledBefore.headings[k]);
        for (let k = at.circledClauses; k < circledBefore.clauses.length; k++)
          circled.clauses.push(circledBefore.clauses[k]);
        // The last assembly's checkpoints from here on, with this document's front matter (an edit in the first
        // piece may have changed it; nothing else in them comes from before this piece but what was compared).
        for (let k = p / CHECKPOINT_EVERY; k < kept.checkpoints.length; k++) {
          const cp = kept.checkpoints[k];
          if (k === p / CHECKPOINT_EVERY && checkpoints[checkpoints.length - 1]?.piece === p) continue;
          checkpoints.push(cp.frontMatter === frontMatter ? cp : { ...cp, frontMatter });
        }
        stack = [];
        break;
      }
    }
    if (keep && p % CHECKPOINT_EVERY === 0 && checkpoints[checkpoints.length - 1]?.piece !== p)
      checkpoints.push({
        piece: p,
        sections: sections.length,
        clauses: clauses.length,
        lists: lists.length,
        ignored: ignored.length,
        circledHeadings: circled.headings.length,
        circledClauses: circled.clauses.length,
        frontMatter,
        stack: stack.slice(),
        held: stack.flatMap((i) => [sections[i].children.length, sections[i].clauses.length]),
        stackContext,
        context,
        pendingDisabled,
        pendingMarkers,
        listJoin: listJoin.save(),
        ...(listJoin.save()[0] >= 0 ? { joinable: lists[lists.length - 1] } : {}),
      });
    const { model, start: base } = pieces[p];
    const clauseBase = clauses.length;
    const joined = listJoin.begin(model, pieces[p].join === true);
    const norms = placedNorms(model, base, assembly, previous !== undefined);
    if (model.frontMatter) {
      const fm = model.frontMatter;
      frontMatter =
        base === 0 ? fm : { ...fm, start: fm.start + base, end: fm.end + base, rawStart: fm.rawStart + base };
    }
    // The sections open around the piece decide its clauses' contexts (and, through them, a table row's frame).
    // (Compared entry by entry: the titles of unchanged headings are the same strings, no key is built.)
    const known = model.framed;
    const reuse = known !== undefined && sameStack(known.key, stack, sections);
    const frames: Framed = reuse
      ? known
      : { key: stack.flatMap((i) => [sections[i].depth, sections[i].titleNorm]), contexts: [], nears: [] };
    let c = 0;
    const events = model.events;
    const circledTexts = model.circled;
    for (let e = 0; e < events.length; e++) {
      const ev = events[e];
      switch (ev.t) {
        case Ev.Root:
          // (Contexts come from `frames` when the piece is re-used: the section path is not needed then.)
          if (reuse) break;
          if (stackContext === null) stackContext = stack.map((i) => sections[i].titleNorm).join(' / ');
          context = stackContext;
          break;
        case Ev.Section: {
          const start = ev.headingStart + base;
          while (stack.length && sections[stack[stack.length - 1]].depth >= ev.depth)
            sections[stack.pop()!].end = start;
          const parent = stack.length ? stack[stack.length - 1] : -1;
          const index = sections.length;
          // A section owns its text until the next heading of any depth (ownEnd) and its sub-sections until the
          // next heading of its depth or above (end); both are closed later.
          sections.push({
            index,
            depth: ev.depth,
            title: ev.title,
            titleNorm: ev.titleNorm,
            heading: norms[ev.heading],
            number: ev.number,
            headingStart: start,
            headingEnd: ev.headingEnd + base,
            start,
            end: length,
            ownEnd: length,
            parent,
            children: [],
            clauses: [],
          });
          if (parent >= 0) sections[parent].children.push(index);
          const previous = index - 1;
          if (previous >= 0 && sections[previous].ownEnd === length) sections[previous].ownEnd = start;
          stack.push(index);
          stackContext = null;
          if (circledTexts?.has(ev.heading)) circled.headings.push(norms[ev.heading]);
          break;
        }
        case Ev.Html:
          if (ev.disabled) pendingDisabled = new Set(ev.disabled);
          else if (ev.markers) pendingMarkers = new Set([...(pendingMarkers ?? []), ...ev.markers]);
          break;
        case Ev.Clause: {
          const index = clauses.length;
          const section = stack.length ? stack[stack.length - 1] : -1;
          const parentClause = ev.parent >= 0 ? clauseBase + ev.parent : undefined;
          let clauseContext: string;
          let near: string;
          if (reuse) {
            clauseContext = frames.contexts[c];
            near = frames.nears[c];
          } else {
            clauseContext = ev.suffix ? context + ev.suffix : context;
            near = frameOf(sections, clauses, section, parentClause, ev.kind, clauseContext);
            frames.contexts.push(clauseContext);
            frames.nears.push(near);
          }
          c++;
          const old = previous?.[index];
          const norm = norms[ev.norm];
          const number = joined ? listJoin.number(e, ev.number) : ev.number;
          // The same text object is the same clause event of the same piece (see placedNorms): when nothing else
          // changed, the clause is the last document's object, moved with its piece.
          if (
            old !== undefined &&
            old.norm === norm &&
            old.context === clauseContext &&
            old.near === near &&
            old.section === section &&
            old.parentClause === parentClause &&
            old.kind === ev.kind &&
            old.number === number &&
            old.index === index &&
            sameIds(old.disabled, pendingDisabled) &&
            sameIds(old.markers, pendingMarkers)
          ) {
            old.start = ev.start + base;
            old.end = ev.end + base;
            clauses.push(old);
          } else
            clauses.push({
              index,
              kind: ev.kind,
              start: ev.start + base,
              end: ev.end + base,
              norm,
              context: clauseContext,
              near,
              number,
              section,
              parentClause,
              disabled: pendingDisabled,
              markers: pendingMarkers,
            });
          pendingDisabled = pendingMarkers = undefined;
          if (section >= 0) sections[section].clauses.push(index);
          if (circledTexts?.has(ev.norm)) circled.clauses.push(norm);
          break;
        }
        case Ev.List:
          if (joined && listJoin.isHead(e)) {
            listJoin.merge(lists, ev, base, stack.length ? stack[stack.length - 1] : -1);
            break;
          }
          lists.push({
            section: stack.length ? stack[stack.length - 1] : -1,
            start: ev.start + base,
            end: ev.end + base,
            ordered: ev.ordered,
            lastMarker: ev.lastMarker,
            lastNumber: ev.lastNumber,
            indent: ev.indent,
            items: ev.items,
          });
          break;
        case Ev.Ignored:
          ignored.push([ev.start + base, ev.end + base]);
          break;
      }
    }
    if (!reuse) model.framed = frames;
    listJoin.end(model, lists.length - 1);
  }
  while (stack.length) sections[stack.pop()!].end = length;
  const titleSection = Math.max(
    0,
    sections.findIndex((s) => s.depth === 1),
  );
  const document: PolicyDocument = {
    text,
    sections,
    clauses,
    lists,
    frontMatter,
    titleSection: sections.length ? titleSection : -1,
    eol: /\r\n/.test(text.slice(0, 10000)) ? '\r\n' : '\n',
    ignored,
    circled,
  };
  if (keep) keptForNext.set(document, { pieces, checkpoints });
  return document;
}

export interface ParseOptions {
  /**
   * false: parse the whole text with one remark call (the reference the per-section parse is tested against;
   * slow on large documents). Default: per section, see model/markdown.ts.
   */
  sections?: boolean;
  /** Shortest piece parsed on its own (see PiecesOptions.minLength). */
  minLength?: number;
}

/** Sections shorter than this are parsed together when a whole document is read: each remark call costs a
 * fixed ~0.1–0.2 ms on top of the text, and a few thousand characters per call make that negligible. */
const ONE_SHOT_PIECE = 4 * 1024;

/** Reads a policy: sections from headings, clauses from paragraphs, list items and table rows. */
export function parsePolicy(input: string, options: ParseOptions = {}): PolicyDocument {
  const text = input;
  if (options.sections === false) {
    const { root } = parsePiece(text, true);
    return assemble(text, [{ model: buildPiece(root, text), start: 0 }]);
  }
  return assemble(
    text,
    new PieceSplitter(buildPiece, { cache: false, minLength: options.minLength ?? ONE_SHOT_PIECE }).update(text),
  );
}

export type { Nodes };
