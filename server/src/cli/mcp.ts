// `kijun mcp`: the core for AI assistants, as a Model Context Protocol server over stdio. The tools check a policy
// (text, or a file / kijun.json inside the allowed folders) with the reasons of each finding, explain a
// requirement, list an edition's requirements and what changed between two, propose the clause a quick fix would
// insert, and write the compliance report (the only tool that writes, and its name says so). The catalog is offered
// as resources.
//
// This module, the SDK and zod live in their own bundle, server/out/mcp-sdk.js, which cli.ts requires when `kijun mcp`
// runs: no other command and not the language server load them (and the .vsix, which has a 1 MB budget, leaves it out). Files: only inside folders opted in with --allow-root DIR and, when the client
// speaks MCP roots, inside a root it grants (mcpRoots.ts); links that lead outside are refused.
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, sep } from 'node:path';
import {
  getCatalog,
  levelText,
  pick,
  statusText,
  stripBom,
  type Catalog,
  type Finding,
  type PolicyAnalysis,
  type Requirement,
} from '../core';
import { editionDiff } from '../core/catalog/editions';
import { planMissingClause, planRevisedClause, snippetToPlain, type InsertEdit } from '../core/edits';
import { isLanguage, t } from '../core/i18n';
import { readPolicyFile } from '../node/readFile';
import { analyzePolicySet, type PolicySetAnalysis } from '../core/policySet';
import { nodeFileSystem } from '../node/fileSystem';
import { hasConfigErrors, isConfigName, loadPolicySet, policySetConfigIn } from '../core/policySet/load';
import { buildComplianceReport, pathHref } from '../core/report/compliance';
import { renderHtml } from '../core/report/html';
import { renderMarkdown } from '../core/report/markdown';
import { summarize } from '../core/report/summary';
import { parse } from './args';
import { PathRefused, Roots } from './mcpRoots';
import type * as Sdk from './mcpSdk';
import * as sdkModule from './mcpSdk';

declare const KIJUN_VERSION: string;
const VERSION = typeof KIJUN_VERSION === 'string' ? KIJUN_VERSION : '0.0.0-dev';

type Lang = 'ja' | 'en';

export const MCP_USAGE = `Usage: kijun mcp [--allow-root DIR]... [--lang ja|en]

Runs a Model Context Protocol server on standard input/output for AI assistants (Claude Desktop, VS Code, …).
Tools: check_policy, explain_requirement, list_requirements, compare_editions, propose_clause,
write_compliance_report. Resources: the requirement catalog (kijun://catalog/...).

  --allow-root DIR   a folder whose files the tools may read (and write_compliance_report may write);
                     repeat for several. Without it, only policy text sent with the call is checked. When
                     the client grants MCP roots, a folder must also lie within one of them.
  --lang ja|en       default language of messages (default ja)

Policies can be confidential: an assistant may send what Kijun returns to an outside service. See docs/mcp.md.`;

/** The SDK, bundled with this module into server/out/mcp-sdk.js (scripts/build.mjs), apart from the shared bundle. */
function loadSdk(): typeof Sdk {
  return sdkModule;
}

// ---------------------------------------------------------------------------------------------------------
// The policies a tool works on.

interface Loaded {
  /** Checked as one policy (a file alone is a set of one). */
  set: PolicySetAnalysis;
  /** How paths are shown: relative to the folder of the set / file. */
  display: (path: string) => string;
  encodings: Record<string, string>;
  configPath?: string;
  title?: string;
  warnings: string[];
}

class ToolError extends Error {}

const LANGS = ['ja', 'en'] as const;

function editionIds(catalog: Catalog): [string, ...string[]] {
  return catalog.data.editions.map((e) => e.id) as [string, ...string[]];
}

