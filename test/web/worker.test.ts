// The language server in a web worker, in a real browser: Chromium (playwright-core, /usr/bin/chromium) loads the
// worker bundle (server/out/web/server.js) from a local HTTP server, and the page speaks LSP to it over
// postMessage, as VS Code for the Web does. Its answers — diagnostics, hovers, quick fixes, code lenses — are
// compared with the Node server's (over stdio) on the example policy, the LSP test policies and a policy set whose
// files the worker reads through the client (the kijun/readFile and kijun/readDirectory requests, answered here
// from the same folder over HTTP, as the browser client answers them with workspace.fs).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import iconv from 'iconv-lite';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Diagnostic, Hover, Position } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../lsp/session';

const root = join(__dirname, '..', '..');
const bundle = join(root, 'server', 'out', 'web', 'server.js');
const CHROMIUM = process.env.KIJUN_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const fixtureSet = join(root, 'test', 'fixtures', 'sets', 'three');
/**
 * The workspace the worker reads through the client: a copy of the three-file set, and in sjis/ the same set with
 * 別表.md saved as Shift_JIS.
 */
const setRoot = mkdtempSync(join(tmpdir(), 'kijun-web-ws-'));

/** Policies compared: the example and every LSP test policy. */
const POLICIES = [
  join(root, 'examples', '情報セキュリティ対策基準.md'),
  ...readdirSync(join(root, 'test', 'lsp', 'fixtures'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'test', 'lsp', 'fixtures', f)),
];

let http: Server;
let origin: string;
let browser: Browser;
let page: Page;

/** The page's side: a minimal LSP client over postMessage, answering the server's requests as VS Code does. */
const HARNESS = `
<!doctype html><meta charset="utf-8"><title>kijun worker</title>
<script>
  const worker = new Worker('/server/out/web/server.js');
  const pending = new Map();
  const diagnostics = new Map();
  const logs = [];
  let nextId = 1;
  const errors = [];
  worker.onerror = (e) => errors.push(String(e.message));
  const bytesToBase64 = (buf) => { let s = ''; const b = new Uint8Array(buf); for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000)); return btoa(s); };
  async function answer(m) {
    switch (m.method) {
      case 'workspace/configuration': return m.params.items.map((i) => (i.section === 'kijun' ? {} : null));
      case 'client/registerCapability': case 'window/workDoneProgress/create': return null;
      case 'kijun/readFile': {
        const path = new URL(m.params.uri).pathname;
        const r = await fetch('/fs' + path);
        if (r.status === 404) return { error: 'missing' };
        if (r.status === 409) return { error: 'directory' };
        return { data: bytesToBase64(await r.arrayBuffer()) };
      }
      case 'kijun/readDirectory': {
        const r = await fetch('/dir' + new URL(m.params.uri).pathname);
        return r.ok ? { entries: await r.json() } : { error: 'missing' };
      }
      default: throw new Error('unexpected request ' + m.method);
    }
  }
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.method === undefined) { const p = pending.get(m.id); pending.delete(m.id); p && p(m); return; }
    if (m.method === 'textDocument/publishDiagnostics') { diagnostics.set(m.params.uri, m.params); return; }
    if (m.method === 'window/logMessage') { logs.push(m.params.message); return; }
    if (m.id !== undefined) answer(m).then((result) => worker.postMessage({ jsonrpc: '2.0', id: m.id, result }), (err) => worker.postMessage({ jsonrpc: '2.0', id: m.id, error: { code: -32601, message: String(err) } }));
  };
  window.lsp = {
    request: (method, params) => new Promise((resolve, reject) => { const id = nextId++; pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result))); worker.postMessage({ jsonrpc: '2.0', id, method, params }); }),
    notify: (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params }),
    diagnostics: (uri, version) => { const d = diagnostics.get(uri); return d && d.version === version ? d.diagnostics : undefined; },
    errors, logs,
  };
</script>`;

function serve(): Promise<void> {
  http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/') return send(200, HARNESS, 'text/html; charset=utf-8');
    if (path === '/server/out/web/server.js') return send(200, readFileSync(bundle), 'text/javascript');
    // The workspace the worker reads through the client: /fs/<path> and /dir/<path> over the set's folder.
    const fs = /^\/(fs|dir)(\/.*)$/.exec(path);
    if (fs) {
      const target = normalize(join(setRoot, fs[2]));
      if (relative(setRoot, target).split(sep)[0] === '..') return send(403, 'outside');
      if (!existsSync(target)) return send(404, 'missing');
      const dir = statSync(target).isDirectory();
      if (fs[1] === 'fs') return dir ? send(409, 'directory') : send(200, readFileSync(target));
      if (!dir) return send(404, 'not a folder');
      return send(
        200,
        JSON.stringify(readdirSync(target, { withFileTypes: true }).map((e) => [e.name, e.isDirectory() ? 2 : 1])),
        'application/json',
      );
    }
    send(404, 'not found');
  });
  return new Promise((resolve) =>
    http.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

/** The worker's LSP session, driven from the page. */
const worker = {
  request: <T>(method: string, params: unknown) =>
    page.evaluate(([m, p]) => (globalThis as any).lsp.request(m, p), [method, params] as const) as Promise<T>,
  notify: (method: string, params: unknown) =>
    page.evaluate(([m, p]) => (globalThis as any).lsp.notify(m, p), [method, params] as const),
  async diagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    const handle = await page.waitForFunction(
      ([u, v]) => (globalThis as any).lsp.diagnostics(u, v),
      [uri, version] as const,
      { timeout: 20_000 },
    );
    return (await handle.jsonValue()) as Diagnostic[];
  },
  async open(uri: string, text: string, version = 1) {
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  },
};

