// End to end: "Kijun: Show Compliance Report" in a real VS Code (code-server) on the three-file policy set of
// test/fixtures/sets/three. The report opens in a webview beside the editor with the set's coverage, follows an
// edit of the policy (a clause for the missing requirement makes it covered), and a click on an evidence link in
// the webview opens 別表.md at the clause. Screenshots: test/output/e2e/report-<locale>-*.png.
//
//   node test/e2e/report.mjs [--locale ja|en] [--keep]
//
// The scenario is `reportScenario` (exported): run.mjs can call it in its own session after `prepareReportWorkspace`;
// run directly, this file sets up its own code-server session (as run.mjs does: a temporary profile, the packaged
// .vsix, Debian's chromium through playwright-core). Last line: "N passed, N failed"; exit 1 on any failure.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
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
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const outDir = join(root, 'test', 'output', 'e2e');
const setFixture = join(root, 'test', 'fixtures', 'sets', 'three');

/** What the scenario expects, per display language. */
const EXPECT = {
  ja: {
    command: '統一基準 準拠レポートを表示',
    panelTitle: /準拠レポート: 日本防災技術機構/,
    heading: /日本防災技術機構 情報セキュリティポリシー/,
    clause:
      '\n### 第10条（ドメイン名）\n\n情報システムセキュリティ責任者は、機構が外部に提供するウェブサイト及び電子メールには、政府ドメイン名（go.jp）を使用すること。\n',
  },
  en: {
    command: 'Show Compliance Report',
    panelTitle: /Compliance report: 日本防災技術機構/,
    heading: /日本防災技術機構 情報セキュリティポリシー/,
    clause:
      '\n### 第10条（ドメイン名）\n\n情報システムセキュリティ責任者は、機構が外部に提供するウェブサイト及び電子メールには、政府ドメイン名（go.jp）を使用すること。\n',
  },
};

/** Copies the three-file set into `dir` (the workspace folder the scenario expects). */
export function prepareReportWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  cpSync(setFixture, dir, { recursive: true });
}

/**
 * The scenario, in a workbench already showing the folder prepared by `prepareReportWorkspace`.
 * `check(name, ok, detail)` records a result; `shot(name)` saves a screenshot of the window; `runCommand(label)`
 * runs a command from the palette.
 */
