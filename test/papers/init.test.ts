// kijun init: a skeleton 対策基準 that covers every requirement of the edition, in either drafting style; its
// 〇〇 placeholders are reported (information) until filled in; an existing file is never overwritten.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, getCatalog } from '../../server/src/core';
import { policySkeleton } from '../../server/src/core/init/skeleton';

const CLI = join(__dirname, '../../server/out/cli.js');
const kijun = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('policySkeleton', () => {
  const editions = getCatalog().data.editions.map((e) => e.id);
  for (const edition of editions) {
    for (const style of ['article', 'decimal'] as const) {
      it(`${edition}, ${style}: every requirement covered, nothing outdated, only placeholder findings`, () => {
        const text = policySkeleton({ edition, style, organization: 'ministry' });
        const a = analyzeText(text);
        expect(a.isPolicy).toBe(true);
        expect(a.edition).toBe(edition);
        expect(a.requirements.length).toBe(getCatalog().forEdition(edition).requirements.length);
        expect(a.requirements.filter((r) => r.status !== 'covered')).toEqual([]);
        expect([...new Set(a.findings.map((f) => f.kind))]).toEqual(['placeholder']);
        expect(a.findings.every((f) => f.severity === 'information')).toBe(true);
        // The drafting style: 第N条（見出し） articles, or decimal sections.
        if (style === 'article') expect(text).toMatch(/^### 第\d+条（[^）]+/m);
        else expect(text).toMatch(/^### \d+\.\d+ /m);
        expect(text).toContain('〇〇省');
      });
    }
  }

  it('names the organisation as its kind does', () => {
    expect(policySkeleton({ organization: 'higher-education' })).toMatch(/国立大学法人〇〇大学[\s\S]*教職員等/);
    expect(policySkeleton({ organization: 'agency' })).toContain('独立行政法人〇〇');
  });

  it('a filled-in skeleton has no placeholder finding', () => {
    const filled = policySkeleton({ organization: 'agency' })
      .replaceAll('令和〇〇年〇〇月〇〇日', '令和7年4月1日')
      .replaceAll('〇〇をもって', '理事をもって')
      .replaceAll('〇〇', '日本防災技術機構');
    const a = analyzeText(filled);
    expect(a.findings).toEqual([]);
  });
});

describe('placeholder findings', () => {
  it('only in policy text, not in code or comments; severity can be configured', () => {
    const text =
      '# 情報セキュリティ対策基準\n\n本法人（〇〇）の職員等は、○○を守る。\n\n<!-- 〇〇 -->\n\n```\n〇〇\n```\n';
    const a = analyzeText(text);
    const p = a.findings.filter((f) => f.kind === 'placeholder');
    expect(p.map((f) => text.slice(f.start, f.end))).toEqual(['〇〇', '○○']);
    expect(p[0].code).toBe('placeholder');
    // A single 〇 (a numeral: 二〇一八年) is not a placeholder.
    expect(
      analyzeText('# 情報セキュリティ対策基準\n\n二〇一八年に定める。\n').findings.filter(
        (f) => f.kind === 'placeholder',
      ),
    ).toEqual([]);
    const off = analyzeText(`---\nkijun:\n  severity:\n    placeholder: off\n---\n${text}`);
    expect(off.findings.filter((f) => f.kind === 'placeholder')).toEqual([]);
  });
});

describe('kijun init', () => {
  it('writes the skeleton; a fresh check has no missing finding; never overwrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-init-'));
    const file = join(dir, '対策基準.md');
    const r = kijun('init', '--style', 'decimal', '--org', 'higher-education', '--edition', 'r5', '-o', file);
    expect(r.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('edition: r5');
    const check = JSON.parse(kijun('check', '--format', 'json', '--fail-on', 'none', file).stdout);
    expect(check.files[0].diagnostics.filter((d: { kind: string }) => d.kind !== 'placeholder')).toEqual([]);
    expect(check.files[0].diagnostics.length).toBeGreaterThan(0);
    expect(check.files[0].summary.missing).toBe(0);
    // Exit 0 with the default --fail-on warning: placeholders are information.
    expect(kijun('check', file).status).toBe(0);
    writeFileSync(file, 'mine');
    const again = kijun('init', '-o', file);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/never overwrites/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(kijun('init', '--style', 'roman').status).toBe(2);
    expect(kijun('init', '--org', 'city').stderr).toMatch(/--org must be/);
  });
});
