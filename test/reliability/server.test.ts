// The language server survives: a failure inside any handler is caught, logged and answered with an empty
// result while other documents and later requests keep working; rapid edits with interleaved requests end with
// the diagnostics of the final text; memory comes back after thousands of edits. The server is the built bundle,
// started through test/fuzz/serverHarness.cjs (fault injection, heap reports) and spoken to over stdio.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { analyzeText } from '../../server/src/core';
import { LspClient } from '../fuzz/lsp';

const root = join(__dirname, '..', '..');
const serverPath = join(root, 'server', 'out', 'server.js');
const POLICY = readFileSync(join(root, 'test', 'fixtures', 'corpus', '02-agency-kitei-article.md'), 'utf8');
const FAULT = 'kijunfaultmarker';

let clients: LspClient[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.shutdown()));
  clients = [];
});
const start = async (o: Omit<Parameters<typeof LspClient.start>[0], 'serverPath'> = {}) => {
  const c = await LspClient.start({ serverPath, ...o });
  clients.push(c);
  return c;
};

/** What the core says for the text: the diagnostics the server must end with (codes and ranges). */
const expectedKeys = (text: string) => {
  const a = analyzeText(text, { language: 'ja' });
  return a.isPolicy ? a.findings.map((f) => `${f.code}@${JSON.stringify(f.range)}`).sort() : [];
};
const keys = (ds: Diagnostic[]) => ds.map((d) => `${d.code}@${JSON.stringify(d.range)}`).sort();
const unhandled = (c: LspClient) => /unhandled rejection|uncaught exception/i.test(c.stderr);

