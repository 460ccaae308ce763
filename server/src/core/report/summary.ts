import type { PolicyAnalysis } from '../checker/check';
import type { Status } from '../checker/types';
import { t } from '../i18n';

export interface CoverageSummary {
  total: number;
  covered: number;
  missing: number;
  outdated: number;
  notApplicable: number;
}

export function summarize(analysis: PolicyAnalysis): CoverageSummary {
  const count = (s: Status) => analysis.requirements.filter((r) => r.status === s).length;
  const notApplicable = count('not-applicable');
  return {
    total: analysis.requirements.length - notApplicable,
    covered: count('covered'),
    missing: count('missing'),
    outdated: count('outdated'),
    notApplicable,
  };
}

/** `covered 8/11 · missing 2 · outdated 1` — the line the CLI prints and the code lens shows (in English). */
export function summaryLine(s: CoverageSummary, lang: 'ja' | 'en' = 'en'): string {
  const na = s.notApplicable ? t('summary.notApplicable', lang, s.notApplicable) : '';
  return t('summary.line', lang, s.covered, s.total, s.missing, s.outdated) + na;
}
