// Edition selection: which requirements each edition checks, how a policy chooses its edition (front matter,
// options), what happens with an unknown one, and that everything downstream (sets, reports, hovers, the
// manifest) follows the chosen edition.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyzePolicySet,
  analyzeText,
  buildCatalog,
  checkDocument,
  createIncrementalAnalyzer,
  getCatalog,
  parsePolicy,
  type CatalogData,
  type Requirement,
} from '../../server/src/core';
import { editionProblems, requirementsFor } from '../../server/src/core/catalog';
import { ConceptMatcher } from '../../server/src/core/checker/match';
import { parsePolicySetConfig } from '../../server/src/core/policySet/config';
import { jsonReport } from '../../server/src/core/report/json';
import { sarifReport } from '../../server/src/core/report/sarif';
import { editionText, requirementMarkdown } from '../../server/src/lsp/requirementText';
import { standardMarkdown, standardReferenceAt } from '../../server/src/lsp/standardHover';
import { TITLE } from './helpers';
import { REQUIREMENT_IDS } from '../corpus/score';

const root = join(__dirname, '../..');
const H30: string[] = [...REQUIREMENT_IDS];
const R3 = [...H30, 'cloud-services'];
const R5 = [...R3, 'asset-management', 'supply-chain', 'equipment-procurement', 'dynamic-access-control'];
const R5_2024 = [...R5, 'sbom', 'iot-product-conformity'];
const NEW = R5_2024.filter((id) => !H30.includes(id));

const ids = (edition?: string) => getCatalog(edition).requirements.map((r) => r.id);
const doc = (frontMatter: string, body = '職員等は、本基準を遵守すること。') =>
  `---\n${frontMatter}\n---\n${TITLE}\n\n${body}\n`;

