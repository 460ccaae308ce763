// Shared by the code-server scenarios (run.mjs, report.mjs): a free local port, waiting for code-server's HTTP
// endpoint while watching that the process is still alive, running a command from the palette, registering the
// Japanese language pack, starting code-server and launching Chromium.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function waitForHttp(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Runs a command by its label from VS Code's command palette (F1). */
export async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 10_000 });
  await sleep(300);
  await page.keyboard.press('Enter');
}

/**
 * What VS Code writes when a language pack is installed from the running workbench (the CLI install does not): the
 * server resolves `--locale ja` through it. Returns the pack's folder in `extensions`, if it is installed.
 */
export function registerJapaneseLanguagePack(extensions, userData) {
  const id = 'kijun-e2e.kijun-e2e-language-pack-ja';
  const folder = readdirSync(extensions).find((f) => f.startsWith(`${id}-`));
  if (!folder) return undefined;
  const version = JSON.parse(readFileSync(join(extensions, folder, 'package.json'), 'utf8')).version;
  const languagePacks = {
    ja: {
      hash: createHash('md5').update(id).update(version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version }],
      translations: { vscode: join(extensions, folder, 'translations', 'main.i18n.json') },
      label: '日本語',
    },
  };
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify(languagePacks));
  return folder;
}

/** Starts code-server in its own process group (detached = setsid), so that stopping it stops its children too. */
export function startCodeServer({ node24, entry, common, port, locale, workspace, env, log }) {
  return spawn(
    node24,
    [
      entry,
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-file-downloads',
      '--locale',
      locale,
      '--ignore-last-opened',
      workspace,
    ],
    { env, detached: true, stdio: ['ignore', log, log] },
  );
}

/** The headless Chromium of the machine with the flags that keep it quiet offline. */
export function launchChromium(chromium, executablePath, locale) {
  return chromium.launch({
    executablePath,
    headless: process.env.KIJUN_E2E_HEADED !== '1',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      `--lang=${locale}`,
    ],
  });
}
