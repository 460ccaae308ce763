import type { Status } from '../checker/types';
import type { ChartRow, ComplianceReport, ReportLocation, ReportRequirement } from './compliance';
import type { Language } from '../catalog';
import { HOW_KEY, STATUS_KEY, t } from '../i18n';
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
  return mdText(s)
    .replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3')
    .replace(/^(\s*)([-+=])/, '$1\\$2');
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
  return (
    SQUARE.covered.repeat(row.covered) +
    SQUARE.outdated.repeat(row.outdated) +
    SQUARE.missing.repeat(row.missing) +
    SQUARE['not-applicable'].repeat(row.notApplicable)
  );
}

function chartTable(rows: ChartRow[], head: string, lang: Language): string[] {
  return [
    `| ${mdText(head)} | | ${mdText(t('status.covered', lang))} | ${mdText(t('status.outdated', lang))} | ${mdText(t('status.missing', lang))} | ${mdText(t(STATUS_KEY['not-applicable'], lang))} |`,
    '|---|---|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${mdText(r.label)} | ${bar(r)} | ${r.covered}/${r.total - r.notApplicable} | ${r.outdated} | ${r.missing} | ${r.notApplicable} |`,
    ),
  ];
}

function detail(r: ReportRequirement, lang: Language): string {
  const parts: string[] = [];
  if (r.exception)
    parts.push(
      `${mdText(r.exception.expired ? t('report.exceptionExpired', lang) : t('report.exception', lang))}: ${mdText(exceptionText(r.exception, lang))}`,
    );
  if (r.status === 'not-applicable')
    parts.push(`${mdText(t('report.naReason', lang))}: ${mdText(r.notApplicableReason ?? '')}`);
  else if (r.status === 'missing') {
    parts.push(`**${mdText(t('report.noClause', lang))}**`);
    if (r.missingAt)
      parts.push(
        `${mdText(t('report.belongsIn', lang))}: ${link(r.missingAt)}${r.missingAt.section ? ` ${mdText(r.missingAt.section)}` : ''}`,
      );
    parts.push(`${mdText(t('report.startingClause', lang))}: ${mdText(r.template)}`);
  } else if (r.status === 'outdated') {
    for (const o of r.outdated)
      parts.push(
        `${link(o.location)} “${mdText(o.excerpt)}” — ${mdText(t('report.reason', lang))}: ${mdText(o.reason)}`,
      );
    if (!r.outdated.length) parts.push(mdText(t('report.outdatedElsewhere', lang)));
  }
  if (r.reason && r.status !== 'not-applicable') parts.push(`${mdText(t('report.why', lang))}: ${mdText(r.reason)}`);
  if (r.conditions?.length && r.status !== 'not-applicable')
    parts.push(
      `${mdText(t('report.conditions', lang))}: ${r.conditions.map((c) => `${c.met ? '✓' : '✗'} ${mdText(c.label)}`).join(' / ')}`,
    );
  if (r.related?.length && r.status === 'missing') {
    for (const n of r.related.slice(0, 2))
      parts.push(`${mdText(t('report.nearClauses', lang))}: ${link(n.location)} ${mdText(n.reason)}`);
  }
  if (r.status !== 'not-applicable') {
    const shown = r.evidence.slice(0, 3);
    for (const e of shown)
      parts.push(
        `${link(e)} (${mdText(t(HOW_KEY[e.how], lang))}${e.citation ? `: ${mdText(e.citation)}` : ''}) “${mdText(e.excerpt)}”`,
      );
    if (r.evidence.length > shown.length) parts.push(mdText(t('report.more', lang, r.evidence.length - shown.length)));
  }
  return parts.join('<br>') || '—';
}

