// Catalog facts said exactly: what each edition did to each requirement (never 「義務とされた」 for all), sources that
// exist and are public, later-edition facts with their dates, one list of replaced terms, English role names.
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog, missingMessage, type Requirement } from '../../server/src/core';
import { replacementTerms } from '../../server/src/core/catalog/terms';
import { jsonReport } from '../../server/src/core/report/json';
import { sarifReport } from '../../server/src/core/report/sarif';

const data = getCatalog().data;
const byId = (id: string) => data.requirements.find((r) => r.id === id)!;
/** Every catalog text of a requirement shown to users, in all its edition variants. */
const texts = (r: Requirement): string[] => {
  const out = [r.summary.ja, r.summary.en, r.explanation.ja, r.explanation.en, r.template.ja, r.template.en];
  if (r.weak) out.push(r.weak.reason.ja, r.weak.reason.en);
  for (const c of Object.values(r.changes ?? {}))
    for (const k of ['summary', 'explanation', 'template'] as const) if (c[k]) out.push(c[k]!.ja, c[k]!.en);
  return out;
};

describe("what the FY2018 revision did, per requirement (the summary's own verbs)", () => {
  const H30 = data.requirements.filter((r) => r.edition === 'h30');

  it('every requirement says what its edition did', () => {
    for (const r of data.requirements) expect(r.revision, r.id).toBeDefined();
  });

  it('only web-encryption and email-encryption were newly made mandatory (義務化を新設)', () => {
    expect(H30.filter((r) => r.revision!.kind === 'newly-mandatory').map((r) => r.id)).toEqual([
      'web-encryption',
      'email-encryption',
    ]);
    for (const id of ['web-encryption', 'email-encryption']) expect(byId(id).revision!.did.ja).toBe('義務化を新設');
  });

  it('mobile devices: a new permission; domain names: reviewed and relaxed; IoT: clarified and added; PDCA provisions arranged', () => {
    expect(byId('mobile-devices').revision).toMatchObject({
      kind: 'new-permission',
      did: { ja: expect.stringContaining('可能とする規定を新設') },
    });
    expect(byId('domain-names').revision).toMatchObject({
      kind: 'relaxed',
      did: { ja: expect.stringContaining('規定を見直し'), en: expect.stringContaining('ac.jp') },
    });
    expect(byId('iot-devices').revision).toMatchObject({
      kind: 'clarified',
      did: { ja: expect.stringMatching(/明確化.*規定を追加/) },
    });
    for (const id of ['issue-reporting', 'improvement-instructions'])
      expect(byId(id).revision).toMatchObject({ kind: 'arranged', did: { ja: expect.stringContaining('規定を整備') } });
    expect(byId('promotion-structure').revision!.did.ja).toContain('位置付け、その役割を明確化');
    for (const id of ['unknown-malware', 'it-asset-management', 'drm'])
      expect(byId(id).revision).toMatchObject({
        kind: 'recommended',
        did: { ja: expect.stringContaining('導入を推奨') },
      });
  });

  it('the quoted words are in the revision summary (改定の概要１ or ２)', () => {
    for (const r of H30) expect(r.revision!.quote, r.id).toMatch(/^改定の概要[１２]「/);
  });

  it('no message, explanation or reason claims a duty the revision did not make', () => {
    const overclaim =
      /義務とされた|義務化されました|では遵守事項（義務）です|makes it mandatory|made it mandatory|mandatory since/;
    for (const r of data.requirements) {
      const newly = r.revision?.kind === 'newly-mandatory';
      for (const t of texts(r)) if (!newly) expect(t, r.id).not.toMatch(overclaim);
      const m = missingMessage(r, { ja: '平成30年度版', en: 'FY2018 edition' });
      expect(m.ja).not.toContain('義務とされた');
      expect(m.ja).toContain(r.revision!.did.ja);
      expect(m.en).toContain(r.revision!.did.en);
    }
    // Every missing finding of a policy with nothing in it says what the revision did.
    const a = analyzeText('# 情報セキュリティ対策基準\n\n本文。\n');
    const mobile = a.findings.find((f) => f.code === 'mobile-devices')!;
    expect(mobile.messages.ja).toContain('可能とする規定を新設');
    expect(mobile.messages.en).toContain('permits');
    expect(a.findings.find((f) => f.code === 'domain-names')!.messages.ja).toContain('規定を見直し');
    // The JSON contract and the SARIF rules carry it too.
    const files = [{ path: 'p.md', analysis: a, encoding: 'utf-8' }];
    expect(
      jsonReport(files, [], 'h30', '0', 'ja').files[0].requirements.find((x) => x.id === 'web-encryption')!.revision,
    ).toBe('義務化を新設');
    const rules = (
      sarifReport(files, [], getCatalog(), '0', 'en') as {
        runs: Array<{ tool: { driver: { rules: Array<{ id: string; properties?: { revisionKind?: string } }> } } }>;
      }
    ).runs[0].tool.driver.rules;
    expect(rules.find((r) => r.id === 'mobile-devices')!.properties!.revisionKind).toBe('new-permission');
  });
});

