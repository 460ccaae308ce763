// The linear-time EditMap must produce exactly what micromark-extension-gfm-table's own EditMap produces, and it must
// be the one remark uses when Kijun's code runs (tests and bundles).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { EditMap } from '../../server/src/vendor/gfmTableEditMap';
// The upstream class, loaded by path: the plugin swaps only the table syntax's own import of it.
import { EditMap as UpstreamEditMap } from '../../node_modules/micromark-extension-gfm-table/lib/edit-map.js';
import { isGfmTableEditMap } from '../../scripts/gfmTableEditMap.mjs';

const root = join(__dirname, '../..');
type Ev = ['enter' | 'exit', { n: number }, unknown];
const event = (n: number): Ev => ['enter', { n }, null];

describe('EditMap (linear) against the upstream EditMap', () => {
  it('gives the same events for any sequence of changes', () => {
    const change = fc.record({ at: fc.nat(40), remove: fc.nat(3), add: fc.array(fc.nat(1000), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.nat(40), fc.array(change, { maxLength: 30 }), (length, changes) => {
        const events = Array.from({ length }, (_, i) => event(-1 - i));
        const ours = new EditMap();
        const theirs = new UpstreamEditMap();
        for (const c of changes) {
          ours.add(c.at, c.remove, c.add.map(event) as never);
          theirs.add(c.at, c.remove, c.add.map(event) as never);
        }
        const a = events.slice();
        const b = events.slice();
        ours.consume(a as never);
        theirs.consume(b as never);
        expect(a).toEqual(b);
        // Both are empty and reusable afterwards.
        ours.add(0, 0, [event(7)] as never);
        ours.consume(a as never);
        expect(a[0]).toEqual(event(7));
      }),
      { numRuns: 500 },
    );
  });

  it('adds a very long list of events without overflowing the stack', () => {
    const map = new EditMap();
    map.add(0, 0, [event(0)] as never);
    map.add(0, 0, Array.from({ length: 300_000 }, (_, i) => event(i)) as never);
    const events: Ev[] = [];
    map.consume(events as never);
    expect(events).toHaveLength(300_001);
  });
});

describe('the swap', () => {
  it('matches only the table syntax importing its EditMap', () => {
    expect(isGfmTableEditMap('./edit-map.js', '/x/node_modules/micromark-extension-gfm-table/lib/syntax.js')).toBe(true);
    expect(isGfmTableEditMap('./edit-map.js', 'C:\\x\\node_modules\\micromark-extension-gfm-table\\dev\\lib\\syntax.js')).toBe(true);
    expect(isGfmTableEditMap('./edit-map.js', '/x/node_modules/other/lib/syntax.js')).toBe(false);
    expect(isGfmTableEditMap('./other.js', '/x/node_modules/micromark-extension-gfm-table/lib/syntax.js')).toBe(false);
  });

  it('is in effect under the tests: remark parses tables with the linear EditMap', () => {
    let calls = 0;
    const original = EditMap.prototype.add;
    EditMap.prototype.add = function (this: EditMap, ...args: Parameters<typeof original>) {
      calls++;
      return original.apply(this, args);
    };
    try {
      unified().use(remarkParse).use(remarkGfm).parse('| a | b |\n| - | - |\n| 1 | 2 |\n');
    } finally {
      EditMap.prototype.add = original;
    }
    expect(calls).toBeGreaterThan(0);
  });

  it('is in the built server and CLI', () => {
    // The server and the CLI share one bundle (server/out/server.js and cli.js only load it).
    for (const file of ['server/out/kijun.js']) {
      const text = readFileSync(join(root, file), 'utf8');
      // The indexed map is what makes it linear; the upstream class has no such field.
      expect(text.includes('byIndex'), `${file} has the linear EditMap`).toBe(true);
    }
  });

  it('gives the same tree as upstream on tables of every shape', () => {
    const docs = [
      '| a | b |\n| - | :-: |\n| 1 | 2 |\n| 3 |\n| 4 | 5 | 6 |\n',
      '| 区分 | 内容 |\n| --- | --- |\n| 端末 | **強調** と `code` |\n\n段落\n\n| x |\n|---|\n| y \\| z |\n',
      '> | q | r |\n> | - | - |\n> | 1 | 2 |\n\n- | l | m |\n  | - | - |\n  | 1 | 2 |\n',
      'a | b\n-- | --\nc | d\ne\n',
    ];
    const tree = (text: string) => JSON.stringify(unified().use(remarkParse).use(remarkGfm).parse(text));
    // Upstream remark as published, in plain Node (no swap there).
    const script = `import { unified } from 'unified'; import p from 'remark-parse'; import g from 'remark-gfm';
      const docs = JSON.parse(process.argv[1]);
      process.stdout.write(JSON.stringify(docs.map((d) => JSON.stringify(unified().use(p).use(g).parse(d)))));`;
    const upstream = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(docs)], { cwd: root, encoding: 'utf8' });
    expect(upstream.status, upstream.stderr).toBe(0);
    expect(docs.map(tree)).toEqual(JSON.parse(upstream.stdout));
  });
});

describe('large 別表', () => {
  it('a table of 2 000 rows × 5 columns is checked, one clause per row, not refused', async () => {
    const { analyzeText } = await import('../../server/src/core/index');
    const rows = Array.from({ length: 2000 }, (_, i) => `| ${i + 1} | 端末${i} | 情報システムセキュリティ管理者 | 不正プログラム対策ソフトウェアを導入する | |`);
    const text = ['# 情報セキュリティ対策基準', '', '## 別表第1 端末管理台帳', '', '| 番号 | 名称 | 管理者 | 措置 | 備考 |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
    const analysis = analyzeText(text);
    expect(analysis.findings.filter((f) => f.kind === 'limit')).toEqual([]);
    expect(analysis.document.clauses.filter((c) => c.kind === 'tableRow')).toHaveLength(2000);
  });
});
