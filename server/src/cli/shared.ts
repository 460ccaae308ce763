// What the subcommands that write files share (revise, init, fix, import, the matrix formats): writing an output
// file, loading a bundle that is not part of kijun.js (docx, xlsx) only when it is needed, and running a command
// whose usage errors end it with exit 2. (Their arguments: cli/args.ts.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { t } from '../core/i18n';
import { CliUsageError, type Lang } from './args';

export function writeOutput(out: string, data: string | Uint8Array, lang: Lang): void {
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, data);
  } catch (e) {
    throw new CliUsageError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (process.stderr.isTTY) process.stderr.write(`kijun: ${t('cli.wrote', lang, out)}\n`);
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
  } catch (_e) {
    // The VS Code extension ships the CLI without them (.vsix budget); the npm package and a build have them.
    throw new CliUsageError(
      `the ${name === 'docx' ? '.docx' : '.xlsx'} writer (${join(__dirname, `${name}.js`)}) is not installed here: use the kijun command from a build or the npm package (npm run build), or --format ${name === 'docx' ? 'html' : 'csv'}`,
    );
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
