import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  COMPLIANCE_REPORT_REQUEST,
  INSERT_ALL_KIND,
  POLICY_SKELETON_REQUEST,
  REVISION_TABLE_REQUEST,
  type ComplianceReportParams,
  type PolicySkeletonParams,
  type RevisionTableParams,
} from '../protocol';
import { AnalysisCache, createAnalysisSource } from './analysisCache';
import { CrashGuard } from './crashGuard';
import { codeActions } from './codeActions';
import { codeLenses } from './codeLens';
import { COMMANDS, executeCommand } from './commands';
import { SettingsStore } from './configuration';
import { DiagnosticsPublisher } from './diagnostics';
import { complianceReport } from './complianceReport';
import { revisionTable, skeleton } from './papers';
import { FileWatching } from './fileWatching';
import { PolicySets, withPolicySets, type EditorFileSystem } from './policySets';
import { hover } from './hover';
import { safe } from './safe';
import { documentSymbols } from './symbols';
import { readEditSupport, type EditSupport } from './workspaceEdit';

declare const KIJUN_VERSION: string;
const VERSION = typeof KIJUN_VERSION === 'string' ? KIJUN_VERSION : '0.0.0-dev';

/** The connection of a server process (not of a web worker, which passes its own): `node server/out/server.js --stdio`. */
function processConnection(): Connection {
  // A bug must not end the session for every open document: log it and keep serving.
  process.on('uncaughtException', (e) => console.error('kijun: uncaught exception', e));
  process.on('unhandledRejection', (e) => console.error('kijun: unhandled rejection', e));
  return createConnection(ProposedFeatures.all);
}

/**
 * Starts the server on the transport named on the command line (--stdio, --node-ipc, --socket=N), as
 * vscode-languageserver reads it, and wires one module per LSP feature to the shared analysis.
 */
export function startServer(
  connection: Connection = processConnection(),
  fileSystem: (connection: Connection, env: { folders: () => string[] }) => EditorFileSystem,
): void {
  const documents = new TextDocuments(TextDocument);
  // A document the previous server died on is refused instead of killing this one too (crashGuard.ts).
  const cache = new AnalysisCache(CrashGuard.forProcess());
  let settings = new SettingsStore(connection, false, undefined);
  let support: EditSupport = { documentChanges: false, snippets: false };
  let locale: string | undefined;
  let folders: string[] = [];
  let folderEvents = false;
  const env = { locale: () => locale, folders: () => folders };
  // Policy sets (kijun.json): a document listed in a set is analyzed with the set's other files.
  const sets = new PolicySets(
    connection,
    documents,
    { get: (uri) => settings.get(uri) },
    cache,
    env,
    {
      schedule: (uri, delay) => diagnostics.schedule(uri, delay),
      scheduleAll: () => diagnostics.scheduleAll(),
    },
    fileSystem(connection, env),
  );
  const source = withPolicySets(createAnalysisSource(documents, { get: (uri) => settings.get(uri) }, cache, env), sets);
  const diagnostics = new DiagnosticsPublisher(connection, documents, source);
  const watching = new FileWatching(connection, (changes) => sets.filesChanged(changes));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = params.locale;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!folders.length && params.rootUri) folders = [params.rootUri];
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    settings = new SettingsStore(connection, !!params.capabilities.workspace?.configuration, init?.settings);
    support = readEditSupport(params.capabilities);
    folderEvents = !!params.capabilities.workspace?.workspaceFolders;
    watching.configure(params.capabilities);
    sets.configure(params.capabilities);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, INSERT_ALL_KIND] },
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: { label: 'Kijun' },
        executeCommandProvider: { commands: COMMANDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'kijun', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    watching.register();
    // Folders matter for kijun.include globs (relative to a folder); without the events the initial ones stay.
    if (!folderEvents) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      folders = [...folders.filter((f) => !e.removed.some((r) => r.uri === f)), ...e.added.map((a) => a.uri)];
      settings.changed(undefined);
      diagnostics.scheduleAll();
      sets.settingsChanged();
    });
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    cache.clear();
    diagnostics.scheduleAll();
    sets.settingsChanged();
  });

  // Opening shows findings at once; typing as soon as the publisher's schedule allows (diagnostics.ts: at once
  // after a pause, a short wait only while changes arrive faster than they are analyzed). (TextDocuments reports
  // an opened document as changed too, right after onDidOpen.)
  const opened = new Set<string>();
  documents.onDidOpen((e) => opened.add(e.document.uri));
  documents.onDidChangeContent((e) => {
    diagnostics.schedule(e.document.uri, opened.delete(e.document.uri) ? 0 : undefined);
    sets.documentChanged(e.document.uri);
  });
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    settings.forget(e.document.uri);
    // A file of an open policy set keeps its findings (now from disk); the set module clears them with the set's.
    if (!sets.documentClosed(e.document.uri)) diagnostics.clear(e.document.uri);
  });

  connection.onHover(safe(connection, 'hover', null, (params) => hover(params, source)));
  connection.onCodeAction(safe(connection, 'codeAction', [], (params) => codeActions(params, source, support)));
  connection.onCodeLens(safe(connection, 'codeLens', [], (params) => codeLenses(params, source)));
  connection.onDocumentSymbol(safe(connection, 'documentSymbol', [], (params) => documentSymbols(params, source)));
  connection.onExecuteCommand(safe(connection, 'executeCommand', null, (params) => executeCommand(params, source)));
  connection.onRequest(
    COMPLIANCE_REPORT_REQUEST,
    safe(connection, 'complianceReport', null, (params: ComplianceReportParams) =>
      complianceReport(params, sets, source),
    ),
  );
  connection.onRequest(
    REVISION_TABLE_REQUEST,
    safe(connection, 'revisionTable', null, (params: RevisionTableParams) => revisionTable(params, source)),
  );
  connection.onRequest(
    POLICY_SKELETON_REQUEST,
    safe(connection, 'policySkeleton', null, (params: PolicySkeletonParams) => skeleton(params ?? {})),
  );

  documents.listen(connection);
  connection.listen();
}
