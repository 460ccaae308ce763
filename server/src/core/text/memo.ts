import type { NormalizedText } from './normalize';

/**
 * What the checker found in one clause text, kept with the text object. The incremental analyzer keeps a piece's
 * text objects while the edits move it (model/parse.ts placedNorms), so after an edit a document-wide question
 * (which clauses refer to a 別表, suspend an article, cite the standard, define a term) reads one remembered answer
 * per clause instead of searching every clause's text again; only the texts of the re-parsed piece are new.
 *
 * Every answer depends on the text object alone: its normalized text, or the source the clause was read from. A
 * text object stands for one clause of one piece, and a piece for its text (incremental/pieces.ts keeps pieces by
 * content), so the source between the clause's offsets is the same wherever the piece is placed.
 */
export class TextMemo {
  /** The keys of the 別表 the text refers to, one per reference (reading/beppyo.ts). */
  beppyo: readonly string[] | undefined = undefined;
  /** 「第N条の規定は、…」: the article number, the match and what follows it (reading/read.ts suspendedArticles). */
  provisions: ReadonlyArray<readonly [number, string, string, number?]> | undefined = undefined;
  /** Whether the text cites the standard (trace/citations.ts). */
  cites: boolean | undefined = undefined;
  /** The term the clause defines, from its source (reading/terms.ts); null: none. */
  definition: readonly [string, string] | null | undefined = undefined;
  /** The clause's source on one line, cut (reading/explain.ts snippet). */
  snippet: string | undefined = undefined;
  /** A heading's title trimmed, its spaces folded (reading/explain.ts headingTitles). */
  title: string | undefined = undefined;
  /** The pattern a heading was last tested with for 「用語の定義」 (reading/explain.ts definitionSections), and the answer. */
  definitionsTest: string | undefined = undefined;
  definitions = false;
}

/** Texts that are not a piece's (built by hand, or a pseudo clause's): remembered while the object lives. */
const others = new WeakMap<NormalizedText, TextMemo>();

/** The memo of a text: a piece's text (MappedText) holds its own; a copy made with `{ ...norm }` has none. */
export function memoOf(norm: NormalizedText): TextMemo {
  const own = (norm as { memo?: () => TextMemo }).memo;
  if (own !== undefined) return own.call(norm);
  let m = others.get(norm);
  if (!m) others.set(norm, (m = new TextMemo()));
  return m;
}

/**
 * A copy of a short string cut from a document's text that does not hold on to that text: V8 keeps a cut of 13
 * units or more as a view into the whole (10 MB for a 5 MB policy), and a remembered answer outlives the version
 * it was cut from.
 */
export function detached(s: string): string {
  return ` ${s}`.slice(1);
}
