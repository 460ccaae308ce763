// The protocol between client and server is written once, in server/src/protocol: every custom request and
// notification name, command id and the source action kind. A name typed again anywhere else in client/src or
// server/src — the way a rename leaves one side behind — fails here, as does a command the extension contributes
// (package.json) that the protocol does not name, or one it names that package.json does not contribute.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as protocol from '../../server/src/protocol';

const root = join(__dirname, '..', '..');
const protocolDir = join(root, 'server', 'src', 'protocol');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return p === protocolDir ? [] : sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The file's code without its comments (a comment may name a request; only code can send one). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

const names = Object.values(protocol).flatMap((v) =>
  typeof v === 'string' ? [v] : typeof v === 'object' ? Object.values(v as Record<string, string>) : [],
);
const quoted = (value: string) => new RegExp(`['"\`]${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"\`]`);

describe('the protocol module', () => {
  const files = [...sources(join(root, 'client', 'src')), ...sources(join(root, 'server', 'src'))];

  it('names every request, notification, command and the source action kind', () => {
    for (const n of [
      'kijun/complianceReport',
      'kijun/didChangeReport',
      'kijun/revisionTable',
      'kijun/policySkeleton',
      'kijun/readFile',
      'kijun/readDirectory',
      'kijun.coverageReport',
      'kijun.insertMissingClauses',
      'source.kijun.insertMissingClauses',
    ]) {
      expect(names).toContain(n);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('is the only place a kijun/ request name or a command id is written', () => {
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const f of files) {
      const text = code(readFileSync(f, 'utf8'));
      const where = relative(root, f).split(sep).join('/');
      const request = /['"`]kijun\/[A-Za-z]/.exec(text);
      if (request) found.push(`${where}: ${text.slice(request.index, request.index + 40).split('\n')[0]}`);
      for (const n of names) if (!n.startsWith('kijun/') && quoted(n).test(text)) found.push(`${where}: ${n}`);
    }
    expect(found).toEqual([]);
  });

  it('imports nothing (pure constants and types, so the client bundle takes only them)', () => {
    for (const f of readdirSync(protocolDir)) {
      const text = code(readFileSync(join(protocolDir, f), 'utf8'));
      expect(text).not.toMatch(/\bimport\b|\brequire\s*\(/);
    }
  });

  it('names the commands package.json contributes, and no other client command', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const contributed = (pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    expect(contributed).toEqual(Object.values(protocol.CLIENT_COMMANDS).sort());
    const menus = Object.values(pkg.contributes.menus as Record<string, Array<{ command: string }>>)
      .flat()
      .map((m) => m.command);
    for (const m of menus) expect(contributed).toContain(m);
  });
});
