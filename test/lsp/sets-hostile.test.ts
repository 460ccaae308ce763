// Policy sets from a hostile repository (issue 12, items 7, 8, 9 and 12), in the CLI and over real LSP: a
// kijun.json of 6 000 nested `[` must not stop the other sets from being published; a kijun.json that is a link to
// a file outside its folder is not read (nothing of it is echoed); a file name with `\` does not lead the server out
// of the workspace; a set's size is capped with a finding. The loading is the core's (core/policySet/load.ts),
// shared by the CLI and the server.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyzePolicySet,
  analyzeText,
  getCatalog,
  type CheckOptions,
  type PolicyAnalysis,
} from '../../server/src/core';
import { nodeFileSystem } from '../../server/src/node/fileSystem';
import type { FileSystem } from '../../server/src/core/policySet/fileSystem';
import { loadPolicySet, MAX_SET_FILES, resolvePolicySet } from '../../server/src/core/policySet/load';
import { scanJson } from '../../server/src/core/policySet/jsonLocations';
import { uriPath } from '../../server/src/lsp/uris';
import { root, Session } from './session';

const THREE = join(root, 'test', 'fixtures', 'sets', 'three');
const cli = join(root, 'server', 'out', 'cli.js');
const SECRET = 'SECRET_TOKEN_6f1e';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tmp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `kijun-${name}-`));
  dirs.push(d);
  return d;
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const DOC = '# 情報セキュリティ対策基準\n\n電子メールを暗号化すること。\n';

describe('a deep kijun.json (item 7)', () => {
  it('the key scanner is iterative: 6 000 and 400 000 nested brackets', () => {
    for (const n of [6_000, 400_000]) {
      const r = scanJson(`{"files": ${'['.repeat(n)}${']'.repeat(n)}}`);
      expect(r.errorAt).toBeUndefined();
      expect(r.locations.get('files')).toBeDefined();
      expect(scanJson('['.repeat(n)).errorAt).toBe(n);
    }
  });

  it('the core reports it as a configuration problem', async () => {
    const dir = tmp('deep-core');
    writeFileSync(join(dir, 'kijun.json'), `{"files": ["a.md"], "name": ${'['.repeat(6000)}${']'.repeat(6000)}}`);
    writeFileSync(join(dir, 'a.md'), DOC);
    const set = await loadPolicySet(nodeFileSystem, join(dir, 'kijun.json'), getCatalog());
    expect(set.problems.map((p) => p.key)).toContain('name');
  });

  it('in the server: the other set is still published, and the deep one says what is wrong on its kijun.json', async () => {
    const ws = tmp('deep-lsp');
    cpSync(THREE, join(ws, 'a'), { recursive: true });
    mkdirSync(join(ws, 'b'));
    writeFileSync(
      join(ws, 'b', 'kijun.json'),
      `{"files": ["doc.md"], "edition": ${'['.repeat(6000)}${']'.repeat(6000)}}`,
    );
    writeFileSync(join(ws, 'b', 'doc.md'), DOC);
    const s = await Session.start({ locale: 'en', workspaceFolder: ws, watchFiles: true });
    try {
      const uri = (p: string) => pathToFileURL(join(ws, p)).href;
      // The deep set first: before the fix its exception ended the refresh loop here.
      await s.open(uri('b/doc.md'), DOC);
      await s.open(uri('a/対策基準.md'), readFileSync(join(ws, 'a', '対策基準.md'), 'utf8'));
      const deep = await s.until(
        () => s.published.find((p) => p.uri === uri('b/kijun.json') && p.diagnostics.length),
        20_000,
        "the deep kijun.json's diagnostics",
      );
      expect(deep.diagnostics.map((d) => d.message).join('\n')).toMatch(/edition/);
      // 別表.md is not open: its findings come from the set's publication.
      await s.until(
        () => s.published.find((p) => p.uri === uri('a/別表.md')),
        20_000,
        'the unopened file of the other set',
      );
    } finally {
      await s.shutdown();
    }
  }, 60_000);
});

