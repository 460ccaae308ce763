/** An insertion planned in document offsets (UTF-16), turned into an LSP edit by the server. */
export interface InsertEdit {
  offset: number;
  /** A replacement: the text from `offset` to `end` is replaced (only planReplaceClause makes these). */
  end?: number;
  text: string;
  /** `text` is in snippet syntax (tab stops); otherwise plain text. */
  snippet: boolean;
  /** A new heading was left without a number: the next one belongs to another part of the standard. */
  unnumbered?: boolean;
}

/** A clause to insert: the requirement's title (for headings and article captions) and its template. */
export interface ClauseToInsert {
  title: string;
  /** The catalog template in snippet syntax. */
  template: string;
  /** The standard's section the requirement is in (its catalog reference, "7.2.1(1)"): where a new heading goes. */
  section?: string;
}

export interface EditOptions {
  /** Keep tab stops: the client applies snippet edits. */
  snippet: boolean;
  /** The policy numbers its sections after the standard (followsStandardNumbering). */
  followsStandard?: boolean;
}

/** Applies edits given in offsets of the original text (used by tests and by the fix-all planner). */
export function applyInsertions(text: string, edits: InsertEdit[]): string {
  // Back to front, so earlier offsets stay valid; insertions at one offset keep their order (as in LSP).
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.offset - a.e.offset || b.i - a.i);
  let out = text;
  for (const { e } of order) out = out.slice(0, e.offset) + e.text + out.slice(e.end ?? e.offset);
  return out;
}
