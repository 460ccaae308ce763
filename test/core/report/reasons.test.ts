// Issue 11: every status carries its reason — in the core result, the JSON contract (new fields only), SARIF,
// the compliance report and the hover.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyzePolicySet,
  analyzeText,
  buildComplianceReport,
  getCatalog,
  renderHtml,
  renderMarkdown,
} from '../../../server/src/core';
import { jsonReport } from '../../../server/src/core/report/json';
import { sarifReport } from '../../../server/src/core/report/sarif';
import { Session, uriOf } from '../../lsp/session';

const POLICY = [
  '# 情報セキュリティ対策基準',
  '',
  '## 7.2.2 ウェブ',
  '',
  '(1) 情報システムセキュリティ責任者は、個人情報を取り扱うページに限り、HTTPSにより暗号化すること。',
  '',
  '## 7.2.1 電子メール',
  '',
  '(1) 電子メールサーバには、SPFによる送信ドメイン認証を導入すること。',
  '',
  '## 6.2.2 不正プログラム対策',
  '',
  '(1) 端末への振る舞い検知型の製品（EDR）の導入は見合わせる。',
  '',
  '## 2.1.1 組織・体制',
  '',
  '(1) 最高情報セキュリティ責任者は、情報セキュリティ対策推進体制を整備し、その役割を定めること。',
  '',
].join('\n');

describe('reasons in the core result', () => {
  const a = analyzeText(POLICY);
  const get = (id: string) => a.requirements.find((r) => r.id === id)!;

  it('gives every requirement a reason in both languages, with conditions', () => {
    for (const r of a.requirements) {
      expect(r.reason?.ja, r.id).toBeTruthy();
      expect(r.reason?.en, r.id).toBeTruthy();
      expect(
        r.conditions?.some((c) => c.id === 'firmness'),
        r.id,
      ).toBe(true);
    }
  });

  it('names the evidence clause of a covered status and what it meets', () => {
    const r = get('promotion-structure');
    expect(r.status).toBe('covered');
    expect(r.evidence?.[0].kind).toBe('covers');
    expect(r.reason?.ja).toContain('情報セキュリティ対策推進体制を整備');
    expect(r.conditions?.find((c) => c.id === 'what')?.met).toBe(true);
  });

  it('meets the conditions of a lead-in with the items it introduces', () => {
    const b = analyzeText(
      [
        '# 情報セキュリティ対策基準',
        '',
        '## 2.2.2 改善の指示',
        '',
        'CISOは、前項の報告を踏まえ、次により改善を指示しなければならない。',
        '(1) 全庁に共通する改善事項　推進班の長に対して',
        '(2) 所属に固有の改善事項　当該所属の情報セキュリティ責任者に対して',
        '',
      ].join('\n'),
    );
    const r = b.requirements.find((x) => x.id === 'improvement-instructions')!;
    expect(r.status).toBe('covered');
    expect(r.conditions?.filter((c) => !c.met).map((c) => c.id)).toEqual([]);
  });

  it('quotes the clause without its Markdown marks', () => {
    const b = analyzeText('# 情報セキュリティ対策基準\n\n**第3条** 全ての`ウェブサイト`を__常時暗号化__すること。\n');
    const web = b.requirements.find((r) => r.id === 'web-encryption')!;
    expect(web.status).toBe('covered');
    expect(web.reason?.ja).toContain('「第3条 全てのウェブサイトを常時暗号化すること。」');
  });

  it('says what a limited clause lacks (outdated: the pre-revision subset)', () => {
    const r = get('web-encryption');
    expect(r.status).toBe('outdated');
    expect(r.reason?.ja).toContain('一部のページに限られています');
    expect(r.conditions?.find((c) => c.id === 'scope')?.met).toBe(false);
  });

  it('cites the nearest clause of a missing status and the condition it fails', () => {
    const mail = get('email-encryption');
    expect(mail.status).toBe('missing');
    expect(mail.related?.[0].kind).toBe('separate-duty');
    expect(mail.reason?.ja).toContain('最も近い条項');
    expect(mail.reason?.ja).toContain('送信ドメイン認証');
    const malware = get('unknown-malware');
    expect(malware.status).toBe('missing');
    expect(malware.reason?.ja).toContain('導入しない（行わない）と定めています');
    expect(malware.reason?.en).toContain('not adopted');
    // The missing finding points at the related clause.
    const f = a.findings.find((x) => x.code === 'unknown-malware')!;
    expect(f.related.length).toBe(1);
    expect(f.related[0].range.start.line).toBe(12);
  });
});

