import type { Language } from '../catalog';
import type { Status } from '../checker/types';
import { escapeXml, stackedBarChart, STATUS_COLORS } from './charts';
import type { ChartRow, ComplianceReport, ReportEvidence, ReportLocation, ReportRequirement } from './compliance';
import { HOW_HELP_KEY, HOW_KEY, STATUS_KEY, statusLabels, t } from '../i18n';
import { metaLines } from './meta';
import { exceptionText } from '../checker/exceptions';

/**
 * The compliance report as one self-contained HTML file: inline CSS and SVG, no script, nothing loaded from the
 * network (a Content-Security-Policy says so), readable when printed. Every string that comes from the policy
 * is escaped. Links to clauses are ordinary relative links (`対策基準.md#L12`) that also carry
 * `data-kijun-path`, `data-kijun-line` and `data-kijun-character` (0-based, as LSP counts), so a webview can
 * intercept a click and reveal the clause instead.
 */
export interface HtmlOptions {
  /**
   * The page's Content-Security-Policy. Default: nothing may be loaded (`default-src 'none'`), inline styles and
   * data: images allowed. A webview passes its own (with its nonce); `null` leaves the meta tag out.
   */
  csp?: string | null;
  /** Trusted markup for the end of <head> (a webview's script or style tag). Never put policy text here. */
  head?: string;
}

export const DEFAULT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export const escapeHtml = escapeXml;

const esc = escapeHtml;

function locLink(l: ReportLocation, label?: string): string {
  const text = label ?? `${l.display}:${l.line}`;
  return `<a class="loc" href="${esc(l.href)}" data-kijun-path="${esc(l.path)}" data-kijun-line="${l.range.start.line}" data-kijun-character="${l.range.start.character}">${esc(text)}</a>`;
}

function badge(status: Status, lang: Language): string {
  return `<span class="badge st-${status}">${esc(t(STATUS_KEY[status], lang))}</span>`;
}

function evidenceItem(e: ReportEvidence, lang: Language): string {
  const how = `<span class="how how-${e.how}" title="${esc(t(HOW_HELP_KEY[e.how], lang))}">${esc(t(HOW_KEY[e.how], lang))}</span>`;
  const cite = e.citation ? ` <span class="cite">${esc(e.citation)}</span>` : '';
  return `<li>${locLink(e)} ${how}${cite}<q class="excerpt">${esc(e.excerpt)}</q></li>`;
}

const MAX_EVIDENCE_IN_TABLE = 3;

