import { generatePolicy } from './generate.mjs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
const p = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const text = generatePolicy(2e6, 1);
const parts = text.split(/\n(?=#{1,6} )/);
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  for (const part of parts) p.parse(part);
  console.log('pieces remark', (performance.now() - t).toFixed(0));
}
