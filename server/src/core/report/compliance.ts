import type { RequirementException } from '../checker/exceptions';
import type { Language, Requirement } from '../catalog';
import { levelText, pick, revisionText, statusText } from '../checker/messages';
import type { Severity, Status } from '../checker/types';
import { snippetToPlain } from '../edits/snippet';
import { t } from '../i18n';
import type { PolicySetAnalysis } from '../policySet/analyze';
import type { Range } from '../text/lineIndex';
import { evidenceKind, excerptOf, type EvidenceKind } from '../trace/evidence';
import { documentCitations } from '../trace/citations';
import type { TraceMeta } from './meta';
import type { CoverageSummary } from './summary';

/**
 * The compliance report as data: what `kijun report` renders as HTML or Markdown, and writes as JSON. Built
 * from a policy-set analysis (one file is a set of one). Everything is resolved to one language, and every
 * string from the policy is kept as written (renderers escape it).
 */
export interface ComplianceReport {
  kind: 'kijun-compliance-report';
  version: 1;
  tool: { name: 'kijun'; version: string };
  lang: Language;
  /** ISO date-time, when the caller gave one. */
  generatedAt?: string;
  title: string;
  /** The edition checked against; `source` and `reason`: how it was chosen and why (front matter, option, declared, default). */
  edition: { id: string; title: string; source?: string; reason?: string };
  /** The set configuration, when the policy is a set. */
  config?: string;
  files: ReportFile[];
  summary: CoverageSummary;
  /** Requirements by level (mandatory, recommended) and status. */
  byLevel: ChartRow[];
  /** Requirements by the part (部) of the standard their reference names, and status. */
  byChapter: ChartRow[];
  requirements: ReportRequirement[];
  /** Outdated clauses with the reason and the clause to revise them to. */
  outdated: ReportOutdated[];
  /** Clause → requirements: the other direction of the trace. */
  clauses: ReportClause[];
  /** Findings that are not about one requirement: an older edition cited, a wrong setting. */
  otherFindings: Array<{ code: string; severity: Severity; message: string; location: ReportLocation }>;
  /** Files that could not be read, and problems with the set configuration. */
  errors: Array<{ path: string; message: string }>;
  problems: Array<{ severity: 'error' | 'warning'; key: string; message: string }>;
  /** Traceability: edition, catalog version, JST time, each file's SHA-256 (when the caller gives it). */
  trace?: TraceMeta;
}

export interface ReportFile {
  path: string;
  display: string;
  href: string;
  primary: boolean;
  encoding?: string;
  /** Covering clauses in this file. */
  evidence: number;
  findings: number;
}

export interface ChartRow {
  key: string;
  label: string;
  total: number;
  covered: number;
  outdated: number;
  missing: number;
  notApplicable: number;
}

/** A place in a policy file. `line` and `character` are 1-based (as people count); `range` is LSP's, 0-based. */
export interface ReportLocation {
  path: string;
  display: string;
  /** A link to the file, relative to where the report is read, with `#L<line>`. */
  href: string;
  line: number;
  character: number;
  range: Range;
}

export interface ReportEvidence extends ReportLocation {
  excerpt: string;
  how: EvidenceKind;
  citation?: string;
}

export interface ReportOutdated {
  id: string;
  title: string;
  location: ReportLocation;
  excerpt: string;
  reason: string;
  /** The catalog's clause with its placeholders at their defaults: what to revise the clause towards. */
  revised: string;
}

export interface ReportRequirement {
  id: string;
  title: string;
  level: Requirement['level'];
  levelLabel: string;
  /** What the edition that brought the requirement did to it (「義務化を新設」「規定を見直し」…). */
  revision: string;
  status: Status;
  statusLabel: string;
  summary: string;
  reference: { section: string; verified: boolean; text: string };
  chapter: { key: string; label: string };
  evidence: ReportEvidence[];
  outdated: ReportOutdated[];
  notApplicableReason?: string;
  /** An approved exception (例外措置), with its expiry; `status` stays what the text says. */
  exception?: RequirementException;
  /** For missing requirements: where the clause belongs. */
  missingAt?: ReportLocation & { section?: string };
  /** Why the status (issue 11): the evidence or nearest clause and what it says or lacks. */
  reason?: string;
  /** Condition by condition, on that clause. */
  conditions?: Array<{ id: string; aspect: string; label: string; met: boolean; detail: string }>;
  /** Clauses that come near but do not meet the requirement, with why. */
  related?: Array<{ location: ReportLocation; kind: string; reason: string }>;
  /** A clause to start from (missing) or to revise towards (outdated). */
  template: string;
}

export interface ReportClause {
  location: ReportLocation;
  excerpt: string;
  requirements: Array<{ id: string; title: string; role: 'cover' | 'outdated'; how?: EvidenceKind }>;
}