let initialized: { capabilities: unknown; serverInfo?: unknown };
async function initializeWorker(workspace: string): Promise<void> {
  initialized = await worker.request('initialize', {
    processId: null,
    rootUri: workspace,
    workspaceFolders: [{ uri: workspace, name: 'ws' }],
    locale: 'ja',
    capabilities: {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
      textDocument: { publishDiagnostics: { relatedInformation: true } },
    },
  });
  await worker.notify('initialized', {});
}

/** What must be the same on both sides (the docs link differs: a file on the desktop, a URL in the browser). */
const comparable = (ds: Diagnostic[]) =>
  ds.map((d) => ({
    code: d.code,
    message: d.message,
    range: d.range,
    severity: d.severity,
    source: d.source,
    data: d.data,
    tags: d.tags,
    related: d.relatedInformation?.map((r) => ({ message: r.message, range: r.location.range })),
  }));

/** Positions to hover: the start of every line that has text, and the start of each diagnostic. */
function hoverPoints(text: string, ds: Diagnostic[]): Position[] {
  const lines = text.split('\n');
  const points = lines
    .map((l, line) => ({ line, character: Math.min(2, l.length) }))
    .filter((p) => lines[p.line].trim());
  return [...points.filter((_, i) => i % 3 === 0), ...ds.map((d) => d.range.start)];
}

