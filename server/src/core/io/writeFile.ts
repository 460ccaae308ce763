// Writing a policy back in the form it was read: UTF-8 with or without BOM, UTF-16 with its BOM, or Shift_JIS; line breaks are the
// text's own (the edit planner writes the document's). Nothing is written lossily: a file that was decoded with
// replacement characters, or new text that Shift_JIS cannot hold, is refused with a message.
import { decodePolicy, shiftJisDecoder, type Encoding, type ShiftJisDecoder } from './decode';

export interface SourceForm {
  encoding: Encoding;
  /** The UTF-8 file started with a byte order mark. */
  bom: boolean;
  /** Bytes that were not valid in the encoding were replaced with U+FFFD when reading: writing would lose them. */
  lossy?: boolean;
}

export type Decoded = { ok: true; text: string; form: SourceForm } | { ok: false; message: string };

/** Decodes a policy's bytes and remembers their form, to write them back the same way. */
export function decodeWithForm(bytes: Uint8Array): Decoded {
  const r = decodePolicy(bytes);
  if (!r.ok) return r;
  const bom = r.encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return {
    ok: true,
    text: r.text.charCodeAt(0) === 0xfeff ? r.text.slice(1) : r.text,
    form: { encoding: r.encoding, bom, ...(r.warning ? { lossy: true } : {}) },
  };
}

export type Encoded = { ok: true; bytes: Buffer } | { ok: false; message: string };

/** Encodes `text` in `form`; `original` (the file's bytes) must come back unchanged from its own text, or nothing is written. */
export function encodeLike(text: string, form: SourceForm, originalText: string, originalBytes: Uint8Array): Encoded {
  if (form.lossy) {
    return {
      ok: false,
      message: `the file was read with replacement characters (bytes that are not ${form.encoding.toUpperCase()}): writing it back would lose them; fix the file's encoding first`,
    };
  }
  if (form.encoding === 'utf-16le' || form.encoding === 'utf-16be') {
    // Windows 「Unicode」 text: written back with its byte order mark, in its byte order.
    const body = Buffer.from('\ufeff' + text, 'utf16le');
    return { ok: true, bytes: form.encoding === 'utf-16be' ? body.swap16() : body };
  }
  if (form.encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return { ok: true, bytes: form.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body };
  }
  if (originalText.includes('\ufffd')) {
    return {
      ok: false,
      message:
        'the file was read with replacement characters (bytes that are not Shift_JIS): writing it back would lose them; save it as UTF-8 first',
    };
  }
  const encoder = shiftJisEncoder();
  if (!encoder)
    return {
      ok: false,
      message: 'this Node.js cannot encode Shift_JIS (built without ICU): save the file as UTF-8 first',
    };
  const before = encoder(originalText);
  if (!before.ok || !Buffer.from(originalBytes).equals(before.bytes)) {
    return {
      ok: false,
      message: "the file's Shift_JIS does not come back byte for byte from its text; save it as UTF-8 first",
    };
  }
  return encoder(text);
}

let encoderCache: ((text: string) => Encoded) | null | undefined;

/**
 * A Shift_JIS (CP932) encoder that is the exact inverse of the decoder the file was read with: the table is built
 * by decoding every single- and double-byte code once, so a character encodes to the bytes that decode to it.
 * A character with no code (an emoji, 𠮷, a character outside CP932) is refused with its position.
 */
export function shiftJisEncoder(
  decoder: ShiftJisDecoder | null = shiftJisDecoder(),
): ((text: string) => Encoded) | null {
  if (encoderCache !== undefined && decoder === shiftJisDecoder()) return encoderCache;
  if (!decoder) return (encoderCache = null);
  const table = new Map<string, number[]>();
  for (let b = 0; b < 0x100; b++) {
    if ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) continue;
    const ch = decoder(Uint8Array.of(b));
    if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [b]);
  }
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder(Uint8Array.of(lead, trail));
      // The first code wins: CP932 has duplicates (NEC and IBM rows); Windows writes the first.
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const encode = (text: string): Encoded => {
    const out: number[] = [];
    let line = 1;
    for (const ch of text) {
      const code = table.get(ch);
      if (!code)
        return {
          ok: false,
          message: `line ${line}: 「${ch}」 (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) cannot be written in Shift_JIS; save the file as UTF-8 first`,
        };
      if (ch === '\n') line++;
      out.push(...code);
    }
    return { ok: true, bytes: Buffer.from(out) };
  };
  if (decoder === shiftJisDecoder()) encoderCache = encode;
  return encode;
}
