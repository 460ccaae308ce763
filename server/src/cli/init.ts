// kijun init: writes a skeleton 対策基準 covering every requirement of an edition (core/init/skeleton.ts). Never
// overwrites a file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { getCatalog } from '../core';
import { t } from '../core/i18n';
import { policySkeleton, type DraftingStyle, type Organization } from '../core/init/skeleton';
import { CliUsageError, langOf, parse } from './args';
import { run } from './shared';

export const INIT_USAGE =
  '       kijun init [--style article|decimal] [--org ministry|agency|higher-education] [--edition ID] [-o FILE]';

export const INIT_OPTIONS = `kijun init options (a new 対策基準 with a clause for every requirement of the edition):
  --style article|decimal       第N条 articles (default) or decimal sections (1.1)
  --org ministry|agency|higher-education
                                the kind of organisation (default agency)
  -o, --out FILE                write to FILE (never overwritten; default: standard output)`;

export function runInit(args: string[]): Promise<number> {
  return run(() => {
    const { values, positionals } = parse(args, {
      style: { type: 'string', default: 'article' },
      org: { type: 'string', default: 'agency' },
      edition: { type: 'string' },
      out: { type: 'string', short: 'o' },
    });
    if (values.help) {
      process.stdout.write(`Usage:\n${INIT_USAGE}\n\n${INIT_OPTIONS}\n`);
      return 0;
    }
    const lang = langOf(values.lang);
    if (positionals.length)
      throw new CliUsageError(`kijun init takes no PATH (write to a file with -o FILE): ${positionals[0]}`);
    const style = values.style as string;
    if (style !== 'article' && style !== 'decimal')
      throw new CliUsageError(`--style must be article or decimal (got "${style}")`);
    const org = values.org as string;
    if (!['ministry', 'agency', 'higher-education'].includes(org))
      throw new CliUsageError(`--org must be ministry, agency or higher-education (got "${org}")`);
    const catalog = getCatalog();
    const edition = (values.edition as string | undefined) ?? catalog.data.defaultEdition;
    if (!catalog.data.editions.some((e) => e.id === edition))
      throw new CliUsageError(
        `unknown edition "${edition}" (known: ${catalog.data.editions.map((e) => e.id).join(', ')})`,
      );
    const text = policySkeleton({ style: style as DraftingStyle, organization: org as Organization, edition, catalog });
    const out = values.out as string | undefined;
    if (!out) {
      process.stdout.write(text);
      return 0;
    }
    if (existsSync(out))
      throw new CliUsageError(`${out} exists; kijun init never overwrites a file (choose another name with -o)`);
    try {
      mkdirSync(dirname(out), { recursive: true });
      // 'wx': fails if the file appeared in the meantime.
      writeFileSync(out, text, { flag: 'wx' });
    } catch (e) {
      throw new CliUsageError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    process.stderr.write(`kijun: ${t('cli.init.wrote', lang, out)}\n`);
    return 0;
  });
}
