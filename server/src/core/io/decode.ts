// Decoding a policy file's bytes: UTF-8 (with or without BOM; a few invalid bytes replaced with U+FFFD and said
// where), UTF-16 with a BOM, or Shift_JIS; binary refused. Pure — no file access and no Node module: Shift_JIS is
// decoded by the runtime's own TextDecoder (ICU in Node and in browsers), so the language server in a web worker
// (server/src/web) decodes a policy set's files the same way. readFile.ts re-exports these for the CLI and the
// Node server.

export type Encoding = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

/**
 * `warning`: the file was read, but not as written — invalid bytes were replaced with U+FFFD (the message says how
 * many and where the first one is, 1-based line and column).
 */
export type ReadResult =
  | { ok: true; text: string; encoding: Encoding; warning?: string }
  | { ok: false; message: string };

/** `shiftJis`: the Shift_JIS decoder to use, null for none (tests); by default the runtime's. */
export function decodePolicy(buf: Uint8Array, shiftJis?: ShiftJisDecoder | null): ReadResult {
  // Windows 「Unicode」 text: UTF-16 with a byte-order mark (its NUL bytes do not make it binary).
  const utf16 =
    buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    const text = new TextDecoder(utf16, { fatal: false, ignoreBOM: false }).decode(buf);
    // A NUL character (not byte) is still a binary file, whatever its first two bytes.
    if (text.slice(0, 4096).includes('\0'))
      return { ok: false, message: 'binary file (contains NUL characters), not a Markdown policy' };
    return withReplacements(text, utf16);
  }
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, message: 'binary file (contains NUL bytes), not a Markdown policy' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8 as a whole: a UTF-8 file with a few bad bytes (a truncated copy, a stray Latin-1 byte), or
    // Shift_JIS (CP932), as Japanese government files often are.
  }
  const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(buf);
  if (mostlyUtf8(lenient)) return withReplacements(lenient, 'utf-8');
  const decode = shiftJis === undefined ? shiftJisDecoder() : shiftJis;
  if (!decode)
    return {
      ok: false,
      message: 'not UTF-8, and this Node.js cannot decode Shift_JIS (it is built without ICU): save the file as UTF-8',
    };
  const text = decode(buf);
  const replacement = (text.match(/\ufffd/g) ?? []).length;
  if (replacement > Math.max(2, text.length / 200))
    return { ok: false, message: 'unknown text encoding (neither UTF-8 nor Shift_JIS)' };
  return { ok: true, text, encoding: 'shift_jis' };
}

/**
 * Whether a lenient UTF-8 decoding is the file's text with a few bad bytes: every replacement stands for at least
 * 20 characters decoded from valid multi-byte sequences. Shift_JIS read as UTF-8 fails on nearly every Japanese
 * character (its lead bytes 0x81–0x9F are UTF-8 continuation bytes), so it never passes.
 */
function mostlyUtf8(text: string): boolean {
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) good++;
  }
  return bad > 0 && good >= 20 * bad;
}

/** The text, with a warning when the decoder replaced bytes: how many, and where the first one is. */
function withReplacements(text: string, encoding: Encoding): ReadResult {
  let count = 0;
  let first = -1;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
    if (first < 0) first = i;
    count++;
  }
  if (!count) return { ok: true, text, encoding };
  const at = first;
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  // The BOM the decoder removed is not a column an editor shows: positions are those of the text as read.
  const what = encoding === 'utf-8' ? 'invalid UTF-8' : `invalid ${encoding.toUpperCase()}`;
  const warning = `${count} ${what} byte sequence${count === 1 ? '' : 's'} replaced with U+FFFD, the first at line ${line}, column ${at - lineStart + 1}`;
  return { ok: true, text, encoding, warning };
}

export type ShiftJisDecoder = (bytes: Uint8Array) => string;

let sjis: ShiftJisDecoder | null | undefined;

/**
 * Shift_JIS as Windows writes it (CP932: JIS X 0208 with the NEC and IBM extensions), decoded by the runtime's
 * TextDecoder — ICU's converter, in Node (full ICU since Node 13) and in VS Code's Electron (Chromium's ICU data,
 * which keeps the WHATWG Shift_JIS converter). Null when the runtime has none (a Node built without ICU).
 *
 * The converters agree with CP932 on every character; Node's own (IBM-943) moves three control bytes around
 * (0x1A → U+001C, 0x1C → U+007F, 0x7F → U+001A), Chromium's does not. They are probed once and put back.
 */
export function shiftJisDecoder(): ShiftJisDecoder | null {
  if (sjis === undefined) {
    sjis = null;
    try {
      const decoder = new TextDecoder('shift_jis');
      const expected = '\x1a\x1c\x7f';
      const probe = decoder.decode(Uint8Array.of(0x1a, 0x1c, 0x7f));
      const back = new Map<string, string>();
      if (
        probe !== expected &&
        probe.length === 3 &&
        new Set(probe).size === 3 &&
        [...probe].every((c) => expected.includes(c))
      ) {
        for (let i = 0; i < 3; i++) back.set(probe[i], expected[i]);
      }
      const controls = /[\x1a\x1c\x7f]/g;
      sjis = back.size
        ? (bytes) => decoder.decode(bytes).replace(controls, (c) => back.get(c)!)
        : (bytes) => decoder.decode(bytes);
    } catch {
      // RangeError ERR_ENCODING_NOT_SUPPORTED: no ICU converter for it.
    }
  }
  return sjis;
}
