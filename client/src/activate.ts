// What the desktop client (extension.ts, the server in Node) and the web client (browserExtension.ts, the server
// in a web worker) share: the client options, the compliance report webview and the two commands.
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  type BaseLanguageClient,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { ReportPanels } from './report';
import { restrictSettings } from './restricted';
import { registerPaperCommands } from './papers';
// The server's command answering with the coverage report: the code lens runs it; VS Code shows the webview.
import { CLIENT_COMMANDS, COVERAGE_REPORT_COMMAND, INSERT_ALL_KIND } from '../../server/src/protocol';

const ja = () => vscode.env.language.toLowerCase().startsWith('ja');

/**
 * Starts the client `create` makes with Kijun's options, and registers the report and the commands. `schemes`:
 * the document schemes to check besides untitled (file on the desktop; any in the browser, where the workspace is
 * vscode-vfs:, vscode-test-web:, …).
 */
export async function activateWith(
  context: vscode.ExtensionContext,
  schemes: string[] | undefined,
  create: (options: LanguageClientOptions) => BaseLanguageClient,
): Promise<BaseLanguageClient> {
  let showReport: (uri: string) => Promise<void> = async () => undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: schemes
      ? [...schemes.map((scheme) => ({ scheme, language: 'markdown' })), { scheme: 'untitled', language: 'markdown' }]
      : [{ language: 'markdown' }],
    // The server pulls kijun.* per document; this tells it when to pull again. (It watches kijun.json and the
    // Markdown files of policy sets itself, with a dynamic registration of workspace/didChangeWatchedFiles.)
    synchronize: { configurationSection: 'kijun' },
    middleware: {
      // Restricted Mode: the workspace's value of a restricted setting (kijun.include) is not passed on.
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (vscode.workspace.isTrusted || !Array.isArray(result)) return result;
          return result.map((value, i) =>
            restrictSettings(
              value,
              params.items[i]?.section,
              (key) => vscode.workspace.getConfiguration('kijun').inspect(key)?.globalValue,
            ),
          );
        },
      },
      // The code lens runs the server's report command; in VS Code it opens the compliance report instead.
      executeCommand: async (command, args, next) => {
        if (command !== COVERAGE_REPORT_COMMAND) return next(command, args);
        const [arg] = args;
        const uri = typeof arg === 'string' ? arg : vscode.window.activeTextEditor?.document.uri.toString();
        if (uri) await showReport(uri);
        return null;
      },
    },
  };
  const client = create(clientOptions);
  const reports = new ReportPanels(client);
  showReport = async (uri: string): Promise<void> => {
    const column = vscode.window.activeTextEditor?.viewColumn;
    let shown: boolean;
    try {
      shown = await reports.show(uri, column);
    } catch (e) {
      void vscode.window.showErrorMessage(`Kijun: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (!shown) {
      void vscode.window.showInformationMessage(
        ja()
          ? 'Kijun: この文書は情報セキュリティポリシーとして検査されていません。'
          : 'Kijun: this document is not checked as a security policy.',
      );
    }
  };

  context.subscriptions.push(
    // Trusted now: the workspace's restricted settings count, the server pulls them again.
    vscode.workspace.onDidGrantWorkspaceTrust(
      () => void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null }),
    ),
    reports,
    vscode.commands.registerCommand(CLIENT_COMMANDS.showReport, async (uri?: string | vscode.Uri) => {
      const target = uri?.toString() ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!target) return;
      await showReport(target);
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.insertMissingClauses, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
      const actions =
        (await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          editor.document.uri,
          whole,
          INSERT_ALL_KIND,
        )) ?? [];
      const action = actions.find((a) => a.kind?.value === INSERT_ALL_KIND && a.edit);
      if (!action?.edit) {
        void vscode.window.showInformationMessage(
          ja() ? 'Kijun: 挿入する不足条項はありません。' : 'Kijun: no missing clauses to insert.',
        );
        return;
      }
      await vscode.workspace.applyEdit(action.edit);
    }),
  );
  registerPaperCommands(context, () => client);
  await client.start();
  return client;
}
