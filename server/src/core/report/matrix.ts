// The compliance matrix: one row per requirement of the edition — the sheet an auditor files (自己点検・監査). The
// part of the standard, the level, the status, the evidence (file, clause number, text), the reason, the
// not-applicable reason and an approved exception. Built from the compliance report and the set's analysis;
// written as CSV here (UTF-8 with BOM for Excel, RFC 4180, formula-injection safe) and as .xlsx by the xlsx
// bundle (papers/xlsx.ts).
import type { Language, LocalizedText } from '../catalog/types';
import type { Clause, PolicyDocument } from '../model/types';
import type { PolicySetAnalysis } from '../policySet/analyze';
import type { ComplianceReport, ReportLocation } from './compliance';
import { exceptionText } from '../checker/exceptions';
import { t, type MessageKey } from '../i18n';

export interface MatrixTable {
  lang: Language;
  /** Column keys (stable) and titles (in the language). */
  columns: Array<{ key: MatrixColumn; title: string; width: number }>;
  rows: Array<Record<MatrixColumn, string>>;
  /** The status of each row as a key (covered, missing, …), for colouring. */
  statuses: string[];
}

export type MatrixColumn =
  | 'part'
  | 'id'
  | 'title'
  | 'level'
  | 'status'
  | 'file'
  | 'clause'
  | 'text'
  | 'reason'
  | 'notApplicable'
  | 'exception'
  | 'reference';

const COLUMNS: Record<MatrixColumn, { title: MessageKey; width: number }> = {
  part: { title: 'matrix.col.part', width: 22 },
  id: { title: 'matrix.col.id', width: 20 },
  title: { title: 'matrix.col.title', width: 34 },
  level: { title: 'matrix.col.level', width: 8 },
  status: { title: 'matrix.col.status', width: 10 },
  file: { title: 'matrix.col.file', width: 22 },
  clause: { title: 'matrix.col.clause', width: 16 },
  text: { title: 'matrix.col.text', width: 60 },
  reason: { title: 'matrix.col.reason', width: 40 },
  notApplicable: { title: 'matrix.col.notApplicable', width: 30 },
  exception: { title: 'matrix.col.exception', width: 30 },
  reference: { title: 'matrix.col.reference', width: 14 },
};

const ORDER: MatrixColumn[] = [
  'part',
  'id',
  'title',
  'level',
  'status',
  'file',
  'clause',
  'text',
  'reason',
  'notApplicable',
  'exception',
  'reference',
];

/** The clause at a location: the innermost clause starting on that line and character. */
function clauseAt(
  doc: PolicyDocument,
  analysis: PolicySetAnalysis['files'][number]['analysis'],
  loc: ReportLocation,
): Clause | undefined {
  const offset = analysis.lines.offsetAt(loc.range.start);
  let best: Clause | undefined;
  for (const c of doc.clauses) if (c.start === offset && (!best || c.end < best.end)) best = c;
  return best;
}

/**
 * The clause's number as people cite it: the article or section, then the paragraph or item —
 * 「第23条第2項」「第23条第1号」「7.2.1 (1)」 — or the section's heading when the clause itself has no number.
 */
export function clauseLabel(doc: PolicyDocument, c: Clause): string {
  const section = c.section >= 0 ? doc.sections[c.section] : undefined;
  const own = c.number;
  if (own && (own.kind === 'article' || own.kind === 'decimal' || own.kind === 'hybrid')) return own.raw.trim();
  const article = section?.number?.kind === 'article' ? section.number.raw.trim() : undefined;
  const head = section ? (section.number?.raw.trim() ?? section.title.trim()) : '';
  if (own && article) {
    if (own.kind === 'digit') return `${article}第${own.value}項`;
    if (own.kind === 'kanji-item') return `${article}第${own.value}号`;
  }
  if (own) return `${head} ${own.raw.trim().replace(/[.．、]$/, '')}`.trim();
  return head;
}

const textOf = (value: unknown, lang: Language): string | undefined => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as LocalizedText)[lang] === 'string')
    return (value as LocalizedText)[lang];
  return undefined;
};

/** One row per requirement of the report's edition. */
export function buildMatrix(report: ComplianceReport, set: PolicySetAnalysis): MatrixTable {
  const lang = report.lang;
  const rows: MatrixTable['rows'] = [];
  const statuses: string[] = [];
  const fileOf = new Map(set.files.map((f) => [f.path, f.analysis]));
  for (const r of report.requirements) {
    const places =
      r.status === 'outdated'
        ? r.outdated.map((o) => ({ location: o.location, excerpt: o.excerpt }))
        : r.evidence.map((e) => ({ location: e as ReportLocation, excerpt: e.excerpt }));
    const files: string[] = [];
    const clauses: string[] = [];
    const texts: string[] = [];
    for (const p of places) {
      const loc = p.location as ReportLocation;
      const analysis = fileOf.get(loc.path);
      const c = analysis ? clauseAt(analysis.document, analysis, loc) : undefined;
      files.push(`${loc.display}:${loc.line}`);
      clauses.push(analysis && c ? clauseLabel(analysis.document, c) || '-' : '-');
      texts.push(p.excerpt);
    }
    // A reason the analysis gives for the status (when it has one), else the outdated clauses' reasons.
    const setReq = set.requirements.find((x) => x.id === r.id) as { reason?: unknown; exception?: unknown } | undefined;
    const fileReason = set.files
      .map((f) => f.analysis.requirements.find((x) => x.id === r.id) as { reason?: unknown } | undefined)
      .map((x) => textOf(x?.reason, lang))
      .find((x) => x);
    const given = textOf((r as { reason?: unknown }).reason, lang) ?? textOf(setReq?.reason, lang) ?? fileReason;
    const reason = given ?? (r.status === 'outdated' ? [...new Set(r.outdated.map((o) => o.reason))].join('\n') : '');
    const exception = r.exception ? exceptionText(r.exception, lang) : '';
    rows.push({
      part: r.chapter.label,
      id: r.id,
      title: r.title,
      level: r.levelLabel,
      status: r.statusLabel,
      file: files.join('\n'),
      clause: clauses.join('\n'),
      text: texts.join('\n'),
      reason,
      notApplicable: r.notApplicableReason ?? '',
      exception,
      reference: `${r.reference.section}${r.reference.verified ? '' : t('matrix.unverified', lang)}`,
    });
    statuses.push(r.status);
  }
  return {
    lang,
    columns: ORDER.map((key) => ({ key, title: t(COLUMNS[key].title, lang), width: COLUMNS[key].width })),
    rows,
    statuses,
  };
}

/**
 * A cell Excel or another spreadsheet would run as a formula (=, +, -, @, and tab / carriage return at the start)
 * gets a leading apostrophe, so a policy's text can never become a formula (CSV injection).
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; lines end with CRLF. */
function csvField(value: string): string {
  const v = safeCell(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The matrix as CSV: UTF-8 with a byte-order mark (Excel opens it as UTF-8), CRLF line ends. */
export function matrixCsv(table: MatrixTable): string {
  const lines = [
    table.columns.map((c) => csvField(c.title)),
    ...table.rows.map((r) => table.columns.map((c) => csvField(r[c.key]))),
  ];
  return '\ufeff' + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
