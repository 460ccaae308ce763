import type { ReadFailure } from '../io/readFile';

/**
 * What loading a policy set needs from a file system: the CLI and the language server give the same Node adapter
 * (core/io/nodeFileSystem.ts), a test or a web worker another. Paths are the caller's (absolute or relative).
 */
export interface SetFileSystem {
  /** Following links; undefined when nothing is there. `stamp` changes when the file does (mtime, size, inode). */
  stat(path: string): { isFile: boolean; isDirectory: boolean; size: number; stamp: string } | undefined;
  /** The path with every link resolved, undefined when it does not exist. */
  realpath(path: string): string | undefined;
  /** The bytes of a regular file of at most `limit` bytes (a failure is an answer, not an exception). */
  readBytes(path: string, limit: number): { ok: true; bytes: Uint8Array } | ReadFailure;
  /** The Markdown files under a folder, in a stable order, joined to `root`; links that lead outside are skipped. */
  markdownFiles(root: string): string[];
}
