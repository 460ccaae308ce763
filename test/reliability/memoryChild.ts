// Child process of test/reliability/memory.test.ts (bundled there with the same parser swaps as the server):
// analyses one pathological document and prints its CPU time and the process's peak memory as JSON.
import { analyzeText } from '../../server/src/core';
import { maxSectionWorkOf } from '../../server/src/core/guard';
import { cpuTime, pathological } from '../fuzz/pathological';

const [name, n] = [process.argv[2], Number(process.argv[3])];
analyzeText('# 情報セキュリティ対策基準\n\n電子メールを暗号化すること。\n'); // warm up: catalog, JIT
const text = pathological(name).make(n);
const baseMB = process.resourceUsage().maxRSS / 1024;
const { value, ms } = cpuTime(() => analyzeText(text));
const peakMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  JSON.stringify({
    mb: Buffer.byteLength(text) / 1e6,
    ms,
    baseMB,
    peakMB,
    work: maxSectionWorkOf(text),
    refused: value.refused?.limit ?? null,
  }) + '\n',
);
