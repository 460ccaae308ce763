// server/src/lsp/docsLink.ts for the web worker (no node:fs): the requirement pages ship in the extension next
// to the worker (<extension>/docs/requirements/<id>.md, the worker being <extension>/server/out/web/server.js),
// which the browser reaches by the worker's own URL. Elsewhere (a blob: worker, tests) the repository's pages.
export const REPOSITORY_DOCS_URL = 'https://example.invalid/kijun/blob/main/docs/requirements/';

declare const self: { location?: { href: string } } | undefined;

function bundledDocs(): string | undefined {
  const here = typeof self !== 'undefined' ? self?.location?.href : undefined;
  if (!here || !/^https?:/.test(here)) return undefined;
  try {
    return new URL('../../../docs/requirements/', here).href;
  } catch {
    return undefined;
  }
}

let base: string | undefined;

export function docsHref(id: string): string {
  base ??= bundledDocs() ?? REPOSITORY_DOCS_URL;
  return `${base}${encodeURIComponent(id)}.md`;
}