describe.skipIf(!hasChromium)('the language server in a web worker (Chromium)', () => {
  let node: Session;
  const ws = 'vscode-test-web://mount/';

  beforeAll(async () => {
    expect(existsSync(bundle), `${bundle} is missing: node scripts/build.mjs`).toBe(true);
    mkdirSync(join(setRoot, 'sjis'));
    for (const f of readdirSync(fixtureSet)) {
      copyFileSync(join(fixtureSet, f), join(setRoot, f));
      const text = readFileSync(join(fixtureSet, f), 'utf8');
      writeFileSync(join(setRoot, 'sjis', f), f === '別表.md' ? iconv.encode(text, 'Shift_JIS') : text);
    }
    await serve();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    page = await browser.newPage();
    await page.goto(origin);
    await initializeWorker(ws);
    node = await Session.start({ locale: 'ja' });
  }, 60_000);

  afterAll(async () => {
    await node?.shutdown().catch(() => undefined);
    await browser?.close();
    await new Promise((r) => http?.close(r));
    rmSync(setRoot, { recursive: true, force: true });
  });

  it('answers initialize with the same capabilities as the Node server', async () => {
    expect(await page.evaluate(() => (globalThis as any).lsp.errors)).toEqual([]);
    expect(initialized.capabilities).toEqual(node.initializeResult.capabilities);
    expect(initialized.serverInfo).toEqual(node.initializeResult.serverInfo);
  });

  for (const file of POLICIES) {
    const name = relative(root, file);
    it(`publishes the same diagnostics and hovers as the Node server: ${name}`, async () => {
      const text = readFileSync(file, 'utf8');
      const nodeUri = pathToFileURL(file).href;
      const webUri = `${ws}${encodeURIComponent(name.split(sep).pop()!)}`;
      await node.open(nodeUri, text);
      const expected = await node.diagnosticsFor(nodeUri, 1);
      await worker.open(webUri, text);
      const actual = await worker.diagnostics(webUri, 1);
      expect(comparable(actual)).toEqual(comparable(expected));
      // Docs links point at the requirement pages shipped next to the worker.
      for (const d of actual)
        if (d.codeDescription)
          expect(d.codeDescription.href).toMatch(new RegExp(`^${origin}/docs/requirements/[\\w-]+\\.md$`));

      let hovers = 0;
      for (const position of hoverPoints(text, expected)) {
        const a = await worker.request<Hover | null>('textDocument/hover', { textDocument: { uri: webUri }, position });
        const e = await node.hover(nodeUri, position);
        expect(a, `hover at ${position.line}:${position.character}`).toEqual(e);
        if (e) hovers++;
      }
      // A policy with findings has hovers to compare (on its findings at least).
      if (expected.length) expect(hovers).toBeGreaterThan(0);
      // Quick fixes on the first finding, and the code lens.
      if (expected.length) {
        const range = expected[0].range;
        const fromWorker = await worker.request<Array<{ title: string; edit?: unknown }>>('textDocument/codeAction', {
          textDocument: { uri: webUri },
          range,
          context: { diagnostics: [actual[0]] },
        });
        const fromNode = await node.codeActions(nodeUri, range, [expected[0]]);
        const shape = (as: Array<{ title: string; edit?: unknown }>, uri: string) =>
          JSON.parse(
            JSON.stringify(as.map((x) => ({ title: x.title, edit: x.edit })))
              .split(JSON.stringify(uri).slice(1, -1))
              .join('URI'),
          );
        expect(shape(fromWorker, webUri)).toEqual(shape(fromNode as never, nodeUri));
        expect(fromWorker.length).toBeGreaterThan(0);
      }
      const lenses = await worker.request<Array<{ command?: { title: string } }>>('textDocument/codeLens', {
        textDocument: { uri: webUri },
      });
      expect(lenses.map((l) => l.command?.title)).toEqual(
        (await node.codeLenses(nodeUri)).map((l) => l.command?.title),
      );
    }, 60_000);
  }

  it('checks a policy set, reading its kijun.json and closed files through the client', async () => {
    const primary = join(setRoot, '対策基準.md');
    const text = readFileSync(primary, 'utf8');
    // The Node server, with the set's folder as its workspace.
    const setNode = await Session.start({ locale: 'ja', workspaceFolder: setRoot });
    try {
      const nodeUri = pathToFileURL(primary).href;
      await setNode.open(nodeUri, text);
      const expected = await setNode.diagnosticsFor(nodeUri, 1);
      const webUri = `${ws}${encodeURIComponent('対策基準.md')}`;
      await worker.open(webUri, text);
      const actual = await worker.diagnostics(webUri, 1);
      expect(comparable(actual)).toEqual(comparable(expected));
      // The set makes a difference: alone, the file misses requirements that 別表.md meets.
      const alone = await worker.request<unknown>('textDocument/hover', {
        textDocument: { uri: webUri },
        position: { line: 0, character: 1 },
      });
      expect(alone).toBeDefined();
      const single = `${ws}single-${encodeURIComponent('対策基準.md')}`;
      await worker.open(single, text);
      const aloneDiagnostics = await worker.diagnostics(single, 1);
      expect(aloneDiagnostics.length).toBeGreaterThan(actual.length);
      // The compliance report covers the whole set.
      const report = await worker.request<{ files: Array<{ display: string }>; title: string } | null>(
        'kijun/complianceReport',
        { uri: webUri },
      );
      expect(report?.files.map((f) => f.display).sort()).toEqual(['別表.md', '基本方針.md', '対策基準.md'].sort());
      expect(report?.title).toContain('日本防災技術機構');
      // The same set code as the desktop: the closed files get the set's findings, kijun.json its problems (none).
      const closed = (name: string) =>
        worker.diagnostics(`${ws}${encodeURIComponent(name)}`, undefined as unknown as number);
      expect(Array.isArray(await closed('別表.md'))).toBe(true);
      expect(await closed('kijun.json')).toEqual([]);
    } finally {
      await setNode.shutdown().catch(() => undefined);
    }
  }, 60_000);

  it("reads a Shift_JIS file of a set through the client and decodes it with the browser's TextDecoder", async () => {
    expect(readFileSync(join(setRoot, 'sjis', '別表.md')).includes(Buffer.from('別表', 'utf8'))).toBe(false); // really Shift_JIS
    const primary = join(setRoot, 'sjis', '対策基準.md');
    const text = readFileSync(primary, 'utf8');
    const setNode = await Session.start({ locale: 'ja', workspaceFolder: setRoot });
    try {
      const nodeUri = pathToFileURL(primary).href;
      await setNode.open(nodeUri, text);
      const expected = await setNode.diagnosticsFor(nodeUri, 1);
      const webUri = `${ws}sjis/${encodeURIComponent('対策基準.md')}`;
      await worker.open(webUri, text);
      const actual = await worker.diagnostics(webUri, 1);
      expect(comparable(actual)).toEqual(comparable(expected));
      // 別表.md (Shift_JIS) covers web and mail encryption: neither is missing from the set.
      expect(actual.filter((d) => d.code === 'web-encryption' || d.code === 'email-encryption')).toEqual([]);
      const report = await worker.request<{ files: Array<{ display: string }> } | null>('kijun/complianceReport', {
        uri: webUri,
      });
      expect(report?.files.map((f) => f.display)).toContain('別表.md');
    } finally {
      await setNode.shutdown().catch(() => undefined);
    }
  }, 60_000);
});
