import type { Clause, ClauseNumber, ListBlock, PolicyDocument, Section } from '../model/types';
import { parseClauseNumber } from '../model/numbering';
import { followingLine, indentBefore, isBlank, lineEndOf, lineStartOf, nextLineStart, trimBack } from './lines';
import { numberStyle, restart, stripListMarker, type NumberStyle } from './numbers';
import { standardHeadingNumber, standardHome } from './standard';

/**
 * Where new clauses go and how they look, read from their future siblings: a list item after the last item,
 * a numbered line in the same paragraph, a paragraph, or a new heading after the last sub-heading.
 */
export interface Slot {
  offset: number;
  form: 'list' | 'line' | 'paragraph' | 'heading';
  /** Text before the first new clause and between two of them (line breaks, list indentation). */
  lead: string;
  gap: string;
  /** Text after the last new clause (a line break that keeps a blank line before what follows). */
  trail: string;
  /** list: the marker of the item before, continued (2. → 3.; a bullet stays). */
  marker?: string;
  /** The number of the sibling before, continued: (2) → (3), 第11条 → 第12条 (or 第11条の2 when taken). */
  number?: ClauseNumber;
  style?: NumberStyle;
  /** 規程 style: a caption line （見出し） above each article, as above the article before. */
  captionLine?: { fullwidth: boolean };
  /** heading numbered 「2101-54 第54条」: the document number in front of the article number. */
  hybrid?: { prefix: string; sep: string };
  /** heading: its depth, and how the clause under each new heading starts. */
  depth?: number;
  body?: { marker?: string; number?: ClauseNumber; continueNumber?: boolean; style?: NumberStyle };
  /** heading: the number the new heading takes as is (the requirement's own number in the standard). */
  exact?: string;
  /** heading: left without a number, because the next one belongs to another part of the standard. */
  unnumbered?: boolean;
}

/** What the planner knows of the standard for one clause: its section, and whether the policy is numbered after it. */
export interface StandardPlace {
  section?: string;
  follows: boolean;
}

const firstLine = (doc: PolicyDocument, at: number) => doc.text.slice(at, lineEndOf(doc.text, at));
const lineOf = (doc: PolicyDocument, at: number) => {
  let line = 0;
  for (let i = doc.text.indexOf('\n'); i >= 0 && i < at; i = doc.text.indexOf('\n', i + 1)) line++;
  return line;
};

