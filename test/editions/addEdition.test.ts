// Adding an edition touches the catalog and its translations only (issue 10). A copy of catalog/ gets an edition
// r9 (令和9年度版, FY2027) with one new requirement and the outdated-edition signal for the edition it replaces;
// the generator runs against the copy; then, with no TypeScript changed, everything that names editions knows r9:
// the manifest's setting, --edition, auto detection, the standard hover, the check, outdated-edition, the docs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { editionOption } from '../../server/src/cli/edition';
import { analyzeText, buildCatalog, type Catalog, type CatalogData } from '../../server/src/core';
import { standardMarkdown, standardReferenceAt } from '../../server/src/lsp/standardHover';
import { TITLE } from './helpers';

const root = join(__dirname, '../..');
const NEW = 'quantum-safe-crypto';

// The edition, as docs/editions.md tells a maintainer to add it.
const edition = {
  id: 'r9',
  title: { ja: '令和9年度版', en: 'FY2027 edition' },
  era: { name: '令和', year: 9 },
  fiscalYear: 2027,
  setting: {
    ja: '令和9年度版（耐量子計算機暗号への移行計画を追加）',
    en: 'FY2027 edition (令和9年度版): adds migration to quantum-safe cryptography',
  },
  date: '2027-07-01',
  confidence: 'U',
  summary: {
    ja: '耐量子計算機暗号への移行計画を加えた改定（試験用の架空の版）。',
    en: 'Adds a migration plan to quantum-safe cryptography (a made-up edition for this test).',
  },
};

const requirement = `id: ${NEW}
title: { ja: 耐量子計算機暗号への移行計画, en: Migration to quantum-safe cryptography }
level: mandatory
edition: r9
revision:
  kind: new
  did: { ja: 耐量子計算機暗号への移行計画の策定を新設, en: newly required a plan to migrate to quantum-safe cryptography }
  confidence: U
reference:
  section: "6.1.9"
  verified: false
  document: { ja: 政府機関等のサイバーセキュリティ対策のための統一基準（令和9年度版）, en: Common Standards (FY2027 edition) }
summary:
  ja: 暗号を用いる情報システムについて、耐量子計算機暗号への移行計画を定める。
  en: Information systems that use cryptography have a plan to migrate to quantum-safe cryptography.
explanation:
  ja: |
    量子計算機による解読に備え、耐量子計算機暗号への移行計画を定めます。
  en: |
    To prepare for decryption by quantum computers, a plan to migrate to quantum-safe cryptography is set.
home: [software-heading]
concepts:
  pqc: ['耐量子計算機暗号', '耐量子暗号', 'quantum[- ]safe cryptograph', 'post[- ]quantum cryptograph']
  migration-plan: ['移行計画', 'migration plan', 'plan to migrate']
detect:
  cover:
    - all: [pqc, migration-plan]
      none: [definition-sentence]
  outdated: []
template:
  ja: "\${1:情報システムセキュリティ責任者}は、暗号を用いる情報システムについて、耐量子計算機暗号への移行計画を定めること。"
  en: "The \${1:information system security officer} shall set a migration plan to quantum-safe cryptography for information systems that use cryptography."
prefixes: [kijun-${NEW}, 統一基準-耐量子計算機暗号]
`;

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => statSync(join(dir, p)).isFile())
    .sort();
}

