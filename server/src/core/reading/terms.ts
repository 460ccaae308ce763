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

function definedTerms(doc: PolicyDocument): Term[] {
  let out = cache.get(doc.clauses);
  if (!out) {
    out = [];
    for (const c of doc.clauses) {
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
    cache.set(doc.clauses, out);
  }
  return out;
}

/** The clause's text with the definitions of the terms it uses appended, or undefined (the definition itself is not expanded). */
const expanded = new WeakMap<Term[], Map<string, string | undefined>>();
export function withDefinitions(clause: Clause, doc: PolicyDocument): string | undefined {
  const terms = definedTerms(doc);
  const text = clause.norm.text;
  if (!terms.length) return undefined;
  // Once per clause text and set of terms, whatever the number of requirements asking.
  const memo = expanded.get(terms) ?? new Map<string, string | undefined>();
  expanded.set(terms, memo);
  if (!memo.has(text)) {
    const used = terms.filter(([term, def]) => text.includes(term) && !text.includes(def.slice(0, 8)));
    memo.set(text, used.length ? `${text} (${used.map((d) => d.join(': ')).join(' / ')})` : undefined);
  }
  return memo.get(text);
}
