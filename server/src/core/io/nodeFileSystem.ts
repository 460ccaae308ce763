import { realpathSync, statSync } from 'node:fs';
import type { SetFileSystem } from '../policySet/fileSystem';
import { findMarkdownFiles, readBytes } from './readFile';

/** The file system as Node sees it, for the CLI and the language server. */
export const nodeFileSystem: SetFileSystem = {
  stat(path) {
    try {
      const st = statSync(path);
      return { isFile: st.isFile(), isDirectory: st.isDirectory(), size: st.size, stamp: `${st.mtimeMs}:${st.size}:${st.ino}` };
    } catch {
      return undefined;
    }
  },
  realpath(path) {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  },
  readBytes: (path, limit) => readBytes(path, limit),
  markdownFiles(root) {
    try {
      return findMarkdownFiles(root);
    } catch {
      return [];
    }
  },
};
