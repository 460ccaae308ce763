// Per-edit cost of the incremental analyzer, in process: opens a generated policy and applies one-character edits
// at random places, timing each (wall and CPU). Not a test (vitest does not collect .mjs here): run it by hand,
//   node test/core/incremental/measureEdits.mjs [sizes in KB, comma-separated] [edits]
// with `--cpu-prof` before the script for a profile, or KIJUN_MEASURE_MEMORY=1 (and --expose-gc) for heap and
// RSS after open and after 20 edits.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generatePolicy, rng } from '../../../bench/generate.mjs';
import { esbuildPlugin as gfmTableEditMap } from '../../../scripts/gfmTableEditMap.mjs';
import { esbuildPlugin as micromarkText } from '../../../scripts/micromarkText.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const outDir = join(tmpdir(), 'kijun-measure-edits');
mkdirSync(outDir, { recursive: true });
const bundle = join(outDir, 'core.cjs');
await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  keepNames: true,
  logLevel: 'warning',
  define: { KIJUN_VERSION: JSON.stringify('measure') },
  plugins: [gfmTableEditMap(), micromarkText()],
  entryPoints: [join(root, 'server/src/core/index.ts')],
  outfile: bundle,
});
const core = createRequire(import.meta.url)(bundle);

const sizes = (process.argv[2] ?? '50,500,2000,5000').split(',').map((s) => Number(s) * 1000);
const count = Number(process.argv[3] ?? 100);
const memory = process.env.KIJUN_MEASURE_MEMORY === '1';
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const mb = (n) => (n / 1e6).toFixed(0);
const usage = () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return `heap ${mb(m.heapUsed)} MB, rss ${mb(m.rss)} MB`;
};

for (const bytes of sizes) {
  const text = generatePolicy(bytes, 2024);
  const a = core.createIncrementalAnalyzer();
  const t0 = performance.now();
  a.update(text);
  const open = performance.now() - t0;
  if (memory) console.log(`${bytes / 1000} KB after open: ${usage()}`);
  const r = rng(77);
  const chars = ['あ', 'い', '。', '、', 'a', 'e', ' ', '情', '報', '1'];
  const wall = [];
  const cpu = [];
  for (let i = 0; i < count; i++) {
    const t = a.text;
    const offset = r.int(t.length);
    const c = t.charCodeAt(offset);
    const del = r.chance(0.3) && c !== 10 && c !== 13 && !(c >= 0xd800 && c <= 0xdfff);
    const edit = { start: offset, end: del ? offset + 1 : offset, text: del ? '' : r.pick(chars) };
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    a.applyEdits([edit]);
    const w = performance.now() - w0;
    const cu = process.cpuUsage(c0);
    // The first few edits warm the JIT up.
    if (i >= 5) {
      wall.push(w);
      cpu.push((cu.user + cu.system) / 1000);
    }
    if (memory && i === 19) console.log(`${bytes / 1000} KB after 20 edits: ${usage()}`);
  }
  const f = (x) => x.toFixed(1);
  console.log(
    `${bytes / 1000} KB: open ${f(open)} ms; per edit wall p50 ${f(quantile(wall, 0.5))} p95 ${f(quantile(wall, 0.95))} ms, cpu p50 ${f(quantile(cpu, 0.5))} p95 ${f(quantile(cpu, 0.95))} ms`,
  );
}
