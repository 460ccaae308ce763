// `kijun mcp` spoken to by the MCP SDK's own client over stdio, against the built CLI (server/out/cli.js).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ListRootsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const cli = join(root, 'server', 'out', 'cli.js');
const example = join(root, 'examples', '情報セキュリティ対策基準.md');

const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'kijun-mcp-')));
const allowed = join(tmp, 'policies');
const outside = join(tmp, 'outside');
const secret = join(outside, 'secret.md');

interface Session {
  client: Client;
  stderr: () => string;
}
const sessions: Client[] = [];

async function connect(args: string[], roots?: string[]): Promise<Session> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [cli, 'mcp', ...args],
    cwd: tmp,
    stderr: 'pipe',
    env: { ...process.env, KIJUN_CODE_CACHE: '0' } as Record<string, string>,
  });
  let stderr = '';
  transport.stderr?.on('data', (d) => (stderr += d));
  const client = new Client(
    { name: 'kijun-test', version: '1.0.0' },
    roots ? { capabilities: { roots: { listChanged: true } } } : {},
  );
  if (roots)
    client.setRequestHandler(ListRootsRequestSchema, async () => ({
      roots: roots.map((r) => ({ uri: pathToFileURL(r).href, name: r })),
    }));
  await client.connect(transport);
  sessions.push(client);
  return { client, stderr: () => stderr };
}

