// The long differential fuzz of the line scanner (bundled and started by test/fuzz/scan.mjs): generated
// documents compared with whole-document remark (headings, fenced code), and random edits whose incremental
// rescan is compared with a full scan. Prints each divergence (seed, document, both readings) and a summary.
import { IncrementalScan } from '../../server/src/core/scan';
import { compareBlocks, remarkBlocks, scannedBlocks } from '../core/scan/blocksOf';
import { random, randomDocument, randomEdit } from '../core/scan/grammar';

const args = process.argv.slice(2);
const value = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
};
const runs = value('runs', 20_000);
const first = value('seed', 1);
const show = value('show', 5);

let differential = 0;
let incremental = 0;
const t0 = process.cpuUsage();
for (let seed = first; seed < first + runs; seed++) {
  const r = random(seed);
  const text = randomDocument(r);
  const d = compareBlocks(remarkBlocks(text), scannedBlocks(text));
  if (d && ++differential <= show) console.log(`differential seed ${seed}: ${JSON.stringify(text)}\n${d}\n`);
  // An edit, rescanned incrementally, against a full scan of the new text.
  const scan = new IncrementalScan();
  scan.update(text);
  const { text: next, ...span } = randomEdit(r, text);
  scan.update(next, span);
  const full = new IncrementalScan();
  full.update(next);
  const a = JSON.stringify([scan.headings, scan.fences, scan.parts, scan.blockStarts()]);
  const b = JSON.stringify([full.headings, full.fences, full.parts, full.blockStarts()]);
  if (a !== b && ++incremental <= show) console.log(`incremental seed ${seed}: ${JSON.stringify(next)}\n${a}\n${b}\n`);
}
const cpu = process.cpuUsage(t0);
console.log(
  `scan fuzz: ${runs} documents from seed ${first}, ${differential} differ from remark, ${incremental} incremental ≠ full; ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`,
);
process.exit(differential + incremental ? 1 : 0);