export async function reportScenario({ page, locale, workspace, check, shot, runCommand }) {
  const expect = EXPECT[locale];
  const tag = `[${locale}] report:`;
  // -- open the primary file of the set
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '対策基準.md' }).click();
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines').waitFor({ timeout: 30_000 });
  const squiggles = editor.locator('.squiggly-error, .squiggly-warning, .squiggly-info');
  await squiggles
    .first()
    .waitFor({ state: 'attached', timeout: 90_000 })
    .catch(() => {});
  // the set is checked as one: e-mail encryption (in 別表.md) is not reported missing here
  await page.keyboard.press('Control+Shift+M');
  await page
    .locator('.markers-panel .monaco-list-row')
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(() => {});
  await sleep(800);
  const problems = await page
    .locator('.markers-panel .monaco-list-row')
    .evaluateAll((rows) =>
      rows.map((r) => (r.getAttribute('aria-label') || '') + ' ¦ ' + (r.textContent || '')).join('\n'),
    );
  check(
    `${tag} Problems shows the set's findings, domain-names in the primary, nothing false about e-mail`,
    /domain-names/.test(problems) && !/email-encryption/.test(problems),
    problems,
  );
  check(
    `${tag} the unopened 別表.md and kijun.json are checked too (no false findings there)`,
    !/別表\.md/.test(
      problems
        .split('\n')
        .filter((l) => /problems? in file/i.test(l))
        .join('\n'),
    ),
    problems,
  );

  // -- the command opens the webview beside the editor (from the editor: Ctrl+1 focuses it without a click that
  // could land on the code lens)
  await page.keyboard.press('Control+1');
  await sleep(300);
  await runCommand(`Kijun: ${expect.command}`);
  const tab = page.locator('.tabs-container .tab', { hasText: expect.panelTitle });
  let tabOk = true;
  await tab
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(() => (tabOk = false));
  check(
    `${tag} "Kijun: ${expect.command}" opens a webview tab`,
    tabOk,
    await page
      .locator('.tabs-container .tab')
      .allInnerTexts()
      .then((t) => t.join(' | ')),
  );
  // webview: an outer iframe (VS Code's host page) around the report's own frame
  const frame = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  let heading = '';
  try {
    await frame.locator('h1').waitFor({ timeout: 30_000 });
    heading = await frame.locator('h1').innerText();
  } catch {
    /* reported below */
  }
  check(
    `${tag} the webview shows the set's report`,
    expect.heading.test(heading),
    heading || '(no heading in the webview)',
  );
  const csp = await frame
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
    .catch(() => '');
  check(
    `${tag} the page has a strict CSP with a nonce`,
    /default-src 'none'/.test(csp ?? '') &&
      /script-src 'nonce-[^']+'/.test(csp ?? '') &&
      !/unsafe-eval/.test(csp ?? ''),
    csp ?? '(none)',
  );
  const status = async (id) =>
    frame
      .locator(`tr#req-${id}`)
      .getAttribute('class')
      .catch(() => '');
  check(
    `${tag} e-mail encryption is covered (evidence in 別表.md)`,
    /st-covered/.test((await status('email-encryption')) ?? ''),
    await status('email-encryption'),
  );
  check(
    `${tag} domain-names is missing`,
    /st-missing/.test((await status('domain-names')) ?? ''),
    await status('domain-names'),
  );
  await sleep(500);
  await shot('report-1-webview');

  // -- it follows an edit: a clause for the missing requirement at the end of 対策基準.md (not saved)
  await page.keyboard.press('Control+1');
  await sleep(300);
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(expect.clause);
  let followed = false;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && !followed) {
    followed = /st-covered/.test((await status('domain-names')) ?? '');
    if (!followed) await sleep(300);
  }
  check(
    `${tag} the report updates as the user edits (domain-names now covered)`,
    followed,
    await status('domain-names'),
  );
  const edited = readFileSync(join(workspace, '対策基準.md'), 'utf8');
  check(`${tag} the edit is not saved by the report`, !edited.includes('第10条'));
  await shot('report-2-updated');

  // -- a click on the e-mail evidence link opens 別表.md at the clause
  const link = frame.locator('tr#req-email-encryption a.loc[data-kijun-path]').first();
  const line = Number(await link.getAttribute('data-kijun-line').catch(() => NaN));
  const path = await link.getAttribute('data-kijun-path').catch(() => '');
  check(
    `${tag} the evidence link carries data-kijun-path/line`,
    /%E5%88%A5%E8%A1%A8\.md$/.test(path ?? '') && Number.isInteger(line),
    `${path} ${line}`,
  );
  await link.click().catch(() => {});
  const active = page.locator('.tabs-container .tab.active', { hasText: '別表.md' });
  let opened = true;
  await active
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => (opened = false));
  await sleep(800);
  const cursor = await page
    .locator('.statusbar-item[id="status.editor.selection"]')
    .innerText()
    .catch(() => '');
  check(
    `${tag} the link opens 別表.md at the clause (line ${line + 1})`,
    opened && new RegExp(`\\b${line + 1}\\b`).test(cursor),
    `${opened ? 'opened' : 'not opened'}; status bar: ${cursor}`,
  );
  await shot('report-3-link');

  // -- a file of the set that is not open changes on disk: the server watches it (workspace/didChangeWatchedFiles,
  // registered dynamically) and checks the set again — 基本方針.md loses its 推進体制 clause
  const basic = join(workspace, '基本方針.md');
  writeFileSync(
    basic,
    readFileSync(basic, 'utf8')
      .split('\n')
      .filter((l) => !l.includes('推進体制を整備'))
      .join('\n'),
  );
  let missing = false;
  const until = Date.now() + 30_000;
  while (Date.now() < until && !missing) {
    missing = /st-missing/.test((await status('promotion-structure')) ?? '');
    if (!missing) await sleep(500);
  }
  check(
    `${tag} a change on disk to an unopened set file is picked up (promotion-structure now missing)`,
    missing,
    await status('promotion-structure'),
  );
  // the code lens of the open 別表.md shows the set's coverage: refreshed too (workspace/codeLens/refresh)
  const lensText = async () =>
    page
      .locator('.editor-instance .monaco-editor .codelens-decoration')
      .first()
      .innerText()
      .catch(() => '');
  let lens = await lensText();
  const lensDeadline = Date.now() + 15_000;
  while (Date.now() < lensDeadline && !(locale === 'ja' ? /不足 1/ : /missing 1/).test(lens)) {
    await sleep(500);
    lens = await lensText();
  }
  check(
    `${tag} the code lens follows the set (${lens})`,
    (locale === 'ja' ? /8\/10 対応 · 不足 1/ : /8\/10 covered · missing 1/).test(lens),
    lens,
  );
  await page.keyboard.press('Control+Shift+M');
  await sleep(1000);
  const after = await page
    .locator('.markers-panel .monaco-list-row')
    .evaluateAll((rows) =>
      rows.map((r) => (r.getAttribute('aria-label') || '') + ' ¦ ' + (r.textContent || '')).join('\n'),
    );
  check(`${tag} Problems shows the new missing finding in the primary`, /promotion-structure/.test(after), after);
  await shot('report-4-disk-change');
  return { workspaceUri: pathToFileURL(workspace).href };
}

// ---------------------------------------------------------------------------------------------------------------
// Standalone: its own code-server session per display language.

