// Policy sets in the language server, over real LSP: a document listed in a kijun.json is checked with the set's
// other files (read from disk when they are not open), every file of the set gets the set's findings, and the set
// is re-checked on edits, on file events and when the configuration changes. Problems with the configuration are
// diagnostics on its keys.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { root, Session } from './session';

const THREE = join(root, 'test', 'fixtures', 'sets', 'three');
const PRIMARY = '対策基準.md';
const TABLE = '別表.md';
const BASIC = '基本方針.md';
const EMAIL = 'email-encryption';
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh copy of the three-file set in a temporary workspace folder. */
function workspace(): {
  dir: string;
  uri: (name: string) => string;
  path: (name: string) => string;
  text: (name: string) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'kijun-sets-'));
  cpSync(THREE, dir, { recursive: true });
  return {
    dir,
    uri: (name) => pathToFileURL(join(dir, name)).href,
    path: (name) => join(dir, name),
    text: (name) => readFileSync(join(dir, name), 'utf8'),
  };
}

/** The last diagnostics published for `uri` after index `from` that satisfy `ok`. */
function latest(
  s: Session,
  uri: string,
  from = 0,
  ok: (p: PublishDiagnosticsParams) => boolean = () => true,
  what = uri,
): Promise<PublishDiagnosticsParams> {
  return s.until(
    () => {
      const list = s.published.slice(from).filter((p) => p.uri === uri);
      const last = list[list.length - 1];
      return last && ok(last) ? last : undefined;
    },
    10_000,
    what,
  );
}

/** The 電子メール row of 別表.md: the only clause of the set that covers e-mail encryption. */
function emailRow(text: string): { line: number; length: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('| 電子メール |'));
  return { line, length: lines[line].length };
}

