// End to end in a real VS Code: the packaged .vsix installed into code-server (Node 24), driven by playwright-core
// with Debian's chromium. For each display language (ja, en): open a policy, see Kijun's findings in Problems, hover
// one, apply the preferred quick fix from the Ctrl+. menu, and check that the finding is gone and the clause was
// inserted (on disk, after saving). Screenshots: test/output/e2e/*.png (all), test/e2e/screenshots/*.png (the key
// ones, committed). Last line: "N passed, N failed"; exit 1 on any failure.
//
//   npm run test:e2e                 both languages
//   node test/e2e/run.mjs --locale ja   one language;  --keep  leave the temp profile and workspace in place
//   node test/e2e/run.mjs --update-screenshots   rewrite the committed crops in test/e2e/screenshots/
//   KIJUN_E2E_HEADED=1 …             (for debugging on a machine with a display)
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  openSync,
} from 'node:fs';
import {
  freePort,
  launchChromium,
  registerJapaneseLanguagePack,
  runCommand as runPaletteCommand,
  sleep,
  startCodeServer,
  waitForHttp,
} from './helpers.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerEntry, install, node24 } from './install.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const outDir = join(root, 'test', 'output', 'e2e');
const shotsDir = join(here, 'screenshots');
const fixture = join(here, 'fixtures', 'policy.md');
const chromiumPath = process.env.KIJUN_E2E_CHROMIUM || '/usr/bin/chromium';
const argv = process.argv.slice(2);
const locales = argv.includes('--locale') ? [argv[argv.indexOf('--locale') + 1]] : ['ja', 'en'];
const keep = argv.includes('--keep');
// test/e2e/screenshots/ is committed: written when a file is missing or with --update-screenshots, so that an
// ordinary run does not leave changed PNGs in the working tree (they differ a little on every run)
const updateScreenshots = argv.includes('--update-screenshots');
const started = Date.now();

/** What the test expects to see, per display language. */
const EXPECT = {
  ja: {
    // the finding the test hovers and fixes: a missing requirement, whose preferred fix inserts the catalog's clause
    fixId: 'promotion-structure',
    fixTitle: /^統一基準に対応する条項を挿入/,
    replaceTitle: /^この条項を改定後の条項で置き換える/,
    importCommand: 'Kijun: ポリシー文書を取り込む',
    hover: [/情報セキュリティ対策推進体制/, /義務/],
    problems: [/outdated-edition/, /email-encryption/, /promotion-structure/, /平成30年度版/],
    codeLens: /統一基準 平成30年度版: \d+\/\d+ 対応/,
    inserted: /情報セキュリティ対策推進体制/,
  },
  en: {
    fixId: 'promotion-structure',
    fixTitle: /^(Insert|Add) .*(clause|Common Standards)/i,
    replaceTitle: /^Replace this clause with the revised clause/,
    importCommand: 'Kijun: Import Policy',
    hover: [/promotion structure/i, /mandatory/i],
    problems: [/outdated-edition/, /email-encryption/, /promotion-structure/, /FY2018/],
    codeLens: /FY2018.*\d+\/\d+/,
    inserted: /情報セキュリティ対策推進体制|promotion structure/i,
  },
};

let passed = 0;
let failed = 0;
const failures = [];
function check(name, ok, detail = '') {
  if (ok) {
    passed++;
    console.log(`  ✓ ${name}`);
  } else {
    failed++;
    failures.push(`${name}${detail ? `: ${detail}` : ''}`);
    console.log(`  ✗ ${name}${detail ? `\n      ${String(detail).split('\n').join('\n      ')}` : ''}`);
  }
  return ok;
}
const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------------------------
// 1. dependencies and the .vsix
console.log('e2e: dependencies');
install();
const { chromium } = await import('playwright-core');