type Result = {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: Record<string, unknown>;
};
async function call(client: Client, name: string, args: Record<string, unknown>): Promise<Result> {
  return (await client.callTool({ name, arguments: args })) as Result;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const data = (r: Result): any => {
  expect(r.isError, r.content[0]?.text).toBeFalsy();
  return JSON.parse(r.content[0].text!);
};

let main: Session;
beforeAll(async () => {
  mkdirSync(join(allowed, 'reports'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  copyFileSync(example, join(allowed, 'policy.md'));
  writeFileSync(secret, '# 情報セキュリティ対策基準\n\n機密の条項。\n');
  symlinkSync(secret, join(allowed, 'link-out.md'));
  symlinkSync(outside, join(allowed, 'dir-out'));
  main = await connect(['--allow-root', allowed]);
}, 60_000);

afterAll(async () => {
  for (const c of sessions) await c.close().catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
});

describe('kijun mcp', () => {
  it('lists its tools with input schemas, and only write_compliance_report says it writes', async () => {
    const { tools } = await main.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'check_policy',
      'compare_editions',
      'explain_requirement',
      'list_requirements',
      'propose_clause',
      'write_compliance_report',
    ]);
    for (const t of tools) {
      expect(t.inputSchema.type).toBe('object');
      expect(t.description?.length).toBeGreaterThan(40);
      expect(t.annotations?.readOnlyHint, t.name).toBe(!/^write_/.test(t.name));
    }
    const check = tools.find((t) => t.name === 'check_policy')!;
    expect(Object.keys(check.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['text', 'path', 'edition', 'language']),
    );
  });

  it('checks policy text with reasons: the covering clauses and why an outdated clause is outdated', async () => {
    const text = [
      '# 情報セキュリティ対策基準',
      '',
      '## ウェブ',
      '',
      '情報システムセキュリティ責任者は、ログインを要するページについてのみ、HTTPSにより通信を暗号化する。',
      '',
      '## 電子メール',
      '',
      '情報システムセキュリティ責任者は、電子メールサーバ間の通信を暗号化しなければならない。',
      '',
    ].join('\n');
    const r = data(await call(main.client, 'check_policy', { text }));
    expect(r.edition).toBe('h30');
    const byId = Object.fromEntries(r.requirements.map((x: { id: string }) => [x.id, x]));
    expect(Object.keys(byId)).toHaveLength(11);
    expect(byId['web-encryption'].status).toBe('outdated');
    expect(byId['web-encryption'].outdated[0]).toMatchObject({ line: 5, clause: expect.stringContaining('HTTPS') });
    expect(byId['web-encryption'].outdated[0].reason.length).toBeGreaterThan(10);
    expect(byId['email-encryption'].status).toBe('covered');
    expect(byId['email-encryption'].evidence[0]).toMatchObject({
      line: 9,
      clause: expect.stringContaining('電子メール'),
    });
    expect(byId.drm.status).toBe('missing');
    const web = r.files[0].findings.find(
      (f: { code: string; kind: string }) => f.code === 'web-encryption' && f.kind === 'outdated',
    );
    expect(web).toMatchObject({
      line: 5,
      reason: byId['web-encryption'].outdated[0].reason,
      severity: expect.any(String),
    });
  });

  it('answers in English when asked', async () => {
    const r = data(
      await call(main.client, 'check_policy', {
        text: '# Information security policy\n\nAll web sites use HTTPS.\n',
        language: 'en',
      }),
    );
    expect(r.requirements.find((x: { id: string }) => x.id === 'drm').statusText).toMatch(/^[\x20-\x7e]+$/);
  });

  it('checks a file inside the allowed folder (relative paths are taken from it)', async () => {
    const r = data(await call(main.client, 'check_policy', { path: 'policy.md' }));
    expect(r.files[0].path).toBe('policy.md');
    expect(r.summary.total).toBe(11);
    const cli = spawnSync(
      process.execPath,
      [join(root, 'server/out/cli.js'), 'check', '--format', 'json', '--fail-on', 'none', join(allowed, 'policy.md')],
      { encoding: 'utf8' },
    );
    const fromCli = JSON.parse(cli.stdout).files[0];
    expect(r.summary).toEqual(fromCli.summary);
    expect(
      r.files[0].findings.map((f: { code: string; kind: string; line: number }) => `${f.code}:${f.kind}:${f.line}`),
    ).toEqual(
      fromCli.diagnostics.map(
        (d: { code: string; kind: string; range: { start: { line: number } } }) =>
          `${d.code}:${d.kind}:${d.range.start.line + 1}`,
      ),
    );
  });

  it('refuses paths outside the allowed folder, and links that lead outside', async () => {
    for (const path of [secret, '../outside/secret.md', 'link-out.md', 'dir-out/secret.md', '/etc/passwd']) {
      const r = await call(main.client, 'check_policy', { path });
      expect(r.isError, path).toBe(true);
      expect(r.content[0].text, path).toMatch(/outside the allowed folders|no such file/);
      expect(r.content[0].text).not.toContain('機密');
    }
  });

  it('validates inputs', async () => {
    const bad = await call(main.client, 'check_policy', { text: '# x', edition: 'h99' });
    expect(bad.isError).toBe(true);
    expect(bad.content[0].text).toMatch(/edition/);
    const both = await call(main.client, 'check_policy', { text: '# x', path: 'policy.md' });
    expect(both.isError).toBe(true);
    expect(both.content[0].text).toMatch(/either text or path/);
    const unknown = await call(main.client, 'explain_requirement', { id: 'no-such-thing' });
    expect(unknown.isError).toBe(true);
    expect(unknown.content[0].text).toMatch(/unknown requirement/);
  });

  it('explains a requirement, lists an edition and what changed', async () => {
    const e = data(await call(main.client, 'explain_requirement', { id: 'email-encryption' }));
    expect(e).toMatchObject({ id: 'email-encryption', level: 'mandatory', since: { id: 'h30' } });
    expect(e.clause.length).toBeGreaterThan(20);
    expect(e.clause).not.toMatch(/\$\{\d/); // plain text, no snippet tab stops
    expect(typeof e.reference.verified).toBe('boolean');
    const h30 = data(await call(main.client, 'list_requirements', { edition: 'h30' }));
    expect(h30.requirements).toHaveLength(11);
    const diff = data(await call(main.client, 'compare_editions', { from: 'h30', to: 'r5' }));
    expect(diff.added.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining(['cloud-services', 'supply-chain']),
    );
    expect(diff.to.requirements).toBe(diff.from.requirements + diff.added.length - diff.removed.length);
  });

  it('proposes the clause the quick fix inserts; inserted, the requirement is covered', async () => {
    const text = readFileSync(example, 'utf8');
    const before = data(await call(main.client, 'check_policy', { text }));
    const missing = before.requirements.find((x: { status: string }) => x.status === 'missing');
    expect(missing).toBeDefined();
    const p = data(await call(main.client, 'propose_clause', { text, id: missing.id }));
    expect(p).toMatchObject({ id: missing.id, kind: 'missing' });
    expect(p.insert.text.trim().length).toBeGreaterThan(10);
    expect(p.insert.line).toBe(p.insert.position.line + 1);
    const fixed = text.slice(0, p.insert.offset) + p.insert.text + text.slice(p.insert.offset);
    const after = data(await call(main.client, 'check_policy', { text: fixed }));
    expect(after.requirements.find((x: { id: string }) => x.id === missing.id).status).toBe('covered');
    // Only an insertion: the original text is all still there, in order.
    expect(fixed.replace(p.insert.text, '')).toBe(text);
    // A requirement that is covered has nothing to fix.
    const covered = before.requirements.find((x: { status: string }) => x.status === 'covered');
    const none = await call(main.client, 'propose_clause', { text, id: covered.id });
    expect(none.isError).toBe(true);
  });

  it('proposes the revised clause right after an outdated one', async () => {
    const text =
      '# 情報セキュリティ対策基準\n\n## ウェブ\n\n(1) 情報システムセキュリティ責任者は、ログインを要するページについてのみ、HTTPSにより通信を暗号化する。\n';
    const p = data(await call(main.client, 'propose_clause', { text, id: 'web-encryption' }));
    expect(p.kind).toBe('outdated');
    expect(p.insert.offset).toBeGreaterThanOrEqual(text.indexOf('暗号化する。') + 6);
    expect(p.outdatedClause).toContain('ログイン');
  });

  it('writes nothing but with write_compliance_report, and only inside the allowed folder', async () => {
    const listing = () => readdirSync(allowed, { recursive: true }).map(String).sort();
    const was = listing();
    await call(main.client, 'check_policy', { path: 'policy.md' });
    await call(main.client, 'propose_clause', { path: 'policy.md', id: 'drm' });
    expect(listing()).toEqual(was);

    const w = data(
      await call(main.client, 'write_compliance_report', { path: 'policy.md', out: 'reports/report.html' }),
    );
    expect(w).toMatchObject({ format: 'html', written: join(allowed, 'reports', 'report.html') });
    const html = readFileSync(join(allowed, 'reports', 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('policy.md');
    const md = data(
      await call(main.client, 'write_compliance_report', { path: 'policy.md', out: 'reports/report.md' }),
    );
    expect(md.format).toBe('md');

    for (const out of [
      join(outside, 'r.html'),
      '../outside/r.html',
      'dir-out/r.html',
      'no-such-folder/r.html',
      'link-out.md',
      'policy.md',
    ]) {
      const r = await call(main.client, 'write_compliance_report', { path: 'policy.md', out });
      expect(r.isError, out).toBe(true);
    }
    expect(readdirSync(outside).sort()).toEqual(['secret.md']);
    expect(readFileSync(join(allowed, 'policy.md'), 'utf8')).toBe(readFileSync(example, 'utf8'));
  });

  it('offers the catalog as resources', async () => {
    const { resources } = await main.client.listResources();
    expect(resources.map((r) => r.uri)).toContain('kijun://catalog/requirements/drm');
    expect(resources.map((r) => r.uri)).toContain('kijun://catalog/editions');
    const drm = await main.client.readResource({ uri: 'kijun://catalog/requirements/drm' });
    expect((drm.contents[0] as { text: string }).text).toMatch(/^# .*`drm`/);
    const editions = JSON.parse(
      ((await main.client.readResource({ uri: 'kijun://catalog/editions' })).contents[0] as { text: string }).text,
    );
    expect(editions.editions.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(['h30', 'r3', 'r5']));
  });
});

describe('kijun mcp folders', () => {
  it('reads no file without --allow-root', async () => {
    const s = await connect([]);
    const r = await call(s.client, 'check_policy', { path: join(allowed, 'policy.md') });
    expect(r.isError).toBe(true);
    expect(r.content[0].text).toMatch(/--allow-root/);
    // Text still works.
    expect(data(await call(s.client, 'check_policy', { text: '# 情報セキュリティ対策基準\n' })).summary.total).toBe(11);
  });

  it('needs both: an opted-in folder and a root the client grants', async () => {
    const other = join(tmp, 'other');
    mkdirSync(other, { recursive: true });
    copyFileSync(example, join(other, 'policy.md'));
    // The client grants `other` only: the opted-in `policies` is not reachable, nor is `other` (not opted in).
    const s = await connect(['--allow-root', allowed, '--allow-root', tmp], [other]);
    expect(data(await call(s.client, 'check_policy', { path: join(other, 'policy.md') })).summary.total).toBe(11);
    const r = await call(s.client, 'check_policy', { path: join(allowed, 'policy.md') });
    expect(r.isError).toBe(true);
    expect(r.content[0].text).toMatch(/outside the allowed folders/);
    const s2 = await connect(['--allow-root', allowed], [other]);
    const r2 = await call(s2.client, 'check_policy', { path: join(other, 'policy.md') });
    expect(r2.isError).toBe(true);
  });

  it('refuses to start on a folder that does not exist', () => {
    const r = spawnSync(process.execPath, [cli, 'mcp', '--allow-root', join(tmp, 'nope')], {
      encoding: 'utf8',
      input: '',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not an existing folder/);
    expect(existsSync(join(tmp, 'nope'))).toBe(false);
  });
});

describe('the MCP bundle', () => {
  it('is its own file: the shared bundle of the language server holds neither the SDK nor zod', () => {
    const shared = readFileSync(join(root, 'server', 'out', 'kijun.js'), 'utf8');
    const sdk = readFileSync(join(root, 'server', 'out', 'mcp-sdk.js'), 'utf8');
    for (const marker of ['ZodError', 'notifications/roots/list_changed', 'tools/call']) {
      expect(sdk, marker).toContain(marker);
      expect(shared, marker).not.toContain(marker);
    }
  });
});
