// The string table (server/src/core/i18n) stays the one place for the program's words: no language ternary
// outside it, the same keys and parameters in every language, and no key left behind when its use goes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../server/src/core/i18n/en';
import { ja } from '../../../server/src/core/i18n/ja';
import { isLanguage, localized, t } from '../../../server/src/core/i18n';

const root = join(__dirname, '..', '..', '..');
const I18N = 'server/src/core/i18n/';

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).replace(/\\/g, '/'))
    .sort();
}

const files = [...sources('server/src'), ...sources('client/src')];
const text = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));

// `x === 'ja' ? …`, `lang === 'en'`, `'ja' === lang`, `const ja = table.lang === 'ja'` and their `!==` forms.
const TERNARY = [
  /[=!]==\s*['"`](?:ja|en)['"`]\s*\?/,
  /\b(?:lang|language|locale)\s*[=!]==\s*['"`](?:ja|en)['"`]/,
  /['"`](?:ja|en)['"`]\s*[=!]==\s*[\w.]*\b(?:lang|language|locale)\b/,
];

describe('string table', () => {
  it('has no language ternary outside core/i18n (but in the allowed files)', () => {
    const found: string[] = [];
    for (const [file, src] of text) {
      if (file.startsWith(I18N)) continue;
      src.split('\n').forEach((line, i) => {
        if (TERNARY.some((re) => re.test(line))) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found, 'use t(key, lang) or localized(key) from core/i18n').toEqual([]);
  });

  it('finds the ternaries it is meant to find', () => {
    const hits = (line: string) => TERNARY.some((re) => re.test(line));
    expect(hits("const x = lang === 'ja' ? 'は' : 'is';")).toBe(true);
    expect(hits("out.push(report.lang !== 'en' ? a : b)")).toBe(true);
    expect(hits("const ja = table.lang === 'ja';")).toBe(true);
    expect(hits("if ('en' === options.lang) return;")).toBe(true);
    expect(hits("x.kind === 'missing' ? a : b")).toBe(false);
  });

  it('has the same keys in Japanese and English, each with the same parameters', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    const shape = (table: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(table).map(([k, v]) => [k, typeof v === 'function' ? `function/${v.length}` : typeof v]),
      );
    expect(shape(en)).toEqual(shape(ja));
  });

  it('uses every key: each appears as a string literal in server/src or client/src', () => {
    const code = [...text]
      .filter(([f]) => f !== `${I18N}ja.ts` && f !== `${I18N}en.ts`)
      .map(([, src]) => src)
      .join('\n');
    const unused = Object.keys(ja).filter((k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`));
    expect(unused, 'remove these keys from ja.ts and en.ts, or use them').toEqual([]);
  });

  it('fills parameters and gives both languages for a localized text', () => {
    expect(t('common.line', 'ja', 12)).toBe('12行目');
    expect(t('common.line', 'en', 12)).toBe('line 12');
    expect(localized('status.outdated')).toEqual({ ja: '要改訂', en: 'outdated' });
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('toString')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
