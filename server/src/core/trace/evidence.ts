import type { PolicyAnalysis } from '../checker/check';
import type { Range } from '../text/lineIndex';
import { documentCitations } from './citations';

/**
 * How a clause came to count for a requirement:
 * - `marker`: the author annotated it `<!-- kijun: <id> -->`;
 * - `citation`: it cites the standard's section for the requirement (「（統一基準 7.2.1(1) 対応）」);
 * - `text`: its wording matches the requirement's detection rules.
 */
export type EvidenceKind = 'text' | 'marker' | 'citation';

/** One requirement ↔ clause link in one file. */
export interface ClauseEvidence {
  id: string;
  clause: number;
  how: EvidenceKind;
  range: Range;
  /** The clause as written, on one line, shortened to about `EXCERPT_LENGTH` characters. */
  excerpt: string;
  /** The citation as written, for `how: 'citation'` (e.g. 「統一基準 7.2.1(1)」). */
  citation?: string;
}

export const EXCERPT_LENGTH = 140;

/** A clause's text as the reader knows it: one line, list and table markup dropped, shortened with "…". */
export function excerptOf(text: string, start: number, end: number, max = EXCERPT_LENGTH): string {
  const raw = text.slice(start, end);
  const one = raw
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+(?:\[[ xX]\]\s+)?)?/, '').trim())
    .join(' ')
    // White space first, to one space: then no pattern below scans a run of it from every position (`\s*\|` on
    // a long run of U+3000 was quadratic).
    .replace(/\s+/g, ' ')
    .replace(/^ ?\| ?| ?\| ?$/g, '')
    .replace(/ ?\| ?/g, ' | ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...one];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : one;
}

/** How a covering clause counts for a requirement: an explicit marker first, then a citation, else its wording. */
export function evidenceKind(analysis: PolicyAnalysis, clause: number, id: string): EvidenceKind {
  const c = analysis.document.clauses[clause];
  if (c?.markers?.has(id)) return 'marker';
  const cited = documentCitations(analysis.document, analysis.catalog).get(clause);
  if (cited?.ids.has(id)) {
    // Both the wording and the citation may hold; the citation is the explicit, auditable link.
    return 'citation';
  }
  return 'text';
}

/** Every requirement ↔ clause link of a file's covering evidence, in document order per requirement. */
export function fileEvidence(analysis: PolicyAnalysis): ClauseEvidence[] {
  const out: ClauseEvidence[] = [];
  const { document: doc, lines } = analysis;
  for (const r of analysis.requirements) {
    for (const i of r.covering) {
      const clause = doc.clauses[i];
      const how = evidenceKind(analysis, i, r.id);
      const citation = how === 'citation' ? citationText(analysis, i) : undefined;
      out.push({
        id: r.id,
        clause: i,
        how,
        range: lines.rangeOf(clause.start, clause.end),
        excerpt: excerptOf(doc.text, clause.start, clause.end),
        ...(citation ? { citation } : {}),
      });
    }
  }
  return out;
}

function citationText(analysis: PolicyAnalysis, clause: number): string | undefined {
  const c = documentCitations(analysis.document, analysis.catalog).get(clause);
  const first = c?.citations[0];
  return first ? analysis.document.text.slice(first.start, first.end).replace(/\s+/g, ' ').trim() : undefined;
}
