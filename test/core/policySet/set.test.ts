import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog } from '../../../server/src/core';
import { analyzePolicySet, type PolicySetFile } from '../../../server/src/core/policySet';
import { syntheticCatalog } from './synthetic';

const DIR = join(__dirname, '../../fixtures/sets/three');
const read = (name: string): PolicySetFile => ({ path: name, text: readFileSync(join(DIR, name), 'utf8') });
const FILES = ['基本方針.md', '対策基準.md', '別表.md'].map(read);
const config = JSON.parse(readFileSync(join(DIR, 'kijun.json'), 'utf8'));
const catalog = getCatalog();

describe('the three-file fixture checked as a set', () => {
  const set = analyzePolicySet(FILES, {
    primary: '対策基準.md',
    notApplicable: config.notApplicable,
    severity: config.severity,
  });
  const alone = Object.fromEntries(FILES.map((f) => [f.path, analyzeText(f.text, { force: true })]));
  const statusAlone = (file: string, id: string) => alone[file].requirements.find((r) => r.id === id)!.status;
  const setStatus = (id: string) => set.requirements.find((r) => r.id === id)!.status;

  it('covers e-mail encryption from 別表 only: missing in 対策基準 alone, covered in the set', () => {
    // The fixture puts the e-mail clause in a table of 別表.md; 対策基準.md only refers to the 別表.
    expect(statusAlone('別表.md', 'email-encryption')).toBe('covered');
    expect(statusAlone('対策基準.md', 'email-encryption')).toBe('missing');
    expect(alone['対策基準.md'].findings.some((f) => f.code === 'email-encryption' && f.kind === 'missing')).toBe(true);
    expect(setStatus('email-encryption')).toBe('covered');
    const evidence = set.requirements.find((r) => r.id === 'email-encryption')!.evidence;
    expect(evidence.map((e) => e.path)).toEqual(['別表.md']);
    expect(evidence[0].excerpt).toMatch(/STARTTLS/);
    for (const f of set.files) expect(f.analysis.findings.filter((x) => x.code === 'email-encryption')).toEqual([]);
  });

  it('gives no false "missing" for anything another file covers (for every catalog requirement)', () => {
    let coveredElsewhere = 0;
    for (const r of catalog.requirements) {
      const coveredIn = FILES.filter((f) => statusAlone(f.path, r.id) === 'covered').map((f) => f.path);
      if (!coveredIn.length) continue;
      expect(setStatus(r.id), r.id).not.toBe('missing');
      for (const f of set.files)
        expect(
          f.analysis.findings.filter((x) => x.code === r.id && x.kind === 'missing'),
          `${r.id} in ${f.path}`,
        ).toEqual([]);
      if (!coveredIn.includes('対策基準.md') && statusAlone('対策基準.md', r.id) === 'missing') coveredElsewhere++;
    }
    // At least e-mail encryption is in that situation; the test means nothing if none is.
    expect(coveredElsewhere).toBeGreaterThanOrEqual(1);
  });

  it("lists every requirement in every file, with the set status, and keeps each file's own ranges", () => {
    for (const f of set.files) {
      expect(f.analysis.requirements.map((r) => r.id)).toEqual(catalog.requirements.map((r) => r.id));
      for (const r of f.analysis.requirements) {
        expect(r.status, `${r.id} in ${f.path}`).toBe(setStatus(r.id));
        // A range is a clause of this file: inside its text.
        for (const range of r.ranges) expect(range.end.line).toBeLessThan(f.analysis.lines.lineCount);
      }
    }
    const email = set.files
      .find((f) => f.path === '別表.md')!
      .analysis.requirements.find((r) => r.id === 'email-encryption')!;
    expect(email.ranges).toHaveLength(1);
    const inStandard = set.files
      .find((f) => f.path === '対策基準.md')!
      .analysis.requirements.find((r) => r.id === 'email-encryption')!;
    expect(inStandard.ranges).toEqual([]);
  });

  it('places a missing finding once, in the primary file, where the file alone would place it', () => {
    const missing = set.requirements.filter((r) => r.status === 'missing');
    for (const r of missing) {
      const inFiles = set.files.map(
        (f) => f.analysis.findings.filter((x) => x.code === r.id && x.kind === 'missing').length,
      );
      expect(inFiles, r.id).toEqual([0, 1, 0]);
      const own = alone['対策基準.md'].findings.find((x) => x.code === r.id && x.kind === 'missing')!;
      const placed = set.files[1].analysis.findings.find((x) => x.code === r.id && x.kind === 'missing')!;
      expect(placed.range).toEqual(own.range);
      expect(r.missingAt).toMatchObject({ path: '対策基準.md', range: own.range });
    }
  });

  it("applies the set's not-applicable reasons and severities to every file", () => {
    for (const [id, reason] of Object.entries(config.notApplicable as Record<string, string>)) {
      expect(set.requirements.find((r) => r.id === id)).toMatchObject({
        status: 'not-applicable',
        notApplicableReason: reason,
      });
      for (const f of set.files) expect(f.analysis.findings.filter((x) => x.code === id)).toEqual([]);
    }
    for (const [id, severity] of Object.entries(config.severity as Record<string, string>)) {
      for (const f of set.files.flatMap((x) => x.analysis.findings).filter((x) => x.code === id))
        expect(f.severity).toBe(severity);
    }
  });

  it('reports an outdated clause in its own file', () => {
    for (const r of set.requirements.filter((x) => x.status === 'outdated')) {
      for (const o of r.outdated) {
        const file = set.files[o.file];
        expect(file.path).toBe(o.path);
        expect(
          file.analysis.findings.some((f) => f.code === r.id && f.kind === 'outdated' && f.data.clause === o.clause),
        ).toBe(true);
      }
    }
  });

  it('falls back to the first file when no primary is given, and accepts a cache for the analyses', () => {
    let calls = 0;
    const s = analyzePolicySet(FILES, { analyze: (f, o) => (calls++, analyzeText(f.text, o)) });
    expect(calls).toBe(3);
    expect(s.primary).toBe(0);
    expect(s.files[0].primary).toBe(true);
  });
});

