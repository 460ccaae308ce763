import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where a requirement's documentation lives. The generated pages (docs/requirements/<id>.md) ship in the
 * .vsix next to the server, so the link is a file URI to them: it works offline (agency networks often are)
 * and always matches the installed catalog. Only when the server runs without them (copied elsewhere) does
 * it fall back to the pages in the repository.
 */
// Keep in step with package.json "repository" (a placeholder until the project is published).
export const REPOSITORY_DOCS_URL = 'https://example.invalid/kijun/blob/main/docs/requirements/';

// The bundle is server/out/server.js; the docs are <root>/docs/requirements.
const bundledDocs = join(__dirname, '..', '..', 'docs', 'requirements');

const known = new Map<string, string>();

export function docsHref(id: string): string {
  let href = known.get(id);
  if (!href) {
    const file = join(bundledDocs, `${id}.md`);
    href = existsSync(file) ? pathToFileURL(file).href : `${REPOSITORY_DOCS_URL}${encodeURIComponent(id)}.md`;
    known.set(id, href);
  }
  return href;
}
