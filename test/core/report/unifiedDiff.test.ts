// The diff of `kijun fix --dry-run`: written from the planned edits; patch(1) must turn the old text into exactly
// what the edits make of it, whatever the edits' shape (insertions at line starts and ends, replacements, no final
// line break, CRLF).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInsertions, type InsertEdit } from '../../../server/src/core/edits';
import { unifiedDiff } from '../../../server/src/core/report/unifiedDiff';

const hasPatch = !spawnSync('patch', ['--version']).error;

function roundTrip(text: string, edits: InsertEdit[]): void {
  const expected = applyInsertions(text, edits);
  const diff = unifiedDiff(text, edits, 'a/p.md', 'b/p.md');
  expect(diff.startsWith('--- a/p.md\n+++ b/p.md\n@@ ')).toBe(true);
  if (!hasPatch) return;
  const dir = mkdtempSync(join(tmpdir(), 'kijun-diff-'));
  writeFileSync(join(dir, 'p.md'), text);
  const r = spawnSync('patch', ['-p1', '--no-backup-if-mismatch', '--binary'], {
    cwd: dir,
    input: diff,
    encoding: 'utf8',
  });
  expect(r.status, `${r.stdout}${r.stderr}\n${diff}`).toBe(0);
  expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(expected);
}

const lines = (n: number, eol = '\n') =>
  Array.from({ length: n }, (_, i) => `第${i + 1}条　本文${i + 1}。`).join(eol) + eol;

describe('unifiedDiff', () => {
  it('insertions after a line, at a line start, at the end; far apart and close together', () => {
    const text = lines(30);
    const at = (k: number) => text.split('\n').slice(0, k).join('\n').length; // end of line k (before its \n)
    roundTrip(text, [
      { offset: at(2), text: '\n\n（新）第2条の2　追加。', snippet: false },
      { offset: at(3) + 1, text: '挿入行\n', snippet: false },
      { offset: at(20), text: '\n第20条の2　追加。', snippet: false },
      { offset: text.length, text: '\n## 附則\n', snippet: false },
    ]);
  });

  it('a replacement inside a line, and an insertion right after it', () => {
    const text = lines(10);
    const start = text.indexOf('本文5');
    roundTrip(text, [
      { offset: start, end: start + 4, text: '改定後の本文', snippet: false },
      { offset: text.indexOf('\n', start), text: '\n第5条の2　追加。', snippet: false },
    ]);
  });

  it('a text without a final line break, and CRLF line breaks', () => {
    const noEol = lines(5).trimEnd();
    roundTrip(noEol, [{ offset: noEol.length, text: '\n\n第6条　追加。', snippet: false }]);
    const crlf = lines(8, '\r\n');
    roundTrip(crlf, [
      { offset: crlf.indexOf('\r\n', crlf.indexOf('第4条')), text: '\r\n第4条の2　追加。', snippet: false },
    ]);
  });

  it('nothing to change: no diff', () => {
    expect(unifiedDiff('a\n', [], 'a', 'b')).toBe('');
  });
});
