// The 新旧対照表 as printed: Chromium (playwright-core, /usr/bin/chromium) renders the HTML with print media on an
// A4-landscape page: the table fits the page, the columns are equal, the underlines are drawn, Japanese text gets
// a CJK font, nothing is loaded; the PDF is landscape. A screenshot goes to test/output/papers/ (git-ignored) and,
// when missing or with KIJUN_UPDATE_SCREENSHOTS=1, to docs/images/revise.png (the README shows it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const CLI = join(__dirname, '../../server/out/cli.js');
const EXAMPLE = join(__dirname, '../../examples/情報セキュリティ対策基準.md');
const OUT = join(__dirname, '../output/papers');
const COMMITTED = join(__dirname, '../../docs/images/revise.png');

describe.skipIf(!hasChromium)('the printed 新旧対照表 in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('fits an A4-landscape page, two equal columns, underlines drawn, a CJK font, nothing loaded', async () => {
    mkdirSync(OUT, { recursive: true });
    const changed = join(OUT, '対策基準-改正案.md');
    writeFileSync(
      changed,
      readFileSync(EXAMPLE, 'utf8').replace(
        'ログインを要するページ及び個人情報を入力するフォームについては',
        '全てのページについて',
      ),
    );
    const file = join(OUT, 'revise.html');
    const r = spawnSync(process.execPath, [CLI, 'revise', EXAMPLE, changed, '--out', file], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1751328000' },
    });
    expect(r.status).toBe(0);
    // A4 landscape at 96 dpi: 1123 × 794 CSS pixels.
    const page = await browser.newPage({ viewport: { width: 1123, height: 794 } });
    const requests: string[] = [];
    page.on('request', (q) => requests.push(q.url()));
    await page.goto(pathToFileURL(file).href);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    const m = await page.evaluate(() => {
      const table = document.querySelector('table').getBoundingClientRect();
      const [a, b] = [...document.querySelectorAll('thead th')].map((th: any) => th.getBoundingClientRect().width);
      const u = document.querySelector('td u');
      return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        tableRight: table.right,
        a,
        b,
        underline: window.getComputedStyle(u).textDecorationLine,
        font: window.getComputedStyle(document.querySelector('td')).fontFamily,
        cells: [...document.querySelectorAll('td')].filter((el: any) => el.scrollWidth > el.clientWidth + 1).length,
      };
    });
    expect(m.overflow).toBeLessThanOrEqual(0);
    expect(m.tableRight).toBeLessThanOrEqual(1123);
    expect(Math.abs(m.a - m.b)).toBeLessThan(2);
    expect(m.underline).toBe('underline');
    expect(m.font).toMatch(/Noto Serif CJK JP/);
    expect(m.cells).toBe(0);
    expect(requests.filter((u) => !u.endsWith('revise.html'))).toEqual([]);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // The page box of the PDF: wider than high (landscape), A4 (842 × 595 pt).
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(box && Math.round(Number(box[1]))).toBe(842);
    expect(box && Math.round(Number(box[2]))).toBe(595);
    const shot = join(OUT, 'revise.png');
    await page.screenshot({ path: shot });
    if (!existsSync(COMMITTED) || process.env.KIJUN_UPDATE_SCREENSHOTS === '1') copyFileSync(shot, COMMITTED);
    await page.close();
  }, 60_000);
});
