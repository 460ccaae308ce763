import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog, normalize } from '../../../server/src/core';
import { analyzePolicySet } from '../../../server/src/core/policySet';
import {
  documentCitations,
  fileEvidence,
  findCitations,
  parseSectionNumber,
  referenceSections,
  requirementsForSection,
  sectionsMatch,
} from '../../../server/src/core/trace';
import { syntheticCatalog } from './synthetic';

const sec = (s: string) => parseSectionNumber(s)!;

describe('section numbers', () => {
  it('parses decimal parts and items, full-width too, and drops guideline suffixes', () => {
    expect(parseSectionNumber('7.2.1(1)')).toEqual({ parts: [7, 2, 1], items: ['1'] });
    expect(parseSectionNumber('７．２．１（１）（ａ）')).toEqual({ parts: [7, 2, 1], items: ['1', 'a'] });
    expect(parseSectionNumber('7.2.2(1)-1')).toEqual({ parts: [7, 2, 2], items: ['1'] });
    expect(parseSectionNumber('項')).toBeUndefined();
    expect(referenceSections('6.1.2 / 3.1.1').map((s) => s.parts)).toEqual([
      [6, 1, 2],
      [3, 1, 1],
    ]);
  });

  it('matches at 項 level: deeper parts must agree where both have them', () => {
    expect(sectionsMatch(sec('7.2.1'), sec('7.2.1(1)'))).toBe(true);
    expect(sectionsMatch(sec('7.2.1(1)'), sec('7.2.1'))).toBe(true);
    expect(sectionsMatch(sec('7.2.1(1)(a)'), sec('7.2.1(1)'))).toBe(true);
    expect(sectionsMatch(sec('7.2.1(2)'), sec('7.2.1(1)'))).toBe(false);
    expect(sectionsMatch(sec('7.2.2'), sec('7.2.1(1)'))).toBe(false);
    // A 節 names too much of the standard; so does a reference that is only a 節.
    expect(sectionsMatch(sec('7.2'), sec('7.2.1(1)'))).toBe(false);
    expect(sectionsMatch(sec('8.1.1'), sec('8.1'))).toBe(false);
  });

  it("finds citations of the standard, not bare numbers or the agency's own sections", () => {
    const found = (s: string) => findCitations(normalize(s)).flatMap((c) => c.sections);
    expect(found('（統一基準 6.1.2 対応）')).toEqual(['6.1.2']);
    expect(found('(統一基準7.2.1(1)対応)')).toEqual(['7.2.1(1)']);
    expect(found('［Common Standards 7.2.2］')).toEqual(['7.2.2']);
    expect(found('統一基準（平成30年度版）第7.2.1項及び7.2.2項')).toEqual(['7.2.1', '7.2.2']);
    expect(found('統一基準群 ７．１．３（１）')).toEqual(['7.1.3(1)']);
    expect(found('see Common Standard section 7.2.1(1), 7.2.2')).toEqual(['7.2.1(1)', '7.2.2']);
    expect(found('第7.2.1項に定めるところによる。')).toEqual([]);
    expect(found('統一基準（平成30年度版）に準拠する。')).toEqual([]);
  });

  it('points a citation back to where it is written', () => {
    const text = '電子メールは、別に定める。（統一基準 7.2.1 対応）';
    const [c] = findCitations(normalize(text));
    expect(text.slice(c.start, c.end)).toBe('統一基準 7.2.1');
  });
});

