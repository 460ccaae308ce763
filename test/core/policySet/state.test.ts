// The policy-set state of an editor session (server/src/core/policySet/state.ts) over a file system in memory: the
// one state the Node server and the web worker share, checked without Node's disk or an LSP connection.
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';
import type { DirectoryEntry, FileSystem } from '../../../server/src/core/policySet/fileSystem';
import { MAX_CONFIG_BYTES } from '../../../server/src/core/policySet/load';
import { PolicySetState, setCheckOptions, type OpenBuffer } from '../../../server/src/core/policySet/state';

/** Files (text), folders and links in memory; each write changes the file's stamp. Counts the reads. */
class MemoryFileSystem implements FileSystem {
  readonly path = posix;
  readonly files = new Map<string, { bytes: Uint8Array; stamp: number }>();
  readonly links = new Map<string, string>();
  reads = 0;
  private clock = 0;

  write(path: string, text: string | Uint8Array): void {
    this.files.set(path, {
      bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
      stamp: ++this.clock,
    });
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  private isDir(p: string): boolean {
    return p === '/' || [...this.files.keys(), ...this.links.keys()].some((f) => f.startsWith(p + '/'));
  }

  private follow(p: string): string {
    const link = this.links.get(p);
    return link === undefined ? p : link;
  }

  async stat(p: string) {
    const real = this.follow(p);
    const f = this.files.get(real);
    if (f) return { isFile: true, isDirectory: false, size: f.bytes.length, stamp: String(f.stamp) };
    return this.isDir(real) ? { isFile: false, isDirectory: true, size: 0, stamp: '0' } : undefined;
  }

  async realpath(p: string) {
    const real = this.follow(p);
    return this.files.has(real) || this.isDir(real) ? real : undefined;
  }

  async readBytes(p: string, limit: number) {
    this.reads++;
    const f = this.files.get(this.follow(p));
    if (!f)
      return this.isDir(p)
        ? { ok: false as const, reason: 'not-a-file' as const, directory: true }
        : { ok: false as const, reason: 'missing' as const };
    if (f.bytes.length > limit)
      return { ok: false as const, reason: 'too-large' as const, size: f.bytes.length, limit };
    return { ok: true as const, bytes: f.bytes };
  }

  async readDirectory(p: string) {
    if (!this.isDir(p)) return undefined;
    const out = new Map<string, DirectoryEntry>();
    for (const f of [...this.files.keys(), ...this.links.keys()]) {
      if (!f.startsWith(p + '/')) continue;
      const [name, ...deeper] = f.slice(p.length + 1).split('/');
      if (deeper.length) out.set(name, { name, isFile: false, isDirectory: true, isLink: false });
      else out.set(name, { name, isFile: !this.links.has(f), isDirectory: false, isLink: this.links.has(f) });
    }
    return [...out.values()];
  }
}

const STANDARD = '# 情報セキュリティ対策基準\n\n## 第1章\n\nウェブサーバとの通信は HTTPS により暗号化すること。\n';
const TABLE = '# 別表\n\n## 電子メール\n\n電子メールサーバ間の通信を STARTTLS により暗号化すること。\n';

function session() {
  const fs = new MemoryFileSystem();
  const open = new Map<string, OpenBuffer<string>>();
  const state = new PolicySetState<string>({
    fs,
    maxOpenLength: 10 * 1024 * 1024,
    openAt: (p) => open.get(p),
    uriFor: (p) => `mem://${p}`,
    analyzeOpen: (document, options) => analyzeText(open.get(document)!.text, options),
  });
  const edit = (path: string, text: string) =>
    open.set(path, { document: path, uri: `mem://${path}`, version: (open.get(path)?.version ?? 0) + 1, text });
  const options = setCheckOptions({ files: [], notApplicable: {}, severity: {} }, { severity: {} }, 'en');
  return { fs, open, state, edit, options };
}

describe('the policy-set state over an in-memory file system', () => {
  it('finds the configuration above a file within the workspace, resolves its members and the primary', async () => {
    const { fs, state } = session();
    fs.write('/ws/policy/kijun.json', JSON.stringify({ files: ['対策基準.md', '別表/*.md'] }));
    fs.write('/ws/policy/対策基準.md', STANDARD);
    fs.write('/ws/policy/別表/メール.md', TABLE);
    fs.write('/ws/policy/note.md', '# メモ\n');
    // A configuration above the workspace folder is not looked at.
    fs.write('/kijun.json', JSON.stringify({ files: ['**/*.md'] }));

    const found = await state.lookup('/ws/policy/別表/メール.md', '/ws');
    expect(found.member?.configPath).toBe('/ws/policy/kijun.json');
    expect(found.member?.files).toEqual(['/ws/policy/対策基準.md', '/ws/policy/別表/メール.md']);
    expect(found.member?.primary).toBe('/ws/policy/対策基準.md');
    expect(found.member?.problems).toEqual([]);
    // A file under the folder that the set does not list: the configuration is met, the file is in no set.
    const note = await state.lookup('/ws/policy/note.md', '/ws');
    expect(note.member).toBeUndefined();
    expect(note.configs.map((c) => c.configPath)).toEqual(['/ws/policy/kijun.json']);
    expect(state.knownSetOf('/ws/policy/対策基準.md')?.configPath).toBe('/ws/policy/kijun.json');
  });

  it('two callers at once (the publisher and a hover) both see the resolved set', async () => {
    const { fs, state } = session();
    fs.write('/ws/kijun.json', JSON.stringify({ files: ['*.md'] }));
    fs.write('/ws/a.md', STANDARD);
    const [x, y] = await Promise.all([state.lookup('/ws/a.md', '/ws'), state.lookup('/ws/a.md', '/ws')]);
    expect(x.member?.files).toEqual(['/ws/a.md']);
    expect(y.member).toBe(x.member);
  });

  it('checks the members as one policy: the open buffer wins, an unchanged set is not analyzed again', async () => {
    const { fs, state, edit, options } = session();
    fs.write('/ws/kijun.json', JSON.stringify({ files: ['対策基準.md', '別表.md'] }));
    fs.write('/ws/対策基準.md', STANDARD);
    fs.write('/ws/別表.md', TABLE);
    const entry = (await state.entry('/ws/kijun.json'))!;
    const first = await state.analyze(entry, options);
    const status = (run: typeof first, id: string) => run.analysis!.requirements.find((r) => r.id === id)?.status;
    expect(first.files.map((f) => f.uri)).toEqual(['mem:///ws/対策基準.md', 'mem:///ws/別表.md']);
    expect(status(first, 'email-encryption')).toBe('covered');
    expect(status(first, 'web-encryption')).toBe('covered');
    const reads = fs.reads;
    expect(await state.analyze(entry, options)).toBe(first);
    expect(fs.reads).toBe(reads);

    // An open buffer of 別表.md without the mail clause: the set's status follows the buffer, not the file.
    edit('/ws/別表.md', '# 別表\n');
    const second = await state.analyze(entry, options);
    expect(second.files[1].document).toBe('/ws/別表.md');
    expect(status(second, 'email-encryption')).toBe('missing');
    expect(status(second, 'web-encryption')).toBe('covered');
  });

  it('reads an edited configuration again, and lists the files again when one is created', async () => {
    const { fs, state } = session();
    fs.write('/ws/kijun.json', JSON.stringify({ files: ['a.md'] }));
    fs.write('/ws/a.md', STANDARD);
    fs.write('/ws/b.md', TABLE);
    expect((await state.entry('/ws/kijun.json'))!.files).toEqual(['/ws/a.md']);
    fs.write('/ws/kijun.json', JSON.stringify({ files: ['*.md'], primary: 'b.md' }));
    const edited = (await state.entry('/ws/kijun.json'))!;
    expect(edited.files).toEqual(['/ws/a.md', '/ws/b.md']);
    expect(edited.primary).toBe('/ws/b.md');
    // A new file matches the pattern once the state hears of it (a client's event, or a buffer opened).
    fs.write('/ws/c.md', '# c\n');
    expect((await state.entry('/ws/kijun.json'))!.files).toHaveLength(2);
    state.filesMoved('/ws/c.md');
    expect((await state.entry('/ws/kijun.json'))!.files).toEqual(['/ws/a.md', '/ws/b.md', '/ws/c.md']);
    // A broken edit is the configuration's problem, with no set to check.
    fs.write('/ws/kijun.json', '{"files": ');
    const broken = (await state.entry('/ws/kijun.json'))!;
    expect(broken.config).toBeUndefined();
    expect(broken.problems[0].message.en).toMatch(/not valid JSON/);
    // Deleted: no set.
    fs.remove('/ws/kijun.json');
    expect(await state.entry('/ws/kijun.json')).toBeUndefined();
    expect((await state.lookup('/ws/a.md', '/ws')).member).toBeUndefined();
  });

  it('a member deleted: an error for it while the set is checked, then a problem of the configuration', async () => {
    const { fs, state, options } = session();
    fs.write('/ws/kijun.json', JSON.stringify({ files: ['対策基準.md', '別表.md'] }));
    fs.write('/ws/対策基準.md', STANDARD);
    fs.write('/ws/別表.md', TABLE);
    const entry = (await state.entry('/ws/kijun.json'))!;
    await state.analyze(entry, options);
    fs.remove('/ws/別表.md');
    const run = await state.analyze(entry, options);
    expect(run.errors).toEqual([{ path: '/ws/別表.md', message: 'no such file' }]);
    expect(run.files.map((f) => f.path)).toEqual(['/ws/対策基準.md']);
    expect(run.analysis!.requirements.find((r) => r.id === 'email-encryption')?.status).toBe('missing');
    state.filesMoved('/ws/別表.md');
    state.fileDeleted('/ws/別表.md');
    const resolved = (await state.entry('/ws/kijun.json'))!;
    expect(resolved.files).toEqual(['/ws/対策基準.md']);
    expect(resolved.problems.map((p) => [p.key, p.file, p.message.en])).toEqual([
      ['files[1]', '別表.md', '別表.md: no such file'],
    ]);
  });

  it('refuses what a link leads to outside the folder: a listed file, and the configuration itself', async () => {
    const { fs, state } = session();
    fs.write('/secret/token.md', '# SECRET\n');
    fs.write('/ws/kijun.json', JSON.stringify({ files: ['*.md', 'linked.txt'] }));
    fs.write('/ws/a.md', STANDARD);
    fs.links.set('/ws/out.md', '/secret/token.md');
    fs.links.set('/ws/linked.txt', '/secret/token.md');
    const entry = (await state.entry('/ws/kijun.json'))!;
    expect(entry.files).toEqual(['/ws/a.md']);
    expect(entry.problems.map((p) => [p.key, p.file])).toEqual([['files[1]', 'linked.txt']]);
    // A kijun.json that is a link to a file outside its folder is not read: nothing of it is echoed.
    fs.write('/secret/kijun.json', JSON.stringify({ files: ['SECRET.md'] }));
    fs.links.set('/ws/other/kijun.json', '/secret/kijun.json');
    const linked = (await state.entry('/ws/other/kijun.json'))!;
    expect(linked.config).toBeUndefined();
    expect(linked.problems.map((p) => p.message.en)).toEqual([
      'kijun.json is a link to a file outside its folder: not read',
    ]);
    expect(JSON.stringify(linked)).not.toContain('SECRET');
  });

  it('size limits: a configuration over 1 MB is not read, a closed member over 10 MB is not checked', async () => {
    const { fs, state, options } = session();
    fs.write('/big/kijun.json', `{"files": ["a.md"], "name": "${'x'.repeat(MAX_CONFIG_BYTES)}"}`);
    const big = (await state.entry('/big/kijun.json'))!;
    expect(big.unread).toBe(true);
    expect(big.problems.map((p) => p.message.ja)).toEqual(['設定ファイルが大きすぎます（1 MB まで）。']);
    fs.write('/ws/kijun.json', JSON.stringify({ files: ['a.md', 'huge.md'] }));
    fs.write('/ws/a.md', STANDARD);
    fs.write('/ws/huge.md', new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61));
    const run = await state.analyze((await state.entry('/ws/kijun.json'))!, options);
    expect(run.errors).toEqual([{ path: '/ws/huge.md', message: 'too large to check: 10.0 MB > 10 MB' }]);
    expect(run.files.map((f) => f.path)).toEqual(['/ws/a.md']);
  });

  it('forgets the sets no longer in use, and a changed configuration at once', async () => {
    const { fs, state } = session();
    fs.write('/a/kijun.json', JSON.stringify({ files: ['a.md'] }));
    fs.write('/a/a.md', STANDARD);
    fs.write('/b/kijun.json', JSON.stringify({ files: ['b.md'] }));
    fs.write('/b/b.md', STANDARD);
    await state.entry('/a/kijun.json');
    await state.entry('/b/kijun.json');
    state.retain(new Set(['/a/kijun.json']));
    expect([...state.entries.keys()]).toEqual(['/a/kijun.json']);
    state.configChanged('/a/.kijunrc.json');
    expect(state.entries.size).toBe(0);
  });
});
