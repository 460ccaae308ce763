// kijun import: a policy kept as a Word file (.docx), a 例規集 or other web page (.html), or plain text (.txt)
// as Markdown that keeps its structure (structure.ts). The libraries are heavy (mammoth, parse5): this is a
// bundle of its own, server/out/import.js, required only when a document is imported — never when the language
// server or `kijun check` on Markdown starts.
//
// Nothing from the document is executed or fetched: HTML is parsed, never rendered (scripts are dropped and
// counted); mammoth reads only the .docx itself (externalFileAccess off) and images are dropped (their alt text
// kept); links keep their text only.
import type { Root } from 'hast';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { countLeftOut, htmlBlocks, textBlocks, type ReadStats } from './blocks';
import { writeOutNumbers } from './numbering';
import { structure } from './structure';
import { decodePolicy } from '../node/readFile';

export type DocumentKind = 'docx' | 'html' | 'text';

export type ImportResult =
  | { ok: true; markdown: string; kind: DocumentKind; notes: string[] }
  | { ok: false; message: string };

/** Larger inputs are refused before they are read (the same limit as a policy file). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** A .docx is a zip: more than this unpacked is refused (a zip bomb, or not a policy). */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const refuse = (message: string): ImportResult => ({ ok: false, message });

/** The kind of document, from its first bytes and then its name. */
export function documentKind(bytes: Uint8Array, name: string): DocumentKind | { refused: string } {
  const lower = name.toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole) {
    // An OLE compound file: an old binary Word file, or a password-protected .docx (an encrypted package).
    const encrypted = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).includes(
      Buffer.from('EncryptedPackage', 'utf16le'),
    );
    if (encrypted)
      return {
        refused:
          'the Word file is password-protected (encrypted): remove the password in Word (ファイル → 情報 → 文書の保護) and import it again',
      };
    if (/\.(doc|dot|wps|jtd|jtt)$/.test(lower))
      return {
        refused:
          'an old binary Word (.doc) or 一太郎 file cannot be read: save it as .docx (Word: 名前を付けて保存 → Word 文書; 一太郎: 他形式で保存 → Word) and import that',
      };
    return {
      refused: 'an OLE compound file (old binary Office format) cannot be read: save it as .docx and import that',
    };
  }
  if (zip) {
    if (/\.(docx|docm|dotx)$/.test(lower) || !/\.(html?|txt|md)$/.test(lower)) return 'docx';
    return { refused: 'this is a zip archive, not a text or HTML file' };
  }
  if (/\.(docx|docm|dotx)$/.test(lower))
    return { refused: 'not a .docx file (a .docx is a zip archive): the file is damaged or has the wrong extension' };
  if (/\.(doc|jtd)$/.test(lower))
    return { refused: 'an old binary Word (.doc) or 一太郎 file cannot be read: save it as .docx and import that' };
  if (/\.(pdf)$/.test(lower) || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46))
    return { refused: 'PDF files cannot be imported: export the policy from its source as .docx or text' };
  if (/\.(x?html?|xht)$/.test(lower)) return 'html';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(head))
    return 'html';
  return 'text';
}

/** Converts a document's bytes to Markdown. `name` (its file name) helps tell the kind. Never throws. */
export async function importDocument(bytes: Uint8Array, name: string): Promise<ImportResult> {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    return refuse(
      `too large to import: ${(bytes.length / 1048576).toFixed(1)} MB > ${MAX_DOCUMENT_BYTES / 1048576} MB`,
    );
  const kind = documentKind(bytes, name);
  if (typeof kind !== 'string') return refuse(kind.refused);
  try {
    if (kind === 'docx') return await fromDocx(bytes);
    if (kind === 'html') {
      const text = decodeHtml(bytes);
      if (typeof text !== 'string') return text;
      return fromHtml(text, 'html');
    }
    const decoded = decodePolicy(bytes);
    if (!decoded.ok) return refuse(decoded.message);
    const markdown = toMarkdown(structure(textBlocks(decoded.text.replace(/^\ufeff/, ''))));
    return { ok: true, markdown, kind, notes: decoded.encoding === 'utf-8' ? [] : [`decoded as ${decoded.encoding}`] };
  } catch (e) {
    return refuse(`cannot convert the document: ${(e as Error).message}`);
  }
}

