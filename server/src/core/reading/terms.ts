import type { Clause, PolicyDocument } from '../model/types';

/**
 * Terms a regulation defines for itself (第2条: 「(1) 端末機　コンピュータ、周辺機器及びソフトウェアを総称したものを
 * いう。」「『IT資産』とは、…をいう。」) mean their definition wherever they are used: a later article on 「端末機一覧表」
 * is then also about software. Read from the author's text (the normalised one drops the space after the term).
 */
export interface DefinedTerm {
  term: string;
  definition: string;
}

const cache = new WeakMap<PolicyDocument['clauses'], DefinedTerm[]>();

// 「(1) 端末機　…をいう。」「一　端末 …をいう」「「端末機」とは、…をいう。」 (NFKC, lower case, spaces kept).
const LISTED = /^(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）.．]?\s*)?[「『"]?([^\s「」『』"、。(),]{2,15})[」』"]?\s+(.{4,200}?)(?:をいう|を指す|を総称したものをいう)(?:。|$)/;
const TOWA = /^(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）.．]?\s*)?[「『"]?([^\s「」『』"、。(),]{2,15})[」』"]?とは、(.{4,200}?)(?:をいう|を指す)(?:。|$)/;

export function definedTerms(doc: PolicyDocument): DefinedTerm[] {
  const known = cache.get(doc.clauses);
  if (known) return known;
  const out: DefinedTerm[] = [];
  for (const c of doc.clauses) {
    const raw = doc.text.slice(c.start, c.end).normalize('NFKC').toLowerCase().replace(/^[-*+>|\s]+/, '').replace(/\s+/g, ' ').trim();
    const m = TOWA.exec(raw) ?? LISTED.exec(raw);
    if (m && !out.some((d) => d.term === m[1])) out.push({ term: m[1], definition: m[2].replace(/\s+/g, '') });
  }
  cache.set(doc.clauses, out);
  return out;
}

/**
 * The clause's text with the definitions of the terms it uses appended (「…端末機一覧表… (端末機: コンピュータ、周辺機器
 * 及びソフトウェア…)」), or undefined when it uses none. The definition clause itself is not expanded.
 */
const expanded = new WeakMap<DefinedTerm[], Map<string, string | null>>();

export function withDefinitions(clause: Clause, doc: PolicyDocument): string | undefined {
  const terms = definedTerms(doc);
  if (!terms.length) return undefined;
  // Asked once per clause text, whatever the number of requirements.
  let memo = expanded.get(terms);
  if (!memo) {
    memo = new Map();
    expanded.set(terms, memo);
  }
  const text = clause.norm.text;
  let out = memo.get(text);
  if (out === undefined) {
    const used = terms.filter((d) => text.includes(d.term) && !text.includes(d.definition.slice(0, 8)));
    out = used.length ? `${text} (${used.map((d) => `${d.term}: ${d.definition}`).join(' / ')})` : null;
    memo.set(text, out);
  }
  return out ?? undefined;
}
