// Builds the same policy as a Word file (docx package), a 例規集 page (the markup of a common 例規集 system: each line
// a div.eline, articles div.article with p.title （見出し） and p.num, 項 div.clause, 号 div.item, 附則 p.s-head,
// a table of contents beside it) and plain text, from the Markdown fixture — so that checking each imported
// document can be compared with checking the Markdown.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export type Part =
  | { kind: 'title'; text: string }
  | { kind: 'group'; text: string }
  | { kind: 'article'; number: string; caption?: string }
  | { kind: 'text'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'table'; rows: string[][] };

/** Reads the fixture's shape (test-side only: title, 章 headings, article headings, paragraphs, a table). */
export function partsOf(markdown: string): Part[] {
  const parts: Part[] = [];
  const blocks = markdown
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean);
  for (const b of blocks) {
    if (b.startsWith('# ')) parts.push({ kind: 'title', text: b.slice(2) });
    else if (/^## 第.+章/.test(b)) parts.push({ kind: 'group', text: b.slice(3) });
    else if (b.startsWith('### ')) {
      const m = /^### (第\d+条)(（.+）)?$/.exec(b)!;
      parts.push({ kind: 'article', number: m[1], caption: m[2] });
    } else if (b.startsWith('## ')) parts.push({ kind: 'heading', text: b.slice(3) });
    else if (b.startsWith('|')) {
      const rows = b
        .split('\n')
        .filter((l) => !/^\|\s*-/.test(l))
        .map((l) =>
          l
            .split('|')
            .slice(1, -1)
            .map((c) => c.trim()),
        );
      parts.push({ kind: 'table', rows });
    } else for (const line of b.split('\n')) parts.push({ kind: 'text', text: line });
  }
  return parts;
}

const fullwidthNumber = (s: string) =>
  s.replace(/^(\d+) /, (_, d: string) => `${d.replace(/\d/g, (x) => String.fromCharCode(0xff10 + Number(x)))}　`);

/** A 例規集 page: 第一法規-style markup, with scripts, an image, links and a table of contents to be left out. */
export function reikiHtml(parts: Part[]): string {
  let id = 0;
  const line = (inner: string) =>
    `<div>\n<div id="l${String(id++).padStart(9, '0')}" class="eline">${inner}</div>\n</div>\n`;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  let body = '';
  const toc: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.kind === 'title')
      body += line(`<div class="head"><p class="title-irregular"><span class="cm">○${esc(p.text)}</span></p></div>`);
    else if (p.kind === 'group')
      body += line(`<p class="chapter"><span class="cm">${esc(p.text.replace(' ', '　'))}</span></p>`);
    else if (p.kind === 'heading') body += line(`<p class="s-head"><span class="title cm">${esc(p.text)}</span></p>`);
    else if (p.kind === 'article') {
      toc.push(p.number);
      const next = parts[i + 1];
      const text = next?.kind === 'text' ? next.text : '';
      if (next?.kind === 'text') i++;
      const caption = p.caption
        ? `<p class="title"><span class="cm">${esc(p.caption.replace('（', '(').replace('）', ')'))}</span></p>`
        : '';
      body += line(
        `<div class="article">${caption}<p class="num"><span class="num cm">${p.number}</span>　<span class="clause"><span class="p cm"><a href="#l000000000" class="inline quote">${esc(text.slice(0, 3))}</a>${esc(text.slice(3))}</span></span></p></div>`,
      );
    } else if (p.kind === 'text') {
      const item = /^(\(\d+\)) (.*)$/.exec(p.text);
      const clause = /^(\d+) (.*)$/.exec(p.text);
      if (item)
        body += line(
          `<div class="item"><p class="num"><span class="num cm">${item[1]}</span>　<span class="p cm">${esc(item[2])}</span></p></div>`,
        );
      else if (clause)
        body += line(
          `<div class="clause"><p class="num"><span class="num cm">${clause[1]}</span>　<span class="p cm">${esc(clause[2])}</span></p></div>`,
        );
      else body += line(`<div class="clause"><p class="p"><span class="p cm">${esc(p.text)}</span></p></div>`);
    } else {
      const rows = p.rows
        .map(
          (r) =>
            `<tr>${r.map((c) => `<td class="bb-on br-on"><p class="p"><span class="cm">${esc(c)}</span></p></td>`).join('')}</tr>`,
        )
        .join('');
      body += line(
        `<div class="table_frame"><div class="table-wrapper"><table class="b-on"><thead><tr class="fixed-colspec"><td style="width:30%"></td><td style="width:70%"></td></tr></thead>${rows}</table></div></div>`,
      );
    }
  }
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><title>規程</title>
<link rel="stylesheet" href="reiki.css"><script type="text/javascript" src="reiki.js"></script>
<script>document.write('<p>第99条　スクリプトが書いた条文</p>'); fetch('https://example.invalid/x');</script></head>
<body><div id="wrapper"><div id="container">
<div id="primary" class="joubun showhistory"><div id="primaryInner"><div id="primaryInner2">
${body}<div><div class="eline"><div class="xref_frame cm"><p><img src="https://example.invalid/form.png" alt="画像" class="xref_thumb"/></p></div></div></div>
</div></div></div>
<div id="secondary"><div class="heading-area"><h2 class="heading-lv2A">規程</h2></div>
<div id="joubun-toc" class="tab-body"><ul>${toc.map((t) => `<li><a href="#x"><span class="cm article">${t}</span></a></li>`).join('')}</ul></div>
<table><tr><td>◆</td><td>平成31年3月29日</td><td>規程第9号</td></tr></table></div>
</div></div><script type="text/javascript">selectTab('joubun-toc','shoshi-inf');</script></body></html>
`;
}

/** A Word file as a drafter writes one: the title and chapters as headings, captions on their own line, typed numbers. */
export async function wordFile(parts: Part[]): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const p of parts) {
    if (p.kind === 'title')
      children.push(new Paragraph({ text: p.text, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }));
    else if (p.kind === 'group')
      children.push(new Paragraph({ text: p.text.replace(' ', '　'), heading: HeadingLevel.HEADING_1 }));
    else if (p.kind === 'heading') children.push(new Paragraph({ text: p.text, heading: HeadingLevel.HEADING_1 }));
    else if (p.kind === 'article') {
      if (p.caption) children.push(new Paragraph({ text: p.caption, indent: { left: 200 } }));
      children.push(new Paragraph({ children: [new TextRun({ text: p.number, bold: true })] }));
    } else if (p.kind === 'text') children.push(new Paragraph({ children: [new TextRun(fullwidthNumber(p.text))] }));
    else {
      children.push(
        new Table({
          rows: p.rows.map(
            (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
          ),
        }),
      );
    }
  }
  return Packer.toBuffer(new Document({ creator: 'kijun test', sections: [{ children }] }));
}

/** Plain text as 例規 are often kept: 第1条（目的） on one line with the text after it, full-width numbers. */
export function plainText(parts: Part[]): string {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.kind === 'title' || p.kind === 'group' || p.kind === 'heading')
      out.push(p.kind === 'group' ? `　　${p.text.replace(' ', '　')}` : p.text);
    else if (p.kind === 'article') {
      if (p.caption) out.push(`　${p.caption}`);
      const next = parts[i + 1];
      if (next?.kind === 'text') {
        out.push(`${p.number}　${next.text}`);
        i++;
      } else out.push(p.number);
    } else if (p.kind === 'text') out.push(fullwidthNumber(p.text));
    else for (const r of p.rows) out.push(r.join('　'));
  }
  return out.join('\r\n') + '\r\n';
}