/** HTML bytes as text: the charset its meta tag names (Shift_JIS is common on 例規集 sites), else UTF-8 or Shift_JIS. */
function decodeHtml(bytes: Uint8Array): string | ImportResult {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const charset = /<meta[^>]{1,512}?charset[ \t]{0,64}=[ \t]{0,64}["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (charset && /^(shift_jis|shift-jis|sjis|x-sjis|windows-31j|cp932|ms932|euc-jp)$/.test(charset)) {
    try {
      return new TextDecoder(charset === 'euc-jp' ? 'euc-jp' : 'shift_jis').decode(bytes);
    } catch {
      return refuse(`this Node.js cannot decode ${charset}: save the page as UTF-8`);
    }
  }
  const r = decodePolicy(bytes);
  if (!r.ok) return refuse(r.message);
  return r.text.replace(/^\ufeff/, '');
}

function fromHtml(html: string, kind: DocumentKind, notes: string[] = []): ImportResult {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const stats: ReadStats = { scripts: 0, images: 0 };
  countLeftOut(tree, stats);
  const blocks = htmlBlocks(tree);
  if (!blocks.length) return refuse('no text found in the document');
  const markdown = toMarkdown(structure(blocks));
  if (stats.scripts) notes.push(`${stats.scripts} script${stats.scripts > 1 ? 's' : ''} ignored (never run)`);
  if (stats.images && kind === 'html')
    notes.push(`${stats.images} image${stats.images > 1 ? 's' : ''} left out (not fetched; alt text kept)`);
  return { ok: true, markdown, kind, notes };
}

async function fromDocx(bytes: Uint8Array): Promise<ImportResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return refuse('the Word file is damaged (not a readable .docx zip archive)');
  }
  let unpacked = 0;
  zip.forEach((_, entry) => {
    unpacked += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (unpacked > MAX_UNPACKED_BYTES)
    return refuse(
      `the Word file unpacks to ${(unpacked / 1048576).toFixed(0)} MB (> ${MAX_UNPACKED_BYTES / 1048576} MB): refused`,
    );
  if (!zip.file('word/document.xml')) {
    if (zip.file('EncryptedPackage'))
      return refuse('the Word file is password-protected (encrypted): remove the password in Word and import it again');
    return refuse('not a Word document: the .docx has no word/document.xml (damaged, or another Office format)');
  }
  let html: string;
  const notes: string[] = [];
  let images = 0;
  // Automatic numbering (第%1条 …) written out as text first: mammoth would make it a list and lose the numbers.
  let input: Buffer = Buffer.from(bytes);
  const numbering = await zip.file('word/numbering.xml')?.async('string');
  if (numbering) {
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const rewritten = writeOutNumbers(documentXml, numbering, await zip.file('word/styles.xml')?.async('string'));
    if (rewritten !== documentXml) {
      zip.file('word/document.xml', rewritten);
      input = await zip.generateAsync({ type: 'nodebuffer' });
    }
  }
  try {
    const result = await mammoth.convertToHtml({ buffer: input }, {
      externalFileAccess: false,
      // Images are left out (never written, never fetched); their description is kept as text.
      convertImage: mammoth.images.imgElement(async (image) => {
        images++;
        return { src: '', alt: (image as { altText?: string }).altText ?? '' };
      }),
      styleMap: [
        "p[style-name='Title'] => h1:fresh",
        "p[style-name='表題'] => h1:fresh",
        "p[style-name='Subtitle'] => p:fresh",
      ],
    } as unknown as Parameters<typeof mammoth.convertToHtml>[1]);
    html = result.value;
  } catch (e) {
    return refuse(`the Word file could not be read (damaged?): ${(e as Error).message.split('\n')[0]}`);
  }
  if (images) notes.push(`${images} image${images > 1 ? 's' : ''} left out (alt text kept)`);
  return fromHtml(html, 'docx', notes);
}

/** hast (structured) → mdast (rehype-remark) → Markdown (remark-stringify, GFM tables). */
function toMarkdown(tree: Root): string {
  const processor = unified()
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', fences: true, rule: '-' });
  const mdast = processor.runSync(tree);
  let out = processor.stringify(mdast as never) as string;
  // Full-width spaces at the start of a line are text in Japanese documents; remark-stringify may encode them.
  out = out.replace(/&#x3000;/g, '\u3000');
  return out.endsWith('\n') ? out : out + '\n';
}
