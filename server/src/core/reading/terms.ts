import type { Clause, PolicyDocument } from '../model/types';
import { ClauseFacts } from '../model/carried';
import { detached, memoOf } from '../text/memo';

/**
 * Terms a regulation defines for itself (第2条: 「(1) 端末機　コンピュータ、周辺機器及びソフトウェアを総称したものを
 * いう。」「『IT機器』とは、…をいう。」) mean their definition wherever they are used: a later article on 「端末機一覧表」
 * is then also about software. Read from the author's text (the normalized one drops the space after the term).
 */
type Term = [term: string, definition: string];
const cache = new WeakMap<PolicyDocument['clauses'], Term[]>();

// 「(1) 端末機　…をいう。」「「IT機器」とは、…をいう。」 (NFKC, lower case, spaces kept).
const DEFINITION =
  /^(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）.]?\s*)?[「『"]?([^\s「」『』"、。(),]{2,15})[」』"]?(?:とは、|\s+)(.{4,200}?)(?:をいう|を指す)(?:。|$)/;

/**
 * Where a definition may be: DEFINITION needs 「をいう」 or 「を指す」, and NFKC makes 「を」 and 「い」 only of
 * themselves and 「指」 only of itself and 🈯 (test/core/incremental checks this over every code point), nor does it
 * or the rest of the reading drop a character between them. A clause without such a pair is not read at all
 * (most documents have none).
 */
export const DEFINITION_HINT = /を(?:い|指|\u{1F22F})/gu;

/** The terms whose content was the same the last few times: the same array, so that withDefinitions' memo is kept. */
const recent = new Map<string, Term[]>();

function definedTerms(doc: PolicyDocument): Term[] {
  let out = cache.get(doc.clauses);
  if (!out) {
    out = definitions.of(doc).facts.slice();
    const key = out.map((t) => t.join('\u0000')).join('\u0001');
    const same = recent.get(key);
    if (same) out = same;
    else {
      if (recent.size >= 8) recent.delete(recent.keys().next().value as string);
      recent.set(key, out);
    }
    cache.set(doc.clauses, out);
  }
  return out;
}

/** The clauses that define a term, and their terms. */
const definitions = new ClauseFacts<Term>((doc, c) => definitionOf(doc, c) ?? undefined);

/** DEFINITION_HINT, for one clause's source. */
const HINT = new RegExp(DEFINITION_HINT.source, 'u');

/**
 * The term a clause defines, if any, read from its source; kept with its text (text/memo.ts: the same text object
 * is the same source). Only a clause whose first hint's two units lie inside it is read (two units past its end
 * are searched too, so a hint of three units ending there counts as a search of the whole document counts it).
 */
function definitionOf(doc: PolicyDocument, c: Clause): Term | null {
  const memo = memoOf(c.norm);
  if (memo.definition !== undefined) return memo.definition as Term | null;
  let term: Term | null = null;
  const hint = HINT.exec(doc.text.slice(c.start, c.end + 2));
  if (hint && hint.index + 2 <= c.end - c.start) {
    const m = DEFINITION.exec(
      doc.text
        .slice(c.start, c.end)
        .normalize('NFKC')
        .toLowerCase()
        .replace(/^[-*+>|\s]+/, '')
        .replace(/\s+/g, ' '),
    );
    if (m) term = [detached(m[1]), detached(m[2].replace(/\s+/g, ''))];
  }
  memo.definition = term;
  return term;
}

/** Whether the document defines any term (withDefinitions gives undefined for every clause otherwise). */
export function hasDefinedTerms(doc: PolicyDocument): boolean {
  return definedTerms(doc).length > 0;
}

/** The clause's text with the definitions of the terms it uses appended, or undefined (the definition itself is not expanded). */
const expanded = new WeakMap<Term[], Map<string, string | undefined>>();
export function withDefinitions(clause: Clause, doc: PolicyDocument): string | undefined {
  const terms = definedTerms(doc);
  const text = clause.norm.text;
  if (!terms.length) return undefined;
  // Once per clause text and set of terms, whatever the number of requirements asking (and, the terms being the
  // same array while they do not change, whatever the number of edits).
  let memo = expanded.get(terms);
  if (!memo || memo.size > doc.clauses.length * 4 + 1024) {
    memo = new Map<string, string | undefined>();
    expanded.set(terms, memo);
  }
  if (!memo.has(text)) {
    const used = terms.filter(([term, def]) => text.includes(term) && !text.includes(def.slice(0, 8)));
    memo.set(text, used.length ? `${text} (${used.map((d) => d.join(': ')).join(' / ')})` : undefined);
  }
  return memo.get(text);
}
