// The linear text resolvers must give exactly the trees micromark's own give, and be the ones remark uses when
// Kijun's code runs (tests and bundles).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import * as ours from '../../server/src/vendor/micromarkText';
import { isMicromarkText } from '../../scripts/micromarkText.mjs';
import { cpuTime } from '../fuzz/pathological';

const root = join(__dirname, '../..');
const tree = (text: string) => JSON.stringify(unified().use(remarkParse).use(remarkGfm).parse(text));

/** Trees from upstream remark as published, in plain Node (no swap there). */
function upstreamTrees(docs: string[]): string[] {
  const script = `import { readFileSync } from 'node:fs'; import { unified } from 'unified'; import p from 'remark-parse'; import g from 'remark-gfm';
    const docs = JSON.parse(readFileSync(0, 'utf8'));
    process.stdout.write(JSON.stringify(docs.map((d) => JSON.stringify(unified().use(p).use(g).parse(d)))));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', input: JSON.stringify(docs), maxBuffer: 1 << 28 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

// Pieces that break `data` (character references, autolinks, HTML, code, emphasis, links, escapes) and that make
// line suffixes (trailing spaces and tabs, hard breaks), in any order and on any number of lines.
const piece = fc.constantFrom(
  'a', '規程', ' ', '  ', '\t', ' \t ', '&', '&amp;', '&#12354;', '&#x;', '&b', '<', '<b>', '<https://x.jp>', 'www.x.jp', 'a@b.jp',
  '*', '**', '_', '`', '``', '[', ']', '](u)', '[^1]', '\\', '\\&', '~', '~~', '!', '|', ':', '\n', '\n', '\n', '  \n', '\\\n', '\t\n', '\r\n', '\r',
  '> ', '- ', '1. ', '# ', '\n\n', '| a | b |\n| - | - |\n', '[r]: https://x.jp "t"\n', '第1条 ', '\u3000', '\0',
);
const doc = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('micromark text resolvers (linear) against upstream', () => {
  it('give the same tree for random inline-heavy Markdown', () => {
    const docs = fc.sample(doc, { numRuns: 1500, seed: 12 });
    docs.push('', ' ', 'a  ', 'a \t', 'a&b\nc&d  \ne\t\nf', '&amp;&amp;\n&amp;  ', '`a`  \n  b', 'x\\\ny  \nz \n');
    const expected = upstreamTrees(docs);
    const mismatches = docs.filter((d, i) => tree(d) !== expected[i]);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('parses one paragraph of many short lines with breaks in time linear in its size', () => {
    const parse = (n: number) => cpuTime(() => unified().use(remarkParse).use(remarkGfm).parse('a&b\n'.repeat(n))).ms;
    parse(1000);
    const small = Math.min(parse(15_000), parse(15_000));
    const big = parse(120_000);
    // Upstream: 120 000 lines take about a minute (one splice per line over all the events of the paragraph);
    // linear: about ×8 the 15 000 lines, 3 s in a bundle. Both bounds leave a margin of 3 and more.
    expect(big, `${small.toFixed(0)} → ${big.toFixed(0)} ms`).toBeLessThan(Math.max(24 * small, 1000));
    expect(big, `${big.toFixed(0)} ms for 120 000 lines`).toBeLessThan(20_000);
  }, 120_000);
});

describe('the swap', () => {
  it('matches only micromark importing its text content type', () => {
    expect(isMicromarkText('./initialize/text.js', '/x/node_modules/micromark/lib/parse.js')).toBe(true);
    expect(isMicromarkText('./initialize/text.js', 'C:\\x\\node_modules\\micromark\\dev\\lib\\constructs.js')).toBe(true);
    expect(isMicromarkText('./initialize/text.js', '/x/node_modules/other/lib/parse.js')).toBe(false);
    expect(isMicromarkText('./initialize/flow.js', '/x/node_modules/micromark/lib/parse.js')).toBe(false);
  });

  it('is in effect under the tests', () => {
    const calls: number[] = [];
    const resolveAll = ours.text.resolveAll!;
    (ours.text as { resolveAll: typeof resolveAll }).resolveAll = (events, context) => {
      calls.push(events.length);
      return resolveAll(events, context);
    };
    try {
      unified().use(remarkParse).parse('a&b\n');
    } finally {
      (ours.text as { resolveAll: typeof resolveAll }).resolveAll = resolveAll;
    }
    expect(calls.length).toBeGreaterThan(0);
  });

  it('is in the built server and CLI', () => {
    // Names are minified; the marker key of the swapped construct is not.
    expect(readFileSync(join(root, 'server/out/kijun.js'), 'utf8').includes('linearDataMerge')).toBe(true);
  });
});