describe('a three-file policy set (kijun.json) in the editor', () => {
  let s: Session;
  let w: ReturnType<typeof workspace>;
  let lensRefreshes = 0;
  beforeEach(async () => {
    lensRefreshes = 0;
    w = workspace();
    s = await Session.start({ locale: 'ja', workspaceFolder: w.dir, watchFiles: true, codeLensRefresh: true });
    s.rpc.onRequest('workspace/codeLens/refresh', () => {
      lensRefreshes++;
      return null;
    });
  });
  afterEach(async () => {
    await s.shutdown();
    rmSync(w.dir, { recursive: true, force: true });
  });

  it('registers file watchers for set configurations and Markdown files', async () => {
    const reg = await s.until(
      () => s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      10_000,
      'the watcher registration',
    );
    const globs = (reg.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map(
      (x) => x.globPattern,
    );
    expect(globs).toEqual(expect.arrayContaining(['**/kijun.json', '**/.kijunrc.json', '**/*.md']));
  });

  it('opening 対策基準.md alone gives no false "missing" for a requirement covered in 別表.md', async () => {
    await s.open(w.uri(PRIMARY), w.text(PRIMARY));
    const ds = await s.diagnosticsFor(w.uri(PRIMARY), 1);
    // Covered in 別表 (e-mail over STARTTLS, HTTPS on every page): neither missing nor outdated here.
    expect(codes(ds)).not.toContain(EMAIL);
    expect(codes(ds)).not.toContain('web-encryption');
    // What the whole set misses is reported here, the primary file, with the set's severity (kijun.json: error).
    const domain = ds.find((d) => d.code === 'domain-names');
    expect(domain?.severity).toBe(1);
    expect(codes(ds)).toContain('mobile-devices');
    // Not applicable in kijun.json: not reported.
    expect(codes(ds)).not.toContain('drm');
    // The code lens counts the set, and no quick fix inserts a clause another file already has.
    const [lens] = await s.codeLenses(w.uri(PRIMARY));
    expect(lens.command?.title).toMatch(/8\/10 対応 · 不足 1 · 要改訂 1 · 対象外 1/);
    const all = await s.codeActions(
      w.uri(PRIMARY),
      { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } },
      [],
      ['source.kijun.insertMissingClauses'],
    );
    expect(all.map((a) => a.title)).toEqual(['統一基準の不足条項をすべて挿入（1 件）']);
  });

  it('publishes diagnostics for the files that are not open, the missing clause in the unopened primary', async () => {
    await s.open(w.uri(TABLE), w.text(TABLE));
    expect(await s.diagnosticsFor(w.uri(TABLE), 1)).toEqual([]);
    const primary = await latest(
      s,
      w.uri(PRIMARY),
      0,
      (p) => p.diagnostics.length > 0,
      'diagnostics of the unopened primary',
    );
    expect(primary.version).toBeUndefined();
    expect(codes(primary.diagnostics).sort()).toEqual(['domain-names', 'mobile-devices']);
    // 基本方針.md (not open either) covers the promotion structure and has nothing to report.
    const basic = await latest(s, w.uri(BASIC), 0, () => true, 'diagnostics of 基本方針.md');
    expect(basic.diagnostics).toEqual([]);
    // The configuration is fine: its diagnostics are empty.
    expect((await latest(s, w.uri('kijun.json'))).diagnostics).toEqual([]);
  });

  it('editing 別表.md so that it no longer covers e-mail encryption reports it missing in the primary', async () => {
    await s.open(w.uri(PRIMARY), w.text(PRIMARY));
    await s.open(w.uri(TABLE), w.text(TABLE));
    await s.diagnosticsFor(w.uri(TABLE), 1);
    expect(codes(await s.diagnosticsFor(w.uri(PRIMARY), 1))).not.toContain(EMAIL);
    const from = s.published.length;
    const row = emailRow(s.text(w.uri(TABLE)));
    const v = await s.change(w.uri(TABLE), [
      { range: { start: { line: row.line, character: 0 }, end: { line: row.line + 1, character: 0 } }, newText: '' },
    ]);
    await s.diagnosticsFor(w.uri(TABLE), v);
    const primary = await latest(
      s,
      w.uri(PRIMARY),
      from,
      (p) => codes(p.diagnostics).includes(EMAIL),
      'e-mail encryption missing in the primary',
    );
    expect(primary.version).toBe(1);
    const missing = primary.diagnostics.find((d) => d.code === EMAIL)!;
    expect(missing.message).toMatch(/電子メール通信の暗号化/);
    // Reported once, in the primary, not in the file that was edited.
    expect(codes(await s.diagnosticsFor(w.uri(TABLE), v))).not.toContain(EMAIL);
    // Undo: covered again.
    const from2 = s.published.length;
    const v2 = await s.change(w.uri(TABLE), [
      {
        range: { start: { line: row.line, character: 0 }, end: { line: row.line, character: 0 } },
        newText: w.text(TABLE).split('\n')[row.line] + '\n',
      },
    ]);
    await s.diagnosticsFor(w.uri(TABLE), v2);
    await latest(
      s,
      w.uri(PRIMARY),
      from2,
      (p) => !codes(p.diagnostics).includes(EMAIL),
      'e-mail encryption covered again',
    );
  });

  it('uses the open buffer of a set file over the file on disk', async () => {
    // On disk 別表 still covers e-mail; the unsaved buffer does not.
    const table = w.text(TABLE);
    const row = emailRow(table);
    const edited = table
      .split('\n')
      .filter((_, i) => i !== row.line)
      .join('\n');
    await s.open(w.uri(TABLE), edited);
    const primary = await latest(s, w.uri(PRIMARY), 0, (p) => p.diagnostics.length > 0, 'the unopened primary');
    expect(codes(primary.diagnostics)).toContain(EMAIL);
  });

  it('re-checks when a set file changes on disk (workspace/didChangeWatchedFiles)', async () => {
    await s.open(w.uri(PRIMARY), w.text(PRIMARY));
    expect(codes(await s.diagnosticsFor(w.uri(PRIMARY), 1))).not.toContain(EMAIL);
    const original = w.text(TABLE);
    const row = emailRow(original);
    writeFileSync(
      w.path(TABLE),
      original
        .split('\n')
        .filter((_, i) => i !== row.line)
        .join('\n'),
    );
    let from = s.published.length;
    await s.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: w.uri(TABLE), type: 2 }] });
    const refreshes = lensRefreshes;
    await latest(
      s,
      w.uri(PRIMARY),
      from,
      (p) => codes(p.diagnostics).includes(EMAIL),
      'the primary re-checked after 別表.md changed on disk',
    );
    // The open primary's code lens shows the set's coverage, which changed: the client is asked to fetch it again.
    await s.until(() => (lensRefreshes > refreshes ? true : undefined), 5_000, 'workspace/codeLens/refresh');
    const [lens] = await s.codeLenses(w.uri(PRIMARY));
    expect(lens.command?.title).toMatch(/不足 2/);
    writeFileSync(w.path(TABLE), original);
    from = s.published.length;
    await s.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: w.uri(TABLE), type: 2 }] });
    await latest(s, w.uri(PRIMARY), from, (p) => !codes(p.diagnostics).includes(EMAIL), 'covered again');
  });

  it('joins the set when kijun.json is created, and leaves it when it is deleted', async () => {
    const config = w.text('kijun.json');
    unlinkSync(w.path('kijun.json'));
    await s.open(w.uri(PRIMARY), w.text(PRIMARY));
    // Alone, 対策基準 misses e-mail encryption (it is in 別表).
    expect(codes(await s.diagnosticsFor(w.uri(PRIMARY), 1))).toContain(EMAIL);
    writeFileSync(w.path('kijun.json'), config);
    let from = s.published.length;
    await s.rpc.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: w.uri('kijun.json'), type: 1 }],
    });
    await latest(
      s,
      w.uri(PRIMARY),
      from,
      (p) => !codes(p.diagnostics).includes(EMAIL),
      'the primary checked as part of the set',
    );
    await latest(s, w.uri(TABLE), from, () => true, 'the other files published');
    unlinkSync(w.path('kijun.json'));
    from = s.published.length;
    await s.rpc.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: w.uri('kijun.json'), type: 3 }],
    });
    await latest(
      s,
      w.uri(PRIMARY),
      from,
      (p) => codes(p.diagnostics).includes(EMAIL),
      'the primary checked alone again',
    );
    // The files that are not open lose the set's diagnostics.
    const table = await latest(s, w.uri(TABLE), from, () => true, 'the closed file cleared');
    expect(table.diagnostics).toEqual([]);
  });

  it('reports a bad value in kijun.json on its key, and keeps checking the set with the rest', async () => {
    const text = JSON.stringify(
      {
        files: ['基本方針.md', '対策基準.md', '別表.md', '附則.md'],
        edition: 'h99',
        severity: { 'domain-names': 'loud' },
        notaplicable: {},
      },
      null,
      2,
    );
    writeFileSync(w.path('kijun.json'), text);
    await s.open(w.uri(PRIMARY), w.text(PRIMARY));
    const config = await latest(
      s,
      w.uri('kijun.json'),
      0,
      (p) => p.diagnostics.length > 0,
      'diagnostics on kijun.json',
    );
    const lines = text.split('\n');
    const at = (needle: string) => {
      const line = lines.findIndex((l) => l.includes(needle));
      const character = lines[line].indexOf(needle);
      return { start: { line, character }, end: { line, character: character + needle.length } };
    };
    const by = (prefix: string) => config.diagnostics.find((d) => String(d.message).startsWith(prefix));
    expect(by('edition:')).toMatchObject({ severity: 1, source: 'kijun', range: at('"edition"') });
    expect(by('edition:')!.message).toMatch(/h99/);
    expect(by('severity.domain-names:')).toMatchObject({ severity: 1, range: at('"domain-names"') });
    expect(by('files[3]:')).toMatchObject({ severity: 1, range: at('"附則.md"') });
    expect(by('notaplicable:')).toMatchObject({ severity: 2, range: at('"notaplicable"') });
    // The valid parts still make a set: e-mail encryption is covered by 別表.
    const ds = await s.diagnosticsFor(w.uri(PRIMARY), 1);
    expect(codes(ds)).not.toContain(EMAIL);
    // Fixed on disk: the diagnostics go away.
    writeFileSync(w.path('kijun.json'), JSON.stringify({ files: ['基本方針.md', '対策基準.md', '別表.md'] }));
    const from = s.published.length;
    await s.rpc.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: w.uri('kijun.json'), type: 2 }],
    });
    await latest(s, w.uri('kijun.json'), from, (p) => p.diagnostics.length === 0, 'kijun.json without problems');
  });

  it('reads an open kijun.json from its buffer (a client that syncs it) and follows its edits', async () => {
    await s.open(w.uri(PRIMARY), w.text(PRIMARY));
    await s.diagnosticsFor(w.uri(PRIMARY), 1);
    const config = w.uri('kijun.json');
    const text = w.text('kijun.json');
    await s.open(config, text.replace('"edition": "h30"', '"edition": "h31"'));
    const bad = await latest(
      s,
      config,
      0,
      (p) => p.diagnostics.some((d) => String(d.message).startsWith('edition:')),
      "the buffer's problem",
    );
    const line = text.split('\n').findIndex((l) => l.includes('"edition"'));
    expect(bad.diagnostics[0].range.start).toEqual({ line, character: text.split('\n')[line].indexOf('"edition"') });
    // Fixed in the buffer (not saved): the problem goes.
    const from = s.published.length;
    const character = text.split('\n')[line].indexOf('h30');
    await s.change(config, [
      { range: { start: { line, character }, end: { line, character: character + 3 } }, newText: 'h30' },
    ]);
    await wait(600);
    const last = s.published
      .slice(from)
      .filter((p) => p.uri === config)
      .pop();
    expect(last?.diagnostics).toEqual([]);
  });

  it('reports a kijun.json that is not JSON where it breaks, and checks the files alone meanwhile', async () => {
    writeFileSync(w.path('kijun.json'), '{\n  "files": ["対策基準.md",\n}\n');
    await s.open(w.uri(PRIMARY), w.text(PRIMARY));
    const config = await latest(
      s,
      w.uri('kijun.json'),
      0,
      (p) => p.diagnostics.length > 0,
      'diagnostics on kijun.json',
    );
    expect(config.diagnostics[0]).toMatchObject({ severity: 1, code: 'configuration' });
    expect(config.diagnostics[0].message).toMatch(/JSON/);
    expect(config.diagnostics[0].range.start.line).toBeGreaterThan(0);
    expect(codes(await s.diagnosticsFor(w.uri(PRIMARY), 1))).toContain(EMAIL);
  });

  it('keeps the findings of a closed set file while the set is open, and clears everything with the last one', async () => {
    await s.open(w.uri(PRIMARY), w.text(PRIMARY));
    await s.open(w.uri(TABLE), w.text(TABLE));
    await s.diagnosticsFor(w.uri(TABLE), 1);
    let from = s.published.length;
    await s.close(w.uri(PRIMARY));
    // Closed, but 別表 is still open: 対策基準's findings are published again from disk (no version).
    const primary = await latest(
      s,
      w.uri(PRIMARY),
      from,
      (p) => p.version === undefined && p.diagnostics.length > 0,
      'the closed primary',
    );
    expect(codes(primary.diagnostics).sort()).toEqual(['domain-names', 'mobile-devices']);
    from = s.published.length;
    await s.close(w.uri(TABLE));
    await latest(s, w.uri(PRIMARY), from, (p) => p.diagnostics.length === 0, 'the primary cleared');
    await latest(s, w.uri(TABLE), from, (p) => p.diagnostics.length === 0, '別表 cleared');
    await latest(s, w.uri('kijun.json'), from, (p) => p.diagnostics.length === 0, 'kijun.json cleared');
  });

  it('leaves a policy that no set lists alone, as before', async () => {
    const other = join(w.dir, 'sub');
    cpSync(join(THREE, PRIMARY), join(other, PRIMARY));
    const uri = pathToFileURL(join(other, PRIMARY)).href;
    await s.open(uri, readFileSync(join(other, PRIMARY), 'utf8'));
    const ds = await s.diagnosticsFor(uri, 1);
    expect(codes(ds)).toContain(EMAIL);
    await wait(300);
    // Nothing published for the set's files: no document of the set is open.
    expect(s.published.filter((p) => p.uri === w.uri(TABLE) || p.uri === w.uri(BASIC))).toEqual([]);
  });
});

