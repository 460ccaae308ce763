import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { normalize, originalSpan } from '../../../server/src/core/text/normalize';

/** The original text behind a normalized match. */
function sourceOf(original: string, needle: string): string {
  const n = normalize(original);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const { start, end } = originalSpan(n, at, at + needle.length);
  return original.slice(start, end);
}

describe('normalize', () => {
  it('folds full-width letters and digits (NFKC) and case', () => {
    expect(normalize('ＨＴＴＰＳ化とＩｏＴ機器、第１２条').text).toBe('https化とiot機器、第12条');
  });

  it('removes line breaks inside Japanese sentences but keeps a space between Latin words', () => {
    expect(normalize('電子メールサーバ間の通信を\n  暗号化すること。').text).toBe(
      '電子メールサーバ間の通信を暗号化すること。',
    );
    expect(normalize('encrypt all\nmail traffic').text).toBe('encrypt all mail traffic');
    expect(normalize('常時 SSL 化').text).toBe('常時ssl化');
  });

  it('composes half-width katakana with their voiced marks', () => {
    expect(normalize('ｻｰﾊﾞ ｿﾌﾄｳｪｱ').text).toBe('サーバソフトウェア');
    expect(normalize('ﾃﾞｼﾞﾀﾙ').text).toBe('デジタル');
  });

  it('maps matches back to the original text across wrapping, full-width forms and astral characters', () => {
    expect(sourceOf('𠮷野家のＴＬＳ\n通信', 'tls通信')).toBe('ＴＬＳ\n通信');
    expect(sourceOf('𠮷𠮷 https', 'https')).toBe('https');
    expect(sourceOf('ａｂ\u200bｃ', 'abc')).toBe('ａｂ\u200bｃ');
  });

  it('drops zero-width characters and maps ideographic spaces', () => {
    expect(normalize('暗\u200b号\u3000化').text).toBe('暗号化');
  });
});

describe('LineIndex', () => {
  it('counts UTF-16 units for astral characters', () => {
    const text = '𠮷a\nb';
    const li = new LineIndex(text);
    expect(li.positionAt(2)).toEqual({ line: 0, character: 2 });
    expect(li.positionAt(3)).toEqual({ line: 0, character: 3 });
    expect(li.positionAt(4)).toEqual({ line: 1, character: 0 });
  });

  it('treats CRLF as one line break and never points between \\r and \\n', () => {
    const text = 'ab\r\ncd\r\n';
    const li = new LineIndex(text);
    expect(li.lineCount).toBe(3);
    expect(li.positionAt(4)).toEqual({ line: 1, character: 0 });
    expect(li.offsetAt({ line: 1, character: 1 })).toBe(5);
    expect(li.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(li.lineEnd(1)).toBe(6);
  });

  it('round-trips every offset', () => {
    const text = '第１条\r\n𠮷\n\r\nx';
    const li = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue;
      expect(li.offsetAt(li.positionAt(o))).toBe(o);
    }
  });
});
