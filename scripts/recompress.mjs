// Rewrites a zip (the .vsix) with every entry deflated by Zopfli. vsce's zip writer deflates with Node's zlib at
// the default level; Zopfli (@gfx/zopfli, WebAssembly) writes ordinary deflate streams ~3 % smaller, which the
// 1 MB budget of the .vsix needs (~35 KB), for a few seconds of packaging. Nothing else changes: the same entries in
// the same order, names, times, CRCs and attributes; an entry that would not shrink keeps its original bytes, and
// every entry is inflated again and compared before the file is written. Only what vsce writes is read: no zip64,
// no encryption, one disk.
//   node scripts/recompress.mjs FILE.vsix
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { deflateAsync } from '@gfx/zopfli';

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END = 0x06054b50;
const DEFLATE = 8;
const STORE = 0;
const UTF8_NAMES = 0x0800;

/** The entries of a zip, from its central directory. */
export function readZip(zip) {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`not a zip: central record ${i} is malformed`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(localAt) !== LOCAL) throw new Error(`not a zip: local header ${i} is malformed`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    entries.push({
      name: zip.subarray(at + 46, at + 46 + nameLength),
      madeBy: zip.readUInt16LE(at + 4),
      flags: zip.readUInt16LE(at + 8) & UTF8_NAMES,
      method,
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      size: zip.readUInt32LE(at + 24),
      internal: zip.readUInt16LE(at + 36),
      external: zip.readUInt32LE(at + 38),
      raw: zip.subarray(dataAt, dataAt + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's content. */
export function contentOf(entry) {
  if (entry.method === STORE) return entry.raw;
  if (entry.method === DEFLATE) return inflateRawSync(entry.raw);
  throw new Error(`${entry.name}: compression method ${entry.method} is not supported`);
}

export function writeZip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.raw.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(CENTRAL, 0);
    record.writeUInt16LE(e.madeBy, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(e.flags, 8);
    record.writeUInt16LE(e.method, 10);
    record.writeUInt16LE(e.time, 12);
    record.writeUInt16LE(e.date, 14);
    record.writeUInt32LE(e.crc, 16);
    record.writeUInt32LE(e.raw.length, 20);
    record.writeUInt32LE(e.size, 24);
    record.writeUInt16LE(e.name.length, 28);
    record.writeUInt16LE(e.internal, 36);
    record.writeUInt32LE(e.external, 38);
    record.writeUInt32LE(offset, 42);
    parts.push(local, e.name, e.raw);
    central.push(record, e.name);
    offset += local.length + e.name.length + e.raw.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/** The zip with each entry deflated by Zopfli where that is smaller; the contents are checked to be unchanged. */
export async function recompress(zip) {
  const entries = await Promise.all(
    readZip(zip).map(async (e) => {
      const content = contentOf(e);
      const smaller = Buffer.from(await deflateAsync(content, { numiterations: 5 }));
      return smaller.length < e.raw.length ? { ...e, method: DEFLATE, raw: smaller } : e;
    }),
  );
  const out = writeZip(entries);
  const before = readZip(zip);
  const after = readZip(out);
  if (after.length !== before.length) throw new Error('recompress: the entry count changed');
  after.forEach((e, i) => {
    if (!e.name.equals(before[i].name) || !contentOf(e).equals(contentOf(before[i])))
      throw new Error(`recompress: ${e.name} changed`);
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/recompress.mjs FILE.vsix');
    process.exit(2);
  }
  const before = readFileSync(file);
  const after = await recompress(before);
  writeFileSync(file, after);
  console.log(`recompress: ${file}: ${before.length} → ${after.length} bytes`);
}
