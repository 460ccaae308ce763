import type { Clause, PolicyDocument } from '../model/types';
import { renderSlot } from './render';
import {
  listOf,
  listSiblings,
  listSlot,
  numberedSlot,
  paragraphSlot,
  slotForSection,
  tableSlot,
  type Slot,
  withItems,
} from './slot';
import { trimBack } from './lines';
import type { ClauseToInsert, EditOptions, InsertEdit } from './types';

/** The clause for a missing requirement, at the end of its home section (-1: none), numbered like its siblings. */
export function planMissingClause(
  doc: PolicyDocument,
  home: number,
  item: ClauseToInsert,
  options: EditOptions,
): InsertEdit {
  return renderSlot(
    doc,
    slotForSection(doc, home, { section: item.section, follows: !!options.followsStandard }),
    [item],
    options.snippet,
  );
}

/**
 * Every missing clause at once, as plain text (one snippet session cannot hold several insertions). Clauses
 * for the same place are numbered one after another: (3), (4).
 */
export function planMissingClauses(
  doc: PolicyDocument,
  wanted: Array<{ home: number; item: ClauseToInsert }>,
  options: Partial<EditOptions> = {},
): InsertEdit[] {
  const groups = new Map<string, { slot: Slot; items: ClauseToInsert[] }>();
  for (const { home, item } of wanted) {
    const slot = slotForSection(doc, home, { section: item.section, follows: !!options.followsStandard });
    const key = `${slot.offset}:${slot.form}:${slot.exact ?? ''}:${slot.unnumbered ? 'u' : ''}`;
    const group = groups.get(key) ?? { slot, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  // At one offset, clauses continuing the text there come before a new heading (which starts a section).
  const ordered = [...groups.values()].sort(
    (a, b) => a.slot.offset - b.slot.offset || Number(a.slot.form === 'heading') - Number(b.slot.form === 'heading'),
  );
  return ordered.map((g) => renderSlot(doc, g.slot, g.items, false));
}

/**
 * The revised clause right after an outdated one, which stays as written: the user decides what to delete.
 * It continues the numbering when the old clause is the last of its kind; between two articles it becomes a
 * branch article (第11条の2); elsewhere it is an unnumbered paragraph rather than a duplicate number.
 */
export function planRevisedClause(
  doc: PolicyDocument,
  clauseIndex: number,
  item: ClauseToInsert,
  options: EditOptions,
): InsertEdit {
  return renderSlot(doc, revisedSlot(doc, clauseIndex), [item], options.snippet);
}

function revisedSlot(doc: PolicyDocument, clauseIndex: number): Slot {
  const c = doc.clauses[clauseIndex];
  if (!c) return slotForSection(doc, -1);
  if (c.kind === 'listItem') {
    const list = listOf(doc, c);
    if (list) {
      const items = listSiblings(doc, c, list);
      const next = items[items.indexOf(c) + 1];
      return listSlot(doc, c, list, next ? trimBack(doc.text, next.start, c.end) : list.end, !next);
    }
  }
  if (c.kind === 'tableRow') return tableSlot(doc, c);
  // A 号 or 項 of an article (「二 …」「２ …」): the revised clause goes after the whole article, not inside it.
  const article = articleAround(doc, c);
  if (article) return paragraphSlot(doc, article.end);
  const siblings = doc.clauses.filter(
    (d) =>
      d.section === c.section && d.parentClause === c.parentClause && (d.kind === 'paragraph' || d.kind === 'article'),
  );
  const k = siblings.indexOf(c);
  const laterSameKind = siblings.slice(k + 1).some((d) => d.number?.kind === c.number?.kind);
  const numbered = c.number && (c.number.kind === 'article' || !laterSameKind);
  const whole = withItems(doc.clauses, c);
  if (!numbered) return paragraphSlot(doc, whole.end);
  return numberedSlot(doc, whole, siblings[k - 1], siblings[k + 1], c.number);
}

/** The article a 項 or 号 belongs to, with its 項 and 号 (withItems), when its extent reaches `c`. */
function articleAround(doc: PolicyDocument, c: Clause): Clause | undefined {
  if (c.number?.kind !== 'digit' && c.number?.kind !== 'kanji-item') return undefined;
  for (let k = c.index - 1; k >= 0; k--) {
    const a = doc.clauses[k];
    if (a.section !== c.section) return undefined;
    if (a.kind !== 'article') continue;
    const whole = withItems(doc.clauses, a);
    return whole.end >= c.end ? whole : undefined;
  }
  return undefined;
}
