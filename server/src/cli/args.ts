// The command line of every subcommand: one parser (node:util parseArgs, with --lang and -h/--help everywhere) whose
// errors are one line on stderr and exit 2, the language of messages, and the options check and report share.
import { parseArgs } from 'node:util';
import { getCatalog, type Catalog } from '../core';
import { editionOption } from './edition';
import { isLanguage } from '../core/i18n';

/** A mistake in the command (an unknown option, a bad value, a missing PATH): `kijun: MESSAGE` on stderr, exit 2. */
export class CliUsageError extends Error {}

export type Lang = 'ja' | 'en';

export type OptionSpecs = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; default?: string | boolean; multiple?: boolean }
>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parses `args` with `options` besides --lang and -h/--help; `positionals: false` refuses any operand. */
export function parse(
  args: string[],
  options: OptionSpecs,
  { positionals = true }: { positionals?: boolean } = {},
): ParsedArgs {
  try {
    return parseArgs({
      args,
      allowPositionals: positionals,
      options: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...options },
    }) as never;
  } catch (e) {
    throw new CliUsageError((e as Error).message.split('\n')[0]);
  }
}

/** The language of the environment: English when LC_ALL or LANG starts with "en", else Japanese. */
export function environmentLang(): Lang {
  return /^en/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'en' : 'ja';
}

/** --lang, else the environment's. */
export function langOf(value: string | boolean | undefined): Lang {
  if (typeof value !== 'string') return environmentLang();
  if (!isLanguage(value)) throw new CliUsageError(`--lang must be ja or en (got "${value}")`);
  return value;
}

/** The options of kijun check and kijun report besides their own. */
export const CHECK_COMMON_OPTIONS: OptionSpecs = {
  edition: { type: 'string' },
  policy: { type: 'string' },
  'no-progress': { type: 'boolean' },
};

export interface Common {
  lang: Lang;
  /** The edition of the report as a whole: the one --edition chose, else the default (each file may differ). */
  edition: string;
  /** `auto`: each policy is checked against the basis it declares; `option`: --edition chose the edition. */
  editionMode: 'auto' | 'option';
  catalog: Catalog;
}

/** --lang and --edition, and the catalog as the chosen edition sees it. */
export function common(values: { lang?: string | boolean; edition?: string | boolean }): Common {
  const lang = langOf(values.lang);
  const base = getCatalog();
  const chosen = editionOption(values.edition as string | undefined, base);
  if ('error' in chosen) throw new CliUsageError(chosen.error);
  const edition = chosen.mode === 'option' ? chosen.edition : base.data.defaultEdition;
  // The catalog as the chosen edition sees it (a file's front matter, or its declared basis, may still choose another).
  return { lang, edition, editionMode: chosen.mode, catalog: base.forEdition(edition) };
}

/** An edition named on the command line, in any spelling editionOption accepts (not `auto`). */
export function editionId(catalog: Catalog, value: string): string {
  const chosen = editionOption(value, catalog);
  if ('error' in chosen) throw new CliUsageError(chosen.error);
  if (chosen.mode === 'auto') throw new CliUsageError('name an edition here (h30, r3, r5, r5-2024), not auto');
  return chosen.edition;
}
