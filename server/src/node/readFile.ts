// Reading from disk, for the CLI and the language server (policy files, kijun.json, the files of a policy set).
// Walking folders is the core's (core/policySet/walk.ts), over nodeFileSystem.ts.
// The rest of the core reads nothing: it gets text. Node built-ins only: Shift_JIS is decoded by the runtime's
// own TextDecoder (ICU), not by a bundled table.
import { readFileSync, statSync } from 'node:fs';
import { readFailureMessage, type ReadFailure } from '../core/policySet/fileSystem';
// Decoding bytes is pure (no file access): it lives in decode.ts, which the web worker also uses.
import { decodePolicy, type ReadResult } from '../core/io/decode';

export type { ReadFailure } from '../core/policySet/fileSystem';
export { decodePolicy, shiftJisDecoder, type Encoding, type ReadResult, type ShiftJisDecoder } from '../core/io/decode';

export { MAX_POLICY_BYTES as MAX_FILE_BYTES } from '../core/policySet/fileSystem';
import { MAX_POLICY_BYTES as MAX_FILE_BYTES } from '../core/policySet/fileSystem';

/**
 * The bytes of a file of at most `limit` bytes. A folder, a missing file and a file over the limit are answers,
 * not exceptions; the size is checked before reading (a 2 GB file is never loaded) and again after (it grew).
 */
export function readBytes(path: string, limit: number): { ok: true; bytes: Buffer } | ReadFailure {
  const failure = (e: unknown): ReadFailure => {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, reason: 'missing' }
      : { ok: false, reason: 'unreadable', code: code ?? (e as Error).message };
  };
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, reason: 'not-a-file', directory: st.isDirectory() };
    size = st.size;
  } catch (e) {
    return failure(e);
  }
  if (size > limit) return { ok: false, reason: 'too-large', size, limit };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return failure(e);
  }
  if (bytes.length > limit) return { ok: false, reason: 'too-large', size: bytes.length, limit };
  return { ok: true, bytes };
}

/**
 * Reads a policy file as agencies keep them: UTF-8 with or without BOM, or Shift_JIS. Binary and oversized
 * files are refused with a message instead of being misread.
 */
export function readPolicyFile(path: string): ReadResult {
  const r = readBytes(path, MAX_FILE_BYTES);
  return r.ok ? decodePolicy(r.bytes) : { ok: false, message: readFailureMessage(r) };
}
