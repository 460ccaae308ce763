// Decoding a policy file's bytes: UTF-8 (with or without BOM) or Shift_JIS, binary refused. Pure — no file access
// and no Node module: Shift_JIS is decoded by the runtime's own TextDecoder (ICU in Node and in browsers), so the
// language server in a web worker (server/src/web) decodes a policy set's files the same way. readFile.ts
// re-exports these for the CLI and the Node server.

export type ReadResult = { ok: true; text: string; encoding: 'utf-8' | 'shift_jis' } | { ok: false; message: string };

/** `shiftJis`: the Shift_JIS decoder to use, null for none (tests); by default the runtime's. */
export function decodePolicy(buf: Uint8Array, shiftJis?: ShiftJisDecoder | null): ReadResult {
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, message: 'binary file (contains NUL bytes), not a Markdown policy' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Japanese government files are often Shift_JIS (CP932).
  }
  const decode = shiftJis === undefined ? shiftJisDecoder() : shiftJis;
  if (!decode) return { ok: false, message: 'not UTF-8, and this Node.js cannot decode Shift_JIS (it is built without ICU): save the file as UTF-8' };
  const text = decode(buf);
  const replacement = (text.match(/\ufffd/g) ?? []).length;
  if (replacement > Math.max(2, text.length / 200)) return { ok: false, message: 'unknown text encoding (neither UTF-8 nor Shift_JIS)' };
  return { ok: true, text, encoding: 'shift_jis' };
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
      if (probe !== expected && probe.length === 3 && new Set(probe).size === 3 && [...probe].every((c) => expected.includes(c))) {
        for (let i = 0; i < 3; i++) back.set(probe[i], expected[i]);
      }
      const controls = /[\x1a\x1c\x7f]/g;
      sjis = back.size ? (bytes) => decoder.decode(bytes).replace(controls, (c) => back.get(c)!) : (bytes) => decoder.decode(bytes);
    } catch {
      // RangeError ERR_ENCODING_NOT_SUPPORTED: no ICU converter for it.
    }
  }
  return sjis;
}

