// What inserting every missing clause makes of a policy: the text `kijun revise FILE --fixed` compares with.
// The same planner as `kijun fix` and the quick fixes (core/edits/fixes.ts).
import { getCatalog, type Catalog } from '../catalog';
import { analyzeText } from '../checker/check';
import type { CheckOptions } from '../checker/types';
import { applyInsertions, planFixes } from '../edits';

/** The language a policy is written in: Japanese when a fair share of its letters are Japanese. */
export function textLanguage(text: string): 'ja' | 'en' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const japanese = (sample.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  return japanese * 3 >= latin ? 'ja' : 'en';
}

/**
 * The policy as `kijun fix --write` makes it (core/edits/fixes.ts, the one planner of the quick fixes and the CLI):
 * a clause inserted for every requirement reported missing, the revised clause beside each outdated one; the
 * user's text kept as it is. `inserted`: the requirements the inserted clauses answer.
 */
export function withMissingClauses(
  text: string,
  options: CheckOptions = {},
  catalog: Catalog = getCatalog(),
): { text: string; inserted: string[] } {
  const analysis = analyzeText(text, { force: true, ...options }, catalog);
  const planned = planFixes(analysis);
  if (!planned.edits.length) return { text, inserted: [] };
  return { text: applyInsertions(text, planned.edits), inserted: [...new Set(planned.fixes.map((f) => f.id))] };
}
