// 新旧対照表: the comparison of two versions of a policy (core/revise), its HTML and its .docx (opened with
// jszip, the reader the docx package itself uses), and `kijun revise` on the command line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../server/src/core';
import { compareVersions, type Cell, type RevisionRow } from '../../server/src/core/revise/compare';
import { withMissingClauses } from '../../server/src/core/revise/fixed';
import { renderRevisionHtml } from '../../server/src/core/revise/html';
import { revisionDocx } from '../../server/src/papers/docx';

const EXAMPLE = join(__dirname, '../../examples/情報セキュリティ対策基準.md');
const CLI = join(__dirname, '../../server/out/cli.js');
const oldText = readFileSync(EXAMPLE, 'utf8');
const OLD_WEB =
  '情報システムセキュリティ責任者は、機構のウェブサイトのうち、ログインを要するページ及び個人情報を入力するフォームについては、HTTPSにより通信を暗号化する。';
const NEW_WEB = '情報システムセキュリティ責任者は、機構のすべてのウェブサイトについて、HTTPSにより通信を暗号化する。';
const DROPPED =
  '2 情報システムセキュリティ責任者は、送信ドメイン認証（SPF及びDKIM）を導入し、機構を装ったなりすましメールを防止する。';

const changedText = (cell: Cell) =>
  cell
    .flat()
    .filter((r) => r.changed)
    .map((r) => r.text)
    .join('');
const allText = (cell: Cell) => cell.map((l) => l.map((r) => r.text).join('')).join('\n');

describe('compareVersions', () => {
  const newText = oldText.replace(OLD_WEB, NEW_WEB).replace(DROPPED + '\n', '');
  const table = compareVersions(oldText, newText);

  it('has the old clause and the new clause side by side, only the changed words underlined', () => {
    expect(oldText).toContain(OLD_WEB);
    const row = table.rows.find((r) => r.kind === 'changed')!;
    expect(allText(row.after)).toBe(NEW_WEB);
    expect(allText(row.before)).toBe(OLD_WEB);
    // Underlined: what differs, and not the words both keep.
    expect(changedText(row.after)).toContain('すべて');
    expect(changedText(row.before)).toContain('ログイン');
    expect(changedText(row.after)).not.toContain('情報システムセキュリティ責任者');
    expect(changedText(row.before)).not.toContain('HTTPS');
    // The change answers web-encryption: the old clause was outdated for it, the new one covers it.
    expect(row.notes.map((n) => [n.id, n.how])).toEqual([['web-encryption', 'revises']]);
  });

  it('marks a deleted provision （削除） and elides the unchanged ones with （略）', () => {
    const removed = table.rows.filter((r) => r.kind === 'removed');
    expect(removed).toHaveLength(1);
    expect(allText(removed[0].after)).toBe('（削除）');
    expect(allText(removed[0].before)).toBe(DROPPED);
    expect(table.changes).toBe(2);
    // Elided rows never stand next to each other, and the table is much shorter than the policy.
    const kinds = table.rows.map((r) => r.kind);
    for (let i = 1; i < kinds.length; i++) expect(kinds[i] === 'elided' && kinds[i - 1] === 'elided').toBe(false);
    expect(kinds[0]).toBe('elided');
    expect(
      table.rows
        .filter((r) => r.kind === 'elided')
        .every((r) => allText(r.after) === '（略）' && allText(r.before) === '（略）'),
    ).toBe(true);
    // The heading of each changed article is shown unchanged, to locate it.
    const contexts = table.rows.filter((r) => r.kind === 'context').map((r) => allText(r.after));
    expect(contexts.some((c) => /^第\d+条（ウェブ/.test(c))).toBe(true);
    expect(contexts.some((c) => /電子メール/.test(c))).toBe(true);
  });

  it('has no change when the texts are the same', () => {
    const same = compareVersions(oldText, oldText);
    expect(same.changes).toBe(0);
    expect(same.rows.map((r) => r.kind)).toEqual(['elided']);
  });

  it('in English: the column titles and markers', () => {
    const en = compareVersions(oldText, newText, { lang: 'en' });
    expect(allText(en.rows[0].after)).toBe('(omitted)');
    expect(renderRevisionHtml(en)).toContain('<th scope="col">Revised</th><th scope="col">Current</th>');
  });
});

