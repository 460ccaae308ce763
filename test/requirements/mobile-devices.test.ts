// Single clauses and the status they get are `examples:` in catalog/requirements/mobile-devices.yaml (examples.test.ts);
// what is left here checks clauses together, or more than the status of one.
import { describe, expect, it } from 'vitest';
import { statusOf } from './helpers';

const ID = 'mobile-devices';

describe(`${ID}: bans with a way out`, () => {
  it('treats a ban with a permission exception as the permission framework, not as outdated', () => {
    const body = 'モバイル端末の持ち出しは原則として禁止する。ただし、情報セキュリティ責任者の許可を得て、暗号化等の措置を講じた場合はこの限りでない。\n';
    expect(statusOf(ID, body)).toBe('covered');
  });

  it('is missing, not outdated, for a ban that allows exceptions but names no safeguard', () => {
    expect(statusOf(ID, 'モバイル端末は、許可を得た場合を除き、庁外に持ち出してはならない。\n')).toBe('missing');
  });
});
