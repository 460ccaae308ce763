// `--edition`: an edition id or a spelling of one (R5, r5, 令和5年度版, 令和５年度版, FY2023, H30, 平成30年度版, FY2018),
// or `auto` (the default: each policy is checked against the basis it declares, else the default edition). The
// spellings are the catalog's (core/checker/edition.ts): nothing here names an edition.
import type { Catalog } from '../core';
import { editionSpellingsHint, parseEditionSpelling } from '../core/checker/edition';

export type EditionOption = { mode: 'auto' } | { mode: 'option'; edition: string } | { error: string };

export function editionOption(value: string | undefined, catalog: Catalog): EditionOption {
  if (value === undefined) return { mode: 'auto' };
  const s = parseEditionSpelling(value, catalog.data);
  if (s.kind === 'auto') return { mode: 'auto' };
  if (s.kind === 'edition') return { mode: 'option', edition: s.id };
  if (s.kind === 'older') {
    const fallback = catalog.data.editions.find((e) => e.id === catalog.data.defaultEdition);
    const named = fallback?.fiscalYear ? `FY${fallback.fiscalYear}` : catalog.data.defaultEdition;
    return {
      error: `--edition ${value}: ${s.label} is older than the editions Kijun checks (${catalog.data.editions.map((e) => e.id).join(', ')}); a policy based on it is checked against ${named} with --edition auto`,
    };
  }
  return { error: `unknown edition "${value}" (known: ${editionSpellingsHint(catalog.data)})` };
}
