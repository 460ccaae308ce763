// The compliance matrix (kijun report --format csv|xlsx) and the traceability data every output carries.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../server/src/core';
import { matrixCsv, safeCell, type MatrixTable } from '../../server/src/core/report/matrix';
import { jstTimestamp, outputDate } from '../../server/src/core/report/meta';

const EXAMPLE = join(__dirname, '../../examples/情報セキュリティ対策基準.md');
const CLI = join(__dirname, '../../server/out/cli.js');
const env = { ...process.env, SOURCE_DATE_EPOCH: '1751328000' };
const kijun = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
const h30 = getCatalog()
  .forEdition('h30')
  .requirements.map((r) => r.id);
const sha = createHash('sha256').update(readFileSync(EXAMPLE)).digest('hex');

/** A minimal RFC 4180 reader: enough to check what we write. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('CSV matrix', () => {
  it('UTF-8 with BOM, CRLF, Japanese column titles, one row per requirement with its evidence', () => {
    const r = kijun('report', '--format', 'csv', EXAMPLE);
    expect(r.status).toBe(0);
    expect(
      r.stdout.startsWith(
        '\ufeff統一基準の部,要求事項ID,要求事項,水準,状況,根拠ファイル,条項番号,根拠の文言,判定理由,適用除外の理由,例外措置,',
      ),
    ).toBe(true);
    const rows = parseCsv(r.stdout.slice(1));
    expect(rows.slice(1).map((x) => x[1])).toEqual(h30);
    const byId = new Map(rows.slice(1).map((x) => [x[1], x]));
    const web = byId.get('web-encryption')!;
    expect(web[4]).toBe('要改訂');
    expect(web[5]).toBe('情報セキュリティ対策基準.md:146');
    expect(web[6]).toBe('第24条');
    expect(web[7]).toMatch(/ログインを要するページ/);
    expect(web[8]).toMatch(/常時暗号化/);
    const malware = byId.get('unknown-malware')!;
    expect(malware[4]).toBe('対応済み');
    expect(malware[6]).toBe('第21条第2項');
    expect(byId.get('drm')![4]).toBe('不足');
    expect(byId.get('drm')![5]).toBe('');
  });

  it('English titles with --lang en; a later edition has its own rows', () => {
    const r = kijun('report', '--format', 'csv', '--lang', 'en', '--edition', 'r5', EXAMPLE);
    expect(r.status).toBe(0);
    const rows = parseCsv(r.stdout.slice(1));
    expect(rows[0].slice(0, 5)).toEqual(['Part of the standard', 'Requirement ID', 'Requirement', 'Level', 'Status']);
    expect(rows.slice(1).map((x) => x[1])).toEqual(
      getCatalog()
        .forEdition('r5')
        .requirements.map((q) => q.id),
    );
  });

  it('quotes per RFC 4180 and never lets a cell become a formula', () => {
    for (const v of ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\tx']) expect(safeCell(v)).toBe(`'${v}`);
    expect(safeCell('第1条')).toBe('第1条');
    const table: MatrixTable = {
      lang: 'ja',
      statuses: ['covered'],
      columns: [
        { key: 'id', title: 'ID', width: 1 },
        { key: 'text', title: '文言', width: 1 },
      ],
      rows: [{ id: "=cmd|' /C calc'!A0", text: 'a, "b"\nc' } as never],
    };
    const csv = matrixCsv(table);
    expect(csv).toBe('\ufeffID,文言\r\n\'=cmd|\' /C calc\'!A0,"a, ""b""\nc"\r\n');
    expect(parseCsv(csv.slice(1))[1]).toEqual(["'=cmd|' /C calc'!A0", 'a, "b"\nc']);
  });
});

describe('xlsx matrix', () => {
  it('opens with exceljs: header, a row per requirement, wrapped evidence, a sheet with the traceability data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kijun-matrix-'));
    const file = join(dir, 'matrix.xlsx');
    const r = kijun('report', '--format', 'xlsx', '--out', file, EXAMPLE);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('対応状況')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '統一基準の部',
      '要求事項ID',
      '要求事項',
      '水準',
      '状況',
      '根拠ファイル',
      '条項番号',
      '根拠の文言',
      '判定理由',
      '適用除外の理由',
      '例外措置',
      '統一基準の項番',
    ]);
    expect(sheet.rowCount).toBe(h30.length + 1);
    const ids = Array.from({ length: h30.length }, (_, i) => sheet.getRow(i + 2).getCell(2).value);
    expect(ids).toEqual(h30);
    const web = sheet.getRow(h30.indexOf('web-encryption') + 2);
    expect(web.getCell(5).value).toBe('要改訂');
    expect(web.getCell(7).value).toBe('第24条');
    expect(web.getCell(8).alignment?.wrapText).toBe(true);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const info = wb.getWorksheet('出典')!;
    const values = info.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : []));
    expect(values).toContain('2025-07-01T09:00:00+09:00');
    expect(values).toContain(`SHA-256 ${sha}`);
  });

  it('an unknown format is a usage error', () => {
    const r = kijun('report', '--format', 'xls', EXAMPLE);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format must be html, md, json, csv or xlsx/);
  });
});

describe('traceability data', () => {
  it('JST timestamps; SOURCE_DATE_EPOCH fixes the time', () => {
    expect(jstTimestamp(new Date(Date.UTC(2026, 11, 31, 20, 30, 5)))).toBe('2027-01-01T05:30:05+09:00');
    expect(outputDate({ SOURCE_DATE_EPOCH: '1751328000' }).toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(Math.abs(outputDate({ SOURCE_DATE_EPOCH: 'x' }).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('check --format json: generatedAt, catalog version and hash, each file SHA-256 (added fields only)', () => {
    const r = kijun('check', '--format', 'json', '--fail-on', 'none', EXAMPLE);
    const j = JSON.parse(r.stdout);
    expect(j.version).toBe(1);
    expect(j.edition).toBe('h30');
    expect(j.generatedAt).toBe('2025-07-01T09:00:00+09:00');
    expect(j.catalog.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(j.catalog.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(j.files[0].sha256).toBe(sha);
    // Deterministic: the same input gives the same output.
    expect(kijun('check', '--format', 'json', '--fail-on', 'none', EXAMPLE).stdout).toBe(r.stdout);
  });

  it('SARIF: artifacts with sha-256 hashes, run properties with edition, catalog and time', () => {
    const s = JSON.parse(kijun('check', '--format', 'sarif', '--fail-on', 'none', EXAMPLE).stdout);
    const run = s.runs[0];
    expect(run.artifacts[0].hashes['sha-256']).toBe(sha);
    expect(run.properties.kijun.edition).toBe('h30');
    expect(run.properties.kijun.generatedAt).toBe('2025-07-01T09:00:00+09:00');
    expect(run.properties.kijun.catalog.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('HTML, Markdown and JSON reports carry them', () => {
    const html = kijun('report', EXAMPLE).stdout;
    expect(html).toContain(`情報セキュリティ対策基準.md: sha256 ${sha}`);
    expect(html).toContain('作成日時: 2025-07-01T09:00:00+09:00');
    expect(kijun('report', '--format', 'md', EXAMPLE).stdout).toContain(sha);
    const json = JSON.parse(kijun('report', '--format', 'json', EXAMPLE).stdout);
    expect(json.trace.files[0]).toEqual({ path: '情報セキュリティ対策基準.md', sha256: sha });
    expect(json.trace.edition).toBe('h30');
  });
});
