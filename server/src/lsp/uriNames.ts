// What the Node and the web versions of uris.ts share: given how a URI becomes a path, the path relative to a
// workspace folder and a short display name. (Node-free: the web worker bundles it too.)

export function uriNames(uriPath: (uri: string) => string | undefined) {
  return {
    /** The path relative to the innermost workspace folder containing it (globs are written that way). */
    relativeToFolder(path: string, folders: string[]): string {
      let best = '';
      for (const f of folders) {
        const folder = (uriPath(f) ?? f).replace(/\/+$/, '');
        if (path.startsWith(folder + '/') && folder.length > best.length) best = folder;
      }
      return best ? path.slice(best.length + 1) : path;
    },
    /** A short name for the document, for report titles. */
    displayName(uri: string): string {
      const path = uriPath(uri) ?? decodeURIComponent(uri.replace(/^[a-z]+:/i, ''));
      return path.split('/').pop() || uri;
    },
  };
}
