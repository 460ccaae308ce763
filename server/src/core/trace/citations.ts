import type { Catalog, Requirement } from '../catalog';
import type { Clause, PolicyDocument } from '../model/types';
import { ClauseFacts } from '../model/carried';
import { memoOf } from '../text/memo';
import { originalSpan, type NormalizedText } from '../text/normalize';

/**
 * Citations of the standard's sections as traceability evidence: a clause written with
 * 「（統一基準 6.1.2 対応）」, 「(統一基準7.2.1(1)対応)」 or "[Common Standards 7.2.2]" says, in the author's own
 * words, which 遵守事項 it implements. Such a clause counts as explicit evidence for the requirement(s) whose
 * catalog `reference.section` is that section — compared at the 項 level (7.2.1), so 7.2.1 cites 7.2.1(1) and
 * 7.2.1(1) cites 7.2.1, while 7.2.1(2) does not cite 7.2.1(1) and a 節 (7.2) cites nothing.
 *
 * Everything here works on normalized text (NFKC, lower case, no spaces next to Japanese), so full-width digits
 * and brackets 「（統一基準　７．２．１（１）対応）」 read the same as ASCII.
 */

/** A section number split into its decimal parts (部.節.項) and its item parts ((1), (a), (ア)). */
export interface SectionNumber {
  parts: number[];
  items: string[];
}

/** "7.2.1(1)" → { parts: [7, 2, 1], items: ['1'] }; guideline suffixes ("-1") and 項/節 are dropped. */
export function parseSectionNumber(s: string): SectionNumber | undefined {
  const m = /^\s*(\d+(?:\.\d+)*)((?:\s*\(\s*[^()\s]{1,3}\s*\))*)/.exec(s.normalize('NFKC'));
  if (!m) return undefined;
  const parts = m[1].split('.').map(Number);
  const items = [...m[2].matchAll(/\(\s*([^()\s]{1,3})\s*\)/g)].map((x) => x[1].toLowerCase());
  return { parts, items };
}

/** The alternatives of a catalog reference: "6.1.2 / 3.1.1" → two sections. */
export function referenceSections(section: string): SectionNumber[] {
  return section
    .split(/[/／,、;]/)
    .map((s) => parseSectionNumber(s))
    .filter((s): s is SectionNumber => !!s);
}

/** Whether a cited section and a reference section name the same 項, and, where both go deeper, the same item. */
export function sectionsMatch(cited: SectionNumber, reference: SectionNumber): boolean {
  // Below 項 level (a 部 or 節) a citation names too much of the standard to stand for one requirement.
  if (cited.parts.length < 3 || reference.parts.length < 3) return false;
  for (let i = 0; i < 3; i++) if (cited.parts[i] !== reference.parts[i]) return false;
  // 7.2.1.3 style (deeper decimal parts) is compared like items.
  const a = [...cited.parts.slice(3).map(String), ...cited.items];
  const b = [...reference.parts.slice(3).map(String), ...reference.items];
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One citation in a clause: the sections it names and where it is written (original offsets). */
export interface Citation {
  /** The sections as written, normalized: ["7.2.1(1)", "7.2.2"]. */
  sections: string[];
  start: number;
  end: number;
}

// The standard by name: 統一基準 / 統一基準群 (also inside the long title), or "Common Standard(s)".
const ANCHOR = '(?:統一基準群?|common standards?)';
// What may stand between the name and the number: an edition in brackets, 第, a colon, quotes, "section".
const GAP = String.raw`(?:\s?\((?:[^()]{0,20})\))?\s?(?:の|:|「|『|\[|\(|第|section|sec\.|§|\s)*`;
// 7.2.1, 7.2.1(1), 7.2.1(1)(a), 7.2.2(1)-1 (a guideline measure), with 項/節 after it.
const NUMBER = String.raw`\d{1,2}(?:\.\d{1,2}){1,3}(?:\s?\([0-9a-z\u30a0-\u30ff]{1,3}\))*(?:-\d{1,2})?(?:項|節)?`;
const LIST_SEP = String.raw`\s?(?:、|,|・|/|及び|並びに|and|&)\s?(?:第)?`;
const CITATION = new RegExp(`${ANCHOR}${GAP}(${NUMBER}(?:${LIST_SEP}${NUMBER})*)`, 'g');
const ONE_NUMBER = new RegExp(NUMBER, 'g');

/** Every citation of the standard in a normalized text. */
export function findCitations(norm: NormalizedText): Citation[] {
  const out: Citation[] = [];
  CITATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CITATION.exec(norm.text))) {
    const numbers = [...m[1].matchAll(ONE_NUMBER)].map((x) => x[0].replace(/\s/g, '').replace(/[項節]$/, ''));
    const { start, end } = originalSpan(norm, m.index, m.index + m[0].length);
    out.push({ sections: numbers, start, end });
  }
  return out;
}

