// Generates everything that derives from the catalog (catalog/*.yaml), so there is one source of truth:
//   server/src/core/catalog/catalog.generated.json  the bundled catalog the core reads
//   snippets/kijun.code-snippets                    one snippet per requirement
//   docs/requirements/<id>.md, docs/requirements/README.md   a page per requirement (diagnostic links)
//   package.json, package.nls*.json                 the kijun.edition and kijun.severity settings (scripts/manifest.mjs)
// `node scripts/generate.mjs --check` writes nothing and exits 1 when a generated file is out of date.
// `--catalog DIR --out DIR` reads another catalog and writes under another root (test/editions/addEdition.test.ts
// adds an edition to a copy this way); the manifest files are read from the output root when it has them.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { manifestFiles } from './manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

export function loadCatalog(catalogDir = join(root, 'catalog')) {
  const readYaml = (p) => YAML.parse(readFileSync(join(catalogDir, p.replace(/^catalog\//, '')), 'utf8'));
  const base = readYaml('catalog/catalog.yaml');
  const concepts = readYaml('catalog/concepts.yaml');
  const dir = join(catalogDir, 'requirements');
  const order = base.order ?? [];
  const requirements = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readYaml(`catalog/requirements/${f}`))
    .sort((a, b) => rank(order, a.id) - rank(order, b.id) || a.id.localeCompare(b.id));
  return {
    editions: base.editions,
    olderEditions: base.olderEditions ?? [],
    eras: base.eras ?? [],
    defaultEdition: base.defaultEdition,
    replacementTerms: base.replacementTerms ?? [],
    roles: base.roles ?? [],
    concepts,
    requirements,
    editionCheck: base.editionCheck,
  };
}

const rank = (order, id) => (order.includes(id) ? order.indexOf(id) : order.length);

function snippets(catalog) {
  const out = {};
  for (const r of catalog.requirements) {
    for (const lang of ['ja', 'en']) {
      const key = `${r.id} (${lang})`;
      out[key] = {
        prefix: lang === 'ja' ? r.prefixes : r.prefixes.filter((p) => /^kijun-/.test(p)).map((p) => `${p}-en`),
        body: [r.template[lang]],
        description: `${r.title[lang]} — ${r.summary[lang]}`,
      };
    }
  }
  return JSON.stringify(out, null, 2) + '\n';
}

const levelLabel = {
  mandatory: { ja: '義務（遵守事項）', en: 'mandatory' },
  recommended: { ja: '推奨（導入を推奨）', en: 'recommended' },
};
const plainTemplate = (t) => t.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');

function requirementPage(r, catalog) {
  const ref = `${r.reference.document.ja} ${r.reference.section}${r.reference.verified ? '' : '（参考・項番は要確認）'}`;
  const lines = [
    `<!-- Generated from catalog/requirements/${r.id}.yaml by scripts/generate.mjs: edit the catalog, not this file. -->`,
    `# ${r.title.ja} / ${r.title.en}`,
    '',
    `- ID: \`${r.id}\``,
    // The level as the revision set it: what that edition did, in the summary's own verb.
    `- 区分 / Level: ${levelLabel[r.level].ja} / ${levelLabel[r.level].en}${r.revision ? ` — ${revisionLine(r, catalog)}` : ''}`,
    `- 導入された版 / Edition: ${catalog.editions.find((e) => e.id === r.edition)?.title.ja ?? r.edition}`,
    ...(r.revision?.quote ? [`- 出典の文言 / In the source's words: ${r.revision.quote}`] : []),
    `- 参照 / Reference: ${ref}`,
    '',
    '## 要求事項',
    '',
    r.summary.ja,
    '',
    r.explanation.ja.trim(),
    '',
    '## What it asks',
    '',
    r.summary.en,
    '',
    r.explanation.en.trim(),
    '',
    '## 条項の例 / Clause to start from',
    '',
    `> ${plainTemplate(r.template.ja)}`,
    '',
    `> ${plainTemplate(r.template.en)}`,
    '',
  ];
  lines.push(...examplesSection(r));
  const editionTitle = (id) => catalog.editions.find((e) => e.id === id)?.title ?? { ja: id, en: id };
  if (r.removed || Object.keys(r.changes ?? {}).length) {
    lines.push('## 版による変更 / Changes in later editions', '');
    for (const [e, c] of Object.entries(r.changes ?? {}))
      lines.push(`- ${editionTitle(e).ja} / ${editionTitle(e).en}: ${c.note.ja}`, `  ${c.note.en}`);
    if (r.removed)
      lines.push(
        `- ${editionTitle(r.removed).ja} / ${editionTitle(r.removed).en}: 適用されなくなりました / no longer applies.`,
      );
    lines.push('');
  }
  if (r.detect.outdated.length) {
    lines.push('## 改訂が必要な旧来の規定 / Outdated clauses', '');
    for (const reason of distinctReasons(r.detect.outdated)) lines.push(`- ${reason.ja}`, `  ${reason.en}`);
    lines.push('');
  }
  lines.push(...readingSection(r));
  if (r.sources?.length) {
    lines.push('## 出典と確度 / Sources and confidence', '');
    for (const s of r.sources) lines.push(`- [${s.confidence}] ${s.title}${s.url ? ` <${s.url}>` : ''}`);
    lines.push(
      '',
      '[S] 公開資料で確認 / seen in a public source; [P] 関連資料からの推定 / probable; [U] 未確認 / unverified.',
      '',
    );
  }
  return lines.join('\n');
}

// A few of the requirement's `examples:` (the same text test/requirements/examples.test.ts checks): the first
// one-line clauses of a kind, those without a note (the plain case) first. Few: the pages ship in the .vsix.
const EXAMPLE_KINDS = [
  ['covered', 1, '満たす / Covered'],
  ['outdated', 1, '改定前の形 / Outdated'],
  ['decoys', 1, '満たさない / Not enough (missing)'],
];
function examplesSection(r) {
  const asExample = (e) => (typeof e === 'string' ? { text: e } : e);
  const shown = EXAMPLE_KINDS.map(([kind, n, title]) => [
    title,
    (r.examples?.[kind] ?? [])
      .map(asExample)
      .filter((e) => !/[\n`|<>]|^[-*#\s]/.test(e.text))
      .sort((a, b) => Number(!!a.note) - Number(!!b.note))
      .slice(0, n),
  ]).filter(([, list]) => list.length);
  if (!shown.length) return [];
  const lines = ['## 判定の例 / Examples', ''];
  for (const [title, list] of shown)
    lines.push(...list.map((e) => `- ${title}: ${e.heading ? `（${e.heading}）` : ''}${e.text}`));
  lines.push('');
  return lines;
}

// What the edition did to the requirement, said exactly (never 「義務とされた」 for all of them).
function revisionLine(r, catalog) {
  const e = catalog.editions.find((x) => x.id === r.edition)?.title ?? { ja: r.edition, en: r.edition };
  return `${e.ja}: ${r.revision.did.ja} / ${e.en}: ${r.revision.did.en} [${r.revision.confidence ?? 'S'}]`;
}

// `{terms}` / `{terms:<edition>}` in catalog texts: the one list of replaced terms (server/src/core/catalog/terms.ts).
function fillTerms(text, catalog, edition = catalog.defaultEdition, lang = 'ja') {
  const at = (id) => catalog.editions.findIndex((e) => e.id === id);
  return text.replace(/\{terms(?::([a-z0-9-]+))?\}/g, (_, only) =>
    (catalog.replacementTerms ?? [])
      .filter((t) =>
        only !== undefined ? t.edition === only : t.edition === undefined || at(t.edition) <= at(edition),
      )
      .map((t) => `${t.old} → ${t.new}`)
      .join(lang === 'ja' ? '、' : '; '),
  );
}

/** What a covering clause must say, condition by condition, and the separate duties cited as related (issue 11). */
function readingSection(r) {
  const lines = [];
  if (r.conditions?.length) {
    lines.push('## 満たすべき条件 / Conditions a covering clause meets', '');
    for (const c of r.conditions) lines.push(`- ${c.label.ja} / ${c.label.en} (${c.aspect})`);
    lines.push(
      '- 義務として定めていること（否定・先送り・適用除外・一部への限定・見出しのみでないこと） / stated as a duty (not negated, deferred, excluded, limited to a subset, or a heading only)',
      '',
    );
  }
  if (r.detect.related?.length) {
    lines.push('## 別の義務（関連条項として示すもの） / Separate duties (cited as related)', '');
    for (const reason of distinctReasons(r.detect.related)) lines.push(`- ${reason.ja}`, `  ${reason.en}`);
    lines.push('');
  }
  return lines;
}

// Several rules share one reason (three phrasings of 「望ましい」): the page says it once.
function distinctReasons(rules) {
  const seen = new Set();
  return rules.map((o) => o.reason).filter((reason) => !seen.has(reason.ja) && seen.add(reason.ja));
}

function index(catalog) {
  const title = (id) => catalog.editions.find((e) => e.id === id)?.title.ja ?? id;
  const lines = [
    '<!-- Generated from catalog/ by scripts/generate.mjs: edit the catalog, not this file. -->',
    '# Kijun requirements (統一基準 平成30年度版 and later editions)',
    '',
    '| id | 要求事項 | requirement | level | edition | 改定で行われたこと | reference |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of catalog.requirements) {
    const changed = Object.keys(r.changes ?? {})
      .map((e) => `, 変更 ${title(e)}`)
      .join('');
    lines.push(
      `| [\`${r.id}\`](${r.id}.md) | ${r.title.ja} | ${r.title.en} | ${r.level} | ${title(r.edition)}${changed} | ${r.revision?.did.ja ?? '—'} | ${r.reference.section}${r.reference.verified ? '' : ' (参考)'} |`,
    );
  }
  lines.push(
    `| [\`outdated-edition\`](outdated-edition.md) | ${catalog.editionCheck.title.ja} | ${catalog.editionCheck.title.en} | document | — | — | — |`,
    '',
  );
  // The one list of role names (English texts and templates use these).
  lines.push(
    '## 役職の英語名 / Roles in English',
    '',
    '| 役職 | English |',
    '|---|---|',
    ...(catalog.roles ?? []).map((r) => `| ${r.ja} | ${r.en} |`),
    '',
  );
  // The editions a policy can be checked against (front matter kijun.edition, --edition, the kijun.edition setting).
  const rank = (id) => catalog.editions.findIndex((e) => e.id === id);
  lines.push('## 版 / Editions', '', '| edition | 版 | date | requirements | confidence |', '|---|---|---|---|---|');
  for (const e of catalog.editions) {
    const n = catalog.requirements.filter(
      (r) => rank(r.edition) <= rank(e.id) && (!r.removed || rank(r.removed) > rank(e.id)),
    ).length;
    lines.push(
      `| \`${e.id}\`${e.id === catalog.defaultEdition ? ' (default)' : ''} | ${e.title.ja} | ${e.date} | ${n} | ${e.confidence ?? '—'} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

function editionPage(catalog) {
  const c = catalog.editionCheck;
  return [
    '<!-- Generated from catalog/catalog.yaml by scripts/generate.mjs: edit the catalog, not this file. -->',
    `# ${c.title.ja} / ${c.title.en}`,
    '',
    '- ID: `outdated-edition`',
    '',
    fillTerms(c.explanation.ja.trim(), catalog, catalog.editions.at(-1).id, 'ja'),
    '',
    fillTerms(c.explanation.en.trim(), catalog, catalog.editions.at(-1).id, 'en'),
    '',
    '## 改められた用語 / Replaced terms',
    '',
    '| 旧 / old | 新 / new | 版 / edition | 確度 |',
    '|---|---|---|---|',
    ...(catalog.replacementTerms ?? []).map(
      (t) =>
        `| ${t.old} | ${t.new} | ${t.edition ? (catalog.editions.find((e) => e.id === t.edition)?.title.ja ?? t.edition) : (t.since?.ja ?? '—')} | ${t.confidence ?? '—'} |`,
    ),
    '',
    '## 検出する記述 / What is reported',
    '',
    ...c.signals.map((s) => {
      const title = (id) => catalog.editions.find((e) => e.id === id)?.title ?? { ja: id, en: id };
      const range =
        [s.from ? `${title(s.from).ja}から` : '', s.until ? `${title(s.until).ja}まで` : ''].join('') ||
        '全ての版 / every edition';
      const label = s.label ? `${s.label.ja} / ${s.label.en}` : s.concept;
      return `- ${label} — ${range}`;
    }),
    '',
  ].join('\n');
}

// What the server bundle leaves out: an edition's `setting` is the manifest's text only; the examples are for the tests
// and docs (test/requirements/examples.test.ts).
const bundled = (catalog) => ({
  ...catalog,
  editions: catalog.editions.map(({ setting: _setting, ...e }) => e),
  requirements: catalog.requirements.map(({ examples: _examples, ...r }) => r),
});

export function generatedFiles(catalog = loadCatalog(), outRoot = root) {
  const read = (p) => readFileSync(existsSync(join(outRoot, p)) ? join(outRoot, p) : join(root, p), 'utf8');
  const files = {
    'server/src/core/catalog/catalog.generated.json': JSON.stringify(bundled(catalog), null, 1) + '\n',
    ...manifestFiles(catalog, read),
    'snippets/kijun.code-snippets': snippets(catalog),
    'docs/requirements/README.md': index(catalog),
    'docs/requirements/outdated-edition.md': editionPage(catalog),
  };
  for (const r of catalog.requirements) files[`docs/requirements/${r.id}.md`] = requirementPage(r, catalog);
  return files;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const option = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : undefined;
  };
  const outRoot = option('--out') ?? root;
  const files = generatedFiles(loadCatalog(option('--catalog')), outRoot);
  const stale = [];
  for (const [path, content] of Object.entries(files)) {
    const full = join(outRoot, path);
    const current = existsSync(full) ? readFileSync(full, 'utf8') : null;
    if (current === content) continue;
    stale.push(path);
    if (!check) {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
  if (check && stale.length) {
    console.error(`kijun: generated files are out of date (run npm run generate): ${stale.join(', ')}`);
    process.exit(1);
  }
}