export interface ComplianceReportOptions {
  lang: Language;
  version: string;
  /** The policy's name; default: the primary file's title. */
  title?: string;
  config?: string;
  generatedAt?: string;
  /** How a file path is shown (default: as given). */
  display?: (path: string) => string;
  /** The link to a file, without the line (default: the path, URI-encoded). */
  href?: (path: string) => string;
  encodings?: Record<string, string>;
  errors?: Array<{ path: string; message: string }>;
  problems?: ComplianceReport['problems'];
  trace?: TraceMeta;
}

/** The parts (部) of the FY2018 統一基準, by number. */
const PARTS: Record<string, { ja: string; en: string }> = {
  '1': { ja: '第1部 総則', en: 'Part 1 General provisions' },
  '2': { ja: '第2部 情報セキュリティ対策の基本的枠組み', en: 'Part 2 Basic framework of the measures' },
  '3': { ja: '第3部 情報の取扱い', en: 'Part 3 Handling of information' },
  '4': { ja: '第4部 外部委託', en: 'Part 4 Outsourcing' },
  '5': { ja: '第5部 情報システムのライフサイクル', en: 'Part 5 Information system lifecycle' },
  '6': { ja: '第6部 情報システムのセキュリティ要件', en: 'Part 6 Security requirements' },
  '7': { ja: '第7部 情報システムの構成要素', en: 'Part 7 System components' },
  '8': { ja: '第8部 情報システムの利用', en: 'Part 8 Use of information systems' },
};

const STATUSES: Status[] = ['covered', 'outdated', 'missing', 'not-applicable'];

/** A path as a relative URL: each segment percent-encoded, so spaces, # and ? in names stay part of the path. */
export function pathHref(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((s, i) => (i === 0 && /^[a-zA-Z]:$/.test(s) ? s : encodeURIComponent(s)))
    .join('/');
}

export function referenceLabel(r: Requirement, lang: Language): string {
  const section = r.reference.section;
  return r.reference.verified ? t('report.reference', lang, section) : t('report.referenceUnverified', lang, section);
}

export function chapterOf(r: Requirement, lang: Language): { key: string; label: string } {
  const part = /^\s*(\d+)/.exec(r.reference.section)?.[1];
  if (!part) return { key: 'other', label: t('report.chapter.other', lang) };
  const p = PARTS[part];
  return { key: part, label: p ? pick(p, lang) : t('report.chapter.part', lang, part) };
}

function countRows(items: Array<{ key: string; label: string; status: Status }>): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  for (const it of items) {
    let row = rows.get(it.key);
    if (!row)
      rows.set(
        it.key,
        (row = { key: it.key, label: it.label, total: 0, covered: 0, outdated: 0, missing: 0, notApplicable: 0 }),
      );
    row.total++;
    if (it.status === 'not-applicable') row.notApplicable++;
    else row[it.status]++;
  }
  return [...rows.values()];
}

