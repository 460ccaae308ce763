// A real LSP client for the protocol tests: spawns the built server (`node server/out/server.js --stdio`) and
// speaks JSON-RPC over its stdin/stdout with vscode-jsonrpc's node connection.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  CodeLens,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InitializeResult,
  Position,
  Range,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { snippetToPlain } from '../../server/src/core/edits';
import { DocumentClient } from './documentClient';

export const root = join(__dirname, '..', '..');
export const serverPath = join(root, 'server', 'out', 'server.js');
export const fixture = (name: string) => join(__dirname, 'fixtures', name);
export const uriOf = (name: string) => pathToFileURL(join(root, 'test', 'lsp', 'fixtures', name)).href;

export interface SessionOptions {
  locale?: string;
  snippets?: boolean;
  documentChanges?: boolean;
  /** Declare workspace.workspaceEdit.changeAnnotationSupport (edits that need confirmation). */
  changeAnnotations?: boolean;
  /** Answer workspace/configuration with these `kijun` settings (per scopeUri when a function). */
  settings?: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);
  /** Do not declare workspace/configuration support. */
  noConfiguration?: boolean;
  /** The workspace folder (a path; default: the repository). */
  workspaceFolder?: string;
  /** Declare workspace.didChangeWatchedFiles.dynamicRegistration (the server then registers its watchers). */
  watchFiles?: boolean;
  /** Declare workspace.codeLens.refreshSupport (the server may then send workspace/codeLens/refresh). */
  codeLensRefresh?: boolean;
}

export class Session extends DocumentClient {
  readonly logs: string[] = [];
  /** client/registerCapability requests the server sent. */
  readonly registrations: Array<{ id: string; method: string; registerOptions?: unknown }> = [];
  initializeResult!: InitializeResult;

  private constructor(proc: ChildProcess, rpc: MessageConnection, _options: SessionOptions) {
    super(proc, rpc);
  }

  static async start(options: SessionOptions = {}): Promise<Session> {
    if (!existsSync(serverPath))
      throw new Error(`${serverPath} is missing: run node scripts/build.mjs (vitest's global setup does)`);
    const proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const rpc = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const s = new Session(proc, rpc, options);
    rpc.onNotification('window/logMessage', (p: { message: string }) => {
      s.logs.push(p.message);
      s.notify();
    });
    rpc.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string; section?: string }> }) =>
      p.items.map((item) => {
        const settings = typeof options.settings === 'function' ? options.settings(item.scopeUri) : options.settings;
        return item.section === 'kijun' ? (settings ?? {}) : null;
      }),
    );
    rpc.onRequest(
      'client/registerCapability',
      (p: { registrations: Array<{ id: string; method: string; registerOptions?: unknown }> }) => {
        s.registrations.push(...p.registrations);
        s.notify();
        return null;
      },
    );
    rpc.onRequest('window/workDoneProgress/create', () => null);
    rpc.listen();
    s.initializeResult = await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(options.workspaceFolder ?? root).href,
      workspaceFolders: [{ uri: pathToFileURL(options.workspaceFolder ?? root).href, name: 'kijun' }],
      locale: options.locale ?? 'ja',
      capabilities: {
        workspace: {
          configuration: !options.noConfiguration,
          ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
          ...(options.codeLensRefresh ? { codeLens: { refreshSupport: true } } : {}),
          workspaceEdit: {
            documentChanges: options.documentChanges ?? true,
            snippetEditSupport: options.snippets ?? false,
            ...(options.changeAnnotations ? { changeAnnotationSupport: { groupsOnLabel: true } } : {}),
          },
        },
        textDocument: {
          publishDiagnostics: {
            relatedInformation: true,
            versionSupport: true,
            codeDescriptionSupport: true,
            dataSupport: true,
          },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } },
            isPreferredSupport: true,
            dataSupport: true,
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await rpc.sendNotification('initialized', {});
    return s;
  }

  /** Sends incremental changes (ranges in the current text) and returns the new version. */
  async change(uri: string, edits: TextEdit[]): Promise<number> {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    // didChange applies content changes one after another, each against the text the previous one left.
    const sorted = [...edits].sort((a, b) => compare(b.range.start, a.range.start));
    TextDocument.update(
      doc,
      sorted.map((e) => ({ range: e.range, text: e.newText })),
      version,
    );
    await this.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    return this.rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  codeLenses(uri: string): Promise<CodeLens[]> {
    return this.rpc.sendRequest('textDocument/codeLens', { textDocument: { uri } });
  }

  symbols(uri: string): Promise<DocumentSymbol[]> {
    return this.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  }

  /** Applies a WorkspaceEdit the way a client would (snippets expanded with their defaults) and sends it. */
  async apply(edit: WorkspaceEdit): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    for (const [uri, edits] of editsByUri(edit)) {
      const doc = this.docs.get(uri);
      if (!doc) throw new Error(`edit for a document that is not open: ${uri}`);
      versions.set(uri, await this.change(uri, edits));
    }
    return versions;
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    try {
      await this.rpc.sendRequest('shutdown');
      await this.rpc.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
    this.rpc.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
    return code;
  }
}

const compare = (a: Position, b: Position) => a.line - b.line || a.character - b.character;

type AnyEdit = TextEdit | { range: Range; snippet: { kind: 'snippet'; value: string } };

/** The plain TextEdits of a WorkspaceEdit per document; a SnippetTextEdit becomes its default expansion. */
export function editsByUri(edit: WorkspaceEdit): Map<string, TextEdit[]> {
  const out = new Map<string, TextEdit[]>();
  const add = (uri: string, edits: AnyEdit[]) => {
    const list = out.get(uri) ?? [];
    for (const e of edits) list.push('snippet' in e ? { range: e.range, newText: snippetToPlain(e.snippet.value) } : e);
    out.set(uri, list);
  };
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change) add(change.textDocument.uri, (change as TextDocumentEdit).edits as AnyEdit[]);
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) add(uri, edits);
  return out;
}

/** Every edit of a WorkspaceEdit as written (snippet text kept), for assertions on its shape. */
export function rawEdits(edit: WorkspaceEdit): AnyEdit[] {
  const list: AnyEdit[] = [];
  for (const change of edit.documentChanges ?? [])
    if ('textDocument' in change) list.push(...((change as TextDocumentEdit).edits as AnyEdit[]));
  for (const edits of Object.values(edit.changes ?? {})) list.push(...edits);
  return list;
}

/** `(code, message)` of each diagnostic: what "no new findings" compares. */
export const findingKeys = (ds: Diagnostic[]) => ds.map((d) => `${d.code}: ${d.message}`).sort();
