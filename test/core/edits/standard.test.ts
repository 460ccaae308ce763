// Where a clause goes in a policy numbered after the standard itself (第7部, 7.1, 7.1.1): in the standard's part
// for the requirement, with the requirement's own number when it is free, and never another part's number.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';
import { applyInsertions, followsStandard, planFixes, planMissingFor } from '../../../server/src/core/edits';

const standardPolicy = [
  '# 情報セキュリティ対策基準',
  '',
  '## 第7部 情報システムの構成要素',
  '',
  '### 7.1 端末・サーバ装置等',
  '',
  '#### 7.1.1 端末',
  '',
  '統括情報セキュリティ責任者は、端末の管理手順を定めること。',
  '',
  '#### 7.1.2 サーバ装置',
  '',
  '統括情報セキュリティ責任者は、サーバ装置の管理手順を定めること。',
  '',
  '### 7.2 電子メール・ウェブ等',
  '',
  '#### 7.2.1 送受信の管理',
  '',
  '職員等は、宛先を確認してから送信すること。',
  '',
  '## 第8部 情報システムの利用',
  '',
  '職員等は、定められた手順に従って情報システムを利用すること。',
  '',
].join('\n');

/** The text without one inserted run equals the original: nothing of the user's changed. */
function insertedOnly(before: string, after: string): string {
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  const tail = before.length - i;
  expect(after.slice(0, i) + after.slice(after.length - tail)).toBe(before);
  return after.slice(i, after.length - tail);
}

const fix = (text: string, id: string) => {
  const a = analyzeText(text, { force: true });
  const edit = planMissingFor(a, a.catalog.byId.get(id)!, false);
  return { edit, out: applyInsertions(text, [edit]), analysis: a };
};

describe('a policy numbered after the standard', () => {
  it('is recognised from the sections its requirements are found in', () => {
    expect(followsStandard(analyzeText(standardPolicy, { force: true }))).toBe(true);
    const own = standardPolicy
      .replace('第7部', '第1章')
      .replace(/7\.1/g, '3.1')
      .replace(/7\.2/g, '3.2')
      .replace('第8部', '第2章');
    expect(followsStandard(analyzeText(own, { force: true }))).toBe(false);
  });

  it('puts a clause without a topic section in its part of the standard, with its own number (7.1.3 between 7.1.2 and 7.2)', () => {
    const { out, edit } = fix(standardPolicy, 'iot-devices');
    expect(edit.unnumbered).toBeUndefined();
    insertedOnly(standardPolicy, out);
    expect(out).toMatch(/\n#### 7\.1\.3 IoT機器（特定用途機器）の安全対策\n\n情報システムセキュリティ責任者は、/);
    expect(out.indexOf('#### 7.1.3')).toBeGreaterThan(out.indexOf('#### 7.1.2'));
    expect(out.indexOf('#### 7.1.3')).toBeLessThan(out.indexOf('### 7.2 '));
  });

  it('never takes the number of another part: mail under 7.2 where 7.2.1 is taken is left unnumbered (not 7.2.2, the web)', () => {
    const { out, edit } = fix(standardPolicy, 'email-encryption');
    expect(edit.unnumbered).toBe(true);
    insertedOnly(standardPolicy, out);
    expect(out).not.toMatch(/7\.2\.2/);
    expect(out).toMatch(/\n#### 電子メール通信の暗号化\n\n情報システムセキュリティ責任者は、/);
    expect(out.indexOf('#### 電子メール通信の暗号化')).toBeGreaterThan(out.indexOf('#### 7.2.1'));
    expect(out.indexOf('#### 電子メール通信の暗号化')).toBeLessThan(out.indexOf('## 第8部'));
  });

  it('keeps continuing the numbers of a policy with its own decimal numbering', () => {
    const own =
      '# 情報セキュリティ対策基準\n\n## 3 電子メール\n\n### 3.1 送受信の管理\n\n職員等は、宛先を確認すること。\n\n### 3.2 サーバの管理\n\n統括情報セキュリティ責任者は、サーバの管理手順を定めること。\n';
    const { out, edit } = fix(own, 'email-encryption');
    expect(edit.unnumbered).toBeUndefined();
    insertedOnly(own, out);
    expect(out).toMatch(/\n### 3\.3 電子メール通信の暗号化\n/);
  });

  it("plans every fix at once without changing a byte of the user's text", () => {
    const a = analyzeText(standardPolicy, { force: true });
    const { edits, fixes } = planFixes(a);
    expect(edits.every((e) => e.end === undefined)).toBe(true);
    const out = applyInsertions(standardPolicy, edits);
    // Removing the inserted runs gives back the original: check line by line (every original line kept, in order).
    const lines = out.split('\n');
    let k = 0;
    for (const l of standardPolicy.split('\n')) {
      while (k < lines.length && lines[k] !== l) k++;
      expect(k, `line "${l}" kept`).toBeLessThan(lines.length);
      k++;
    }
    expect(fixes.find((f) => f.id === 'email-encryption')).toBeDefined();
    const after = analyzeText(out, { force: true });
    expect(after.findings.filter((f) => f.kind === 'missing')).toEqual([]);
  });
});
