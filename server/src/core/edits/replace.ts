import type { Clause, PolicyDocument } from '../model/types';
import { lineEndOf, trimBack } from './lines';
import { stripListMarker } from './numbers';
import { snippetToPlain } from './snippet';
import type { ClauseToInsert, InsertEdit } from './types';

/**
 * The revised clause *in place of* an outdated one: the clause keeps its place, list marker, number and caption
 * (第23条（電子メール）, (2), 2.); only its text after them is replaced by the requirement's template. Plain text (a
 * replacement is shown for confirmation, not typed into). Undefined where a replacement would break the
 * structure (a table row) or nothing is left to replace.
 *
 * This rewrites the user's text: the server sends it only as an annotated edit that needs confirmation, and the
 * command line only with --replace-outdated.
 */
export function planReplaceClause(
  doc: PolicyDocument,
  clauseIndex: number,
  item: ClauseToInsert,
): InsertEdit | undefined {
  const c = doc.clauses[clauseIndex];
  if (!c || c.kind === 'tableRow') return undefined;
  const start = bodyStart(doc, c);
  // Nested clauses (sub-items) are their own clauses: the replacement stops before the first of them.
  const child = doc.clauses.find((d) => d.parentClause === c.index && d.start >= start);
  const end = trimBack(doc.text, child ? Math.min(child.start, c.end) : c.end, start);
  if (end <= start) return undefined;
  // The number and its caption stay as the user wrote them; the text after them becomes the revised clause.
  return { offset: start, end, text: snippetToPlain(item.template), snippet: false };
}

/** Where the clause's text starts: after its list marker, its number (bold, caption) and the space after them. */
export function bodyStart(doc: PolicyDocument, c: Clause): number {
  const lineEnd = lineEndOf(doc.text, c.start);
  const line = doc.text.slice(c.start, lineEnd);
  let at = c.start;
  let rest = line;
  if (c.kind === 'listItem') {
    const stripped = stripListMarker(line);
    at += line.length - stripped.rest.length;
    rest = stripped.rest;
  }
  const lead = /^[ \t\u3000]*/.exec(rest)![0].length;
  at += lead;
  rest = rest.slice(lead);
  const n = c.number;
  if (!n || n.length <= 0) return at;
  // 「第1条（目的）」「**第1条 (目的)**」: only articles carry a caption after a space (as numberStyle reads it).
  const caption = n.raw.startsWith('第') ? '(?:[ \\t\\u3000]*[(（][^)）\\n]*[)）])?' : '';
  const m = new RegExp(`^(?:\\*\\*|__)?${escapeRe(n.raw)}${caption}(?:\\*\\*|__)?[ \\t\\u3000]*`).exec(rest);
  return m ? at + m[0].length : at;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
