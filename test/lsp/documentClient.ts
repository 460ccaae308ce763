// What every test LSP client shares: the documents it has open (versions kept like an editor's), the diagnostics
// the server published, and waiting for a condition that a server notification may make true. test/lsp/session.ts
// (protocol tests) and test/fuzz/lsp.ts (reliability and fuzzing, through a fault-injecting harness) build on it.
import type { ChildProcess } from 'node:child_process';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export abstract class DocumentClient {
  readonly published: PublishDiagnosticsParams[] = [];
  stderr = '';
  /** The server's exit code once it has exited (null when killed by a signal). */
  exited: number | null | undefined = undefined;
  protected docs = new Map<string, TextDocument>();
  /** How long `until` waits unless told. */
  protected defaultTimeoutMs = 10_000;
  private waiters: Array<() => void> = [];

  protected constructor(
    readonly proc: ChildProcess,
    readonly rpc: MessageConnection,
  ) {
    proc.stderr?.on('data', (d) => (this.stderr += String(d)));
    proc.on('exit', (code) => {
      this.exited = code;
      this.notify();
    });
    rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.notify();
    });
  }

  /** Wakes every `until` to re-check its condition (call it on anything the server sends). */
  protected notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until `check` returns a value; fails early if the server exits. */
  async until<T>(check: () => T | undefined, timeoutMs = this.defaultTimeoutMs, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v !== undefined) return v;
      if (this.exited !== undefined)
        throw new Error(
          `the server exited (${this.exited}) while waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`,
        );
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

  /** The diagnostics published for `uri` at `version` (waits for them). */
  diagnosticsFor(uri: string, version: number, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.until(
      () => [...this.published].reverse().find((p) => p.uri === uri && p.version === version)?.diagnostics,
      timeoutMs,
      `diagnostics of ${uri} v${version}`,
    );
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.docs.get(uri)!.version;
  }

  async open(uri: string, text: string): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, 'markdown', 1, text));
    await this.rpc.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
  }
}