/** A small 規程 as a Word file: title, a chapter heading, captions on their own line, typed article numbers. */
async function wordDocument() {
  const { Document, HeadingLevel, Packer, Paragraph } = await import('docx');
  const p = (text, heading) => new Paragraph(heading ? { text, heading } : { text });
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            p('〇〇機構情報セキュリティ規程', HeadingLevel.TITLE),
            p('第1章　総則', HeadingLevel.HEADING_1),
            p('（目的）'),
            p('第1条　この規程は、〇〇機構の情報セキュリティ対策の基準を定める。'),
            p('第2章　情報システム', HeadingLevel.HEADING_1),
            p('（電子メール）'),
            p('第2条　情報システムセキュリティ責任者は、電子メールの送受信に係る管理手順を定めること。'),
            p('２　職員等は、電子メールを送信する前に宛先を確認すること。'),
            p('（ウェブサイト）'),
            p('第3条　情報システムセキュリティ責任者は、ログインを要するページについてHTTPSにより暗号化すること。'),
            p('附則', HeadingLevel.HEADING_1),
            p('この規程は、令和元年10月1日から施行する。'),
          ],
        },
      ],
    }),
  );
}
if (!existsSync(chromiumPath)) {
  console.log(`e2e: ${chromiumPath} not found (Debian: apt-get install chromium fonts-noto-cjk)`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
// clear this script's own output from a previous run (other e2e scripts write here too: report-*.png)
for (const f of readdirSync(outDir)) {
  if (/^(ja|en)-|^(code-server|browser-console)-(ja|en)\.log$|^vscode-logs-|^kijun\.vsix$|^language-pack-ja/.test(f))
    rmSync(join(outDir, f), { recursive: true, force: true });
}
mkdirSync(shotsDir, { recursive: true });
const vsix = join(outDir, 'kijun.vsix');
let t = Date.now();
console.log('e2e: npm run package');
const pkg = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--out', vsix], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
});
if (pkg.status !== 0 || !existsSync(vsix)) {
  console.log(pkg.stdout);
  check('the extension packages', false, `scripts/package.mjs exited ${pkg.status}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}
console.log(`e2e: packaged ${relative(root, vsix)} (${(statSync(vsix).size / 1024).toFixed(0)} KiB) in ${seconds(t)}`);

// The Japanese Language Pack cannot be downloaded here; a stand-in that translates nothing makes `ja` an available
// display language, so `--locale ja` gives Kijun vscode.env.language === 'ja' as a Japanese VS Code does.
const languagePackJa = join(outDir, 'language-pack-ja.vsix');
{
  const dir = join(outDir, 'language-pack-ja');
  cpSync(join(here, 'fixtures', 'language-pack-ja'), dir, { recursive: true });
  copyFileSync(join(root, 'LICENSE'), join(dir, 'LICENSE'));
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', languagePackJa],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) console.log(`e2e: could not package the ja language pack stand-in:\n${r.stdout}\n${r.stderr}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 2. one VS Code session per display language
const children = new Set();
function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL'); // its own process group (detached): code-server and its extension host
    } catch {
      /* already gone */
    }
  }
  children.clear();
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });

async function stopCodeServer(child) {
  if (child.exitCode !== null) return children.delete(child);
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
  await Promise.race([exited, sleep(5000)]);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
  children.delete(child);
}

