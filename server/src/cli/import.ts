// kijun import FILE [-o policy.md] [--force]: a Word file, a 例規集 / web page or plain text as policy Markdown.
import { existsSync, writeFileSync } from 'node:fs';
import { parse } from './args';
import { convertFile } from './documents';

export const IMPORT_USAGE = `kijun import FILE [-o OUT.md] (a .docx, an HTML page such as a 例規集 page, or a .txt as Markdown):
  -o, --out FILE                write the Markdown to FILE (default: standard output)
  --force                       overwrite FILE when it exists`;

const fail = (message: string) => {
  process.stderr.write(`kijun: ${message}\n`);
  return 2;
};

export async function importCommand(rest: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(rest, { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } });
  } catch (e) {
    return fail((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`Usage: ${IMPORT_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1)
    return fail('kijun import takes one FILE (try: kijun import 対策基準.docx -o 対策基準.md)');
  const [file] = positionals;
  const out = values.out as string | undefined;
  if (out && existsSync(out) && !values.force)
    return fail(`${out} exists: give --force to overwrite it, or another -o`);
  const r = await convertFile(file);
  if (!r.ok) return fail(`${file}: ${r.message}`);
  for (const note of r.notes ?? []) process.stderr.write(`kijun: ${file}: ${note}\n`);
  if (!out) {
    process.stdout.write(r.text);
    return 0;
  }
  try {
    writeFileSync(out, r.text, { flag: values.force ? 'w' : 'wx' });
  } catch (e) {
    return fail(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  process.stderr.write(`kijun: ${file} → ${out} (${r.kind})\n`);
  return 0;
}
