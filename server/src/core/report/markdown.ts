import type { Status } from '../checker/types';
import type { ChartRow, ComplianceReport, ReportLocation, ReportRequirement } from './compliance';
import { reportText, type ReportText } from './i18n';
import { metaLines } from './meta';
import { exceptionText } from '../checker/exceptions';

/**
 * The compliance report as GitHub-flavoured Markdown. GitHub does not render inline SVG, so the charts are rows
 * of coloured squares (one per requirement) with the counts beside them. Policy text is escaped so that it
 * cannot become markup: no HTML, links, emphasis or table breaks come from the policy.
 */

/** Escapes text for one line of Markdown (a table cell, a list item). */
export function mdText(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|~#!]/g, '\\$&');
}

/** Escapes text that starts a line in a block quote, where `1.`, `-`, `+` or `=` would start a list or heading. */
function mdLine(s: string): string {
  return mdText(s).replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-+=])/, '$1\\$2');
}

/** A link destination: percent-encoded so spaces and brackets in file names cannot end it. */
function dest(href: string): string {
  return href.replace(/[()<> ]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

function link(l: ReportLocation, label?: string): string {
  return `[${mdText(label ?? `${l.display}:${l.line}`)}](${dest(l.href)})`;
}

const SQUARE: Record<Status, string> = { covered: '🟩', outdated: '🟨', missing: '🟥', 'not-applicable': '⬜' };

function bar(row: ChartRow): string {
  return SQUARE.covered.repeat(row.covered) + SQUARE.outdated.repeat(row.outdated) + SQUARE.missing.repeat(row.missing) + SQUARE['not-applicable'].repeat(row.notApplicable);
}

function chartTable(rows: ChartRow[], head: string, t: ReportText): string[] {
  return [
    `| ${mdText(head)} | | ${mdText(t.status.covered)} | ${mdText(t.status.outdated)} | ${mdText(t.status.missing)} | ${mdText(t.status['not-applicable'])} |`,
    '|---|---|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${mdText(r.label)} | ${bar(r)} | ${r.covered}/${r.total - r.notApplicable} | ${r.outdated} | ${r.missing} | ${r.notApplicable} |`),
  ];
}

function detail(r: ReportRequirement, t: ReportText): string {
  const parts: string[] = [];
  if (r.exception) parts.push(`${mdText(r.exception.expired ? t.exceptionExpired : t.exception)}: ${mdText(exceptionText(r.exception, t.lang))}`);
  if (r.status === 'not-applicable') parts.push(`${mdText(t.naReason)}: ${mdText(r.notApplicableReason ?? '')}`);
  else if (r.status === 'missing') {
    parts.push(`**${mdText(t.noClause)}**`);
    if (r.missingAt) parts.push(`${mdText(t.belongsIn)}: ${link(r.missingAt)}${r.missingAt.section ? ` ${mdText(r.missingAt.section)}` : ''}`);
    parts.push(`${mdText(t.startingClause)}: ${mdText(r.template)}`);
  } else if (r.status === 'outdated') {
    for (const o of r.outdated) parts.push(`${link(o.location)} “${mdText(o.excerpt)}” — ${mdText(t.reason)}: ${mdText(o.reason)}`);
    if (!r.outdated.length) parts.push(mdText(t.outdatedElsewhere));
  }
  if (r.reason && r.status !== 'not-applicable') parts.push(`${mdText(t.why)}: ${mdText(r.reason)}`);
  if (r.conditions?.length && r.status !== 'not-applicable') parts.push(`${mdText(t.conditions)}: ${r.conditions.map((c) => `${c.met ? '✓' : '✗'} ${mdText(c.label)}`).join(' / ')}`);
  if (r.related?.length && r.status === 'missing') {
    for (const n of r.related.slice(0, 2)) parts.push(`${mdText(t.nearClauses)}: ${link(n.location)} ${mdText(n.reason)}`);
  }
  if (r.status !== 'not-applicable') {
    const shown = r.evidence.slice(0, 3);
    for (const e of shown) parts.push(`${link(e)} (${mdText(t.how[e.how])}${e.citation ? `: ${mdText(e.citation)}` : ''}) “${mdText(e.excerpt)}”`);
    if (r.evidence.length > shown.length) parts.push(mdText(t.more(r.evidence.length - shown.length)));
  }
  return parts.join('<br>') || '—';
}

export function renderMarkdown(report: ComplianceReport): string {
  const t = reportText(report.lang);
  const s = report.summary;
  const sep = report.lang === 'ja' ? '、' : ', ';
  const out: string[] = [];
  out.push(`# ${mdText(t.docTitle(report.title))}`, '');
  out.push(`- ${mdText(t.standard)}: ${mdText(report.edition.title)}${report.edition.reason ? ` — ${mdText(report.edition.reason)}` : ''}`);
  if (report.generatedAt) out.push(`- ${mdText(t.generated)}: ${mdText(report.generatedAt)}`);
  if (report.config) out.push(`- ${mdText(t.config)}: \`${report.config.replace(/`/g, "'")}\``);
  out.push(`- ${mdText(t.files)}: ${report.files.map((f) => `[${mdText(f.display)}](${dest(f.href)})${f.primary && report.files.length > 1 ? ` (${mdText(t.primary)})` : ''}`).join(sep)}`);
  out.push(`- kijun ${mdText(report.tool.version)}`, '');

  out.push(`## ${mdText(t.summaryHeading)}`, '');
  out.push(
    `| ${mdText(t.status.covered)} | ${mdText(t.status.outdated)} | ${mdText(t.status.missing)} | ${mdText(t.status['not-applicable'])} |`,
    '|--:|--:|--:|--:|',
    `| ${s.covered}/${s.total} | ${s.outdated} | ${s.missing} | ${s.notApplicable} |`,
    '',
    mdText(t.summaryNote(report.files.length)),
    '',
  );

  out.push(`## ${mdText(t.chartsHeading)}`, '');
  out.push(`${SQUARE.covered} ${mdText(t.status.covered)} · ${SQUARE.outdated} ${mdText(t.status.outdated)} · ${SQUARE.missing} ${mdText(t.status.missing)} · ${SQUARE['not-applicable']} ${mdText(t.status['not-applicable'])}`, '');
  out.push(...chartTable(report.byLevel, t.byLevel, t), '');
  out.push(...chartTable(report.byChapter, t.byChapter, t), '', mdText(t.chapterNote), '');

  out.push(`## ${mdText(t.requirementsHeading)}`, '');
  out.push(`| ${mdText(t.colRequirement)} | ${mdText(t.colLevel)} | ${mdText(t.colStatus)} | ${mdText(t.colEvidence)} | ${mdText(t.colReference)} |`, '|---|---|---|---|---|');
  for (const r of report.requirements) {
    const ref = `${mdText(r.reference.section)}${r.reference.verified ? '' : ` (${mdText(t.unverifiedShort)})`}`;
    out.push(`| **${mdText(r.title)}**<br>\`${r.id}\` | ${mdText(r.levelLabel)}<br>${mdText(r.revision)} | ${SQUARE[r.status]} ${mdText(r.statusLabel)} | ${detail(r, t)} | ${ref} |`);
  }
  out.push('');

  out.push(`## ${mdText(t.outdatedHeading)}`, '');
  if (!report.outdated.length) out.push(mdText(t.noOutdated), '');
  for (const o of report.outdated) {
    out.push(
      `### ${mdText(o.title)} (\`${o.id}\`) — ${link(o.location)}`, '',
      `**${mdText(t.reason)}**: ${mdText(o.reason)}`, '',
      `**${mdText(t.current)}**:`, '', `> ${mdLine(o.excerpt)}`, '',
      `**${mdText(t.revised)}**:`, '', `> ${mdLine(o.revised)}`, '',
    );
  }

  out.push(`## ${mdText(t.traceHeading)}`, '', mdText(t.traceNote), '');
  if (!report.clauses.length) out.push(mdText(t.noTrace), '');
  else {
    out.push(`| ${mdText(t.colLocation)} | ${mdText(t.colClause)} | ${mdText(t.colRequirements)} |`, '|---|---|---|');
    for (const c of report.clauses) {
      const reqs = c.requirements.map((x) => `${mdText(x.title)} \`${x.id}\` (${x.role === 'cover' ? mdText(t.how[x.how ?? 'text']) : mdText(t.status.outdated)})`).join('<br>');
      out.push(`| ${link(c.location)} | ${mdText(c.excerpt)} | ${reqs} |`);
    }
    out.push('');
  }

  if (report.otherFindings.length) {
    out.push(`## ${mdText(t.otherHeading)}`, '');
    for (const f of report.otherFindings) out.push(`- ${link(f.location)} \`${f.code}\` ${mdText(f.message)}`);
    out.push('');
  }
  if (report.errors.length || report.problems.length) {
    out.push(`## ${mdText(t.problemsHeading)}`, '');
    for (const e of report.errors) out.push(`- ${mdText(e.path)}: ${mdText(e.message)}`);
    for (const p of report.problems) out.push(`- ${p.severity}${p.key ? ` ${mdText(p.key)}` : ''}: ${mdText(p.message)}`);
    out.push('');
  }
  out.push('---', '', mdText(t.footer), '');
  if (report.trace) out.push(...metaLines(report.trace, report.lang).map((l) => `- ${mdText(l)}`), '');
  return out.join('\n');
}
