// Shared harness for the per-requirement tests: wraps a clause into a minimal policy, runs the real core on it
// and tells what happened to one requirement. The tables in each <id>.test.ts list phrasings in the style of
// textlint-tester's valid/invalid cases.
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog, type Finding, type PolicyAnalysis, type Status } from '../../server/src/core';

export const TITLE = '# 情報セキュリティ対策基準';

/** A phrasing to check: the clause (Markdown, may span lines or be a table), optionally under a section heading. */
export interface Case {
  text: string;
  heading?: string;
  /** Why the case is in the table (shown in the test name). */
  note?: string;
}
export type CaseInput = string | Case;

export const asCase = (c: CaseInput): Case => (typeof c === 'string' ? { text: c } : c);

export interface Checked {
  status: Status;
  /** Findings for the requirement. */
  findings: Finding[];
  analysis: PolicyAnalysis;
  doc: string;
  /** Where the clause text sits in the document. */
  clauseStart: number;
  clauseEnd: number;
}

/** The minimal policy around a clause: a title, an optional section heading, the clause. */
export function policy(clause: string, heading?: string): { doc: string; clauseStart: number } {
  const head = `${TITLE}\n\n${heading ? `## ${heading}\n\n` : ''}`;
  return { doc: `${head}${clause}\n`, clauseStart: head.length };
}

export function check(id: string, input: CaseInput): Checked {
  const c = asCase(input);
  const { doc, clauseStart } = policy(c.text, c.heading);
  const analysis = analyzeText(doc);
  const result = analysis.requirements.find((r) => r.id === id);
  if (!result) throw new Error(`no requirement ${id} in the catalog`);
  return {
    status: result.status,
    findings: analysis.findings.filter((f) => f.code === id),
    analysis,
    doc,
    clauseStart,
    clauseEnd: clauseStart + c.text.length,
  };
}

/** A template with every placeholder replaced by its default text, as a user who accepts the snippet gets it. */
export function filledTemplate(id: string, lang: 'ja' | 'en', edition?: string): string {
  const r = getCatalog(edition).byId.get(id);
  if (!r) throw new Error(`no requirement ${id} in ${edition ?? 'the catalog'}`);
  return r.template[lang].replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
}

/** A case as a test name. */
export const label = (c: CaseInput): string => {
  const k = asCase(c);
  const text = k.text.replace(/\n/g, '⏎');
  return `${k.note ? `[${k.note}] ` : ''}${k.heading ? `(${k.heading}) ` : ''}${text.length > 70 ? `${text.slice(0, 70)}…` : text}`;
};

export interface RequirementCases {
  /** Phrasings that cover the requirement (at least 6). */
  cover: CaseInput[];
  /** Phrasings that must leave it missing: neither covered nor outdated (at least 4). */
  decoys: CaseInput[];
  /** Old-style clauses: the requirement is outdated, with the finding on that clause. */
  outdated: CaseInput[];
  /** Covering text where it is not policy text (code, comment, quote): stays missing. */
  ignored: CaseInput[];
}

/** The standard table-driven suite for one requirement. */
export function requirementSuite(id: string, cases: RequirementCases): void {
  describe(`${id}: covering phrasings`, () => {
    it('has enough cases', () => expect(cases.cover.length).toBeGreaterThanOrEqual(6));
    it.each(cases.cover.map((c) => [label(c), c] as const))('%s', (_name, c) => {
      const r = check(id, c);
      expect(r.status).toBe('covered');
      expect(r.findings).toEqual([]);
    });
  });

  describe(`${id}: decoys`, () => {
    it('has enough cases', () => expect(cases.decoys.length).toBeGreaterThanOrEqual(4));
    it.each(cases.decoys.map((c) => [label(c), c] as const))('%s', (_name, c) => {
      const r = check(id, c);
      expect(r.status).toBe('missing');
      expect(r.findings.map((f) => f.kind)).toEqual(['missing']);
    });
  });

  describe(`${id}: outdated signals`, () => {
    // A requirement without old-style signals in requirements.md §5 has none in the catalog either; when one
    // is added, its cases belong in the table.
    it('has a case for every outdated reason in the catalog', () => {
      const requirement = getCatalog().byId.get(id)!;
      const reasons = [...new Set([...requirement.detect.outdated.map((o) => o.reason.ja), ...(requirement.weak ? [requirement.weak.reason.ja] : [])])];
      const seen = cases.outdated.flatMap((c) => check(id, c).findings.filter((f) => f.kind === 'outdated').map((f) => f.messages.ja));
      for (const reason of reasons) expect(seen.some((m) => m.includes(reason)), reason).toBe(true);
      if (reasons.length === 0) expect(cases.outdated).toEqual([]);
    });
    if (cases.outdated.length === 0) return;
    it.each(cases.outdated.map((c) => [label(c), c] as const))('%s', (_name, c) => {
      const r = check(id, c);
      expect(r.status).toBe('outdated');
      const outdated = r.findings.filter((f) => f.kind === 'outdated');
      expect(outdated.length).toBeGreaterThan(0);
      for (const f of outdated) {
        // The finding sits on the old clause itself, not on a heading or the title.
        expect(f.start).toBeGreaterThanOrEqual(r.clauseStart);
        expect(f.end).toBeLessThanOrEqual(r.clauseEnd);
      }
    });
  });

  describe(`${id}: text that is not policy`, () => {
    it.each(cases.ignored.map((c) => [label(c), c] as const))('%s', (_name, c) => {
      expect(check(id, c).status).toBe('missing');
    });
  });

  describe(`${id}: template`, () => {
    it.each(['ja', 'en'] as const)('the filled-in %s template covers it and nothing is outdated', (lang) => {
      const text = filledTemplate(id, lang);
      expect(text).not.toMatch(/\$\{?\d/);
      const r = check(id, text);
      expect(r.status).toBe('covered');
      expect(r.analysis.requirements.filter((x) => x.status === 'outdated').map((x) => x.id)).toEqual([]);
      expect(r.analysis.findings.filter((f) => f.kind === 'outdated' || f.kind === 'outdated-edition')).toEqual([]);
    });
  });
}

/** The status of a requirement for a whole policy body (several clauses, sections) under the title. */
export function statusOf(id: string, body: string): Status {
  const a = analyzeText(`${TITLE}\n\n${body}`);
  return a.requirements.find((r) => r.id === id)!.status;
}