describe('the compliance report request', () => {
  let s: Session;
  let w: ReturnType<typeof workspace>;
  beforeAll(async () => {
    w = workspace();
    s = await Session.start({ locale: 'ja', workspaceFolder: w.dir });
  });
  afterAll(async () => {
    await s.shutdown();
    rmSync(w.dir, { recursive: true, force: true });
  });

  const decode = (s: string) =>
    s
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');

  it("answers with the set's HTML report, the CSP and head the client gave, and links that carry data-kijun-path", async () => {
    await s.open(w.uri(PRIMARY), w.text(PRIMARY));
    const csp =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-abc123'; base-uri 'none'; form-action 'none'";
    const head = '<script nonce="abc123">/* the webview script */</script>';
    const r = (await s.rpc.sendRequest('kijun/complianceReport', { uri: w.uri(PRIMARY), csp, head })) as {
      key: string;
      title: string;
      html: string;
      lang: string;
      files: Array<{ uri: string; display: string }>;
      summary: { covered: number; total: number };
    };
    expect(r.key).toBe(w.uri('kijun.json'));
    expect(r.title).toBe('日本防災技術機構 情報セキュリティポリシー');
    expect(r.lang).toBe('ja');
    expect(r.files.map((f) => f.display)).toEqual([BASIC, PRIMARY, TABLE]);
    expect(r.files.map((f) => f.uri)).toEqual([w.uri(BASIC), w.uri(PRIMARY), w.uri(TABLE)]);
    expect(r.summary).toMatchObject({ covered: 8, total: 10 });
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(r.html);
    expect(decode(meta![1])).toBe(csp);
    expect(r.html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(r.html).toContain(head);
    expect(r.html).toContain('<html lang="ja">');
    // E-mail encryption: evidence in 別表.md, linked to its row (0-based line, as LSP).
    const row = emailRow(w.text(TABLE)).line;
    const link = new RegExp(
      `<a class="loc" href="${encodeURIComponent(TABLE)}#L${row + 1}" data-kijun-path="${w.uri(TABLE).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" data-kijun-line="${row}" data-kijun-character="0">`,
    );
    expect(r.html).toMatch(link);
    expect(r.html).not.toMatch(/<script(?![^>]*nonce="abc123")/);
  });

  it('follows the buffer as the user edits', async () => {
    const before = (await s.rpc.sendRequest('kijun/complianceReport', { uri: w.uri(TABLE) })) as {
      summary: { covered: number };
    };
    await s.open(w.uri(TABLE), w.text(TABLE));
    const row = emailRow(w.text(TABLE));
    await s.change(w.uri(TABLE), [
      { range: { start: { line: row.line, character: 0 }, end: { line: row.line + 1, character: 0 } }, newText: '' },
    ]);
    const after = (await s.rpc.sendRequest('kijun/complianceReport', { uri: w.uri(TABLE) })) as {
      summary: { covered: number; missing: number };
      html: string;
    };
    expect(after.summary.covered).toBe(before.summary.covered - 1);
    // Without a CSP from the client, the CLI's: nothing may be loaded.
    expect(after.html).toContain('default-src &#39;none&#39;');
  });

  it('reports a single policy outside any set, and answers null for what is not a policy', async () => {
    const single = join(root, 'test', 'lsp', 'fixtures', 'policy-ja.md');
    const uri = pathToFileURL(single).href;
    await s.open(uri, readFileSync(single, 'utf8'));
    const r = (await s.rpc.sendRequest('kijun/complianceReport', { uri, csp: null })) as {
      key: string;
      html: string;
      files: Array<{ display: string }>;
    };
    expect(r.key).toBe(uri);
    expect(r.files.map((f) => f.display)).toEqual(['policy-ja.md']);
    expect(r.html).not.toContain('Content-Security-Policy');
    expect(r.html).toMatch(/data-kijun-path="file:[^"]*policy-ja\.md"/);
    expect(await s.rpc.sendRequest('kijun/complianceReport', { uri: 'file:///nowhere/notes.md' })).toBeNull();
    expect(await s.rpc.sendRequest('kijun/complianceReport', { nonsense: true })).toBeNull();
  });

  it('survives file events and report requests with odd parameters', async () => {
    await s.rpc.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: 42 }, null, { uri: 'file:///%E0%A4%A', type: 1 }, { uri: 'untitled:x', type: 2 }],
    });
    await s.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: 'all' });
    await s.rpc.sendNotification('workspace/didChangeWatchedFiles', null);
    expect(
      await s.rpc.sendRequest('kijun/complianceReport', { uri: w.uri(PRIMARY), csp: 42, head: { evil: true } }),
    ).toMatchObject({ key: w.uri('kijun.json') });
    expect(await s.rpc.sendRequest('kijun/complianceReport', null)).toBeNull();
    await wait(200);
    expect(s.proc.exitCode).toBeNull();
    expect(s.stderr).not.toMatch(/uncaught|unhandled/);
    expect(await s.rpc.sendRequest('kijun/complianceReport', { uri: w.uri(TABLE) })).not.toBeNull();
  });
});
