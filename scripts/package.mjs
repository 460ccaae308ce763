// Packages the extension into kijun-<version>.vsix with @vscode/vsce.
//   node scripts/package.mjs [--out <file.vsix>] [--no-build]
// Builds first (esbuild: the client is one bundled CommonJS file, the server and the CLI share one, kijun.js, each
// loaded by a small entry file; no source maps, so the .vsix needs no node_modules: `vsce package --no-dependencies`).
// What goes in is decided by .vscodeignore (an allow-list) and checked by test/package.test.ts. Prints the path of
// the .vsix as its last line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recompress } from './recompress.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : join(root, `${name}-${version}.vsix`));

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'], // no stdin: vsce must never wait for an answer (CI)
    env: { ...process.env, ...env },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`package: ${command} ${commandArgs.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

for (const required of ['README.md', 'LICENSE']) {
  if (!existsSync(join(root, required))) {
    console.error(`package: ${required} is missing; vsce needs it in the .vsix`);
    process.exit(1);
  }
}

if (!args.includes('--no-build')) {
  // Production build whatever the developer's environment says: minified, no source maps.
  run(process.execPath, ['scripts/build.mjs'], { KIJUN_SOURCEMAP: '0', KIJUN_MINIFY: '1' });
}
for (const bundle of ['client/out/extension.js', 'server/out/kijun.js', 'server/out/server.js', 'server/out/cli.js']) {
  if (!existsSync(join(root, bundle))) {
    console.error(`package: ${bundle} is missing; run node scripts/build.mjs`);
    process.exit(1);
  }
  // A development build (npm run build:dev, npm run watch) is readable and twice the size: with --no-build, the
  // bundles on disk may be one.
  if (readFileSync(join(root, bundle), 'utf8').includes('\n//# sourceMappingURL=')) {
    console.error(`package: ${bundle} is a development build (source maps); run npm run build`);
    process.exit(1);
  }
}

mkdirSync(dirname(out), { recursive: true });
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
// README's relative links and images (docs/…) point into the repository (vsce cannot guess it from a non-GitHub URL).
const repository = String(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).repository?.url ?? '').replace(
  /\.git$/,
  '',
);
const base = repository
  ? ['--baseContentUrl', `${repository}/blob/HEAD`, '--baseImagesUrl', `${repository}/raw/HEAD`]
  : [];
// The .vsix carries the README's editor sections (the Marketplace page and the extension view); the command line, CI,
// MCP, VS Code for the Web and development sections stay in the repository's README, which the shortened one points
// to. The budget is 1 MB.
const readme = 'server/out/README.vsix.md';
writeFileSync(join(root, readme), editorReadme(readFileSync(join(root, 'README.md'), 'utf8')));
run(process.execPath, [vsce, 'package', '--no-dependencies', ...base, '--readme-path', readme, '--out', out]);
// The same entries deflated by Zopfli (scripts/recompress.mjs): the .vsix budget is 1 MB.
writeFileSync(out, await recompress(readFileSync(out)));
const size = statSync(out).size;
console.log(`package: ${relative(process.cwd(), out) || out} (${(size / 1024).toFixed(1)} KiB)`);
console.log(out);

/**
 * README.md without the sections for the command line, CI, MCP and development (and the quick start, which is the
 * repository's), "What is checked" cut to its table of requirements, with a pointer to the rest.
 */
export function editorReadme(text) {
  const left = /^## (?:Quick start|Command line|CI\b|AI assistants|VS Code for the Web|Development)/;
  const out = [];
  let skipping = false;
  // In "What is checked": 0 before its table, 1 in it, 2 after it (skipped up to its next sub-section).
  let checked = -1;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      skipping = left.test(line);
      checked = line.startsWith('## What is checked') ? 0 : -1;
    } else if (line.startsWith('### ')) checked = -1;
    if (skipping) continue;
    if (checked === 0 && line.startsWith('|')) checked = 1;
    else if (checked === 1 && !line.startsWith('|')) {
      checked = 2;
      out.push(
        '',
        'How each status is decided, and the editions Kijun knows: see the README and docs/reading.md of the repository.',
        '',
      );
    }
    if (checked === 2) continue;
    out.push(line);
  }
  out.push(
    '## More',
    '',
    'The command line (`kijun check`, `kijun report`, `kijun revise`), CI integration, the MCP server, VS Code for the Web and the developer notes are described in the README of the repository.',
    '',
  );
  return out.join('\n');
}
