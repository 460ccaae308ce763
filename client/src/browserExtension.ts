// The web client (the manifest's "browser" entry: VS Code for the Web, code-server's web extension host): the
// same client as extension.ts, but the language server runs in a web worker (server/out/web/server.js) and reads
// a policy set's files through this client's workspace.fs (webFileSystem.ts).
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activate';
import { serveFileSystem } from './webFileSystem';

/** The browser's Worker (the project's TypeScript settings have no DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

let client: BaseLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'server/out/web/server.js');
  client = await activateWith(context, undefined, (options) => {
    const worker = new Worker(main.toString(true));
    const c = new LanguageClient('kijun', 'Kijun', options, worker);
    context.subscriptions.push(...serveFileSystem(c));
    return c;
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