describe('sources', () => {
  it('cite pages that exist: the summary has 改定の概要１ and ２ only, and no internal notes', () => {
    for (const r of data.requirements) {
      const all = [...(r.sources ?? []), ...Object.values(r.changes ?? {}).flatMap((c) => c.sources ?? [])];
      expect(all.length, r.id).toBeGreaterThan(0);
      for (const s of all) {
        expect(s.title, r.id).not.toMatch(/改定の概要\s*[3-9３-９]|requirements\.md|§\d/);
        if (s.url) expect(s.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('a section number marked verified is confirmed by a cited public source seen [S] with its address', () => {
    for (const r of data.requirements) {
      if (!r.reference.verified) continue;
      expect(
        (r.sources ?? []).some((s) => s.confidence === 'S' && s.url && s.title.includes(r.reference.section)),
        r.id,
      ).toBe(true);
    }
  });
});

describe('later editions', () => {
  it('equipment procurement and supply chain existed before FY2023 (5.1.2): modelled as revised, not added', () => {
    for (const id of ['equipment-procurement', 'supply-chain']) {
      const r = byId(id);
      expect(r.revision!.kind).toBe('changed');
      expect(r.revision!.did.ja).toContain('5.1.2');
      expect(r.explanation.ja).toContain('改定前からあり');
      expect(r.explanation.ja).not.toMatch(/令和5年度版の改定で、機器等の調達の規定が置かれました/);
    }
  });

  it('ISMAP-LIU (November 2022) is not presented as part of the FY2021 edition', () => {
    const r = byId('cloud-services');
    for (const t of [r.explanation.ja, r.explanation.en])
      if (/ISMAP-LIU/.test(t)) expect(t).toMatch(/2022年11月|November 2022/);
  });

  it('JC-STAR: named in September 2024, after the July 2024 guideline update; the clause covers IoT products in its scope', () => {
    const r = byId('iot-product-conformity');
    expect(r.explanation.ja).toContain('2024年9月');
    expect(r.explanation.en).toContain('September 2024');
    expect(r.template.ja).toMatch(/JC-STAR）の対象となるIoT製品を調達する場合/);
    expect(r.template.en).toMatch(/within the scope of the JC-STAR/);
    const r52024 = data.editions.find((e) => e.id === 'r5-2024')!;
    expect(r52024.summary!.ja).toContain('2024年9月に JC-STAR として公表');
  });

  it('the CRYPTREC TLS remark is a separate advisory, not part of the FY2018 revision', () => {
    const r = byId('web-encryption');
    expect(r.explanation.ja).toMatch(/平成30年度版の改定とは別の勧告として、CRYPTREC/);
    expect(r.explanation.ja).toMatch(/TLS 1\.0\/1\.1 を一般的な利用から外して/);
    expect(r.explanation.en).toMatch(/separate advisory — not part of the\s+FY2018 revision/);
  });
});

describe('terms', () => {
  it('統括情報セキュリティ責任者 is never "the CISO" in English templates', () => {
    // The catalog's one list of role names.
    const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ \\\(CISO\\\)$/, '');
    const ROLE_EN: Record<string, RegExp> = Object.fromEntries(
      (data.roles ?? []).map((r) => [r.ja, new RegExp(`^${escapeRegex(r.en)}`)]),
    );
    expect(data.roles!.find((r) => r.ja === '統括情報セキュリティ責任者')!.en).toBe(
      'head information security officer',
    );
    for (const r of data.requirements) {
      const variants = [
        r.template,
        ...Object.values(r.changes ?? {})
          .map((c) => c.template)
          .filter((t) => t !== undefined),
      ];
      for (const t of variants) {
        const role = /^\$\{1:([^}]+)\}/.exec(t!.ja)?.[1];
        if (!role || !ROLE_EN[role]) continue;
        // The English placeholder that stands for the same role.
        const en = /\$\{1:([^}]+)\}/.exec(t!.en)?.[1] ?? '';
        expect(en, r.id).toMatch(ROLE_EN[role]);
        if (role === '統括情報セキュリティ責任者')
          expect(en, r.id).not.toMatch(/chief information security officer|\bCISO\b/);
      }
    }
  });

  it('one list of replaced terms feeds the explanation and the outdated-edition reasons', () => {
    const h30 = replacementTerms(data, 'h30', 'h30').map((t) => `${t.old} → ${t.new}`);
    expect(h30).toEqual(expect.arrayContaining(['行政事務従事者 → 職員等', '府省庁対策基準 → 機関等対策基準']));
    const a = analyzeText('# 情報セキュリティ対策基準\n\n行政事務従事者は、規程を遵守すること。\n');
    const f = a.findings.find((x) => x.kind === 'outdated-edition')!;
    for (const pair of h30) expect(f.messages.ja).toContain(pair);
    expect(f.messages.ja).not.toContain('{terms');
    // Against FY2021 the list grows by that edition's renames.
    expect(replacementTerms(data, 'r3').length).toBeGreaterThan(replacementTerms(data, 'h30').length);
  });
});
