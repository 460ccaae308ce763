// What the newer subcommands (revise, init, the matrix formats) share: argument parsing with one clear message,
// the language, writing an output file, and loading a bundle that is not part of kijun.js (docx, xlsx) only when
// it is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

export class CliUsageError extends Error {}

export type Lang = 'ja' | 'en';

type Options = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;

export function parse(args: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...options } }) as never;
  } catch (e) {
    throw new CliUsageError((e as Error).message.split('\n')[0]);
  }
}

export function langOf(value: string | boolean | undefined): Lang {
  const lang = (typeof value === 'string' ? value : /^en/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'en' : 'ja') as Lang;
  if (lang !== 'ja' && lang !== 'en') throw new CliUsageError(`--lang must be ja or en (got "${value}")`);
  return lang;
}

export function writeOutput(out: string, data: string | Uint8Array, lang: Lang): void {
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, data);
  } catch (e) {
    throw new CliUsageError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (process.stderr.isTTY) process.stderr.write(lang === 'ja' ? `kijun: ${out} に書き出しました\n` : `kijun: wrote ${out}\n`);
}

/**
 * Loads server/out/<name>.js, a bundle beside kijun.js that holds a heavy writer (docx, exceljs). The build keeps
 * these two literal paths external (scripts/build.mjs), so kijun.js does not contain them; nothing loads them
 * unless the command needs it.
 */
export function loadSideBundle<T>(name: 'docx' | 'xlsx'): T {
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    return (name === 'docx' ? require('./docx.js') : require('./xlsx.js')) as T;
  } catch (e) {
    // The VS Code extension ships the CLI without them (.vsix budget); the npm package and a build have them.
    throw new CliUsageError(`the ${name === 'docx' ? '.docx' : '.xlsx'} writer (${join(__dirname, `${name}.js`)}) is not installed here: use the kijun command from a build or the npm package (npm run build), or --format ${name === 'docx' ? 'html' : 'csv'}`);
  }
}

/** Runs a subcommand: usage errors are one line on stderr and exit 2. */
export async function run(fn: () => Promise<number> | number): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof CliUsageError) {
      process.stderr.write(`kijun: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`kijun: internal error: ${(e as Error).message}\n`);
    return 2;
  }
}
