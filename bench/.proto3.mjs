import { generatePolicy } from './generate.mjs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
const p = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const size = Number(process.argv[2]);
const text = generatePolicy(size, 1);
const parts = text.split(/\n(?=#{1,6} )/);
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
const W = [], P = [];
for (let round = 0; round < 4; round++) {
  let t = performance.now();
  for (const part of parts) p.parse(part);
  P.push(performance.now() - t);
  t = performance.now();
  p.parse(text);
  W.push(performance.now() - t);
}
console.log(size, 'whole', W.map(x=>x.toFixed(0)).join(' '), 'pieces', P.map(x=>x.toFixed(0)).join(' '));