export function buildComplianceReport(set: PolicySetAnalysis, options: ComplianceReportOptions): ComplianceReport {
  const { lang } = options;
  const catalog = set.catalog;
  const display = options.display ?? ((p: string) => p);
  const href = options.href ?? pathHref;
  const location = (fileIndex: number, range: Range): ReportLocation => {
    const path = set.files[fileIndex].path;
    return {
      path,
      display: display(path),
      href: `${href(path)}#L${range.start.line + 1}`,
      line: range.start.line + 1,
      character: range.start.character + 1,
      range,
    };
  };
  const edition = catalog.data.editions.find((e) => e.id === set.edition);

  const requirements: ReportRequirement[] = set.requirements.map((x) => {
    const r = catalog.byId.get(x.id)!;
    const template = snippetToPlain(pick(r.template, lang));
    const outdated = x.outdated.map((o) => ({
      id: r.id,
      title: pick(r.title, lang),
      location: location(o.file, o.range),
      excerpt: o.excerpt,
      reason: pick(o.reason, lang),
      revised: template,
    }));
    const evidence = x.evidence.map((e) => {
      const citation = e.how === 'citation' ? citationText(set, e.file, e.clause) : undefined;
      return { ...location(e.file, e.range), excerpt: e.excerpt, how: e.how, ...(citation ? { citation } : {}) };
    });
    return {
      id: r.id,
      title: pick(r.title, lang),
      level: r.level,
      levelLabel: pick(levelText(r), lang),
      revision: pick(revisionText(r), lang),
      status: x.status,
      statusLabel: pick(statusText[x.status], lang),
      summary: pick(r.summary, lang),
      reference: { section: r.reference.section, verified: r.reference.verified, text: referenceLabel(r, lang) },
      chapter: chapterOf(r, lang),
      evidence,
      outdated,
      ...(x.notApplicableReason ? { notApplicableReason: x.notApplicableReason } : {}),
      ...(x.exception ? { exception: x.exception } : {}),
      ...(x.reason ? { reason: pick(x.reason, lang) } : {}),
      ...(x.conditions
        ? {
            conditions: x.conditions.map((c) => ({
              id: c.id,
              aspect: c.aspect,
              label: pick(c.label, lang),
              met: c.met,
              detail: pick(c.detail, lang),
            })),
          }
        : {}),
      ...(x.related?.length
        ? {
            related: x.related.map((n) => ({
              location: location(n.file, n.range),
              kind: n.kind,
              reason: pick(n.reason, lang),
            })),
          }
        : {}),
      ...(x.missingAt
        ? {
            missingAt: {
              ...location(x.missingAt.file, x.missingAt.range),
              ...(x.missingAt.sectionTitle ? { section: x.missingAt.sectionTitle } : {}),
            },
          }
        : {}),
      template,
    };
  });

  const levelLabel = (level: string) =>
    t(level === 'mandatory' ? 'report.level.mandatory' : 'report.level.recommended', lang);
  const byLevel = countRows(
    requirements.map((r) => ({ key: r.level, label: levelLabel(r.level), status: r.status })),
  ).sort((a, b) => (a.key === 'mandatory' ? -1 : b.key === 'mandatory' ? 1 : 0));
  const byChapter = countRows(
    requirements.map((r) => ({ key: r.chapter.key, label: r.chapter.label, status: r.status })),
  ).sort((a, b) => (a.key === 'other' ? 1 : b.key === 'other' ? -1 : Number(a.key) - Number(b.key)));

  const count = (s: Status) => requirements.filter((r) => r.status === s).length;
  const summary: CoverageSummary = {
    total: requirements.length - count('not-applicable'),
    covered: count('covered'),
    missing: count('missing'),
    outdated: count('outdated'),
    notApplicable: count('not-applicable'),
  };

  const clauses: ReportClause[] = [];
  set.files.forEach(({ analysis }, i) => {
    const indices = [...analysis.clauseRequirements.keys()].sort((a, b) => a - b);
    for (const ci of indices) {
      const c = analysis.document.clauses[ci];
      const list = analysis.clauseRequirements.get(ci)!.filter((e) => {
        const status = set.requirements.find((x) => x.id === e.id)?.status;
        return status !== 'not-applicable' && (e.role === 'cover' || status === 'outdated');
      });
      if (!list.length) continue;
      clauses.push({
        location: location(i, analysis.lines.rangeOf(c.start, c.end)),
        excerpt: excerptOf(analysis.document.text, c.start, c.end),
        requirements: list.map((e) => ({
          id: e.id,
          title: pick(catalog.byId.get(e.id)?.title ?? { ja: e.id, en: e.id }, lang),
          role: e.role,
          ...(e.role === 'cover' ? { how: evidenceKind(analysis, ci, e.id) } : {}),
        })),
      });
    }
  });

  const otherFindings = set.files.flatMap(({ analysis }, i) =>
    analysis.findings
      .filter((f) => !catalog.byId.has(f.code))
      .map((f) => ({
        code: f.code,
        severity: f.severity,
        message: pick(f.messages, lang),
        location: location(i, f.range),
      })),
  );

  const primary = set.files[set.primary];
  const title = options.title ?? (primary ? (titleOf(primary.analysis) ?? display(primary.path)) : 'policy');

  return {
    kind: 'kijun-compliance-report',
    version: 1,
    tool: { name: 'kijun', version: options.version },
    lang,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    title,
    edition: {
      id: set.edition,
      title: edition ? pick(edition.title, lang) : set.edition,
      // The primary file's choice: the set is checked against its edition unless an option chose one.
      source: set.files[set.primary].analysis.editionChoice.source,
      reason: set.files[set.primary].analysis.editionChoice.reason[lang],
    },
    ...(options.config ? { config: options.config } : {}),
    files: set.files.map((f, i) => ({
      path: f.path,
      display: display(f.path),
      href: href(f.path),
      primary: f.primary,
      ...(options.encodings?.[f.path] ? { encoding: options.encodings[f.path] } : {}),
      evidence: f.analysis.requirements.reduce((n, r) => n + r.covering.length, 0),
      findings: set.files[i].analysis.findings.length,
    })),
    summary,
    byLevel,
    byChapter,
    requirements,
    outdated: requirements.flatMap((r) => r.outdated),
    clauses,
    otherFindings,
    errors: options.errors ?? [],
    problems: options.problems ?? [],
    ...(options.trace ? { trace: options.trace } : {}),
  };
}

function titleOf(analysis: PolicySetAnalysis['files'][number]['analysis']): string | undefined {
  const fm = analysis.document.frontMatter?.data;
  if (fm && typeof fm.title === 'string' && fm.title.trim()) return fm.title.trim();
  const t = analysis.document.sections[analysis.document.titleSection];
  return t?.title || undefined;
}

function citationText(set: PolicySetAnalysis, file: number, clause: number): string | undefined {
  const a = set.files[file].analysis;
  const c = documentCitations(a.document, a.catalog).get(clause)?.citations[0];
  return c ? a.document.text.slice(c.start, c.end).replace(/\s+/g, ' ').trim() : undefined;
}

/** Status order used by charts and legends. */
export const STATUS_ORDER = STATUSES;
