// A minimal LSP client for the benchmark: spawns the built server over stdio and speaks to it with
// vscode-jsonrpc (the library vscode-languageserver itself uses).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// vscode-languageserver (a dependency of the project) re-exports vscode-jsonrpc's connection over streams.
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)(
  'vscode-languageserver/node',
);

export class LspSession {
  constructor(serverPath, { cwd, args = ['--stdio'], nodeArgs = [], env } = {}) {
    this.t0 = performance.now();
    this.child = spawn(process.execPath, [...nodeArgs, serverPath, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.stderr = '';
    this.child.stderr.on('data', (d) => (this.stderr += d));
    this.conn = createMessageConnection(
      new StreamMessageReader(this.child.stdout),
      new StreamMessageWriter(this.child.stdin),
    );
    this.waiters = new Map();
    this.latest = new Map();
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const at = performance.now();
      this.latest.set(p.uri, p);
      const key = `${p.uri}#${p.version}`;
      const w = this.waiters.get(key);
      if (w) {
        this.waiters.delete(key);
        w({ at, params: p });
      }
    });
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.listen();
  }

  async initialize(rootPath) {
    const rootUri = pathToFileURL(rootPath).href;
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      locale: 'ja',
      capabilities: {
        textDocument: {
          synchronization: { didSave: false, dynamicRegistration: false },
          publishDiagnostics: {
            versionSupport: true,
            relatedInformation: true,
            codeDescriptionSupport: true,
            dataSupport: true,
          },
        },
        workspace: { configuration: false, workspaceFolders: false },
      },
    });
    await this.conn.sendNotification('initialized', {});
  }

  /** Resolves with the arrival time of the diagnostics published for `version` of `uri`. */
  diagnosticsFor(uri, version) {
    return new Promise((resolve) => this.waiters.set(`${uri}#${version}`, resolve));
  }

  open(file, text = readFileSync(file, 'utf8')) {
    const uri = pathToFileURL(file).href;
    const wait = this.diagnosticsFor(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    return { uri, wait };
  }

  change(uri, version, changes) {
    const wait = this.diagnosticsFor(uri, version);
    void this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return wait;
  }

  /** Peak resident set size of the server process so far (Linux), in bytes. */
  peakRss() {
    return this.#status('VmHWM');
  }

  /** Resident set size of the server process now (Linux), in bytes. */
  rss() {
    return this.#status('VmRSS');
  }

  #status(field) {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const m = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status);
      return m ? Number(m[1]) * 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** CPU time (user + system, all threads) of the server process so far, in ms, from /proc/PID/stat (10 ms ticks). */
  cpuTicks() {
    try {
      const f = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime in clock ticks (USER_HZ = 100 on Linux)
    } catch {
      return Number.NaN;
    }
  }

  /**
   * CPU time of the server's live threads so far, in ms, from /proc/PID/task/*\/schedstat (nanoseconds): fine enough
   * for one edit, which /proc/PID/stat's 10 ms ticks are not. NaN where the kernel keeps no schedstat.
   */
  cpuNs() {
    try {
      let ns = 0;
      for (const task of readdirSync(`/proc/${this.child.pid}/task`))
        ns += Number(readFileSync(`/proc/${this.child.pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      return ns / 1e6;
    } catch {
      return Number.NaN;
    }
  }

  /** Resolves when the server process has exited (a crash, e.g. out of memory, or the end of close()). */
  exited() {
    return this.child.exitCode !== null || this.child.signalCode !== null
      ? Promise.resolve()
      : new Promise((r) => this.child.once('exit', r));
  }

  async close() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise((r) => {
      const timer = setTimeout(() => {
        this.child.kill();
        r();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        r();
      });
    });
    this.conn.dispose();
  }
}

/** LSP position (line, UTF-16 character) of an offset. */
export function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