describe('the table of inserting every missing clause', () => {
  const fixed = withMissingClauses(oldText);
  const table = compareVersions(oldText, fixed.text);

  it('inserts exactly what kijun fix inserts (the missing clauses, the revised clause beside each outdated one) and leaves nothing missing', () => {
    const reqs = analyzeText(oldText, { force: true }).requirements;
    const before = reqs.filter((r) => r.status === 'missing').map((r) => r.id);
    const outdated = reqs.filter((r) => r.status === 'outdated').map((r) => r.id);
    expect(fixed.inserted.sort()).toEqual([...before, ...outdated].sort());
    expect(before.length).toBeGreaterThan(0);
    expect(analyzeText(fixed.text, { force: true }).requirements.filter((r) => r.status === 'missing')).toEqual([]);
    // The user's text is all still there, in order.
    let at = 0;
    for (const line of oldText.split('\n')) {
      const i = fixed.text.indexOf(line, at);
      expect(i).toBeGreaterThanOrEqual(0);
      at = i + line.length;
    }
  });

  it('shows each insertion as new (（新設）), underlined, noted with the requirement it answers', () => {
    const added = table.rows.filter((r) => r.kind === 'added');
    expect(table.rows.some((r) => r.kind === 'changed' || r.kind === 'removed')).toBe(false);
    for (const r of added) {
      expect(allText(r.before)).toBe('（新設）');
      expect(r.after.flat().every((x) => x.changed)).toBe(true);
    }
    expect(added.flatMap((r) => r.notes.map((n) => n.id)).sort()).toEqual([...fixed.inserted].sort());
  });

  it('HTML: A4 landscape, two columns 改正後 | 改正前, underlines and notes, escaped text', () => {
    const html = renderRevisionHtml(table);
    expect(html).toMatch(/@page \{ size: A4 landscape;/);
    expect(html).toContain('<th scope="col">改正後</th><th scope="col">改正前</th>');
    expect(html).toContain('（傍線部分は改正部分）');
    for (const id of fixed.inserted) expect(html).toContain(`data-requirement="${id}"`);
    expect((html.match(/<u>/g) ?? []).length).toBeGreaterThanOrEqual(fixed.inserted.length);
    const hostile = compareVersions(
      '# 情報セキュリティ対策基準\n\n本文。\n',
      '# 情報セキュリティ対策基準\n\n本文<script>alert(1)</script>。\n',
    );
    const out = renderRevisionHtml(hostile);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
  });

  it('.docx: landscape A4, a two-column table with a header row, underlined runs, requirement notes', async () => {
    const bytes = await revisionDocx(table);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="16838"[^>]*w:h="11906"|<w:pgSz[^>]*w:h="11906"[^>]*w:w="16838"/);
    expect((xml.match(/<w:gridCol /g) ?? []).length).toBe(2);
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toContain('>改正後<');
    expect(xml).toContain('>改正前<');
    // Every run of inserted text is underlined; the （略） and （新設） markers are not.
    const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => ({
      u: /<w:u w:val="single"/.test(m[1]),
      text: [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }));
    const underlined = runs
      .filter((r) => r.u)
      .map((r) => r.text)
      .join('');
    for (const row of table.rows.filter((r: RevisionRow) => r.kind === 'added'))
      expect(underlined).toContain(allText(row.after).split('\n')[0]);
    expect(runs.filter((r) => r.text === '（略）' || r.text === '（新設）').every((r) => !r.u)).toBe(true);
    for (const id of fixed.inserted) expect(xml).toContain(`対応する要求事項: ${id} `);
  });
});

describe('kijun revise', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kijun-revise-'));
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1751328000' };

  it('writes the HTML and the .docx of FILE --fixed, with the traceability footer', async () => {
    const html = spawnSync(process.execPath, [CLI, 'revise', EXAMPLE, '--fixed', '--out', join(dir, 'a.html')], {
      encoding: 'utf8',
      env,
    });
    expect(html.stderr).toBe('');
    expect(html.status).toBe(0);
    const text = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(text).toContain('作成日時: 2025-07-01T09:00:00+09:00');
    expect(text).toMatch(/情報セキュリティ対策基準\.md: sha256 [0-9a-f]{64}/);
    const docx = spawnSync(process.execPath, [CLI, 'revise', EXAMPLE, '--fixed', '--out', join(dir, 'a.docx')], {
      encoding: 'utf8',
      env,
    });
    expect(docx.status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'a.docx')));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('改正後');
  });

  it('compares two files; refuses bad arguments with one line and exit 2', () => {
    mkdirSync(join(dir, 'v'), { recursive: true });
    writeFileSync(join(dir, 'v/new.md'), oldText.replace(OLD_WEB, NEW_WEB));
    const r = spawnSync(process.execPath, [CLI, 'revise', EXAMPLE, join(dir, 'v/new.md')], { encoding: 'utf8', env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('data-requirement="web-encryption"');
    const one = spawnSync(process.execPath, [CLI, 'revise', EXAMPLE], { encoding: 'utf8' });
    expect(one.status).toBe(2);
    expect(one.stderr.trim().split('\n')).toHaveLength(1);
    const missing = spawnSync(process.execPath, [CLI, 'revise', EXAMPLE, join(dir, 'nope.md')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.md: no such file/);
    const fmt = spawnSync(process.execPath, [CLI, 'revise', EXAMPLE, '--fixed', '--format', 'pdf'], {
      encoding: 'utf8',
    });
    expect(fmt.status).toBe(2);
  });
});

describe('a wholesale rewrite', () => {
  it('stays fast: every provision changed in a long policy (CPU time, wide margin)', () => {
    const n = 400;
    const old = [
      '# 情報セキュリティ対策基準',
      '',
      ...Array.from(
        { length: n },
        (_, i) => `第${i + 1}条 職員等は、情報システム${i}について定められた手順を遵守する。\n`,
      ),
    ].join('\n');
    const rewritten = old.replace(/遵守する/g, '遵守しなければならない');
    const start = process.cpuUsage();
    const t = compareVersions(old, rewritten);
    const cpu = process.cpuUsage(start);
    expect(t.rows.filter((r) => r.kind === 'changed')).toHaveLength(n);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(8_000);
  });
});