describe('citations as evidence (synthetic catalog)', () => {
  const cat = syntheticCatalog();
  const doc = (body: string) => `# 情報セキュリティ対策基準\n\n${body}\n`;
  const result = (body: string, id: string, citations?: boolean) =>
    analyzeText(doc(body), citations === undefined ? {} : { citations }, cat).requirements.find((r) => r.id === id)!;

  it('counts a clause citing the section as covering, and says how', () => {
    const body = '情報システムセキュリティ責任者は、別に定める手順に従うこと。（統一基準 7.2.1 対応）';
    expect(result(body, 'alpha').status).toBe('covered');
    expect(result(body, 'alpha', false).status).toBe('missing');
    const a = analyzeText(doc(body), {}, cat);
    expect(fileEvidence(a).map((e) => [e.id, e.how, e.citation])).toEqual([['alpha', 'citation', '統一基準 7.2.1']]);
  });

  it('does not count a citation in a code block, an HTML comment or a quoted example', () => {
    for (const body of [
      '```\n（統一基準 7.2.1 対応）\n```',
      '<!-- 統一基準 7.2.1 対応 -->',
      '> 例: 別に定める。（統一基準 7.2.1 対応）',
    ]) {
      expect(result(body, 'alpha').status, body).toBe('missing');
    }
  });

  it('keeps a clause written the old way outdated even when it cites the section', () => {
    expect(result('旧式アルファを用いる。（統一基準 7.2.1(1) 対応）', 'alpha').status).toBe('outdated');
  });

  it("needs the clause's words to say which requirement when a section stands for several", () => {
    // beta and gamma both give 2.3.1: a bare citation is not counted for either, and the trace says why.
    const bare = '責任者は、別に定めるところにより対応すること。（統一基準 2.3.1 対応）';
    expect(result(bare, 'beta').status).toBe('missing');
    expect(result(bare, 'gamma').status).toBe('missing');
    const a = analyzeText(doc(bare), {}, cat);
    expect([...documentCitations(a.document, cat).values()][0].ambiguous).toEqual([
      { section: '2.3.1', candidates: ['beta', 'gamma'] },
    ]);
    // Naming gamma's topic settles it; 2.4.1 is beta's alone.
    expect(result('ガンマについて別に定める。（統一基準 2.3.1 対応）', 'gamma').status).toBe('covered');
    expect(result('責任者は別に定める。（統一基準 2.4.1 対応）', 'beta').status).toBe('covered');
  });

  it('counts across a policy set, reported with how = citation', () => {
    const set = analyzePolicySet(
      [
        { path: 'a.md', text: doc('アルファ以外を定める。') },
        { path: 'b.md', text: doc('| 区分 | 対策 |\n|---|---|\n| 通信 | 別紙のとおり（統一基準 7.2.1(1) 対応） |') },
      ],
      {},
      cat,
    );
    const alpha = set.requirements.find((r) => r.id === 'alpha')!;
    expect(alpha.evidence.map((e) => [e.path, e.how])).toEqual([
      ['a.md', 'text'],
      ['b.md', 'citation'],
    ]);
  });
});

describe('citations against the real catalog', () => {
  const catalog = getCatalog();
  // Requirements whose first reference section belongs to them alone: a citation of it names one requirement.
  const unique = catalog.requirements.filter((r) => {
    const first = r.reference.section.split('/')[0].trim();
    return parseSectionNumber(first)!.parts.length >= 3 && requirementsForSection(first, catalog).length === 1;
  });

  it('includes e-mail encryption (7.2.1(1)) among the requirements a citation names alone', () => {
    expect(unique.map((r) => r.id)).toContain('email-encryption');
  });

  it.each(unique.map((r) => [r.id, r.reference.section.split('/')[0].trim()]))(
    '%s: a neutral clause citing %s covers it',
    (id, section) => {
      const text = `# 情報セキュリティ対策基準\n\n## 第9章 雑則\n\n情報システムセキュリティ責任者は、別紙に定める手順に従うこと。（統一基準 ${section} 対応）\n`;
      const without = analyzeText(text, { citations: false }).requirements.find((r) => r.id === id)!;
      const withCitation = analyzeText(text).requirements.find((r) => r.id === id)!;
      expect(without.status).toBe('missing');
      expect(withCitation.status).toBe('covered');
      expect(fileEvidence(analyzeText(text)).find((e) => e.id === id)?.how).toBe('citation');
    },
  );
});
