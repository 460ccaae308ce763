// Where a kijun.json's problems are shown (server/src/core/policySet/diagnostics.ts): on the key they are about,
// positions counted after a BOM as editors show the file, the listed files that could not be checked on `files`.
import { describe, expect, it } from 'vitest';
import { getCatalog, parsePolicySetConfig } from '../../../server/src/core';
import { configDiagnostics } from '../../../server/src/core/policySet/diagnostics';

describe('configDiagnostics', () => {
  it('places a problem on its key, after a BOM, and unreadable files on `files`', () => {
    const text = '\ufeff{\n  "files": ["a.md"],\n  "severity": { "nope": "error" }\n}\n';
    const { problems } = parsePolicySetConfig(text, getCatalog());
    const out = configDiagnostics(
      text,
      problems,
      { errors: [{ name: 'a.md', message: 'no such file' }], warnings: [] },
      'en',
    );
    expect(out).toEqual([
      {
        severity: 'error',
        message: 'severity.nope: unknown requirement id "nope"',
        range: { start: { line: 2, character: 16 }, end: { line: 2, character: 22 } },
      },
      {
        severity: 'error',
        message: 'files: cannot check a.md (no such file)',
        range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } },
      },
    ]);
  });

  it('a JSON syntax error where the parser says, in the language asked for', () => {
    const text = '{\n  "files": [\n';
    const { problems } = parsePolicySetConfig(text, getCatalog());
    const [d] = configDiagnostics(text, problems, { errors: [], warnings: [{ name: 'b.md', message: 'x' }] }, 'ja');
    expect(d.severity).toBe('error');
    expect(d.message).toMatch(/^JSON として読めません/);
    expect(d.range.start.line).toBeGreaterThanOrEqual(1);
  });
});
