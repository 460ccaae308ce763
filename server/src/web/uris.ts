// server/src/server/uris.ts for the web worker (no node:url): the path of a document's URI. In the browser the
// workspace is rarely file: (vscode-vfs://github/…, vscode-test-web://mount/…): any URI with a path has one here,
// so kijun.include globs and policy sets work on those too.

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

/** The path relative to the innermost workspace folder containing it (globs are written that way). */
export function relativeToFolder(path: string, folders: string[]): string {
  let best = '';
  for (const f of folders) {
    const folder = (uriPath(f) ?? f).replace(/\/+$/, '');
    if (path.startsWith(folder + '/') && folder.length > best.length) best = folder;
  }
  return best ? path.slice(best.length + 1) : path;
}

/** A short name for the document, for report titles. */
export function displayName(uri: string): string {
  const path = uriPath(uri) ?? decodeURIComponent(uri.replace(/^[a-z]+:/i, ''));
  return path.split('/').pop() || uri;
}