describe('language server resilience', () => {
  it('an exception inside any handler is logged and answered with an empty result; later requests work', async () => {
    const c = await start({ fault: FAULT });
    const bad = 'untitled:failing.md';
    const good = 'untitled:good.md';
    // The marker sits in a clause: every analysis of this document throws deep inside the core.
    await c.open(bad, POLICY.replace('。', `。${FAULT}`));
    await c.open(good, POLICY);
    const textDocument = { uri: bad };
    const position = { line: 0, character: 2 };
    const range = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };
    expect(await c.request<Hover | null>('textDocument/hover', { textDocument, position })).toBeNull();
    expect(
      await c.request<CodeAction[]>('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }),
    ).toEqual([]);
    expect(await c.request<unknown[]>('textDocument/codeLens', { textDocument })).toEqual([]);
    expect(await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument })).toEqual([]);
    expect(
      await c.request<unknown>('workspace/executeCommand', { command: 'kijun.coverageReport', arguments: [bad] }),
    ).toBeNull();
    // Diagnostics for the failing document: none (an empty list replaces stale ones), and the failure is logged.
    expect(await c.diagnosticsFor(bad, 1)).toEqual([]);
    for (const name of ['hover', 'codeAction', 'codeLens', 'documentSymbol', 'executeCommand']) {
      expect(
        c.logs.some(
          (l) => l.type === 1 && l.message.includes(`kijun: ${name} failed`) && l.message.includes('injected fault'),
        ),
        name,
      ).toBe(true);
    }
    expect(c.logs.some((l) => l.type === 1 && /analyzing untitled:failing\.md failed/.test(l.message))).toBe(true);

    // The other document is served as usual meanwhile.
    const goodDiagnostics = await c.diagnosticsFor(good, 1);
    expect(keys(goodDiagnostics)).toEqual(expectedKeys(POLICY));
    const lens = await c.request<Array<{ command?: { title: string } }>>('textDocument/codeLens', {
      textDocument: { uri: good },
    });
    expect(lens[0].command?.title).toMatch(/統一基準/);
    const goodSymbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: good },
    });
    expect(goodSymbols.length).toBeGreaterThan(0);

    // Fixing the document brings everything back.
    const text = c.text(bad);
    const at = text.indexOf(FAULT);
    const v = await c.edit(bad, at, at + FAULT.length, '');
    expect(keys(await c.diagnosticsFor(bad, v))).toEqual(expectedKeys(POLICY));
    expect((await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument })).length).toBe(
      goodSymbols.length,
    );
    expect(c.exited).toBeUndefined();
    expect(unhandled(c)).toBe(false);
  });

  it('answers requests with bad parameters (unknown documents, positions past the end) with empty results', async () => {
    const c = await start();
    const uri = 'untitled:odd.md';
    await c.open(uri, POLICY);
    await c.diagnosticsFor(uri, 1);
    const far = { line: 1_000_000, character: 1_000_000 };
    expect(
      await c.request('textDocument/hover', {
        textDocument: { uri: 'untitled:nope.md' },
        position: { line: 0, character: 0 },
      }),
    ).toBeNull();
    await c.request('textDocument/hover', { textDocument: { uri }, position: far });
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: far, end: { line: -1, character: -5 } },
      context: { diagnostics: [{ range: { start: far, end: far }, message: 'x', code: 'drm' }] },
    });
    expect(Array.isArray(actions)).toBe(true);
    expect(
      await c.request('workspace/executeCommand', { command: 'kijun.coverageReport', arguments: [{ uri: 42 }] }),
    ).toBeNull();
    expect(await c.request('workspace/executeCommand', { command: 'kijun.nothing', arguments: [] })).toBeNull();
    // A change past the end of the text is clamped by the document, not fatal.
    await c.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: far, end: far }, text: '\n追記' }],
    });
    await c.until(() => c.published.find((p) => p.uri === uri && p.version === 2), 20_000, 'diagnostics of v2');
    expect(c.exited).toBeUndefined();
    expect(unhandled(c)).toBe(false);
    expect(c.logs.filter((l) => l.type === 1)).toEqual([]);
  });

  it('1 000 rapid edits with interleaved hover and code-action requests end with diagnostics for the final text', async () => {
    const c = await start();
    const uri = 'untitled:rapid.md';
    await c.open(uri, POLICY);
    await c.diagnosticsFor(uri, 1);
    const pending: Array<Promise<unknown>> = [];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const inserts = ['あ', '\n', '電子メール', '暗号化', '', '# ', '(1) ', '\r\n', '𠮷', '|'];
    for (let i = 0; i < 1000; i++) {
      const text = c.text(uri);
      const at = Math.floor(random() * text.length);
      const del = random() < 0.4 ? Math.min(3, text.length - at) : 0;
      await c.edit(uri, at, at + del, inserts[i % inserts.length]);
      if (i % 10 === 0) {
        const doc = c.text(uri);
        const line = doc.slice(0, at).split('\n').length - 1;
        pending.push(c.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 1 } }));
        pending.push(
          c.request('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
            context: { diagnostics: [] },
          }),
        );
      }
    }
    const results = await Promise.allSettled(pending);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const version = c.version(uri);
    expect(version).toBe(1001);
    const final = await c.diagnosticsFor(uri, version, 60_000);
    expect(keys(final)).toEqual(expectedKeys(c.text(uri)));
    // Never diagnostics of a version that was not current when they were sent: versions only grow.
    const versions = c.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(unhandled(c)).toBe(false);
    expect(c.logs.filter((l) => l.type === 1)).toEqual([]);
    expect(c.exited).toBeUndefined();
  }, 120_000);

  it('after 10 000 edits the heap is back within 10 % of where it started', async () => {
    const c = await start({ gc: true });
    const uri = 'untitled:memory.md';
    await c.open(uri, POLICY);
    await c.diagnosticsFor(uri, 1);
    // Warm up (caches, JIT), then measure.
    let version = 1;
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const text = c.text(uri);
        // Type a character somewhere and delete it again: the text keeps its size.
        const at = (i * 7919) % Math.max(1, text.length - 1);
        if (i % 2 === 0) version = await c.edit(uri, at, at, i % 4 === 0 ? 'あ' : 'x');
        else version = await c.edit(uri, at, at + 1, '');
        if (i % 100 === 99)
          await c.request('textDocument/hover', { textDocument: { uri }, position: { line: i % 40, character: 2 } });
        if (i % 1000 === 999) await c.diagnosticsFor(uri, version, 60_000);
      }
      await c.diagnosticsFor(uri, version, 60_000);
    };
    await cycle(1000);
    const before = await c.heap();
    await cycle(10_000);
    const after = await c.heap();
    expect(version).toBe(11_001);
    console.info(
      `kijun server heap after GC: ${(before.heapUsed / 1e6).toFixed(1)} MB after 1 000 edits, ${(after.heapUsed / 1e6).toFixed(1)} MB after 10 000 more (RSS ${(after.rss / 1e6).toFixed(0)} MB)`,
    );
    expect(
      after.heapUsed,
      `heap ${(before.heapUsed / 1e6).toFixed(1)} MB → ${(after.heapUsed / 1e6).toFixed(1)} MB`,
    ).toBeLessThan(before.heapUsed * 1.1);
    expect(unhandled(c)).toBe(false);
  }, 300_000);
});
