// The spellings of an edition (--edition, front matter, kijun.json) and the citations of a basis are read from the
// catalog's edition facts (era, fiscalYear, olderEditions, eras, an update's `standard` and `date`), so each edition
// of the catalog is read in every form without a list in code.
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog } from '../../server/src/core';
import { editionProblems } from '../../server/src/core/catalog';
import { standardEditions } from '../../server/src/core/catalog/editions';
import { editionSpellingsHint, parseEditionSpelling } from '../../server/src/core/checker/edition';
import { TITLE } from './helpers';

const data = getCatalog().data;
const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** The edition choice when the policy declares its basis, else undefined. */
const declared = (body: string) => {
  const choice = analyzeText(`${TITLE}\n\n${body}\n`).editionChoice;
  return choice.source === 'declared' ? choice : undefined;
};

describe('edition facts', () => {
  it('every edition of the standard has its era and fiscal year, and they agree', () => {
    for (const e of standardEditions(data)) {
      expect(e.era, e.id).toBeDefined();
      expect(e.fiscalYear, e.id).toBeDefined();
    }
    expect(editionProblems(data)).toEqual([]);
    const wrong = structuredClone(data);
    wrong.editions[0].fiscalYear = 2019;
    wrong.editions[1].era = { name: '昭和', year: 3 };
    expect(editionProblems(wrong)).toEqual([
      expect.stringContaining('edition h30: 平成30 is not FY2019'),
      expect.stringContaining('edition r3: era "昭和" is not in eras'),
    ]);
  });
});

describe('parseEditionSpelling', () => {
  it('reads each edition Kijun checks by letter, era, romaji, full-width digits and fiscal year', () => {
    for (const e of data.editions.filter((x) => x.standard === undefined)) {
      const era = data.eras!.find((x) => x.name === e.era!.name)!;
      const forms = [
        `${era.letter.toUpperCase()}${e.era!.year}`,
        `${era.name}${e.era!.year}年度版`,
        `${era.name}${wide(String(e.era!.year))}年度`,
        `${era.romaji} ${e.era!.year}`,
        `FY${e.fiscalYear}`,
        `${e.fiscalYear} edition`,
        `${e.fiscalYear}年度版`,
      ];
      for (const f of forms) expect(parseEditionSpelling(f, data), f).toEqual({ kind: 'edition', id: e.id });
    }
  });

  it('tells an older edition apart, with the label as written', () => {
    for (const e of data.olderEditions!) {
      expect(parseEditionSpelling(`平成${e.era!.year}年度版`, data)).toEqual({
        kind: 'older',
        label: `平成${e.era!.year}年度版`,
      });
      expect(parseEditionSpelling(`FY${e.fiscalYear}`, data)).toEqual({ kind: 'older', label: `FY${e.fiscalYear}` });
    }
    // A year that is no edition is unknown, not older: FY2015, 平成27年度版, 令和4年度版.
    for (const s of ['FY2015', '平成27年度版', '令和4年度版', 'R6', '2024'])
      expect(parseEditionSpelling(s, data), s).toEqual({ kind: 'unknown' });
  });

  it("reads a guideline-only update as its edition plus the update's month", () => {
    for (const s of [
      '令和5年度版・2024年7月一部改定',
      'R5-2024-07',
      'r5 2024',
      '令和5年度版(令和6年7月)',
      'FY2023-2024',
      '2024-07',
    ])
      expect(parseEditionSpelling(s, data), s).toEqual({ kind: 'edition', id: 'r5-2024' });
  });

  it('hints at the newest edition and the default in their spellings', () => {
    expect(editionSpellingsHint(data)).toBe(
      'h30, r3, r5, r5-2024, auto (also R5, 令和5年度版, FY2023, H30, 平成30年度版, FY2018)',
    );
  });
});

describe('the basis a policy declares', () => {
  it('a later era year or fiscal year than any edition is newer; a year before the first is older; an old era never runs on', () => {
    expect(declared('本基準は、統一基準（令和7年度版）に準拠する。')?.declared?.names).toBe('newer');
    expect(declared('This policy is based on the FY2026 edition of the Common Standards.')?.declared?.names).toBe(
      'newer',
    );
    expect(declared('本基準は、統一基準（平成27年度版）に準拠する。')?.declared?.names).toBe('older');
    expect(declared('本基準は、統一基準（平成35年度版）に準拠する。')).toBeUndefined();
    expect(declared('本基準は、統一基準（令和4年度版）に準拠する。')).toBeUndefined();
  });

  it('an update month the catalog does not know cites the edition itself', () => {
    expect(declared('本基準は、統一基準（令和5年度版・2024年7月一部改定）に準拠する。')?.edition).toBe('r5-2024');
    expect(declared('本基準は、統一基準（令和3年度版・2024年7月一部改定）に準拠する。')?.edition).toBe('r3');
  });
});
