// Per-edit cost of the incremental analyzer (core, in process) on the shapes where a section is huge: a 500 KB
// policy whose 別表 is one table, a 500 KB policy that is one long list, and a 1.85 MB table. Bundles the core
// the way the server's bundle is built (with the linear table EditMap and micromark text resolvers), then
// applies random one-character edits and prints p50/p95 of wall and CPU time per edit.
//   node test/core/incremental/measureShapes.mjs [edits=120]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { rng } from '../../../bench/generate.mjs';
import { esbuildPlugin as gfmTableEditMap } from '../../../scripts/gfmTableEditMap.mjs';
import { esbuildPlugin as micromarkText } from '../../../scripts/micromarkText.mjs';
import { oneListPolicy, oneTablePolicy } from './shapes.mjs';

const root = new URL('../../../', import.meta.url);
const out = join(mkdtempSync(join(tmpdir(), 'kijun-shapes-')), 'core.cjs');
const src = new URL(process.env.CORE_ROOT ?? 'server/src/core/index.ts', root).pathname.replace(/index\.ts$/, '');
await build({
  stdin: {
    contents: [
      `export { createIncrementalAnalyzer } from '${src}index.ts';`,
      `export { PieceSplitter } from '${src}incremental/pieces.ts';`,
      `export { buildPiece } from '${src}model/parse.ts';`,
      `export { analyzeText } from '${src}index.ts';`,
    ].join('\n'),
    resolveDir: src,
    loader: 'ts',
  },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
  plugins: [gfmTableEditMap(), micromarkText()],
});
const core = (await import(pathToFileURL(out).href)).default;

const N = Number(process.argv[2] ?? 120);
const WARMUP = 10;
const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

/** The same edits through the piece splitter alone (parse and piece models, no assembly or check). */
function measureSplit(name, text, partLength) {
  const r = rng(7);
  const splitter = new core.PieceSplitter(core.buildPiece, partLength ? { partLength } : {});
  splitter.update(text);
  const inserts = ['あ', '。', 'a', ' ', '情', '1', '|'];
  const cpu = [];
  const chars = [];
  let rejected = 0;
  let current = text;
  for (let i = 0; i < N + WARMUP; i++) {
    const at = r.int(current.length);
    const c = current.charCodeAt(at);
    const del = r.chance(0.3) && c !== 10 && c !== 13 && !(c >= 0xd800 && c <= 0xdfff);
    const ins = del ? '' : r.pick(inserts);
    const end = del ? at + 1 : at;
    current = current.slice(0, at) + ins + current.slice(end);
    const c0 = process.cpuUsage();
    splitter.update(current, { start: at, oldEnd: end, newEnd: at + ins.length });
    const u = process.cpuUsage(c0);
    if (i >= WARMUP) {
      cpu.push((u.user + u.system) / 1000);
      chars.push(splitter.stats.parsedChars);
      rejected += splitter.stats.rejected;
    }
  }
  console.log(
    `${name.padEnd(18)} split only, partLength ${partLength ?? 'default'}: pieces ${splitter.stats.pieces}  cpu p50 ${q(cpu, 0.5).toFixed(1)} p95 ${q(cpu, 0.95).toFixed(1)} ms  ` +
      `parsed chars p50 ${q(chars, 0.5)} p95 ${q(chars, 0.95)} max ${Math.max(...chars)}  rejected ${rejected}`,
  );
}

