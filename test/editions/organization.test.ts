// The organisation setting takes effect: ac.jp is for higher-education bodies only, and clause templates name the
// body the way its policies do.
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog } from '../../server/src/core';
import { templateFor } from '../../server/src/core/checker/organization';
import { analyzePolicySet } from '../../server/src/core/policySet';

const AC =
  '情報システムセキュリティ責任者は、外部に提供するウェブサイト及び電子メールのドメイン名には ac.jp を使用すること。';
const GO =
  '情報システムセキュリティ責任者は、外部に提供するウェブサイト及び電子メールには政府ドメイン名（go.jp）を使用すること。';
const policy = (clause: string, fm = '', title = '〇〇機構情報セキュリティ対策基準') =>
  `${fm}# ${title}\n\n## ウェブサイトの提供\n\n${clause}\n`;
const fm = (org: string) => `---\nkijun:\n  organization: ${org}\n---\n`;
const status = (text: string) => analyzeText(text).requirements.find((r) => r.id === 'domain-names')!.status;

describe('ac.jp only for higher-education bodies', () => {
  it('a ministry or agency whose clause names only ac.jp does not meet domain-names, and is told why', () => {
    for (const org of ['ministry', 'agency']) {
      const a = analyzeText(policy(AC, fm(org)));
      expect(a.requirements.find((r) => r.id === 'domain-names')!.status, org).toBe('missing');
      const f = a.findings.find((x) => x.code === 'domain-names')!;
      expect(f.messages.ja).toContain('ac.jp を使用できるのは教育機関である法人に限られます');
      expect(f.related).toHaveLength(1);
      // The clause is no longer traced as covering domain-names.
      expect([...a.clauseRequirements.values()].flat().some((e) => e.id === 'domain-names' && e.role === 'cover')).toBe(
        false,
      );
    }
  });

  it('a higher-education body may use ac.jp (setting or title); go.jp is fine for everyone; unknown organisation: unchanged', () => {
    expect(status(policy(AC, fm('higher-education')))).toBe('covered');
    expect(status(policy(AC, '', '〇〇国立大学法人情報セキュリティ規程'))).toBe('covered');
    for (const org of ['ministry', 'agency', 'higher-education'])
      expect(status(policy(GO, fm(org))), org).toBe('covered');
    expect(status(policy(AC))).toBe('covered');
  });

  it('kijun.json organization takes effect for the set', () => {
    const set = analyzePolicySet([{ path: 'a.md', text: policy(AC) }], { organization: 'agency' });
    expect(set.requirements.find((r) => r.id === 'domain-names')!.status).toBe('missing');
  });
});

describe('templates worded for the organisation', () => {
  const r = (id: string) => getCatalog().byId.get(id)!;
  it('domain names: go.jp only for ministries and agencies; ac.jp first for higher-education', () => {
    expect(templateFor(r('domain-names'), 'ja', 'agency')).not.toContain('ac.jp');
    expect(templateFor(r('domain-names'), 'en', 'ministry')).not.toContain('ac.jp');
    expect(templateFor(r('domain-names'), 'ja', 'higher-education')).toContain('高等教育機関向けのドメイン名（ac.jp）');
    expect(templateFor(r('domain-names'), 'ja', undefined)).toBe(r('domain-names').template.ja);
  });

  it("機関等 becomes 国立大学法人等 in a higher-education body's clauses", () => {
    const t = templateFor(r('web-encryption'), 'ja', 'higher-education');
    expect(t).toContain('国立大学法人等');
    expect(t).not.toMatch(/(?<!政府)機関等/);
    expect(templateFor(r('web-encryption'), 'ja', 'agency')).toBe(r('web-encryption').template.ja);
  });
});
