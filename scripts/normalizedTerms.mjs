// The catalog's concept terms as the core normalizes them (server/src/core/text/normalize.ts), worked out when the
// bundle is built, so that a new language server or CLI process does not normalize ~1 400 terms before its first
// analysis (server/src/core/catalog/index.ts, KIJUN_NORMALIZED_TERMS). Only the terms normalization changes are
// listed — usually none: catalog terms are written normalized — and the bundle uses every other term as it is.
// Checked against compiling at run time by test/build/normalizedTerms.test.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every term buildCatalog compiles: the shared concepts, and each requirement's own and those its changes add. */
export function catalogTerms(data) {
  const terms = new Set();
  const add = (concepts) => {
    for (const list of Object.values(concepts ?? {})) for (const t of list) terms.add(t);
  };
  add(data.concepts);
  for (const r of data.requirements) {
    add(r.concepts);
    for (const change of Object.values(r.changes ?? {})) add(change.concepts);
  }
  return [...terms];
}

/** { term: normalized } for the terms of a catalog (the generated one by default) that normalization changes. */
export async function normalizedTerms(
  data = JSON.parse(readFileSync(join(root, 'server/src/core/catalog/catalog.generated.json'), 'utf8')),
) {
  const bundled = await build({
    entryPoints: [join(root, 'server/src/core/text/normalize.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  const { normalizeForMatch } = module.exports;
  const changed = {};
  for (const t of catalogTerms(data)) {
    const n = normalizeForMatch(t);
    if (n !== t) changed[t] = n;
  }
  return changed;
}
