// kijun fix PATH… [--only id,…] [--dry-run | --write] [--replace-outdated]: the quick fixes from the command
// line — the same planner (core/edits/fixes.ts) — shown as a unified diff (default) or written back in the
// file's own encoding and line breaks. Replacing an outdated clause rewrites the user's text: only when asked.
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { analyzeText, analyzePolicySet, getCatalog, type PolicyAnalysis } from '../core';
import { applyInsertions, planFixes, type PlannedFixes } from '../core/edits';
import { nodeFileSystem } from '../node/fileSystem';
import { readBytes, MAX_FILE_BYTES } from '../node/readFile';
import { findMarkdownFiles } from '../core/policySet/walk';
import { decodeWithForm, encodeLike, type SourceForm } from '../core/io/writeFile';
import {
  findPolicySetConfigs,
  hasConfigErrors,
  isConfigName,
  loadPolicySet,
  policySetConfigIn,
} from '../core/policySet/load';
import { unifiedDiff } from '../core/report/unifiedDiff';
import { isLanguage, t } from '../core/i18n';
import { environmentLang, parse, type Lang } from './args';
import { run } from './shared';

export const FIX_USAGE = `kijun fix options (insert the clauses the quick fixes insert):
  --only ID,...                 only these requirements (default: every finding)
  --dry-run                     print the changes as a unified diff (default)
  --write                       write the files (same encoding, BOM and line breaks)
  --replace-outdated            replace each outdated clause with the revised clause (its number and
                                caption kept) instead of adding the revised clause after it`;

interface Source {
  path: string;
  bytes: Buffer;
  text: string;
  form: SourceForm;
}

interface FileFix {
  source: Source;
  plan: PlannedFixes;
  after: string;
}

/** `a/policy.md` for a relative path (as git writes it, for `patch -p1`), an absolute path as it is. */
const diffName = (side: string, path: string) => (isAbsolute(path) ? path : `${side}/${path.split(sep).join('/')}`);

const fail = (message: string) => {
  process.stderr.write(`kijun: ${message}\n`);
  return 2;
};

function read(path: string): Source | string {
  const r = readBytes(path, MAX_FILE_BYTES);
  if (!r.ok) {
    if (r.reason === 'missing') return 'no such file';
    if (r.reason === 'not-a-file') return r.directory ? 'is a directory' : 'not a regular file';
    if (r.reason === 'too-large') return `too large: ${(r.size / 1048576).toFixed(1)} MB > ${r.limit / 1048576} MB`;
    return `cannot read (${r.code})`;
  }
  const d = decodeWithForm(r.bytes);
  if (!d.ok) return d.message;
  return { path, bytes: r.bytes, text: d.text, form: d.form };
}

export function fix(rest: string[]): Promise<number> {
  return run(() => fixFiles(rest));
}

