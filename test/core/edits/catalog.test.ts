// Every catalog template, inserted where the planner puts it, must settle its finding and raise no other — in
// every policy we have (our fixtures, the example, the labelled corpus), whatever requirements the catalog holds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, type Finding, type PolicyAnalysis } from '../../../server/src/core';
import {
  applyInsertions,
  planMissingClause,
  planMissingClauses,
  planRevisedClause,
} from '../../../server/src/core/edits';
import { root } from '../../lsp/session';

const dirs = ['test/lsp/fixtures', 'examples', 'test/fixtures/corpus'].map((d) => join(root, d)).filter(existsSync);
const policies = dirs
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(d, f)),
  )
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  .map((p) => ({ ...p, lang: (/[ぁ-んァ-ン]/.test(p.text) ? 'ja' : 'en') as 'ja' | 'en' }))
  .map((p) => ({ ...p, analysis: analyzeText(p.text, { language: p.lang }) }))
  .filter((p) => p.analysis.isPolicy);

const key = (f: Finding) => `${f.code} ${f.kind} ${f.message}`;
const itemFor = (a: PolicyAnalysis, id: string, lang: 'ja' | 'en') => {
  const r = a.catalog.byId.get(id)!;
  return { title: r.title[lang], template: r.template[lang] };
};
/** Findings of `after` that `before` did not have. */
const added = (before: PolicyAnalysis, after: PolicyAnalysis) =>
  after.findings.map(key).filter((k) => !before.findings.map(key).includes(k));
const name = (path: string) => path.slice(root.length + 1);

describe('catalog templates inserted by the planner', () => {
  it('has policies to try them on', () => {
    expect(policies.length).toBeGreaterThanOrEqual(2);
  });

  for (const { path, text, lang, analysis } of policies) {
    it(`settle each missing finding of ${name(path)} and add none`, () => {
      for (const f of analysis.findings.filter((x) => x.kind === 'missing')) {
        const edit = planMissingClause(
          analysis.document,
          analysis.homes.get(f.code) ?? -1,
          itemFor(analysis, f.code, lang),
          { snippet: false },
        );
        const after = analyzeText(applyInsertions(text, [edit]), { language: lang });
        expect({ id: f.code, status: after.requirements.find((r) => r.id === f.code)?.status }).toEqual({
          id: f.code,
          status: 'covered',
        });
        expect({ id: f.code, added: added(analysis, after) }).toEqual({ id: f.code, added: [] });
      }
    });

    it(`add a revised clause after each outdated one of ${name(path)}, keeping the text, adding no finding`, () => {
      for (const f of analysis.findings.filter((x) => x.kind === 'outdated')) {
        const edit = planRevisedClause(analysis.document, f.data.clause!, itemFor(analysis, f.code, lang), {
          snippet: false,
        });
        const out = applyInsertions(text, [edit]);
        expect(out.slice(0, edit.offset) + out.slice(edit.offset + edit.text.length)).toBe(text);
        expect({ id: f.code, added: added(analysis, analyzeText(out, { language: lang })) }).toEqual({
          id: f.code,
          added: [],
        });
      }
    });

    it(`insert all missing clauses of ${name(path)} at once`, () => {
      const missing = analysis.requirements.filter((r) => r.status === 'missing').map((r) => r.id);
      const edits = planMissingClauses(
        analysis.document,
        missing.map((id) => ({ home: analysis.homes.get(id) ?? -1, item: itemFor(analysis, id, lang) })),
      );
      const after = analyzeText(applyInsertions(text, edits), { language: lang });
      expect(after.requirements.filter((r) => r.status === 'missing').map((r) => r.id)).toEqual([]);
      expect(added(analysis, after)).toEqual([]);
    });
  }
});
