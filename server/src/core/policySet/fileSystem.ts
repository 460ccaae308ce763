/**
 * The one file system the policy-set logic reads through (load.ts, walk.ts, state.ts): the CLI and the Node
 * language server give node/fileSystem.ts, the web worker server/src/web/webFileSystem.ts (the client reads
 * for it), a test an object in memory. Asynchronous, because the web's answers are. Paths are the adapter's own
 * (absolute Node paths, or the `/`-separated paths of the web's URIs), and `path` says how they are joined: the
 * core never imports node:path. What may be read (links that lead outside a folder, the size limits) is decided in
 * the core, over `realpath` and `stat`, so an adapter only answers.
 */
export interface FileSystem {
  readonly path: PathOps;
  /** Following links; undefined when nothing is there. `stamp` changes when the file does (mtime, size, inode). */
  stat(path: string): Promise<FileStat | undefined>;
  /** The path with every link resolved, undefined when it does not exist (or a link the adapter cannot follow). */
  realpath(path: string): Promise<string | undefined>;
  /** The bytes of a regular file of at most `limit` bytes (a failure is an answer, not an exception). */
  readBytes(path: string, limit: number): Promise<{ ok: true; bytes: Uint8Array } | ReadFailure>;
  /** A folder's entries (links not followed); undefined when it cannot be listed. */
  readDirectory(path: string): Promise<DirectoryEntry[] | undefined>;
}

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
  stamp: string;
}

export interface DirectoryEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  /** A symbolic link: never walked into; a linked file counts only when it resolves inside the folder. */
  isLink: boolean;
}

/** The part of node:path the set logic uses (Node's own in the Node adapter, POSIX string work in the web's). */
export interface PathOps {
  readonly sep: string;
  join(...parts: string[]): string;
  dirname(path: string): string;
  basename(path: string): string;
  relative(from: string, to: string): string;
  resolve(path: string): string;
  isAbsolute(path: string): boolean;
}

/** The largest policy file read (a set's closed files, the CLI's files). */
export const MAX_POLICY_BYTES = 10 * 1024 * 1024;

/** Why a file could not be read: what readPolicyFile and a policy set's configuration report, each in its words. */
export type ReadFailure =
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'not-a-file'; directory: boolean }
  | { ok: false; reason: 'too-large'; size: number; limit: number }
  | { ok: false; reason: 'unreadable'; code: string };

/** A policy file that could not be read, in the words the CLI and the servers show (English, as before). */
export function readFailureMessage(r: ReadFailure): string {
  switch (r.reason) {
    case 'missing':
      return 'no such file';
    case 'not-a-file':
      return r.directory ? 'is a directory' : 'not a regular file';
    case 'too-large':
      return `too large to check: ${(r.size / 1048576).toFixed(1)} MB > ${r.limit / 1048576} MB`;
    case 'unreadable':
      return `cannot read (${r.code})`;
  }
}

/** Whether `path` is `root` or below it (both absolute and normalized, e.g. real paths). */
export function isWithin(path: PathOps, root: string, inner: string): boolean {
  const r = path.relative(root, inner);
  return r === '' || (!path.isAbsolute(r) && r.split(path.sep)[0] !== '..');
}