async function fixFiles(rest: string[]): Promise<number> {
  const { values, positionals } = parse(rest, {
    only: { type: 'string' },
    'dry-run': { type: 'boolean' },
    write: { type: 'boolean' },
    'replace-outdated': { type: 'boolean' },
    edition: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(`Usage: kijun fix [options] PATH...\n\n${FIX_USAGE}\n`);
    return 0;
  }
  if (values.write && values['dry-run']) return fail('give either --dry-run or --write, not both');
  if (!positionals.length) return fail('no PATH given (try: kijun fix policy.md)');
  // Lenient, as it always was: a --lang other than en is Japanese (not a usage error).
  const lang: Lang = values.lang ? (isLanguage(values.lang) ? values.lang : 'ja') : environmentLang();
  const catalog = getCatalog();
  const edition = (values.edition as string | undefined) ?? catalog.data.defaultEdition;
  if (!catalog.data.editions.some((e) => e.id === edition))
    return fail(`unknown edition "${edition}" (known: ${catalog.data.editions.map((e) => e.id).join(', ')})`);
  const only = (values.only as string | undefined)
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set(catalog.forEdition(edition).requirements.map((r) => r.id));
  for (const id of only ?? []) if (!known.has(id)) return fail(`--only: unknown requirement "${id}"`);
  const options = { only, replaceOutdated: !!values['replace-outdated'] };
  const checkOptions = { language: lang, ...(values.edition ? { edition } : {}) };

  const fixes: FileFix[] = [];
  let errors = 0;
  const report = (path: string, message: string) => {
    errors++;
    process.stderr.write(`kijun: ${path}: ${message}\n`);
  };
  const planOne = (source: Source, analysis: PolicyAnalysis) => {
    if (analysis.refused) return report(source.path, analysis.refused.messages[lang]);
    const plan = planFixes(analysis, options);
    if (plan.edits.length) fixes.push({ source, plan, after: applyInsertions(source.text, plan.edits) });
  };

  // Files alone, and the files of policy sets (fixed as one policy: a clause met in 別表.md is not missing).
  const seenSets = new Set<string>();
  const sets: string[] = [];
  const singles: Array<{ path: string; force: boolean }> = [];
  for (const target of positionals) {
    let dir = false;
    try {
      dir = statSync(target).isDirectory();
    } catch {
      /* reported when read */
    }
    if (dir) {
      const configs = await findPolicySetConfigs(nodeFileSystem, target);
      for (const c of configs) if (!seenSets.has(resolve(c))) seenSets.add(resolve(c)), sets.push(c);
      const setDirs = configs.map((c) => resolve(dirname(c)));
      for (const p of await findMarkdownFiles(nodeFileSystem, target))
        if (!setDirs.some((d) => resolve(p).startsWith(d + sep))) singles.push({ path: p, force: false });
    } else if (isConfigName(basename(target))) {
      if (!seenSets.has(resolve(target))) seenSets.add(resolve(target)), sets.push(target);
    } else {
      const config = await policySetConfigIn(nodeFileSystem, dirname(target));
      if (
        config &&
        !seenSets.has(resolve(config)) &&
        (await loadPolicySet(nodeFileSystem, config, catalog)).files.some((f) => resolve(f) === resolve(target))
      ) {
        seenSets.add(resolve(config));
        sets.push(config);
      } else if (!config || !seenSets.has(resolve(config))) singles.push({ path: target, force: true });
    }
  }
  for (const { path, force } of singles) {
    const source = read(path);
    if (typeof source === 'string') {
      report(path, source);
      continue;
    }
    const analysis = analyzeText(source.text, { ...checkOptions, force });
    if (!analysis.isPolicy) continue;
    planOne(source, analysis);
  }
  for (const configPath of sets) {
    const set = await loadPolicySet(nodeFileSystem, configPath, catalog);
    if (hasConfigErrors(set) || !set.config) {
      report(configPath, 'invalid policy-set configuration (kijun check shows why)');
      continue;
    }
    const sources: Source[] = [];
    for (const path of set.files) {
      const s = read(path);
      if (typeof s === 'string') report(path, s);
      else sources.push(s);
    }
    if (!sources.length) continue;
    const a = analyzePolicySet(
      sources.map((s) => ({ path: s.path, text: s.text })),
      {
        ...checkOptions,
        edition: checkOptions.edition ?? set.config.edition,
        notApplicable: { ...set.config.notApplicable },
        severity: { ...set.config.severity },
        primary: set.primary,
      },
      catalog,
    );
    for (const [i, f] of a.files.entries()) planOne(sources[i], f.analysis);
  }

  const write = !!values.write;
  let changed = 0;
  for (const f of fixes) {
    if (!write) {
      process.stdout.write(
        unifiedDiff(f.source.text, f.plan.edits, diffName('a', f.source.path), diffName('b', f.source.path)),
      );
      changed++;
      continue;
    }
    const encoded = encodeLike(
      f.after,
      f.source.form,
      f.source.text,
      f.source.form.bom ? f.source.bytes.subarray(3) : f.source.bytes,
    );
    if (!encoded.ok) {
      report(f.source.path, `not written: ${encoded.message}`);
      continue;
    }
    // Written next to the file, then moved over it: a failure half-way never leaves half a policy.
    const tmp = join(dirname(f.source.path), `.${basename(f.source.path)}.kijun-${process.pid}.tmp`);
    try {
      writeFileSync(tmp, encoded.bytes, { mode: statSync(f.source.path).mode });
      renameSync(tmp, f.source.path);
    } catch (e) {
      report(f.source.path, `not written: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    changed++;
  }
  for (const f of fixes) {
    const parts = f.plan.fixes.map(
      (x) =>
        `${x.id}${x.action === 'replace' ? ' (replaced)' : x.action === 'insert-revised' ? ' (revised clause added)' : ''}${x.unnumbered ? ' (unnumbered heading)' : ''}`,
    );
    process.stderr.write(
      `kijun: ${f.source.path}: ${t(write ? 'cli.fix.fixed' : 'cli.fix.wouldFix', lang)}: ${parts.join(', ')}\n`,
    );
  }
  if (!fixes.length && !errors) process.stderr.write(`kijun: ${t('cli.fix.nothing', lang)}\n`);
  return errors ? 2 : write || !changed ? 0 : 1;
}
