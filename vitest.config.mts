import { defineConfig } from 'vitest/config';
import { vitePlugin as gfmTableEditMap } from './scripts/gfmTableEditMap.mjs';
import { vitePlugin as micromarkText } from './scripts/micromarkText.mjs';

export default defineConfig({
  // Tests run the core from source with the same linear-time table EditMap as the bundles (scripts/gfmTableEditMap.mjs);
  // the packages from remark-gfm down to the table syntax must go through Vite for the swap, so they are inlined.
  // and long paragraphs parse with micromark's text resolvers made linear (scripts/micromarkText.mjs): remark-parse
  // down to micromark are inlined for the same reason.
  plugins: [gfmTableEditMap(), micromarkText()],
  test: {
    include: ['test/**/*.test.ts', 'server/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/setup/build.ts'],
    // `npm run coverage` (vitest run --coverage): V8's own counters over the sources the tests import, so code that
    // runs only inside the spawned bundles (server/out, the CLI and LSP tests' child processes) is not counted.
    coverage: {
      provider: 'v8',
      include: ['server/src/**/*.ts', 'client/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/*.d.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
      // The figures are worth having even when a test fails (CI runs every step and reports each).
      reportOnFailure: true,
    },
    server: {
      deps: {
        inline: [
          'remark-gfm',
          'micromark-extension-gfm',
          'micromark-extension-gfm-table',
          'remark-parse',
          'mdast-util-from-markdown',
          'micromark',
        ],
      },
    },
  },
});