async function main() {
  const { codeServerEntry, install, node24 } = await import('./install.mjs');
  const argv = process.argv.slice(2);
  const locales = argv.includes('--locale') ? [argv[argv.indexOf('--locale') + 1]] : ['ja', 'en'];
  const keep = argv.includes('--keep');
  const chromiumPath = process.env.KIJUN_E2E_CHROMIUM || '/usr/bin/chromium';
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  const failures = [];
  const check = (name, ok, detail = '') => {
    if (ok) passed++;
    else {
      failed++;
      failures.push(name);
    }
    console.log(
      `  ${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `\n      ${String(detail).split('\n').join('\n      ')}`}`,
    );
    return ok;
  };

  install();
  const { chromium } = await import('playwright-core');
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'kijun-e2e-report-'));
  const vsix = join(work, 'kijun.vsix');
  const pkg = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--out', vsix], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (pkg.status !== 0 || !existsSync(vsix)) {
    check('the extension packages', false, pkg.stdout);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(1);
  }
  // The stand-in Japanese language pack (see README.md): makes `ja` a display language.
  const languagePackJa = join(work, 'language-pack-ja.vsix');
  {
    const dir = join(work, 'language-pack-ja');
    cpSync(join(here, 'fixtures', 'language-pack-ja'), dir, { recursive: true });
    copyFileSync(join(root, 'LICENSE'), join(dir, 'LICENSE'));
    spawnSync(
      process.execPath,
      [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', languagePackJa],
      { cwd: dir, stdio: 'ignore' },
    );
  }

  const children = new Set();
  const stopAll = () => {
    for (const c of children) {
      try {
        process.kill(-c.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    children.clear();
  };
  process.on('exit', stopAll);

  for (const locale of locales) {
    const env = join(work, locale);
    const userData = join(env, 'user-data');
    const extensions = join(env, 'extensions');
    const workspace = join(env, 'policy');
    mkdirSync(join(userData, 'User'), { recursive: true });
    mkdirSync(extensions, { recursive: true });
    prepareReportWorkspace(workspace);
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
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
          'extensions.ignoreRecommendations': true,
          'git.enabled': false,
          'editor.minimap.enabled': false,
          'editor.fontFamily': "'Noto Sans Mono CJK JP', 'Noto Sans CJK JP', monospace",
          'files.autoSave': 'off',
        },
        null,
        2,
      ),
    );
    const configFile = join(env, 'config.yaml');
    writeFileSync(configFile, 'auth: none\ncert: false\n');
    const common = ['--config', configFile, '--user-data-dir', userData, '--extensions-dir', extensions];
    const childEnv = {
      ...process.env,
      HOME: env,
      XDG_CONFIG_HOME: join(env, 'config'),
      XDG_DATA_HOME: join(env, 'data'),
      XDG_CACHE_HOME: join(env, 'cache'),
      LANG: locale === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8',
      CS_DISABLE_GETTING_STARTED_OVERRIDE: '1',
      EXTENSIONS_GALLERY: JSON.stringify({
        serviceUrl: 'http://127.0.0.1:9/gallery',
        itemUrl: 'http://127.0.0.1:9/item',
        resourceUrlTemplate: 'http://127.0.0.1:9/{publisher}/{name}/{version}/{path}',
      }),
    };
    delete childEnv.PASSWORD;
    delete childEnv.HASHED_PASSWORD;
    const toInstall = [vsix, ...(locale === 'ja' && existsSync(languagePackJa) ? [languagePackJa] : [])].flatMap(
      (v) => ['--install-extension', v],
    );
    const inst = spawnSync(node24, [codeServerEntry, ...common, '--force', ...toInstall], {
      env: childEnv,
      encoding: 'utf8',
      timeout: 120_000,
    });
    check(
      `[${locale}] code-server --install-extension kijun.vsix`,
      inst.status === 0,
      `${inst.stdout}\n${inst.stderr}`,
    );
    if (locale === 'ja') registerJapaneseLanguagePack(extensions, userData);
    const port = await freePort();
    const log = openSync(join(outDir, `report-code-server-${locale}.log`), 'w');
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
    const t = Date.now();
    try {
      await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, child);
      browser = await launchChromium(chromium, chromiumPath, locale);
      const context = await browser.newContext({
        viewport: { width: 1400, height: 860 },
        locale: locale === 'ja' ? 'ja-JP' : 'en-US',
        timezoneId: 'Asia/Tokyo',
      });
      const page = await context.newPage();
      const consoleLog = [];
      page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
      const shot = (name) =>
        page.screenshot({ path: join(outDir, `${name.replace(/^report-/, `report-${locale}-`)}.png`) });
      const runCommand = (label) => runPaletteCommand(page, label);
      try {
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
        await sleep(1000);
        await page.keyboard.press('Escape');
        await reportScenario({ page, locale, workspace, check, shot, runCommand });
      } finally {
        writeFileSync(join(outDir, `report-browser-console-${locale}.log`), consoleLog.join('\n'));
        await page.screenshot({ path: join(outDir, `report-${locale}-z-last.png`) }).catch(() => {});
      }
    } catch (e) {
      check(`[${locale}] report session`, false, e.stack || String(e));
    } finally {
      await browser?.close().catch(() => {});
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      await sleep(1500);
      stopAll();
      const logs = join(userData, 'logs');
      if (existsSync(logs)) cpSync(logs, join(outDir, `report-vscode-logs-${locale}`), { recursive: true });
      console.log(`e2e report [${locale}]: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  }
  if (keep) console.log(`e2e report: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  console.log(
    `\ne2e report: screenshots in ${relative(root, outDir)}/report-*.png; total ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (failures.length) console.log(`failures:\n- ${failures.join('\n- ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