function requirementRow(r: ReportRequirement, lang: Language): string {
  let detail = '';
  if (r.status === 'not-applicable') {
    detail = `<p class="na">${esc(t('report.naReason', lang))}: ${esc(r.notApplicableReason ?? '')}</p>`;
  } else if (r.status === 'missing') {
    const at = r.missingAt
      ? `<p>${esc(t('report.belongsIn', lang))}: ${locLink(r.missingAt)}${r.missingAt.section ? ` <span class="section">${esc(r.missingAt.section)}</span>` : ''}</p>`
      : '';
    detail = `<p class="none">${esc(t('report.noClause', lang))}</p>${at}<div class="template"><span class="label">${esc(t('report.startingClause', lang))}</span>${esc(r.template)}</div>`;
  } else if (r.status === 'outdated') {
    detail = r.outdated
      .map(
        (o) =>
          `<div class="outdated-item">${locLink(o.location)}<q class="excerpt">${esc(o.excerpt)}</q><p class="reason"><span class="label">${esc(t('report.reason', lang))}</span>${esc(o.reason)}</p><p><a class="jump" href="#outdated-${esc(r.id)}">${esc(t('report.seeRevised', lang))}</a></p></div>`,
      )
      .join('');
    if (!r.outdated.length) detail = `<p>${esc(t('report.outdatedElsewhere', lang))}</p>`;
  }
  if (r.reason && r.status !== 'not-applicable') {
    detail += `<p class="why"><span class="label">${esc(t('report.why', lang))}</span>${esc(r.reason)}</p>`;
    if (r.conditions?.length)
      detail += `<ul class="conditions" aria-label="${esc(t('report.conditions', lang))}">${r.conditions.map((c) => `<li class="${c.met ? 'met' : 'unmet'}">${c.met ? '✓' : '✗'} ${esc(c.label)}<span class="detail"> — ${esc(c.detail)}</span></li>`).join('')}</ul>`;
    if (r.related?.length && r.status === 'missing')
      detail += `<div class="near"><span class="label">${esc(t('report.nearClauses', lang))}</span><ul>${r.related
        .slice(0, 3)
        .map((n) => `<li>${locLink(n.location)} ${esc(n.reason)}</li>`)
        .join('')}</ul></div>`;
  }
  if (r.exception) {
    const label = r.exception.expired ? t('report.exceptionExpired', lang) : t('report.exception', lang);
    detail =
      `<p class="exception${r.exception.expired ? ' expired' : ''}"><span class="label">${esc(label)}</span>${esc(exceptionText(r.exception, lang))}</p>` +
      detail;
  }
  let evidence = '';
  if (r.evidence.length && r.status !== 'not-applicable') {
    const shown = r.evidence.slice(0, MAX_EVIDENCE_IN_TABLE);
    const more = r.evidence.length - shown.length;
    evidence = `<ul class="evidence">${shown.map((e) => evidenceItem(e, lang)).join('')}</ul>${more > 0 ? `<p class="more"><a href="#trace">${esc(t('report.more', lang, more))}</a></p>` : ''}`;
  }
  return [
    `<tr id="req-${esc(r.id)}" class="req st-${r.status}">`,
    `<td class="title"><strong>${esc(r.title)}</strong><br><code>${esc(r.id)}</code><p class="summary">${esc(r.summary)}</p></td>`,
    `<td class="level"><span class="lv lv-${r.level}">${esc(r.levelLabel)}</span><br><small class="revision">${esc(r.revision)}</small></td>`,
    `<td class="status">${badge(r.status, lang)}</td>`,
    `<td class="detail" data-label="${esc(t('report.colEvidence', lang))}">${detail}${evidence}</td>`,
    `<td class="ref" data-label="${esc(t('report.colReference', lang))}">${esc(r.reference.section)}${r.reference.verified ? '' : `<br><span class="unverified">${esc(t('report.unverifiedShort', lang))}</span>`}</td>`,
    '</tr>',
  ].join('');
}

