// The extension manifest (package.json "contributes") against what the client and server actually use, and
// its translations: a key without a translation shows as "%key%" in VS Code's UI.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_COMMANDS } from '../../server/src/protocol';
import { DEFAULT_SETTINGS, readKijunSettings } from '../../server/src/lsp/configuration';
import { root } from './session';

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const nlsJa = JSON.parse(readFileSync(join(root, 'package.nls.ja.json'), 'utf8'));
// The commands are registered in activate.ts, which the desktop client (extension.ts) and the web client
// (browserExtension.ts) both start from.
const client = readFileSync(join(root, 'client', 'src', 'activate.ts'), 'utf8');
const clients = ['extension.ts', 'browserExtension.ts'].map((f) =>
  readFileSync(join(root, 'client', 'src', f), 'utf8'),
);

describe('package.json contributes', () => {
  it('translates every %key% in English and Japanese, and nothing else', () => {
    const keys = new Set([...JSON.stringify(manifest.contributes).matchAll(/%([^%"]+)%/g)].map((m) => m[1]));
    expect(keys.size).toBeGreaterThan(5);
    expect(Object.keys(nls).sort()).toEqual([...keys].sort());
    expect(Object.keys(nlsJa).sort()).toEqual([...keys].sort());
    for (const k of keys) expect(nlsJa[k], k).toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it('contributes every command the client registers, and activates on Markdown', () => {
    // The ids are the protocol's (server/src/protocol; test/protocol checks them against the whole manifest).
    const registered = [...client.matchAll(/registerCommand\(CLIENT_COMMANDS\.(\w+)/g)].map(
      (m) => CLIENT_COMMANDS[m[1] as keyof typeof CLIENT_COMMANDS],
    );
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command);
    for (const c of ['kijun.showReport', 'kijun.insertMissingClauses']) {
      expect(registered).toContain(c);
      expect(contributed).toContain(c);
    }
    for (const c of clients) expect(c).toMatch(/activateWith\(\s*context,/);
    expect(manifest.browser).toBe('./client/out/browserExtension.js');
    expect(manifest.activationEvents).toContain('onLanguage:markdown');
    expect(manifest.main).toBe('./client/out/extension.js');
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
  });

  it('declares resource-scoped kijun.* settings that the server reads with the same defaults', () => {
    const props = manifest.contributes.configuration.properties;
    const names = Object.keys(props)
      .filter((k) => k !== 'kijun.trace.server')
      .map((k) => k.slice('kijun.'.length))
      .sort();
    expect(names).toEqual(Object.keys({ ...DEFAULT_SETTINGS, edition: 'auto' }).sort());
    for (const n of names) expect(props[`kijun.${n}`].scope, n).toBe('resource');
    const defaults = Object.fromEntries(names.map((n) => [n, props[`kijun.${n}`].default]));
    // `auto`: the edition the policy declares as its basis, else FY2018.
    expect(readKijunSettings(defaults)).toEqual({ ...DEFAULT_SETTINGS, edition: 'auto' });
    expect(props['kijun.severity'].additionalProperties.enum).toEqual([
      'error',
      'warning',
      'information',
      'hint',
      'off',
    ]);
    expect(props['kijun.language'].enum).toEqual(['auto', 'ja', 'en']);
  });

  it('points at the snippets and the injection grammar that ship', () => {
    const [snippets] = manifest.contributes.snippets;
    expect(snippets.language).toBe('markdown');
    expect(existsSync(join(root, snippets.path))).toBe(true);
    const [grammar] = manifest.contributes.grammars;
    expect(grammar).toMatchObject({ scopeName: 'text.kijun.injection', injectTo: ['text.html.markdown'] });
    expect(existsSync(join(root, grammar.path))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, grammar.path), 'utf8')).scopeName).toBe('text.kijun.injection');
  });
});
