// Command-line entry of the blind evaluation: prints the table; exits 1 when a threshold of thresholds.json is not
// met (0 with KIJUN_EVAL_REPORT_ONLY=1). Run through `node test/eval/run.mjs [set …] [--json]`.
import { EVAL_SETS, evaluate, failures, formatReports, loadThresholds } from './score';

const args = process.argv.slice(2);
const json = args.includes('--json');
const sets = args.filter((a) => !a.startsWith('--'));
const reports = evaluate(sets.length ? sets : EVAL_SETS);
const failed = failures(reports, loadThresholds());
if (json) process.stdout.write(JSON.stringify({ reports, failed }, null, 2) + '\n');
else {
  process.stdout.write(formatReports(reports) + '\n');
  if (failed.length) process.stdout.write(`\nthresholds not met:\n  ${failed.join('\n  ')}\n`);
}
process.exitCode = failed.length && process.env.KIJUN_EVAL_REPORT_ONLY !== '1' ? 1 : 0;
