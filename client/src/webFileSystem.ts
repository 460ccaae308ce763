// The web worker server has no disk: it asks the client for a policy set's kijun.json and files (server/src/web/
// policySets.ts), and the client answers with VS Code's workspace.fs — whatever the workspace is (a GitHub
// repository on vscode.dev, a Codespace, code-server). Reads only; never writes.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  type ReadDirectoryResult,
  type ReadFileResult,
} from '../../server/src/protocol';
const MAX_BYTES = 10 * 1024 * 1024;

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const reason = (e: unknown) =>
  e instanceof vscode.FileSystemError
    ? e.code === 'FileNotFound'
      ? 'missing'
      : e.code === 'FileIsADirectory'
        ? 'directory'
        : e.code || 'unreadable'
    : e instanceof Error
      ? e.message
      : String(e);

export function serveFileSystem(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(READ_FILE_REQUEST, async (params: { uri?: unknown; limit?: unknown }): Promise<ReadFileResult> => {
      if (typeof params?.uri !== 'string') return { error: 'bad request' };
      const limit = typeof params.limit === 'number' ? Math.min(params.limit, MAX_BYTES) : MAX_BYTES;
      try {
        const uri = vscode.Uri.parse(params.uri, true);
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.type & vscode.FileType.Directory) return { error: 'directory' };
        if (stat.size > limit) return { error: 'too-large' };
        return { data: base64(await vscode.workspace.fs.readFile(uri)) };
      } catch (e) {
        return { error: reason(e) };
      }
    }),
    client.onRequest(READ_DIRECTORY_REQUEST, async (params: { uri?: unknown }): Promise<ReadDirectoryResult> => {
      if (typeof params?.uri !== 'string') return { error: 'bad request' };
      try {
        return { entries: await vscode.workspace.fs.readDirectory(vscode.Uri.parse(params.uri, true)) };
      } catch (e) {
        return { error: reason(e) };
      }
    }),
  ];
}
