// Single clauses and the status they get are `examples:` in catalog/requirements/issue-reporting.yaml (examples.test.ts);
// what is left here checks clauses together, or more than the status of one.
import { describe, expect, it } from 'vitest';
import { statusOf } from './helpers';

const ID = 'issue-reporting';

describe(`${ID}: how old and new clauses combine`, () => {
  it('keeps the results report as a complement when issues are reported too', () => {
    const body = [
      '## 2.3.1 自己点検',
      '',
      '(1) 統括情報セキュリティ責任者は、自己点検の結果を取りまとめ、最高情報セキュリティ責任者に報告すること。',
      '(2) 統括情報セキュリティ責任者は、自己点検で明らかになった課題を最高情報セキュリティ責任者に報告すること。',
      '',
    ].join('\n');
    expect(statusOf(ID, body)).toBe('covered');
  });
});