describe('a kijun.json that links outside its folder (item 8)', () => {
  const setUp = () => {
    const base = tmp('link');
    const outside = join(base, 'outside');
    mkdirSync(outside);
    // The target names a file, so that following it would check the set and echo its unknown key.
    writeFileSync(join(outside, 'secret.json'), JSON.stringify({ files: ['doc.md'], [SECRET]: 'x' }));
    const ws = join(base, 'ws');
    mkdirSync(join(ws, 'c'), { recursive: true });
    writeFileSync(join(ws, 'c', 'doc.md'), DOC);
    symlinkSync(join(outside, 'secret.json'), join(ws, 'c', 'kijun.json'));
    return { ws };
  };

  it('the CLI does not read it, and says why', () => {
    const { ws } = setUp();
    for (const args of [
      ['check', 'c'],
      ['check', '--policy', 'c/kijun.json'],
      ['check', '--format', 'json', 'c'],
      ['report', 'c'],
    ]) {
      const r = spawnSync(process.execPath, [cli, ...args], { cwd: ws, encoding: 'utf8', timeout: 60_000 });
      expect(r.stdout + r.stderr, args.join(' ')).not.toContain(SECRET);
      expect(r.stdout + r.stderr, args.join(' ')).toMatch(
        /link to a file outside its folder|フォルダの外のファイルへのリンク/,
      );
    }
  });

  it('the server does not read it, and says why on the kijun.json', async () => {
    const { ws } = setUp();
    const s = await Session.start({ locale: 'en', workspaceFolder: ws, watchFiles: true });
    try {
      const configUri = pathToFileURL(join(ws, 'c', 'kijun.json')).href;
      await s.open(pathToFileURL(join(ws, 'c', 'doc.md')).href, DOC);
      const p = await s.until(
        () => s.published.find((x) => x.uri === configUri && x.diagnostics.length),
        20_000,
        "the link's diagnostic",
      );
      expect(p.diagnostics[0].message).toMatch(/link to a file outside its folder: not read/);
      await wait(300);
      expect(JSON.stringify(s.published) + s.logs.join('\n')).not.toContain(SECRET);
    } finally {
      await s.shutdown();
    }
  }, 60_000);
});

describe('a file name with a backslash (item 9)', () => {
  it('is a name on POSIX, not a path', () => {
    if (process.platform === 'win32') return;
    expect(uriPath('file:///ws/x%5C..%5C..%5Cevil/doc.md')).toBe('/ws/x\\..\\..\\evil/doc.md');
  });

  it('does not lead the server to a kijun.json outside the workspace', async () => {
    if (process.platform === 'win32') return;
    const base = tmp('backslash');
    const ws = join(base, 'ws');
    // ws/x exists, so ws/x/../../evil is a real path: base/evil.
    mkdirSync(join(ws, 'x'), { recursive: true });
    mkdirSync(join(base, 'evil'));
    writeFileSync(join(base, 'evil', 'kijun.json'), JSON.stringify({ files: ['doc.md'], [SECRET]: 'x' }));
    writeFileSync(join(base, 'evil', 'doc.md'), DOC);
    const tricky = join(ws, 'x\\..\\..\\evil');
    mkdirSync(tricky);
    writeFileSync(join(tricky, 'doc.md'), DOC);
    const s = await Session.start({ locale: 'en', workspaceFolder: ws, watchFiles: true });
    try {
      const uri = pathToFileURL(join(tricky, 'doc.md')).href;
      await s.open(uri, DOC);
      await s.diagnosticsFor(uri, 1, 20_000);
      await wait(500);
      expect(s.published.map((p) => p.uri).filter((u) => u.includes('evil/kijun.json') && !u.includes('%5C'))).toEqual(
        [],
      );
      expect(JSON.stringify(s.published)).not.toContain(SECRET);
    } finally {
      await s.shutdown();
    }
  }, 60_000);
});

describe('a set file with an invalid byte (item 13)', () => {
  it('is checked, and the kijun.json says where the byte is', async () => {
    const ws = tmp('badbyte');
    cpSync(THREE, ws, { recursive: true });
    const table = join(ws, '別表.md');
    const text = readFileSync(table, 'utf8') + '\nnote: X\n';
    const lines = text.split('\n');
    const line = lines.length - 1;
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.lastIndexOf('X')] = 0xff;
    writeFileSync(table, bytes);
    const s = await Session.start({ locale: 'en', workspaceFolder: ws, watchFiles: true });
    try {
      const configUri = pathToFileURL(join(ws, 'kijun.json')).href;
      await s.open(pathToFileURL(join(ws, '対策基準.md')).href, readFileSync(join(ws, '対策基準.md'), 'utf8'));
      const p = await s.until(
        () =>
          s.published.find(
            (x) => x.uri === configUri && x.diagnostics.some((d) => /unreadable bytes/.test(String(d.message))),
          ),
        20_000,
        'the warning on kijun.json',
      );
      const d = p.diagnostics.find((x) => /unreadable bytes/.test(String(x.message)))!;
      expect(d.severity).toBe(2);
      expect(d.message).toBe(
        `files: 別表.md has unreadable bytes (1 invalid UTF-8 byte sequence replaced with U+FFFD, the first at line ${line}, column 7)`,
      );
      // Still checked: 別表.md (not open) gets the set's findings.
      await s.until(() => s.published.find((x) => x.uri === pathToFileURL(table).href), 20_000, '別表.md published');
    } finally {
      await s.shutdown();
    }
  }, 60_000);
});

