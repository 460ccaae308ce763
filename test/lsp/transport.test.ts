// The VS Code client starts the server over Node IPC (TransportKind.ipc); Neovim and the tests over stdio.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fixture, serverPath, uriOf } from './session';

it('serves over Node IPC as the VS Code client starts it', async () => {
  const proc = fork(serverPath, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const rpc = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
  const published = new Promise<PublishDiagnosticsParams>((resolve) =>
    rpc.onNotification('textDocument/publishDiagnostics', resolve),
  );
  rpc.listen();
  try {
    const init = (await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      locale: 'ja',
    })) as InitializeResult;
    expect(init.serverInfo?.name).toBe('kijun');
    await rpc.sendNotification('initialized', {});
    const uri = uriOf('policy-ja.md');
    await rpc.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(fixture('policy-ja.md'), 'utf8') },
    });
    const p = await published;
    expect(p.uri).toBe(uri);
    expect(p.diagnostics.some((d) => d.code === 'email-encryption')).toBe(true);
    await rpc.sendRequest('shutdown');
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    await rpc.sendNotification('exit');
    await exited;
  } finally {
    rpc.dispose();
    if (proc.exitCode === null) proc.kill();
  }
});
