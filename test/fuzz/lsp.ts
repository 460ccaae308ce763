// A small LSP client over stdio for the reliability tests and the fuzz run. Unlike test/lsp/session.ts it starts
// the server through serverHarness.cjs, which adds fault injection and heap reports (see there).
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** This folder (the fuzz run is bundled elsewhere and says where the repository is with KIJUN_ROOT). */
const here = process.env.KIJUN_ROOT ? join(process.env.KIJUN_ROOT, 'test', 'fuzz') : __dirname;

export interface ClientOptions {
  serverPath: string;
  /** Analyses of texts containing this marker throw inside the core. */
  fault?: string;
  /** Start node with --expose-gc so heap() measures after full collections. */
  gc?: boolean;
  locale?: string;
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: Array<{ type: number; message: string }> = [];
  stderr = '';
  exited: number | null | undefined = undefined;
  private waiters: Array<() => void> = [];
  private docs = new Map<string, TextDocument>();
  private heapWaiters: Array<(v: { heapUsed: number; rss: number }) => void> = [];

  private constructor(readonly proc: ChildProcess, readonly rpc: MessageConnection) {}

  static async start(o: ClientOptions): Promise<LspClient> {
    const proc = fork(join(here, 'serverHarness.cjs'), ['--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
      execArgv: o.gc ? ['--expose-gc'] : [],
      env: { ...process.env, KIJUN_SERVER: o.serverPath, ...(o.fault ? { KIJUN_TEST_FAULT: o.fault } : {}) },
    });
    const rpc = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const c = new LspClient(proc, rpc);
    proc.stderr!.on('data', (d) => (c.stderr += String(d)));
    proc.on('exit', (code) => {
      c.exited = code;
      c.notify();
    });
    proc.on('message', (m: { heapUsed: number; rss: number }) => c.heapWaiters.shift()?.(m));
    rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      c.published.push(p);
      c.notify();
    });
    rpc.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      c.logs.push(p);
      c.notify();
    });
    rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    rpc.onRequest('client/registerCapability', () => null);
    rpc.onRequest('window/workDoneProgress/create', () => null);
    rpc.listen();
    const root = pathToFileURL(join(here, '..', '..')).href;
    await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'kijun' }],
      locale: o.locale ?? 'ja',
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
          hover: { contentFormat: ['markdown'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await rpc.sendNotification('initialized', {});
    return c;
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  async until<T>(check: () => T | undefined, timeoutMs = 20_000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v !== undefined) return v;
      if (this.exited !== undefined) throw new Error(`the server exited (${this.exited}) while waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  diagnosticsFor(uri: string, version: number, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.until(() => [...this.published].reverse().find((p) => p.uri === uri && p.version === version)?.diagnostics, timeoutMs, `diagnostics of ${uri} v${version}`);
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.docs.get(uri)!.version;
  }

  async open(uri: string, text: string): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, 'markdown', 1, text));
    await this.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** Replaces [start, end) (offsets in the current text) with `text`; returns the new version. */
  async edit(uri: string, start: number, end: number, text: string): Promise<number> {
    const doc = this.docs.get(uri)!;
    const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
    const version = doc.version + 1;
    TextDocument.update(doc, [{ range, text }], version);
    await this.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.rpc.sendRequest(method, params) as Promise<T>;
  }

  /** Heap in use after full collections (the server must be started with gc: true). */
  heap(): Promise<{ heapUsed: number; rss: number }> {
    return new Promise((resolve) => {
      this.heapWaiters.push(resolve);
      this.proc.send('heap');
    });
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.rpc.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await this.rpc.sendNotification('exit');
    } catch {
      // already gone
    }
    await Promise.race([new Promise((r) => (this.exited !== undefined ? r(null) : this.proc.once('exit', r))), new Promise((r) => setTimeout(r, 3000))]);
    this.rpc.dispose();
    if (this.exited === undefined) this.proc.kill();
  }
}
