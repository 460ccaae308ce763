// Runs the reading matrix (matrix.ts) through the real checker: each generated clause, alone under a policy title,
// must get the status issue 11's table gives it. A summary per phenomenon is printed (KIJUN_MATRIX_REPORT=1 lists
// every failure); the cases the engine still reads wrong are listed in KNOWN_GAPS and must keep failing, so that a
// fix shows up as a change here.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';
import { type MatrixCase, matrixCases } from './matrix';

const TITLE = '# 情報セキュリティ対策基準';
const statusOf = (k: MatrixCase) =>
  analyzeText(`${TITLE}\n\n${k.text}\n`).requirements.find((r) => r.id === k.id)?.status;
const key = (k: MatrixCase) => `${k.id} | ${k.phenomenon} | ${k.style} | ${k.text.slice(0, 60)}`;

/** Cases the engine still reads wrong (documented in docs/evaluation.md); each must still fail. */
const KNOWN_GAPS = new Set<string>([
  // A 附則 (another section) that sets an article aside for the sites already running: carvedOutBy looks only at the
  // clauses after the article in its own section, and 「第12条の規定は」 is a reference by number, not 前項.
  'web-encryption | hard | ja | 第12条　全てのウェブサイトは、HTTPSにより常時暗号化しなければならない。',
  // The same for list items under a lead-in paragraph naming the CISO (「最高情報セキュリティ責任者は、次の措置を…」, "The
  // CISO shall:"): the items' context is their headings, not the paragraph above the list.
  'improvement-instructions | structure | list under firm lead-in |',
  'improvement-instructions | structure | list under weak lead-in |',
  'improvement-instructions | structure | en list |',
  // "Instructions for … improvements is optional." names no CISO, whom the rule needs: missing is defensible.
  'improvement-instructions | weak | optional (en) |',
  // A 号 item whose lead-in names the CISO: the item's context does not carry the lead-in (model/parse.ts), so the
  // CISO the rule needs is not seen with a blank line between. (In one paragraph the lead-in is read with its items:
  // checker/check.ts completedByItems.)
  'improvement-instructions | firm | 第N条 号（１） | 第12条（改善の指示）\n\n最高情報セキュリティ責任者は、次に掲げる措置を講じなければならない。\n\n（１）組織横断的な改善',
]);

describe('reading matrix', () => {
  const cases = matrixCases();
  const results = cases.map((k) => ({ k, got: statusOf(k) }));

  it('has every requirement × phenomenon', () => {
    expect(new Set(cases.map((k) => k.id)).size).toBe(11);
    expect(cases.length).toBeGreaterThan(400);
  });

  it('reads every case as issue 11 says, except the known gaps', () => {
    const by = new Map<string, { n: number; ok: number }>();
    const failures: string[] = [];
    for (const { k, got } of results) {
      const s = by.get(k.phenomenon) ?? { n: 0, ok: 0 };
      s.n++;
      if (got === k.expect) s.ok++;
      else failures.push(`${key(k)} → ${got} (want ${k.expect})`);
      by.set(k.phenomenon, s);
    }
    const lines = [...by].map(([p, s]) => `${p.padEnd(20)} ${String(s.ok).padStart(4)}/${String(s.n).padEnd(4)}`);
    const ok = results.filter((x) => x.got === x.k.expect).length;
    console.log(`matrix ${ok}/${results.length}\n${lines.join('\n')}`);
    if (process.env.KIJUN_MATRIX_REPORT) console.log(failures.join('\n'));
    const known = (f: string) => [...KNOWN_GAPS].some((g) => f.startsWith(g) || (g.startsWith('|') && f.includes(g)));
    const unexpected = failures.filter((f) => !known(f));
    const fixed = [...KNOWN_GAPS].filter((g) => !failures.some((f) => f.startsWith(g) || f.includes(g)));
    expect(unexpected).toEqual([]);
    expect(fixed).toEqual([]);
  });
});