async function session(locale) {
  const expect = EXPECT[locale];
  console.log(`\ne2e [${locale}]: set up`);
  const env = mkdtempSync(join(tmpdir(), `kijun-e2e-${locale}-`));
  const userData = join(env, 'user-data');
  const extensions = join(env, 'extensions');
  const workspace = join(env, locale === 'ja' ? '対策基準' : 'policies');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  mkdirSync(workspace, { recursive: true });
  const policy = join(workspace, 'policy.md');
  copyFileSync(fixture, policy);
  // A Word file to import from the command palette (built with the docx package, as a drafter would write it).
  const wordName = locale === 'ja' ? '規程.docx' : 'regulation.docx';
  writeFileSync(join(workspace, wordName), await wordDocument());
  const original = readFileSync(policy, 'utf8');
  const cliReport = spawnSync(
    process.execPath,
    [join(root, 'server', 'out', 'cli.js'), 'check', '--format', 'json', '--fail-on', 'none', '--lang', locale, policy],
    { encoding: 'utf8' },
  );
  const cliBefore = JSON.parse(cliReport.stdout).files[0].diagnostics;
  const expectedCount = cliBefore.length;
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.disableAIFeatures': true,
        'update.mode': 'none',
        'update.showReleaseNotes': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'npm.autoDetect': 'off',
        'editor.minimap.enabled': false,
        'editor.hover.delay': 150,
        'editor.fontFamily': "'Noto Sans Mono CJK JP', 'Noto Sans CJK JP', monospace",
        'window.zoomLevel': 0,
        'files.autoSave': 'off',
      },
      null,
      2,
    ),
  );
  // code-server reads its config and writes state under XDG dirs: keep all of it in the temp folder.
  const xdg = {
    HOME: env,
    XDG_CONFIG_HOME: join(env, 'config'),
    XDG_DATA_HOME: join(env, 'data'),
    XDG_CACHE_HOME: join(env, 'cache'),
  };
  const configFile = join(env, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const common = ['--config', configFile, '--user-data-dir', userData, '--extensions-dir', extensions];
  const childEnv = {
    ...process.env,
    ...xdg,
    LANG: locale === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8',
    CS_DISABLE_GETTING_STARTED_OVERRIDE: '1',
    // no extension gallery (open-vsx.org): queries go to a closed loopback port instead of the network
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: 'http://127.0.0.1:9/gallery',
      itemUrl: 'http://127.0.0.1:9/item',
      resourceUrlTemplate: 'http://127.0.0.1:9/{publisher}/{name}/{version}/{path}',
    }),
  };
  delete childEnv.PASSWORD;
  delete childEnv.HASHED_PASSWORD;

  t = Date.now();
  const toInstall = [vsix, ...(locale === 'ja' && existsSync(languagePackJa) ? [languagePackJa] : [])].flatMap((v) => [
    '--install-extension',
    v,
  ]);
  const inst = spawnSync(node24, [codeServerEntry, ...common, '--force', ...toInstall], {
    env: childEnv,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const installedList = spawnSync(node24, [codeServerEntry, ...common, '--list-extensions', '--show-versions'], {
    env: childEnv,
    encoding: 'utf8',
  }).stdout;
  check(
    `[${locale}] code-server --install-extension kijun.vsix`,
    inst.status === 0 && /kijun\.kijun@/.test(installedList),
    `${inst.stdout}\n${inst.stderr}\n${installedList}`,
  );
  if (locale === 'ja') {
    const folder = registerJapaneseLanguagePack(extensions, userData);
    check(
      '[ja] the Japanese display language is available',
      Boolean(folder) && /kijun-e2e\.kijun-e2e-language-pack-ja@/.test(installedList),
      installedList,
    );
  }
  console.log(`e2e [${locale}]: installed in ${seconds(t)}`);

  const port = await freePort();
  const log = openSync(join(outDir, `code-server-${locale}.log`), 'w');
  t = Date.now();
  const child = startCodeServer({
    node24,
    entry: codeServerEntry,
    common,
    port,
    locale,
    workspace,
    env: childEnv,
    log,
  });
  children.add(child);
  let browser;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, child);
    console.log(`e2e [${locale}]: code-server on 127.0.0.1:${port} in ${seconds(t)}`);

    browser = await launchChromium(chromium, chromiumPath, locale);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: locale === 'ja' ? 'ja-JP' : 'en-US',
      timezoneId: 'Asia/Tokyo',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${port}` });
    const page = await context.newPage();
    const consoleLog = [];
    page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));
    // every step: the whole window under test/output/e2e/; the key steps also as a small crop of the part that
    // matters (editor or Problems panel) under test/e2e/screenshots/, which is committed
    const shot = async (name, part) => {
      await page.screenshot({ path: join(outDir, `${locale}-${name}.png`) });
      const committed = join(shotsDir, `${locale}-${name}.png`);
      if (part && (updateScreenshots || !existsSync(committed)))
        await page.locator(part).first().screenshot({ path: committed });
    };
    const runCommand = (label) => runPaletteCommand(page, label);
    const problemRows = async () =>
      page
        .locator('.markers-panel .monaco-list-row')
        .evaluateAll((rows) => rows.map((r) => (r.getAttribute('aria-label') || '') + ' ¦ ' + (r.textContent || '')));

    try {
      // -- open the workbench and the policy
      t = Date.now();
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
      await sleep(1000);
      await page.keyboard.press('Escape');
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'policy.md' }).click();
      const editor = page.locator('.editor-instance .monaco-editor').first();
      await editor.locator('.view-lines').waitFor({ timeout: 30_000 });
      await editor.locator('.view-lines').click({ position: { x: 200, y: 5 } });
      check(
        `[${locale}] the workbench opens the policy`,
        (await editor.locator('.view-lines').innerText()).includes('情報セキュリティ対策基準'),
      );
      console.log(`e2e [${locale}]: workbench and editor in ${seconds(t)}`);

      // -- the extension activates and publishes diagnostics (squiggles in the editor)
      t = Date.now();
      const squiggles = editor.locator('.squiggly-error, .squiggly-warning, .squiggly-info');
      let activated = true;
      try {
        await squiggles.first().waitFor({ state: 'attached', timeout: 90_000 });
      } catch {
        activated = false;
      }
      check(`[${locale}] Kijun activates and underlines findings`, activated, 'no squiggles within 90 s');
      console.log(`e2e [${locale}]: diagnostics after ${seconds(t)}`);
      let lens = '';
      try {
        await editor.locator('.codelens-decoration').first().waitFor({ timeout: 15_000 });
        lens = await editor.locator('.codelens-decoration').first().innerText();
      } catch {
        /* reported below */
      }
      check(
        `[${locale}] code lens on the first line shows coverage`,
        expect.codeLens.test(lens),
        `code lens: ${JSON.stringify(lens)}`,
      );
      await shot('1-editor');

      // -- Problems panel
      await page.keyboard.press('Control+Shift+M');
      await page
        .locator('.markers-panel .monaco-list-row')
        .first()
        .waitFor({ timeout: 20_000 })
        .catch(() => {});
      await sleep(500);
      const rows = await problemRows();
      const all = rows.join('\n');
      // the file row says how many; the list is virtualised, so only the visible findings are checked one by one
      const total = Number(/(\d+) problems? in file policy\.md/i.exec(all)?.[1] ?? -1);
      check(
        `[${locale}] Problems lists all ${expectedCount} Kijun findings (${total} in the file row)`,
        total === expectedCount,
        all || '(no rows)',
      );
      check(
        `[${locale}] Problems shows ids and messages`,
        expect.problems.every((re) => re.test(all)),
        all || '(no rows)',
      );
      const messages = rows.filter((r) => /generated by kijun/i.test(r)).map((r) => r.split(' ¦ ')[0]);
      const hiragana = messages.filter((m) => /[\u3041-\u309f]/.test(m)).length;
      check(
        `[${locale}] messages are in ${locale === 'ja' ? 'Japanese' : 'English'}`,
        messages.length > 0 && (locale === 'ja' ? hiragana === messages.length : hiragana === 0),
        messages.join('\n'),
      );
      await shot('2-problems', '.part.panel');

      // -- hover the finding: go to it from Problems, then Show Hover (what a mouse hover shows, without pixel hunting)
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: expect.fixId }).first();
      await row.click();
      await page.keyboard.press('Enter');
      await sleep(500);
      await runCommand('Show or Focus Hover');
      const hover = page
        .locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content')
        .first();
      let hoverText = '';
      try {
        await hover.waitFor({ state: 'visible', timeout: 15_000 });
        await sleep(500);
        hoverText = await page
          .locator('.monaco-hover-content')
          .evaluateAll((els) => els.map((e) => e.textContent).join('\n'));
      } catch {
        /* reported below */
      }
      check(
        `[${locale}] hover explains the requirement`,
        expect.hover.every((re) => re.test(hoverText)),
        hoverText || '(no hover)',
      );
      await shot('3-hover', '.part.editor');
      await page.keyboard.press('Escape');
      await sleep(300);

      // -- a real mouse hover: over the old edition the policy cites (「平成28年度版」, line 3)
      const target = await editor.evaluate((el, needle) => {
        for (const line of el.querySelectorAll('.view-line')) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = (n.textContent || '').indexOf(needle);
            if (i < 0) continue;
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + needle.length);
            const b = range.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
        }
        return null;
      }, '28年度');
      let mouseHover = '';
      if (target) {
        await page.mouse.move(target.x, target.y - 40);
        await page.mouse.move(target.x, target.y, { steps: 5 });
        try {
          await page.locator('.monaco-hover-content').first().waitFor({ state: 'visible', timeout: 10_000 });
          await sleep(800);
          mouseHover = await page
            .locator('.monaco-hover-content')
            .evaluateAll((els) => els.map((e) => e.textContent).join('\n'));
        } catch {
          /* reported below */
        }
      }
      check(
        `[${locale}] mouse hover on 「平成28年度版」 names the current edition`,
        (locale === 'ja' ? /平成28年度版.*改定前.*現行.*平成30年度版/s : /FY2016.*older.*current.*FY2018/is).test(
          mouseHover,
        ),
        mouseHover || (target ? '(no hover)' : '(text not found in the editor)'),
      );
      await shot('3b-mouse-hover');
      await page.mouse.move(5, 400);
      await page.keyboard.press('Escape');
      await sleep(300);
      // back to the finding to fix
      await page.locator('.markers-panel .monaco-list-row', { hasText: expect.fixId }).first().click();
      await page.keyboard.press('Enter');
      await sleep(500);

      // -- quick fix from the Ctrl+. menu
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      let titles = [];
      try {
        await menu.locator('.monaco-list-row').first().waitFor({ timeout: 15_000 });
        titles = await menu.locator('.monaco-list-row').evaluateAll((rs) => rs.map((r) => r.textContent || ''));
      } catch {
        /* reported below */
      }
      const wanted = titles.findIndex((s) => expect.fixTitle.test(s.trim()));
      check(
        `[${locale}] Ctrl+. offers the clause-inserting quick fix`,
        wanted >= 0,
        titles.join('\n') || '(no code action menu)',
      );
      await shot('4-quickfix', locale === 'ja' ? '.part.editor' : undefined); // (en: in test/output only, to keep the repository small)
      if (wanted >= 0) {
        await menu.locator('.monaco-list-row').nth(wanted).click();
        await sleep(1000);
        await page.keyboard.press('Escape'); // leave snippet mode (tab stops for the agency-specific parts)
        await page.keyboard.press('Escape');
        // save, and read the file as the user would find it
        await page.keyboard.press('Control+S');
        const saveDeadline = Date.now() + 15_000;
        while (Date.now() < saveDeadline && readFileSync(policy, 'utf8') === original) await sleep(200);
        const text = readFileSync(policy, 'utf8');
        writeFileSync(join(outDir, `${locale}-policy-after-fix.md`), text);
        const originalLines = original.split('\n');
        const insertedLines = text
          .split('\n')
          .map((l, i) => ({ l, i }))
          .filter(({ l }) => l.trim() && !originalLines.includes(l));
        check(
          `[${locale}] the saved policy contains the inserted clause`,
          insertedLines.some(({ l }) => expect.inserted.test(l)),
          insertedLines.map(({ l }) => l).join('\n') || '(file unchanged)',
        );
        // (the fixture's 体制 chapter is numbered (1), (2): the clause comes next, as (3), before the next chapter)
        const chapter = text.slice(text.indexOf('## 第1章'), text.indexOf('## 第2章'));
        check(
          `[${locale}] the clause is numbered (3) at the end of the 体制 chapter`,
          /\n\(3\) [^\n]+\n+$/.test(chapter),
          chapter,
        );
        let i = 0;
        for (const line of text.split('\n')) if (i < originalLines.length && line === originalLines[i]) i++;
        check(
          `[${locale}] the fix only inserted text (every original line kept, in order)`,
          i === originalLines.length,
        );
        // Problems catches up: the finding is gone, nothing new (the CLI on the saved file is the reference)
        const cliAfter = JSON.parse(
          spawnSync(
            process.execPath,
            [
              join(root, 'server', 'out', 'cli.js'),
              'check',
              '--format',
              'json',
              '--fail-on',
              'none',
              '--lang',
              locale,
              policy,
            ],
            { encoding: 'utf8' },
          ).stdout,
        ).files[0].diagnostics;
        const deadline = Date.now() + 30_000;
        let after = await problemRows();
        const countOf = (rs) => Number(/(\d+) problems? in file policy\.md/i.exec(rs.join('\n'))?.[1] ?? -1);
        while (
          Date.now() < deadline &&
          (countOf(after) !== cliAfter.length || after.some((r) => r.includes(`kijun${expect.fixId}`)))
        ) {
          await sleep(500);
          after = await problemRows();
        }
        const idsOf = (rs) => rs.map((r) => /kijun([a-z0-9-]+)\[Ln/.exec(r.split(' ¦ ')[1] ?? '')?.[1]).filter(Boolean);
        check(
          `[${locale}] the finding disappears from Problems after the fix`,
          !after.some((r) => r.includes(`kijun${expect.fixId}`)) && !cliAfter.some((d) => d.code === expect.fixId),
          after.join('\n'),
        );
        const before = new Set([...idsOf(rows), ...cliBefore.map((d) => d.code)]);
        check(
          `[${locale}] the fix adds no new finding (${countOf(after)} left of ${expectedCount})`,
          countOf(after) === cliAfter.length &&
            cliAfter.length < expectedCount &&
            idsOf(after).every((id) => before.has(id)) &&
            cliAfter.every((d) => d.code !== expect.fixId),
          `Problems: ${countOf(after)}, kijun check: ${cliAfter.length}\n${after.join('\n')}`,
        );
        // show the inserted clause for the screenshot
        if (insertedLines.length) {
          await page.keyboard.press('Control+G');
          await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
          await page.keyboard.type(String(insertedLines[0].i + 1));
          await page.keyboard.press('Enter');
          await sleep(800);
        }
        await shot('5-fixed', '.part.editor');
      }

      // -- replace an outdated clause: the fix that rewrites the user's text is shown for confirmation first
      const beforeReplace = readFileSync(policy, 'utf8');
      // Go to the outdated clause (the Problems list is virtual: its last rows may not be rendered to click).
      const outdatedLine = beforeReplace.split(/\r?\n/).findIndex((l) => /HTTPS/.test(l)) + 1;
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.type(String(outdatedLine));
      await page.keyboard.press('Enter');
      await sleep(500);
      await page.keyboard.press('Control+.');
      let replaceTitles = [];
      try {
        await menu.locator('.monaco-list-row').first().waitFor({ timeout: 15_000 });
        replaceTitles = await menu.locator('.monaco-list-row').evaluateAll((rs) => rs.map((r) => r.textContent || ''));
      } catch {
        /* reported below */
      }
      const replaceAt = replaceTitles.findIndex((x) => expect.replaceTitle.test(x.trim()));
      check(
        `[${locale}] Ctrl+. on an outdated clause offers to replace it`,
        replaceAt >= 0,
        replaceTitles.join('\n') || '(no code action menu)',
      );
      await shot('6-replace-menu', locale === 'ja' ? '.part.editor' : undefined);
      if (replaceAt >= 0) {
        await menu.locator('.monaco-list-row').nth(replaceAt).click();
        // needsConfirmation: VS Code shows the change in the Refactor Preview and applies it only on Apply
        const apply = page
          .locator('.bulk-edit-panel .monaco-button, .part.panel .monaco-button', { hasText: /^Apply$/ })
          .first();
        let previewShown = true;
        try {
          await apply.waitFor({ state: 'visible', timeout: 15_000 });
        } catch {
          previewShown = false;
        }
        await sleep(800);
        check(
          `[${locale}] the replacement waits for confirmation (Refactor Preview; file unchanged)`,
          previewShown && readFileSync(policy, 'utf8') === beforeReplace,
          previewShown ? '' : '(no preview with an Apply button)',
        );
        await shot('7-replace-preview', locale === 'ja' ? '.part.panel' : undefined);
        if (previewShown) {
          // Edits that need confirmation come unticked: the user ticks the change, then applies it.
          const tick = page.locator('.part.panel .monaco-checkbox').first();
          const ticked = await tick.click().then(
            () => true,
            () => false,
          );
          check(`[${locale}] the change to confirm is shown unticked, and can be ticked`, ticked);
          await sleep(500);
          await apply.click();
          await sleep(1000);
          await runCommand('File: Save All');
          const deadline = Date.now() + 15_000;
          while (Date.now() < deadline && readFileSync(policy, 'utf8') === beforeReplace) await sleep(200);
          const replaced = readFileSync(policy, 'utf8');
          writeFileSync(join(outDir, `${locale}-policy-after-replace.md`), replaced);
          const changed = replaced.split('\n').filter((l) => !beforeReplace.split('\n').includes(l));
          check(
            `[${locale}] the outdated clause is replaced in place, its number kept`,
            changed.length === 1 && /^\(2\) .*(常時暗号化|全ての)/.test(changed[0]) && !/望ましい/.test(replaced),
            changed.join('\n'),
          );
          const kept = beforeReplace.split('\n').filter((l) => !/望ましい/.test(l));
          check(
            `[${locale}] every other line is kept byte for byte`,
            changed.length === 1 &&
              kept.every((l) => replaced.split('\n').includes(l)) &&
              replaced.split('\n').length === beforeReplace.split('\n').length,
          );
          await shot('8-replaced', locale === 'ja' ? '.part.editor' : undefined);
        }
      }

      // -- import a Word file from the command palette: the Markdown opens beside, written next to it
      const imported = join(workspace, wordName.replace(/\.docx$/, '.md'));
      await runCommand(expect.importCommand);
      const pathInput = page.locator('.quick-input-widget input');
      let dialog = true;
      try {
        await pathInput.waitFor({ state: 'visible', timeout: 15_000 });
        await sleep(500);
        await pathInput.fill(join(workspace, wordName));
        await sleep(500);
        await page.keyboard.press('Enter');
      } catch {
        dialog = false;
      }
      const importDeadline = Date.now() + 30_000;
      while (Date.now() < importDeadline && !existsSync(imported)) await sleep(300);
      const md = existsSync(imported) ? readFileSync(imported, 'utf8') : '';
      check(
        `[${locale}] Import Policy converts the .docx next to it`,
        dialog &&
          /^# 〇〇機構情報セキュリティ規程\n/.test(md) &&
          /\n### 第2条（電子メール）\n/.test(md) &&
          /\n２　職員等は/.test(md),
        md || '(no file written)',
      );
      let tab = false;
      try {
        await page
          .locator('.tabs-container .tab', { hasText: wordName.replace(/\.docx$/, '.md') })
          .first()
          .waitFor({ timeout: 15_000 });
        tab = true;
      } catch {
        /* reported below */
      }
      check(`[${locale}] the imported Markdown opens in the editor`, tab);
      await sleep(3000); // its findings appear
      await shot('9-imported', '.part.editor');
    } finally {
      writeFileSync(join(outDir, `browser-console-${locale}.log`), consoleLog.join('\n'));
      await shot('z-last').catch(() => {});
    }
  } catch (e) {
    check(`[${locale}] session`, false, e.stack || String(e));
  } finally {
    await browser?.close().catch(() => {});
    await stopCodeServer(child);
    // keep the VS Code logs (extension host, Kijun's output channel) next to the screenshots
    const logs = join(userData, 'logs');
    if (existsSync(logs)) cpSync(logs, join(outDir, `vscode-logs-${locale}`), { recursive: true });
    if (keep) console.log(`e2e [${locale}]: kept ${env}`);
    else rmSync(env, { recursive: true, force: true });
  }
}

for (const locale of locales) {
  if (!EXPECT[locale]) {
    check(`locale ${locale}`, false, 'unknown locale (ja or en)');
    continue;
  }
  const s = Date.now();
  await session(locale);
  console.log(`e2e [${locale}]: done in ${seconds(s)}`);
}
stopAll();
console.log(
  `\ne2e: screenshots in ${relative(root, outDir)}/ (crops of the key ones: ${relative(root, shotsDir)}/${updateScreenshots ? ', updated' : ', written only when missing; --update-screenshots rewrites them'}); total ${seconds(started)}`,
);
if (failures.length) console.log(`e2e failures:\n- ${failures.join('\n- ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
