import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { getCatalog, pick } from '../../../server/src/core';
import { snippetToPlain } from '../../../server/src/core/edits/snippet';
import { analyzePolicySet } from '../../../server/src/core/policySet';
import { buildComplianceReport } from '../../../server/src/core/report/compliance';
import { renderHtml } from '../../../server/src/core/report/html';
import { renderMarkdown } from '../../../server/src/core/report/markdown';
import { CONFIG, fixtureReport, HOSTILE, THREE } from './helpers';

const CLI = join(__dirname, '../../../server/out/cli.js');
const catalog = getCatalog();

function kijun(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', SOURCE_DATE_EPOCH: '1751328000' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('report data', () => {
  const report = fixtureReport();

  it('lists every requirement once with a status, and counts agree with the statuses', () => {
    expect(report.requirements.map((r) => r.id)).toEqual(catalog.requirements.map((r) => r.id));
    const count = (s: string) => report.requirements.filter((r) => r.status === s).length;
    expect(report.summary).toEqual({
      total: report.requirements.length - count('not-applicable'),
      covered: count('covered'),
      missing: count('missing'),
      outdated: count('outdated'),
      notApplicable: count('not-applicable'),
    });
    // Every requirement is in exactly one level row and one chapter row.
    const sum = (rows: typeof report.byLevel) => rows.reduce((n, r) => n + r.total, 0);
    expect(sum(report.byLevel)).toBe(report.requirements.length);
    expect(sum(report.byChapter)).toBe(report.requirements.length);
    for (const row of [...report.byLevel, ...report.byChapter])
      expect(row.covered + row.outdated + row.missing + row.notApplicable).toBe(row.total);
  });

  it("groups by the part (部) of each requirement's reference", () => {
    for (const r of report.requirements) {
      const part = /^\s*(\d+)/.exec(catalog.byId.get(r.id)!.reference.section)![1];
      expect(r.chapter.key).toBe(part);
      expect(r.chapter.label).toMatch(new RegExp(`^第${part}部 `));
    }
  });

  it('links evidence to file and line, with an excerpt and how it counts', () => {
    const email = report.requirements.find((r) => r.id === 'email-encryption')!;
    expect(email.status).toBe('covered');
    const [e] = email.evidence;
    const lines = readFileSync(join(THREE, '別表.md'), 'utf8').split('\n');
    expect(e).toMatchObject({ path: '別表.md', href: `${encodeURIComponent('別表.md')}#L${e.line}`, how: 'text' });
    expect(lines[e.line - 1]).toContain('STARTTLS');
    expect(e.excerpt).toContain('STARTTLS');
    // The citation in 対策基準 第7条 is traced as such.
    const cited = report.requirements.flatMap((r) => r.evidence).filter((x) => x.how === 'citation');
    expect(cited.length).toBeGreaterThanOrEqual(1);
    for (const c of cited) expect(c.citation).toMatch(/^統一基準 \d/);
  });

  it('gives not-applicable reasons from the configuration', () => {
    for (const [id, reason] of Object.entries(CONFIG.notApplicable)) {
      expect(report.requirements.find((r) => r.id === id)).toMatchObject({
        status: 'not-applicable',
        notApplicableReason: reason,
      });
    }
  });

  it('gives each outdated clause its reason and the revised clause with placeholders filled', () => {
    expect(report.outdated.length).toBeGreaterThanOrEqual(1);
    for (const o of report.outdated) {
      const r = catalog.byId.get(o.id)!;
      expect(o.revised).toBe(snippetToPlain(pick(r.template, 'ja')));
      expect(o.revised).not.toMatch(/\$\{|\$\d/);
      expect(o.reason.length).toBeGreaterThan(10);
      expect(o.location.display).toMatch(/\.md$/);
    }
  });

  it('places missing requirements in the primary file', () => {
    for (const r of report.requirements.filter((x) => x.status === 'missing')) {
      expect(r.missingAt?.path).toBe('対策基準.md');
      expect(r.template).toBe(snippetToPlain(pick(catalog.byId.get(r.id)!.template, 'ja')));
    }
  });

  it('traces clauses back to requirements', () => {
    const covering = report.requirements.flatMap((r) => r.evidence.map((e) => `${e.path}:${e.line}:${r.id}`)).sort();
    const traced = report.clauses
      .flatMap((c) =>
        c.requirements.filter((x) => x.role === 'cover').map((x) => `${c.location.path}:${c.location.line}:${x.id}`),
      )
      .sort();
    expect(traced).toEqual(covering);
  });
});