/** Requirements whose reference a cited section matches. */
export function requirementsForSection(section: string, catalog: Catalog): Requirement[] {
  const cited = parseSectionNumber(section);
  if (!cited) return [];
  return catalog.requirements.filter((r) =>
    referenceSections(r.reference.section).some((ref) => sectionsMatch(cited, ref)),
  );
}

/** What the citations of one clause prove. */
export interface ClauseCitations {
  citations: Citation[];
  /** Requirement ids the clause counts as evidence for. */
  ids: Set<string>;
  /**
   * Sections cited that stand for several requirements (the catalog gives 2.3.1 for both issue-reporting and
   * improvement-instructions) where the clause's text is about none of them: not counted, listed so the author
   * can write `<!-- kijun: id -->` instead.
   */
  ambiguous: Array<{ section: string; candidates: string[] }>;
}

/**
 * The requirement-specific vocabulary of a requirement: the concepts its cover rules use that the requirement
 * defines itself (issue-reporting's 「課題」, improvement-instructions' 「改善」), else all its cover concepts.
 */
function topicConcepts(r: Requirement): string[] {
  const used = new Set(r.detect.cover.flatMap((rule) => [...(rule.all ?? []), ...(rule.any ?? [])]));
  const own = [...used].filter((c) => r.concepts && Object.hasOwn(r.concepts, c));
  return own.length ? own : [...used];
}

function mentionsTopic(clause: Clause, r: Requirement, catalog: Catalog): boolean {
  return topicConcepts(r).some((name) => {
    const p = catalog.concept(r.id, name).pattern;
    p.lastIndex = 0;
    const hit = p.test(clause.norm.text);
    p.lastIndex = 0;
    return hit;
  });
}

/** The citations of one clause and the requirements they are evidence for. */
export function clauseCitations(clause: Clause, catalog: Catalog): ClauseCitations | undefined {
  const citations = findCitations(clause.norm);
  if (!citations.length) return undefined;
  const ids = new Set<string>();
  const ambiguous: ClauseCitations['ambiguous'] = [];
  for (const c of citations) {
    for (const section of c.sections) {
      const candidates = requirementsForSection(section, catalog);
      if (candidates.length === 1) {
        ids.add(candidates[0].id);
        continue;
      }
      // One section, several requirements: the citation alone does not say which; the clause's words decide.
      const onTopic = candidates.filter((r) => mentionsTopic(clause, r, catalog));
      for (const r of onTopic) ids.add(r.id);
      if (candidates.length > 1 && !onTopic.length)
        ambiguous.push({ section, candidates: candidates.map((r) => r.id) });
    }
  }
  return { citations, ids, ambiguous };
}

const cache = new WeakMap<PolicyDocument, WeakMap<Catalog, Map<number, ClauseCitations>>>();

/** Citations per clause index, for the clauses that have any (cached per document and catalog). */
export function documentCitations(doc: PolicyDocument, catalog: Catalog): Map<number, ClauseCitations> {
  let byCatalog = cache.get(doc);
  if (!byCatalog) cache.set(doc, (byCatalog = new WeakMap()));
  let map = byCatalog.get(catalog);
  if (map) return map;
  map = new Map();
  const clauses = doc.clauses;
  // Only the clauses whose texts cite the standard: their citations' offsets are where the clause is now.
  for (const k of citing.of(doc).at) {
    const c = clauseCitations(clauses[k], catalog);
    if (c) map.set(clauses[k].index, c);
  }
  byCatalog.set(catalog, map);
  return map;
}

/**
 * The clauses whose texts cite the standard. A text without citations has none wherever it is (the incremental
 * analyzer keeps a clause's text object while the edits move it, text/memo.ts): it is not searched again.
 */
const citing = new ClauseFacts<true>((_doc, clause) => {
  const memo = memoOf(clause.norm);
  memo.cites ??= findCitations(clause.norm).length > 0;
  return memo.cites || undefined;
});
