// The web worker's stand-in for server/src/lsp/crashGuard.ts (swapped in by scripts/webEdges.mjs): a worker has no
// file system to leave a note in for its successor, so it analyses every document (the guard's limits still bound
// the work) and refuses none.
export const NOTED_LENGTH = 256 * 1024;

export class CrashGuard {
  static forProcess(): CrashGuard {
    return new CrashGuard();
  }

  refuses(_uri: string, _length: number): boolean {
    return false;
  }

  run<T>(_uri: string, _length: number, analyze: () => T): T {
    return analyze();
  }
}
