// The incremental analyzer moves the line index over an edit (LineIndex.afterEdit) instead of searching the whole
// text again: the result must be the index of the new text, whatever the line breaks around the edit (\n, \r\n,
// a lone \r, a \r\n split or joined by the edit).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

const starts = (l: LineIndex) => Array.from({ length: l.lineCount }, (_, i) => l.lineStart(i));

const piece = fc
  .array(fc.constantFrom('a', 'い', '\n', '\r', '\r\n', ' ', '\u2028'), { maxLength: 30 })
  .map((a) => a.join(''));

describe('LineIndex.afterEdit', () => {
  it('equals the index of the edited text for random edits near line breaks', () => {
    fc.assert(
      fc.property(piece, fc.nat(), fc.nat(), piece, (before, a, b, inserted) => {
        const start = a % (before.length + 1);
        const oldEnd = start + (b % (before.length - start + 1));
        const text = before.slice(0, start) + inserted + before.slice(oldEnd);
        const moved = LineIndex.afterEdit(new LineIndex(before), text, {
          start,
          oldEnd,
          newEnd: start + inserted.length,
        });
        expect(starts(moved)).toEqual(starts(new LineIndex(text)));
        expect(moved.text).toBe(text);
        // Moved in place (the incremental analyzer's, which lets the old index go): the same index.
        const inPlace = LineIndex.afterEdit(
          new LineIndex(before),
          text,
          {
            start,
            oldEnd,
            newEnd: start + inserted.length,
          },
          true,
        );
        expect(starts(inPlace)).toEqual(starts(new LineIndex(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps working over a chain of edits', () => {
    let text = 'a\r\nb\rc\n\nd';
    let index = new LineIndex(text);
    const inserts = ['\r', '\n', 'x', '', '\r\n', 'yy\r'];
    for (let i = 0; i < 200; i++) {
      const start = (i * 7) % (text.length + 1);
      const oldEnd = Math.min(text.length, start + (i % 3));
      const ins = inserts[i % inserts.length];
      text = text.slice(0, start) + ins + text.slice(oldEnd);
      index = LineIndex.afterEdit(index, text, { start, oldEnd, newEnd: start + ins.length }, i % 2 === 1);
      expect(starts(index)).toEqual(starts(new LineIndex(text)));
    }
  });
});