async function load(
  input: { text?: string; path?: string; edition?: string; lang: Lang },
  roots: Roots,
): Promise<Loaded> {
  const catalog = getCatalog();
  const options = { language: input.lang, ...(input.edition ? { edition: input.edition } : {}) };
  if ((input.text === undefined) === (input.path === undefined))
    throw new ToolError('give either text or path (one of them)');
  if (input.text !== undefined) {
    const set = analyzePolicySet([{ path: 'policy.md', text: input.text }], options, catalog);
    return { set, display: (p) => p, encodings: { 'policy.md': 'utf-8' }, warnings: [] };
  }
  const real = roots.forRead(input.path!);
  let configPath: string | undefined;
  if (statSync(real).isDirectory()) {
    configPath = await policySetConfigIn(nodeFileSystem, real);
    if (!configPath)
      throw new ToolError(`${input.path}: a folder without kijun.json; give a policy file or the folder's kijun.json`);
  } else if (isConfigName(basename(real))) configPath = real;

  if (configPath) {
    const loaded = await loadPolicySet(nodeFileSystem, configPath, catalog);
    if (hasConfigErrors(loaded) || !loaded.config) {
      throw new ToolError(
        `${input.path}: invalid policy-set configuration: ${loaded.problems.map((p) => `${p.key ? `${p.key}: ` : ''}${pick(p.message, input.lang)}`).join('; ')}`,
      );
    }
    const warnings = loaded.problems.map((p) => `${p.key ? `${p.key}: ` : ''}${pick(p.message, input.lang)}`);
    const files: Array<{ path: string; text: string }> = [];
    const encodings: Record<string, string> = {};
    for (const f of loaded.files) {
      roots.forRead(f); // a listed file behind a link that leads outside is refused like any other
      const r = readPolicyFile(f);
      if (!r.ok) {
        warnings.push(`${relative(loaded.root, f)}: ${r.message}`);
        continue;
      }
      files.push({ path: f, text: stripBom(r.text) });
      encodings[f] = r.encoding;
    }
    if (!files.length) throw new ToolError(`${input.path}: no file of the set could be read`);
    const config = loaded.config;
    const set = analyzePolicySet(
      files,
      {
        ...options,
        edition: input.edition ?? config.edition,
        notApplicable: { ...config.notApplicable },
        severity: { ...config.severity },
        primary: loaded.primary,
      },
      catalog,
    );
    const root = loaded.root;
    return {
      set,
      display: (p) => relative(root, p).split(sep).join('/') || basename(p),
      encodings,
      configPath,
      title: config.name,
      warnings,
    };
  }
  const r = readPolicyFile(real);
  if (!r.ok) throw new ToolError(`${input.path}: ${r.message}`);
  const set = analyzePolicySet([{ path: real, text: stripBom(r.text) }], options, catalog);
  const root = dirname(real);
  return {
    set,
    display: (p) => relative(root, p).split(sep).join('/') || basename(p),
    encodings: { [real]: r.encoding },
    warnings: [],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Answers.

/** Fields of a result object other than the ones listed, as they are (new reason fields pass through). */
function rest<T extends object>(o: T, omit: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (omit.includes(k) || v === undefined || typeof v === 'function') continue;
    if (v instanceof Map || v instanceof Set) continue;
    out[k] = v;
  }
  return out;
}

const oneLine = (s: string, max = 160) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function clauseText(analysis: PolicyAnalysis, clause: number | undefined): string | undefined {
  const c = clause === undefined ? undefined : analysis.document.clauses[clause];
  return c ? oneLine(analysis.document.text.slice(c.start, c.end)) : undefined;
}

function findingJson(f: Finding, analysis: PolicyAnalysis, lang: Lang) {
  const r = analysis.catalog.byId.get(f.code);
  const outdated =
    f.data.clause !== undefined
      ? analysis.requirements.find((x) => x.id === f.code)?.outdated.find((o) => o.clause === f.data.clause)
      : undefined;
  return {
    code: f.code,
    kind: f.kind,
    severity: f.severity,
    message: pick(f.messages, lang),
    line: f.range.start.line + 1,
    range: f.range,
    ...(r ? { requirement: pick(r.title, lang), level: r.level } : {}),
    ...(outdated ? { reason: pick(outdated.reason, lang) } : {}),
    ...(clauseText(analysis, f.data.clause) ? { clause: clauseText(analysis, f.data.clause) } : {}),
    ...(f.related.length
      ? { related: f.related.map((x) => ({ line: x.range.start.line + 1, message: x.message })) }
      : {}),
    // Anything else the analysis says about the finding (e.g. why it was decided), as it is.
    ...rest(f, ['code', 'kind', 'severity', 'message', 'messages', 'range', 'start', 'end', 'related', 'data']),
  };
}

function checkJson(loaded: Loaded, lang: Lang) {
  const { set } = loaded;
  const catalog = set.catalog.forEdition(set.edition);
  const primary = set.files[set.primary].analysis;
  return {
    edition: set.edition,
    summary: summarize(primary),
    files: set.files.map((f) => ({
      path: loaded.display(f.path),
      encoding: loaded.encodings[f.path] ?? 'utf-8',
      isPolicy: f.analysis.isPolicy,
      findings: f.analysis.findings.map((x) => findingJson(x, f.analysis, lang)),
    })),
    requirements: set.requirements.map((x) => {
      const r = catalog.byId.get(x.id);
      return {
        id: x.id,
        ...(r ? { title: pick(r.title, lang), level: r.level } : {}),
        status: x.status,
        statusText: pick(statusText[x.status], lang),
        // Why: the clauses that cover it, and the outdated clauses with the revision's reason.
        evidence: x.evidence.map((e) => ({
          path: loaded.display(e.path),
          line: e.range.start.line + 1,
          how: e.how,
          clause: e.excerpt,
        })),
        outdated: x.outdated.map((o) => ({
          path: loaded.display(o.path),
          line: o.range.start.line + 1,
          clause: o.excerpt,
          reason: pick(o.reason, lang),
          when: o.when,
        })),
        ...(x.notApplicableReason ? { notApplicableReason: x.notApplicableReason } : {}),
        ...(x.missingAt
          ? {
              missingAt: {
                path: loaded.display(x.missingAt.path),
                line: x.missingAt.range.start.line + 1,
                ...(x.missingAt.sectionTitle ? { section: x.missingAt.sectionTitle } : {}),
              },
            }
          : {}),
        ...rest(x, ['id', 'status', 'evidence', 'outdated', 'notApplicableReason', 'missingAt']),
      };
    }),
    ...(loaded.warnings.length ? { warnings: loaded.warnings } : {}),
  };
}

function referenceText(r: Requirement, lang: Lang): string {
  const ref = `${pick(r.reference.document, lang)} ${r.reference.section}`;
  if (r.reference.verified) return ref;
  return t('cli.mcp.referenceUnverified', lang, ref);
}

const editionTitle = (catalog: Catalog, id: string, lang: Lang) =>
  pick(catalog.data.editions.find((e) => e.id === id)?.title ?? { ja: id, en: id }, lang);

function requirementJson(r: Requirement, catalog: Catalog, lang: Lang, full: boolean) {
  return {
    id: r.id,
    title: pick(r.title, lang),
    level: r.level,
    levelText: pick(levelText(r), lang),
    since: { id: r.edition, title: editionTitle(catalog, r.edition, lang) },
    ...(r.variant
      ? {
          changedIn: {
            id: r.variant,
            title: editionTitle(catalog, r.variant, lang),
            note: r.changes?.[r.variant] ? pick(r.changes[r.variant].note, lang) : undefined,
          },
        }
      : {}),
    reference: { text: referenceText(r, lang), section: r.reference.section, verified: r.reference.verified },
    summary: pick(r.summary, lang),
    ...(full
      ? {
          explanation: pick(r.explanation, lang).trim(),
          clause: snippetToPlain(pick(r.template, lang)),
          sources: (r.sources ?? []).map((s) => ({ title: s.title, confidence: s.confidence })),
        }
      : {}),
  };
}

function requirementMarkdown(r: Requirement, catalog: Catalog, lang: Lang): string {
  const j = requirementJson(r, catalog, lang, true) as ReturnType<typeof requirementJson> & {
    explanation: string;
    clause: string;
    sources: Array<{ title: string; confidence: string }>;
  };
  return [
    `# ${j.title} (\`${r.id}\`)`,
    '',
    `${j.levelText} · ${t('cli.mcp.reference', lang)}: ${j.reference.text} · ${t('cli.mcp.since', lang)}: ${j.since.title}${j.changedIn ? ` · ${t('cli.mcp.changed', lang)}: ${j.changedIn.title}${j.changedIn.note ? ` — ${j.changedIn.note}` : ''}` : ''}`,
    '',
    j.explanation,
    '',
    `## ${t('cli.mcp.clause', lang)}`,
    '',
    j.clause,
    ...(j.sources.length
      ? ['', `## ${t('cli.mcp.sources', lang)}`, '', ...j.sources.map((s) => `- [${s.confidence}] ${s.title}`)]
      : []),
    '',
  ].join('\n');
}

/** The language a policy is written in (the inserted clause follows it, as the quick fix does). */
function documentLanguage(text: string): Lang {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const japanese = (sample.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  return japanese * 3 >= latin ? 'ja' : 'en';
}

function proposeJson(
  loaded: Loaded,
  id: string,
  kind: 'missing' | 'outdated' | undefined,
  line: number | undefined,
  lang: Lang,
) {
  const { set } = loaded;
  const candidates = set.files.flatMap((file) =>
    file.analysis.findings
      .filter(
        (f) =>
          f.code === id &&
          (f.kind === 'missing' || f.kind === 'outdated') &&
          (!kind || f.kind === kind) &&
          (line === undefined || f.range.start.line + 1 === line),
      )
      .map((f) => ({ file, f })),
  );
  if (!candidates.length) {
    const status = set.requirements.find((x) => x.id === id)?.status;
    throw new ToolError(
      status
        ? `${id} is ${status} in this policy: there is no ${kind ?? 'missing or outdated'} finding${line ? ` on line ${line}` : ''} to fix`
        : `${id}: not a requirement of edition ${set.edition} (list_requirements lists them)`,
    );
  }
  const { file, f } = candidates[0];
  const analysis = file.analysis;
  const r = analysis.catalog.byId.get(id)!;
  const doc = analysis.document;
  const textLang = documentLanguage(doc.text);
  const item = { title: pick(r.title, textLang), template: pick(r.template, textLang) };
  let edit: InsertEdit;
  if (f.kind === 'missing') edit = planMissingClause(doc, analysis.homes.get(id) ?? -1, item, { snippet: false });
  else edit = planRevisedClause(doc, f.data.clause!, item, { snippet: false });
  const position = analysis.lines.positionAt(edit.offset);
  const home = f.kind === 'missing' ? (analysis.homes.get(id) ?? -1) : (doc.clauses[f.data.clause!]?.section ?? -1);
  const section = home >= 0 ? doc.sections[home]?.title : undefined;
  const before = doc.text
    .slice(Math.max(0, doc.text.lastIndexOf('\n', Math.max(0, edit.offset - 2)) + 1), edit.offset)
    .replace(/\n$/, '');
  return {
    id,
    kind: f.kind,
    path: loaded.display(file.path),
    finding: findingJson(f, analysis, lang),
    insert: {
      // LSP position (0-based line, UTF-16 character) and 1-based line, where `text` goes; nothing is removed.
      position,
      line: position.line + 1,
      offset: edit.offset,
      text: edit.text,
    },
    ...(section ? { section } : {}),
    ...(before.trim() ? { after: oneLine(before) } : {}),
    note: t('cli.mcp.insertionNote', lang),
    ...(f.kind === 'outdated' ? { outdatedClause: clauseText(analysis, f.data.clause) } : {}),
  };
}

function writeReport(loaded: Loaded, out: string, format: 'html' | 'md' | 'json', lang: Lang): { text: string } {
  const linkBase = dirname(out);
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const generatedAt = (
    Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()
  ).toISOString();
  const data = buildComplianceReport(loaded.set, {
    lang,
    version: VERSION,
    generatedAt,
    ...(loaded.title ? { title: loaded.title } : {}),
    ...(loaded.configPath ? { config: basename(loaded.configPath) } : {}),
    display: loaded.display,
    href: (p) => pathHref(relative(linkBase, p).split(sep).join('/')),
    encodings: loaded.encodings,
    errors: loaded.warnings.map((w) => ({ path: '', message: w })),
  });
  const text =
    format === 'html'
      ? renderHtml(data)
      : format === 'md'
        ? renderMarkdown(data)
        : JSON.stringify(data, null, 2) + '\n';
  return { text };
}

// ---------------------------------------------------------------------------------------------------------

export function mcp(args: string[]): number {
  let values: { 'allow-root'?: string[]; lang?: string; help?: boolean };
  try {
    values = parse(args, { 'allow-root': { type: 'string', multiple: true } }, { positionals: false })
      .values as typeof values;
  } catch (e) {
    process.stderr.write(`kijun: ${(e as Error).message}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(MCP_USAGE + '\n');
    return 0;
  }
  const defaultLang = (values.lang ?? 'ja') as Lang;
  if (!LANGS.includes(defaultLang)) {
    process.stderr.write(`kijun: --lang must be ja or en (got "${values.lang}")\n`);
    return 2;
  }
  let roots: Roots;
  try {
    roots = new Roots(values['allow-root'] ?? []);
  } catch (e) {
    process.stderr.write(`kijun: ${(e as Error).message}\n`);
    return 2;
  }
  let sdk: typeof Sdk;
  try {
    sdk = loadSdk();
  } catch (e) {
    process.stderr.write(`kijun: ${(e as Error).message}\n`);
    return 2;
  }
  serve(sdk, roots, defaultLang).catch((e) => {
    process.stderr.write(`kijun: mcp: ${(e as Error).message}\n`);
    process.exitCode = 2;
  });
  return 0;
}

async function serve(sdk: typeof Sdk, roots: Roots, defaultLang: Lang): Promise<void> {
  const { McpServer, ResourceTemplate, StdioServerTransport, RootsListChangedNotificationSchema, z } = sdk;
  const catalog = getCatalog();
  const editions = editionIds(catalog);
  const server = new McpServer(
    { name: 'kijun', version: VERSION },
    {
      instructions:
        'Kijun checks Japanese government information-security policies (Markdown) against the Common Standards (統一基準群). ' +
        'Policies may be confidential: send their text only where the organisation permits. Only write_compliance_report writes a file.',
    },
  );

  // The client's roots: asked once it has initialised, and again whenever it says they changed.
  let rootsReady: Promise<void> = Promise.resolve();
  const refreshRoots = () => {
    rootsReady = (async () => {
      if (!server.server.getClientCapabilities()?.roots) {
        roots.setClientRoots(undefined);
        return;
      }
      try {
        const { roots: list } = await server.server.listRoots();
        roots.setClientRoots(list.map((r) => r.uri));
      } catch {
        roots.setClientRoots([]); // it said it has roots but did not tell them: nothing is granted
      }
    })();
  };
  server.server.oninitialized = refreshRoots;
  server.server.setNotificationHandler(RootsListChangedNotificationSchema, async () => refreshRoots());

  const lang = (l: string | undefined): Lang => (isLanguage(l) ? l : defaultLang);
  const ok = (value: unknown) => ({
    content: [{ type: 'text' as const, text: JSON.stringify(value, null, 2) }],
    structuredContent: value as Record<string, unknown>,
  });
  const fail = (message: string) => ({ content: [{ type: 'text' as const, text: message }], isError: true });
  const guarded =
    <A>(fn: (a: A) => unknown | Promise<unknown>) =>
    async (a: A) => {
      try {
        await rootsReady;
        return ok(await fn(a));
      } catch (e) {
        if (e instanceof ToolError || e instanceof PathRefused) return fail(e.message);
        return fail(`internal error: ${(e as Error).message}`);
      }
    };

  const language = z.enum(LANGS).optional().describe("language of messages and texts (default: the server's --lang)");
  const edition = z
    .enum(editions)
    .optional()
    .describe(
      `edition of the Common Standards to check against (${editions.join(', ')}; default: front matter, else ${catalog.data.defaultEdition})`,
    );
  const policy = {
    text: z
      .string()
      .max(10 * 1024 * 1024)
      .optional()
      .describe('the policy Markdown itself'),
    path: z
      .string()
      .min(1)
      .max(4096)
      .optional()
      .describe('or: a policy .md file, a kijun.json, or a folder holding one, inside the allowed folders'),
  };

  server.registerTool(
    'check_policy',
    {
      title: 'Check a policy',
      description:
        "Checks an information-security policy (Markdown) against the Common Standards: every requirement's status (covered, missing, outdated, not-applicable) " +
        'with its reasons — the clauses that cover it, the outdated clauses and why the revision replaced them — and the findings with lines. Reads only; writes nothing.',
      inputSchema: { ...policy, edition, language },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(async (a: { text?: string; path?: string; edition?: string; language?: Lang }) =>
      checkJson(await load({ ...a, lang: lang(a.language) }, roots), lang(a.language)),
    ),
  );

  server.registerTool(
    'explain_requirement',
    {
      title: 'Explain a requirement',
      description:
        'What a requirement of the Common Standards asks and why, its level (義務 mandatory / 推奨 recommended), reference (unverified section numbers are marked), the edition it appeared in, a clause to start from, and its sources with their confidence.',
      inputSchema: {
        id: z.string().min(1).max(100).describe('requirement id, e.g. email-encryption (list_requirements lists them)'),
        edition,
        language,
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded((a: { id: string; edition?: string; language?: Lang }) => {
      const view = catalog.forEdition(a.edition ?? catalog.data.defaultEdition);
      const r = view.byId.get(a.id) ?? catalog.forEdition(editions[editions.length - 1]).byId.get(a.id);
      if (!r)
        throw new ToolError(
          `unknown requirement "${a.id}" (known: ${catalog
            .forEdition(editions[editions.length - 1])
            .requirements.map((x) => x.id)
            .join(', ')})`,
        );
      return { ...requirementJson(r, catalog, lang(a.language), true), inEdition: view.byId.has(a.id) };
    }),
  );

  server.registerTool(
    'list_requirements',
    {
      title: 'List what an edition requires',
      description:
        'The requirements an edition of the Common Standards asks for (each with level, reference and the edition it appeared in), and the editions Kijun knows.',
      inputSchema: { edition, language },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded((a: { edition?: string; language?: Lang }) => {
      const l = lang(a.language);
      const id = a.edition ?? catalog.data.defaultEdition;
      const view = catalog.forEdition(id);
      return {
        edition: { id, title: editionTitle(catalog, id, l) },
        requirements: view.requirements.map((r) => requirementJson(r, catalog, l, false)),
        editions: catalog.data.editions.map((e) => ({
          id: e.id,
          title: pick(e.title, l),
          date: e.date,
          default: e.id === catalog.data.defaultEdition,
        })),
      };
    }),
  );

  server.registerTool(
    'compare_editions',
    {
      title: 'What changed between editions',
      description:
        'What changed from one edition of the Common Standards to another: requirements added, changed (with what changed) and removed, and terms of older editions that become outdated.',
      inputSchema: {
        from: z.enum(editions).describe('the older edition'),
        to: z.enum(editions).describe('the newer edition'),
        language,
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded((a: { from: string; to: string; language?: Lang }) => {
      const l = lang(a.language);
      const d = editionDiff(catalog, a.from, a.to);
      const signal = (s: (typeof d.outdatedTerms.added)[number]) => ({
        concept: s.concept,
        label: s.label ? pick(s.label, l) : s.concept,
        reason: pick(s.reason, l).replaceAll('{edition}', editionTitle(catalog, d.to.id, l)),
      });
      return {
        from: {
          id: d.from.id,
          title: pick(d.from.title, l),
          requirements: catalog.forEdition(d.from.id).requirements.length,
        },
        to: { id: d.to.id, title: pick(d.to.title, l), requirements: catalog.forEdition(d.to.id).requirements.length },
        added: d.added.map((r) => requirementJson(r, catalog, l, false)),
        changed: d.changed.map((c) => ({
          ...requirementJson(c.requirement, catalog, l, false),
          changes: c.changes.map((x) => ({ edition: x.edition, note: pick(x.note, l) })),
        })),
        removed: d.removed.map((r) => requirementJson(r, catalog, l, false)),
        outdatedTerms: { added: d.outdatedTerms.added.map(signal), removed: d.outdatedTerms.removed.map(signal) },
      };
    }),
  );

  server.registerTool(
    'propose_clause',
    {
      title: 'Propose the clause for a finding',
      description:
        'For a missing or outdated requirement in a policy: the clause the quick fix would insert and where (line, UTF-16 position, the section), numbered like its neighbours. ' +
        'Returns a proposal only; no file is changed (apply it yourself, or let the user do it).',
      inputSchema: {
        ...policy,
        id: z.string().min(1).max(100).describe('the requirement id of the finding (its code), e.g. web-encryption'),
        kind: z.enum(['missing', 'outdated']).optional().describe('which finding, when the requirement has both'),
        line: z
          .number()
          .int()
          .min(1)
          .optional()
          .describe('1-based line of the finding, to choose among several outdated clauses'),
        edition,
        language,
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(
      async (a: {
        text?: string;
        path?: string;
        id: string;
        kind?: 'missing' | 'outdated';
        line?: number;
        edition?: string;
        language?: Lang;
      }) => proposeJson(await load({ ...a, lang: lang(a.language) }, roots), a.id, a.kind, a.line, lang(a.language)),
    ),
  );

  server.registerTool(
    'write_compliance_report',
    {
      title: 'Write the compliance report (writes a file)',
      description:
        "Writes the compliance report of a policy (a file, or a policy set's kijun.json) to `out`, inside the allowed folders: HTML (self-contained, charts), Markdown or JSON. " +
        'Overwrites `out` if it exists. The only Kijun tool that writes.',
      inputSchema: {
        path: z
          .string()
          .min(1)
          .max(4096)
          .describe('the policy .md file, kijun.json or a folder holding one, inside the allowed folders'),
        out: z
          .string()
          .min(1)
          .max(4096)
          .describe('the report file to write, inside the allowed folders (its folder must exist)'),
        format: z
          .enum(['html', 'md', 'json'])
          .optional()
          .describe('default: from the extension of out (.md, .json), else html'),
        edition,
        language,
      },
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    },
    guarded(
      async (a: { path: string; out: string; format?: 'html' | 'md' | 'json'; edition?: string; language?: Lang }) => {
        const l = lang(a.language);
        const loaded = await load({ path: a.path, edition: a.edition, lang: l }, roots);
        const target = roots.forWrite(a.out);
        if (loaded.set.files.some((f) => f.path === target) || (loaded.configPath && loaded.configPath === target)) {
          throw new ToolError(`${a.out}: is one of the policy's own files; choose another name for the report`);
        }
        const format = a.format ?? (/\.md$/i.test(target) ? 'md' : /\.json$/i.test(target) ? 'json' : 'html');
        const { text } = writeReport(loaded, target, format, l);
        const tmp = `${target}.${process.pid}.tmp`;
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(tmp, text);
        renameSync(tmp, target);
        return {
          written: target,
          format,
          bytes: Buffer.byteLength(text),
          edition: loaded.set.edition,
          summary: summarize(loaded.set.files[loaded.set.primary].analysis),
        };
      },
    ),
  );

  // The catalog as resources: the editions, and each requirement as Markdown and JSON.
  const latest = catalog.forEdition(editions[editions.length - 1]);
  server.registerResource(
    'editions',
    'kijun://catalog/editions',
    {
      title: 'Editions of the Common Standards Kijun knows',
      mimeType: 'application/json',
    },
    async (uri) => ({
      contents: [
        {
          uri: uri.href,
          mimeType: 'application/json',
          text: JSON.stringify(
            {
              defaultEdition: catalog.data.defaultEdition,
              editions: catalog.data.editions.map((e) => ({
                id: e.id,
                title: e.title,
                date: e.date,
                requirements: catalog.forEdition(e.id).requirements.map((r) => r.id),
              })),
            },
            null,
            2,
          ),
        },
      ],
    }),
  );
  server.registerResource(
    'requirement',
    new ResourceTemplate('kijun://catalog/requirements/{id}', {
      list: async () => ({
        resources: latest.requirements.map((r) => ({
          uri: `kijun://catalog/requirements/${r.id}`,
          name: r.id,
          title: pick(r.title, defaultLang),
          mimeType: 'text/markdown',
        })),
      }),
      complete: { id: async (value) => latest.requirements.map((r) => r.id).filter((id) => id.startsWith(value)) },
    }),
    {
      title: 'A requirement of the Common Standards (Markdown)',
      mimeType: 'text/markdown',
    },
    async (uri, variables) => {
      const id = String(variables.id);
      const r = latest.byId.get(id);
      if (!r) throw new Error(`unknown requirement "${id}"`);
      return {
        contents: [{ uri: uri.href, mimeType: 'text/markdown', text: requirementMarkdown(r, catalog, defaultLang) }],
      };
    },
  );

  await server.connect(new StdioServerTransport());
}
