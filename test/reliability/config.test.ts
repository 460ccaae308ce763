// Configuration is data: front matter and kijun.* settings are validated (a bad value gives a diagnostic on
// that key and the default is used), YAML cannot execute or pollute anything, nothing from the workspace is run,
// and the manifest declares untrusted-workspace support accordingly.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../server/src/core';
import { type DEFAULT_SETTINGS, readKijunSettings, settingsProblems } from '../../server/src/lsp/configuration';
import { checkAnalysis } from '../fuzz/invariants';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TITLE = '# 情報セキュリティ対策基準\n\n電子メールサーバ間の通信をSTARTTLSにより暗号化すること。\n';
const withFrontMatter = (yaml: string) => `---\n${yaml}\n---\n${TITLE}`;

describe('front matter is validated key by key', () => {
  const bad: Array<[string, string, (a: ReturnType<typeof analyzeText>) => void]> = [
    ['kijun:\n  edition: h99', 'edition', (a) => expect(a.edition).toBe(a.catalog.data.defaultEdition)],
    ['kijun:\n  edition: 42', 'edition', (a) => expect(a.edition).toBe(a.catalog.data.defaultEdition)],
    ['kijun:\n  organization: moon', 'organization', (a) => expect(a.settings.organization).toBeUndefined()],
    [
      'kijun.severity.email-encryption: loud',
      'email-encryption',
      (a) => expect(a.findings.find((f) => f.code === 'email-encryption')?.severity ?? 'warning').toBe('warning'),
    ],
    [
      'kijun.not-applicable.no-such-id: 理由',
      'no-such-id',
      (a) => expect(a.requirements.every((r) => r.status !== 'not-applicable')).toBe(true),
    ],
    [
      'kijun.not-applicable.drm: ""',
      'drm',
      (a) => expect(a.requirements.find((r) => r.id === 'drm')?.status).not.toBe('not-applicable'),
    ],
    ['kijun.colour: blue', 'colour', () => undefined],
    ['kijun: 3', 'kijun', () => undefined],
  ];
  for (const [yaml, key, defaultUsed] of bad) {
    it(`${yaml.replace(/\n\s*/g, ' ')} → a finding on "${key}", default used`, () => {
      const text = withFrontMatter(yaml);
      const a = analyzeText(text, { language: 'en' });
      checkAnalysis(text, a);
      const problems = a.findings.filter((f) => f.kind === 'configuration');
      expect(problems).toHaveLength(1);
      expect(text.slice(problems[0].start, problems[0].end)).toBe(key);
      expect(problems[0].severity).toBe('warning');
      defaultUsed(a);
      // Everything else is still checked.
      expect(a.requirements.length).toBe(a.catalog.requirements.length);
    });
  }

  it('a valid front matter gives no configuration finding', () => {
    const a = analyzeText(
      withFrontMatter(
        'kijun:\n  edition: h30\n  organization: agency\n  not-applicable:\n    drm: 電子データの配布がない\nkijun.severity.email-encryption: error',
      ),
    );
    expect(a.findings.filter((f) => f.kind === 'configuration')).toEqual([]);
    expect(a.requirements.find((r) => r.id === 'drm')?.status).toBe('not-applicable');
  });

  it('any value under any kijun key: no exception, findings only on keys, valid settings', () => {
    const keys = [
      'kijun',
      'kijun.edition',
      'kijun.organization',
      'kijun.severity.drm',
      'kijun.not-applicable.drm',
      'kijun.not-applicable',
      'kijun.severity',
      'kijun.x.y.z',
      'title',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 })), { maxLength: 5 }),
        (entries) => {
          const yaml = entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
          const text = withFrontMatter(yaml);
          const a = analyzeText(text);
          checkAnalysis(text, a);
          const fm = a.document.frontMatter;
          for (const f of a.findings.filter((x) => x.kind === 'configuration')) {
            expect(fm).toBeDefined();
            expect(f.start >= fm!.start && f.end <= fm!.end, `${yaml}: finding inside the front matter`).toBe(true);
          }
          for (const v of Object.values(a.settings.severity))
            expect(['error', 'warning', 'information', 'hint', 'off']).toContain(v);
          for (const v of Object.values(a.settings.notApplicable))
            expect(typeof v === 'string' && v.length > 0).toBe(true);
          expect(a.catalog.data.editions.map((e) => e.id)).toContain(a.edition);
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe('YAML front matter is data only', () => {
  it('custom tags are not executed (no !!js/function), and the document is still checked', () => {
    const text = withFrontMatter(
      'kijun:\n  edition: !!js/function "function () { globalThis.KIJUN_PWNED = 1; return \'h30\' }"\ntitle: !!js/undefined x',
    );
    const a = analyzeText(text);
    expect((globalThis as Record<string, unknown>).KIJUN_PWNED).toBeUndefined();
    expect(typeof a.document.frontMatter?.data?.kijun).not.toBe('function');
    expect(a.requirements.length).toBe(a.catalog.requirements.length);
  });

  it('__proto__ and constructor keys stay data (no prototype pollution)', () => {
    const text = withFrontMatter(
      '__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted2: yes\nkijun:\n  __proto__:\n    edition: h26\n  severity:\n    __proto__: off',
    );
    const a = analyzeText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted2).toBeUndefined();
    expect(({} as Record<string, unknown>).edition).toBeUndefined();
    expect(a.edition).toBe(a.catalog.data.defaultEdition);
  });

  it('an alias bomb ("billion laughs") is refused quickly as a configuration finding', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const text = withFrontMatter(`${lines.join('\n')}\nkijun:\n  edition: h30`);
    const started = process.cpuUsage();
    const a = analyzeText(text, { language: 'en' });
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
    expect(a.findings.some((f) => f.kind === 'configuration' && /front matter cannot be read/i.test(f.message))).toBe(
      true,
    );
  });
});

