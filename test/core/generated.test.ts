import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../server/src/core';

const root = join(__dirname, '../..');

describe('files generated from the catalog', () => {
  it('are up to date (edit catalog/*.yaml and run npm run generate)', () => {
    // The global test setup regenerates; check against a pristine run of the generator in check mode anyway,
    // so a generator that writes different output on a second run fails here too.
    const r = spawnSync(process.execPath, [join(root, 'scripts/generate.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
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
