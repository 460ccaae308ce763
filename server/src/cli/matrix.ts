// kijun report --format csv|xlsx: the compliance matrix (core/report/matrix.ts). The .xlsx writer (exceljs) is a
// separate bundle, loaded here only.
import type { ComplianceReport } from '../core/report/compliance';
import { buildMatrix, matrixCsv } from '../core/report/matrix';
import type { PolicySetAnalysis } from '../core/policySet/analyze';
import { CliUsageError, type Lang } from './args';
import { loadSideBundle, run, writeOutput } from './shared';

export const MATRIX_FORMATS = ['csv', 'xlsx'];

export function writeMatrix(
  format: 'csv' | 'xlsx',
  report: ComplianceReport,
  set: PolicySetAnalysis,
  out: string | undefined,
  lang: Lang,
): Promise<number> {
  return run(async () => {
    if (format === 'xlsx' && !out && process.stdout.isTTY)
      throw new CliUsageError('an .xlsx is not written to a terminal: give --out FILE.xlsx');
    const table = buildMatrix(report, set);
    let data: string | Uint8Array;
    if (format === 'csv') data = matrixCsv(table);
    else {
      const { matrixXlsx } = loadSideBundle<typeof import('../papers/xlsxEntry')>('xlsx');
      data = await matrixXlsx(table, report.trace);
    }
    if (out) writeOutput(out, data, lang);
    else process.stdout.write(data);
    return 0;
  });
}
