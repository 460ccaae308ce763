// SARIF validated twice:
// - by Microsoft's own validator, @microsoft/sarif-multitool (the .NET tool the npm package carries as a native
//   binary per platform; it runs here): the SARIF 2.1.0 schema and its rules (SARIF1001 …). Results at level error
//   or warning are returned (notes are style suggestions, e.g. "provide code snippets"). It needs an absolute path
//   (given a relative one it says "1 files scanned" and reports nothing), and a file it cannot read as SARIF — an
//   unknown enum value such as level "fatal" — passes silently;
// - so also against the SARIF 2.1.0 JSON schema itself (the copy that package ships, sarif-2.1.0.json, draft
//   2020-12) with Ajv, which reports any value the schema does not allow.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export interface SarifProblem {
  ruleId: string;
  level: string;
  message: string;
}

export function validateSarif(file: string): SarifProblem[] {
  if (!isAbsolute(file)) throw new Error(`validateSarif needs an absolute path (got ${file})`);
  return [...schemaProblems(file), ...multitoolProblems(file)];
}

let schemaValidator: ReturnType<Ajv2020['compile']> | undefined;

/** Problems against the SARIF 2.1.0 JSON schema (Ajv, strict about the data, lenient about the schema's own style). */
export function schemaProblems(file: string): SarifProblem[] {
  if (!schemaValidator) {
    const binary = require('@microsoft/sarif-multitool') as string;
    const schema = JSON.parse(readFileSync(join(dirname(binary), 'sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    schemaValidator = ajv.compile(schema);
  }
  const ok = schemaValidator(JSON.parse(readFileSync(file, 'utf8')));
  if (ok) return [];
  return (schemaValidator.errors ?? []).map((e) => ({
    ruleId: `schema:${e.keyword}`,
    level: 'error',
    message: `${e.instancePath || '/'} ${e.message ?? ''}`,
  }));
}

function multitoolProblems(file: string): SarifProblem[] {
  // The package's main export is the path of the native binary; its bin.js runs it through a shell, which would
  // split arguments holding spaces or semicolons. It is run directly here.
  const binary = require('@microsoft/sarif-multitool') as string;
  const dir = mkdtempSync(join(tmpdir(), 'kijun-sarif-'));
  try {
    const out = join(dir, 'validation.sarif');
    const r = spawnSync(binary, ['validate', file, '--output', out, '--level', 'Error;Warning'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`sarif-multitool failed (${r.status}): ${r.stdout}\n${r.stderr}`);
    const log = JSON.parse(readFileSync(out, 'utf8'));
    const run = log.runs[0];
    const rules = run.tool?.driver?.rules ?? [];
    return (run.results ?? []).map(
      (x: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }) => ({
        ruleId: x.ruleId,
        level: x.level ?? 'warning',
        message:
          x.message.text ??
          `${rules.find((y: { id: string }) => y.id === x.ruleId)?.name ?? ''} ${x.message.id ?? ''} ${(x.message.arguments ?? []).join(' ')}`,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
