// The thin VS Code client: starts the Kijun language server for Markdown (files and unsaved buffers) and does
// only what must run inside VS Code — showing the compliance report in a webview and the "insert all" command
// (activate.ts, shared with the web client browserExtension.ts), and importing Word/例規集 documents (desktop only:
// it reads the file system). Everything else (diagnostics, hovers, quick fixes, code lens, outline, policy sets
// and their file watching) comes from the server over LSP. Nothing from the workspace is executed, so it runs in
// untrusted workspaces too.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith } from './activate';
import { registerImport } from './importPolicy';
import launch from '../../server/src/protocol/launch.json';

let client: BaseLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('server/out/server.js');
  // Node IPC: the server runs in VS Code's own Node runtime, no separate node installation needed. Its heap
  // options (server/src/protocol/launch.json) keep its memory low with a large policy open.
  const options = { execArgv: [...launch.execArgv] };
  // When the extension host itself is being debugged (.vscode/launch.json "Run Extension"), the server listens for
  // the "Attach to Server" debugger on port 6009, and stack traces point into the sources (npm run build:dev writes
  // the source maps; the boot loader then loads the bundle with require(), not from its code cache).
  const debugOptions = { execArgv: [...launch.execArgv, '--inspect=6009', '--enable-source-maps'] };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options },
    debug: { module, transport: TransportKind.ipc, options: debugOptions },
  };
  // Importing reads the file system: only this (Node) client offers it; code-server and VS Code for the Web both set
  // isWeb, so the menus ask for this key instead.
  context.subscriptions.push(registerImport(context));
  void vscode.commands.executeCommand('setContext', 'kijun.canImport', true);
  client = await activateWith(
    context,
    ['file'],
    (clientOptions) => new LanguageClient('kijun', 'Kijun', serverOptions, clientOptions),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
