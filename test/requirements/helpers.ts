// Shared harness for the per-requirement tests: wraps a clause into a minimal policy, runs the real core on it
// and tells what happened to one requirement. The phrasings themselves are the `examples:` of each
// catalog/requirements/<id>.yaml, run by examples.test.ts.
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

/** The status of a requirement for a whole policy body (several clauses, sections) under the title. */
export function statusOf(id: string, body: string): Status {
  const a = analyzeText(`${TITLE}\n\n${body}`);
  return a.requirements.find((r) => r.id === id)!.status;
}
