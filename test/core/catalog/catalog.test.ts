// The catalog's shape: the fixed ids, the fields every requirement needs, and patterns that are safe to run.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { getCatalog, type DetectRule, type Requirement, type RequirementSource } from '../../../server/src/core';
import { REQUIREMENT_IDS } from '../../corpus/score';

/** The fixed requirement ids of the FY2018 revision (../shared/domain/requirements.md). */
const IDS = [...REQUIREMENT_IDS];
// Levels as requirements.md §4 gives them: the three pillars are recommended, the rest mandatory.
const RECOMMENDED = new Set(['unknown-malware', 'it-asset-management', 'drm']);

const root = join(__dirname, '..', '..', '..');
const catalog = getCatalog();
const data = catalog.data;
// The YAML sources, to check what authors wrote before generation (and that the bundle is built from them, less
// the examples the tests and docs use).
const sources: Requirement[] = readdirSync(join(root, 'catalog/requirements'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => YAML.parse(readFileSync(join(root, 'catalog/requirements', f), 'utf8')) as RequirementSource)
  .map(({ examples: _examples, ...r }) => r);

const rulesOf = (r: Requirement): DetectRule[] => [...r.detect.cover, ...r.detect.outdated];
const conceptsOf = (rule: DetectRule): string[] => [
  ...(rule.all ?? []),
  ...(rule.any ?? []),
  ...(rule.context ?? []),
  ...(rule.none ?? []),
];

/** Every term pattern with where it comes from. */
function allTerms(): Array<{ where: string; term: string }> {
  const out: Array<{ where: string; term: string }> = [];
  for (const [name, terms] of Object.entries(data.concepts)) for (const term of terms) out.push({ where: name, term });
  for (const r of data.requirements) {
    for (const [name, terms] of Object.entries(r.concepts ?? {}))
      for (const term of terms) out.push({ where: `${r.id}/${name}`, term });
  }
  return out;
}

describe('catalog: requirements', () => {
  // The default edition (FY2018) checks the eleven fixed ids; later editions add theirs (test/editions/).
  it('has each of the eleven fixed ids exactly once in the FY2018 edition, and nothing else', () => {
    const ids = catalog.requirements.map((r) => r.id);
    expect(catalog.edition).toBe('h30');
    expect([...ids].sort()).toEqual([...IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const all = data.requirements.map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('is generated from the YAML sources (one file per requirement, named by its id)', () => {
    expect(
      sources
        .filter((r) => r.edition === 'h30')
        .map((r) => r.id)
        .sort(),
    ).toEqual([...IDS].sort());
    for (const r of sources.filter((x) => x.edition === 'h30')) expect(catalog.byId.get(r.id)).toEqual(r);
    expect(sources.map((r) => r.id).sort()).toEqual(data.requirements.map((r) => r.id).sort());
    for (const f of readdirSync(join(root, 'catalog/requirements')).filter((x) => x.endsWith('.yaml'))) {
      expect(data.requirements.map((r) => r.id)).toContain(f.replace(/\.yaml$/, ''));
    }
  });

  it.each(IDS)('%s has every required field', (id) => {
    const r = catalog.byId.get(id)!;
    for (const t of [r.title, r.summary, r.explanation, r.template, r.reference.document]) {
      expect(t.ja.trim().length).toBeGreaterThan(0);
      expect(t.en.trim().length).toBeGreaterThan(0);
      // The Japanese text is Japanese and the English text is not.
      expect(t.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(t.en).not.toMatch(/[\u3040-\u309f]/);
    }
    expect(r.level).toBe(RECOMMENDED.has(id) ? 'recommended' : 'mandatory');
    expect(data.editions.map((e) => e.id)).toContain(r.edition);
    expect(r.reference.section).toMatch(/\d/);
    expect(typeof r.reference.verified).toBe('boolean');
    expect(r.home.length).toBeGreaterThan(0);
    expect(r.detect.cover.length).toBeGreaterThan(0);
    for (const o of r.detect.outdated) {
      expect(['always', 'alone']).toContain(o.when);
      expect(o.reason.ja.length).toBeGreaterThan(0);
      expect(o.reason.en.length).toBeGreaterThan(0);
    }
    expect(r.prefixes).toContain(`kijun-${id}`);
    expect(r.prefixes.some((p) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(p))).toBe(true);
    expect(r.sources?.length).toBeGreaterThan(0);
    for (const s of r.sources ?? []) expect(['S', 'P', 'U']).toContain(s.confidence);
  });

  it.each(IDS)('%s has a template with a placeholder for the responsible role, in snippet syntax', (id) => {
    const r = catalog.byId.get(id)!;
    for (const lang of ['ja', 'en'] as const) {
      expect(r.template[lang]).toMatch(/\$\{1:[^}]+\}/);
      // Placeholders are numbered from 1 without gaps, so Tab walks through all of them.
      const distinct = [...new Set([...r.template[lang].matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1])))].sort(
        (a, b) => a - b,
      );
      expect(distinct).toEqual(distinct.map((_, i) => i + 1));
    }
  });

  it('marks every FY2018 section number unverified: requirements.md tags them [P]/[U], never [S]', () => {
    // The UI says 参考 / "to be verified" for these; a number may only be marked verified once it has been
    // checked against the published text and the domain reference says so (later editions: test/editions/).
    for (const r of catalog.requirements) expect(r.reference.verified, r.id).toBe(false);
  });

  it('has unique snippet prefixes', () => {
    const prefixes = data.requirements.flatMap((r) => r.prefixes);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe('catalog: concepts and patterns', () => {
  it('defines every concept a rule or a home refers to', () => {
    for (const r of data.requirements) {
      for (const name of [...rulesOf(r).flatMap(conceptsOf), ...r.home]) {
        expect(() => catalog.concept(r.id, name), `${r.id}: ${name}`).not.toThrow();
      }
    }
    for (const s of data.editionCheck.signals) expect(() => catalog.concept(undefined, s.concept)).not.toThrow();
  });

  it('has no rule that can match every clause', () => {
    for (const r of data.requirements) {
      for (const rule of rulesOf(r))
        expect((rule.all?.length ?? 0) + (rule.any?.length ?? 0) + (rule.context?.length ?? 0), r.id).toBeGreaterThan(
          0,
        );
    }
  });

  it('compiles every term', () => {
    for (const { where, term } of allTerms()) expect(() => new RegExp(term), `${where}: ${term}`).not.toThrow();
  });

  it('uses no capturing groups, named groups or backreferences', () => {
    for (const { where, term } of allTerms()) {
      // Strip escapes first, so \( is not taken for a group; then every "(" must open (?: or a lookaround.
      const bare = term.replace(/\\./g, '');
      expect(bare, `${where}: ${term}`).not.toMatch(/\((?!\?:|\?=|\?!|\?<=|\?<!)/);
      expect(term, `${where}: ${term}`).not.toMatch(/\\[1-9]|\\k</);
    }
  });

  it('has no doubled backslash (a YAML escape mistake that would match a literal backslash)', () => {
    for (const { where, term } of allTerms()) expect(term, `${where}: ${term}`).not.toMatch(/\\\\/);
  });

  it('uses no full-width parentheses or brackets (they would turn into groups after NFKC)', () => {
    for (const { where, term } of allTerms()) expect(term, `${where}: ${term}`).not.toMatch(/[（）［］｛｝]/);
  });

  it('uses no nested quantifiers (no catastrophic backtracking)', () => {
    for (const { where, term } of allTerms()) {
      const bare = term.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
      // A quantified group that itself contains a quantifier: (a+)+, (?:ab*){2,}.
      expect(bare, `${where}: ${term}`).not.toMatch(/\([^()]*[+*}][^()]*\)[+*{]/);
    }
  });

  it('stays fast on long adversarial text', () => {
    const nasty = [
      'あ'.repeat(20000),
      'a '.repeat(10000),
      '平成28年度版'.repeat(500),
      'ssl/'.repeat(3000),
      '(('.repeat(5000),
    ];
    for (const c of catalog.allConcepts()) {
      const started = performance.now();
      for (const text of nasty) {
        c.pattern.lastIndex = 0;
        c.pattern.test(text);
      }
      expect(performance.now() - started, c.name).toBeLessThan(500);
    }
  });

  it('writes terms in the normalized form they are matched in (half-width, lower case)', () => {
    for (const { where, term } of allTerms()) {
      const withoutEscapes = term.replace(/\\[A-Za-z]/g, '');
      expect(withoutEscapes, `${where}: ${term}`).toBe(withoutEscapes.normalize('NFKC').toLowerCase());
    }
  });
});

describe('catalog: edition check', () => {
  it('names the outdated-edition check and gives a reason for each signal', () => {
    const e = data.editionCheck;
    expect(e.id).toBe('outdated-edition');
    expect(e.signals.length).toBeGreaterThanOrEqual(2);
    for (const s of e.signals) {
      expect(s.reason.ja.length).toBeGreaterThan(0);
      expect(s.reason.en.length).toBeGreaterThan(0);
    }
  });
});
