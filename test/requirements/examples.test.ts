// The per-requirement tests, generated from the `examples:` of each catalog/requirements/<id>.yaml (like
// remark-lint's @example): every example goes through the real checker and must get the status of its kind. A
// requirement of a later edition is checked against the latest edition, where it applies. A requirement file
// without enough examples of a kind it needs fails here, so a new requirement comes with its examples.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
  analyzeText,
  getCatalog,
  type RequirementExample,
  type RequirementExamples,
  type RequirementSource,
} from '../../server/src/core';
import { filledTemplate, label, policy } from './helpers';

const root = join(__dirname, '../..');
const LATEST = getCatalog().data.editions.at(-1)!.id;
const DEFAULT = getCatalog().data.defaultEdition;
const KINDS = ['covered', 'outdated', 'decoys', 'ignored'] as const;
type Kind = (typeof KINDS)[number];
const STATUS: Record<Kind, string> = {
  covered: 'covered',
  outdated: 'outdated',
  decoys: 'missing',
  ignored: 'missing',
};
// Lower bounds: enough phrasings that a rule is not tuned to one sentence.
const AT_LEAST = (r: RequirementSource): Record<Kind, number> => ({
  covered: r.edition === DEFAULT ? 6 : 5,
  outdated: 0,
  decoys: 4,
  ignored: 3,
});
// English examples are also read under an English title (issue 11's phenomena in English policies).
const EN_TITLE = '# Information Security Standards';
const isEnglish = (text: string) => !/[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(text);

const sources: RequirementSource[] = readdirSync(join(root, 'catalog/requirements'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => YAML.parse(readFileSync(join(root, 'catalog/requirements', f), 'utf8')) as RequirementSource);
const order = getCatalog().data.requirements.map((r) => r.id);
sources.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));

const asExample = (e: string | RequirementExample): RequirementExample => (typeof e === 'string' ? { text: e } : e);
const examplesOf = (r: RequirementSource, kind: Kind) => (r.examples?.[kind] ?? []).map(asExample);

/** Checks one example clause against the requirement's edition (the default one for FY2018 requirements). */
function run(r: RequirementSource, e: RequirementExample, title?: string) {
  const { doc, clauseStart } = policy(e.text, e.heading);
  const text = title ? doc.replace(/^[^\n]*/, title) : doc;
  const start = clauseStart + text.length - doc.length;
  const analysis = analyzeText(text, r.edition === DEFAULT ? undefined : { edition: LATEST });
  const result = analysis.requirements.find((x) => x.id === r.id);
  if (!result) throw new Error(`no requirement ${r.id} in the checked edition`);
  return {
    result,
    analysis,
    findings: analysis.findings.filter((f) => f.code === r.id),
    clauseStart: start,
    clauseEnd: start + e.text.length,
  };
}

const requirement = (id: string) => getCatalog(LATEST).byId.get(id) ?? getCatalog().byId.get(id)!;

/** The reasons the catalog gives for the requirement's outdated forms: one example each at least. */
function outdatedReasons(id: string): string[] {
  const r = requirement(id);
  // A required condition with its own reason (`conditions[].unmetReason`) is an outdated form of its own.
  const unmet = (r.conditions ?? []).flatMap((c) => (c.required && c.unmetReason ? [c.unmetReason.ja] : []));
  return [...new Set([...r.detect.outdated.map((o) => o.reason.ja), ...(r.weak ? [r.weak.reason.ja] : []), ...unmet])];
}

// What the reading of a clause says of a duty worded as a wish (server/src/core/reading/read.ts).
const READ_AS_WISH = '義務ではなく努力・希望・許可の表現';

/** What an outdated finding may say: a catalog reason, the pre-revision subset, or the reading of a wish. */
function acceptedReasons(id: string): string[] {
  const r = requirement(id);
  // Without outdated rules, the only outdated form is the weak wording: its reason, exactly.
  if (r.detect.outdated.length === 0) return outdatedReasons(id);
  return [...outdatedReasons(id), ...(r.reading?.subsetReason ? [r.reading.subsetReason.ja] : []), READ_AS_WISH];
}

type Checked = ReturnType<typeof run>;

