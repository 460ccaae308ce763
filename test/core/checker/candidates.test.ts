// evaluate() visits only a requirement's candidate clauses (checker/check.ts candidateClauses): those with a verdict,
// and every cited, marked or definition-expanded clause. Every other clause must be one it would pass by: the
// analysis with candidates says exactly what the walk over every clause says.
import { afterEach, describe, expect, it } from 'vitest';
import { generatePolicy } from '../../../bench/generate.mjs';
import { analyzeText, getCatalog } from '../../../server/src/core';
import { evaluation } from '../../../server/src/core/checker/check';
import { firstDifference, fixtureFiles, readText, snapshot } from '../incremental/compare';

afterEach(() => {
  evaluation.candidates = true;
});

function expectSameWalk(text: string, label: string): void {
  evaluation.candidates = true;
  const fast = snapshot(analyzeText(text));
  evaluation.candidates = false;
  const walked = snapshot(analyzeText(text));
  evaluation.candidates = true;
  expect(firstDifference(fast, walked), label).toBeUndefined();
}

const definitions = (defn: string, article: string) =>
  `# 情報セキュリティ対策基準\n\n## 第2条（定義）\n\n${defn}\n\n## 第6条（管理）\n\n${article}\n`;

describe('candidate clauses', () => {
  it('give every fixture the analysis of the full walk', () => {
    for (const file of fixtureFiles()) expectSameWalk(readText(file), file);
  }, 120_000);

  it('keep clauses that say something only through a defined term, a marker or a citation', () => {
    const id = getCatalog().requirements[3].id;
    const texts = [
      definitions(
        '(1) 情報機器　パソコン、サーバ及びそれらにインストールされたソフトウェアを総称したものをいう。',
        '課長は、毎年4月に情報機器の一覧表を作成し、統括責任者に提出しなければならない。\n\n情報機器を管理する。',
      ),
      definitions(
        '「IT機器」とは、端末、サーバ装置及びこれらで動作するソフトウェアをいう。',
        '管理者は、半期ごとにIT機器の台帳を手作業で更新すること。\n\nIT機器の一覧を作る。',
      ),
      definitions(
        '(1) 防御製品　未知の不正プログラムを振る舞いにより検知し実行を阻止する製品をいう。',
        `課長は、防御製品の購入費を予算に計上する。\n\n<!-- kijun: ${id} -->\n防御製品を整備する。\n\n電子メールを管理する。（統一基準 6.2.1(1) 対応）`,
      ),
      `${generatePolicy(20_000, 9)}\n## 用語の定義\n\n(1) 端末機　コンピュータ及びソフトウェアを総称したものをいう。\n\n端末機一覧表を毎年作成する。\n`,
    ];
    for (const [i, t] of texts.entries()) expectSameWalk(t, `text ${i}`);
  });
});
