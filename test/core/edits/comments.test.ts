// Front matter (not applicable) and disable comments: checked by parsing the result with the real parser, so
// the edit has the effect the checker reads, and the user's structure (lists, tables, YAML) stays intact.
import { describe, expect, it } from 'vitest';
import { analyzeText, parsePolicy } from '../../../server/src/core';
import {
  applyInsertions,
  planDisableComment,
  planNotApplicable,
  snippetToPlain,
  escapeSnippet,
} from '../../../server/src/core/edits';

const ID = 'email-encryption';
const reason = '${1:共通基盤で提供}';
const na = (text: string, snippet = false) => {
  const edit = planNotApplicable(parsePolicy(text), ID, reason, { snippet });
  return edit && applyInsertions(text, [edit]);
};

describe('mark as not applicable', () => {
  it('creates front matter when there is none', () => {
    const out = na('# 情報セキュリティ対策基準\n\n本文。\n')!;
    expect(out).toBe(`---\nkijun.not-applicable.${ID}: 共通基盤で提供\n---\n\n# 情報セキュリティ対策基準\n\n本文。\n`);
    const r = analyzeText(out).requirements.find((x) => x.id === ID)!;
    expect(r.status).toBe('not-applicable');
    expect(r.notApplicableReason).toBe('共通基盤で提供');
  });

  it('adds the key as the last line when front matter and a kijun: mapping exist', () => {
    const text =
      '---\ntitle: 対策基準\nkijun:\n  edition: h30\n  not-applicable:\n    drm: 対象システムなし\n---\n# 情報セキュリティ対策基準\n';
    const out = na(text)!;
    expect(out).toBe(
      text.replace('対象システムなし\n---', `対象システムなし\nkijun.not-applicable.${ID}: 共通基盤で提供\n---`),
    );
    const a = analyzeText(out);
    expect(a.requirements.find((x) => x.id === ID)!.status).toBe('not-applicable');
    // The existing settings still read, and the YAML has no problem.
    expect(a.settings.edition).toBe('h30');
    expect(a.findings.filter((f) => f.kind === 'configuration').map((f) => f.message)).toEqual(
      a.catalog.byId.has('drm') ? [] : [expect.stringContaining('drm')],
    );
  });

  it('keeps CRLF, handles empty front matter, and keeps the reason as a tab stop for snippet clients', () => {
    expect(na('---\r\ntitle: x\r\n---\r\n# 規程\r\n')).toBe(
      `---\r\ntitle: x\r\nkijun.not-applicable.${ID}: 共通基盤で提供\r\n---\r\n# 規程\r\n`,
    );
    expect(na('---\n---\n# 規程\n')).toBe(`---\nkijun.not-applicable.${ID}: 共通基盤で提供\n---\n# 規程\n`);
    expect(na('# 規程\n', true)).toBe(`---\nkijun.not-applicable.${ID}: ${reason}\n---\n\n# 規程\n`);
    expect(na('')).toBe(`---\nkijun.not-applicable.${ID}: 共通基盤で提供\n---`);
  });

  it('offers nothing when the key is already there or the YAML is broken', () => {
    expect(na(`---\nkijun.not-applicable.${ID}: ""\n---\n# 規程\n`)).toBeUndefined();
    expect(na('---\ntitle: [unclosed\n---\n# 規程\n')).toBeUndefined();
  });
});

describe('disable for this clause', () => {
  /** Disables the clause containing `needle` and returns the new text and the clauses now disabled. */
  const disable = (text: string, needle: string) => {
    const doc = parsePolicy(text);
    const c = doc.clauses.find((x) => text.slice(x.start, x.end).includes(needle))!;
    const out = applyInsertions(text, [planDisableComment(doc, c.index, ID, '${1:改訂予定}', { snippet: false })!]);
    const after = parsePolicy(out);
    const disabled = after.clauses.filter((x) => x.disabled?.has(ID)).map((x) => out.slice(x.start, x.end));
    return { out, after, disabled };
  };

  it('writes the comment on its own line before a paragraph, even inside a numbered run', () => {
    const { out, disabled } = disable('# 規程\n\n(1) 宛先。\n(2) 暗号化が望ましい。\n(3) 添付。\n', '望ましい');
    expect(out).toBe(
      `# 規程\n\n(1) 宛先。\n<!-- kijun-disable-next-line ${ID} -- 改訂予定 -->\n(2) 暗号化が望ましい。\n(3) 添付。\n`,
    );
    expect(disabled).toEqual(['(2) 暗号化が望ましい。']);
  });

  it('works for list items at any position and depth', () => {
    const text = '# 規程\n\n- 宛先。\n- 暗号化が望ましい。\n  - 例外。\n- 添付。\n';
    const second = disable(text, '望ましい');
    expect(second.disabled).toEqual(['- 暗号化が望ましい。']);
    expect(second.after.clauses.map((c) => second.out.slice(c.start, c.end))).toEqual([
      '- 宛先。',
      '- 暗号化が望ましい。',
      '- 例外。',
      '- 添付。',
    ]);
    const nested = disable(text, '例外');
    expect(nested.out).toBe(
      text.replace('  - 例外。', `  - 例外。 <!-- kijun-disable-next-line ${ID} -- 改訂予定 -->`),
    );
    expect(nested.disabled).toEqual([`- 例外。 <!-- kijun-disable-next-line ${ID} -- 改訂予定 -->`]);
    expect(disable(text, '宛先').disabled).toEqual(['- 宛先。']);
  });

  it('goes into the first cell of a table row so the table stays one table', () => {
    const text = '# 規程\n\n| 項目 | 内容 |\n|---|---|\n| 宛先 | 確認 |\n| 暗号化 | 望ましい |\n';
    const { out, after, disabled } = disable(text, '望ましい');
    expect(out).toContain(`| <!-- kijun-disable-next-line ${ID} -- 改訂予定 --> 暗号化 | 望ましい |`);
    expect(after.clauses.filter((c) => c.kind === 'tableRow')).toHaveLength(2);
    expect(disabled).toHaveLength(1);
    expect(disabled[0]).toContain('望ましい');
  });

  it('keeps CRLF', () => {
    const { out, disabled } = disable('# 規程\r\n\r\n暗号化が望ましい。\r\n', '望ましい');
    expect(out).toBe(`# 規程\r\n\r\n<!-- kijun-disable-next-line ${ID} -- 改訂予定 -->\r\n暗号化が望ましい。\r\n`);
    expect(disabled).toEqual(['暗号化が望ましい。']);
  });
});

describe('snippets', () => {
  it('expand to their defaults for clients without snippet support', () => {
    expect(snippetToPlain('${1:情報システムセキュリティ責任者}は、${2:STARTTLS 等により}暗号化すること。$0')).toBe(
      '情報システムセキュリティ責任者は、STARTTLS 等により暗号化すること。',
    );
    expect(snippetToPlain('${1|SPF,DKIM|} ${2} $3 ${1:a ${2:nested}} \\$5 \\} $ cost')).toBe(
      'SPF   a nested $5 } $ cost',
    );
    expect(snippetToPlain(escapeSnippet('a$b}c\\d'))).toBe('a$b}c\\d');
  });
});
