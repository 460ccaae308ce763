import type { PolicyDocument } from '../model/types';
import { indentBefore, lineEndOf, lineStartOf } from './lines';
import { escapeSnippet, snippetToPlain } from './snippet';
import type { EditOptions, InsertEdit } from './types';

/**
 * `<!-- kijun-disable-next-line <id> -- <reason> -->` so that the clause is not checked for `id`.
 * Before a paragraph or a top-level list item it is a line of its own (an HTML block ends a paragraph, and a
 * comment opening a line would swallow the text after it). Two places cannot take a line of their own:
 * - a table row (the line would end the table): the comment opens the row's first cell, as inline HTML;
 * - a nested list item: a comment line there belongs to the enclosing item, which the parser would switch
 *   off instead; so it ends the item's first line, inline HTML that the parser gives to that item.
 */
export function planDisableComment(
  doc: PolicyDocument,
  clauseIndex: number,
  id: string,
  reasonSnippet: string,
  options: EditOptions,
): InsertEdit | undefined {
  const c = doc.clauses[clauseIndex];
  if (!c) return undefined;
  const reason = options.snippet ? reasonSnippet : snippetToPlain(reasonSnippet);
  const lit = (s: string) => (options.snippet ? escapeSnippet(s) : s);
  const comment = `${lit(`<!-- kijun-disable-next-line ${id} -- `)}${reason}${lit(' -->')}`;
  if (c.kind === 'tableRow') {
    const pipe = doc.text.indexOf('|', c.start);
    const lineEnd = doc.text.indexOf('\n', c.start);
    if (pipe >= 0 && (lineEnd < 0 || pipe < lineEnd)) {
      const cell = pipe + 1 + /^[ \t]*/.exec(doc.text.slice(pipe + 1))![0].length;
      return { offset: cell, text: comment + ' ', snippet: options.snippet };
    }
    return { offset: c.start, text: comment + ' ', snippet: options.snippet };
  }
  if (c.kind === 'listItem' && c.parentClause !== undefined) {
    return { offset: lineEndOf(doc.text, c.start), text: ' ' + comment, snippet: options.snippet };
  }
  // After a byte-order mark on the first line: the mark stays the file's first character.
  const start = Math.max(lineStartOf(doc.text, c.start), doc.text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return { offset: start, text: indentBefore(doc.text, c.start) + comment + doc.eol, snippet: options.snippet };
}
