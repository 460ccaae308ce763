// `npm run package` → kijun-<version>.vsix: only what VS Code loads goes in (allow-list in .vscodeignore), no
// tests, sources or source maps, at most 1 MB with the web extension and the import bundle, and the bundles run
// from the unpacked .vsix without node_modules.
// The server and the CLI share one bundle (server/out/kijun.js); server.js and cli.js are its small entries.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** What scripts/build.mjs writes and the .vsix carries. */
const BUNDLES = [
  'client/out/extension.js',
  'server/out/kijun.js',
  'server/out/server.js',
  'server/out/cli.js',
  'server/out/import.js',
];
/** The web extension's bundles (the manifest's "browser" entry and its worker): browser code, no Node module. */
const WEB_BUNDLES = ['client/out/browserExtension.js', 'server/out/web/server.js'];

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** Reads a zip's central directory (a .vsix is a zip; no unzip binary needed). */
function listZip(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    entries.push({
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
      localHeaderOffset: zip.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readZipEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (zip.readUInt32LE(p) !== 0x04034b50) throw new Error(`bad local header for ${entry.name}`);
  const start = p + 30 + zip.readUInt16LE(p + 26) + zip.readUInt16LE(p + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`unsupported compression method ${entry.method} for ${entry.name}`);
}

/** What may be in the .vsix (vsce renames README.md → readme.md and LICENSE → LICENSE.txt). */
const ALLOWED: RegExp[] = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[a-z]{2}(-[a-z]{2})?)?\.json$/i,
  /^extension\/readme\.md$/i,
  /^extension\/changelog\.md$/i,
  /^extension\/license(\.txt|\.md)?$/i,
  /^extension\/client\/out\/(extension|browserExtension)\.js$/,
  /^extension\/server\/out\/web\/server\.js$/,
  /^extension\/server\/out\/(kijun|server|cli|import)\.js$/,
  /^extension\/snippets\/[^/]+\.(code-snippets|json)$/,
  /^extension\/grammars\/[^/]+\.json$/,
  /^extension\/docs\/requirements\/[^/]+\.md$/,
];
if (typeof pkg.icon === 'string')
  ALLOWED.push(new RegExp(`^extension/${pkg.icon.replace(/^\.\//, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

const tmp = mkdtempSync(join(tmpdir(), 'kijun-package-'));
const vsixPath = join(tmp, `${pkg.name}-${pkg.version}.vsix`);
let zip: Buffer;
let entries: ZipEntry[];
const names = () => entries.map((e) => e.name);

beforeAll(() => {
  // `npm test` has just built; rebuilding here would race with other test files spawning server/out/server.js.
  const built = [...BUNDLES, ...WEB_BUNDLES].every((f) => existsSync(join(root, f)));
  const result = spawnSync(
    process.execPath,
    ['scripts/package.mjs', '--out', vsixPath, ...(built ? ['--no-build'] : [])],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    },
  );
  if (result.status !== 0)
    throw new Error(`scripts/package.mjs failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  zip = readFileSync(vsixPath);
  entries = listZip(zip);
}, 150_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the .vsix', () => {
  it('is at most 1 MB, with the web extension and the import bundle', () => {
    expect(statSync(vsixPath).size).toBeLessThanOrEqual(1024 * 1024);
  });

  it('keeps the document libraries (import) out of the bundles that start the server, the CLI and the client', () => {
    const code = (f: string) => readZipEntry(zip, entries.find((e) => e.name === `extension/${f}`)!).toString('utf8');
    for (const f of ['server/out/kijun.js', 'client/out/extension.js']) {
      expect(code(f), f).not.toMatch(/mammoth|JSZip|parse5/);
    }
    expect(code('server/out/import.js')).toMatch(/mammoth/);
  });

  it('carries the core once: the server and the CLI are small entries of the shared bundle', () => {
    const size = (f: string) => entries.find((e) => e.name === `extension/${f}`)!.size;
    expect(size('server/out/kijun.js')).toBeGreaterThan(100_000);
    for (const entry of ['server/out/server.js', 'server/out/cli.js']) {
      expect(size(entry), entry).toBeLessThan(20_000);
      expect(readZipEntry(zip, entries.find((e) => e.name === `extension/${entry}`)!).toString('utf8')).toContain(
        'kijun.js',
      );
    }
  });

  it('contains only allowed files', () => {
    const unexpected = names().filter((n) => !ALLOWED.some((re) => re.test(n)));
    expect(unexpected, `files that should not be in the .vsix (fix .vscodeignore):\n${unexpected.join('\n')}`).toEqual(
      [],
    );
  });

  it('contains no tests, sources, source maps, fixtures or node_modules', () => {
    const bad = names().filter(
      (n) =>
        /(^|\/)(test|tests|__tests__|fixtures|e2e|node_modules|src)\//.test(n) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(n) ||
        /\.map$/.test(n) ||
        /\.[cm]?ts$/.test(n) ||
        /\.(ya?ml|vsix|png|lua)$/.test(n),
    );
    expect(bad).toEqual([]);
  });

  it('contains everything VS Code loads', () => {
    const inVsix = new Set(names());
    const required = ['package.json', ...BUNDLES, ...WEB_BUNDLES];
    expect(pkg.browser.replace(/^\.\//, '')).toBe('client/out/browserExtension.js');
    expect(pkg.main.replace(/^\.\//, '')).toBe('client/out/extension.js');
    for (const s of pkg.contributes?.snippets ?? []) required.push(s.path.replace(/^\.\//, ''));
    for (const g of pkg.contributes?.grammars ?? []) required.push(g.path.replace(/^\.\//, ''));
    for (const f of readdirSync(root)) if (/^package\.nls(\.[\w-]+)?\.json$/.test(f)) required.push(f);
    const docs = join(root, 'docs', 'requirements');
    if (existsSync(docs))
      for (const f of readdirSync(docs)) if (f.endsWith('.md')) required.push(`docs/requirements/${f}`);
    const missing = required.filter((f) => !inVsix.has(`extension/${f}`));
    expect(missing).toEqual([]);
    expect(names().some((n) => /^extension\/readme\.md$/i.test(n))).toBe(true);
    // The README's editor sections, not those of the command line or development (scripts/package.mjs editorReadme).
    const readme = readZipEntry(zip, entries.find((e) => /^extension\/readme\.md$/i.test(e.name))!).toString('utf8');
    expect(readme).toContain('## In the editor');
    expect(readme).not.toMatch(/^## (?:Command line|Development)/m);
    expect(names().some((n) => /^extension\/license/i.test(n))).toBe(true);
  });

  it('carries the manifest unchanged', () => {
    const inner = JSON.parse(
      readZipEntry(zip, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8'),
    );
    expect(inner.name).toBe(pkg.name);
    expect(inner.version).toBe(pkg.version);
    expect(inner.publisher).toBe(pkg.publisher);
    expect(inner.engines.vscode).toBe(pkg.engines.vscode);
    expect(inner.main).toBe(pkg.main);
    expect(inner.browser).toBe(pkg.browser);
  });

  it('has self-contained bundles: only Node built-ins (and vscode for the client) are required', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const file of BUNDLES) {
      const code = readZipEntry(zip, entries.find((e) => e.name === `extension/${file}`)!).toString('utf8');
      const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      // kijun.js names the CLI's heavy writers beside it (server/out/docx.js, xlsx.js): required only by
      // `kijun revise --format docx` and `kijun report --format xlsx`, deliberately not in the .vsix (checked below);
      // ./mcp-sdk.js only when `kijun mcp` runs (the npm package has it; the .vsix does not); the import bundle is
      // required by path, on demand (server/out/import.js, in the .vsix).
      const side = (m: string) =>
        file === 'server/out/kijun.js' &&
        (m === './docx.js' || m === './xlsx.js' || m === './mcp-sdk.js' || m === './import.js');
      const onDemand = file === 'client/out/extension.js' ? '../../server/out/import.js' : undefined;
      const external = required.filter(
        (m) =>
          !builtins.has(m) && !(file === 'client/out/extension.js' && m === 'vscode') && !side(m) && m !== onDemand,
      );
      expect(external, `${file} requires modules that are not bundled`).toEqual([]);
      expect(code).not.toMatch(/sourceMappingURL=/);
      // The Shift_JIS tables of iconv-lite are not needed: the runtime's TextDecoder decodes Shift_JIS.
      expect(code, file).not.toMatch(/iconv-lite/);
    }
    // The web bundles run in the browser: no require() but vscode's (the client), no Node module named at all.
    for (const file of WEB_BUNDLES) {
      const code = readZipEntry(zip, entries.find((e) => e.name === `extension/${file}`)!).toString('utf8');
      const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      expect(
        required.filter((m) => m !== 'vscode'),
        file,
      ).toEqual([]);
      if (file.startsWith('server/')) expect(required, file).toEqual([]);
      expect(code, file).not.toMatch(/["']node:[a-z_/]+["']/);
      expect(code).not.toMatch(/sourceMappingURL=/);
    }
    // The shared bundle is loaded by path, next to the entries (the code cache loader, server/src/node/codeCache.ts).
    for (const entry of ['server/out/server.js', 'server/out/cli.js']) {
      expect(readZipEntry(zip, entries.find((e) => e.name === `extension/${entry}`)!).toString('utf8')).toMatch(
        /["']kijun\.js["']/,
      );
    }
  });

  describe('unpacked, away from node_modules', () => {
    const unpacked = join(tmp, 'unpacked');
    beforeAll(() => {
      for (const e of entries) {
        if (e.name.endsWith('/')) continue;
        const target = join(unpacked, e.name);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, readZipEntry(zip, e));
      }
    });

    it('imports a document with the CLI (the import bundle loaded from beside the shared one)', () => {
      const doc = join(tmp, 'policy.txt');
      writeFileSync(
        doc,
        '情報セキュリティ対策基準\n第1章　総則\n（目的）\n第1条　この基準は、情報セキュリティ対策の基準を定める。\n',
      );
      const r = spawnSync(process.execPath, [join(unpacked, 'extension/server/out/cli.js'), 'import', doc], {
        cwd: tmp,
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('### 第1条（目的）');
    });

    it('runs the CLI', () => {
      const policy = join(tmp, 'policy.md');
      writeFileSync(policy, readFileSync(join(__dirname, 'nvim', 'fixtures', 'policy.md')));
      const r = spawnSync(
        process.execPath,
        [join(unpacked, 'extension/server/out/cli.js'), 'check', '--format', 'json', '--fail-on', 'none', policy],
        {
          cwd: tmp,
          encoding: 'utf8',
        },
      );
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.files).toHaveLength(1);
      expect(report.files[0].diagnostics.length).toBeGreaterThan(0);
    });

    it('starts the language server over stdio and answers initialize', async () => {
      const child = spawn(process.execPath, [join(unpacked, 'extension/server/out/server.js'), '--stdio'], {
        cwd: tmp,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      try {
        const response = await new Promise<{
          id: number;
          result?: { capabilities?: Record<string, unknown> };
          error?: unknown;
        }>((resolve, reject) => {
          let buffer = Buffer.alloc(0);
          const timer = setTimeout(
            () => reject(new Error(`no initialize response in 10 s; stderr: ${stderr}`)),
            10_000,
          );
          child.on('exit', (code) => reject(new Error(`server exited (${code}) before answering; stderr: ${stderr}`)));
          child.stdout.on('data', (d: Buffer) => {
            buffer = Buffer.concat([buffer, d]);
            for (;;) {
              const headerEnd = buffer.indexOf('\r\n\r\n');
              if (headerEnd < 0) return;
              const length = Number(/Content-Length: (\d+)/i.exec(buffer.toString('ascii', 0, headerEnd))?.[1]);
              if (buffer.length < headerEnd + 4 + length) return;
              const message = JSON.parse(buffer.toString('utf8', headerEnd + 4, headerEnd + 4 + length));
              buffer = buffer.subarray(headerEnd + 4 + length);
              if (message.id === 1) {
                clearTimeout(timer);
                resolve(message);
              }
            }
          });
          const body = JSON.stringify({
            jsonrpc: '2.0',
            id: 1,
            method: 'initialize',
            params: { processId: process.pid, rootUri: null, capabilities: {}, locale: 'ja' },
          });
          child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        });
        expect(response.error).toBeUndefined();
        expect(response.result?.capabilities).toMatchObject({
          hoverProvider: expect.anything(),
          codeActionProvider: expect.anything(),
        });
      } finally {
        child.kill();
      }
    });
  });
});
