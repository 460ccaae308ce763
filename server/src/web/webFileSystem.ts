// The file system of the language server in a web worker: there is no disk, so a policy set's configuration, its
// folders and its closed files are read through the client — the requests below, which the browser client answers
// with VS Code's workspace.fs (client/src/webFileSystem.ts). What the sets are is decided by the same core as in
// Node (core/policySet/state.ts); this only answers its questions. Paths are the decoded paths of the workspace's
// URIs (server/src/web/uris.ts), `/`-separated.
import type { Connection } from 'vscode-languageserver/browser';
import type { DirectoryEntry, FileStat, ReadFailure } from '../core/policySet/fileSystem';
import { READ_DIRECTORY_REQUEST, READ_FILE_REQUEST } from '../protocol';
import type { EditorFileSystem } from '../lsp/policySets';
import * as path from './path';

/**
 * How long what was read is trusted without a change event from the client: the client's answers carry no
 * modification time, so a file's stamp is the period it was read in.
 */
const FRESH_MS = 3000;

type ReadAnswer = { data?: unknown; error?: unknown } | null | undefined;
type Listing = Map<string, DirectoryEntry> | undefined;

const encodePath = (p: string) =>
  p
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');

function base64ToBytes(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The scheme and authority of a URI (`vscode-vfs://github`), undefined for one without. */
const baseOf = (uri: string): string | undefined => /^([a-z][\w+.-]*:\/\/[^/?#]*)/i.exec(uri)?.[1];

export function webFileSystem(connection: Connection, folders: () => string[]): EditorFileSystem {
  let epoch = 0;
  let since = Date.now();
  /** A client that does not read files for the server (another LSP client): no policy sets. */
  let unsupported = false;
  const listings = new Map<string, Promise<Listing>>();
  const reads = new Map<string, Promise<{ ok: true; bytes: Uint8Array } | ReadFailure>>();

  /** Forgets what was read once it is older than FRESH_MS. */
  const fresh = () => {
    if (Date.now() - since < FRESH_MS) return;
    forget();
  };
  const forget = () => {
    epoch++;
    since = Date.now();
    listings.clear();
    reads.clear();
  };

  /** The URI of a path: under the workspace folder whose path holds it (its scheme and authority), else the first's. */
  const uriOf = (p: string): string => {
    let best: { base: string; length: number } | undefined;
    for (const f of folders()) {
      const base = baseOf(f);
      if (!base) continue;
      let folder: string;
      try {
        folder = decodeURIComponent(f.slice(base.length)).replace(/\/+$/, '');
      } catch {
        continue;
      }
      const inside = p === folder || p.startsWith(folder + '/');
      if (!best || (inside && folder.length >= best.length)) best = { base, length: inside ? folder.length : -1 };
    }
    return `${best?.base ?? 'file://'}${encodePath(p)}`;
  };

  const list = (dir: string): Promise<Listing> => {
    fresh();
    let hit = listings.get(dir);
    if (!hit) {
      hit = (async (): Promise<Listing> => {
        if (unsupported) return undefined;
        let answer: { entries?: unknown } | null | undefined;
        try {
          answer = await connection.sendRequest(READ_DIRECTORY_REQUEST, { uri: uriOf(dir) });
        } catch {
          unsupported = true;
          return undefined;
        }
        if (!answer || !Array.isArray(answer.entries)) return undefined;
        const out = new Map<string, DirectoryEntry>();
        for (const e of answer.entries as unknown[]) {
          if (!Array.isArray(e) || typeof e[0] !== 'string' || typeof e[1] !== 'number') continue;
          const type = e[1];
          out.set(e[0], { name: e[0], isFile: !!(type & 1), isDirectory: !!(type & 2), isLink: !!(type & 64) });
        }
        return out;
      })();
      listings.set(dir, hit);
    }
    return hit;
  };

  /** The entry of a path in its folder's listing; `unknown` when the folder cannot be listed (a workspace's root). */
  const entryOf = async (p: string): Promise<DirectoryEntry | undefined | 'unknown'> => {
    const dir = path.dirname(p);
    if (dir === p) return 'unknown';
    const listing = await list(dir);
    return listing ? listing.get(path.basename(p)) : 'unknown';
  };

  const readBytes = (p: string, limit: number) => {
    fresh();
    const key = `${limit}:${p}`;
    let hit = reads.get(key);
    if (!hit) {
      hit = (async (): Promise<{ ok: true; bytes: Uint8Array } | ReadFailure> => {
        if (unsupported) return { ok: false, reason: 'missing' };
        let answer: ReadAnswer;
        try {
          answer = await connection.sendRequest<ReadAnswer>(READ_FILE_REQUEST, { uri: uriOf(p), limit });
        } catch {
          unsupported = true;
          return { ok: false, reason: 'missing' };
        }
        if (!answer || typeof answer !== 'object') {
          unsupported = true;
          return { ok: false, reason: 'missing' };
        }
        if (typeof answer.data === 'string') {
          const bytes = base64ToBytes(answer.data);
          return bytes.length > limit
            ? { ok: false, reason: 'too-large', size: bytes.length, limit }
            : { ok: true, bytes };
        }
        const error = answer.error === undefined ? 'unreadable' : String(answer.error);
        if (error === 'missing') return { ok: false, reason: 'missing' };
        if (error === 'directory') return { ok: false, reason: 'not-a-file', directory: true };
        if (error === 'too-large') return { ok: false, reason: 'too-large', size: limit + 1, limit };
        return { ok: false, reason: 'unreadable', code: error };
      })();
      reads.set(key, hit);
    }
    return hit;
  };

  return {
    path,
    uriOf,
    changed: () => forget(),
    async stat(p): Promise<FileStat | undefined> {
      const e = await entryOf(p);
      if (e === 'unknown')
        return (await list(p)) ? { isFile: false, isDirectory: true, size: 0, stamp: String(epoch) } : undefined;
      // A link is not followed: the client cannot say where it leads.
      if (!e || e.isLink) return undefined;
      return { isFile: e.isFile, isDirectory: e.isDirectory, size: 0, stamp: String(epoch) };
    },
    async realpath(p) {
      const e = await entryOf(p);
      return e === 'unknown' || (e && !e.isLink) ? p : undefined;
    },
    readBytes,
    async readDirectory(p) {
      const listing = await list(p);
      return listing && [...listing.values()];
    },
  };
}
