// Harness for the requirements of later editions: like test/requirements/helpers.ts (whose cases, policy wrapper
// and labels it shares), but the policy is checked against a chosen edition (the default h30 does not have these
// requirements).
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog, type Finding, type PolicyAnalysis, type Status } from '../../server/src/core';
import { asCase, policy, type CaseInput } from '../requirements/helpers';

export { TITLE, policy, type Case, type CaseInput } from '../requirements/helpers';
/** The latest edition: every requirement applies. */
export const LATEST = 'r5-2024';

export interface Checked {
  status: Status | undefined;
  findings: Finding[];
  analysis: PolicyAnalysis;
  clauseStart: number;
  clauseEnd: number;
}

/** Checks one clause against `edition` and tells what happened to requirement `id` (undefined: not in the edition). */
export function checkIn(edition: string, id: string, input: CaseInput): Checked {
  const c = asCase(input);
  const { doc, clauseStart } = policy(c.text, c.heading);
  const analysis = analyzeText(doc, { edition });
  return {
    status: analysis.requirements.find((r) => r.id === id)?.status,
    findings: analysis.findings.filter((f) => f.code === id),
    analysis,
    clauseStart,
    clauseEnd: clauseStart + c.text.length,
  };
}

export interface EditionCases {
  /** The edition the requirement appeared in (it is absent from the one before). */
  since: string;
}

/** Where a requirement of a later edition applies; its phrasings are its catalog `examples:` (test/requirements/examples.test.ts). */
export function editionSuite(id: string, cases: EditionCases): void {
  const editions = getCatalog().data.editions.map((e) => e.id);
  const sinceIndex = editions.indexOf(cases.since);

  describe(`${id}: editions`, () => {
    it(`appears in ${cases.since} and every later edition, and in no earlier one`, () => {
      expect(sinceIndex).toBeGreaterThan(0);
      for (const [i, e] of editions.entries()) expect(getCatalog(e).byId.has(id), e).toBe(i >= sinceIndex);
      expect(getCatalog(cases.since).byId.get(id)!.edition).toBe(cases.since);
    });
    it('is not reported against an earlier edition, even when the policy says nothing of it', () => {
      const before = editions[sinceIndex - 1];
      const r = checkIn(before, id, '本基準は、職員等が遵守すべき事項を定める。');
      expect(r.status).toBeUndefined();
      expect(r.findings).toEqual([]);
    });
    it('is missing against its own edition when the policy says nothing of it', () => {
      const r = checkIn(cases.since, id, '本基準は、職員等が遵守すべき事項を定める。');
      expect(r.status).toBe('missing');
      expect(r.findings.map((f) => f.kind)).toEqual(['missing']);
      // The message names the edition the requirement appeared in.
      const title = getCatalog().data.editions.find((e) => e.id === cases.since)!.title.ja;
      expect(r.findings[0].messages.ja).toContain(title);
    });
  });

  const requirement = getCatalog(LATEST).byId.get(id)!;
  describe(`${id}: weak wording`, () => {
    if (requirement.level === 'mandatory') {
      // Its outdated examples show the weak wording (examples.test.ts asks one for every reason).
      it('has a reason for the weak wording of a mandatory requirement', () => {
        expect(requirement.weak).toBeDefined();
      });
    } else {
      it('has none: a recommended requirement may be written as a wish', () => {
        expect(requirement.weak).toBeUndefined();
      });
    }
  });
}
