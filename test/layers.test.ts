// The dependency layers (docs/DEVELOPING.md "Map"): each source folder may import only the layers listed for it, so
// the core stays usable by the CLI, the Node server, the web worker and the MCP server alike, and the client stays
// thin. A new import across a layer fails here with the file and the specifier.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');

/** Layer → the folders (relative to the repository) it is made of; the first match wins, most specific first. */
const LAYERS: [layer: string, folder: string][] = [
  ['protocol', 'server/src/protocol'],
  ['vendor', 'server/src/vendor'],
  ['core', 'server/src/core'],
  ['node', 'server/src/node'],
  ['lsp', 'server/src/lsp'],
  ['web', 'server/src/web'],
  ['import', 'server/src/import'],
  ['papers', 'server/src/papers'],
  ['cli', 'server/src/cli'],
  ['entry', 'server/src'],
  ['client', 'client/src'],
];

/** What each layer may import: other layers, and packages (by name prefix; `node:` is Node's built-ins). */
const ALLOWED: Record<string, { layers: string[]; packages: RegExp }> = {
  protocol: { layers: [], packages: /^$/ },
  vendor: { layers: [], packages: /^(micromark|mdast|unist)/ },
  core: { layers: ['vendor'], packages: /^(unified|remark-|mdast|micromark|unist|yaml|diff)/ },
  // The entries load the bundle (server/src/kijun.ts) through the code cache; they name its type only.
  node: { layers: ['core', 'entry'], packages: /^node:/ },
  lsp: { layers: ['core', 'protocol', 'node'], packages: /^(vscode-languageserver|node:)/ },
  web: { layers: ['core', 'protocol', 'lsp'], packages: /^vscode-languageserver/ },
  import: { layers: ['core', 'node'], packages: /^(mammoth|jszip|rehype-|remark-|unified|hast|mdast|unist|node:)/ },
  papers: { layers: ['core'], packages: /^(docx|exceljs|node:)/ },
  cli: { layers: ['core', 'node', 'protocol', 'import', 'papers'], packages: /^(node:|@modelcontextprotocol|zod)/ },
  entry: { layers: ['core', 'node', 'lsp', 'cli'], packages: /^node:/ },
  // The client requires server/out/import.js when a document is imported: it names the import bundle's type only.
  client: { layers: ['protocol', 'import'], packages: /^(vscode$|vscode-languageclient|node:)/ },
};

function layerOf(file: string): string | undefined {
  const rel = relative(root, file).split(sep).join('/');
  return LAYERS.find(([, folder]) => rel === folder || rel.startsWith(`${folder}/`))?.[0];
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

// import … from '…', export … from '…', import '…' (at the start of a statement), import('…'), require('…').
const SPECIFIER =
  /^\s*(?:import|export)\b[^;'"`]*?\bfrom\s*'([^']+)'|^\s*import\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|\brequire\(\s*'([^']+)'\s*\)/gm;

function violations(): string[] {
  const out: string[] = [];
  for (const file of [...sources(join(root, 'server/src')), ...sources(join(root, 'client/src'))]) {
    const layer = layerOf(file);
    if (!layer) {
      out.push(`${relative(root, file)}: in no layer`);
      continue;
    }
    const rule = ALLOWED[layer];
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(SPECIFIER)) {
      const spec = match.slice(1).find((s) => s !== undefined) as string;
      if (spec.startsWith('.')) {
        const target = layerOf(resolve(dirname(file), spec));
        if (target && target !== layer && !rule.layers.includes(target))
          out.push(`${relative(root, file)} (${layer}) imports ${spec} (${target})`);
      } else if (!rule.packages.test(spec)) {
        out.push(`${relative(root, file)} (${layer}) imports package ${spec}`);
      }
    }
  }
  return out;
}

describe('dependency layers', () => {
  it('every import stays within what its layer may use', () => {
    expect(violations()).toEqual([]);
  });
});
