// A language server that dies while analyzing an open document (a V8 heap exhaustion cannot be caught) is
// restarted by the client, which opens the same document again: without this, the server would crash again at
// once, until VS Code gives up on it ("crashed 5 times in the last 3 minutes") and every other document loses
// its diagnostics too. So, before analyzing a large text, the server writes down which document it is working
// on, and removes the note when the analysis returns (or throws: an exception is caught and is no crash). A note
// found at start-up names the document the previous server died on: that document is refused with a finding
// while it stays about as large (at least half the size it had), and checked again once it is smaller. The note
// lives in the temporary directory, named after the parent process (the editor's extension host, the same across
// restarts of its server; KIJUN_CRASH_MARKER overrides it). Small texts are not noted: the limits keep their cost
// low, and a note per keystroke would be a file write per keystroke.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Texts shorter than this (UTF-16 units) are analyzed without a note. */
export const NOTED_LENGTH = 256 * 1024;

export class CrashGuard {
  /** Documents the previous server died on, and their length then. */
  private readonly crashed = new Map<string, number>();

  constructor(
    private readonly file: string,
    log: (message: string) => void = (m) => console.error(m),
  ) {
    let note: unknown;
    try {
      note = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return; // no note: the last server ended normally (or this is the first)
    }
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
    const { uri, length } = (note ?? {}) as { uri?: unknown; length?: unknown };
    if (typeof uri === 'string' && typeof length === 'number') {
      this.crashed.set(uri, length);
      log(
        `Kijun: the previous language server stopped while analyzing ${uri} (${length.toLocaleString('en-US')} characters); that document is not checked again until it is smaller.`,
      );
    }
  }

  /** The note file for this server process. */
  static forProcess(): CrashGuard {
    return new CrashGuard(process.env.KIJUN_CRASH_MARKER || join(tmpdir(), `kijun-analyzing-${process.ppid}.json`));
  }

  /** Whether the server died on this document before and it is still about that large. */
  refuses(uri: string, length: number): boolean {
    const at = this.crashed.get(uri);
    if (at === undefined) return false;
    if (length * 2 >= at) return true;
    this.crashed.delete(uri);
    return false;
  }

  /** Runs the analysis of `uri` (its text `length` long), with a note while it runs when the text is large. */
  run<T>(uri: string, length: number, analyze: () => T): T {
    if (length < NOTED_LENGTH) return analyze();
    try {
      writeFileSync(this.file, JSON.stringify({ uri, length, pid: process.pid, at: new Date().toISOString() }));
    } catch {
      return analyze(); // no place for the note: analyze anyway
    }
    try {
      return analyze();
    } finally {
      try {
        unlinkSync(this.file);
      } catch {
        // removed already
      }
    }
  }
}