describe('the size of a set (item 12)', () => {
  /** A file system in memory: a folder of `n` Markdown files (the core needs nothing else). */
  const memory = (n: number): FileSystem => {
    const files = Array.from({ length: n }, (_, i) => `/set/d${Math.floor(i / 100)}/f${i}.md`);
    const dirs = new Map<string, Array<{ name: string; isFile: boolean; isDirectory: boolean; isLink: boolean }>>([
      ['/set', []],
    ]);
    for (const f of files) {
      const dir = posix.dirname(f);
      if (!dirs.has(dir))
        dirs.set(dir, []),
          dirs.get('/set')!.push({ name: posix.basename(dir), isFile: false, isDirectory: true, isLink: false });
      dirs.get(dir)!.push({ name: posix.basename(f), isFile: true, isDirectory: false, isLink: false });
    }
    return {
      path: posix,
      stat: async (p) =>
        p.endsWith('.md') || p.endsWith('kijun.json')
          ? { isFile: true, isDirectory: false, size: 10, stamp: '1' }
          : dirs.has(p)
            ? { isFile: false, isDirectory: true, size: 0, stamp: '1' }
            : undefined,
      realpath: async (p) => p,
      readBytes: async () => ({ ok: true, bytes: new TextEncoder().encode(JSON.stringify({ files: ['**/*.md'] })) }),
      readDirectory: async (p) => dirs.get(p)?.map((e) => ({ ...e })),
    };
  };

  it('`**/*.md` over 20 000 files: capped with a finding, resolved fast', async () => {
    const fs = memory(20_000);
    const before = process.cpuUsage();
    const set = await resolvePolicySet(fs, '/set/kijun.json', JSON.stringify({ files: ['**/*.md'] }), getCatalog());
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(3_000);
    expect(set.files).toHaveLength(MAX_SET_FILES);
    const p = set.problems.find((x) => x.key === 'files')!;
    expect(p.severity).toBe('error');
    expect(p.message.en).toMatch(/too many files: 20,000/);
    // Under the cap: no such problem.
    expect(
      (
        await resolvePolicySet(
          memory(MAX_SET_FILES),
          '/set/kijun.json',
          JSON.stringify({ files: ['**/*.md'] }),
          getCatalog(),
        )
      ).problems,
    ).toEqual([]);
  });

  it("an edit to one file re-combines only that file's share of the set", () => {
    const texts = Array.from(
      { length: 40 },
      (_, i) =>
        `# 規程 ${i}\n\n## 第1章\n\n電子メールサーバ間の通信をSTARTTLSにより暗号化すること。第${i}条 HTTPSを用いること。\n`,
    );
    const cache = new Map<string, PolicyAnalysis>();
    const analyze = (f: { path: string; text: string }, o: CheckOptions) => {
      const key = `${f.path}\u0000${f.text}`;
      let a = cache.get(key);
      if (!a) cache.set(key, (a = analyzeText(f.text, o)));
      return a;
    };
    const files = () => texts.map((text, i) => ({ path: `f${i}.md`, text }));
    const first = analyzePolicySet(files(), { analyze });
    expect(first.stats).toEqual({ computed: 40, reused: 0 });
    texts[7] += '\n電子メールは暗号化することが望ましい。\n';
    const second = analyzePolicySet(files(), { analyze });
    expect(second.stats).toEqual({ computed: 1, reused: 39 });
    // The same as combining everything afresh.
    const fresh = analyzePolicySet(files());
    const strip = (x: typeof fresh) =>
      JSON.stringify({
        requirements: x.requirements,
        files: x.files.map((f) => ({
          path: f.path,
          requirements: f.analysis.requirements,
          findings: f.analysis.findings,
        })),
      });
    expect(strip(second)).toBe(strip(fresh));
  });

  it('the CLI refuses a set over the cap (exit 2) with the finding', () => {
    const dir = tmp('cap');
    for (let i = 0; i <= MAX_SET_FILES; i++) writeFileSync(join(dir, `f${i}.md`), '# 規程\n');
    writeFileSync(join(dir, 'kijun.json'), JSON.stringify({ files: ['*.md'] }));
    const r = spawnSync(process.execPath, [cli, 'check', '--lang', 'en', '--policy', join(dir, 'kijun.json')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/too many files: 501/);
    // Checking the folder: the files over the cap are the set's too, not checked one by one.
    const folder = spawnSync(process.execPath, [cli, 'check', '--lang', 'en', '--format', 'json', dir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(folder.status).toBe(2);
    expect(JSON.parse(folder.stdout).files).toEqual([]);
  });
});
