// Swaps micromark-extension-gfm-table's EditMap for server/src/vendor/gfmTableEditMap.ts wherever Kijun's code is
// bundled (esbuild: scripts/build.mjs, bench/run.mjs) or run from source (vitest.config.mts), so that tables parse
// in linear time. The swap is tied to the upstream version it was checked against: a different version fails the
// build instead of silently replacing code we have not read.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageJson } from './micromarkText.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const replacement = join(root, 'server/src/vendor/gfmTableEditMap.ts');
const CHECKED_VERSION = '2.1.1';

function checkVersion() {
  // Up from where it resolves (under the development condition, inside dev/).
  const pkg = JSON.parse(readFileSync(packageJson('micromark-extension-gfm-table'), 'utf8'));
  if (pkg.version !== CHECKED_VERSION) {
    throw new Error(
      `micromark-extension-gfm-table is ${pkg.version}; scripts/gfmTableEditMap.mjs was checked against ${CHECKED_VERSION}: compare its lib/edit-map.js with server/src/vendor/gfmTableEditMap.ts and update CHECKED_VERSION`,
    );
  }
}

/** True for the import of edit-map.js inside micromark-extension-gfm-table (lib/ or dev/lib/). */
export function isGfmTableEditMap(specifier, importer) {
  return (
    /^\.\/edit-map(\.js)?$/.test(specifier) &&
    /[\\/]micromark-extension-gfm-table[\\/](dev[\\/])?lib[\\/]syntax\.js$/.test(importer ?? '')
  );
}

export function esbuildPlugin() {
  return {
    name: 'kijun-gfm-table-edit-map',
    setup(build) {
      checkVersion();
      build.onResolve({ filter: /edit-map/ }, (args) =>
        isGfmTableEditMap(args.path, args.importer) ? { path: replacement } : undefined,
      );
    },
  };
}

export function vitePlugin() {
  checkVersion();
  return {
    name: 'kijun-gfm-table-edit-map',
    enforce: 'pre',
    resolveId(source, importer) {
      return isGfmTableEditMap(source, importer) ? replacement : null;
    },
  };
}
