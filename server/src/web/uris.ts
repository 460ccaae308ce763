// server/src/lsp/uris.ts for the web worker (no node:url): the path of a document's URI. In the browser the
// workspace is rarely file: (vscode-vfs://github/…, vscode-test-web://mount/…): any URI with a path has one here,
// so kijun.include globs and policy sets work on those too.
import { uriNames } from '../lsp/uriNames';

/** The path of a URI with one (file:, vscode-vfs:, …); undefined for untitled: and other opaque URIs. */
export function uriPath(uri: string): string | undefined {
  const m = /^([a-z][\w+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(uri);
  if (!m) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(m[3] || '/');
  } catch {
    return undefined;
  }
  // file:///c:/x → c:/x, as Node's fileURLToPath gives it on Windows (with forward slashes).
  if (m[1].toLowerCase() === 'file' && /^\/[a-zA-Z]:/.test(path)) path = path.slice(1);
  if (m[1].toLowerCase() === 'file' && m[2] && m[2] !== 'localhost') path = `//${m[2]}${path}`;
  return path.replace(/\\/g, '/');
}

export const { relativeToFolder, displayName } = uriNames(uriPath);
