// The browser bundles import no Node module: the build's plugin (scripts/webEdges.mjs) refuses any, and the core
// bundles for the browser with every Node module refused. Each would fail the build if someone added one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error an .mjs build script without types
import { webEdges } from '../../scripts/webEdges.mjs';

const root = join(__dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'kijun-webbuild-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const browser = (entry: string, plugins: Plugin[]) =>
  build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    conditions: ['worker'],
    logLevel: 'silent',
    plugins,
  });

/** Refuses every Node module, node:path too. */
const noNode: Plugin = {
  name: 'no-node',
  setup(b) {
    const builtins = new Set(builtinModules);
    b.onResolve({ filter: /.*/ }, (args) =>
      args.path.startsWith('node:') || builtins.has(args.path.split('/')[0])
        ? { errors: [{ text: `Node module ${args.path} imported by ${args.importer}` }] }
        : undefined,
    );
  },
};

describe('the web build', () => {
  it('fails on a Node module, naming the importer', async () => {
    const entry = join(tmp, 'uses-fs.ts');
    writeFileSync(entry, "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
    await expect(browser(entry, [webEdges(root)])).rejects.toThrow(
      /must not import the Node module "node:fs" \(imported by .*uses-fs\.ts\)/,
    );
    const bare = join(tmp, 'uses-child.ts');
    writeFileSync(bare, "import { spawn } from 'child_process';\nexport const y = spawn;\n");
    await expect(browser(bare, [webEdges(root)])).rejects.toThrow(/must not import the Node module "child_process"/);
  });

  it('refuses the disk-reading modules: the Node file system is passed in by the Node entry only', async () => {
    await expect(browser(join(root, 'server/src/node/readFile.ts'), [webEdges(root)])).rejects.toThrow(/node:fs/);
    await expect(browser(join(root, 'server/src/node/fileSystem.ts'), [webEdges(root)])).rejects.toThrow(/node:fs/);
    // The server's set module is the worker's too (no swap): it reads through the file system it is given.
    const sets = await browser(join(root, 'server/src/lsp/policySets.ts'), [webEdges(root)]);
    expect(sets.outputFiles[0].text).toContain('didChangeReport');
  });

  it('bundles the core for the browser with no Node module at all', async () => {
    const core = await browser(join(root, 'server/src/core/index.ts'), [noNode]);
    expect(core.outputFiles[0].text.length).toBeGreaterThan(100_000);
    // The policy-set state (config discovery, resolution, analyses) too: the one loader of CLI, Node and web.
    const sets = await browser(join(root, 'server/src/core/policySet/state.ts'), [noNode]);
    expect(sets.outputFiles[0].text).toContain('kijun.json');
    const decode = await browser(join(root, 'server/src/core/io/decode.ts'), [noNode]);
    expect(decode.outputFiles[0].text).toContain('shift_jis');
  });

  it('bundles the worker server and the web client', async () => {
    const server = await browser(join(root, 'server/src/web/server.ts'), [webEdges(root)]);
    expect(server.outputFiles[0].text).toContain('kijun/readFile');
    const client = await build({
      entryPoints: [join(root, 'client/src/browserExtension.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      logLevel: 'silent',
      plugins: [webEdges(root)],
    });
    expect(client.outputFiles[0].text).toContain('kijun/readDirectory');
  });
});