describe('the requirement set of each edition', () => {
  it('h30 is the default and has exactly the eleven FY2018 ids, in their order', () => {
    expect(getCatalog().data.defaultEdition).toBe('h30');
    expect(getCatalog().edition).toBe('h30');
    expect(ids()).toEqual(H30);
    expect(ids('h30')).toEqual(H30);
  });

  it('each later edition adds its requirements and keeps the earlier ones', () => {
    expect(getCatalog().data.editions.map((e) => e.id)).toEqual(['h30', 'r3', 'r5', 'r5-2024']);
    expect(ids('r3')).toEqual(R3);
    expect(ids('r5')).toEqual(R5);
    expect(ids('r5-2024')).toEqual(R5_2024);
  });

  it('gives every edition a title, a date and (for the later ones) a summary with its confidence', () => {
    for (const e of getCatalog().data.editions) {
      expect(e.title.ja).toMatch(/年度版/);
      expect(e.title.en).toMatch(/edition/);
      expect(e.date).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
      expect(e.summary?.ja).toBeTruthy();
      expect(['S', 'P', 'U']).toContain(e.confidence);
    }
    expect(getCatalog().data.editions.find((e) => e.id === 'r5-2024')!.standard).toBe('r5');
  });

  it('keeps the FY2018 requirements as they are in h30 (the same objects, no variant)', () => {
    for (const r of getCatalog('h30').requirements) {
      expect(r).toBe(getCatalog().data.requirements.find((x) => x.id === r.id));
      expect(r.variant).toBeUndefined();
    }
  });

  it.each(NEW)('%s has what every requirement needs, and honest confidence', (id) => {
    const r = getCatalog('r5-2024').byId.get(id)!;
    for (const t of [r.title, r.summary, r.explanation, r.template, r.reference.document]) {
      expect(t.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(t.en.trim().length).toBeGreaterThan(0);
      expect(t.en).not.toMatch(/[\u3040-\u309f]/);
    }
    expect(['mandatory', 'recommended']).toContain(r.level);
    expect(r.reference.section).toMatch(/\d/);
    expect(r.home.length).toBeGreaterThan(0);
    expect(r.detect.cover.length).toBeGreaterThan(0);
    expect(r.prefixes).toContain(`kijun-${id}`);
    expect(r.prefixes.some((p) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(p))).toBe(true);
    expect(r.sources?.length).toBeGreaterThan(0);
    for (const s of r.sources ?? []) expect(['S', 'P', 'U']).toContain(s.confidence);
    // A section number is marked verified only where a public source ([S]) gives it.
    if (r.reference.verified)
      expect(r.sources!.some((s) => s.confidence === 'S' && s.title.includes(r.reference.section))).toBe(true);
    // Every concept a rule or a home names exists (changes included).
    const rules = [...r.detect.cover, ...r.detect.outdated];
    for (const name of [
      ...rules.flatMap((x) => [...(x.all ?? []), ...(x.any ?? []), ...(x.context ?? []), ...(x.none ?? [])]),
      ...r.home,
    ]) {
      expect(() => getCatalog().concept(id, name), `${id}: ${name}`).not.toThrow();
    }
  });

  it('levels follow requirements.md §6: the duties mandatory, the guideline measures recommended', () => {
    const level = (id: string) => getCatalog('r5-2024').byId.get(id)!.level;
    expect(['cloud-services', 'asset-management', 'supply-chain', 'equipment-procurement'].map(level)).toEqual(
      Array(4).fill('mandatory'),
    );
    expect(['dynamic-access-control', 'sbom', 'iot-product-conformity'].map(level)).toEqual(
      Array(3).fill('recommended'),
    );
  });
});

describe('a requirement changed by an edition: email-encryption in r5 (DMARC)', () => {
  const h30 = getCatalog('h30').byId.get('email-encryption')!;
  const r5 = getCatalog('r5').byId.get('email-encryption')!;

  it('uses the r5 variant from r5 on, and the FY2018 one before', () => {
    expect(h30.variant).toBeUndefined();
    expect(r5.variant).toBe('r5');
    expect(getCatalog('r3').byId.get('email-encryption')!.variant).toBeUndefined();
    expect(getCatalog('r5-2024').byId.get('email-encryption')!.variant).toBe('r5');
    expect(r5.edition).toBe('h30');
  });

  it('names DMARC in the explanation, the summary and the clause to start from', () => {
    expect(r5.explanation.ja).toContain('DMARC');
    expect(r5.template.ja).toContain('DMARC');
    expect(r5.template.en).toContain('DMARC');
    expect(h30.template.ja).not.toContain('DMARC');
  });

  it('keeps detection: DMARC is a guideline measure, not a new duty', () => {
    expect(r5.detect).toBe(h30.detect);
    expect(r5.weak).toBe(h30.weak);
    for (const clause of [
      '電子メールサーバ間の通信をSTARTTLSにより暗号化し、SPF及びDKIMを導入すること。',
      '電子メールの送信ドメイン認証として SPF、DKIM 及び DMARC を導入すること。',
      '電子メールの暗号化は、必要に応じて行うことが望ましい。',
    ]) {
      const status = (edition: string) =>
        analyzeText(`${TITLE}\n\n${clause}\n`, { edition }).requirements.find((x) => x.id === 'email-encryption')!
          .status;
      expect(status('r5'), clause).toBe(status('h30'));
    }
  });
});

describe('choosing the edition', () => {
  const editionOf = (text: string, options = {}) => {
    const a = analyzeText(text, options);
    return {
      edition: a.edition,
      ids: a.requirements.map((r) => r.id),
      catalog: a.catalog.edition,
      config: a.findings.filter((f) => f.kind === 'configuration'),
    };
  };

  it('front matter kijun: { edition: r5 } selects r5', () => {
    expect(editionOf(doc('kijun: { edition: r5 }'))).toMatchObject({
      edition: 'r5',
      ids: R5,
      catalog: 'r5',
      config: [],
    });
  });

  it('the flat front matter form kijun.edition selects it too', () => {
    expect(editionOf(doc('kijun.edition: r3'))).toMatchObject({ edition: 'r3', ids: R3, config: [] });
  });

  it('the option (CLI --edition, editor setting) selects it, and front matter overrides the option', () => {
    expect(editionOf(`${TITLE}\n\n本文。\n`, { edition: 'r5-2024' })).toMatchObject({
      edition: 'r5-2024',
      ids: R5_2024,
    });
    expect(editionOf(doc('kijun: { edition: h30 }'), { edition: 'r5' })).toMatchObject({ edition: 'h30', ids: H30 });
  });

  it('an unknown edition in front matter is a configuration finding on the key, and the default is used', () => {
    const text = doc('kijun:\n  edition: r9');
    const r = editionOf(text);
    expect(r.edition).toBe('h30');
    expect(r.ids).toEqual(H30);
    expect(r.config).toHaveLength(1);
    expect(text.slice(r.config[0].start, r.config[0].end)).toBe('edition');
    expect(r.config[0].messages.ja).toContain('不明な版です: r9');
    expect(r.config[0].messages.en).toContain('known: h30, r3, r5, r5-2024');
  });

  it('an unknown edition from the option (the editor setting) is reported and the default is used', () => {
    const r = editionOf(`${TITLE}\n\n本文。\n`, { edition: 'h31' });
    expect(r.edition).toBe('h30');
    expect(r.config.map((f) => f.messages.en)).toEqual([
      expect.stringContaining('setting kijun.edition: unknown edition "h31"'),
    ]);
  });

  it('accepts not-applicable for a requirement of a later edition', () => {
    const a = analyzeText(doc('kijun:\n  edition: r5\n  not-applicable:\n    supply-chain: 外部委託を行わないため'));
    expect(a.findings.filter((f) => f.kind === 'configuration')).toEqual([]);
    expect(a.requirements.find((r) => r.id === 'supply-chain')).toMatchObject({
      status: 'not-applicable',
      notApplicableReason: '外部委託を行わないため',
    });
  });

  it('answers the same with a matcher made for another edition, and incrementally', () => {
    const text = doc(
      'kijun: { edition: r5 }',
      '要機密情報を取り扱う場合は、ISMAPクラウドサービスリストに登録されたクラウドサービスから選定すること。',
    );
    const plain = analyzeText(text);
    const shared = checkDocument(parsePolicy(text), {}, getCatalog(), new ConceptMatcher(getCatalog()));
    const inc = createIncrementalAnalyzer().update(text);
    for (const a of [shared, inc]) {
      expect(a.edition).toBe('r5');
      expect(a.requirements.map((r) => [r.id, r.status])).toEqual(plain.requirements.map((r) => [r.id, r.status]));
    }
    expect(plain.requirements.find((r) => r.id === 'cloud-services')!.status).toBe('covered');
  });
});

describe('a synthetic catalog: removal, changes, mistakes', () => {
  const base = getCatalog().data;
  const req = (id: string, edition: string, extra: Partial<Requirement> = {}): Requirement => ({
    ...base.requirements.find((r) => r.id === 'drm')!,
    id,
    edition,
    prefixes: [`kijun-${id}`, `統一基準-${id}`],
    concepts: { term: [id] },
    detect: { cover: [{ all: ['term'] }], outdated: [] },
    ...extra,
  });
  const data = (requirements: Requirement[], signals = base.editionCheck.signals): CatalogData => ({
    ...base,
    requirements,
    editionCheck: { ...base.editionCheck, signals },
  });

  it('drops a removed requirement from the edition that removed it on', () => {
    const d = data([req('alpha', 'h30', { removed: 'r5' }), req('beta', 'r3')]);
    expect(requirementsFor(d, 'h30').map((r) => r.id)).toEqual(['alpha']);
    expect(requirementsFor(d, 'r3').map((r) => r.id)).toEqual(['alpha', 'beta']);
    expect(requirementsFor(d, 'r5').map((r) => r.id)).toEqual(['beta']);
  });

  it('applies changes in order, later ones over earlier ones, and adds their concepts', () => {
    const d = data([
      req('alpha', 'h30', {
        changes: {
          r5: {
            note: { ja: '二', en: 'two' },
            level: 'mandatory',
            concepts: { more: ['beta'] },
            detect: { cover: [{ all: ['more'] }], outdated: [] },
          },
          r3: { note: { ja: '一', en: 'one' }, level: 'recommended' },
        },
      }),
    ]);
    const c = buildCatalog(d);
    expect(c.forEdition('r3').byId.get('alpha')).toMatchObject({ variant: 'r3', level: 'recommended' });
    expect(c.forEdition('r5').byId.get('alpha')).toMatchObject({ variant: 'r5', level: 'mandatory' });
    expect(Object.keys(c.forEdition('r5').byId.get('alpha')!.concepts!)).toEqual(['term', 'more']);
    const cover = (edition: string, text: string) =>
      analyzeText(`${TITLE}\n\n${text}\n`, { edition }, c).requirements[0].status;
    expect(cover('h30', 'alpha を定める。')).toBe('covered');
    expect(cover('r5', 'alpha を定める。')).toBe('missing');
    expect(cover('r5', 'beta を定める。')).toBe('covered');
  });

  it('reports mistakes in the edition data instead of checking with a wrong set', () => {
    expect(editionProblems(data([req('alpha', 'r9')]))).toEqual([expect.stringContaining('alpha: edition "r9"')]);
    expect(editionProblems(data([req('alpha', 'r5', { removed: 'r3' })]))).toEqual([
      expect.stringContaining('alpha: removed "r3"'),
    ]);
    expect(editionProblems(data([req('alpha', 'r3', { changes: { h30: { note: { ja: 'x', en: 'x' } } } })]))).toEqual([
      expect.stringContaining('alpha: change "h30"'),
    ]);
    expect(
      editionProblems(data([], [{ concept: 'older-edition-term', reason: { ja: 'x', en: 'x' }, from: 'r7' }])),
    ).toHaveLength(1);
    expect(() => buildCatalog(data([req('alpha', 'r9')]))).toThrow(/alpha: edition "r9"/);
    expect(() =>
      buildCatalog(
        data([req('alpha', 'h30', { changes: { r5: { note: { ja: 'x', en: 'x' }, concepts: { term: ['other'] } } } })]),
      ),
    ).toThrow(/redefines concept "term"/);
    expect(() => getCatalog().forEdition('r9')).toThrow(/unknown edition "r9"/);
    expect(editionProblems(getCatalog().data)).toEqual([]);
  });
});

describe('what follows the edition', () => {
  const r5policy = doc('kijun: { edition: r5 }');

  it('a policy set checks the set edition', () => {
    const set = analyzePolicySet(
      [
        { path: '対策基準.md', text: `${TITLE}\n\n本文。\n` },
        { path: '別表.md', text: `${TITLE}\n\n本文。\n` },
      ],
      { edition: 'r5' },
    );
    expect(set.edition).toBe('r5');
    expect(set.requirements.map((r) => r.id)).toEqual(R5);
    expect(set.catalog.edition).toBe('r5');
    for (const f of set.files) expect(f.analysis.requirements.map((r) => r.id)).toEqual(R5);
  });

  it("a set file whose front matter chose another edition still lists the set's requirements, and nothing else", () => {
    const primary = { path: '対策基準.md', text: doc('kijun: { edition: r5 }', '本文。') };
    const other = {
      path: '別表.md',
      text: doc(
        'kijun: { edition: h30 }',
        '要機密情報を取り扱う場合は、ISMAPクラウドサービスリストに登録されたクラウドサービスから選定すること。',
      ),
    };
    const set = analyzePolicySet([primary, other], { primary: '対策基準.md' });
    expect(set.edition).toBe('r5');
    for (const f of set.files) {
      expect(f.analysis.requirements.map((r) => r.id)).toEqual(R5);
      expect(f.analysis.catalog.edition).toBe('r5');
    }
    const back = analyzePolicySet(
      [
        { ...primary, text: doc('kijun: { edition: h30 }') },
        { ...other, text: doc('kijun: { edition: r5-2024 }') },
      ],
      { primary: '対策基準.md' },
    );
    expect(back.edition).toBe('h30');
    for (const f of back.files) {
      expect(f.analysis.requirements.map((r) => r.id)).toEqual(H30);
      expect(f.analysis.findings.filter((x) => NEW.includes(x.code))).toEqual([]);
    }
  });

  it('a kijun.json may name later requirements and editions', () => {
    const parsed = parsePolicySetConfig(
      JSON.stringify({
        files: ['a.md'],
        edition: 'r5-2024',
        notApplicable: { sbom: '開発を行わないため' },
        severity: { 'supply-chain': 'error' },
      }),
      getCatalog(),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.config).toMatchObject({ edition: 'r5-2024', notApplicable: { sbom: '開発を行わないため' } });
  });

  it("JSON: every id of the file's edition, and the file's edition when it differs from the report's", () => {
    const a = analyzeText(r5policy);
    const h = analyzeText(`${TITLE}\n\n本文。\n`);
    const report = jsonReport(
      [
        { path: 'r5.md', analysis: a, encoding: 'utf-8' },
        { path: 'h30.md', analysis: h, encoding: 'utf-8' },
      ],
      [],
      'h30',
      '0.0.0',
      'ja',
    );
    expect(report.files[0].requirements.map((r) => r.id)).toEqual(R5);
    expect(report.files[0].edition).toBe('r5');
    expect(report.files[0].summary.total).toBe(R5.length);
    expect(report.files[1].requirements.map((r) => r.id)).toEqual(H30);
    expect('edition' in report.files[1]).toBe(false);
  });

  it('SARIF: a rule for every requirement a file was checked against', () => {
    const a = analyzeText(r5policy);
    const sarif = sarifReport([{ path: 'r5.md', analysis: a, encoding: 'utf-8' }], [], getCatalog(), '0.0.0', 'en') as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string }> } };
        results: Array<{ ruleId: string; ruleIndex: number }>;
      }>;
    };
    const rules = sarif.runs[0].tool.driver.rules.map((r) => r.id);
    for (const id of R5) expect(rules).toContain(id);
    for (const res of sarif.runs[0].results) expect(rules[res.ruleIndex]).toBe(res.ruleId);
    expect(rules.slice(0, H30.length)).toEqual(H30);
  });

  it('the missing message names the edition the requirement appeared in and what that edition did to it', () => {
    const a = analyzeText(r5policy);
    const msg = (id: string) => a.findings.find((f) => f.code === id && f.kind === 'missing')!.messages;
    expect(msg('drm').ja).toContain('（統一基準群 平成30年度版: 導入を推奨');
    expect(msg('cloud-services').ja).toContain(
      '（統一基準群 令和3年度版: 外部サービスの規定を、要機密情報を取り扱うかどうかで区分したクラウドサービスの規定に再編',
    );
    // Supply chain existed before the FY2023 edition: the message says it was revised, not added.
    expect(msg('supply-chain').en).toContain(
      '(Common Standards, FY2023 edition: response to risks through contractors and suppliers revised',
    );
    expect(msg('supply-chain').en).toContain('already existed in the FY2016 and FY2018 editions');
    for (const f of a.findings) expect(f.messages.ja).not.toContain('義務とされた');
  });

  it('the hover says in which edition a requirement appeared, and which edition changed it', () => {
    const a = analyzeText(r5policy);
    const h = analyzeText(`${TITLE}\n\n本文。\n`);
    expect(editionText(h.catalog.byId.get('drm')!, h, 'ja')).toBe(
      '導入: 平成30年度版 — 導入を推奨（今後目指すべき３本の柱の一つ）',
    );
    expect(editionText(h.catalog.byId.get('drm')!, h, 'en')).toBe(
      'since: FY2018 edition — introduction recommended (one of the three pillars agencies should aim for)',
    );
    expect(editionText(h.catalog.byId.get('web-encryption')!, h, 'ja')).toBe('導入: 平成30年度版 — 義務化を新設');
    expect(editionText(a.catalog.byId.get('cloud-services')!, a, 'ja')).toMatch(
      /^導入: 令和3年度版 — [^·]*再編[^·]* · 変更: 令和5年度版 — /,
    );
    expect(editionText(a.catalog.byId.get('email-encryption')!, a, 'en')).toMatch(
      /^since: FY2018 edition — newly made mandatory · changed: FY2023 edition — .*DMARC/,
    );
    const md = requirementMarkdown(a.catalog.byId.get('supply-chain')!, a, 'ja', false);
    expect(md).toContain('導入: 令和5年度版');
    expect(md).toContain('この文書での状況: 不足');
  });

  it('the hover on a reference treats the 2024 guideline update as the FY2023 standard', () => {
    const a = analyzeText(doc('kijun: { edition: r5-2024 }'));
    const ref = standardReferenceAt('統一基準（令和5年度版）に準拠する。', 8)!;
    expect(standardMarkdown(a, ref.edition, 'ja')).toContain('Kijun がこの文書の検査に用いている版');
    const old = standardReferenceAt('統一基準（平成30年度版）に準拠する。', 8)!;
    expect(standardMarkdown(a, old.edition, 'ja')).toContain('改定前の版です');
  });
});

describe('the extension manifest', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const props = manifest.contributes.configuration.properties;

  it('offers every edition as kijun.edition, with a translated description each', () => {
    const editions = getCatalog().data.editions.map((e) => e.id);
    // `auto` (the basis the policy declares, else FY2018) is the default.
    expect(props['kijun.edition'].enum).toEqual(['auto', ...editions]);
    expect(props['kijun.edition'].default).toBe('auto');
    expect(props['kijun.edition'].enumDescriptions).toEqual(['auto', ...editions].map((e) => `%kijun.edition.${e}%`));
    for (const file of ['package.nls.json', 'package.nls.ja.json']) {
      const nls = JSON.parse(readFileSync(join(root, file), 'utf8'));
      for (const e of ['auto', ...editions]) expect(nls[`kijun.edition.${e}`], `${file}: ${e}`).toBeTruthy();
    }
  });

  it('lists every requirement of every edition under kijun.severity', () => {
    const severity = props['kijun.severity'].properties;
    for (const r of getCatalog().data.requirements) expect(severity[r.id], r.id).toBeDefined();
  });
});