function chart(rows: ChartRow[], id: string, title: string, lang: Language): string {
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption>${stackedBarChart(rows, {
    id,
    title,
    statusLabels: statusLabels(lang),
    rowNote: (row) => t('report.rowNote', lang, row.covered, row.total - row.notApplicable),
  })}</figure>`;
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 28px 48px; font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Yu Gothic", Meiryo, sans-serif; font-size: 14px; line-height: 1.6; color: #1a1a1a; background: #ffffff; }
:lang(ja) body, body:lang(ja) { font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Yu Gothic", Meiryo, system-ui, sans-serif; }
main { max-width: 1180px; margin: 0 auto; }
h1 { font-size: 22px; margin: 0 0 4px; line-height: 1.35; overflow-wrap: anywhere; }
h2 { font-size: 17px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #d8dce1; }
h3 { font-size: 15px; margin: 18px 0 6px; }
a { color: #0b5cad; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK JP", monospace; font-size: 12px; background: #f1f2f4; padding: 0 4px; border-radius: 3px; }
.meta { color: #4a4f57; margin: 0; font-size: 13px; }
.meta span + span::before { content: " · "; color: #9aa0a8; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 18px 0 4px; padding: 0; list-style: none; }
.cards li { flex: 1 1 150px; border: 1px solid #d8dce1; border-left: 6px solid #888; border-radius: 6px; padding: 8px 12px; }
.cards .n { display: block; font-size: 24px; font-weight: 700; line-height: 1.2; }
.cards .st-covered { border-left-color: ${STATUS_COLORS.covered.fill}; }
.cards .st-outdated { border-left-color: ${STATUS_COLORS.outdated.fill}; }
.cards .st-missing { border-left-color: ${STATUS_COLORS.missing.fill}; }
.cards .st-not-applicable { border-left-color: ${STATUS_COLORS['not-applicable'].fill}; }
/* One chart per line: side by side they would shrink the SVG text below a readable size. */
.charts { display: flex; flex-direction: column; gap: 18px; }
figure.chart { margin: 0; min-width: 0; }
figure.chart figcaption { font-weight: 700; margin-bottom: 4px; }
figure.chart svg { display: block; width: 100%; max-width: 760px; height: auto; }
.note { color: #4a4f57; font-size: 12px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #d8dce1; padding: 6px 8px; vertical-align: top; text-align: left; overflow-wrap: anywhere; word-break: normal; }
th { background: #f1f2f4; font-weight: 700; }
table.reqs col.c-title { width: 25%; } table.reqs col.c-level { width: 8em; } table.reqs col.c-status { width: 7.5em; } table.reqs col.c-ref { width: 7.5em; }
:lang(ja) table.reqs col.c-level { width: 4.5em; } :lang(ja) table.reqs col.c-status { width: 6em; } :lang(ja) table.reqs col.c-ref { width: 6.5em; }
.summary { margin: 4px 0 0; color: #4a4f57; font-size: 12px; }
.badge { display: inline-block; max-width: 100%; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 700; line-height: 1.5; text-align: center; }
.st-covered .badge, .badge.st-covered { background: ${STATUS_COLORS.covered.fill}; color: #fff; }
.badge.st-outdated { background: ${STATUS_COLORS.outdated.fill}; color: #1a1a1a; }
.badge.st-missing { background: ${STATUS_COLORS.missing.fill}; color: #fff; }
.badge.st-not-applicable { background: ${STATUS_COLORS['not-applicable'].fill}; color: #1a1a1a; }
tr.req.st-missing td.status { background: #fdf0ee; } tr.req.st-outdated td.status { background: #fdf6e3; }
.lv { font-size: 12px; white-space: nowrap; } .lv-mandatory { font-weight: 700; }
.unverified { font-size: 11px; color: #8a5a00; }
ul.evidence { margin: 0; padding-left: 1.1em; }
ul.evidence li { margin: 2px 0 6px; }
q.excerpt { display: block; quotes: "「" "」"; color: #30343a; font-size: 13px; }
:lang(en) q.excerpt { quotes: "\\201C" "\\201D"; }
.how { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 8px; border: 1px solid #aab0b8; color: #3a3f46; margin-left: 2px; }
.how-marker { border-color: #6a4fb3; color: #4b3590; } .how-citation { border-color: #0b5cad; color: #0b5cad; }
.cite { font-size: 12px; color: #0b5cad; }
.template { margin: 6px 0 2px; padding: 6px 10px; background: #f4f8fc; border-left: 3px solid #0b5cad; font-size: 13px; }
.template .label, .reason .label { display: block; font-size: 11px; font-weight: 700; color: #4a4f57; }
.exception { border-left: 3px solid #6b5fb5; padding-left: 6px; } .exception.expired { border-left-color: #c0392b; } .exception .label { display: block; font-size: 11px; font-weight: 700; color: #4a4f57; }
.outdated-item + .outdated-item { margin-top: 8px; padding-top: 8px; border-top: 1px dashed #d8dce1; }
p { margin: 2px 0; }
.none { color: ${STATUS_COLORS.missing.fill}; font-weight: 700; }
.section { color: #4a4f57; }
article.outdated { border: 1px solid #d8dce1; border-left: 6px solid ${STATUS_COLORS.outdated.fill}; border-radius: 6px; padding: 8px 14px 10px; margin: 10px 0; break-inside: avoid; }
article.outdated h3 { margin: 0 0 4px; }
.compare { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin-top: 6px; }
.compare > div { padding: 6px 10px; border-radius: 4px; min-width: 0; overflow-wrap: anywhere; }
.compare .before { background: #fdf6e3; } .compare .after { background: #eef7f0; }
.compare .label { display: block; font-size: 11px; font-weight: 700; color: #4a4f57; }
table.trace col.c-loc { width: 11em; } table.trace col.c-reqs { width: 32%; }
table.trace td ul { margin: 0; padding-left: 1.1em; }
.problems li.error { color: ${STATUS_COLORS.missing.fill}; }
footer .trace { font-size: 11px; overflow-wrap: anywhere; }
footer { margin-top: 36px; font-size: 12px; color: #4a4f57; border-top: 1px solid #d8dce1; padding-top: 8px; }
/* A narrow window (a webview beside the editor): each table row becomes a card, cells stacked. */
@media screen and (max-width: 760px) {
  body { padding: 12px; }
  .compare { grid-template-columns: 1fr; }
  .cards li { flex-basis: 110px; }
  table.reqs, table.reqs tbody, table.reqs tr, table.reqs td, table.trace, table.trace tbody, table.trace tr, table.trace td { display: block; width: auto; }
  table.reqs thead, table.trace thead, table colgroup { display: none; }
  table.reqs tr, table.trace tr { border: 1px solid #d8dce1; border-radius: 6px; margin: 0 0 10px; }
  table.reqs td, table.trace td { border: 0; border-top: 1px solid #eceef1; }
  table.reqs td:first-child, table.trace td:first-child { border-top: 0; }
  table.reqs td.level, table.reqs td.status { display: inline-block; border: 0; padding-top: 0; }
  td[data-label]::before { content: attr(data-label); display: block; font-size: 11px; font-weight: 700; color: #4a4f57; }
  table.reqs td.level::before, table.reqs td.status::before { display: none; }
  tr.req.st-missing td.status, tr.req.st-outdated td.status { background: none; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { padding: 0; font-size: 10.5pt; }
  main { max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  a.loc { text-decoration: underline dotted; }
  h2 { break-after: avoid; }
  tr, .cards li, figure.chart, article.outdated { break-inside: avoid; }
  thead { display: table-header-group; }
  table.reqs col.c-title { width: 22%; }
  .jump, .more a { display: none; }
}
`;

/** Renders the report as a standalone HTML document. */
export function renderHtml(report: ComplianceReport, options: HtmlOptions = {}): string {
  const lang: Language = report.lang;
  const s = report.summary;
  const csp = options.csp === undefined ? DEFAULT_CSP : options.csp;
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    ...(csp ? [`<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`] : []),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="kijun">',
    `<title>${esc(t('report.docTitle', lang, report.title))}</title>`,
    `<style>${CSS}</style>`,
    options.head ?? '',
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<h1>${esc(t('report.docTitle', lang, report.title))}</h1>`,
    `<p class="meta"><span>${esc(t('report.standard', lang))}: ${esc(report.edition.title)}${report.edition.reason ? ` — ${esc(report.edition.reason)}` : ''}</span>${report.generatedAt ? `<span>${esc(t('report.generated', lang))}: ${esc(formatDate(report.generatedAt))}</span>` : ''}<span>kijun ${esc(report.tool.version)}</span>${report.config ? `<span>${esc(t('report.config', lang))}: <code>${esc(report.config)}</code></span>` : ''}</p>`,
    `<p class="meta">${esc(t('report.files', lang))}: ${report.files.map((f) => `<a class="file" href="${esc(f.href)}" data-kijun-path="${esc(f.path)}">${esc(f.display)}</a>${f.primary && report.files.length > 1 ? esc(t('common.parenthetical', lang, t('report.primary', lang))) : ''}`).join(t('common.listSeparator', lang))}</p>`,
    '</header>',
  );

  // Summary cards.
  out.push(
    `<section aria-labelledby="h-summary"><h2 id="h-summary">${esc(t('report.summaryHeading', lang))}</h2>`,
    '<ul class="cards">',
    `<li class="st-covered"><span class="n">${s.covered} / ${s.total}</span>${esc(t('status.covered', lang))}</li>`,
    `<li class="st-outdated"><span class="n">${s.outdated}</span>${esc(t('status.outdated', lang))}</li>`,
    `<li class="st-missing"><span class="n">${s.missing}</span>${esc(t('status.missing', lang))}</li>`,
    `<li class="st-not-applicable"><span class="n">${s.notApplicable}</span>${esc(t(STATUS_KEY['not-applicable'], lang))}</li>`,
    '</ul>',
    `<p class="note">${esc(t('report.summaryNote', lang, report.files.length))}</p>`,
    '</section>',
  );

  // Charts.
  out.push(
    `<section aria-labelledby="h-charts"><h2 id="h-charts">${esc(t('report.chartsHeading', lang))}</h2>`,
    '<div class="charts">',
    chart(report.byLevel, 'chart-level', t('report.byLevel', lang), lang),
    chart(report.byChapter, 'chart-chapter', t('report.byChapter', lang), lang),
    '</div>',
    `<p class="note">${esc(t('report.chapterNote', lang))}</p>`,
    '</section>',
  );

  // Every requirement.
  out.push(
    `<section aria-labelledby="h-reqs"><h2 id="h-reqs">${esc(t('report.requirementsHeading', lang))}</h2>`,
    '<table class="reqs"><colgroup><col class="c-title"><col class="c-level"><col class="c-status"><col class="c-detail"><col class="c-ref"></colgroup>',
    `<thead><tr><th scope="col">${esc(t('report.colRequirement', lang))}</th><th scope="col">${esc(t('report.colLevel', lang))}</th><th scope="col">${esc(t('report.colStatus', lang))}</th><th scope="col">${esc(t('report.colEvidence', lang))}</th><th scope="col">${esc(t('report.colReference', lang))}</th></tr></thead>`,
    '<tbody>',
    ...report.requirements.map((r) => requirementRow(r, lang)),
    '</tbody></table>',
    '</section>',
  );

  // Outdated clauses, each with the revised clause.
  out.push(`<section aria-labelledby="h-outdated"><h2 id="h-outdated">${esc(t('report.outdatedHeading', lang))}</h2>`);
  if (!report.outdated.length) out.push(`<p>${esc(t('report.noOutdated', lang))}</p>`);
  const firstOfId = new Set<string>();
  for (const o of report.outdated) {
    const anchor = firstOfId.has(o.id) ? '' : ` id="outdated-${esc(o.id)}"`;
    firstOfId.add(o.id);
    out.push(
      `<article class="outdated"${anchor}>`,
      `<h3>${esc(o.title)} <code>${esc(o.id)}</code></h3>`,
      `<p>${locLink(o.location)}</p>`,
      `<p class="reason"><span class="label">${esc(t('report.reason', lang))}</span>${esc(o.reason)}</p>`,
      `<div class="compare"><div class="before"><span class="label">${esc(t('report.current', lang))}</span>${esc(o.excerpt)}</div><div class="after"><span class="label">${esc(t('report.revised', lang))}</span>${esc(o.revised)}</div></div>`,
      '</article>',
    );
  }
  out.push('</section>');

  // Clause → requirement trace.
  out.push(
    `<section aria-labelledby="h-trace" id="trace"><h2 id="h-trace">${esc(t('report.traceHeading', lang))}</h2>`,
    `<p class="note">${esc(t('report.traceNote', lang))}</p>`,
  );
  if (!report.clauses.length) out.push(`<p>${esc(t('report.noTrace', lang))}</p>`);
  else {
    out.push(
      '<table class="trace"><colgroup><col class="c-loc"><col class="c-text"><col class="c-reqs"></colgroup>',
      `<thead><tr><th scope="col">${esc(t('report.colLocation', lang))}</th><th scope="col">${esc(t('report.colClause', lang))}</th><th scope="col">${esc(t('report.colRequirements', lang))}</th></tr></thead><tbody>`,
    );
    for (const c of report.clauses) {
      const reqs = c.requirements
        .map(
          (x) =>
            `<li><a href="#req-${esc(x.id)}">${esc(x.title)}</a> ${x.role === 'cover' ? `<span class="how how-${x.how}" title="${esc(t(HOW_HELP_KEY[x.how ?? 'text'], lang))}">${esc(t(HOW_KEY[x.how ?? 'text'], lang))}</span>` : badge('outdated', lang)}</li>`,
        )
        .join('');
      out.push(
        `<tr><td>${locLink(c.location)}</td><td data-label="${esc(t('report.colClause', lang))}">${esc(c.excerpt)}</td><td data-label="${esc(t('report.colRequirements', lang))}"><ul>${reqs}</ul></td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');

  if (report.otherFindings.length) {
    out.push(`<section aria-labelledby="h-other"><h2 id="h-other">${esc(t('report.otherHeading', lang))}</h2><ul>`);
    for (const f of report.otherFindings)
      out.push(`<li>${locLink(f.location)} <code>${esc(f.code)}</code> ${esc(f.message)}</li>`);
    out.push('</ul></section>');
  }
  if (report.errors.length || report.problems.length) {
    out.push(
      `<section aria-labelledby="h-problems"><h2 id="h-problems">${esc(t('report.problemsHeading', lang))}</h2><ul class="problems">`,
    );
    for (const e of report.errors) out.push(`<li class="error"><code>${esc(e.path)}</code> ${esc(e.message)}</li>`);
    for (const p of report.problems)
      out.push(`<li class="${p.severity}">${p.key ? `<code>${esc(p.key)}</code> ` : ''}${esc(p.message)}</li>`);
    out.push('</ul></section>');
  }

  const trace = report.trace
    ? `<p class="trace">${metaLines(report.trace, report.lang)
        .map((l) => esc(l))
        .join('<br>')}</p>`
    : '';
  out.push(`<footer><p>${esc(t('report.footer', lang))}</p>${trace}</footer>`, '</main>', '</body>', '</html>', '');
  return out.join('\n');
}

/** `2025-07-01 09:30` in the local time of whoever generates the report (the ISO value stays in the JSON). */
function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