describe('HTML report', () => {
  const report = fixtureReport();
  const html = renderHtml(report);

  it('is one self-contained document: no script, nothing from the network', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(\s*['"]?https?:/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    // The two charts are inline SVG, labelled.
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it('has a row per requirement and clause links a webview can intercept', () => {
    expect(html.match(/<tr id="req-/g)).toHaveLength(catalog.requirements.length);
    const email = report.requirements.find((r) => r.id === 'email-encryption')!.evidence[0];
    expect(html).toContain(
      `data-kijun-path="別表.md" data-kijun-line="${email.range.start.line}" data-kijun-character="${email.range.start.character}">別表.md:${email.line}</a>`,
    );
  });

  it('draws each chart row with segments that add up to its counts', () => {
    for (const row of report.byChapter) {
      const g = new RegExp(`<g class="row" data-key="${row.key}">(.*?)</g>`).exec(html)![1];
      const seg = (s: string) => new RegExp(`seg-${s}"[^>]*><title>[^<]* (\\d+)</title>`).exec(g)?.[1] ?? '0';
      expect([seg('covered'), seg('outdated'), seg('missing'), seg('not-applicable')].map(Number)).toEqual([
        row.covered,
        row.outdated,
        row.missing,
        row.notApplicable,
      ]);
    }
  });

  it('is in English with --lang en', () => {
    const en = renderHtml(fixtureReport('en'));
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toContain('Common Standards compliance report');
    expect(en).not.toContain('対応状況報告書');
    expect(html).toContain('対応状況報告書');
  });

  it('escapes policy text: tags, attributes and entities stay text', () => {
    const set = analyzePolicySet([{ path: 'p<a>&"q.md', text: HOSTILE }]);
    const out = renderHtml(buildComplianceReport(set, { lang: 'ja', version: 'test' }));
    expect(out).not.toMatch(/<script>alert|<img src=x|<svg onload|<b>bold|<\/td><\/tr><\/table>/);
    // Headings lose their inline HTML in the model; clause excerpts keep it, as text.
    expect(out).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&amp;amp;');
    expect(out).toContain('data-kijun-path="p&lt;a&gt;&amp;&quot;q.md"');
    expect(out).toContain(`href="${encodeURIComponent('p<a>&"q.md').replace(/&/g, '&amp;')}#L`);
    expect(out).not.toMatch(/href="javascript:/i);
  });
});

describe('Markdown report', () => {
  const report = fixtureReport();
  const md = renderMarkdown(report);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md);

  type Node = { type: string; value?: string; children?: Node[]; url?: string };
  const all = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(all)];

  it('is GitHub-flavoured Markdown whose tables keep their columns', () => {
    const tables = all(tree as Node).filter((n) => n.type === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) {
      const widths = t.children!.map((row) => row.children!.length);
      expect(new Set(widths).size).toBe(1);
    }
    const reqTable = tables.find((t) => t.children!.length === catalog.requirements.length + 1);
    expect(reqTable).toBeDefined();
  });

  it('links evidence to file:line', () => {
    const links = all(tree as Node)
      .filter((n) => n.type === 'link')
      .map((n) => n.url);
    const email = report.requirements.find((r) => r.id === 'email-encryption')!.evidence[0];
    expect(links).toContain(email.href);
  });

  it('escapes policy text: no HTML, links or table cells come from it', () => {
    const set = analyzePolicySet([{ path: 'p (1).md', text: HOSTILE }]);
    const out = renderMarkdown(buildComplianceReport(set, { lang: 'ja', version: 'test' }));
    const t = unified().use(remarkParse).use(remarkGfm).parse(out) as Node;
    const html = all(t)
      .filter((n) => n.type === 'html')
      .map((n) => n.value);
    // The only raw HTML is the report's own line breaks inside table cells.
    expect(new Set(html)).toEqual(new Set(['<br>']));
    const urls = all(t)
      .filter((n) => n.type === 'link')
      .map((n) => n.url!);
    expect(urls.some((u) => /javascript/i.test(u))).toBe(false);
    for (const u of urls) expect(u).toMatch(/^p%20%281%29\.md(#L\d+)?$/);
    const text = all(t)
      .filter((n) => n.type === 'text' || n.type === 'inlineCode')
      .map((n) => n.value)
      .join('');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('&amp;');
    for (const table of all(t).filter((n) => n.type === 'table'))
      expect(new Set(table.children!.map((r) => r.children!.length)).size).toBe(1);
  });
});

describe('kijun report (CLI)', () => {
  it('writes HTML for a folder with kijun.json, links relative to the output file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kijun-report-')), 'nested', 'report.html');
    const r = kijun('report', '--out', out, THREE);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`<title>統一基準 対応状況報告書: ${CONFIG.name}</title>`);
    // The link from the report's folder back to the policy file resolves to the file.
    const href = /class="loc" href="([^"#]+)#L\d+" data-kijun-path="[^"]*別表\.md"/.exec(html)![1];
    expect(readFileSync(join(out, '..', decodeURIComponent(href)), 'utf8')).toContain('STARTTLS');
    expect(html).toContain('2025-07-01');
  });

  it('writes Markdown and JSON to stdout, in English on request', () => {
    const md = kijun('report', '--format', 'md', '--lang', 'en', '--policy', join(THREE, 'kijun.json'));
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Common Standards compliance report: /);
    const json = JSON.parse(kijun('report', '--format', 'json', THREE).stdout);
    expect(json).toMatchObject({
      kind: 'kijun-compliance-report',
      version: 1,
      lang: 'ja',
      generatedAt: '2025-07-01T00:00:00.000Z',
    });
    expect(json.requirements).toHaveLength(catalog.requirements.length);
    expect(json.files.map((f: { display: string; primary: boolean }) => [f.display, f.primary])).toEqual([
      ['基本方針.md', false],
      ['対策基準.md', true],
      ['別表.md', false],
    ]);
  });

  it('reports on one file, and takes the policies of a folder without kijun.json together', () => {
    const one = JSON.parse(kijun('report', '--format', 'json', join(THREE, '対策基準.md')).stdout);
    expect(one.files).toHaveLength(1);
    expect(one.requirements.find((r: { id: string }) => r.id === 'email-encryption').status).toBe('missing');
    const dir = mkdtempSync(join(tmpdir(), 'kijun-noconfig-'));
    mkdirSync(join(dir, 'sub'));
    for (const f of ['対策基準.md', '別表.md'])
      writeFileSync(join(dir, f === '別表.md' ? 'sub' : '', f), readFileSync(join(THREE, f)));
    writeFileSync(join(dir, 'notes.md'), '# メモ\n');
    const r = kijun('report', '--format', 'json', dir);
    expect(r.stderr).toMatch(/no kijun\.json|kijun\.json がない/);
    const together = JSON.parse(r.stdout);
    expect(together.files.map((f: { display: string }) => f.display)).toEqual(['sub/別表.md', '対策基準.md']);
    expect(together.requirements.find((x: { id: string }) => x.id === 'email-encryption').status).toBe('covered');
  });

  it('rejects bad usage with exit 2 and one line', () => {
    for (const args of [
      ['report'],
      ['report', '--format', 'pdf', THREE],
      ['report', THREE, THREE],
      ['report', '/nonexistent/x.md'],
    ]) {
      const r = kijun(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
