import { generatePolicy } from './generate.mjs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
const p = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const text = generatePolicy(2e6, 1);
const parts = text.split(/\n(?=#{1,6} )/);
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  for (const part of parts) p.parse(part);
  const a = performance.now() - t;
  t = performance.now();
  for (const part of parts) postprocess(parse({extensions:[gfm()]}).document().write(preprocess()(part, undefined, true)));
  const b = performance.now() - t;
  t = performance.now();
  p.parse(text);
  const c = performance.now() - t;
  console.log('pieces remark', a.toFixed(0), 'pieces micromark only', b.toFixed(0), 'whole', c.toFixed(0));
}
