import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
const p = unified().use(remarkParse).use(remarkGfm);
const line = '情報システムセキュリティ責任者は、あらかじめ定めた手順に従い、端末の利用を許可制とすること。';
const kinds = {
  paragraphs: (n) => Array.from({ length: n }, (_, i) => `(${i}) ${line}`).join('\n\n'),
  sections: (n) => Array.from({ length: n }, (_, i) => `## ${i} 見出し\n\n(${i}) ${line}`).join('\n\n'),
  list: (n) => Array.from({ length: n }, (_, i) => `- ${line}`).join('\n'),
  table: (n) => '| a | b |\n|---|---|\n' + Array.from({ length: n }, (_, i) => `| ${i} | ${line} |`).join('\n'),
};
for (const [k, f] of Object.entries(kinds)) {
  const r = [];
  for (const n of [2000, 8000, 32000]) {
    const t = f(n); p.parse(t);
    const t0 = performance.now(); p.parse(t); r.push(`${n}:${((performance.now() - t0) / (t.length / 1e6)).toFixed(0)}ms/Mchar`);
  }
  console.log(k, r.join(' '));
}
