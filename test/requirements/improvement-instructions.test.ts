// Single clauses and the status they get are `examples:` in catalog/requirements/improvement-instructions.yaml (examples.test.ts);
// what is left here checks clauses together, or more than the status of one.
import { describe, expect, it } from 'vitest';
import { statusOf } from './helpers';

const ID = 'improvement-instructions';

describe(`${ID}: who gives the instruction`, () => {
  it('needs the CISO, in the clause or in what frames it', () => {
    expect(statusOf(ID, '統括情報セキュリティ責任者は、組織横断的な改善事項を各部局に指示すること。\n')).toBe('missing');
    const framed = ['- 最高情報セキュリティ責任者は、次の事項を行う。', '  - 組織横断的な改善事項を統括情報セキュリティ責任者に指示すること。', ''].join('\n');
    expect(statusOf(ID, framed)).toBe('covered');
  });
});
