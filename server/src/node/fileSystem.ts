import { readdirSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileSystem } from '../core/policySet/fileSystem';
import { readBytes } from './readFile';

/**
 * The file system as Node sees it, for the CLI and the language server. Answered from the synchronous calls: the
 * reads are small (a kijun.json, a folder listing) and the order of events stays what it was before the interface
 * became asynchronous for the web worker.
 */
export const nodeFileSystem: FileSystem & { uriOf(path: string): string } = {
  path,
  uriOf: (p) => pathToFileURL(p).href,
  async stat(p) {
    try {
      const st = statSync(p);
      return {
        isFile: st.isFile(),
        isDirectory: st.isDirectory(),
        size: st.size,
        stamp: `${st.mtimeMs}:${st.size}:${st.ino}`,
      };
    } catch {
      return undefined;
    }
  },
  async realpath(p) {
    try {
      return realpathSync(p);
    } catch {
      return undefined;
    }
  },
  readBytes: async (p, limit) => readBytes(p, limit),
  async readDirectory(p) {
    try {
      return readdirSync(p, { withFileTypes: true }).map((e) => ({
        name: e.name,
        isFile: e.isFile(),
        isDirectory: e.isDirectory(),
        isLink: e.isSymbolicLink(),
      }));
    } catch {
      return undefined;
    }
  },
};
