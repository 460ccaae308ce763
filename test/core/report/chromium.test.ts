// The HTML report as a user sees it: rendered by Chromium (playwright-core drives the system's /usr/bin/chromium;
// CI installs it with fonts-noto-cjk). Checks what a screenshot would show — Japanese glyphs from a CJK font,
// chart labels inside their chart and clear of the bars, nothing wider than the window, links a webview can
// intercept, a printable PDF — and saves screenshots: full pages under test/output/report/ (git-ignored) and a
// small committed copy under test/core/report/screenshots/ (rewritten when missing or with KIJUN_UPDATE_SCREENSHOTS=1).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCatalog } from '../../../server/src/core';
import { THREE } from './helpers';

// The callbacks passed to page.evaluate run in the page; the project compiles without the DOM library, so the
// few browser globals they use are declared here, for this file only.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(
    `kijun: skipping the Chromium report test: ${CHROMIUM} not found (apt-get install -y chromium fonts-noto-cjk)`,
  );

const CLI = join(__dirname, '../../../server/out/cli.js');
const OUT = join(__dirname, '../../output/report');
const COMMITTED = join(__dirname, 'screenshots');

function report(lang: 'ja' | 'en'): string {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `report.${lang}.html`);
  // A fixed date (SOURCE_DATE_EPOCH) keeps the screenshots comparable from run to run.
  const r = spawnSync(process.execPath, [CLI, 'report', '--lang', lang, '--out', file, THREE], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1751328000' },
  });
  if (r.status !== 0) throw new Error(`kijun report failed: ${r.stderr}`);
  return file;
}