let tmp: string;
let data: CatalogData;
let catalog: Catalog;
let changed: string[];
const read = (p: string) => readFileSync(join(tmp, p), 'utf8');
const generatedByCatalog = new Set<string>();

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kijun-r9-'));
  cpSync(join(root, 'catalog'), join(tmp, 'catalog'), { recursive: true });
  for (const p of ['package.json', 'package.nls.json', 'package.nls.ja.json']) cpSync(join(root, p), join(tmp, p));

  // The catalog and its translations: the edition, its requirement, and the older basis it makes outdated.
  const doc = YAML.parseDocument(readFileSync(join(tmp, 'catalog/catalog.yaml'), 'utf8'));
  doc.addIn(['editions'], edition);
  doc.addIn(['order'], NEW);
  doc.addIn(['editionCheck', 'signals'], {
    concept: 'fy2023-edition-citation',
    from: 'r9',
    label: { ja: '令和5年度版の引用', en: 'FY2023 edition cited' },
    reason: {
      ja: '根拠として令和5年度版が挙げられています。{edition}に改めてください。',
      en: 'The policy cites the FY2023 edition as its basis; cite the {edition}.',
    },
  });
  writeFileSync(join(tmp, 'catalog/catalog.yaml'), String(doc));
  writeFileSync(
    join(tmp, 'catalog/concepts.yaml'),
    readFileSync(join(tmp, 'catalog/concepts.yaml'), 'utf8') +
      `# The FY2023 edition named as a basis (checked from r9).\nfy2023-edition-citation: ['令和5年度?版(?!・?(?:2024|令和6年))', '(?:fy|fiscal year|fiscal) ?2023 (?:edition|version)']\n`,
  );
  writeFileSync(join(tmp, `catalog/requirements/${NEW}.yaml`), requirement);

  const before = new Map(files(tmp).map((p) => [p, readFileSync(join(tmp, p), 'utf8')]));
  const r = spawnSync(
    process.execPath,
    [join(root, 'scripts/generate.mjs'), '--catalog', join(tmp, 'catalog'), '--out', tmp],
    { encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  for (const p of files(tmp)) if (before.get(p) !== readFileSync(join(tmp, p), 'utf8')) generatedByCatalog.add(p);
  // What differs from the repository: by hand under catalog/, the rest written by the generator.
  changed = files(tmp).filter(
    (p) => !existsSync(join(root, p)) || readFileSync(join(root, p), 'utf8') !== readFileSync(join(tmp, p), 'utf8'),
  );

  data = JSON.parse(read('server/src/core/catalog/catalog.generated.json'));
  catalog = buildCatalog(data);
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const policy = (body: string) => `${TITLE}\n\n${body}\n`;
const filled = (lang: 'ja' | 'en') =>
  catalog.data.requirements.find((r) => r.id === NEW)!.template[lang].replace(/\$\{\d+:([^}]*)\}/g, '$1');

describe('adding an edition (r9) touches the catalog and its translations only', () => {
  it("changes by hand only catalog files; everything else is the generator's, and no TypeScript", () => {
    const byHand = changed.filter((p) => !generatedByCatalog.has(p));
    expect(byHand).toEqual(['catalog/catalog.yaml', 'catalog/concepts.yaml', `catalog/requirements/${NEW}.yaml`]);
    expect(changed.filter((p) => generatedByCatalog.has(p))).toEqual(
      [
        'docs/requirements/README.md',
        'docs/requirements/outdated-edition.md',
        `docs/requirements/${NEW}.md`,
        'package.json',
        'package.nls.ja.json',
        'package.nls.json',
        'server/src/core/catalog/catalog.generated.json',
        'snippets/kijun.code-snippets',
      ].sort(),
    );
    expect(changed.some((p) => /\.m?[jt]s$/.test(p))).toBe(false);
  });

  it('the manifest offers r9 as a setting, with its descriptions, and a severity key for the new requirement', () => {
    const pkg = JSON.parse(read('package.json'));
    const setting = pkg.contributes.configuration.properties['kijun.edition'];
    expect(setting.enum).toEqual(['auto', 'h30', 'r3', 'r5', 'r5-2024', 'r9']);
    expect(setting.enumDescriptions.at(-1)).toBe('%kijun.edition.r9%');
    expect(JSON.parse(read('package.nls.json'))['kijun.edition.r9']).toBe(edition.setting.en);
    expect(JSON.parse(read('package.nls.ja.json'))['kijun.edition.r9']).toBe(edition.setting.ja);
    const severity = Object.keys(pkg.contributes.configuration.properties['kijun.severity'].properties);
    expect(severity.slice(-2)).toEqual([NEW, 'outdated-edition']);
    // Only those lines change: the rest of the hand-formatted manifest stays as it was.
    const changes = diffLines(readFileSync(join(root, 'package.json'), 'utf8'), read('package.json')).filter(
      (c) => c.added || c.removed,
    );
    expect(changes.map((c) => `${c.added ? '+' : '-'}${c.count}`)).toEqual(['-2', '+2', '+1']);
    expect(changes[2].value.trim()).toBe(
      `"${NEW}": { "type": "string", "enum": ["error", "warning", "information", "hint", "off"] },`,
    );
  });

  it('--edition reads R9, 令和9年度版, 令和９年度版 and FY2027', () => {
    for (const spelling of ['R9', 'r9', '令和9年度版', '令和９年度版', 'FY2027', 'FY2027 edition'])
      expect(editionOption(spelling, catalog)).toEqual({ mode: 'option', edition: 'r9' });
    expect(editionOption('R10', catalog)).toMatchObject({ error: expect.stringContaining('R9, 令和9年度版, FY2027') });
  });

  it('auto takes r9 from 「統一基準（令和9年度版）に準拠」 and checks the new requirement', () => {
    const missing = analyzeText(policy('本基準は、統一基準（令和9年度版）に準拠する。'), {}, catalog);
    expect(missing.edition).toBe('r9');
    expect(missing.editionChoice).toMatchObject({ source: 'declared', declared: { names: 'r9', text: '令和9年度版' } });
    expect(missing.editionChoice.reason.ja).toContain('令和9年度版を挙げているため');
    expect(missing.requirements.find((r) => r.id === NEW)?.status).toBe('missing');
    const covered = analyzeText(
      policy(`本基準は、統一基準（令和9年度版）に準拠する。\n\n${filled('ja')}`),
      {},
      catalog,
    );
    expect(covered.requirements.find((r) => r.id === NEW)?.status).toBe('covered');
    // The editions before it do not check it, and a later era year is newer than any edition Kijun knows.
    expect(
      analyzeText(policy('本基準は、統一基準（令和5年度版）に準拠する。'), {}, catalog).requirements.some(
        (r) => r.id === NEW,
      ),
    ).toBe(false);
    expect(
      analyzeText(policy('本基準は、統一基準（令和11年度版）に準拠する。'), {}, catalog).editionChoice.declared?.names,
    ).toBe('newer');
  });

  it('reports the FY2023 basis as outdated against r9, naming the new edition', () => {
    const a = analyzeText(policy('本基準は、統一基準（令和5年度版）に準拠する。'), { edition: 'R9' }, catalog);
    expect(a.edition).toBe('r9');
    const f = a.findings.filter((x) => x.code === 'outdated-edition');
    expect(f.map((x) => a.document.text.slice(x.start, x.end))).toEqual(['令和5年度版']);
    expect(f[0].messages.ja).toContain('令和9年度版に改めてください');
  });

  it('the standard hover names r9 and lists it as the current edition', () => {
    const line = '本基準は、統一基準（令和9年度版）に準拠する。';
    const a = analyzeText(policy(line), {}, catalog);
    const ref = standardReferenceAt(line, line.indexOf('令和9') + 1, data)!;
    expect(ref.edition?.id).toBe('r9');
    const md = standardMarkdown(a, ref.edition, 'ja');
    expect(md).toContain('**統一基準群 令和9年度版（2027-07-01）** — Kijun がこの文書の検査に用いている版');
    expect(md).toContain('令和5年度版 → **令和9年度版**');
    expect(standardReferenceAt('FY2027 edition', 3, data)?.edition?.id).toBe('r9');
  });

  it('documents the edition and its requirement', () => {
    const page = read(`docs/requirements/${NEW}.md`);
    expect(page).toContain('# 耐量子計算機暗号への移行計画 / Migration to quantum-safe cryptography');
    expect(page).toContain('導入された版 / Edition: 令和9年度版');
    expect(read('docs/requirements/README.md')).toMatch(/\| `r9` \| 令和9年度版 \| 2027-07-01 \| 19 \| U \|/);
    expect(read('docs/requirements/outdated-edition.md')).toContain(
      '令和5年度版の引用 / FY2023 edition cited — 令和9年度版から',
    );
  });
});
