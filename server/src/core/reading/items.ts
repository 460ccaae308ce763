import type { Clause, PolicyDocument } from '../model/types';

/** A sentence introducing items: 「次に掲げる措置」「次の各号」「以下の」, "the following". */
export const LEAD_IN =
  /(?:次に掲げる|次の|次により|(?:次|以下)に(?:定める|示す)|以下の|下記の|別記の)|\b(?:the following|as follows|below)\b|[:：]\s*$/;
/** A numbered item: 「(1)」「（一）」「一　」「1.」「1)」「a)」「ア」. */
export const ITEM =
  /^(?:[(（]?[0-9０-９]{1,2}[)）.．]|[(（][一二三四五六七八九十ア-ンa-z]{1,3}[)）]|[一二三四五六七八九十]{1,3}[\s　]|[a-z][).]\s)/;

/** Whether `clause` sits (at any depth) under the clause at `parent`. */
function itemOf(doc: PolicyDocument, clause: Clause, parent: number): boolean {
  for (let p = clause.parentClause, n = 0; p !== undefined && n < 8; p = doc.clauses[p].parentClause, n++)
    if (p === parent) return true;
  return false;
}

/**
 * The clause's text and those of the items it introduces: its child items, or the numbered paragraphs and list items
 * that follow a lead-in in its section (「次により改善を指示しなければならない。」 then 「(1) …」「(2) …」).
 */
export function withItemTexts(clause: Clause, doc: PolicyDocument): string[] {
  const parts = [clause.norm.text];
  const leadIn = LEAD_IN.test(clause.norm.text);
  for (let k = clause.index + 1; k < doc.clauses.length && k <= clause.index + 30; k++) {
    const next = doc.clauses[k];
    if (next.section !== clause.section) break;
    const child = next.parentClause !== undefined && itemOf(doc, next, clause.index);
    if (!child && !(leadIn && (next.kind === 'listItem' || ITEM.test(next.norm.text.trim())))) break;
    parts.push(next.norm.text);
  }
  return parts;
}

/**
 * The clause that introduces an item (its predicate governs an item that has none): the item's parent, else, for a
 * list item or a numbered paragraph (「(1) …」), the paragraph above its run of items when that paragraph announces
 * them (「次の措置を講ずるよう努める。」「次の措置は、当面実施しない。」, "The following measures are not adopted:").
 * Markdown makes a list after a paragraph a sibling, not a child, though the drafting means the paragraph's predicate
 * for every item.
 */
export function leadInOf(doc: PolicyDocument, clause: Clause): number | undefined {
  if (clause.parentClause !== undefined) return clause.parentClause;
  const numbered = (c: Clause) => ITEM.test(c.norm.text.trim());
  const inList = clause.kind === 'listItem';
  if (!inList && !numbered(clause)) return undefined;
  for (let k = clause.index - 1; k >= 0 && k >= clause.index - 30; k--) {
    const prev = doc.clauses[k];
    if (prev.section !== clause.section || prev.kind === 'heading') return undefined;
    // The run of items: a list's items; for a numbered paragraph, the numbered paragraphs (and lists) before it. A
    // numbered paragraph above a list (「8.1 … include:」) is the list's lead-in.
    if (prev.kind === 'listItem' || (!inList && numbered(prev))) continue;
    return LEAD_IN.test(prev.norm.text) ? k : undefined;
  }
  return undefined;
}
