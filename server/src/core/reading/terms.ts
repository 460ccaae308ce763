import type { Clause, PolicyDocument } from '../model/types';

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
 * or the rest of the reading drop a character between them. A clause without such a pair is not read at all: the
 * document is searched once per analysis instead of every clause being normalized (most documents have none).
 */
export const DEFINITION_HINT = /を(?:い|指|\u{1F22F})/gu;

/** The terms whose content was the same the last few times: the same array, so that withDefinitions' memo is kept. */
const recent = new Map<string, Term[]>();

function definedTerms(doc: PolicyDocument): Term[] {
  let out = cache.get(doc.clauses);
  if (!out) {
    out = [];
    const hints: number[] = [];
    DEFINITION_HINT.lastIndex = 0;
    for (let m = DEFINITION_HINT.exec(doc.text); m; m = DEFINITION_HINT.exec(doc.text)) hints.push(m.index);
    DEFINITION_HINT.lastIndex = 0;
    if (hints.length) {
      for (const c of doc.clauses) {
        if (!hintWithin(hints, c.start, c.end)) continue;
        const m = DEFINITION.exec(
          doc.text
            .slice(c.start, c.end)
            .normalize('NFKC')
            .toLowerCase()
            .replace(/^[-*+>|\s]+/, '')
            .replace(/\s+/g, ' '),
        );
        if (m) out.push([m[1], m[2].replace(/\s+/g, '')]);
      }
    }
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

/** Whether a hint (its two characters) lies inside [start, end). `hints` ascend. */
function hintWithin(hints: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = hints.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hints[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < hints.length && hints[lo] + 2 <= end;
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
