import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../server/src/core';

const root = join(__dirname, '../../..');

describe('files generated from the catalog', () => {
  it('are up to date (edit catalog/*.yaml and run npm run generate)', () => {
    // The global test setup regenerates; check against a pristine run of the generator in check mode anyway,
    // so a generator that writes different output on a second run fails here too.
    const r = spawnSync(process.execPath, [join(root, 'scripts/generate.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('include the manifest: an edition or severity key out of step with the catalog fails the check', () => {
    const generated = [
      'server/src/core/catalog/catalog.generated.json',
      'snippets/kijun.code-snippets',
      'package.json',
      'package.nls.json',
      'package.nls.ja.json',
    ];
    const drifted = (path: string, edit?: (text: string) => string) => {
      const out = mkdtempSync(join(tmpdir(), 'kijun-drift-'));
      try {
        for (const p of [...generated, 'docs/requirements']) cpSync(join(root, p), join(out, p), { recursive: true });
        const text = readFileSync(join(out, path), 'utf8');
        if (edit) {
          expect(edit(text)).not.toBe(text);
          writeFileSync(join(out, path), edit(text));
        }
        return spawnSync(process.execPath, [join(root, 'scripts/generate.mjs'), '--check', '--out', out], {
          encoding: 'utf8',
        });
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    };
    expect(drifted('package.json').status).toBe(0);
    for (const [path, edit] of [
      ['package.json', (t: string) => t.replace('"enum": ["auto", "h30", "r3"', '"enum": ["auto", "h30"')],
      ['package.json', (t: string) => t.replace(/\n *"sbom": \{[^\n]*/, '')],
      ['package.nls.json', (t: string) => t.replace(/"kijun\.edition\.r3": "[^"]*"/, '"kijun.edition.r3": "FY2021"')],
      ['package.nls.ja.json', (t: string) => t.replace(/\n *"kijun\.edition\.r5-2024": "[^"]*",?/, '')],
    ] as const) {
      const r = drifted(path, edit);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(path);
    }
  });

  it('give every requirement a snippet in both languages and a documentation page', () => {
    const snippets = JSON.parse(readFileSync(join(root, 'snippets/kijun.code-snippets'), 'utf8'));
    for (const r of getCatalog().requirements) {
      expect(snippets[`${r.id} (ja)`].body.join('\n')).toBe(r.template.ja);
      expect(snippets[`${r.id} (en)`].body.join('\n')).toBe(r.template.en);
      expect(snippets[`${r.id} (ja)`].prefix).toContain(`kijun-${r.id}`);
      const page = readFileSync(join(root, `docs/requirements/${r.id}.md`), 'utf8');
      expect(page).toContain(r.title.ja);
      expect(page).toContain(r.title.en);
      if (!r.reference.verified) expect(page).toContain('参考');
    }
  });
});
