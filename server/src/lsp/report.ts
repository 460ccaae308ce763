import { levelText, pick, statusText, type PolicyAnalysis } from '../core';
import { t } from '../core/i18n';
import { summarize, type CoverageSummary } from '../core/report/summary';
import type { Range } from 'vscode-languageserver/node';
import { docsHref } from './docsLink';
import type { Lang } from './i18n';
import { escapeMd, referenceText } from './requirementText';
import { displayName } from './uris';

/** The coverage line of the code lens: 「統一基準 平成30年度版: 8/11 対応 · 不足 2 · 要改訂 1」. */
const EDITION_SOURCE = {
  'front-matter': 'lens.source.frontMatter',
  option: 'lens.source.option',
  declared: 'lens.source.declared',
  default: 'lens.source.default',
} as const;

export function coverageLine(analysis: PolicyAnalysis, lang: Lang): string {
  const s = summarize(analysis);
  const edition = analysis.catalog.data.editions.find((e) => e.id === analysis.edition)?.title ?? {
    ja: analysis.edition,
    en: analysis.edition,
  };
  const na = s.notApplicable ? t('summary.notApplicable', lang, s.notApplicable) : '';
  // Which edition and why, in a word (the hover and the report say it in full).
  const why = t(EDITION_SOURCE[analysis.editionChoice.source], lang);
  return t('lens.coverage', lang, edition[lang], s, na, why);
}

export interface CoverageReport {
  uri: string;
  version: number;
  title: string;
  summary: CoverageSummary;
  line: string;
  requirements: Array<{
    id: string;
    title: string;
    level: string;
    status: string;
    reference: string;
    evidence: Range[];
    docs: string;
    reason?: string;
  }>;
  /** The whole report as Markdown, for a preview. */
  markdown: string;
}

/** Every requirement, its status and links to its evidence in the document. */
export function coverageReport(analysis: PolicyAnalysis, uri: string, version: number, lang: Lang): CoverageReport {
  const name = displayName(uri);
  const title = t('lens.reportTitle', lang, name);
  const requirements = analysis.requirements.map((x) => {
    const r = analysis.catalog.byId.get(x.id)!;
    return {
      id: x.id,
      title: pick(r.title, lang),
      level: pick(levelText(r), lang),
      status: pick(statusText[x.status], lang),
      reference: referenceText(r, lang),
      evidence: x.ranges,
      docs: docsHref(x.id),
      reason: x.notApplicableReason,
    };
  });
  const at = (range: Range) => `${uri}#L${range.start.line + 1}`;
  const cell = (s: string) => escapeMd(s).replace(/\r?\n/g, ' ');
  const head = t('lens.tableHead', lang);
  const rows = requirements.map((x) => {
    const evidence = x.evidence.length
      ? x.evidence.map((range) => `[${t('common.line', lang, range.start.line + 1)}](${at(range)})`).join(', ')
      : x.reason
        ? cell(x.reason)
        : '—';
    return `| [${cell(x.title)}](${x.docs}) \`${x.id}\` | ${x.level} | ${x.status} | ${evidence} | ${cell(x.reference)} |`;
  });
  const others = analysis.findings.filter((f) => !analysis.catalog.byId.has(f.code));
  const notes = others.map(
    (f) => `- [${t('common.line', lang, f.range.start.line + 1)}](${at(f.range)}) ${cell(pick(f.messages, lang))}`,
  );
  const line = coverageLine(analysis, lang);
  const markdown = [
    `# ${cell(title)}`,
    '',
    line,
    '',
    head,
    '|---|---|---|---|---|',
    ...rows,
    ...(notes.length ? ['', `## ${t('report.otherHeading', lang)}`, '', ...notes] : []),
    '',
  ].join('\n');
  return { uri, version, title, summary: summarize(analysis), line, requirements, markdown };
}
