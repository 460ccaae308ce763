// Swaps micromark's lib/initialize/text.js (the text and string content types) for server/src/vendor/micromarkText.ts
// wherever Kijun's code is bundled (esbuild: scripts/build.mjs, bench/run.mjs, test/fuzz/run.mjs) or run from source
// (vitest.config.mts), so that long paragraphs parse in linear time (upstream splices its event list once per merged
// `data` run and once per line suffix: quadratic in the lines of one paragraph). The tokenizers stay upstream's.
// The swap is tied to the micromark version it was checked against: another version fails the build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const replacement = join(root, 'server/src/vendor/micromarkText.ts');
const CHECKED_VERSION = '4.0.2';

/** The package.json of a dependency: up from where it resolves (under any export condition, dev/ included). */
export function packageJson(name) {
  const require = createRequire(join(root, 'package.json'));
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const file = join(dir, 'package.json');
      if (JSON.parse(readFileSync(file, 'utf8')).name === name) return file;
    } catch {
      // no package.json here
    }
  }
  throw new Error(`no package.json found for ${name}`);
}

function checkVersion() {
  const pkg = JSON.parse(readFileSync(packageJson('micromark'), 'utf8'));
  if (pkg.version !== CHECKED_VERSION) {
    throw new Error(
      `micromark is ${pkg.version}; scripts/micromarkText.mjs was checked against ${CHECKED_VERSION}: compare its lib/initialize/text.js with server/src/vendor/micromarkText.ts and update CHECKED_VERSION`,
    );
  }
}

/** True for the import of initialize/text.js inside micromark's own parse.js or constructs.js (lib/ or dev/lib/). */
export function isMicromarkText(specifier, importer) {
  return (
    /^\.\/initialize\/text(\.js)?$/.test(specifier) &&
    /[\\/]micromark[\\/](dev[\\/])?lib[\\/](parse|constructs)\.js$/.test(importer ?? '')
  );
}

export function esbuildPlugin() {
  return {
    name: 'kijun-micromark-text',
    setup(build) {
      checkVersion();
      build.onResolve({ filter: /initialize\/text/ }, (args) =>
        isMicromarkText(args.path, args.importer) ? { path: replacement } : undefined,
      );
    },
  };
}

export function vitePlugin() {
  checkVersion();
  return {
    name: 'kijun-micromark-text',
    enforce: 'pre',
    resolveId(source, importer) {
      return isMicromarkText(source, importer) ? replacement : null;
    },
  };
}
