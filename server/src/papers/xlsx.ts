// The compliance matrix as an Excel workbook (exceljs): one sheet with a row per requirement — bold, frozen header
// with a filter, wrapped text, the status coloured — and a sheet with the traceability data (edition, catalog,
// JST time, each policy file's SHA-256). Bundled apart (server/out/xlsx.js), loaded only for --format xlsx.
import ExcelJS from 'exceljs';
import { safeCell, type MatrixTable } from '../core/report/matrix';
import type { TraceMeta } from '../core/report/meta';
import { t } from '../core/i18n';

const FILL: Record<string, string> = {
  covered: 'FFD9EAD3',
  outdated: 'FFFCE5CD',
  missing: 'FFF4CCCC',
  'not-applicable': 'FFEEEEEE',
};

export async function matrixXlsx(table: MatrixTable, meta?: TraceMeta): Promise<Uint8Array> {
  const lang = table.lang;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kijun';
  if (meta) {
    // The workbook's dates are the output's (SOURCE_DATE_EPOCH makes them reproducible).
    const when = new Date(meta.generatedAt);
    wb.created = when;
    wb.modified = when;
  }
  const sheet = wb.addWorksheet(t('xlsx.sheet', lang), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.title, key: c.key, width: c.width }));
  table.rows.forEach((row, i) => {
    const r = sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, safeCell(row[c.key])])));
    r.alignment = { vertical: 'top', wrapText: true };
    const fill = FILL[table.statuses[i]];
    if (fill) r.getCell('status').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  if (meta) {
    const info = wb.addWorksheet(t('xlsx.sourceSheet', lang));
    info.columns = [
      { header: t('xlsx.item', lang), key: 'k', width: 24 },
      { header: t('xlsx.value', lang), key: 'v', width: 80 },
    ];
    info.getRow(1).font = { bold: true };
    info.addRow({ k: t('xlsx.edition', lang), v: meta.edition });
    info.addRow({ k: t('xlsx.catalogVersion', lang), v: meta.catalog.version });
    info.addRow({ k: t('xlsx.catalogSha', lang), v: meta.catalog.sha256 });
    info.addRow({ k: t('xlsx.generated', lang), v: meta.generatedAt });
    for (const f of meta.files) info.addRow({ k: safeCell(f.path), v: `SHA-256 ${f.sha256}` });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
