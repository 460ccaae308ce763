// A small LSP client over stdio for the reliability tests and the fuzz run. Unlike test/lsp/session.ts it starts
// the server through serverHarness.cjs, which adds fault injection and heap reports (see there).
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentClient } from '../lsp/documentClient';

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

export class LspClient extends DocumentClient {
  readonly logs: Array<{ type: number; message: string }> = [];
  private heapWaiters: Array<(v: { heapUsed: number; rss: number }) => void> = [];
  // The fuzz run loads the machine: give the server longer than the protocol tests do.
  protected override defaultTimeoutMs = 20_000;

  private constructor(proc: ChildProcess, rpc: MessageConnection) {
    super(proc, rpc);
  }

  static async start(o: ClientOptions): Promise<LspClient> {
    const proc = fork(join(here, 'serverHarness.cjs'), ['--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
      execArgv: o.gc ? ['--expose-gc'] : [],
      env: { ...process.env, KIJUN_SERVER: o.serverPath, ...(o.fault ? { KIJUN_TEST_FAULT: o.fault } : {}) },
    });
    const rpc = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const c = new LspClient(proc, rpc);
    proc.on('message', (m: { heapUsed: number; rss: number }) => c.heapWaiters.shift()?.(m));
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

  /** Replaces [start, end) (offsets in the current text) with `text`; returns the new version. */
  async edit(uri: string, start: number, end: number, text: string): Promise<number> {
    const doc = this.docs.get(uri)!;
    const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
    const version = doc.version + 1;
    TextDocument.update(doc, [{ range, text }], version);
    await this.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
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
    await Promise.race([
      new Promise((r) => (this.exited !== undefined ? r(null) : this.proc.once('exit', r))),
      new Promise((r) => setTimeout(r, 3000)),
    ]);
    this.rpc.dispose();
    if (this.exited === undefined) this.proc.kill();
  }
}
