// The bundle compiles the catalog's concepts with the terms normalized when it was built (scripts/normalizedTerms.mjs,
// KIJUN_NORMALIZED_TERMS): the patterns must be exactly those of normalizing at run time, as the tests do.
import { describe, expect, it } from 'vitest';
import { catalogTerms, normalizedTerms } from '../../scripts/normalizedTerms.mjs';
import { buildCatalog, catalogData, type CatalogData } from '../../server/src/core/catalog';

describe('terms normalized at build time', () => {
  it('give the bundled catalog the same patterns as normalizing at run time', async () => {
    const prebuilt = await normalizedTerms();
    const atBuild = buildCatalog(catalogData, undefined, prebuilt).allConcepts();
    const atRun = buildCatalog(catalogData).allConcepts();
    expect(atBuild.map((c) => [c.name, c.pattern.source])).toEqual(atRun.map((c) => [c.name, c.pattern.source]));
    expect(catalogTerms(catalogData).length).toBeGreaterThan(500);
  });

  it('list every term normalization changes: shared, a requirement’s own, and those a change adds', async () => {
    const d = structuredClone(catalogData) as CatalogData;
    const [first] = Object.keys(d.concepts);
    d.concepts[first] = [...d.concepts[first], 'ＳＨＡＲＥＤ　Ｔｅｒｍ'];
    const r = d.requirements.find((x) => x.concepts && Object.keys(x.concepts).length)!;
    const [own] = Object.keys(r.concepts!);
    r.concepts![own] = [...r.concepts![own], 'Ｏｗｎ'];
    const later = d.requirements.find((x) => x.edition === d.defaultEdition && x.removed === undefined)!;
    const edition = d.editions[d.editions.length - 1].id;
    const change = later.changes?.[edition];
    later.changes = {
      ...later.changes,
      [edition]: {
        ...change,
        note: change?.note ?? { ja: '試験', en: 'test' },
        concepts: { ...change?.concepts, 'test-added': ['ＡＤＤＥＤ'] },
      },
    };
    expect(await normalizedTerms(d)).toEqual({
      'ＳＨＡＲＥＤ　Ｔｅｒｍ': 'shared term',
      Ｏｗｎ: 'own',
      ＡＤＤＥＤ: 'added',
    });
    const atBuild = buildCatalog(d, undefined, await normalizedTerms(d)).allConcepts();
    expect(atBuild.map((c) => c.pattern.source)).toEqual(
      buildCatalog(d)
        .allConcepts()
        .map((c) => c.pattern.source),
    );
  });
});
