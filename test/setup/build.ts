import { execFileSync } from 'node:child_process';

/** Tests that spawn the CLI or the server run the bundles: build them once, from the current sources. */
export default function setup(): void {
  if (process.env.KIJUN_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['scripts/generate.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