/** 附則 (supplementary provisions: dates of enforcement) close a regulation; new provisions go before them. */
const SUPPLEMENTARY = /^(?:附|付)\s*則|^supplementary provisions/i;
const isSupplementary = (text: string) => SUPPLEMENTARY.test(text.trim().replace(/^#+\s*/, ''));

/** Where a clause for a requirement at home in section `home` goes (-1: the document has no such section). */
export function slotForSection(doc: PolicyDocument, home: number, standard?: StandardPlace): Slot {
  // No section names the topic: in a policy numbered after the standard, the part of the standard it belongs to.
  if (home < 0 && standard?.follows) home = standardHome(doc, standard.section);
  if (home >= 0 && doc.sections[home]) {
    const s = doc.sections[home];
    if (s.children.length)
      return headingSlot(
        doc,
        s.children.map((i) => doc.sections[i]),
        standard,
      );
    return clauseSlot(
      doc,
      s.clauses.map((i) => doc.clauses[i]),
      s,
    );
  }
  if (!doc.sections.length)
    return clauseSlot(
      doc,
      doc.clauses.filter((c) => c.section === -1),
      undefined,
    );
  // No section names the topic: a new section among the title's sub-sections (or the top-level ones).
  const title = doc.sections[doc.titleSection] ?? doc.sections[0];
  if (title.children.length)
    return headingSlot(
      doc,
      title.children.map((i) => doc.sections[i]),
      standard,
    );
  const tops = doc.sections.filter((s) => s.parent === -1);
  if (tops.length > 1) return headingSlot(doc, tops, standard);
  return clauseSlot(
    doc,
    title.clauses.map((i) => doc.clauses[i]),
    title,
  );
}

/** The list a clause is an item of: the innermost list around it. */
export function listOf(doc: PolicyDocument, c: Clause): ListBlock | undefined {
  let best: ListBlock | undefined;
  for (const l of doc.lists) if (l.start <= c.start && l.end >= c.end && (!best || l.start >= best.start)) best = l;
  return best;
}

/** The items of the list `c` belongs to, at its level. */
export function listSiblings(doc: PolicyDocument, c: Clause, list: ListBlock): Clause[] {
  return doc.clauses.filter(
    (d) => d.kind === 'listItem' && d.parentClause === c.parentClause && d.start >= list.start && d.end <= list.end,
  );
}

/** A list is loose when its items are separated by blank lines; new items keep that. */
function looseBetween(doc: PolicyDocument, a: Clause | undefined, b: Clause | undefined): boolean {
  if (!a || !b) return false;
  const between = doc.text.slice(a.end, b.start);
  return /\n[ \t]*\r?\n/.test(between);
}

/** Continues a list after item `c` (the last one, or the one a revised clause follows). */
export function listSlot(
  doc: PolicyDocument,
  c: Clause,
  list: ListBlock,
  offset: number,
  continueNumber: boolean,
): Slot {
  const { marker, rest } = stripListMarker(firstLine(doc, c.start));
  const own = c.number && c.number.length > 0 ? c.number : undefined;
  const items = listSiblings(doc, c, list);
  const k = items.indexOf(c);
  const loose = looseBetween(doc, items[k - 1], c) || looseBetween(doc, c, items[k + 1]);
  const indent = indentBefore(doc.text, c.start);
  const eol = doc.eol;
  const lead = (loose ? eol + eol : eol) + indent;
  return {
    offset,
    form: 'list',
    lead,
    gap: lead,
    trail: '',
    marker: marker || '-',
    number: own && continueNumber ? own : undefined,
    style: own && continueNumber ? numberStyle(rest, own.raw) : undefined,
  };
}

/** After a table: the end of its last line. */
function tableEnd(doc: PolicyDocument, row: Clause): number {
  let end = lineEndOf(doc.text, row.end > row.start ? row.end - 1 : row.end);
  for (
    let line = followingLine(doc.text, end);
    line !== undefined && !isBlank(line) && line.includes('|');
    line = followingLine(doc.text, end)
  ) {
    end = lineEndOf(doc.text, nextLineStart(doc.text, end));
  }
  return end;
}

/** A paragraph inserted at `offset` (the end of some content), with a blank line on both sides. */
export function paragraphSlot(doc: PolicyDocument, offset: number, number?: ClauseNumber, style?: NumberStyle): Slot {
  const eol = doc.eol;
  const next = followingLine(doc.text, offset);
  return {
    offset,
    form: 'paragraph',
    lead: offset > 0 ? eol + eol : '',
    gap: eol + eol,
    trail: next !== undefined && !isBlank(next) ? eol : '',
    number,
    style,
  };
}

/** After the table row `row`: a paragraph below the table. */
export function tableSlot(doc: PolicyDocument, row: Clause): Slot {
  return paragraphSlot(doc, tableEnd(doc, row));
}

/** Numbered lines written without blank lines between them are one paragraph; new lines join it. */
export function joinedLines(doc: PolicyDocument, a: Clause | undefined, b: Clause | undefined): boolean {
  if (!a || !b) return false;
  return lineOf(doc, b.start) === lineOf(doc, a.end) + 1 && !doc.text.slice(a.end, b.start).trim();
}

/** Continues the clauses of a section (or of a document without headings) after its last one. */
function clauseSlot(doc: PolicyDocument, clauses: Clause[], section: Section | undefined): Slot {
  let top = clauses.filter((c) => c.parentClause === undefined);
  const supplementary = top.findIndex((c) => isSupplementary(doc.text.slice(c.start, c.end)));
  if (supplementary > 0) top = top.slice(0, supplementary);
  const last = top[top.length - 1];
  if (!last) {
    const after = section ? section.headingEnd : trimBack(doc.text, doc.text.length);
    return paragraphSlot(doc, trimBack(doc.text, after, section?.headingStart ?? 0));
  }
  if (last.kind === 'listItem') {
    const list = listOf(doc, last);
    if (list) return listSlot(doc, last, list, list.end, true);
  }
  if (last.kind === 'tableRow') return tableSlot(doc, last);
  return numberedSlot(doc, withItems(clauses, last), top[top.length - 2], undefined, last.number);
}

/**
 * The clause with what belongs to it: an article's 項 and 号 (「第30条 …次に掲げる措置…\n一 …\n２ …」) up to the first
 * clause that is neither (the next article, its caption), another clause's items. A clause inserted after it goes
 * after all of them.
 */
export function withItems(clauses: readonly Clause[], c: Clause): Clause {
  let end = c.end;
  if (c.kind === 'article') {
    for (let k = c.index + 1; k < clauses.length; k++) {
      const x = clauses[k];
      if (x.section !== c.section || x.kind !== 'paragraph') break;
      if (x.number?.kind !== 'digit' && x.number?.kind !== 'kanji-item' && !descends(clauses, x, c)) break;
      end = Math.max(end, x.end);
    }
  } else {
    for (let k = c.index + 1; k < clauses.length && descends(clauses, clauses[k], c); k++)
      end = Math.max(end, clauses[k].end);
  }
  return end === c.end ? c : { ...c, end };
}

function descends(clauses: readonly Clause[], x: Clause, ancestor: Clause): boolean {
  for (let p = x.parentClause, n = 0; p !== undefined && n < 16; n++) {
    if (p === ancestor.index) return true;
    p = clauses[p]?.parentClause;
  }
  return false;
}

/** A paragraph or a numbered line after clause `c`, numbered after `number` when given. */
export function numberedSlot(
  doc: PolicyDocument,
  c: Clause,
  before: Clause | undefined,
  after: Clause | undefined,
  number: ClauseNumber | undefined,
): Slot {
  const style = number ? numberStyle(firstLine(doc, c.start), number.raw) : undefined;
  // 「（電子メール）\n第19条 …」: the article's caption is the line above it; a new article gets one too.
  const caption =
    before && number?.kind === 'article' && joinedLines(doc, before, c)
      ? /^([（(])[^）)\n]*[）)]$/.exec(doc.text.slice(before.start, before.end).trim())
      : null;
  if (caption) return { ...paragraphSlot(doc, c.end, number, style), captionLine: { fullwidth: caption[1] === '（' } };
  if (number && (joinedLines(doc, before, c) || joinedLines(doc, c, after))) {
    const lead = doc.eol + indentBefore(doc.text, c.start);
    return { offset: c.end, form: 'line', lead, gap: lead, trail: '', number, style };
  }
  return paragraphSlot(doc, c.end, number, style);
}

/**
 * A new heading after the last of `siblings`, numbered like it, with the clause under it: before 附則
 * (a heading, or a paragraph at the end of the last sibling) rather than after it.
 */
function headingSlot(doc: PolicyDocument, siblings: Section[], standard?: StandardPlace): Slot {
  let list = siblings;
  let offset = siblings[siblings.length - 1].end;
  if (list.length > 1 && isSupplementary(list[list.length - 1].title)) {
    offset = lineStartOf(doc.text, list[list.length - 1].headingStart);
    list = list.slice(0, -1);
  }
  const last = list[list.length - 1];
  const closing = doc.clauses.find(
    (c) =>
      c.start >= last.start &&
      c.start < offset &&
      c.parentClause === undefined &&
      isSupplementary(doc.text.slice(c.start, c.end)),
  );
  if (closing) offset = lineStartOf(doc.text, closing.start);
  const slot: Slot = { offset, form: 'heading', lead: '', gap: '', trail: '', depth: last.depth };
  const n = last.number;
  if (!n) return { ...slot, body: bodyStyle(doc, last) };
  // Numbered after the standard: the requirement's own number if free, else no number (never another part's).
  const own = standard?.follows ? standardHeadingNumber(doc, list, standard.section) : undefined;
  if (own?.raw) {
    const at = own.before ? lineStartOf(doc.text, own.before.headingStart) : offset;
    return {
      ...slot,
      offset: at,
      number: n,
      exact: own.raw,
      style: numberStyle(last.title, n.raw),
      body: bodyStyle(doc, last),
    };
  }
  if (own) return { ...slot, unnumbered: true, body: bodyStyle(doc, last) };
  if (n.kind === 'hybrid') {
    // 「2101-10 第10条 (CSIRT)」: continue the article; the document number follows it.
    const rest = last.title.slice(n.length);
    const article = parseClauseNumber(rest);
    if (article?.kind === 'article') {
      const sep = last.title.slice(n.raw.length, n.length);
      return {
        ...slot,
        number: article,
        style: numberStyle(rest, article.raw),
        hybrid: { prefix: `${n.parts?.[0] ?? ''}-`, sep: sep || ' ' },
        body: {},
      };
    }
  }
  // When the headings are the articles, the clause under a new one is its text, without a number of its own.
  const body = n.kind === 'article' ? {} : bodyStyle(doc, last);
  return { ...slot, number: n, style: numberStyle(last.title, n.raw), body };
}

/**
 * How the clause under a new heading starts, read from the sibling section before it: articles continue the
 * document's article numbering; (1)-style numbering and ordered lists start again.
 */
function bodyStyle(doc: PolicyDocument, section: Section): Slot['body'] {
  const before = doc.clauses.filter((c) => c.start < section.end && c.parentClause === undefined);
  const article = [...before].reverse().find((c) => c.number?.kind === 'article');
  if (article?.number)
    return {
      number: article.number,
      continueNumber: true,
      style: numberStyle(firstLine(doc, article.start), article.number.raw),
    };
  const inside = before.filter((c) => c.start >= section.start);
  const last = inside[inside.length - 1];
  if (!last) return {};
  if (last.kind === 'listItem') {
    const { marker, rest } = stripListMarker(firstLine(doc, last.start));
    const own = last.number && last.number.length > 0 ? last.number : undefined;
    return {
      marker: /^\d/.test(marker) ? `1${marker.slice(-1)}` : marker || '-',
      number: own ? restart(own) : undefined,
      style: own ? numberStyle(rest, own.raw) : undefined,
    };
  }
  if (last.kind === 'tableRow' || !last.number || last.number.kind === 'chapter') return {};
  return { number: restart(last.number), style: numberStyle(firstLine(doc, last.start), last.number.raw) };
}