describe('set semantics (synthetic catalog)', () => {
  const cat = syntheticCatalog();
  const doc = (body: string) => `# 情報セキュリティ対策基準\n\n${body}\n`;
  const run = (files: Record<string, string>, options = {}) =>
    analyzePolicySet(
      Object.entries(files).map(([path, body]) => ({ path, text: doc(body) })),
      options,
      cat,
    );
  const status = (s: ReturnType<typeof run>, id: string) => s.requirements.find((r) => r.id === id)!.status;
  const findings = (s: ReturnType<typeof run>, id: string) =>
    s.files.map((f) => f.analysis.findings.filter((x) => x.code === id).map((x) => x.kind));

  it('an `alone` outdated clause stops counting when another file covers the requirement', () => {
    const alone = run({ 'a.md': 'ベータは任意とする。' });
    expect(status(alone, 'beta')).toBe('outdated');
    expect(findings(alone, 'beta')).toEqual([['outdated']]);
    const set = run({ 'a.md': 'ベータは任意とする。', 'b.md': '職員等はベータを実施すること。' });
    expect(status(set, 'beta')).toBe('covered');
    expect(findings(set, 'beta')).toEqual([[], []]);
    expect(set.files[0].analysis.clauseRequirements.get(0)).toBeUndefined();
  });

  it('an `always` outdated clause stays, whichever file covers the requirement', () => {
    const set = run({ 'a.md': '旧式アルファを用いる。', 'b.md': 'アルファを用いること。' });
    expect(status(set, 'alpha')).toBe('outdated');
    expect(findings(set, 'alpha')).toEqual([['outdated'], []]);
    const r = set.requirements.find((x) => x.id === 'alpha')!;
    expect(r.outdated.map((o) => o.path)).toEqual(['a.md']);
    expect(r.evidence.map((e) => e.path)).toEqual(['b.md']);
    // Each file says "outdated"; only the file with the clause has a range.
    expect(set.files.map((f) => f.analysis.requirements.find((x) => x.id === 'alpha')!.ranges.length)).toEqual([1, 0]);
  });

  it('`alone` clauses in several files are all reported when nothing covers', () => {
    const set = run({ 'a.md': 'ベータは任意とする。', 'b.md': 'ベータは任意である。' });
    expect(findings(set, 'beta')).toEqual([['outdated'], ['outdated']]);
  });

  it('a missing requirement is reported once, in the primary file', () => {
    const set = run({ 'a.md': 'アルファを用いる。', 'b.md': 'ベータを用いる。' }, { primary: 'b.md' });
    expect(findings(set, 'gamma')).toEqual([[], ['missing']]);
    expect(set.requirements.find((r) => r.id === 'gamma')!.missingAt?.path).toBe('b.md');
  });

  it('front matter saying "not applicable" in one file applies to the set', () => {
    const set = analyzePolicySet(
      [
        {
          path: 'a.md',
          text: '---\nkijun:\n  not-applicable:\n    gamma: 対象業務なし\n---\n# 情報セキュリティ対策基準\n',
        },
        { path: 'b.md', text: doc('ベータを用いる。') },
      ],
      { primary: 'b.md' },
      cat,
    );
    expect(set.requirements.find((r) => r.id === 'gamma')).toMatchObject({
      status: 'not-applicable',
      notApplicableReason: '対象業務なし',
    });
    expect(findings(set, 'gamma')).toEqual([[], []]);
  });

  it('keeps findings that are not about one requirement (an older edition cited) in their file', () => {
    const set = run({ 'a.md': '平成26年度版に準拠する。', 'b.md': 'アルファを用いる。' });
    expect(set.files[0].analysis.findings.map((f) => f.code)).toContain('outdated-edition');
  });
});