describe.skipIf(!hasChromium)(`the HTML report in Chromium (skipped when ${CHROMIUM} is absent)`, () => {
  let context: BrowserContext;
  const requests: string[] = [];

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kijun-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
      viewport: { width: 1280, height: 900 },
    });
    // Anything but the report file itself would be a network (or disk) load the report must not make.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith('file:') && url.endsWith('.html') ? route.continue() : route.abort();
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
  });

  async function open(file: string, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(() => document.fonts.ready);
    return page;
  }

  const overflow = (page: Page) =>
    page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      // Cells whose content is wider than the cell (text cut off or spilling into the next column).
      cells: [...document.querySelectorAll('td, th')]
        .filter((el: any) => el.scrollWidth > el.clientWidth + 1)
        .map((el: any) => String(el.textContent).slice(0, 40)) as string[],
    }));

  it('renders Japanese with a CJK font, charts with readable labels, nothing overflowing', async () => {
    const page = await open(report('ja'));
    requests.length = 0;
    await page.reload();
    expect(requests.filter((u) => !u.endsWith('report.ja.html'))).toEqual([]);

    // Which font Chromium actually drew the title with: a CJK font, not a fallback without Japanese glyphs.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const cjk = fonts.filter((f) => /CJK|JP|Gothic|Hiragino|Meiryo/i.test(f.familyName));
    expect(
      cjk.map((f) => f.familyName),
      JSON.stringify(fonts),
    ).not.toEqual([]);
    expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThan(10);

    // One table row per requirement.
    expect(await page.locator('table.reqs tbody tr').count()).toBe(getCatalog().requirements.length);

    // Chart labels: inside the chart, left of the bars, not on top of each other; counts fit their segment.
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('svg.kijun-chart')].map((svg: any) => {
        const rect = (el: any) => {
          const r = el.getBoundingClientRect();
          return { left: r.left as number, right: r.right as number, top: r.top as number, bottom: r.bottom as number };
        };
        const box = rect(svg);
        const rows = [...svg.querySelectorAll('g.row')].map((g: any) => {
          const texts: any[] = [...g.querySelectorAll('text')];
          const track = g.querySelector('rect')!.getBoundingClientRect();
          const label = texts.filter((t) => t.getAttribute('text-anchor') === 'end').map((t) => rect(t));
          const counts = [...g.querySelectorAll('rect.seg')]
            .map((seg: any) => {
              const next = seg.nextElementSibling;
              return next && next.tagName === 'text'
                ? { seg: seg.getBoundingClientRect().width, text: next.getBoundingClientRect().width }
                : null;
            })
            .filter(Boolean) as Array<{ seg: number; text: number }>;
          return { label, trackLeft: track.left as number, counts };
        });
        const all = [...svg.querySelectorAll('text')].map((t: any) => rect(t));
        return { box, rows, all };
      }),
    );
    expect(charts).toHaveLength(2);
    for (const c of charts) {
      for (const t of c.all) {
        expect(t.left).toBeGreaterThanOrEqual(c.box.left - 0.5);
        expect(t.right).toBeLessThanOrEqual(c.box.right + 0.5);
        expect(t.top).toBeGreaterThanOrEqual(c.box.top - 0.5);
        expect(t.bottom).toBeLessThanOrEqual(c.box.bottom + 0.5);
      }
      const labels = c.rows.flatMap((r) => r.label.map((l) => ({ ...l, trackLeft: r.trackLeft })));
      for (const l of labels) expect(l.right).toBeLessThanOrEqual(l.trackLeft);
      for (let i = 1; i < labels.length; i++) expect(labels[i].top).toBeGreaterThanOrEqual(labels[i - 1].bottom - 1);
      for (const r of c.rows) for (const n of r.counts) expect(n.text).toBeLessThanOrEqual(n.seg);
    }

    expect(await overflow(page)).toEqual({ page: 0, cells: [] });

    await page.screenshot({ path: join(OUT, 'report-ja.png'), fullPage: true });
    const small = join(COMMITTED, 'report-ja.png');
    if (!existsSync(small) || process.env.KIJUN_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(COMMITTED, { recursive: true });
      // The top of the report (title, summary, charts, first rows) at a modest width: small enough to commit.
      await page.setViewportSize({ width: 960, height: 900 });
      await page.screenshot({
        path: join(OUT, 'report-ja-top.png'),
        fullPage: true,
        clip: { x: 0, y: 0, width: 960, height: 1500 },
      });
      copyFileSync(join(OUT, 'report-ja-top.png'), small);
    }
    await page.close();
  }, 120_000);

  it('fits a narrow webview beside the editor', async () => {
    const page = await open(join(OUT, 'report.ja.html'), 520);
    expect(await overflow(page)).toEqual({ page: 0, cells: [] });
    await page.screenshot({ path: join(OUT, 'report-ja-narrow.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('renders in English too', async () => {
    const page = await open(report('en'));
    expect(await page.locator('h1').textContent()).toMatch(/^Common Standards compliance report: /);
    expect(await overflow(page)).toEqual({ page: 0, cells: [] });
    await page.screenshot({ path: join(OUT, 'report-en.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('has clause links a webview can intercept (data attributes, 0-based line)', async () => {
    const page = await open(join(OUT, 'report.ja.html'));
    // What a webview script would do: catch the click, read where to go, stay on the page.
    const target = await page.evaluate(
      () =>
        new Promise<{ path: string; line: number; text: string }>((resolve) => {
          document.addEventListener('click', (e: any) => {
            const a = e.target.closest('a[data-kijun-path]');
            if (!a) return;
            e.preventDefault();
            resolve({ path: a.dataset.kijunPath!, line: Number(a.dataset.kijunLine), text: a.textContent! });
          });
          document.querySelector('a.loc').click();
        }),
    );
    expect(target.path).toMatch(/\.md$/);
    // The visible label is file:line, 1-based; the attribute is LSP's 0-based line.
    expect(target.text).toBe(`${target.path.split('/').pop()}:${target.line + 1}`);
    expect(page.url()).toMatch(/report\.ja\.html$/);
    await page.close();
  }, 120_000);

  it('prints to A4 without anything wider than the page', async () => {
    const page = await open(join(OUT, 'report.ja.html'), 718);
    await page.emulateMedia({ media: 'print' });
    expect(await overflow(page)).toEqual({ page: 0, cells: [] });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(OUT, 'report-ja-print.png'), fullPage: true });
    await page.close();
  }, 120_000);
});
