import { generatePolicy } from './generate.mjs';
import { lint } from 'markdownlint/sync';
const size = Number(process.argv[2]);
const text = generatePolicy(size, 1);
for (let round = 0; round < 4; round++) {
  const t = performance.now();
  const r = lint({ strings: { doc: text } });
  console.log(size, 'markdownlint', (performance.now() - t).toFixed(0), r.doc.length);
}
