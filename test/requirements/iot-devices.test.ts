// Single clauses and the status they get are `examples:` in catalog/requirements/iot-devices.yaml (examples.test.ts);
// what is left here checks clauses together, or more than the status of one.
import { describe, expect, it } from 'vitest';
import { statusOf } from './helpers';

const ID = 'iot-devices';

describe(`${ID}: the shared 複合機・特定用途機器 section`, () => {
  it('counts the specific-purpose sentence, not the printer one', () => {
    const printers = ['## 7.1.3 複合機・特定用途機器', '', '(1) 複合機の初期パスワードを変更すること。', ''].join('\n');
    expect(statusOf(ID, printers)).toBe('missing');
    const both = `${printers}(2) 特定用途機器について、脅威に応じた対策を講ずること。\n`;
    expect(statusOf(ID, both)).toBe('covered');
  });
});