describe('kijun.* editor settings are validated against the manifest schema', () => {
  const props = manifest.contributes.configuration.properties as Record<
    string,
    { type: string; enum?: string[]; default: unknown; items?: { type: string } }
  >;
  const names = Object.keys(props)
    .filter((k) => k !== 'kijun.trace.server')
    .map((k) => k.slice('kijun.'.length));

  it('every schema value is accepted; defaults give the defaults', () => {
    const valid: Record<string, unknown> = {};
    for (const n of names) valid[n] = props[`kijun.${n}`].enum?.[0] ?? props[`kijun.${n}`].default;
    expect(settingsProblems(valid)).toEqual([]);
    expect(
      settingsProblems({
        severity: { drm: 'off', 'email-encryption': 'error' },
        include: ['policies/**/*.md'],
        language: 'en',
        enable: false,
      }),
    ).toEqual([]);
    expect(settingsProblems(undefined)).toEqual([]);
  });

  it('a value of the wrong type or outside the enum is named by its key, and the default is used', () => {
    const cases: Array<[Record<string, unknown>, string, Partial<typeof DEFAULT_SETTINGS>]> = [
      [{ enable: 'yes' }, 'kijun.enable', { enable: true }],
      [{ edition: 30 }, 'kijun.edition', {}],
      [{ include: 'docs/*.md' }, 'kijun.include', { include: [] }],
      [{ include: ['ok.md', 3] }, 'kijun.include', {}],
      [{ language: 'fr' }, 'kijun.language', { language: 'auto' }],
      [{ severity: { drm: 'loud' } }, 'kijun.severity.drm', { severity: {} }],
      [{ severity: 'error' }, 'kijun.severity', { severity: {} }],
    ];
    for (const [raw, key, expected] of cases) {
      const problems = settingsProblems(raw);
      expect(problems.length, JSON.stringify(raw)).toBe(1);
      expect(problems[0].startsWith(`${key}:`), problems[0]).toBe(true);
      expect(readKijunSettings(raw)).toMatchObject(expected);
    }
    expect(settingsProblems('kijun')).toEqual(['kijun: must be an object of settings']);
  });

  it('anything at all: no exception, settings of the right types, a problem exactly when the schema rejects', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names, 'other'), fc.jsonValue({ maxDepth: 2 })), (raw) => {
        const s = readKijunSettings(raw);
        expect(typeof s.enable).toBe('boolean');
        expect(['auto', 'ja', 'en']).toContain(s.language);
        expect(Array.isArray(s.include) && s.include.every((g) => typeof g === 'string')).toBe(true);
        const problems = settingsProblems(raw);
        if (raw.enable !== undefined && raw.enable !== null && typeof raw.enable !== 'boolean')
          expect(problems.some((p) => p.startsWith('kijun.enable:'))).toBe(true);
        if (problems.length === 0) {
          if (typeof raw.enable === 'boolean') expect(s.enable).toBe(raw.enable);
          if (raw.language === 'ja' || raw.language === 'en') expect(s.language).toBe(raw.language);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('nothing from the workspace is executed', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? sources(p) : /\.ts$/.test(n) ? [p] : [];
    });

  it('the server, the core and the client contain no eval, Function constructor, vm, child process or dynamic require', () => {
    // One exception: the entries' loader compiles Kijun's own bundle (server/out/kijun.js, next to the entry) with
    // vm.Script to use a V8 code cache (test/boot/codeCache.test.ts); nothing it loads comes from the workspace.
    const loader = join('server', 'src', 'node', 'codeCache.ts');
    // And the worker threads of `kijun check --jobs N`: they run Kijun's own CLI entry (server/out/cli.js, next to
    // the bundle), started in one place (cli/checkPool.ts); no other module starts a thread.
    const threads = [
      join('server', 'src', 'node', 'cliEntry.ts'),
      join('server', 'src', 'cli', 'checkPool.ts'),
      join('server', 'src', 'cli', 'checkWorker.ts'),
      join('server', 'src', 'cli', 'pool.ts'),
    ];
    const pool = join('server', 'src', 'cli', 'checkPool.ts');
    for (const file of [...sources(join(root, 'server', 'src')), ...sources(join(root, 'client', 'src'))]) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\/.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '');
      const rel = file.slice(root.length + 1);
      expect(code, rel).not.toMatch(/\beval\s*\(/);
      expect(code, rel).not.toMatch(/new\s+Function\s*\(/);
      expect(code, rel).not.toMatch(/\bimport\s*\(\s*[^'"\s)]/);
      if (rel === loader) continue;
      expect(code, rel).not.toMatch(
        threads.includes(rel)
          ? /from\s+['"](?:node:)?(?:vm|child_process)['"]/
          : /from\s+['"](?:node:)?(?:vm|child_process|worker_threads)['"]/,
      );
      if (/new\s+Worker\s*\(/.test(code) && /['"](?:node:)?worker_threads['"]/.test(code)) {
        expect(rel).toBe(pool);
        expect(code).toMatch(/join\(__dirname, 'cli\.js'\)/);
        expect(code).not.toMatch(/eval:\s*true/);
      }
      expect(code, rel).not.toMatch(/require\s*\(\s*[^'"\s)]/);
      if (/\bloadBundle\s*[<(]/.test(code))
        expect(code, rel).toMatch(/loadBundle<[^>]*>\(join\(__dirname, 'kijun\.js'\)/);
    }
  });

  it('the manifest supports untrusted and virtual workspaces, and no setting names a program to run', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(manifest.capabilities.untrustedWorkspaces.description).toMatch(/nothing from the workspace is executed/i);
    expect(manifest.capabilities.virtualWorkspaces).toBe(true);
    const props = manifest.contributes.configuration.properties as Record<string, { type: string }>;
    for (const [k, v] of Object.entries(props)) {
      expect(k, 'no path/command/executable setting').not.toMatch(/path|command|exec|program|script|plugin/i);
      expect(['boolean', 'string', 'array', 'object']).toContain(v.type);
    }
  });
});