const expectations: Record<Kind, (r: RequirementSource, e: RequirementExample, c: Checked) => void> = {
  covered(_r, _e, c) {
    expect(c.result.status).toBe('covered');
    expect(c.findings).toEqual([]);
    expect(c.result.reason?.ja).toContain('義務として定めています');
  },
  outdated(r, e, c) {
    expect(c.result.status).toBe('outdated');
    const outdated = c.findings.filter((f) => f.kind === 'outdated');
    expect(outdated.length).toBeGreaterThan(0);
    const reasons = acceptedReasons(r.id);
    for (const f of outdated) {
      // The finding sits on the old clause itself, not on a heading or the title, and says why.
      expect(f.start).toBeGreaterThanOrEqual(c.clauseStart);
      expect(f.end).toBeLessThanOrEqual(c.clauseEnd);
      expect(
        reasons.some((reason) => f.messages.ja.includes(reason)),
        f.messages.ja,
      ).toBe(true);
    }
    if (e.reason)
      expect(outdated.some((f) => f.messages.ja.includes(e.reason!) || f.messages.en.includes(e.reason!))).toBe(true);
  },
  decoys(_r, e, c) {
    expect(c.result.status).toBe('missing');
    expect(c.findings.map((f) => f.kind)).toEqual(['missing']);
    if (e.related) expect(c.result.related?.map((n) => n.kind)).toContain(e.related);
  },
  ignored(_r, _e, c) {
    expect(c.result.status).toBe('missing');
  },
};

for (const r of sources) {
  describe(`${r.id}: examples`, () => {
    it('has examples of every kind it needs', () => {
      expect(Object.keys(r.examples ?? {}).sort()).toEqual([...KINDS].sort());
      for (const kind of KINDS) expect(examplesOf(r, kind).length, kind).toBeGreaterThanOrEqual(AT_LEAST(r)[kind]);
    });

    // A requirement without old-style signals in requirements.md §5 has none in the catalog either; when one is
    // added, its examples belong in the file.
    it('has an outdated example for every outdated reason in the catalog', () => {
      const reasons = outdatedReasons(r.id);
      const seen = examplesOf(r, 'outdated').flatMap((e) =>
        run(r, e)
          .findings.filter((f) => f.kind === 'outdated')
          .map((f) => f.messages.ja),
      );
      for (const reason of reasons)
        expect(
          seen.some((m) => m.includes(reason)),
          reason,
        ).toBe(true);
      if (reasons.length === 0) expect(examplesOf(r, 'outdated')).toEqual([]);
    });

    for (const kind of KINDS) {
      const list = examplesOf(r, kind);
      if (list.length === 0) continue;
      describe(kind, () => {
        it.each(list.map((e) => [label(e), e] as const))('%s', (_name, e) => {
          const c = run(r, e);
          expectations[kind](r, e, c);
          // Every status has a reason in both languages.
          if (kind !== 'ignored') {
            expect(c.result.reason?.ja.length).toBeGreaterThan(0);
            expect(c.result.reason?.en.length).toBeGreaterThan(0);
          }
          if (isEnglish(e.text) && !e.heading) {
            const en = run(r, e, EN_TITLE);
            expect(en.result.status).toBe(STATUS[kind]);
            expect(en.result.reason?.en).toBeTruthy();
          }
        });
      });
    }

    it.each(['ja', 'en'] as const)('the filled-in %s template covers it and nothing is outdated', (lang) => {
      const text = filledTemplate(r.id, lang, r.edition === DEFAULT ? undefined : LATEST);
      expect(text).not.toMatch(/\$\{?\d/);
      const c = run(r, { text });
      expect(c.result.status).toBe('covered');
      expect(c.analysis.requirements.filter((x) => x.status === 'outdated').map((x) => x.id)).toEqual([]);
      expect(c.analysis.findings.filter((f) => f.kind === 'outdated' || f.kind === 'outdated-edition')).toEqual([]);
    });
  });
}

describe('examples', () => {
  it('are in every requirement file, of the four kinds only', () => {
    expect(sources.map((r) => r.id).sort()).toEqual([...order].sort());
    for (const r of sources) {
      for (const [kind, list] of Object.entries(r.examples ?? {})) {
        expect(KINDS, `${r.id}: ${kind}`).toContain(kind);
        for (const e of list as RequirementExamples[Kind])
          expect(asExample(e).text.trim().length, r.id).toBeGreaterThan(0);
      }
    }
  });

  it('are what the docs page shows: a covered one and a decoy (the same text as the tests)', () => {
    for (const r of sources) {
      const page = readFileSync(join(root, `docs/requirements/${r.id}.md`), 'utf8');
      for (const kind of ['covered', 'decoys'] as const)
        expect(
          examplesOf(r, kind).some((e) => page.includes(e.text)),
          `${r.id} ${kind}`,
        ).toBe(true);
    }
  });

  it('stay out of the bundled catalog', () => {
    for (const r of getCatalog().data.requirements) expect(r).not.toHaveProperty('examples');
  });
});
