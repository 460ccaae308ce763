// What inserting every missing clause makes of a policy: the text `kijun revise FILE --fixed` compares with.
// The same planner as the editor's "insert all missing clauses" source action (core/edits).
import { getCatalog, type Catalog } from '../catalog';
import { analyzeText } from '../checker/check';
import { pick } from '../checker/messages';
import type { CheckOptions } from '../checker/types';
import { applyInsertions, planMissingClauses } from '../edits';

/** The language a policy is written in: Japanese when a fair share of its letters are Japanese. */
export function textLanguage(text: string): 'ja' | 'en' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const japanese = (sample.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  return japanese * 3 >= latin ? 'ja' : 'en';
}

/** The policy with a clause inserted for every requirement reported missing; the user's text kept as it is. */
export function withMissingClauses(text: string, options: CheckOptions = {}, catalog: Catalog = getCatalog()): { text: string; inserted: string[] } {
  const analysis = analyzeText(text, { force: true, ...options }, catalog);
  const lang = textLanguage(text);
  const wanted = analysis.requirements
    .filter((x) => x.status === 'missing' && analysis.findings.some((f) => f.code === x.id && f.kind === 'missing'))
    .map((x) => analysis.catalog.byId.get(x.id)!)
    .map((r) => ({ id: r.id, home: analysis.homes.get(r.id) ?? -1, item: { title: pick(r.title, lang), template: pick(r.template, lang) } }));
  if (!wanted.length) return { text, inserted: [] };
  return { text: applyInsertions(text, planMissingClauses(analysis.document, wanted)), inserted: wanted.map((w) => w.id) };
}
