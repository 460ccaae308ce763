import { templateFor } from '../checker/organization';
import type { PolicyAnalysis } from '../checker/check';
import { pick } from '../checker/messages';
import type { Requirement } from '../catalog/types';
import { planMissingClause, planMissingClauses, planRevisedClause } from './clauses';
import { planReplaceClause } from './replace';
import { slotForSection } from './slot';
import { followsStandardNumbering } from './standard';
import type { ClauseToInsert, EditOptions, InsertEdit } from './types';

// What the quick fixes and `kijun fix` insert for an analyzed policy: one implementation for both.

type Lang = 'ja' | 'en';

/** The language a policy is written in: Japanese when a fair share of its letters are Japanese. */
export function documentLanguage(text: string): Lang {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const japanese = (sample.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  return japanese * 3 >= latin ? 'ja' : 'en';
}

/** The clause for a requirement, in the language the policy is written in (inserted text is policy text). */
export function clauseFor(analysis: PolicyAnalysis, r: Requirement): ClauseToInsert {
  const lang = documentLanguage(analysis.document.text);
  // Worded for the organisation (ac.jp for universities, 機関等 / 国立大学法人等) when the policy says which it is.
  return {
    title: pick(r.title, lang),
    template: templateFor(r, lang, analysis.organization?.organization),
    section: r.reference.section,
  };
}

/** Whether the analyzed policy numbers its sections after the standard (where its requirements' homes are). */
export function followsStandard(analysis: PolicyAnalysis): boolean {
  const homes = analysis.catalog.requirements.map((r) => ({
    home: analysis.homes.get(r.id) ?? -1,
    section: r.reference.section,
  }));
  return followsStandardNumbering(analysis.document, homes);
}

/** The edit options for an analyzed policy. */
export function editOptionsFor(analysis: PolicyAnalysis, snippet: boolean): EditOptions {
  return { snippet, followsStandard: followsStandard(analysis) };
}

/** The quick fix for one missing requirement. */
export function planMissingFor(analysis: PolicyAnalysis, r: Requirement, snippet: boolean): InsertEdit {
  return planMissingClause(
    analysis.document,
    analysis.homes.get(r.id) ?? -1,
    clauseFor(analysis, r),
    editOptionsFor(analysis, snippet),
  );
}

export interface FixOptions {
  /** Only these requirement ids (default: every one with a finding). */
  only?: string[];
  /** Replace outdated clauses by the revised clause instead of adding it after them (rewrites the user's text). */
  replaceOutdated?: boolean;
}

export interface PlannedFixes {
  edits: InsertEdit[];
  /** What each fix does, for a summary: the requirement, inserted / replaced, and whether a heading was left unnumbered. */
  fixes: Array<{ id: string; action: 'insert' | 'insert-revised' | 'replace'; unnumbered?: boolean }>;
}

/**
 * Every fix of an analyzed policy as plain-text edits in offsets of its text: the missing clauses (all at once,
 * numbered one after another where they share a place) and, for each requirement with outdated clauses, the revised
 * clause after the first of them — or in its place with `replaceOutdated` (a clause outdated for several
 * requirements is replaced once). The other outdated clauses stay as written and reported: deleting is the user's.
 */
export function planFixes(analysis: PolicyAnalysis, options: FixOptions = {}): PlannedFixes {
  const only = options.only ? new Set(options.only) : undefined;
  const wants = (id: string) => !only || only.has(id);
  const fixes: PlannedFixes['fixes'] = [];
  const wanted: Array<{ home: number; item: ClauseToInsert; id: string }> = [];
  for (const x of analysis.requirements) {
    if (x.status !== 'missing' || !wants(x.id)) continue;
    if (!analysis.findings.some((f) => f.code === x.id && f.kind === 'missing')) continue;
    const r = analysis.catalog.byId.get(x.id)!;
    wanted.push({ home: analysis.homes.get(r.id) ?? -1, item: clauseFor(analysis, r), id: r.id });
  }
  const opts = editOptionsFor(analysis, false);
  const edits = planMissingClauses(analysis.document, wanted, opts);
  for (const w of wanted) {
    const unnumbered = slotForSection(analysis.document, w.home, {
      section: w.item.section,
      follows: !!opts.followsStandard,
    }).unnumbered;
    fixes.push({ id: w.id, action: 'insert', ...(unnumbered ? { unnumbered } : {}) });
  }
  const replaced = new Set<number>();
  const revised = new Set<string>();
  for (const f of analysis.findings) {
    if (f.kind !== 'outdated' || f.data.clause === undefined || !wants(f.code)) continue;
    // One revised clause per requirement, at its first outdated clause; the others stay reported for the user.
    if (revised.has(f.code)) continue;
    revised.add(f.code);
    const r = analysis.catalog.byId.get(f.code);
    if (!r) continue;
    const item = clauseFor(analysis, r);
    const replace =
      options.replaceOutdated && !replaced.has(f.data.clause)
        ? planReplaceClause(analysis.document, f.data.clause, item)
        : undefined;
    if (replace) {
      replaced.add(f.data.clause);
      edits.push(replace);
      fixes.push({ id: f.code, action: 'replace' });
    } else {
      edits.push(planRevisedClause(analysis.document, f.data.clause, item, opts));
      fixes.push({ id: f.code, action: 'insert-revised' });
    }
  }
  return { edits, fixes };
}
