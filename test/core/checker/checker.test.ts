import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';

const policy = (body: string, head = '# 情報セキュリティ対策基準\n\n') => head + body;
const status = (text: string, id = 'email-encryption') =>
  analyzeText(text).requirements.find((r) => r.id === id)?.status;

describe('checker', () => {
  it('treats only policy-looking Markdown as a policy unless forced', () => {
    expect(analyzeText('# 議事録\n\n電子メールの暗号化\n').isPolicy).toBe(false);
    expect(analyzeText('# 議事録\n', { force: true }).isPolicy).toBe(true);
    expect(analyzeText('---\nkijun: {}\n---\n# 議事録\n').isPolicy).toBe(true);
    expect(analyzeText('# Information Security Policy\n').isPolicy).toBe(true);
    expect(analyzeText('# 〇〇機構情報セキュリティ規程\n').isPolicy).toBe(true);
    expect(analyzeText('# 議事録\n').findings).toEqual([]);
  });

  it('reports every catalog requirement exactly once', () => {
    const a = analyzeText(policy(''));
    const ids = a.requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(a.catalog.requirements.length);
    expect(ids.length).toBe(a.catalog.requirements.length);
  });

  it('places a missing finding on the heading of the section where the clause belongs', () => {
    const text = policy(
      '## 第1章 総則\n\n目的を定める。\n\n## 第7章 電子メール\n\n職員等は業務にのみ電子メールを用いること。\n',
    );
    const a = analyzeText(text);
    const f = a.findings.find((x) => x.code === 'email-encryption')!;
    expect(f.kind).toBe('missing');
    expect(f.severity).toBe('warning');
    expect(text.slice(f.start, f.end)).toBe('## 第7章 電子メール');
  });

  it('places a missing finding on the title when no section matches', () => {
    const text = policy('## 第1章 総則\n\n目的を定める。\n');
    const f = analyzeText(text).findings.find((x) => x.code === 'email-encryption')!;
    expect(text.slice(f.start, f.end)).toBe('# 情報セキュリティ対策基準');
  });

  it('marks a mandatory requirement written as a mere wish as outdated, on that clause', () => {
    const text = policy('## 電子メール\n\n電子メールの通信は、必要に応じて暗号化することが望ましい。\n');
    const a = analyzeText(text);
    expect(a.requirements.find((r) => r.id === 'email-encryption')?.status).toBe('outdated');
    const f = a.findings.find((x) => x.code === 'email-encryption')!;
    expect(f.kind).toBe('outdated');
    expect(text.slice(f.start, f.end)).toBe('電子メールの通信は、必要に応じて暗号化することが望ましい。');
  });

  it('honours not-applicable from front matter in both shapes, and settings severities', () => {
    const nested = analyzeText(
      '---\nkijun:\n  not-applicable:\n    email-encryption: メールは共通基盤で提供される\n---\n# 情報セキュリティ対策基準\n',
    );
    const r = nested.requirements.find((x) => x.id === 'email-encryption')!;
    expect(r.status).toBe('not-applicable');
    expect(r.notApplicableReason).toBe('メールは共通基盤で提供される');
    expect(nested.findings.filter((f) => f.code === 'email-encryption')).toEqual([]);
    const flat = analyzeText('---\nkijun.not-applicable.email-encryption: 共通基盤\n---\n# 情報セキュリティ対策基準\n');
    expect(flat.requirements.find((x) => x.id === 'email-encryption')!.status).toBe('not-applicable');
    const off = analyzeText(policy(''), { severity: { 'email-encryption': 'off' } });
    expect(off.findings.some((f) => f.code === 'email-encryption')).toBe(false);
    const err = analyzeText(policy(''), { severity: { 'email-encryption': 'error' } });
    expect(err.findings.find((f) => f.code === 'email-encryption')?.severity).toBe('error');
  });

  it('reports a bad setting on its key and keeps checking with defaults', () => {
    const text =
      '---\nkijun:\n  organization: ministry-of-magic\n  not-applicable:\n    no-such-id: x\n---\n# 情報セキュリティ対策基準\n';
    const a = analyzeText(text);
    const problems = a.findings.filter((f) => f.kind === 'configuration');
    expect(problems.map((p) => text.slice(p.start, p.end)).sort()).toEqual(['no-such-id', 'organization']);
    expect(a.requirements.length).toBe(a.catalog.requirements.length);
  });

  it('ignores a clause switched off by kijun-disable-next-line', () => {
    const base = '## 電子メール\n\n電子メールの通信は、暗号化することが望ましい。\n';
    expect(status(policy(base))).toBe('outdated');
    const disabled = policy(
      '## 電子メール\n\n<!-- kijun-disable-next-line email-encryption -- 別途改訂予定 -->\n電子メールの通信は、暗号化することが望ましい。\n',
    );
    expect(status(disabled)).toBe('missing');
  });

  it('counts an explicit evidence marker as covering', () => {
    expect(status(policy('<!-- kijun: email-encryption -->\n別表第3に定める措置を講ずること。\n'))).toBe('covered');
  });

  it('flags an older edition cited as the basis', () => {
    const text = policy('本基準は、統一基準（平成28年度版）に基づき定める。\n');
    const f = analyzeText(text).findings.find((x) => x.code === 'outdated-edition')!;
    expect(text.slice(f.start, f.end)).toContain('平成28年度版');
  });

  it('gives messages in the requested language', () => {
    const ja = analyzeText(policy('')).findings.find((f) => f.code === 'email-encryption')!;
    const en = analyzeText(policy(''), { language: 'en' }).findings.find((f) => f.code === 'email-encryption')!;
    expect(ja.message).toMatch(/電子メール/);
    expect(en.message).toMatch(/E-mail encryption/);
  });
});