function measure(name, text) {
  const r = rng(7);
  const analyzer = core.createIncrementalAnalyzer();
  let t0 = performance.now();
  analyzer.update(text);
  const open = performance.now() - t0;
  const chars = ['あ', '。', 'a', ' ', '情', '1', '|'];
  const wall = [];
  const cpu = [];
  let parsed = 0;
  let current = text;
  for (let i = 0; i < N + WARMUP; i++) {
    const at = r.int(current.length);
    const c = current.charCodeAt(at);
    const del = r.chance(0.3) && c !== 10 && c !== 13 && !(c >= 0xd800 && c <= 0xdfff);
    const ins = del ? '' : r.pick(chars);
    const edit = { start: at, end: del ? at + 1 : at, text: ins };
    current = current.slice(0, at) + ins + current.slice(edit.end);
    const c0 = process.cpuUsage();
    t0 = performance.now();
    analyzer.applyEdits([edit]);
    const w = performance.now() - t0;
    const u = process.cpuUsage(c0);
    if (i >= WARMUP) {
      wall.push(w);
      cpu.push((u.user + u.system) / 1000);
      parsed += analyzer.stats.parsedChars;
    }
  }
  const kb = (text.length * 3) / 1024;
  console.log(
    `${name.padEnd(18)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(5)} KB  pieces ${String(analyzer.stats.pieces).padStart(4)}  open ${open.toFixed(0).padStart(5)} ms  ` +
      `edit wall p50 ${q(wall, 0.5).toFixed(1)} p95 ${q(wall, 0.95).toFixed(1)} ms  cpu p50 ${q(cpu, 0.5).toFixed(1)} p95 ${q(cpu, 0.95).toFixed(1)} ms  ` +
      `parsed/edit ${(parsed / wall.length / 1024).toFixed(1)} K chars`,
  );
  void kb;
}

if (process.env.FULL) {
  const { generatePolicy } = await import('../../../bench/generate.mjs');
  for (const [name, text] of [
    ['policy 2 MB', generatePolicy(2 * 1024 * 1024)],
    ['policy 500 KB', generatePolicy(500 * 1024)],
    ['one table 500 KB', oneTablePolicy(500 * 1024)],
    ['one list 500 KB', oneListPolicy(500 * 1024)],
  ]) {
    const cpu = [];
    for (let i = 0; i < 5; i++) {
      const c0 = process.cpuUsage();
      core.analyzeText(text);
      const u = process.cpuUsage(c0);
      cpu.push((u.user + u.system) / 1000);
    }
    console.log(
      `${name.padEnd(18)} full check cpu min ${Math.min(...cpu).toFixed(0)} p50 ${q(cpu, 0.5).toFixed(0)} ms`,
    );
  }
  process.exit(0);
}
if (process.env.MEMORY) {
  // Peak resident memory (MB) after opening a one-list policy of MEMORY MB and after five edits. (A 5 MB one
  // list is refused by the guard's maxSectionWork.)
  const mb = Number(process.env.MEMORY);
  const text = oneListPolicy(mb * 1024 * 1024);
  const analyzer = core.createIncrementalAnalyzer();
  const a = analyzer.update(text);
  const open = process.resourceUsage().maxRSS / 1024;
  for (let i = 1; i <= 5; i++) {
    const at = Math.floor((text.length * i) / 6);
    analyzer.applyEdits([{ start: at, end: at, text: 'あ' }]);
  }
  console.log(
    `one list ${mb} MB: ${a.document.clauses.length} clauses${a.refused ? ` (refused: ${JSON.stringify(a.refused).slice(0, 200)})` : ''}, peak RSS after open ${open.toFixed(0)} MB, after five edits ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  process.exit(0);
}
if (process.env.SPLIT_ONLY) {
  for (const len of process.env.SPLIT_ONLY.split(',').map(Number)) {
    measureSplit('one table 500 KB', oneTablePolicy(500 * 1024), len);
    measureSplit('one list 500 KB', oneListPolicy(500 * 1024), len);
  }
  process.exit(0);
}
// SHAPES=list,table,big picks some (for a profile: node --cpu-prof …).
const shapes = (process.env.SHAPES ?? 'table,list,big').split(',');
if (shapes.includes('table')) measure('one table 500 KB', oneTablePolicy(500 * 1024));
if (shapes.includes('list')) measure('one list 500 KB', oneListPolicy(500 * 1024));
if (shapes.includes('big')) measure('one table 1.85 MB', oneTablePolicy(1.85 * 1024 * 1024));
