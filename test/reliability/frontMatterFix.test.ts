// "Mark as not applicable" on front matter of every shape (issue 12, item 6): the key goes into the mapping's own
// text range, in its own style, and the result must read as the old settings plus the new key. Before, a line was
// appended before the closing fence whatever the shape: a flow mapping, an indented mapping or a `...` end line
// became invalid YAML, every setting was dropped and a file that was a policy only through its `kijun` key lost
// all its findings — it looked fixed.
import { describe, expect, it } from 'vitest';
import { analyzeText, parsePolicy } from '../../server/src/core';
import { applyInsertions, planNotApplicable } from '../../server/src/core/edits';

const ID = 'email-encryption';
const BODY = '\n# 第1章 総則\n\n本文。\n';

function fix(text: string, snippet = false) {
  const edit = planNotApplicable(parsePolicy(text), ID, '${1:共通基盤で提供}', { snippet });
  return edit && { edit, out: applyInsertions(text, [edit]) };
}

/** The fix's effect as the checker reads it: the requirement not applicable, the other settings kept, no problem. */
function expectApplied(text: string, expected: { edition?: string; severityDrm?: string }) {
  const before = analyzeText(text);
  expect(before.isPolicy).toBe(true);
  const r = fix(text);
  expect(r, 'a fix is offered').toBeDefined();
  const a = analyzeText(r!.out);
  expect(a.isPolicy).toBe(true);
  expect(a.findings.filter((f) => f.kind === 'configuration').map((f) => f.message)).toEqual([]);
  expect(a.requirements.find((x) => x.id === ID)).toMatchObject({
    status: 'not-applicable',
    notApplicableReason: '共通基盤で提供',
  });
  if (expected.edition) expect(a.settings.edition).toBe(expected.edition);
  if (expected.severityDrm) expect(a.settings.severity.drm).toBe(expected.severityDrm);
  // Only inserted: the original text is still there, in order.
  expect(r!.out.slice(0, r!.edit.offset) + r!.out.slice(r!.edit.offset + r!.edit.text.length)).toBe(text);
  return r!.out;
}

describe('mark as not applicable keeps the front matter valid', () => {
  it('a flow mapping ({"kijun": {…}})', () => {
    const out = expectApplied(`---\n{"kijun": {"edition": "r5", "severity": {"drm": "off"}}}\n---${BODY}`, {
      edition: 'r5',
      severityDrm: 'off',
    });
    expect(out).toContain(
      `{"kijun": {"edition": "r5", "severity": {"drm": "off"}}, "kijun.not-applicable.${ID}": "共通基盤で提供"}`,
    );
  });

  it('a flow mapping over several lines, with CRLF and an empty one', () => {
    expectApplied(
      `---\r\n{\r\n  kijun: {edition: r5},\r\n  title: 規程\r\n}\r\n---\r\n${BODY.replace(/\n/g, '\r\n')}`,
      { edition: 'r5' },
    );
    const empty = `---\n{}\n---\n# 情報セキュリティ対策基準\n`;
    expect(fix(empty)!.out).toContain(`{"kijun.not-applicable.${ID}": "共通基盤で提供"}`);
  });

  it('an indented mapping', () => {
    const out = expectApplied(`---\n  kijun:\n    edition: r5\n  title: 規程\n---${BODY}`, { edition: 'r5' });
    expect(out).toContain(`  title: 規程\n  kijun.not-applicable.${ID}: 共通基盤で提供\n---`);
  });

  it('a `...` document end line', () => {
    const out = expectApplied(`---\nkijun:\n  edition: r5\n...\n---${BODY}`, { edition: 'r5' });
    expect(out).toContain(`  edition: r5\nkijun.not-applicable.${ID}: 共通基盤で提供\n...\n---`);
  });

  it('a block scalar and a comment after the mapping', () => {
    expectApplied(`---\nkijun:\n  edition: r5\nnote: |\n  長い\n  説明\n# 終わり\n---${BODY}`, { edition: 'r5' });
  });

  it('keeps the reason a tab stop in a flow mapping for snippet clients', () => {
    const r = fix(`---\n{"kijun": {"edition": "r5"}}\n---${BODY}`, true)!;
    expect(r.edit.text).toBe(`, "kijun.not-applicable.${ID}": "\${1:共通基盤で提供}"`);
    expect(r.edit.snippet).toBe(true);
  });

  it('offers nothing when the result would not mean the settings plus the key', () => {
    // A top-level sequence, a scalar: not a mapping to add to.
    expect(fix(`---\n- a\n---${BODY}`)).toBeUndefined();
    // Already there, nested.
    expect(fix(`---\n{"kijun.not-applicable.${ID}": "x"}\n---${BODY}`)).toBeUndefined();
  });
});
