// Single clauses and the status they get are `examples:` in catalog/requirements/it-asset-management.yaml (examples.test.ts);
// what is left here checks clauses together, or more than the status of one.
import { describe, expect, it } from 'vitest';
import { statusOf } from './helpers';

const ID = 'it-asset-management';

describe(`${ID}: how old and new clauses combine`, () => {
  it('keeps a ledger as a complement when software collects the information automatically', () => {
    const body = [
      '1. 情報システムセキュリティ責任者は、端末の管理台帳を整備すること。',
      '2. 情報システムセキュリティ責任者は、IT資産管理ソフトウェアにより端末のソフトウェア情報を自動収集すること。',
      '',
    ].join('\n');
    expect(statusOf(ID, body)).toBe('covered');
  });
});