describe('reasons in the JSON contract and SARIF', () => {
  const a = analyzeText(POLICY);
  const json = jsonReport([{ path: 'p.md', analysis: a, encoding: 'utf-8' }], [], 'h30', 'test', 'ja');

  it('adds statusReason, evidence, conditions and related without renaming anything', () => {
    const reqs = json.files[0].requirements;
    for (const r of reqs) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining([
          'id',
          'title',
          'level',
          'status',
          'ranges',
          'statusReason',
          'conditions',
          'related',
          'evidence',
        ]),
      );
      expect(r.reason).toBeUndefined(); // still only the not-applicable reason
    }
    const web = reqs.find((r) => r.id === 'web-encryption')!;
    expect(web.statusReason).toContain('限られています');
    expect(web.evidence?.[0]).toMatchObject({ kind: 'outdated' });
    const mail = reqs.find((r) => r.id === 'email-encryption')!;
    expect(mail.related?.[0]).toMatchObject({ kind: 'separate-duty', range: { start: { line: 8 } } });
  });

  it('puts the reason in the SARIF message and properties, related clauses as relatedLocations', () => {
    const sarif = sarifReport([{ path: 'p.md', analysis: a, encoding: 'utf-8' }], [], getCatalog(), 'test', 'en') as {
      runs: Array<{
        results: Array<{
          ruleId: string;
          message: { text: string };
          properties?: Record<string, unknown>;
          relatedLocations?: unknown[];
        }>;
      }>;
    };
    const results = sarif.runs[0].results;
    const malware = results.find((r) => r.ruleId === 'unknown-malware')!;
    expect(malware.message.text).toContain('not adopted');
    expect(malware.properties).toMatchObject({ status: 'missing' });
    expect(malware.relatedLocations?.length).toBe(1);
    for (const r of results.filter((x) => x.ruleId !== 'outdated-edition'))
      expect(r.properties?.reason, r.ruleId).toBeTruthy();
  });
});

describe('reasons in the compliance report', () => {
  const set = analyzePolicySet([{ path: 'p.md', text: POLICY }]);
  const report = buildComplianceReport(set, { lang: 'ja', version: 'test' });

  it('carries the reason, the conditions and the related clauses of every requirement', () => {
    for (const r of report.requirements) expect(r.reason, r.id).toBeTruthy();
    const malware = report.requirements.find((r) => r.id === 'unknown-malware')!;
    expect(malware.related?.[0].location.line).toBe(13);
  });

  it('shows them in Markdown and HTML', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('判定の理由');
    expect(md).toContain('一部のページに限られています');
    const html = renderHtml(report);
    expect(html).toContain('class="why"');
    expect(html).toContain('class="conditions"');
  });
});

describe('reasons in the hover', () => {
  let s: Session;
  beforeAll(async () => {
    s = await Session.start({ locale: 'ja' });
  });
  afterAll(async () => {
    await s.shutdown();
  });

  it('explains an outdated clause, a covering clause and a clause that does not meet the requirement', async () => {
    const uri = uriOf('reasons/policy.md');
    await s.open(uri, POLICY);
    await s.diagnosticsFor(uri, 1);
    const value = async (line: number) =>
      ((await s.hover(uri, { line, character: 8 }))?.contents as { value: string } | undefined)?.value ?? '';
    expect(await value(4)).toContain('判定の理由');
    expect(await value(4)).toContain('一部のページに限られています');
    expect(await value(16)).toContain('判定の理由');
    const refused = await value(12);
    expect(refused).toContain('要求事項を満たしていません');
    expect(refused).toContain('見合わせ');
  });
});

describe('the nearest clause a reason names', () => {
  it('a remote wipe of a lost device is not read as DRM lacking only a role', () => {
    const text =
      '# Mobile Device Security Policy\n\n- C. All County owned tablets and smart phones must have the mobile device management system installed so that all of its data can be remotely erased if it lost, stolen, or no longer in use.\n';
    const drm = analyzeText(text, { force: true }).requirements.find((r) => r.id === 'drm');
    expect(drm?.status).toBe('missing');
    expect(drm?.conditions?.find((c) => c.id === 'what')?.met ?? false).toBe(false);
  });
});
