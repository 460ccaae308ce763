// server/src/cli/args.ts: the one parser every subcommand uses. Its errors are usage errors (exit 2, one line),
// --lang and -h/--help are everyone's, and the language and edition options read as they always did.
import { afterEach, describe, expect, it } from 'vitest';
import { getCatalog } from '../../server/src/core';
import { CliUsageError, common, editionId, langOf, parse } from '../../server/src/cli/args';

const env = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };
afterEach(() => {
  for (const [k, v] of Object.entries(env))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

describe('parse', () => {
  it("takes the command's options, --lang and -h besides", () => {
    const { values, positionals } = parse(['a.md', '--out', 'r.html', '-h', '--lang', 'en', 'b.md'], {
      out: { type: 'string' },
    });
    expect(values).toMatchObject({ out: 'r.html', help: true, lang: 'en' });
    expect(positionals).toEqual(['a.md', 'b.md']);
  });

  it('fills defaults and repeats a multiple option', () => {
    expect(parse([], { format: { type: 'string', default: 'text' } }).values.format).toBe('text');
    expect(
      parse(
        ['--allow-root', 'a', '--allow-root', 'b'],
        { 'allow-root': { type: 'string', multiple: true } },
        { positionals: false },
      ).values['allow-root'],
    ).toEqual(['a', 'b']);
  });

  it('turns an unknown option, a missing value or a refused operand into one line of usage error', () => {
    for (const [args, positionals] of [
      [['--bogus'], true],
      [['--out'], true],
      [['x'], false],
    ] as const) {
      let error: unknown;
      try {
        parse([...args], { out: { type: 'string' } }, { positionals });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CliUsageError);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('langOf and common', () => {
  it('reads --lang, else LC_ALL or LANG, and refuses another language', () => {
    process.env.LC_ALL = '';
    process.env.LANG = 'en_US.UTF-8';
    expect(langOf(undefined)).toBe('en');
    process.env.LANG = 'ja_JP.UTF-8';
    expect(langOf(undefined)).toBe('ja');
    expect(langOf('en')).toBe('en');
    expect(() => langOf('fr')).toThrow('--lang must be ja or en (got "fr")');
  });

  it('takes --edition in any spelling, auto by default', () => {
    const catalog = getCatalog();
    expect(common({ lang: 'ja' })).toMatchObject({
      lang: 'ja',
      editionMode: 'auto',
      edition: catalog.data.defaultEdition,
    });
    expect(common({ lang: 'en', edition: '令和5年度版' })).toMatchObject({ editionMode: 'option', edition: 'r5' });
    expect(() => common({ lang: 'ja', edition: 'zz' })).toThrow(CliUsageError);
    expect(editionId(catalog, 'R5')).toBe('r5');
    expect(() => editionId(catalog, 'auto')).toThrow('name an edition here');
  });
});
