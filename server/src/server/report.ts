import { levelText, pick, statusText, type PolicyAnalysis } from '../core';
import { summarize, type CoverageSummary } from '../core/report/summary';
import type { Range } from 'vscode-languageserver/node';
import { docsHref } from './docsLink';
import type { Lang } from './i18n';
import { escapeMd, referenceText } from './requirementText';
import { displayName } from './uris';

/** The coverage line of the code lens: 「統一基準 平成30年度版: 8/11 対応 · 不足 2 · 要改訂 1」. */
const EDITION_SOURCE = {
  'front-matter': { ja: 'フロントマターで指定', en: 'set in front matter' },
  option: { ja: '設定で指定', en: 'set in settings' },
  declared: { ja: 'ポリシーの記載による', en: 'as the policy declares' },
  default: { ja: '既定（記載なし）', en: 'default (none declared)' },
} as const;

export function coverageLine(analysis: PolicyAnalysis, lang: Lang): string {
  const s = summarize(analysis);
  const edition = analysis.catalog.data.editions.find((e) => e.id === analysis.edition)?.title ?? { ja: analysis.edition, en: analysis.edition };
  const na = s.notApplicable ? (lang === 'ja' ? ` · 対象外 ${s.notApplicable}` : ` · not applicable ${s.notApplicable}`) : '';
  // Which edition and why, in a word (the hover and the report say it in full).
  const why = EDITION_SOURCE[analysis.editionChoice.source][lang];
  return lang === 'ja'
    ? `統一基準 ${edition.ja}: ${s.covered}/${s.total} 対応 · 不足 ${s.missing} · 要改訂 ${s.outdated}${na} · 版: ${why}`
    : `Common Standards ${edition.en}: ${s.covered}/${s.total} covered · missing ${s.missing} · outdated ${s.outdated}${na} · edition: ${why}`;
}

export interface CoverageReport {
  uri: string;
  version: number;
  title: string;
  summary: CoverageSummary;
  line: string;
  requirements: Array<{ id: string; title: string; level: string; status: string; reference: string; evidence: Range[]; docs: string; reason?: string }>;
  /** The whole report as Markdown, for a preview. */
  markdown: string;
}

/** Every requirement, its status and links to its evidence in the document. */
export function coverageReport(analysis: PolicyAnalysis, uri: string, version: number, lang: Lang): CoverageReport {
  const name = displayName(uri);
  const title = lang === 'ja' ? `統一基準 対応状況: ${name}` : `Common Standards coverage: ${name}`;
  const requirements = analysis.requirements.map((x) => {
    const r = analysis.catalog.byId.get(x.id)!;
    return {
      id: x.id, title: pick(r.title, lang), level: pick(levelText(r), lang), status: pick(statusText[x.status], lang),
      reference: referenceText(r, lang), evidence: x.ranges, docs: docsHref(x.id), reason: x.notApplicableReason,
    };
  });
  const at = (range: Range) => `${uri}#L${range.start.line + 1}`;
  const cell = (s: string) => escapeMd(s).replace(/\r?\n/g, ' ');
  const head = lang === 'ja' ? '| 要求事項 | 区分 | 状況 | 根拠 | 参照 |' : '| Requirement | Level | Status | Evidence | Reference |';
  const rows = requirements.map((x) => {
    const evidence = x.evidence.length
      ? x.evidence.map((range) => `[${lang === 'ja' ? `${range.start.line + 1}行目` : `line ${range.start.line + 1}`}](${at(range)})`).join(', ')
      : x.reason ? cell(x.reason) : '—';
    return `| [${cell(x.title)}](${x.docs}) \`${x.id}\` | ${x.level} | ${x.status} | ${evidence} | ${cell(x.reference)} |`;
  });
  const others = analysis.findings.filter((f) => !analysis.catalog.byId.has(f.code));
  const notes = others.map((f) => `- [${lang === 'ja' ? `${f.range.start.line + 1}行目` : `line ${f.range.start.line + 1}`}](${at(f.range)}) ${cell(pick(f.messages, lang))}`);
  const line = coverageLine(analysis, lang);
  const markdown = [
    `# ${cell(title)}`, '', line, '', head, '|---|---|---|---|---|', ...rows,
    ...(notes.length ? ['', lang === 'ja' ? '## その他の指摘' : '## Other findings', '', ...notes] : []), '',
  ].join('\n');
  return { uri, version, title, summary: summarize(analysis), line, requirements, markdown };
}