export function renderMarkdown(report: ComplianceReport): string {
  const lang = report.lang;
  const s = report.summary;
  const sep = t('common.listSeparator', lang);
  const out: string[] = [];
  out.push(`# ${mdText(t('report.docTitle', lang, report.title))}`, '');
  out.push(
    `- ${mdText(t('report.standard', lang))}: ${mdText(report.edition.title)}${report.edition.reason ? ` — ${mdText(report.edition.reason)}` : ''}`,
  );
  if (report.generatedAt) out.push(`- ${mdText(t('report.generated', lang))}: ${mdText(report.generatedAt)}`);
  if (report.config) out.push(`- ${mdText(t('report.config', lang))}: \`${report.config.replace(/`/g, "'")}\``);
  out.push(
    `- ${mdText(t('report.files', lang))}: ${report.files.map((f) => `[${mdText(f.display)}](${dest(f.href)})${f.primary && report.files.length > 1 ? ` (${mdText(t('report.primary', lang))})` : ''}`).join(sep)}`,
  );
  out.push(`- kijun ${mdText(report.tool.version)}`, '');

  out.push(`## ${mdText(t('report.summaryHeading', lang))}`, '');
  out.push(
    `| ${mdText(t('status.covered', lang))} | ${mdText(t('status.outdated', lang))} | ${mdText(t('status.missing', lang))} | ${mdText(t(STATUS_KEY['not-applicable'], lang))} |`,
    '|--:|--:|--:|--:|',
    `| ${s.covered}/${s.total} | ${s.outdated} | ${s.missing} | ${s.notApplicable} |`,
    '',
    mdText(t('report.summaryNote', lang, report.files.length)),
    '',
  );

  out.push(`## ${mdText(t('report.chartsHeading', lang))}`, '');
  out.push(
    `${SQUARE.covered} ${mdText(t('status.covered', lang))} · ${SQUARE.outdated} ${mdText(t('status.outdated', lang))} · ${SQUARE.missing} ${mdText(t('status.missing', lang))} · ${SQUARE['not-applicable']} ${mdText(t(STATUS_KEY['not-applicable'], lang))}`,
    '',
  );
  out.push(...chartTable(report.byLevel, t('report.byLevel', lang), lang), '');
  out.push(
    ...chartTable(report.byChapter, t('report.byChapter', lang), lang),
    '',
    mdText(t('report.chapterNote', lang)),
    '',
  );

  out.push(`## ${mdText(t('report.requirementsHeading', lang))}`, '');
  out.push(
    `| ${mdText(t('report.colRequirement', lang))} | ${mdText(t('report.colLevel', lang))} | ${mdText(t('report.colStatus', lang))} | ${mdText(t('report.colEvidence', lang))} | ${mdText(t('report.colReference', lang))} |`,
    '|---|---|---|---|---|',
  );
  for (const r of report.requirements) {
    const ref = `${mdText(r.reference.section)}${r.reference.verified ? '' : ` (${mdText(t('report.unverifiedShort', lang))})`}`;
    out.push(
      `| **${mdText(r.title)}**<br>\`${r.id}\` | ${mdText(r.levelLabel)}<br>${mdText(r.revision)} | ${SQUARE[r.status]} ${mdText(r.statusLabel)} | ${detail(r, lang)} | ${ref} |`,
    );
  }
  out.push('');

  out.push(`## ${mdText(t('report.outdatedHeading', lang))}`, '');
  if (!report.outdated.length) out.push(mdText(t('report.noOutdated', lang)), '');
  for (const o of report.outdated) {
    out.push(
      `### ${mdText(o.title)} (\`${o.id}\`) — ${link(o.location)}`,
      '',
      `**${mdText(t('report.reason', lang))}**: ${mdText(o.reason)}`,
      '',
      `**${mdText(t('report.current', lang))}**:`,
      '',
      `> ${mdLine(o.excerpt)}`,
      '',
      `**${mdText(t('report.revised', lang))}**:`,
      '',
      `> ${mdLine(o.revised)}`,
      '',
    );
  }

  out.push(`## ${mdText(t('report.traceHeading', lang))}`, '', mdText(t('report.traceNote', lang)), '');
  if (!report.clauses.length) out.push(mdText(t('report.noTrace', lang)), '');
  else {
    out.push(
      `| ${mdText(t('report.colLocation', lang))} | ${mdText(t('report.colClause', lang))} | ${mdText(t('report.colRequirements', lang))} |`,
      '|---|---|---|',
    );
    for (const c of report.clauses) {
      const reqs = c.requirements
        .map(
          (x) =>
            `${mdText(x.title)} \`${x.id}\` (${x.role === 'cover' ? mdText(t(HOW_KEY[x.how ?? 'text'], lang)) : mdText(t('status.outdated', lang))})`,
        )
        .join('<br>');
      out.push(`| ${link(c.location)} | ${mdText(c.excerpt)} | ${reqs} |`);
    }
    out.push('');
  }

  if (report.otherFindings.length) {
    out.push(`## ${mdText(t('report.otherHeading', lang))}`, '');
    for (const f of report.otherFindings) out.push(`- ${link(f.location)} \`${f.code}\` ${mdText(f.message)}`);
    out.push('');
  }
  if (report.errors.length || report.problems.length) {
    out.push(`## ${mdText(t('report.problemsHeading', lang))}`, '');
    for (const e of report.errors) out.push(`- ${mdText(e.path)}: ${mdText(e.message)}`);
    for (const p of report.problems)
      out.push(`- ${p.severity}${p.key ? ` ${mdText(p.key)}` : ''}: ${mdText(p.message)}`);
    out.push('');
  }
  out.push('---', '', mdText(t('report.footer', lang)), '');
  if (report.trace) out.push(...metaLines(report.trace, report.lang).map((l) => `- ${mdText(l)}`), '');
  return out.join('\n');
}
