// The thin VS Code client: starts the Kijun language server for Markdown (files and unsaved buffers) and does
// only what must run inside VS Code — showing the compliance report in a webview and the "insert all" command.
// Everything else (diagnostics, hovers, quick fixes, code lens, outline, policy sets and their file watching)
// comes from the server over LSP. Nothing from the workspace is executed, so it runs in untrusted workspaces too.
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ReportPanels } from './report';
import { restrictSettings } from './restricted';
import launch from '../../server/src/launch.json';

/** The server's command answering with the coverage report (the code lens runs it; VS Code shows the webview). */
const REPORT_COMMAND = 'kijun.coverageReport';
const SHOW_REPORT = 'kijun.showReport';
const INSERT_ALL = 'kijun.insertMissingClauses';
const INSERT_ALL_KIND = 'source.kijun.insertMissingClauses';

let client: LanguageClient | undefined;

const ja = () => vscode.env.language.toLowerCase().startsWith('ja');

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('server/out/server.js');
  // Node IPC: the server runs in VS Code's own Node runtime, no separate node installation needed. Its heap
  // options (server/src/launch.json) keep its memory low with a large policy open.
  const options = { execArgv: [...launch.execArgv] };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options },
    debug: { module, transport: TransportKind.ipc, options },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // The server pulls kijun.* per document; this tells it when to pull again. (It watches kijun.json and the
    // Markdown files of policy sets itself, with a dynamic registration of workspace/didChangeWatchedFiles.)
    synchronize: { configurationSection: 'kijun' },
    middleware: {
      // Restricted Mode: the workspace's value of a restricted setting (kijun.include) is not passed on.
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (vscode.workspace.isTrusted || !Array.isArray(result)) return result;
          return result.map((value, i) => restrictSettings(value, params.items[i]?.section, (key) => vscode.workspace.getConfiguration('kijun').inspect(key)?.globalValue));
        },
      },
      // The code lens runs the server's report command; in VS Code it opens the compliance report instead.
      executeCommand: async (command, args, next) => {
        if (command !== REPORT_COMMAND) return next(command, args);
        const [arg] = args;
        const uri = typeof arg === 'string' ? arg : vscode.window.activeTextEditor?.document.uri.toString();
        if (uri) await showReport(uri);
        return null;
      },
    },
  };
  client = new LanguageClient('kijun', 'Kijun', serverOptions, clientOptions);
  const reports = new ReportPanels(client);
  const showReport = async (uri: string): Promise<void> => {
    const column = vscode.window.activeTextEditor?.viewColumn;
    let shown: boolean;
    try {
      shown = await reports.show(uri, column);
    } catch (e) {
      void vscode.window.showErrorMessage(`Kijun: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (!shown) {
      void vscode.window.showInformationMessage(ja() ? 'Kijun: この文書は情報セキュリティポリシーとして検査されていません。' : 'Kijun: this document is not checked as a security policy.');
    }
  };

  context.subscriptions.push(
    // Trusted now: the workspace's restricted settings count, the server pulls them again.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(DidChangeConfigurationNotification.type, { settings: null })),
    reports,
    vscode.commands.registerCommand(SHOW_REPORT, async (uri?: string | vscode.Uri) => {
      const target = uri?.toString() ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!target || !client) return;
      await showReport(target);
    }),
    vscode.commands.registerCommand(INSERT_ALL, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, whole, INSERT_ALL_KIND)) ?? [];
      const action = actions.find((a) => a.kind?.value === INSERT_ALL_KIND && a.edit);
      if (!action?.edit) {
        void vscode.window.showInformationMessage(ja() ? 'Kijun: 挿入する不足条項はありません。' : 'Kijun: no missing clauses to insert.');
        return;
      }
      await vscode.workspace.applyEdit(action.edit);
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
