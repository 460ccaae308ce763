// Harness for the requirements of later editions: like test/requirements/helpers.ts (whose cases, policy wrapper
// and labels it shares), but the policy is checked against a chosen edition (the default h30 does not have these
// requirements).
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog, type Finding, type PolicyAnalysis, type Status } from '../../server/src/core';
import { asCase, filledTemplate as filledIn, label, policy, type CaseInput } from '../requirements/helpers';

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

export function filledTemplate(id: string, lang: 'ja' | 'en', edition = LATEST): string {
  return filledIn(id, lang, edition);
}

export interface EditionCases {
  /** The edition the requirement appeared in (it is absent from the one before). */
  since: string;
  /** Covering phrasings: Japanese, English, full-width, wrapped, table (at least 4). */
  cover: CaseInput[];
  /** Phrasings that leave it missing (at least 3). */
  decoys: CaseInput[];
  /** A mandatory requirement written as a wish or permission: outdated, the finding on the clause. */
  weak?: CaseInput[];
}

/** The table-driven suite for a requirement of a later edition. */
export function editionSuite(id: string, cases: EditionCases): void {
  const editions = getCatalog().data.editions.map((e) => e.id);
  const sinceIndex = editions.indexOf(cases.since);

  describe(`${id}: editions`, () => {
    it(`appears in ${cases.since} and every later edition, and in no earlier one`, () => {
      expect(sinceIndex).toBeGreaterThan(0);
      editions.forEach((e, i) => expect(getCatalog(e).byId.has(id), e).toBe(i >= sinceIndex));
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

  describe(`${id}: covering phrasings`, () => {
    it('has enough cases', () => expect(cases.cover.length).toBeGreaterThanOrEqual(4));
    it.each(cases.cover.map((c) => [label(c), c] as const))('%s', (_name, c) => {
      const r = checkIn(LATEST, id, c);
      expect(r.status).toBe('covered');
      expect(r.findings).toEqual([]);
    });
  });

  describe(`${id}: decoys`, () => {
    it('has enough cases', () => expect(cases.decoys.length).toBeGreaterThanOrEqual(3));
    it.each(cases.decoys.map((c) => [label(c), c] as const))('%s', (_name, c) => {
      const r = checkIn(LATEST, id, c);
      expect(r.status).toBe('missing');
      expect(r.findings.map((f) => f.kind)).toEqual(['missing']);
    });
  });

  const requirement = getCatalog(LATEST).byId.get(id)!;
  describe(`${id}: weak wording`, () => {
    if (requirement.level === 'mandatory') {
      it('has a case for the weak wording of a mandatory requirement', () => {
        expect(requirement.weak).toBeDefined();
        expect(cases.weak?.length ?? 0).toBeGreaterThan(0);
      });
    } else {
      it('has none: a recommended requirement may be written as a wish', () => {
        expect(requirement.weak).toBeUndefined();
        expect(cases.weak ?? []).toEqual([]);
      });
    }
    if (!cases.weak?.length) return;
    it.each(cases.weak.map((c) => [label(c), c] as const))('%s', (_name, c) => {
      const r = checkIn(LATEST, id, c);
      expect(r.status).toBe('outdated');
      const outdated = r.findings.filter((f) => f.kind === 'outdated');
      expect(outdated.length).toBeGreaterThan(0);
      for (const f of outdated) {
        expect(f.start).toBeGreaterThanOrEqual(r.clauseStart);
        expect(f.end).toBeLessThanOrEqual(r.clauseEnd);
        expect(f.messages.ja).toContain(requirement.weak!.reason.ja);
      }
    });
  });

  describe(`${id}: template`, () => {
    it.each(['ja', 'en'] as const)('the filled-in %s template covers it, and nothing is outdated', (lang) => {
      const text = filledTemplate(id, lang);
      expect(text).not.toMatch(/\$\{?\d/);
      const r = checkIn(LATEST, id, text);
      expect(r.status).toBe('covered');
      expect(r.analysis.requirements.filter((x) => x.status === 'outdated').map((x) => x.id)).toEqual([]);
      expect(r.analysis.findings.filter((f) => f.kind === 'outdated' || f.kind === 'outdated-edition')).toEqual([]);
    });
  });
}
