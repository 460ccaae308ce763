// Runs the blind evaluation with plain Node: bundles test/eval/cli.ts (and the core from source) with esbuild, as
// the build does, into a temporary file and runs it.   node test/eval/run.mjs [published|auditor|published-full|blind2|blind3 …] [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { esbuildPlugin as gfmTableEditMap } from '../../scripts/gfmTableEditMap.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kijun-eval-'));
const out = join(dir, 'eval.cjs');
try {
  await build({
    entryPoints: [join(here, 'cli.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    // __dirname in score.ts must be test/eval, not the temporary directory.
    define: { __dirname: JSON.stringify(here) },
    plugins: [gfmTableEditMap()],
  });
  createRequire(pathToFileURL(out))(out);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
