// The esbuild plugin of the browser bundles (scripts/build.mjs): the web worker server and the web client.
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const builtins = new Set(builtinModules);

/**
 * The web worker bundle (server/out/web/server.js) is the same server built for the browser. At its edges, the few
 * modules that reach Node are swapped for their web versions in server/src/web (docs linked by URL, URIs without
 * node:url, no crash file), node:path for a POSIX string-only version, and vscode-languageserver/node for /browser.
 * Policy sets need no swap: web/server.ts passes the client's file system (web/webFileSystem.ts) to the server. Anything else that imports a Node module fails the build: the core
 * must run without Node built-ins.
 */
export function webEdges(root) {
  return {
    name: 'kijun-web-edges',
    setup(b) {
      const swap = {
        'lsp/docsLink': 'web/docsLink.ts',
        'lsp/uris': 'web/uris.ts',
        'lsp/crashGuard': 'web/crashGuard.ts',
      };
      b.onResolve({ filter: /^\.\.?\/(lsp\/)?(docsLink|uris|crashGuard)$/ }, (args) => {
        const target = join(args.resolveDir, args.path).replace(/\\/g, '/');
        const hit = Object.entries(swap).find(([from]) => target.endsWith(`server/src/${from}`));
        return hit ? { path: join(root, 'server', 'src', hit[1]) } : undefined;
      });
      // The catalog's sources are read by the CLI only (kijun editions, the MCP server), never in a browser: the web
      // bundles leave them out (the .vsix budget is 1 MB).
      b.onLoad({ filter: /catalog\.generated\.json$/ }, async (args) => {
        const catalog = JSON.parse(await readFile(args.path, 'utf8'));
        for (const r of catalog.requirements) delete r.sources;
        return { contents: JSON.stringify(catalog), loader: 'json' };
      });
      b.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) =>
        b.resolve('vscode-languageserver/browser', { kind: args.kind, resolveDir: args.resolveDir }),
      );
      b.onResolve({ filter: /^node:path$|^path$/ }, () => ({ path: join(root, 'server', 'src', 'web', 'path.ts') }));
      b.onResolve({ filter: /.*/ }, (args) => {
        const name = args.path.replace(/^node:/, '').split('/')[0];
        if (!args.path.startsWith('node:') && !builtins.has(name)) return undefined;
        return {
          errors: [
            {
              text: `the web worker bundle must not import the Node module "${args.path}" (imported by ${relative(root, args.importer) || args.importer})`,
            },
          ],
        };
      });
    },
  };
}
